//! Gap analysis: how far a scorecard is from a target, the fewest level
//! steps that reach it, and the cheapest steps when each step has a cost.
//!
//! A *step* raises one indicator by one level. Raising indicator `i` adds
//! `units[i]` to the integer sum behind the index whatever its level, so the
//! fewest steps are the heaviest ones (greedy, optimal by exchange: any `k`
//! steps gain at most the `k` largest available gains). The cheapest plan is a
//! grouped knapsack solved exactly by dynamic programming over integer units.

mod cheapest;
mod json;
mod target;

pub use target::{GapTarget, StepCosts};

use super::options::PredicateBasis;
use super::scorecard::Scorecard;
use crate::error::{Error, Result};
use crate::exact::{Decimal, Fraction};

/// One step of a plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GapStep {
    /// The indicator raised.
    pub indicator: String,
    /// Its level before the step.
    pub from: u8,
    /// Its level after the step (`from + 1`).
    pub to: u8,
    /// What the step adds to the index, exactly.
    pub gain: Fraction,
    /// The step's cost (only in a costed plan).
    pub cost: Option<u64>,
    /// The exact index after this step and every step before it.
    pub index_after: Fraction,
    /// That index rounded as the framework prints it.
    pub index_after_rounded: Decimal,
}

/// The distance to a target and a plan of steps that reaches it, in
/// framework order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gap {
    /// The target index as asked (a predicate's lower bound).
    pub target: Fraction,
    /// The exact index that reaches the target under the scorecard's
    /// predicate basis (below `target` for the rounded basis: 2.595 rounds
    /// to 2.60).
    pub threshold: Fraction,
    /// The current exact index.
    pub current: Fraction,
    /// `threshold − current`, or zero when already reached.
    pub distance: Fraction,
    /// The steps, in framework order, each with the index after it.
    pub steps: Vec<GapStep>,
    /// Total cost of the steps (only in a costed plan).
    pub total_cost: Option<u64>,
}

impl Gap {
    /// The exact index after every step.
    pub fn reached(&self) -> Fraction {
        self.steps.last().map_or(self.current, |s| s.index_after)
    }
}

pub(super) struct Candidate {
    pub(super) pos: usize,
    pub(super) level: u8,
    pub(super) units: u64,
}

impl Scorecard {
    /// The distance to `target` and the **fewest** level steps that reach it.
    ///
    /// ```
    /// use egov_masterplan::{Assessment, Framework, GapTarget};
    /// let fw = Framework::builtin("spbe-2020").unwrap();
    /// let mut a = Assessment::new("bappeda", 2024);
    /// for i in 1..=47 { a.set(format!("I{i}"), 2); }
    /// let card = fw.score(&a).unwrap();                      // 2.00, Cukup
    /// let gap = card.gap_to(GapTarget::predicate("baik")).unwrap();
    /// assert_eq!(card.gap_to("baik").unwrap(), gap);        // the same, by id
    /// assert_eq!(card.gap_to(2.6).unwrap().steps, gap.steps); // by index
    /// // 0.60 to go: 18 steps of A8 (weight 3, +0.03 each) take it to 2.54,
    /// // then 3 steps of A7 (weight 2.75, +0.0275 each) to 2.6225
    /// assert_eq!(gap.steps.len(), 21);
    /// assert_eq!(gap.reached().to_string(), "1049/400");
    /// ```
    pub fn gap_to(&self, target: impl Into<GapTarget>) -> Result<Gap> {
        let (target, threshold) = self.threshold(&target.into())?;
        let need = self.units_needed(&threshold)?;
        let mut candidates = self.candidates();
        let mut chosen: Vec<(usize, u8)> = Vec::new();
        let mut gained: u64 = 0;
        while gained < need {
            // heaviest step first; among equals the lowest level, then the
            // earliest indicator
            let best = candidates
                .iter_mut()
                .filter(|c| c.level < self.framework.scale().max)
                .min_by_key(|c| (std::cmp::Reverse(c.units), c.level, c.pos));
            let Some(c) = best else {
                return Err(self.unreachable(&target, gained));
            };
            chosen.push((c.pos, c.level));
            c.level += 1;
            gained += c.units;
        }
        self.plan(target, threshold, chosen, None)
    }

    /// The target index and the exact threshold that reaches it.
    /// True when the scorecard already reaches `target` (on its predicate
    /// basis).
    pub fn meets(&self, target: &GapTarget) -> Result<bool> {
        let (_, threshold) = self.threshold(target)?;
        Ok(self.index >= threshold)
    }

