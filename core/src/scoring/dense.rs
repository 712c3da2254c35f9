//! The dense fast path: a matrix of levels (one row per assessment, one
//! column per indicator in framework order) scored with integer arithmetic
//! only, for batches of millions.

use super::dense_plan::Plan;
use super::options::{MissingPolicy, ScoreOptions};
use super::table::RowLabel;
use crate::error::{Error, Result};
use crate::exact::Fraction;
use crate::framework::{Framework, Predicate};

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
    /// Rounded group values, column-major: group `k`'s value for row `r` is
    /// `node_values[k * rows + r]` (see [`DenseScores::node_value`]); NaN
    /// where a group has no rated indicator. Empty unless asked for.
    pub node_values: Vec<f64>,
}

impl DenseScores {
    /// The rounded value of group `k` (of `node_ids`) for row `r`, if asked
    /// for and in range.
    pub fn node_value(&self, r: usize, k: usize) -> Option<f64> {
        if r >= self.rows {
            return None;
        }
        self.node_values.get(k.checked_mul(self.rows)? + r).copied()
    }

    /// The values of group `k` (of `node_ids`), one per row.
    pub fn node_column(&self, k: usize) -> Option<&[f64]> {
        let start = k.checked_mul(self.rows)?;
        self.node_values.get(start..start.checked_add(self.rows)?)
    }

    /// The exact index of row `r`.
    pub fn exact_index(&self, r: usize) -> Option<Fraction> {
        Fraction::new(
            (*self.index_numer.get(r)?).into(),
            (*self.index_denom.get(r)?).into(),
        )
    }

    /// The index of row `r` as published (`"3.46"`): the exact index
    /// rounded half-up to the decimals of `fw`, the framework that scored,
    /// as a scorecard's `index_text`.
    ///
    /// ```
    /// use egov_masterplan::{Framework, scoring::ScoreOptions};
    /// let fw = Framework::builtin("spbe-2020").unwrap();
    /// let mut levels = vec![3u8; 47];
    /// levels[0] = 5; // I1 weighs 1.3 of 100: 3.026
    /// let s = fw.score_dense(&levels, &ScoreOptions::default(), false).unwrap();
    /// assert_eq!(s.index_text(&fw, 0).as_deref(), Some("3.03"));
    /// assert_eq!(s.index_text(&fw, 1), None);
    /// ```
    pub fn index_text(&self, fw: &Framework, r: usize) -> Option<String> {
        let rounded = self.exact_index(r)?.round_half_up(fw.rounding().decimals)?;
        Some(rounded.to_string())
    }

    /// The predicate band of row `r` among the predicates of `fw`, the
    /// framework that scored.
    ///
    /// ```
    /// use egov_masterplan::{Framework, scoring::ScoreOptions};
    /// let fw = Framework::builtin("spbe-2020").unwrap();
    /// let s = fw.score_dense(&[4u8; 47], &ScoreOptions::default(), false).unwrap();
    /// assert_eq!(s.predicate_of(&fw, 0).map(|p| p.id.as_str()), Some("sangat-baik"));
    /// ```
    pub fn predicate_of<'a>(&self, fw: &'a Framework, r: usize) -> Option<&'a Predicate> {
        fw.predicates().get(usize::from(*self.predicate.get(r)?))
    }
}

/// One block's share of the output columns.
struct BlockOut<'a> {
    index: &'a mut [f64],
    numer: &'a mut [u64],
    denom: &'a mut [u64],
    predicate: &'a mut [u8],
    /// This block's rows of each group column; empty unless group values
    /// are asked for.
    nodes: Vec<&'a mut [f64]>,
}

