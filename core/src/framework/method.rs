//! The method of a composite framework (schema 2's `composite` block and
//! the per-node `aggregator`, `polarity` and `bounds`): how continuous
//! indicator values are imputed, normalised over a cohort and aggregated.
//! Parameters are kept exactly as written; they become `f64` only when a
//! cohort is scored.

use super::json::{parse_raw_decimal, AggregatorDoc, CompositeDoc};
use super::method_normaliser::{normaliser_doc, parse_normaliser, MethodNormaliser};
use crate::composite::{Aggregator, Normaliser};
use crate::error::{Error, Result};
use crate::exact::Fraction;

const WHAT: &str = "framework";

/// How a node combines its children.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MethodAggregator {
    /// Weighted arithmetic mean (`"arithmetic"`).
    Arithmetic,
    /// Weighted geometric mean (`"geometric"`).
    Geometric,
    /// Weighted harmonic mean (`"harmonic"`).
    Harmonic,
    /// Generalised mean of order `p` (`{"power": p}`).
    Power(Fraction),
}

impl MethodAggregator {
    /// The aggregators that go by a name (the generalised mean is written
    /// `{"power": p}` in a document, `power:<p>` to the bindings).
    pub const NAMES: [&'static str; 3] = ["arithmetic", "geometric", "harmonic"];

    /// The aggregator of one of [`Self::NAMES`].
    pub fn named(name: &str) -> Option<MethodAggregator> {
        match name {
            "arithmetic" => Some(MethodAggregator::Arithmetic),
            "geometric" => Some(MethodAggregator::Geometric),
            "harmonic" => Some(MethodAggregator::Harmonic),
            _ => None,
        }
    }

    /// Its name: one of [`Self::NAMES`], or `"power"` for a power mean
    /// (whose order is written beside it).
    pub fn name(self) -> &'static str {
        match self {
            MethodAggregator::Arithmetic => "arithmetic",
            MethodAggregator::Geometric => "geometric",
            MethodAggregator::Harmonic => "harmonic",
            MethodAggregator::Power(_) => "power",
        }
    }

    /// The names, and how a power mean is written, for an error message.
    pub(crate) fn allowed(power: &str) -> Vec<String> {
        Self::NAMES
            .iter()
            .copied()
            .chain([power])
            .map(str::to_owned)
            .collect()
    }

    /// The `f64` aggregator it stands for.
    pub fn to_aggregator(self) -> Aggregator {
        match self {
            MethodAggregator::Arithmetic => Aggregator::Arithmetic,
            MethodAggregator::Geometric => Aggregator::Geometric,
            MethodAggregator::Harmonic => Aggregator::Harmonic,
            MethodAggregator::Power(p) => Aggregator::Power(p.to_f64()),
        }
    }
}

/// How missing indicator values are filled before normalising.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Imputation {
    /// Left missing: the aggregation renormalises the weights of the values
    /// present (`"none"`).
    None,
    /// The cohort's mean of the indicator (`"mean"`).
    Mean,
    /// The cohort's median of the indicator (`"median"`).
    Median,
    /// The mean of the unit's group (the cohort's `groups`), or the cohort
    /// mean when the group has no value (`"group-mean"`).
    GroupMean,
}

impl Imputation {
    /// The names as written in the document.
    pub const NAMES: [&'static str; 4] = ["none", "mean", "median", "group-mean"];

    /// The document name.
    pub fn as_str(self) -> &'static str {
        match self {
            Imputation::None => "none",
            Imputation::Mean => "mean",
            Imputation::Median => "median",
            Imputation::GroupMean => "group-mean",
        }
    }

    /// Reads a document name.
    pub fn parse(name: &str) -> Result<Imputation> {
        Ok(match name {
            "none" => Imputation::None,
            "mean" => Imputation::Mean,
            "median" => Imputation::Median,
            "group-mean" => Imputation::GroupMean,
            other => {
                return Err(Error::InvalidOption {
                    option: "composite.imputation".into(),
                    value: other.into(),
                    allowed: Imputation::NAMES.iter().map(|s| (*s).to_owned()).collect(),
                })
            }
        })
    }
}

/// Whether higher values of an indicator are better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Polarity {
    /// Higher is better (`"positive"`, the default).
    Positive,
    /// Lower is better (`"negative"`): negated before normalising.
    Negative,
}

/// The `composite` block of a framework: its indicators are continuous.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CompositeMethod {
    /// The normaliser of every indicator.
    pub normaliser: MethodNormaliser,
    /// The aggregator of nodes that do not name their own (and of the top
    /// tier into the index).
    pub aggregator: MethodAggregator,
    /// How missing values are filled.
    pub imputation: Imputation,
    /// Ranks are given on the index rounded half-up to this many decimals
    /// (as the index is published, so that equal printed values tie);
    /// `None`: on the unrounded index.
    pub rank_decimals: Option<u32>,
}

/// A decimal written at `field`.
pub(super) fn decimal(field: &str, raw: &serde_json::value::RawValue) -> Result<Fraction> {
    parse_raw_decimal(raw).map_err(|reason| Error::field(WHAT, field, reason))
}

