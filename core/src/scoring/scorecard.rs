//! The result of scoring one assessment.

use super::options::ScoreOptions;
use super::Assessment;
use crate::exact::{Decimal, Fraction};
use crate::framework::{Framework, Predicate};
use serde::Serialize;

/// The value of one group (domain, aspect, …).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NodeScore {
    /// The node's id (`"D1"`, `"A5"`).
    pub id: String,
    /// Its tier name (`"domain"`, `"aspect"`).
    pub tier: String,
    /// The exact value; `None` when no indicator below it is rated
    /// (possible only with `MissingPolicy::Renormalize`).
    pub exact: Option<Fraction>,
    /// The value rounded as the framework prints it.
    pub rounded: Option<Decimal>,
}

impl NodeScore {
    /// The rounded value as a float (e.g. 3.4), for display.
    pub fn value(&self) -> Option<f64> {
        self.rounded.map(|r| r.to_f64())
    }
}

/// One indicator's part in the scorecard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndicatorScore {
    /// The indicator's id.
    pub id: String,
    /// The level the assessment gave (`None` when unrated).
    pub level: Option<u8>,
    /// The level that was counted (the scale minimum for an unrated
    /// indicator under `MissingPolicy::Lowest`; `None` when left out).
    pub counted: Option<u8>,
    /// The indicator's weight (% of the index in SPBE).
    pub weight: Fraction,
    /// What it adds to the index: level × weight ÷ total counted weight.
    pub contribution: Fraction,
}

/// How many indicators were rated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Coverage {
    /// Rated indicators.
    pub rated: usize,
    /// All indicators of the framework.
    pub total: usize,
}

/// A scored assessment: index, predicate, every group's value and each
/// indicator's contribution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scorecard {
    pub(crate) framework: Framework,
    pub(crate) subject: String,
    pub(crate) period: i32,
    pub(crate) options: ScoreOptions,
    /// Σ counted level × weight units (the index is `sum_units / weight_units`).
    pub(crate) sum_units: u64,
    pub(crate) weight_units: u64,
    pub(crate) index: Fraction,
    pub(crate) index_rounded: Decimal,
    pub(crate) predicate: Predicate,
    pub(crate) nodes: Vec<NodeScore>,
    pub(crate) indicators: Vec<IndicatorScore>,
    pub(crate) coverage: Coverage,
}

impl Scorecard {
    /// The assessment this scorecard scores: its subject, period and every
    /// rated level (notes are not kept in a scorecard). Scoring it again
    /// with the same framework and options gives an equal scorecard.
    ///
    /// ```
    /// use egov_masterplan::{Assessment, Framework};
    /// let fw = Framework::builtin("spbe-2020")?;
    /// let mut a = Assessment::new("dinkes", 2024);
    /// for i in 1..=47 { a.set(format!("I{i}"), 2); }
    /// let card = fw.score(&a)?;
    /// assert_eq!(card.assessment(), a);
    /// assert_eq!(fw.score(&card.assessment())?, card);
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn assessment(&self) -> Assessment {
        let mut a = Assessment::new(self.subject.clone(), self.period);
        for i in &self.indicators {
            if let Some(level) = i.level {
                a.set(i.id.clone(), level.into());
            }
        }
        a
    }

    /// The framework that scored it.
    pub fn framework(&self) -> &Framework {
        &self.framework
    }

    /// The subject (agency id).
    pub fn subject(&self) -> &str {
        &self.subject
    }

    /// The period (year).
    pub fn period(&self) -> i32 {
        self.period
    }

    /// The options it was scored with.
    pub fn options(&self) -> &ScoreOptions {
        &self.options
    }

    /// The index rounded as published (e.g. 3.63).
    pub fn index(&self) -> f64 {
        self.index_rounded.to_f64()
    }

    /// The rounded index as a decimal that prints as published ("3.50").
    pub fn index_decimal(&self) -> Decimal {
        self.index_rounded
    }

    /// The exact index (e.g. 7257/2000).
    pub fn exact_index(&self) -> Fraction {
        self.index
    }

    /// The predicate band, chosen by the options' predicate basis.
    pub fn predicate(&self) -> &Predicate {
        &self.predicate
    }

