//! The projected scorecard at the end of every plan year.

use super::schedule::Schedule;
use crate::error::{Error, Result};
use crate::framework::Framework;
use crate::scoring::{Assessment, GapTarget, ScoreOptions, Scorecard};
use chrono::Datelike;

/// The scorecard projected for the end of one plan year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearScorecard {
    /// The calendar year.
    pub year: i32,
    /// Initiatives that finish in this year (their raises count from now).
    pub finished: Vec<String>,
    /// The projected scorecard on 31 December of the year.
    pub scorecard: Scorecard,
}

impl Schedule {
    /// The scorecard at the end of each plan year: the baseline's levels,
    /// raised when an initiative finishes (levels never go down; the highest
    /// raise wins). A raise for an unknown indicator or off the scale is an
    /// error. Scored with the default options.
    pub fn project(
        &self,
        framework: &Framework,
        baseline: &Assessment,
    ) -> Result<Vec<YearScorecard>> {
        self.project_with(framework, baseline, &ScoreOptions::default())
    }

    /// [`Schedule::project`] with explicit scoring options.
    pub fn project_with(
        &self,
        framework: &Framework,
        baseline: &Assessment,
        options: &ScoreOptions,
    ) -> Result<Vec<YearScorecard>> {
        framework.require_levels()?;
        let scale = framework.scale();
        // Check every raise first, so a bad one fails before any scoring.
        for ini in self.roadmap.initiatives() {
            for (indicator, &level) in &ini.raises {
                if framework.indicator_position(indicator).is_none() {
                    return Err(Error::UnknownIndicator {
                        framework: framework.id().to_owned(),
                        indicator: indicator.clone(),
                    });
                }
                if !scale.contains(level) {
                    return Err(Error::LevelOutOfRange {
                        subject: format!("initiative {}", ini.id),
                        period: 0,
                        indicator: indicator.clone(),
                        level,
                        min: scale.min.into(),
                        max: scale.max.into(),
                    });
                }
            }
        }
        let horizon = self.roadmap.horizon();
        let mut levels = baseline.clone();
        let mut out = Vec::new();
        for year in horizon.start.year()..=horizon.end.year() {
            let mut finished = Vec::new();
            for e in self.entries.iter().filter(|e| e.finish.year() == year) {
                finished.push(e.id.clone());
                let Some(ini) = self.roadmap.initiative(&e.id) else {
                    continue;
                };
                for (indicator, &level) in &ini.raises {
                    if levels.level(indicator).is_none_or(|l| l < level) {
                        levels.set(indicator.clone(), level);
                    }
                }
            }
            let mut a = levels.clone();
            a.period = year;
            out.push(YearScorecard {
                year,
                finished,
                scorecard: framework.score_with(&a, options)?,
            });
        }
        Ok(out)
    }
}

/// The first projected year whose scorecard reaches `target` (an index or a
/// predicate id, judged on the scorecard's predicate basis); `None` when the
/// plan does not reach it within the horizon.
pub fn first_year_reaching(
    projection: &[YearScorecard],
    target: impl Into<GapTarget>,
) -> Result<Option<i32>> {
    let target = target.into();
    for y in projection {
        if y.scorecard.meets(&target)? {
            return Ok(Some(y.year));
        }
    }
    Ok(None)
}
