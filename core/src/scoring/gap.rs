//! Gap analysis: how far a scorecard is from a target, the fewest level
//! steps that reach it, and the cheapest steps when each step has a cost.
//!
//! A *step* raises one indicator by one level. Raising indicator `i` adds
//! `units[i]` to the integer sum behind the index whatever its level, so the
//! fewest steps are the heaviest ones (greedy, optimal by exchange: any `k`
//! steps gain at most the `k` largest available gains). The cheapest plan is a
//! grouped knapsack solved exactly by dynamic programming over integer units.

use super::options::PredicateBasis;
use super::scorecard::Scorecard;
use crate::error::{Error, Result};
use crate::exact::{Decimal, Fraction};
use std::collections::BTreeMap;

/// Largest dynamic-programming table (indicators × index units) the cheapest
/// plan builds.
const MAX_PLAN_CELLS: usize = 20_000_000;

/// What to reach: an index value or a predicate band.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GapTarget {
    /// An index value, exact (e.g. 13/5 for 2.6).
    Index(Fraction),
    /// A predicate id (`"baik"`): its band's lower bound.
    Predicate(String),
    /// Text resolved when used: a predicate id of the framework, else a
    /// decimal index (`"2.6"`). What `"baik"`, `"2.6"` and `2.6` convert to.
    Text(String),
}

impl GapTarget {
    /// An index target from decimal text (`"2.60"`), read exactly.
    pub fn index(text: &str) -> Result<GapTarget> {
        Fraction::parse(text)
            .map(GapTarget::Index)
            .map_err(|m| Error::field("gap target", "index", m))
    }

    /// A predicate target by id.
    pub fn predicate(id: impl Into<String>) -> GapTarget {
        GapTarget::Predicate(id.into())
    }
}

impl From<Fraction> for GapTarget {
    fn from(f: Fraction) -> GapTarget {
        GapTarget::Index(f)
    }
}

impl From<&GapTarget> for GapTarget {
    fn from(t: &GapTarget) -> GapTarget {
        t.clone()
    }
}

impl From<&str> for GapTarget {
    fn from(s: &str) -> GapTarget {
        GapTarget::Text(s.to_owned())
    }
}

impl From<String> for GapTarget {
    fn from(s: String) -> GapTarget {
        GapTarget::Text(s)
    }
}

impl From<f64> for GapTarget {
    /// The decimal the float was written as (its shortest round-trip text),
    /// so `2.6` means exactly 13/5.
    fn from(f: f64) -> GapTarget {
        GapTarget::Text(format!("{f}"))
    }
}

/// Cost of raising indicators, step by step (e.g. in rupiah). A step with no
/// cost is not available to the plan.
///
/// ```
/// use egov_masterplan::StepCosts;
/// let mut costs = StepCosts::new();
/// costs.uniform("I11", 50_000_000).to_level("I11", 5, 200_000_000);
/// assert_eq!(costs.cost("I11", 4), Some(50_000_000));
/// assert_eq!(costs.cost("I11", 5), Some(200_000_000));
/// assert_eq!(costs.cost("I12", 4), None);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StepCosts {
    uniform: BTreeMap<String, u64>,
    at_level: BTreeMap<(String, u8), u64>,
}

impl StepCosts {
    /// No step available.
    pub fn new() -> StepCosts {
        StepCosts::default()
    }

    /// Every step of `indicator` costs `cost`.
    pub fn uniform(&mut self, indicator: impl Into<String>, cost: u64) -> &mut StepCosts {
        self.uniform.insert(indicator.into(), cost);
        self
    }

    /// The step that brings `indicator` to `level` costs `cost` (overrides
    /// [`StepCosts::uniform`] for that step).
    pub fn to_level(
        &mut self,
        indicator: impl Into<String>,
        level: u8,
        cost: u64,
    ) -> &mut StepCosts {
        self.at_level.insert((indicator.into(), level), cost);
        self
    }

    /// The cost of bringing `indicator` to `level`, if that step is available.
    pub fn cost(&self, indicator: &str, level: u8) -> Option<u64> {
        self.at_level
            .get(&(indicator.to_owned(), level))
            .or_else(|| self.uniform.get(indicator))
            .copied()
    }

    fn ids(&self) -> impl Iterator<Item = &String> {
        self.uniform
            .keys()
            .chain(self.at_level.keys().map(|(id, _)| id))
    }
}

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

struct Candidate {
    pos: usize,
    level: u8,
    units: u64,
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

    /// The target index and the exact threshold that reaches it.
    fn threshold(&self, target: &GapTarget) -> Result<(Fraction, Fraction)> {
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
    fn units_needed(&self, threshold: &Fraction) -> Result<u64> {
        let target_sum = threshold
            .checked_mul(&Fraction::from_int(self.weight_units.into()))
            .ok_or_else(|| Error::overflow("the gap target"))?
            .ceil();
        let need = target_sum - i128::from(self.sum_units);
        Ok(u64::try_from(need.max(0)).unwrap_or(u64::MAX))
    }

    fn candidates(&self) -> Vec<Candidate> {
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
    fn unreachable(&self, target: &Fraction, extra: u64) -> Error {
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

    fn plan(
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
