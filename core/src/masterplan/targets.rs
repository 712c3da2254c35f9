//! Whether the scheduled roadmap reaches each target, year by year: met or
//! missed and by how much; for a miss the fewest extra level steps, and the
//! initiatives left out of that year (unscheduled, or finishing later) that
//! would have helped.

use super::manifest::{Target, TargetMeasure};
use super::Masterplan;
use crate::error::{Error, Result};
use crate::exact::{Decimal, Fraction};
use crate::scoring::{Assessment, GapStep, GapTarget, Scorecard};

/// One target's outcome in the projection.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TargetOutcome {
    /// The target as the manifest gives it.
    pub target: Target,
    /// The value asked for, exactly (a predicate's lower bound).
    pub required: Fraction,
    /// The projected value at the end of the target's year, exactly (the
    /// index, or the group's value).
    pub reached: Fraction,
    /// That value rounded as the framework prints it.
    pub reached_rounded: Decimal,
    /// Whether the projection meets the target (on the exact value).
    pub met: bool,
    /// `required − reached` when missed, else zero.
    pub short_by: Fraction,
    /// For a miss, the fewest extra level steps that would meet it (the
    /// gap analysis; for a group target `index_after` is the group's value
    /// after the step); `None` when met, or when even every indicator at
    /// the top of the scale would not.
    pub steps: Option<Vec<GapStep>>,
    /// For a miss, the initiatives not finished by the end of the year
    /// (unscheduled, or finishing later) whose raises would lift the value
    /// that year, by id.
    pub would_cover: Vec<String>,
    /// Whether those initiatives together would have met the target.
    pub covered_by_them: bool,
}

fn overflow() -> Error {
    Error::overflow("masterplan target")
}

/// The levels a scorecard counted, as an assessment.
fn levels_of(card: &Scorecard) -> Assessment {
    let mut a = Assessment::new(card.subject(), card.period());
    for i in card.indicators() {
        if let Some(l) = i.level {
            a.set(i.id.clone(), i64::from(l));
        }
    }
    a
}

impl Masterplan {
    /// Every target's outcome, in the manifest's order. A target whose
    /// group or predicate the framework lacks is an error (see
    /// [`Masterplan::check`] for the list of such findings).
    pub fn targets(&self) -> Result<Vec<TargetOutcome>> {
        self.manifest()
            .targets
            .iter()
            .map(|t| self.outcome(t))
            .collect()
    }

    /// The measured value of `card` for `measure`, exactly.
    fn value(&self, card: &Scorecard, measure: &TargetMeasure) -> Result<Fraction> {
        match measure {
            TargetMeasure::Group { id, .. } => {
                card.node(id)
                    .and_then(|n| n.exact)
                    .ok_or_else(|| Error::UnknownNode {
                        framework: self.framework().id().to_owned(),
                        id: id.clone(),
                    })
            }
            _ => Ok(card.exact_index()),
        }
    }

    fn required(&self, measure: &TargetMeasure) -> Result<Fraction> {
        Ok(match measure {
            TargetMeasure::Index(v) | TargetMeasure::Group { value: v, .. } => *v,
            TargetMeasure::Predicate(p) => self.framework().predicate(p)?.min,
        })
    }

    fn outcome(&self, target: &Target) -> Result<TargetOutcome> {
        let year = self
            .projected(target.year)
            .ok_or_else(|| Error::field("masterplan", "roadmap", "has no plan year"))?;
        let card = &year.scorecard;
        let required = self.required(&target.measure)?;
        let reached = self.value(card, &target.measure)?;
        let decimals = self.framework().rounding().decimals;
        let reached_rounded = reached.round_half_up(decimals).ok_or_else(overflow)?;
        let met = reached >= required;
        let mut out = TargetOutcome {
            target: target.clone(),
            required,
            reached,
            reached_rounded,
            met,
            short_by: Fraction::ZERO,
            steps: None,
            would_cover: Vec::new(),
            covered_by_them: false,
        };
        if met {
            return Ok(out);
        }
        out.short_by = required.checked_sub(&reached).ok_or_else(overflow)?;
        out.steps = match &target.measure {
            TargetMeasure::Group { id, .. } => self.group_steps(card, id, required)?,
            _ => match card.gap_to(GapTarget::Index(required)) {
                Ok(gap) => Some(gap.steps),
                Err(Error::TargetUnreachable { .. }) => None,
                Err(e) => return Err(e),
            },
        };
        self.left_out(target, card, &mut out)?;
        Ok(out)
    }

