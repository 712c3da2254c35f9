//! A composite framework scored over a cohort: per unit the index, its
//! competition rank and group, and every group node's value; per indicator
//! its nominal and effective weight.

use super::tree::{method, normalised, raw_values, round_to, Shape};
use super::{competition_ranks, Cohort};
use crate::error::Result;
use crate::framework::Framework;
use serde::Serialize;

/// One unit's result.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct UnitScore {
    /// The unit's id.
    pub id: String,
    /// The index (`None` when the unit has no value at all).
    pub index: Option<f64>,
    /// Competition rank on the index rounded to the framework's
    /// `rank_decimals` (1 is best; equal values share a rank).
    pub rank: Option<u32>,
    /// The id of the band (group) the index falls in, on the same rounded
    /// value; `None` for a framework without bands or a unit without index.
    pub group: Option<String>,
    /// Each group node's value, in the order of [`CohortScores::nodes`].
    pub nodes: Vec<Option<f64>>,
    /// How many of the unit's values were imputed.
    pub imputed: u32,
}

/// An indicator's share of the index: as declared, and as it works out
/// over this cohort.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EffectiveWeight {
    /// The indicator's id.
    pub indicator: String,
    /// Its nominal weight in the index: the product of the weight shares
    /// on its path from the top (they sum to 1).
    pub nominal: f64,
    /// Its mean share of the units' weighted sums of normalised values,
    /// `w·x / Σ w·x` (weights renormalised over the values present): how
    /// much of the index it really carries once normalised. Equal to
    /// `nominal` when every indicator has the same mean.
    pub effective: f64,
    /// Pearson correlation of its normalised values with the index
    /// (`None` when either is constant or fewer than 2 units have both).
    pub correlation: Option<f64>,
}

/// A cohort scored on a composite framework.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CohortScores {
    /// The framework's id.
    pub framework: String,
    /// The group nodes' ids (every node that is not an indicator, in
    /// framework order): the columns of [`UnitScore::nodes`].
    pub nodes: Vec<String>,
    /// One result per unit, in cohort order.
    pub units: Vec<UnitScore>,
    /// One entry per indicator, in framework order.
    pub effective_weights: Vec<EffectiveWeight>,
}

