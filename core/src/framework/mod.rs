//! Maturity frameworks: a weighted tree of tiers (SPBE: domain → aspect →
//! indicator), a level scale with named ladders, predicate bands and the
//! display rounding. Frameworks are data: JSON documents, three of them
//! built in.

mod bands;
mod builtin;
mod json;
mod levels;
mod method;
mod method_normaliser;
mod model;
mod node_method;
mod to_doc;
mod validate;

pub(crate) use json::check_schema_version;
pub use json::{FRAMEWORK_SCHEMA_VERSION, SCHEMA_VERSION};
pub use method::{CompositeMethod, Imputation, MethodAggregator, Polarity};
pub use method_normaliser::MethodNormaliser;
pub use model::{Ladder, LevelDef, LevelScale, Node, Predicate, Rounding, RoundingMode, Status};

use crate::error::{Error, Result};
use crate::exact::Fraction;
use crate::text::Text;
use std::collections::BTreeMap;
use std::sync::Arc;

/// A maturity framework. Cheap to clone (shared, immutable).
///
/// ```
/// use egov_masterplan::Framework;
/// let fw = Framework::builtin("spbe-2020").unwrap();
/// assert_eq!(fw.indicator_count(), 47);
/// assert_eq!(fw.tier("domain").count(), 4);
/// assert_eq!(fw.tier("aspect").count(), 8);
/// assert_eq!(fw.node("A8").unwrap().weight().to_string(), "18");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Framework {
    pub(crate) data: Arc<FrameworkData>,
}

#[derive(Debug, PartialEq, Eq)]
pub(crate) struct FrameworkData {
    pub id: String,
    pub version: String,
    pub name: Text,
    pub description: Option<Text>,
    pub legal_basis: Text,
    pub status: Status,
    pub notes: Option<Text>,
    pub tiers: Vec<String>,
    pub scale: LevelScale,
    pub ladders: Vec<Ladder>,
    pub rounding: Rounding,
    pub predicates: Vec<Predicate>,
    /// The composite method: `Some` for a framework of continuous
    /// indicators scored over a cohort.
    pub composite: Option<CompositeMethod>,
    /// All nodes in pre-order (document order).
    pub nodes: Vec<Node>,
    /// Node index of each indicator, in framework order.
    pub indicators: Vec<usize>,
    /// Effective ladder (index into `ladders`) of each indicator.
    pub indicator_ladders: Vec<Option<usize>>,
    /// Each indicator's weight × `unit_scale`: an exact integer.
    pub units: Vec<u64>,
    /// Sum of `units`.
    pub total_units: u64,
    /// The least common denominator of the indicator weights.
    pub unit_scale: u64,
    pub by_id: BTreeMap<String, usize>,
}

impl Framework {
    /// Reads a framework document and validates it.
    ///
    /// Errors name the offending id or field: duplicate ids, empty groups,
    /// bad weights, declared weights that differ from their children's sum,
    /// overlapping or gapped predicate bands, ladders outside the scale, an
    /// unknown `schema_version`.
    pub fn from_json(json: &str) -> Result<Framework> {
        crate::limits::document("framework", json)?;
        crate::json_keys::reject_duplicate_keys("framework", json)?;
        json::check_schema_versions("framework", json, 1..=FRAMEWORK_SCHEMA_VERSION)?;
        let doc: json::FrameworkDoc =
            serde_json::from_str(json).map_err(|e| Error::json("framework", &e))?;
        Ok(Framework {
            data: Arc::new(validate::build(doc)?),
        })
    }

    /// Writes the framework as compact JSON; `from_json` reads it back equal.
    pub fn to_json(&self) -> String {
        serde_json::to_string(&to_doc::to_doc(&self.data)).unwrap_or_default()
    }