    /// Every group's value, in framework order.
    pub fn nodes(&self) -> &[NodeScore] {
        &self.nodes
    }

    /// The groups of one tier, in framework order.
    pub fn tier<'a>(&'a self, tier: &'a str) -> impl Iterator<Item = &'a NodeScore> + 'a {
        self.nodes.iter().filter(move |n| n.tier == tier)
    }

    /// The domains (empty for a framework without a `domain` tier).
    pub fn domains(&self) -> Vec<&NodeScore> {
        self.tier("domain").collect()
    }

    /// The aspects.
    pub fn aspects(&self) -> Vec<&NodeScore> {
        self.tier("aspect").collect()
    }

    /// Every indicator, in framework order.
    pub fn indicators(&self) -> &[IndicatorScore] {
        &self.indicators
    }

    /// How many indicators were rated.
    pub fn coverage(&self) -> Coverage {
        self.coverage
    }

    /// A group's score by id.
    pub fn node(&self, id: &str) -> Option<&NodeScore> {
        self.nodes.iter().find(|n| n.id == id)
    }

    /// The rounded value of any node: a group's value, or an indicator's
    /// counted level. `None` for an unknown id or an unrated node.
    pub fn value(&self, id: &str) -> Option<f64> {
        self.exact_value(id).and_then(|v| {
            v.round_half_up(self.framework.rounding().decimals)
                .map(|r| r.to_f64())
        })
    }

    /// The exact value of any node (see [`Scorecard::value`]).
    pub fn exact_value(&self, id: &str) -> Option<Fraction> {
        if let Some(n) = self.node(id) {
            return n.exact;
        }
        let pos = self.framework.indicator_position(id)?;
        self.indicators[pos]
            .counted
            .map(|l| Fraction::from_int(l.into()))
    }

    /// Canonical compact JSON (see `FORMATS.md`): fixed key order, values
    /// rounded as the framework prints them, exact values as reduced fractions.
    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.to_doc()).unwrap_or_default()
    }

    fn to_doc(&self) -> ScorecardDoc<'_> {
        ScorecardDoc {
            framework: self.framework.id(),
            subject: &self.subject,
            period: self.period,
            index: self.index(),
            index_text: self.index_rounded.to_string(),
            exact_index: self.index.to_string(),
            predicate: PredicateDoc {
                id: &self.predicate.id,
                label: &self.predicate.label,
            },
            options: OptionsDoc {
                predicate_basis: self.options.predicate_basis.as_str(),
                missing: self.options.missing.as_str(),
            },
            nodes: self
                .nodes
                .iter()
                .map(|n| NodeDoc {
                    id: &n.id,
                    tier: &n.tier,
                    value: n.value(),
                    text: n.rounded.map(|r| r.to_string()),
                    exact: n.exact.map(|e| e.to_string()),
                })
                .collect(),
            indicators: self
                .indicators
                .iter()
                .map(|i| IndicatorDoc {
                    id: &i.id,
                    level: i.level,
                    counted: i.counted,
                    contribution: i.contribution.to_string(),
                })
                .collect(),
            coverage: self.coverage,
        }
    }
}

#[derive(Serialize)]
struct ScorecardDoc<'a> {
    framework: &'a str,
    subject: &'a str,
    period: i32,
    index: f64,
    index_text: String,
    exact_index: String,
    predicate: PredicateDoc<'a>,
    options: OptionsDoc,
    nodes: Vec<NodeDoc<'a>>,
    indicators: Vec<IndicatorDoc<'a>>,
    coverage: Coverage,
}

#[derive(Serialize)]
struct PredicateDoc<'a> {
    id: &'a str,
    label: &'a crate::text::Text,
}

#[derive(Serialize)]
struct OptionsDoc {
    predicate_basis: &'static str,
    missing: &'static str,
}

#[derive(Serialize)]
struct NodeDoc<'a> {
    id: &'a str,
    tier: &'a str,
    value: Option<f64>,
    /// The value as printed (`"3.40"`).
    text: Option<String>,
    exact: Option<String>,
}

#[derive(Serialize)]
struct IndicatorDoc<'a> {
    id: &'a str,
    level: Option<u8>,
    counted: Option<u8>,
    contribution: String,
}
