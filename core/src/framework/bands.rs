//! Predicate bands: listed highest first, each from its inclusive `min` up to
//! the next band's; validated to cover the whole scale without overlap.

use super::json::{parse_raw_decimal, PredicateDoc};
use super::model::{LevelScale, Predicate};
use super::validate::unique;
use crate::error::{Error, Result};
use crate::exact::Fraction;

const WHAT: &str = "framework";

pub(super) fn build_predicates(docs: &[PredicateDoc], scale: LevelScale) -> Result<Vec<Predicate>> {
    if docs.is_empty() {
        return Err(Error::field(
            WHAT,
            "predicates",
            "must hold at least one band",
        ));
    }
    unique("predicate", docs.iter().map(|p| &p.id))?;
    let bound = |p: &PredicateDoc, raw: &serde_json::value::RawValue, field: &str| {
        parse_raw_decimal(raw)
            .map_err(|reason| Error::field(WHAT, &format!("predicates[{}].{field}", p.id), reason))
    };
    let mut bands: Vec<Predicate> = Vec::with_capacity(docs.len());
    for p in docs {
        let min = bound(p, &p.min, "min")?;
        let max = match &p.max {
            Some(raw) => Some(bound(p, raw, "max")?),
            None => None,
        };
        if let Some(prev) = bands.last() {
            if min >= prev.min {
                return Err(Error::PredicateOverlap {
                    id: p.id.clone(),
                    other: prev.id.clone(),
                    detail: format!(
                        "bands are listed highest first, but min {} is not below {}",
                        min.to_literal(),
                        prev.min.to_literal()
                    ),
                });
            }
            if let Some(max) = max {
                match max.cmp(&prev.min) {
                    std::cmp::Ordering::Greater => {
                        return Err(Error::PredicateOverlap {
                            id: p.id.clone(),
                            other: prev.id.clone(),
                            detail: format!(
                                "max {} reaches above the next band's min {}",
                                max.to_literal(),
                                prev.min.to_literal()
                            ),
                        })
                    }
                    std::cmp::Ordering::Less => {
                        return Err(Error::PredicateGap {
                            id: p.id.clone(),
                            detail: format!(
                                "values from {} up to {} (band `{}`) belong to no band",
                                max.to_literal(),
                                prev.min.to_literal(),
                                prev.id
                            ),
                        })
                    }
                    std::cmp::Ordering::Equal => {}
                }
            }
        } else if let Some(max) = max {
            if max < Fraction::from_int(scale.max.into()) {
                return Err(Error::PredicateGap {
                    id: p.id.clone(),
                    detail: format!(
                        "the top band ends at {} but the scale reaches {}",
                        max.to_literal(),
                        scale.max
                    ),
                });
            }
        }
        if min > Fraction::from_int(scale.max.into()) {
            return Err(Error::PredicateGap {
                id: p.id.clone(),
                detail: format!(
                    "min {} lies above the scale's maximum {}; no index can reach it",
                    min.to_literal(),
                    scale.max
                ),
            });
        }
        bands.push(Predicate {
            id: p.id.clone(),
            label: p.label.clone(),
            min,
            max,
        });
    }
    // A band above the lowest that already starts at the scale's minimum
    // leaves the bands below it unreachable.
    let floor = Fraction::from_int(scale.min.into());
    if let Some(w) = bands.windows(2).find(|w| w[0].min <= floor) {
        return Err(Error::PredicateOverlap {
            id: w[1].id.clone(),
            other: w[0].id.clone(),
            detail: format!(
                "`{}` already starts at the scale's minimum {}, so no index falls in `{}`",
                w[0].id, scale.min, w[1].id
            ),
        });
    }
    if let Some(lowest) = bands.last() {
        if lowest.min > floor {
            return Err(Error::PredicateGap {
                id: lowest.id.clone(),
                detail: format!(
                    "the lowest band starts at {} but the scale starts at {}",
                    lowest.min.to_literal(),
                    scale.min
                ),
            });
        }
    }
    Ok(bands)
}
