//! The cheapest plan: a grouped knapsack over integer index units, solved
//! exactly by dynamic programming (each indicator offers 0..=k consecutive
//! steps at the sum of their costs).

use super::{Candidate, Gap, GapTarget, StepCosts};
use crate::error::{Error, Result};
use crate::scoring::scorecard::Scorecard;

/// Largest dynamic-programming table (indicators × index units) the cheapest
/// plan builds.
const MAX_PLAN_CELLS: usize = 20_000_000;

impl Scorecard {
    /// The distance to `target` and the **cheapest** set of steps that
    /// reaches it, given each step's cost (fewest steps among equal costs).
    pub fn cheapest_plan(&self, target: impl Into<GapTarget>, costs: &StepCosts) -> Result<Gap> {
        let target = target.into();
        for id in costs.ids() {
            if self.framework.indicator_position(id).is_none() {
                return Err(Error::UnknownIndicator {
                    framework: self.framework.id().to_owned(),
                    indicator: id.clone(),
                });
            }
        }
        let (target, threshold) = self.threshold(&target)?;
        let need = self.units_needed(&threshold)?;
        let max = self.framework.scale().max;
        // Each indicator offers k = 0..=cap consecutive steps at a prefix cost.
        let options: Vec<(Candidate, Vec<u64>)> = self
            .candidates()
            .into_iter()
            .map(|c| {
                let id = &self.indicators[c.pos].id;
                let mut prefix = vec![0u64];
                for to in c.level + 1..=max {
                    let Some(cost) = costs.cost(id, to) else {
                        break;
                    };
                    let total = prefix.last().copied().unwrap_or(0).checked_add(cost);
                    match total {
                        Some(t) => prefix.push(t),
                        None => break,
                    }
                }
                (c, prefix)
            })
            .filter(|(_, p)| p.len() > 1)
            .collect();
        let best_possible: u64 = options
            .iter()
            .map(|(c, p)| c.units * (p.len() as u64 - 1))
            .sum();
        if best_possible < need {
            return Err(self.unreachable(&target, best_possible));
        }
        let width = usize::try_from(need)
            .unwrap_or(usize::MAX)
            .saturating_add(1);
        if width.saturating_mul(options.len().max(1)) > MAX_PLAN_CELLS {
            return Err(Error::TooLarge {
                what: "cheapest plan table (indicators × index units)".into(),
                size: (width as u64).saturating_mul(options.len() as u64),
                limit: MAX_PLAN_CELLS as u64,
            });
        }
        // dp[g] = (cost, steps) of the best way to gain at least g units
        // (g capped at `need`) with the indicators seen so far.
        let mut dp: Vec<Option<(u64, u32)>> = vec![None; width];
        dp[0] = Some((0, 0));
        let mut back: Vec<Vec<(u8, u32)>> = Vec::with_capacity(options.len());
        for (c, prefix) in &options {
            let mut next = dp.clone();
            let mut choice = vec![(0u8, 0u32); width];
            for (g, cell) in dp.iter().enumerate() {
                let Some((cost, steps)) = *cell else { continue };
                for (k, &extra) in prefix.iter().enumerate().skip(1) {
                    let to = (g as u64 + c.units * k as u64).min(need) as usize;
                    let Some(total) = cost.checked_add(extra) else {
                        break;
                    };
                    let cand = (total, steps + k as u32);
                    if next[to].is_none_or(|cur| cand < cur) {
                        next[to] = Some(cand);
                        choice[to] = (k as u8, g as u32);
                    }
                }
            }
            dp = next;
            back.push(choice);
        }
        // Walk back from the full gain.
        let mut g = width - 1;
        let mut chosen = Vec::new();
        for (i, (c, _)) in options.iter().enumerate().rev() {
            let (k, prev) = back[i][g];
            if k > 0 {
                chosen.extend((0..k).map(|j| (c.pos, c.level + j)));
                g = prev as usize;
            }
        }
        self.plan(target, threshold, chosen, Some(costs))
    }
}
