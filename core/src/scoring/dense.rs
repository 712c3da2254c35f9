//! The dense fast path: a matrix of levels (one row per assessment, one
//! column per indicator in framework order) scored with integer arithmetic
//! only, for batches of millions.

use super::options::{MissingPolicy, PredicateBasis, ScoreOptions};
use crate::error::{Error, Result};
use crate::exact::Fraction;
use crate::framework::Framework;
use std::ops::Range;

/// Marks an unrated indicator in a dense level matrix.
pub const DENSE_MISSING: u8 = u8::MAX;

/// Scores of a level matrix, column by column.
#[derive(Clone, Debug, PartialEq)]
pub struct DenseScores {
    /// Number of rows scored.
    pub rows: usize,
    /// The groups whose values are in `node_values`, in framework order.
    pub node_ids: Vec<String>,
    /// Published (rounded) index per row.
    pub index: Vec<f64>,
    /// Exact index per row is `index_numer[r] / index_denom[r]` (not reduced).
    pub index_numer: Vec<u64>,
    /// See `index_numer`.
    pub index_denom: Vec<u64>,
    /// Position of each row's predicate in `Framework::predicates()`.
    pub predicate: Vec<u8>,
    /// Rounded group values, row-major (`rows × node_ids.len()`); NaN where a
    /// group has no rated indicator. Empty unless asked for.
    pub node_values: Vec<f64>,
}

impl DenseScores {
    /// The exact index of row `r`.
    pub fn exact_index(&self, r: usize) -> Option<Fraction> {
        Fraction::new(
            (*self.index_numer.get(r)?).into(),
            (*self.index_denom.get(r)?).into(),
        )
    }
}

struct Plan {
    width: usize,
    units: Vec<u64>,
    min: u8,
    max: u8,
    missing: MissingPolicy,
    scale10: u64,
    groups: Vec<Range<usize>>,
}

impl Plan {
    /// Half-up rounding of `s / w` to units of the last printed place.
    #[inline]
    fn round_units(&self, s: u64, w: u64) -> u64 {
        let twice = u128::from(s) * u128::from(self.scale10) * 2 + u128::from(w);
        (twice / (2 * u128::from(w))) as u64
    }

    /// Sum and weight of one row over a leaf range.
    #[inline]
    fn sums(&self, row: &[u8], r: Range<usize>) -> (u64, u64) {
        let (mut s, mut w) = (0u64, 0u64);
        for (&l, &u) in row[r.clone()].iter().zip(&self.units[r]) {
            if l == DENSE_MISSING {
                if self.missing == MissingPolicy::Lowest {
                    s += u64::from(self.min) * u;
                    w += u;
                }
            } else {
                s += u64::from(l) * u;
                w += u;
            }
        }
        (s, w)
    }
}

impl Framework {
    /// Scores a row-major matrix of levels (`levels.len()` must be a multiple
    /// of the indicator count; [`DENSE_MISSING`] marks an unrated indicator).
    /// `with_nodes` also fills every group's rounded value.
    ///
    /// ```
    /// use egov_masterplan::{Framework, ScoreOptions};
    /// let fw = Framework::builtin("spbe-2020").unwrap();
    /// let mut levels = vec![3u8; 47 * 2];
    /// levels[47..].fill(4);
    /// let s = fw.score_dense(&levels, &ScoreOptions::default(), false).unwrap();
    /// assert_eq!(s.index, [3.0, 4.0]);
    /// assert_eq!(fw.predicates()[s.predicate[1] as usize].id, "sangat-baik");
    /// ```
    pub fn score_dense(
        &self,
        levels: &[u8],
        options: &ScoreOptions,
        with_nodes: bool,
    ) -> Result<DenseScores> {
        let d = &self.data;
        let width = d.indicators.len();
        if levels.len() % width != 0 {
            return Err(Error::field(
                "dense levels",
                "levels",
                format!(
                    "has {} values, not a multiple of the {width} indicators of `{}`",
                    levels.len(),
                    d.id
                ),
            ));
        }
        let rows = levels.len() / width;
        let plan = Plan {
            width,
            units: d.units.clone(),
            min: d.scale.min,
            max: d.scale.max,
            missing: options.missing,
            scale10: 10u64.pow(d.rounding.decimals),
            groups: d
                .nodes
                .iter()
                .filter(|n| !n.is_indicator())
                .map(|n| n.leaves.clone())
                .collect(),
        };
        let node_ids = d
            .nodes
            .iter()
            .filter(|n| !n.is_indicator())
            .map(|n| n.id.clone())
            .collect::<Vec<_>>();
        // Predicate lower bounds in printed units (rounded basis).
        let rounded_mins: Vec<i128> = d
            .predicates
            .iter()
            .map(|p| {
                p.min
                    .checked_mul(&Fraction::from_int(plan.scale10.into()))
                    .map_or(i128::MAX, |f| f.ceil())
            })
            .collect();

        let mut out = DenseScores {
            rows,
            node_ids,
            index: Vec::with_capacity(rows),
            index_numer: Vec::with_capacity(rows),
            index_denom: Vec::with_capacity(rows),
            predicate: Vec::with_capacity(rows),
            node_values: Vec::with_capacity(if with_nodes {
                rows * plan.groups.len()
            } else {
                0
            }),
        };
        for (r, row) in levels.chunks_exact(width).enumerate() {
            self.check_row(&plan, r, row)?;
            let (s, w) = plan.sums(row, 0..plan.width);
            if w == 0 {
                return Err(Error::NothingRated {
                    subject: format!("row {r}"),
                    period: 0,
                });
            }
            let units = plan.round_units(s, w);
            let band = match options.predicate_basis {
                PredicateBasis::Exact => d.predicates.iter().position(|p| {
                    // s / w ≥ num / den  ⇔  s·den ≥ num·w (all far inside i128)
                    i128::from(s) * p.min.denom() >= p.min.numer() * i128::from(w)
                }),
                PredicateBasis::Rounded => {
                    rounded_mins.iter().position(|&m| i128::from(units) >= m)
                }
            };
            out.index.push(units as f64 / plan.scale10 as f64);
            out.index_numer.push(s);
            out.index_denom.push(w);
            out.predicate
                .push(band.unwrap_or(d.predicates.len() - 1) as u8);
            if with_nodes {
                for g in &plan.groups {
                    let (s, w) = plan.sums(row, g.clone());
                    out.node_values.push(if w == 0 {
                        f64::NAN
                    } else {
                        plan.round_units(s, w) as f64 / plan.scale10 as f64
                    });
                }
            }
        }
        Ok(out)
    }

    fn check_row(&self, plan: &Plan, r: usize, row: &[u8]) -> Result<()> {
        for (i, &l) in row.iter().enumerate() {
            if l == DENSE_MISSING {
                if plan.missing == MissingPolicy::Error {
                    let missing = row
                        .iter()
                        .zip(self.indicators())
                        .filter(|(&l, _)| l == DENSE_MISSING)
                        .map(|(_, n)| n.id().to_owned())
                        .collect();
                    return Err(Error::MissingLevels {
                        subject: format!("row {r}"),
                        period: 0,
                        missing,
                    });
                }
            } else if l < plan.min || l > plan.max {
                return Err(Error::LevelOutOfRange {
                    subject: format!("row {r}"),
                    period: 0,
                    indicator: self.data.nodes[self.data.indicators[i]].id.clone(),
                    level: l.into(),
                    min: plan.min.into(),
                    max: plan.max.into(),
                });
            }
        }
        Ok(())
    }
}
