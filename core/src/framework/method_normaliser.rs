//! How a composite framework normalises its indicators over a cohort (the
//! `composite.normaliser` block): the kinds by name — the one table the
//! document reader and the bindings share — their parameters, read and
//! written back exactly.

use super::json::{raw_decimal, NormaliserDoc};
use super::method::required;
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

impl MethodNormaliser {
    /// Every normaliser's `kind`, as written in a document.
    pub const KINDS: [&'static str; 8] = [
        "none",
        "min-max",
        "z-score",
        "goalposts",
        "distance-to-target",
        "rank",
        "percent-rank",
        "reference",
    ];

    /// The normaliser of `kind` with its usual parameters (min-max and
    /// goalposts onto 0–1 with clipping, z-scores as standard scores, no
    /// reference unit yet); `None` for an unknown kind.
    pub fn with_defaults(kind: &str) -> Option<MethodNormaliser> {
        let one = Fraction::from_int(1);
        Some(match kind {
            "none" => MethodNormaliser::None,
            "min-max" => MethodNormaliser::MinMax {
                low: Fraction::ZERO,
                high: one,
            },
            "z-score" => MethodNormaliser::ZScore {
                mean: Fraction::ZERO,
                sd: one,
            },
            "goalposts" => MethodNormaliser::Goalposts {
                scale: one,
                clip: true,
            },
            "distance-to-target" => MethodNormaliser::DistanceToTarget,
            "rank" => MethodNormaliser::Rank,
            "percent-rank" => MethodNormaliser::PercentRank,
            "reference" => MethodNormaliser::Reference {
                unit: String::new(),
            },
            _ => return None,
        })
    }

    /// Its `kind`.
    pub fn kind(&self) -> &'static str {
        match self {
            MethodNormaliser::None => "none",
            MethodNormaliser::MinMax { .. } => "min-max",
            MethodNormaliser::ZScore { .. } => "z-score",
            MethodNormaliser::Goalposts { .. } => "goalposts",
            MethodNormaliser::DistanceToTarget => "distance-to-target",
            MethodNormaliser::Rank => "rank",
            MethodNormaliser::PercentRank => "percent-rank",
            MethodNormaliser::Reference { .. } => "reference",
        }
    }
}

/// Reads the `composite.normaliser` block.
pub(super) fn parse_normaliser(doc: &NormaliserDoc) -> Result<MethodNormaliser> {
    let f = |k: &str| format!("composite.normaliser.{k}");
    let n = match MethodNormaliser::with_defaults(&doc.kind) {
        None => {
            return Err(Error::InvalidOption {
                option: f("kind"),
                value: doc.kind.clone(),
                allowed: MethodNormaliser::KINDS.map(str::to_owned).to_vec(),
            })
        }
        Some(MethodNormaliser::MinMax { .. }) => MethodNormaliser::MinMax {
            low: required(&f("low"), &doc.low)?,
            high: required(&f("high"), &doc.high)?,
        },
        Some(MethodNormaliser::ZScore { .. }) => MethodNormaliser::ZScore {
            mean: required(&f("mean"), &doc.mean)?,
            sd: required(&f("sd"), &doc.sd)?,
        },
        Some(MethodNormaliser::Goalposts { .. }) => MethodNormaliser::Goalposts {
            scale: required(&f("scale"), &doc.scale)?,
            clip: doc.clip.unwrap_or(true),
        },
        Some(MethodNormaliser::Reference { .. }) => MethodNormaliser::Reference {
            unit: doc
                .unit
                .clone()
                .filter(|u| !u.trim().is_empty())
                .ok_or_else(|| Error::field(WHAT, &f("unit"), "names the reference unit"))?,
        },
        Some(parameterless) => parameterless,
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

/// Writes the block back.
pub(super) fn normaliser_doc(n: &MethodNormaliser) -> NormaliserDoc {
    let mut doc = NormaliserDoc {
        kind: n.kind().to_owned(),
        low: None,
        high: None,
        mean: None,
        sd: None,
        scale: None,
        clip: None,
        unit: None,
    };
    match n {
        MethodNormaliser::MinMax { low, high } => {
            doc.low = Some(raw_decimal(low));
            doc.high = Some(raw_decimal(high));
        }
        MethodNormaliser::ZScore { mean, sd } => {
            doc.mean = Some(raw_decimal(mean));
            doc.sd = Some(raw_decimal(sd));
        }
        MethodNormaliser::Goalposts { scale, clip } => {
            doc.scale = Some(raw_decimal(scale));
            doc.clip = Some(*clip);
        }
        MethodNormaliser::Reference { unit } => doc.unit = Some(unit.clone()),
        MethodNormaliser::None
        | MethodNormaliser::DistanceToTarget
        | MethodNormaliser::Rank
        | MethodNormaliser::PercentRank => {}
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_reads_back_as_itself() {
        for kind in MethodNormaliser::KINDS {
            let n = MethodNormaliser::with_defaults(kind).expect(kind);
            assert_eq!(n.kind(), kind);
        }
        assert_eq!(MethodNormaliser::with_defaults("minmax"), None);
    }
}