    /// Writes the framework as indented JSON (2 spaces), for files people edit.
    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(&to_doc::to_doc(&self.data)).unwrap_or_default()
    }

    /// A built-in framework: the level frameworks `spbe-2020`, `spbe-2018`
    /// and `pemdi-2025`, and the composite indices `un-egdi-2022`,
    /// `oecd-dgi-2019`, `oecd-dgi-2023` and `wb-gtmi-2022`.
    pub fn builtin(id: &str) -> Result<Framework> {
        builtin::load(id)
    }

    /// The ids of the built-in level frameworks, the ones assessments are
    /// rated on (official first): `spbe-2020`, `spbe-2018`, `pemdi-2025`.
    pub fn builtin_ids() -> Vec<&'static str> {
        builtin::IDS[..builtin::LEVEL_COUNT].to_vec()
    }

    /// The ids of the built-in composite indices, scored over a cohort
    /// ([`Framework::score_cohort`]): `un-egdi-2022`, `oecd-dgi-2019`,
    /// `oecd-dgi-2023`, `wb-gtmi-2022`.
    pub fn builtin_composite_ids() -> Vec<&'static str> {
        builtin::IDS[builtin::LEVEL_COUNT..].to_vec()
    }

    /// The framework's id, e.g. `spbe-2020`.
    pub fn id(&self) -> &str {
        &self.data.id
    }

    /// The framework's version string.
    pub fn version(&self) -> &str {
        &self.data.version
    }

    /// The framework's name.
    pub fn name(&self) -> &Text {
        &self.data.name
    }

    /// A short description, if the document has one.
    pub fn description(&self) -> Option<&Text> {
        self.data.description.as_ref()
    }

    /// The regulation or guide the framework comes from.
    pub fn legal_basis(&self) -> &Text {
        &self.data.legal_basis
    }

    /// Official or provisional.
    pub fn status(&self) -> Status {
        self.data.status
    }

    /// Provenance and caveats, if the document has them.
    pub fn notes(&self) -> Option<&Text> {
        self.data.notes.as_ref()
    }

    /// Tier names from the top (SPBE: `domain`, `aspect`, `indicator`).
    pub fn tiers(&self) -> &[String] {
        &self.data.tiers
    }

    /// The level scale.
    pub fn scale(&self) -> LevelScale {
        self.data.scale
    }

    /// The ladders, sorted by name.
    pub fn ladders(&self) -> &[Ladder] {
        &self.data.ladders
    }

    /// Display precision and rounding rule.
    pub fn rounding(&self) -> Rounding {
        self.data.rounding
    }

    /// Predicate bands, highest first.
    pub fn predicates(&self) -> &[Predicate] {
        &self.data.predicates
    }

    /// The predicate band that `index` falls in (the lowest band for values
    /// below every band; a composite framework without bands, as the OECD
    /// DGI, gives a band `none` with an empty label).
    pub fn predicate_for(&self, index: &Fraction) -> &Predicate {
        static NO_BAND: std::sync::OnceLock<Predicate> = std::sync::OnceLock::new();
        let bands = &self.data.predicates;
        let i = bands
            .iter()
            .position(|p| *index >= p.min)
            .unwrap_or(bands.len().saturating_sub(1));
        bands.get(i).unwrap_or_else(|| {
            NO_BAND.get_or_init(|| Predicate {
                id: "none".into(),
                label: Text::Plain(String::new()),
                min: Fraction::ZERO,
                max: None,
            })
        })
    }

    /// A predicate by id.
    pub fn predicate(&self, id: &str) -> Result<&Predicate> {
        self.data
            .predicates
            .iter()
            .find(|p| p.id == id)
            .ok_or_else(|| Error::UnknownPredicate {
                id: id.to_owned(),
                available: self.data.predicates.iter().map(|p| p.id.clone()).collect(),
            })
    }

    /// Every node (groups and indicators) in document order.
    pub fn nodes(&self) -> &[Node] {
        &self.data.nodes
    }

    /// A node by id.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.data.by_id.get(id).map(|&i| &self.data.nodes[i])
    }

    /// The nodes of one tier (`"domain"`, `"aspect"`, `"indicator"`), in order.
    pub fn tier<'a>(&'a self, name: &str) -> impl Iterator<Item = &'a Node> + 'a {
        let t = self.data.tiers.iter().position(|n| n == name);
        self.data.nodes.iter().filter(move |n| Some(n.tier) == t)
    }

    /// The group tiers: every tier but the last (the indicators'), top
    /// first. These are the tiers that have values of their own (a radar
    /// chart's axes, [`RadarLayout::for_groups`](crate::render::RadarLayout::for_groups)).
    ///
    /// ```
    /// let fw = egov_masterplan::Framework::builtin("spbe-2020")?;
    /// assert_eq!(fw.group_tiers(), ["domain", "aspect"]);
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn group_tiers(&self) -> &[String] {
        let tiers = &self.data.tiers;
        &tiers[..tiers.len().saturating_sub(1)]
    }

    /// The groups (every node that is not an indicator: domains, aspects,
    /// …), in framework order: the order of dense group values
    /// ([`DenseScores`](crate::scoring::DenseScores)).
    ///
    /// ```
    /// let fw = egov_masterplan::Framework::builtin("spbe-2020")?;
    /// let ids: Vec<&str> = fw.groups().map(|n| n.id()).take(4).collect();
    /// assert_eq!(ids, ["D1", "A1", "D2", "A2"]); // each domain, then its aspects
    /// assert_eq!(fw.groups().count(), 12);
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn groups(&self) -> impl Iterator<Item = &Node> + '_ {
        self.data.nodes.iter().filter(|n| !n.is_indicator())
    }

    /// The indicators, in framework order.
    pub fn indicators(&self) -> impl Iterator<Item = &Node> + '_ {
        self.data.indicators.iter().map(|&i| &self.data.nodes[i])
    }

    /// How many indicators the framework has.
    pub fn indicator_count(&self) -> usize {
        self.data.indicators.len()
    }

    /// Position of an indicator in framework order.
    pub fn indicator_position(&self, id: &str) -> Option<usize> {
        let &node = self.data.by_id.get(id)?;
        let range = &self.data.nodes[node].leaves;
        (self.data.nodes[node].is_indicator()).then_some(range.start)
    }

    /// The ladder an indicator is rated on (its own, or inherited).
    pub fn indicator_ladder(&self, id: &str) -> Option<&Ladder> {
        let pos = self.indicator_position(id)?;
        self.data.indicator_ladders[pos].map(|l| &self.data.ladders[l])
    }

    /// The composite method of a framework of continuous indicators
    /// (`un-egdi-2022`, `oecd-dgi-2023`, …), scored over a cohort with
    /// [`Framework::score_cohort`]; `None` for a level framework.
    ///
    /// ```
    /// use egov_masterplan::Framework;
    /// assert!(Framework::builtin("spbe-2020")?.composite().is_none());
    /// let egdi = Framework::builtin("un-egdi-2022")?;
    /// assert_eq!(egdi.composite().unwrap().rank_decimals, Some(4));
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn composite(&self) -> Option<&CompositeMethod> {
        self.data.composite.as_ref()
    }

    /// An error unless this is a level framework: assessments, forms and
    /// level tables do not apply to continuous indicators.
    pub(crate) fn require_levels(&self) -> Result<()> {
        match self.data.composite {
            None => Ok(()),
            Some(_) => Err(Error::field(
                "framework",
                "composite",
                format!(
                    "`{}` has continuous indicators scored over a cohort (score_cohort), not \
                     levels",
                    self.data.id
                ),
            )),
        }
    }

    /// The sum of all indicator weights (SPBE: 100).
    pub fn total_weight(&self) -> Fraction {
        Fraction::new(
            i128::from(self.data.total_units),
            i128::from(self.data.unit_scale),
        )
        .unwrap_or(Fraction::ZERO)
    }
}
