//! The method of a composite framework (schema 2's `composite` block and
//! the per-node `aggregator`, `polarity` and `bounds`): how continuous
//! indicator values are imputed, normalised over a cohort and aggregated.
//! Parameters are kept exactly as written; they become `f64` only when a
//! cohort is scored.

use super::json::NormaliserDoc;
use super::json::{parse_raw_decimal, raw_decimal, AggregatorDoc, BoundsDoc, CompositeDoc};
use crate::composite::{Aggregator, Normaliser};
use crate::error::{Error, Result};
use crate::exact::Fraction;

const WHAT: &str = "framework";

/// How a composite framework normalises each indicator over the cohort.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum MethodNormaliser {
    /// The values as they are (`{"kind": "none"}`).
    None,
    /// Min-max onto `[low, high]` (`{"kind": "min-max", "low": 0, "high": 1}`).
    MinMax {
        /// Target of the cohort's lowest value.
        low: Fraction,
        /// Target of the cohort's highest value.
        high: Fraction,
    },
    /// `mean + sd · z` (`{"kind": "z-score", "mean": 0, "sd": 1}`).
    ZScore {
        /// Mean after normalising.
        mean: Fraction,
        /// Standard deviation after normalising.
        sd: Fraction,
    },
    /// Between each indicator's `bounds` as goalposts, onto `[0, scale]`
    /// (`{"kind": "goalposts", "scale": 100, "clip": true}`).
    Goalposts {
        /// Normalised value of the upper goalpost.
        scale: Fraction,
        /// Clip to `[0, scale]`.
        clip: bool,
    },
    /// Distance to each indicator's target (its upper bound, or lower for a
    /// negative indicator) from the cohort's worst value, capped at 1
    /// (`{"kind": "distance-to-target"}`).
    DistanceToTarget,
    /// Rank in the cohort, ties averaged (`{"kind": "rank"}`).
    Rank,
    /// Share of the cohort at most this value (`{"kind": "percent-rank"}`).
    PercentRank,
    /// The value as a fraction of a reference unit's
    /// (`{"kind": "reference", "unit": "IDN"}`).
    Reference {
        /// The reference unit's id in the cohort.
        unit: String,
    },
}

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

fn decimal(field: &str, raw: &serde_json::value::RawValue) -> Result<Fraction> {
    parse_raw_decimal(raw).map_err(|reason| Error::field(WHAT, field, reason))
}

fn required(field: &str, raw: &Option<Box<serde_json::value::RawValue>>) -> Result<Fraction> {
    match raw {
        Some(r) => decimal(field, r),
        None => Err(Error::field(WHAT, field, "is required for this normaliser")),
    }
}

/// Reads an aggregator named at `field`.
pub(super) fn parse_aggregator(field: &str, doc: &AggregatorDoc) -> Result<MethodAggregator> {
    match doc {
        AggregatorDoc::Named(name) => match name.as_str() {
            "arithmetic" => Ok(MethodAggregator::Arithmetic),
            "geometric" => Ok(MethodAggregator::Geometric),
            "harmonic" => Ok(MethodAggregator::Harmonic),
            other => Err(Error::InvalidOption {
                option: field.into(),
                value: other.into(),
                allowed: ["arithmetic", "geometric", "harmonic", "{\"power\": p}"]
                    .iter()
                    .map(|s| (*s).to_owned())
                    .collect(),
            }),
        },
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
        MethodAggregator::Arithmetic => AggregatorDoc::Named("arithmetic".into()),
        MethodAggregator::Geometric => AggregatorDoc::Named("geometric".into()),
        MethodAggregator::Harmonic => AggregatorDoc::Named("harmonic".into()),
        MethodAggregator::Power(p) => AggregatorDoc::Power {
            power: serde_json::Value::String(p.to_literal()),
        },
    }
}