/// The decimal at `field`, which this normaliser needs.
pub(super) fn required(
    field: &str,
    raw: &Option<Box<serde_json::value::RawValue>>,
) -> Result<Fraction> {
    match raw {
        Some(r) => decimal(field, r),
        None => Err(Error::field(WHAT, field, "is required for this normaliser")),
    }
}

/// Reads an aggregator named at `field`.
pub(super) fn parse_aggregator(field: &str, doc: &AggregatorDoc) -> Result<MethodAggregator> {
    match doc {
        AggregatorDoc::Named(name) => {
            MethodAggregator::named(name).ok_or_else(|| Error::InvalidOption {
                option: field.into(),
                value: name.clone(),
                allowed: MethodAggregator::allowed("{\"power\": p}"),
            })
        }
        AggregatorDoc::Power { power } => {
            let text = match power {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            let p = Fraction::parse(&text)
                .map_err(|reason| Error::field(WHAT, &format!("{field}.power"), reason))?;
            if p == Fraction::ZERO {
                return Err(Error::field(
                    WHAT,
                    &format!("{field}.power"),
                    "must not be 0 (the geometric mean is `\"geometric\"`)",
                ));
            }
            Ok(MethodAggregator::Power(p))
        }
    }
}

/// Writes an aggregator back.
pub(super) fn aggregator_doc(a: MethodAggregator) -> AggregatorDoc {
    match a {
        MethodAggregator::Power(p) => AggregatorDoc::Power {
            power: serde_json::Value::String(p.to_literal()),
        },
        named => AggregatorDoc::Named(named.name().into()),
    }
}

impl CompositeMethod {
    /// Reads the `composite` block.
    pub(super) fn from_doc(doc: &CompositeDoc) -> Result<CompositeMethod> {
        let rank_decimals = doc.rank_decimals;
        if rank_decimals.is_some_and(|d| d > 15) {
            return Err(Error::field(
                WHAT,
                "composite.rank_decimals",
                "must be at most 15",
            ));
        }
        Ok(CompositeMethod {
            normaliser: match &doc.normaliser {
                Some(n) => parse_normaliser(n)?,
                None => MethodNormaliser::None,
            },
            aggregator: match &doc.aggregator {
                Some(a) => parse_aggregator("composite.aggregator", a)?,
                None => MethodAggregator::Arithmetic,
            },
            imputation: match &doc.imputation {
                Some(i) => Imputation::parse(i)?,
                None => Imputation::None,
            },
            rank_decimals,
        })
    }

    /// Writes the block back (every field, so the document says it all).
    pub(super) fn to_doc(&self) -> CompositeDoc {
        CompositeDoc {
            normaliser: Some(normaliser_doc(&self.normaliser)),
            aggregator: Some(aggregator_doc(self.aggregator)),
            imputation: Some(self.imputation.as_str().into()),
            rank_decimals: self.rank_decimals,
        }
    }

    /// The `f64` normaliser of one indicator: its bounds are the goalposts
    /// and targets; `reference` is the reference unit's value of it.
    pub fn normaliser_for(
        &self,
        bounds: Option<(Fraction, Fraction)>,
        polarity: Polarity,
        column_worst: f64,
        reference: Option<f64>,
    ) -> Normaliser {
        let (lo, hi) = bounds.map_or((0.0, 1.0), |(a, b)| (a.to_f64(), b.to_f64()));
        // After polarity a negative indicator's values are negated, so its
        // goalposts are the negated bounds, the best (lowest) one on top.
        let (low, high) = match polarity {
            Polarity::Positive => (lo, hi),
            Polarity::Negative => (-hi, -lo),
        };
        match &self.normaliser {
            MethodNormaliser::None => Normaliser::None,
            MethodNormaliser::MinMax { low, high } => Normaliser::MinMax {
                low: low.to_f64(),
                high: high.to_f64(),
            },
            MethodNormaliser::ZScore { mean, sd } => Normaliser::ZScore {
                mean: mean.to_f64(),
                sd: sd.to_f64(),
            },
            MethodNormaliser::Goalposts { scale, clip } => Normaliser::Goalposts {
                low,
                high,
                scale: scale.to_f64(),
                clip: *clip,
            },
            MethodNormaliser::DistanceToTarget => Normaliser::Goalposts {
                low: column_worst,
                high,
                scale: 1.0,
                clip: true,
            },
            MethodNormaliser::Rank => Normaliser::Rank,
            MethodNormaliser::PercentRank => Normaliser::PercentRank,
            MethodNormaliser::Reference { .. } => Normaliser::Ratio {
                reference: reference.unwrap_or(f64::NAN),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_aggregator_name_reads_back_as_itself() {
        for name in MethodAggregator::NAMES {
            assert_eq!(MethodAggregator::named(name).map(|a| a.name()), Some(name));
        }
        assert_eq!(MethodAggregator::named("power"), None);
    }
}
