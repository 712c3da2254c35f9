//! What a gap plan aims at, and what each level step costs.

use crate::error::{Error, Result};
use crate::exact::Fraction;
use std::collections::BTreeMap;

/// What to reach: an index value or a predicate band.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GapTarget {
    /// An index value, exact (e.g. 13/5 for 2.6).
    Index(Fraction),
    /// A predicate id (`"baik"`): its band's lower bound.
    Predicate(String),
    /// Text resolved when used: a predicate id of the framework, else a
    /// decimal index (`"2.6"`). What `"baik"`, `"2.6"` and `2.6` convert to.
    Text(String),
}

impl GapTarget {
    /// An index target from decimal text (`"2.60"`), read exactly.
    pub fn index(text: &str) -> Result<GapTarget> {
        Fraction::parse(text)
            .map(GapTarget::Index)
            .map_err(|m| Error::field("gap target", "index", m))
    }

    /// A predicate target by id.
    pub fn predicate(id: impl Into<String>) -> GapTarget {
        GapTarget::Predicate(id.into())
    }
}

impl std::str::FromStr for GapTarget {
    type Err = Error;

    /// The rule every binding uses for a target given as text: text that
    /// starts with a digit (after spaces) is an index read exactly as a
    /// decimal (`"3.5"`, `" 2.60"`), anything else is a predicate id
    /// (`"sangat-baik"`), checked against the framework when used.
    ///
    /// ```
    /// use egov_masterplan::{Fraction, GapTarget};
    /// let t: GapTarget = "3.5".parse()?;
    /// assert_eq!(t, GapTarget::Index(Fraction::new(7, 2).unwrap()));
    /// assert_eq!("baik".parse::<GapTarget>()?, GapTarget::predicate("baik"));
    /// assert_eq!("3,5".parse::<GapTarget>().unwrap_err().kind(), "invalid_field");
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    fn from_str(text: &str) -> Result<GapTarget> {
        if text.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
            GapTarget::index(text.trim())
        } else {
            Ok(GapTarget::predicate(text))
        }
    }
}

impl From<Fraction> for GapTarget {
    fn from(f: Fraction) -> GapTarget {
        GapTarget::Index(f)
    }
}

impl From<&GapTarget> for GapTarget {
    fn from(t: &GapTarget) -> GapTarget {
        t.clone()
    }
}

impl From<&str> for GapTarget {
    fn from(s: &str) -> GapTarget {
        GapTarget::Text(s.to_owned())
    }
}

impl From<String> for GapTarget {
    fn from(s: String) -> GapTarget {
        GapTarget::Text(s)
    }
}

impl From<f64> for GapTarget {
    /// The decimal the float was written as (its shortest round-trip text),
    /// so `2.6` means exactly 13/5.
    fn from(f: f64) -> GapTarget {
        GapTarget::Text(format!("{f}"))
    }
}

/// Cost of raising indicators, step by step (e.g. in rupiah). A step with no
/// cost is not available to the plan.
///
/// ```
/// use egov_masterplan::scoring::StepCosts;
/// let mut costs = StepCosts::new();
/// costs.uniform("I11", 50_000_000).to_level("I11", 5, 200_000_000);
/// assert_eq!(costs.cost("I11", 4), Some(50_000_000));
/// assert_eq!(costs.cost("I11", 5), Some(200_000_000));
/// assert_eq!(costs.cost("I12", 4), None);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StepCosts {
    uniform: BTreeMap<String, u64>,
    at_level: BTreeMap<(String, u8), u64>,
}

impl StepCosts {
    /// No step available.
    pub fn new() -> StepCosts {
        StepCosts::default()
    }

    /// Every step of `indicator` costs `cost`.
    pub fn uniform(&mut self, indicator: impl Into<String>, cost: u64) -> &mut StepCosts {
        self.uniform.insert(indicator.into(), cost);
        self
    }

    /// The step that brings `indicator` to `level` costs `cost` (overrides
    /// [`StepCosts::uniform`] for that step).
    pub fn to_level(
        &mut self,
        indicator: impl Into<String>,
        level: u8,
        cost: u64,
    ) -> &mut StepCosts {
        self.at_level.insert((indicator.into(), level), cost);
        self
    }

    /// The cost of bringing `indicator` to `level`, if that step is available.
    pub fn cost(&self, indicator: &str, level: u8) -> Option<u64> {
        self.at_level
            .get(&(indicator.to_owned(), level))
            .or_else(|| self.uniform.get(indicator))
            .copied()
    }

    pub(super) fn ids(&self) -> impl Iterator<Item = &String> {
        self.uniform
            .keys()
            .chain(self.at_level.keys().map(|(id, _)| id))
    }
}