impl CohortScores {
    /// The result as JSON (the determinism vectors compare these bytes).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Nominal index shares of the indicators: each node's weight over its
/// siblings', multiplied down the path.
pub(crate) fn nominal_shares(shape: &Shape, weights: &[f64], leaves: usize) -> Vec<f64> {
    let mut share = vec![0.0; leaves];
    fn walk(shape: &Shape, w: &[f64], node: usize, above: f64, out: &mut [f64]) {
        match shape.leaf[node] {
            Some(pos) => out[pos] = above,
            None => {
                let total: f64 = shape.children[node].iter().map(|&c| w[c]).sum();
                for &c in &shape.children[node] {
                    walk(shape, w, c, above * w[c] / total, out);
                }
            }
        }
    }
    let total: f64 = shape.roots.iter().map(|&r| weights[r]).sum();
    for &r in &shape.roots {
        walk(shape, weights, r, weights[r] / total, &mut share);
    }
    share
}

fn pearson(pairs: &[(f64, f64)]) -> Option<f64> {
    let n = pairs.len() as f64;
    if pairs.len() < 2 {
        return None;
    }
    let (mx, my) = (
        pairs.iter().map(|p| p.0).sum::<f64>() / n,
        pairs.iter().map(|p| p.1).sum::<f64>() / n,
    );
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (x, y) in pairs {
        sxy += (x - mx) * (y - my);
        sxx += (x - mx) * (x - mx);
        syy += (y - my) * (y - my);
    }
    (sxx > 0.0 && syy > 0.0).then(|| sxy / (sxx * syy).sqrt())
}

impl Framework {
    /// Scores a cohort on this composite framework (one with a `composite`
    /// block, e.g. `un-egdi-2022`): imputes, normalises over the cohort,
    /// aggregates the tree, ranks and bands. `f64` throughout (the exact
    /// path is the level frameworks'); logarithms and powers are computed
    /// from IEEE operations only, so every language gets the same bits.
    ///
    /// ```
    /// use egov_masterplan::{composite::Cohort, Framework};
    /// // Indonesia and Malaysia in the UN E-Government Survey 2022.
    /// let cohort = Cohort::new(
    ///     vec!["IDN".into(), "MYS".into()],
    ///     vec![
    ///         ("osi".into(), vec![Some(0.7644), Some(0.7630)]),
    ///         ("hci".into(), vec![Some(0.7438), Some(0.7645)]),
    ///         ("tii".into(), vec![Some(0.6397), Some(0.7945)]),
    ///     ],
    /// )?;
    /// let s = Framework::builtin("un-egdi-2022")?.score_cohort(&cohort)?;
    /// // (0.7644 + 0.7438 + 0.6397) / 3 = 0.71597; published 0.7160.
    /// assert_eq!(format!("{:.4}", s.units[0].index.unwrap()), "0.7160");
    /// assert_eq!(s.units[0].group.as_deref(), Some("high"));
    /// assert_eq!((s.units[0].rank, s.units[1].rank), (Some(2), Some(1)));
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn score_cohort(&self, cohort: &Cohort) -> Result<CohortScores> {
        let m = method(self)?;
        let raw = raw_values(self, m, cohort)?;
        let norm = normalised(self, cohort, &raw.raw, &m.normaliser)?;
        let shape = Shape::of(self, m);
        let groups: Vec<usize> = (0..shape.leaf.len())
            .filter(|&i| shape.leaf[i].is_none())
            .collect();
        let mut values = vec![None; shape.leaf.len()];
        let mut units = Vec::with_capacity(cohort.len());
        for (u, id) in cohort.ids().iter().enumerate() {
            let index = shape
                .evaluate(|i| norm[i][u], &shape.weights, &mut values)
                .map_err(|e| e.in_unit(id))?;
            units.push(UnitScore {
                id: id.clone(),
                index,
                rank: None,
                group: None,
                nodes: groups.iter().map(|&g| values[g]).collect(),
                imputed: raw.imputed[u],
            });
        }
        let rounded: Vec<Option<f64>> = units
            .iter()
            .map(|s| s.index.map(|v| round_to(v, m.rank_decimals)))
            .collect();
        let present: Vec<f64> = rounded.iter().flatten().copied().collect();
        let mut ranks = competition_ranks(&present).into_iter();
        for (s, r) in units.iter_mut().zip(&rounded) {
            if let Some(v) = r {
                s.rank = ranks.next();
                s.group = self
                    .predicates()
                    .iter()
                    .find(|p| *v >= p.min.to_f64())
                    .or(self.predicates().last())
                    .map(|p| p.id.clone());
            }
        }
        let shares = nominal_shares(&shape, &shape.weights, self.indicator_count());
        let effective_weights = self
            .indicators()
            .enumerate()
            .map(|(i, ind)| {
                let mut sum = 0.0;
                let mut counted = 0usize;
                #[allow(clippy::needless_range_loop)] // `u` indexes columns of `norm`
                for u in 0..cohort.len() {
                    let total: f64 = (0..shares.len())
                        .filter_map(|j| norm[j][u].map(|x| shares[j] * x))
                        .sum();
                    if total != 0.0 {
                        if let Some(x) = norm[i][u] {
                            sum += shares[i] * x / total;
                        }
                        counted += 1;
                    }
                }
                let pairs: Vec<(f64, f64)> = (0..cohort.len())
                    .filter_map(|u| Some((norm[i][u]?, units[u].index?)))
                    .collect();
                EffectiveWeight {
                    indicator: ind.id().to_owned(),
                    nominal: shares[i],
                    effective: if counted == 0 {
                        0.0
                    } else {
                        sum / counted as f64
                    },
                    correlation: pearson(&pairs),
                }
            })
            .collect();
        Ok(CohortScores {
            framework: self.id().to_owned(),
            nodes: groups
                .iter()
                .map(|&g| self.nodes()[g].id().to_owned())
                .collect(),
            units,
            effective_weights,
        })
    }
}
