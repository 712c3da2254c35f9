//! A level framework's scale, ladders (each level's name and criterion)
//! and rounding, read from the document and checked.

use super::json::{LevelDoc, RoundingDoc, ScaleDoc};
use super::model::{Ladder, LevelDef, LevelScale, Rounding, RoundingMode};
use crate::error::{Error, Result};
use std::collections::BTreeMap;

const WHAT: &str = "framework";

/// The level scale, checked: levels from 0 up to at most 100.
pub(super) fn build_scale(s: &ScaleDoc) -> Result<LevelScale> {
    let bad = |reason: &str| Error::InvalidScale {
        min: s.min,
        max: s.max,
        reason: reason.into(),
    };
    if s.min < 0 {
        return Err(bad("levels start at 0 or above"));
    }
    if s.max > i64::from(LevelScale::LIMIT) {
        return Err(bad("the highest level may be at most 100"));
    }
    if s.min >= s.max {
        return Err(bad("min must be below max"));
    }
    Ok(LevelScale {
        min: s.min as u8,
        max: s.max as u8,
    })
}

/// The named ladders, each with one definition for every level of the
/// scale.
pub(super) fn build_ladders(
    docs: &BTreeMap<String, Vec<LevelDoc>>,
    scale: LevelScale,
) -> Result<Vec<Ladder>> {
    let mut ladders = Vec::with_capacity(docs.len());
    for (name, levels) in docs {
        let mut defs: Vec<LevelDef> = Vec::with_capacity(levels.len());
        for l in levels {
            if !scale.contains(l.level) {
                return Err(Error::LadderLevelOutOfScale {
                    ladder: name.clone(),
                    level: l.level,
                    min: scale.min.into(),
                    max: scale.max.into(),
                });
            }
            if defs.iter().any(|d| i64::from(d.level) == l.level) {
                return Err(Error::DuplicateId {
                    what: format!("level in ladder `{name}`"),
                    id: l.level.to_string(),
                });
            }
            defs.push(LevelDef {
                level: l.level as u8,
                name: l.name.clone(),
                criterion: l.criterion.clone(),
            });
        }
        defs.sort_by_key(|d| d.level);
        for level in scale.min..=scale.max {
            if !defs.iter().any(|d| d.level == level) {
                return Err(Error::LadderIncomplete {
                    ladder: name.clone(),
                    missing: level.into(),
                });
            }
        }
        ladders.push(Ladder {
            name: name.clone(),
            levels: defs,
        });
    }
    Ok(ladders)
}

/// The rounding of the index (half-up to at most
/// [`Rounding::MAX_DECIMALS`] decimals).
pub(super) fn build_rounding(r: &RoundingDoc) -> Result<Rounding> {
    let mode = match r.mode.as_str() {
        "half-up" => RoundingMode::HalfUp,
        other => {
            return Err(Error::InvalidOption {
                option: "rounding.mode".into(),
                value: other.into(),
                allowed: vec!["half-up".into()],
            })
        }
    };
    if r.decimals > Rounding::MAX_DECIMALS {
        return Err(Error::field(
            WHAT,
            "rounding.decimals",
            format!(
                "must be at most {}, got {}",
                Rounding::MAX_DECIMALS,
                r.decimals
            ),
        ));
    }
    Ok(Rounding {
        decimals: r.decimals,
        mode,
    })
}