    /// The initiatives not finished by the target's year that would lift
    /// its value, and whether all of them together meet it.
    fn left_out(&self, target: &Target, card: &Scorecard, out: &mut TargetOutcome) -> Result<()> {
        let now = levels_of(card);
        let before = self.value(card, &target.measure)?;
        let finished = |id: &str| {
            self.schedule()
                .entry(id)
                .is_some_and(|e| chrono::Datelike::year(&e.finish) <= target.year)
        };
        let mut all = now.clone();
        let mut ids: Vec<&str> = Vec::new();
        for ini in self.roadmap().initiatives() {
            if finished(&ini.id) || ini.raises.is_empty() {
                continue;
            }
            let mut one = now.clone();
            for (indicator, &level) in &ini.raises {
                if one.level(indicator).is_none_or(|l| l < level) {
                    one.set(indicator.clone(), level);
                }
                if all.level(indicator).is_none_or(|l| l < level) {
                    all.set(indicator.clone(), level);
                }
            }
            let lifted = self.framework().score_with(&one, card.options())?;
            if self.value(&lifted, &target.measure)? > before {
                ids.push(&ini.id);
            }
        }
        ids.sort_unstable();
        out.would_cover = ids.into_iter().map(str::to_owned).collect();
        let together = self.framework().score_with(&all, card.options())?;
        out.covered_by_them = self.value(&together, &target.measure)? >= out.required;
        Ok(())
    }

    /// The fewest level steps that take group `id` to `required`: the
    /// group's value is linear in its indicators' levels, so the steps with
    /// the largest gain come first (then the lowest level, then framework
    /// order), as in the index's gap analysis.
    fn group_steps(
        &self,
        card: &Scorecard,
        id: &str,
        required: Fraction,
    ) -> Result<Option<Vec<GapStep>>> {
        let fw = self.framework();
        let node = fw.node(id).ok_or_else(|| Error::UnknownNode {
            framework: fw.id().to_owned(),
            id: id.to_owned(),
        })?;
        let measure = TargetMeasure::Group {
            id: id.to_owned(),
            value: required,
        };
        let now = levels_of(card);
        let scale = fw.scale();
        let ids: Vec<&str> = fw.indicators().map(|n| n.id()).collect();
        // Each indicator's gain per level step, from two scorings at the
        // bottom of the scale (the value is linear in each level).
        let mut candidates = Vec::new();
        for pos in node.indicator_range() {
            let indicator = ids[pos];
            let level = now.level(indicator).map_or(scale.min, |l| l as u8);
            let (mut low, mut high) = (now.clone(), now.clone());
            low.set(indicator, i64::from(scale.min));
            high.set(indicator, i64::from(scale.min) + 1);
            let low = self.value(&fw.score_with(&low, card.options())?, &measure)?;
            let high = self.value(&fw.score_with(&high, card.options())?, &measure)?;
            let gain = high.checked_sub(&low).ok_or_else(overflow)?;
            candidates.push((pos, indicator, level, gain));
        }
        let decimals = fw.rounding().decimals;
        let mut value = self.value(card, &measure)?;
        let mut steps: Vec<(usize, GapStep)> = Vec::new();
        while value < required {
            let best = candidates
                .iter_mut()
                .filter(|c| c.2 < scale.max && c.3 > Fraction::ZERO)
                .min_by(|a, b| b.3.cmp(&a.3).then(a.2.cmp(&b.2)).then(a.0.cmp(&b.0)));
            let Some(c) = best else {
                return Ok(None);
            };
            value = value.checked_add(&c.3).ok_or_else(overflow)?;
            steps.push((
                c.0,
                GapStep {
                    indicator: c.1.to_owned(),
                    from: c.2,
                    to: c.2 + 1,
                    gain: c.3,
                    cost: None,
                    index_after: value,
                    index_after_rounded: value.round_half_up(decimals).ok_or_else(overflow)?,
                },
            ));
            c.2 += 1;
        }
        // In framework order, the value after each step recomputed in that
        // order (as the index's plan lists them).
        steps.sort_by_key(|(pos, s)| (*pos, s.from));
        let mut running = self.value(card, &measure)?;
        Ok(Some(
            steps
                .into_iter()
                .map(|(_, mut s)| {
                    running = running.checked_add(&s.gain).unwrap_or(running);
                    s.index_after = running;
                    s.index_after_rounded = running
                        .round_half_up(decimals)
                        .unwrap_or(s.index_after_rounded);
                    s
                })
                .collect(),
        ))
    }
}