impl Framework {
    /// Scores a row-major matrix of levels (`levels.len()` must be a multiple
    /// of the indicator count; [`DENSE_MISSING`] marks an unrated indicator).
    /// `with_nodes` also fills every group's rounded value.
    ///
    /// ```
    /// use egov_masterplan::{Framework, scoring::ScoreOptions};
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
        self.score_dense_labeled(levels, options, with_nodes, &|r| (format!("row {r}"), 0))
    }

    /// [`Framework::score_dense`] naming rows in errors by `label(row)`
    /// (subject, period) instead of `row N`.
    ///
    /// ```
    /// use egov_masterplan::{Framework, scoring::{DENSE_MISSING, ScoreOptions}};
    /// let fw = Framework::builtin("spbe-2020").unwrap();
    /// let mut levels = vec![3u8; 47];
    /// levels[6] = DENSE_MISSING;
    /// let label = |r: usize| (format!("row {r}"), 2024);
    /// let err = fw.score_dense_labeled(&levels, &ScoreOptions::default(), false, &label).unwrap_err();
    /// assert_eq!(err.to_string(), "row 0 2024: 1 indicator(s) not rated: I7");
    /// ```
    pub fn score_dense_labeled(
        &self,
        levels: &[u8],
        options: &ScoreOptions,
        with_nodes: bool,
        label: RowLabel<'_>,
    ) -> Result<DenseScores> {
        self.require_levels()?;
        let d = &*self.data;
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
        let plan = self.dense_plan(options, rows);
        // Large batches split into one contiguous block of rows per core;
        // blocks are joined in row order, so the result (and the first
        // error reported) does not depend on the split. Targets without
        // threads (wasm32) report one core.
        let (blocks, per_block) = super::parallel::split(rows);
        let groups = plan.groups.len();
        let mut out = DenseScores {
            rows,
            node_ids: d
                .nodes
                .iter()
                .filter(|n| !n.is_indicator())
                .map(|n| n.id.clone())
                .collect(),
            index: vec![0.0; rows],
            index_numer: vec![0; rows],
            index_denom: vec![0; rows],
            predicate: vec![0; rows],
            // Zeroed memory comes from the allocator without a fill pass;
            // every cell is written below.
            node_values: if with_nodes {
                vec![0.0; rows * groups]
            } else {
                Vec::new()
            },
        };
        // Each block writes its own rows of every column: no joining copies.
        let mut node_blocks: Vec<Vec<&mut [f64]>> = (0..blocks).map(|_| Vec::new()).collect();
        for column in out.node_values.chunks_mut(rows.max(1)) {
            for (b, part) in column.chunks_mut(per_block).enumerate() {
                if let Some(block) = node_blocks.get_mut(b) {
                    block.push(part);
                }
            }
        }
        let outs: Vec<BlockOut<'_>> = out
            .index
            .chunks_mut(per_block)
            .zip(out.index_numer.chunks_mut(per_block))
            .zip(out.index_denom.chunks_mut(per_block))
            .zip(out.predicate.chunks_mut(per_block))
            .zip(node_blocks)
            .map(|((((index, numer), denom), predicate), nodes)| BlockOut {
                index,
                numer,
                denom,
                predicate,
                nodes,
            })
            .collect();
        let results: Vec<Result<()>> = if outs.len() <= 1 {
            outs.into_iter()
                .map(|o| self.score_rows(&plan, levels, 0, options, label, o))
                .collect()
        } else {
            std::thread::scope(|scope| {
                let handles: Vec<_> = levels
                    .chunks(per_block * width)
                    .zip(outs)
                    .enumerate()
                    .map(|(b, (chunk, o))| {
                        let plan = &plan;
                        scope.spawn(move || {
                            self.score_rows(plan, chunk, b * per_block, options, label, o)
                        })
                    })
                    .collect();
                handles
                    .into_iter()
                    .map(|h| {
                        h.join()
                            .unwrap_or_else(|_| Err(Error::overflow("dense scoring thread")))
                    })
                    .collect()
            })
        };
        // The first error in row order, whatever the split.
        results.into_iter().collect::<Result<Vec<()>>>()?;
        Ok(out)
    }

    /// Scores the rows of one block into `out`; `first` is the block's
    /// first row.
    fn score_rows(
        &self,
        plan: &Plan<'_>,
        levels: &[u8],
        first: usize,
        options: &ScoreOptions,
        label: RowLabel<'_>,
        mut out: BlockOut<'_>,
    ) -> Result<()> {
        let d = &*self.data;
        let width = d.indicators.len();
        let with_nodes = !out.nodes.is_empty();
        let (min, max) = (d.scale.min, d.scale.max);
        // When every unit fits i16 and any row's sum (even with the 255
        // marker) fits i32, the row sum runs in 16-bit lanes.
        let small_units: Option<Vec<i16>> = d
            .units
            .iter()
            .map(|&u| i16::try_from(u).ok())
            .collect::<Option<Vec<i16>>>()
            .filter(|_| u128::from(d.total_units) * 255 < i32::MAX as u128);
        // Prefix sums of level × units and of counted units over the row:
        // a group (a contiguous leaf range) sums in O(1).
        let mut prefix = vec![0u64; width + 1];
        let mut counted = vec![0u64; width + 1];
        for (r, row) in levels.chunks_exact(width).enumerate() {
            // Branch-free so that it vectorizes: the sum, and whether any
            // level is off the scale (DENSE_MISSING is).
            let (lo, hi) = row
                .iter()
                .fold((u8::MAX, 0u8), |(lo, hi), &l| (lo.min(l), hi.max(l)));
            let full = lo >= min && hi <= max;
            let mut s = match &small_units {
                // i16 × u8 summed in i32: LLVM turns this into pmaddwd.
                Some(units) => row
                    .iter()
                    .zip(units)
                    .map(|(&l, &u)| i32::from(l) * i32::from(u))
                    .sum::<i32>() as u64,
                None => row
                    .iter()
                    .zip(&d.units)
                    .map(|(&l, &u)| u64::from(l) * u)
                    .sum::<u64>(),
            };
            if with_nodes && full {
                let mut acc = 0u64;
                for ((p, &l), &u) in prefix[1..].iter_mut().zip(row).zip(&d.units) {
                    acc += u64::from(l) * u;
                    *p = acc;
                }
            }
            let w = if full {
                d.total_units
            } else {
                // Unrated indicators (or an error): the careful path.
                self.check_row(row, options.missing, &|| label(first + r))?;
                s = 0;
                let mut w = 0;
                for (i, &l) in row.iter().enumerate() {
                    let level = match (l, options.missing) {
                        (DENSE_MISSING, MissingPolicy::Lowest) => Some(min),
                        (DENSE_MISSING, _) => None,
                        (l, _) => Some(l),
                    };
                    let u = if level.is_some() { d.units[i] } else { 0 };
                    s += u64::from(level.unwrap_or(0)) * u;
                    w += u;
                    prefix[i + 1] = s;
                    counted[i + 1] = w;
                }
                if w == 0 {
                    let (subject, period) = label(first + r);
                    return Err(Error::NothingRated { subject, period });
                }
                w
            };
            let table = if full {
                plan.index_table.as_ref()
            } else {
                None
            };
            let (rounded, value) = plan.rounded(table, s, w);
            out.index[r] = value;
            out.numer[r] = s;
            out.denom[r] = w;
            out.predicate[r] = plan.band(s, w, rounded, full) as u8;
            if with_nodes {
                for ((column, (range, full_weight)), table) in out
                    .nodes
                    .iter_mut()
                    .zip(&plan.groups)
                    .zip(&plan.group_tables)
                {
                    let gs = prefix[range.end] - prefix[range.start];
                    column[r] = if full {
                        match table {
                            Some(t) => t.value(gs),
                            None => plan.rounded(None, gs, *full_weight).1,
                        }
                    } else {
                        match counted[range.end] - counted[range.start] {
                            0 => f64::NAN,
                            gw => plan.rounded(None, gs, gw).1,
                        }
                    };
                }
            }
        }
        Ok(())
    }

    /// The error for a row with a level off the scale, or an unrated
    /// indicator under `MissingPolicy::Error`.
    fn check_row(
        &self,
        row: &[u8],
        missing: MissingPolicy,
        label: &dyn Fn() -> (String, i32),
    ) -> Result<()> {
        let scale = self.data.scale;
        for (i, &l) in row.iter().enumerate() {
            if l == DENSE_MISSING {
                if missing == MissingPolicy::Error {
                    let missing = row
                        .iter()
                        .zip(self.indicators())
                        .filter(|(&l, _)| l == DENSE_MISSING)
                        .map(|(_, n)| n.id().to_owned())
                        .collect();
                    let (subject, period) = label();
                    return Err(Error::MissingLevels {
                        subject,
                        period,
                        missing,
                    });
                }
            } else if l < scale.min || l > scale.max {
                let (subject, period) = label();
                return Err(Error::LevelOutOfRange {
                    subject,
                    period,
                    indicator: self.data.nodes[self.data.indicators[i]].id.clone(),
                    level: l.into(),
                    min: scale.min.into(),
                    max: scale.max.into(),
                });
            }
        }
        Ok(())
    }
}