    pub(super) fn threshold(&self, target: &GapTarget) -> Result<(Fraction, Fraction)> {
        let t = match target {
            GapTarget::Index(f) => *f,
            GapTarget::Predicate(id) => self.framework.predicate(id)?.min,
            GapTarget::Text(text) => match self.framework.predicate(text) {
                Ok(p) => p.min,
                Err(_) => Fraction::parse(text).map_err(|_| {
                    let ids: Vec<&str> = self
                        .framework
                        .predicates()
                        .iter()
                        .map(|p| p.id.as_str())
                        .collect();
                    Error::field(
                        "gap target",
                        "target",
                        format!(
                            "`{text}` is neither an index nor a predicate ({})",
                            ids.join(", ")
                        ),
                    )
                })?,
            },
        };
        let threshold = match self.options.predicate_basis {
            PredicateBasis::Exact => t,
            PredicateBasis::Rounded => {
                // rounded(x) ≥ t  ⇔  x ≥ t' − q/2, t' = t rounded up to the
                // printed precision q.
                let q = 10i128.pow(self.framework.rounding().decimals);
                let up = Fraction::new(
                    t.checked_mul(&Fraction::from_int(q))
                        .ok_or_else(|| Error::overflow("the gap target"))?
                        .ceil(),
                    q,
                );
                up.and_then(|u| u.checked_sub(&Fraction::new(1, 2 * q)?))
                    .ok_or_else(|| Error::overflow("the gap target"))?
            }
        };
        Ok((t, threshold))
    }

    /// Integer units of the index sum still missing to reach `threshold`.
    pub(super) fn units_needed(&self, threshold: &Fraction) -> Result<u64> {
        let target_sum = threshold
            .checked_mul(&Fraction::from_int(self.weight_units.into()))
            .ok_or_else(|| Error::overflow("the gap target"))?
            .ceil();
        let need = target_sum - i128::from(self.sum_units);
        Ok(u64::try_from(need.max(0)).unwrap_or(u64::MAX))
    }

    pub(super) fn candidates(&self) -> Vec<Candidate> {
        let units = &self.framework.data.units;
        self.indicators
            .iter()
            .enumerate()
            .filter_map(|(pos, ind)| {
                let level = ind.counted?;
                Some(Candidate {
                    pos,
                    level,
                    units: units[pos],
                })
            })
            .collect()
    }

    /// The error for a target beyond the current index plus `extra` units.
    pub(super) fn unreachable(&self, target: &Fraction, extra: u64) -> Error {
        let best = Fraction::new(
            i128::from(self.sum_units) + i128::from(extra),
            self.weight_units.into(),
        )
        .unwrap_or(Fraction::ZERO);
        Error::TargetUnreachable {
            target: target.to_literal(),
            best: best.to_literal(),
        }
    }

    pub(super) fn plan(
        &self,
        target: Fraction,
        threshold: Fraction,
        mut chosen: Vec<(usize, u8)>,
        costs: Option<&StepCosts>,
    ) -> Result<Gap> {
        chosen.sort_unstable();
        let units = &self.framework.data.units;
        let decimals = self.framework.rounding().decimals;
        let w = i128::from(self.weight_units);
        let mut sum = i128::from(self.sum_units);
        let mut steps = Vec::with_capacity(chosen.len());
        let mut total_cost: Option<u64> = costs.map(|_| 0);
        let overflow = || Error::overflow("the gap plan");
        for (pos, from) in chosen {
            let id = &self.indicators[pos].id;
            sum += i128::from(units[pos]);
            let index_after = Fraction::new(sum, w).ok_or_else(overflow)?;
            let cost = costs.and_then(|c| c.cost(id, from + 1));
            if let (Some(t), Some(c)) = (total_cost, cost) {
                total_cost = Some(t.checked_add(c).ok_or_else(overflow)?);
            }
            steps.push(GapStep {
                indicator: id.clone(),
                from,
                to: from + 1,
                gain: Fraction::new(units[pos].into(), w).ok_or_else(overflow)?,
                cost,
                index_after,
                index_after_rounded: index_after.round_half_up(decimals).ok_or_else(overflow)?,
            });
        }
        let distance = threshold
            .checked_sub(&self.index)
            .ok_or_else(overflow)?
            .max(Fraction::ZERO);
        Ok(Gap {
            target,
            threshold,
            current: self.index,
            distance,
            steps,
            total_cost,
        })
    }
}