fn parse_normaliser(doc: &NormaliserDoc) -> Result<MethodNormaliser> {
    let f = |k: &str| format!("composite.normaliser.{k}");
    let n = match doc.kind.as_str() {
        "none" => MethodNormaliser::None,
        "min-max" => MethodNormaliser::MinMax {
            low: required(&f("low"), &doc.low)?,
            high: required(&f("high"), &doc.high)?,
        },
        "z-score" => MethodNormaliser::ZScore {
            mean: required(&f("mean"), &doc.mean)?,
            sd: required(&f("sd"), &doc.sd)?,
        },
        "goalposts" => MethodNormaliser::Goalposts {
            scale: required(&f("scale"), &doc.scale)?,
            clip: doc.clip.unwrap_or(true),
        },
        "distance-to-target" => MethodNormaliser::DistanceToTarget,
        "rank" => MethodNormaliser::Rank,
        "percent-rank" => MethodNormaliser::PercentRank,
        "reference" => MethodNormaliser::Reference {
            unit: doc
                .unit
                .clone()
                .filter(|u| !u.trim().is_empty())
                .ok_or_else(|| Error::field(WHAT, &f("unit"), "names the reference unit"))?,
        },
        other => {
            return Err(Error::InvalidOption {
                option: f("kind"),
                value: other.into(),
                allowed: [
                    "none",
                    "min-max",
                    "z-score",
                    "goalposts",
                    "distance-to-target",
                    "rank",
                    "percent-rank",
                    "reference",
                ]
                .iter()
                .map(|s| (*s).to_owned())
                .collect(),
            })
        }
    };
    if let MethodNormaliser::MinMax { low, high } = &n {
        if low >= high {
            return Err(Error::field(WHAT, &f("high"), "must be above low"));
        }
    }
    if let MethodNormaliser::ZScore { sd, .. } | MethodNormaliser::Goalposts { scale: sd, .. } = &n
    {
        if !sd.is_positive() {
            return Err(Error::field(WHAT, &f("sd/scale"), "must be above 0"));
        }
    }
    Ok(n)
}

fn normaliser_doc(n: &MethodNormaliser) -> NormaliserDoc {
    let mut doc = NormaliserDoc {
        kind: String::new(),
        low: None,
        high: None,
        mean: None,
        sd: None,
        scale: None,
        clip: None,
        unit: None,
    };
    doc.kind = match n {
        MethodNormaliser::None => "none",
        MethodNormaliser::MinMax { low, high } => {
            doc.low = Some(raw_decimal(low));
            doc.high = Some(raw_decimal(high));
            "min-max"
        }
        MethodNormaliser::ZScore { mean, sd } => {
            doc.mean = Some(raw_decimal(mean));
            doc.sd = Some(raw_decimal(sd));
            "z-score"
        }
        MethodNormaliser::Goalposts { scale, clip } => {
            doc.scale = Some(raw_decimal(scale));
            doc.clip = Some(*clip);
            "goalposts"
        }
        MethodNormaliser::DistanceToTarget => "distance-to-target",
        MethodNormaliser::Rank => "rank",
        MethodNormaliser::PercentRank => "percent-rank",
        MethodNormaliser::Reference { unit } => {
            doc.unit = Some(unit.clone());
            "reference"
        }
    }
    .to_owned();
    doc
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

/// Reads an indicator's `bounds`.
pub(super) fn parse_bounds(id: &str, doc: &BoundsDoc) -> Result<(Fraction, Fraction)> {
    let min = decimal(&format!("nodes[{id}].bounds.min"), &doc.min)?;
    let max = decimal(&format!("nodes[{id}].bounds.max"), &doc.max)?;
    if min >= max {
        return Err(Error::field(
            WHAT,
            &format!("nodes[{id}].bounds"),
            format!(
                "min {} must be below max {}",
                min.to_literal(),
                max.to_literal()
            ),
        ));
    }
    Ok((min, max))
}

/// Writes bounds back.
pub(super) fn bounds_doc(b: &(Fraction, Fraction)) -> BoundsDoc {
    BoundsDoc {
        min: raw_decimal(&b.0),
        max: raw_decimal(&b.1),
    }
}

/// Reads a polarity.
pub(super) fn parse_polarity(id: &str, name: &str) -> Result<Polarity> {
    match name {
        "positive" => Ok(Polarity::Positive),
        "negative" => Ok(Polarity::Negative),
        other => Err(Error::InvalidOption {
            option: format!("nodes[{id}].polarity"),
            value: other.into(),
            allowed: vec!["positive".into(), "negative".into()],
        }),
    }
}
