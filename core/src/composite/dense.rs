//! The units' values laid out for the weighted arithmetic mean in a Monte
//! Carlo loop, which scores every unit thousands of times.
//!
//! A unit's score is one chain of additions (`s += v·w` in indicator
//! order), so one unit at a time waits on the adder's latency. Complete
//! units (no missing value) are therefore stored in blocks of [`LANES`],
//! indicator by indicator, and a block's chains run side by side: each
//! unit's sum is still added in indicator order from 0.0, so the scores are
//! bit for bit those of [`super::aggregate`] (tested), only sooner. Units
//! with a missing value are scored alone, skipping it.

use super::tree::round_to;

/// Units scored side by side.
const LANES: usize = 8;

/// Values of the units, ready to be scored with any weights.
pub(crate) struct Dense {
    /// Complete units, `LANES` at a time: block `b`, indicator `j`, lane `l`
    /// at `(b·width + j)·LANES + l`.
    blocks: Vec<f64>,
    /// The unit of each lane of each block.
    block_units: Vec<usize>,
    /// The remaining units (incomplete, or too few to fill a block): unit,
    /// then its values (missing as `None`).
    rest: Vec<(usize, Vec<Option<f64>>)>,
    units: usize,
    width: usize,
}

impl Dense {
    /// Lays out `values` (units × `width` indicators).
    pub(crate) fn of(values: &[Vec<Option<f64>>], width: usize) -> Dense {
        let complete: Vec<usize> = (0..values.len())
            .filter(|&u| values[u].iter().all(Option::is_some))
            .collect();
        let full_blocks = complete.len() / LANES;
        let block_units = complete[..full_blocks * LANES].to_vec();
        let mut blocks = Vec::with_capacity(block_units.len() * width);
        for lanes in block_units.chunks_exact(LANES) {
            let rows: Vec<&[Option<f64>]> = lanes.iter().map(|&u| values[u].as_slice()).collect();
            (0..width).for_each(|column| {
                blocks.extend(rows.iter().map(|row| row[column].unwrap_or(0.0)));
            });
        }
        let mut in_block = vec![false; values.len()];
        for &u in &block_units {
            in_block[u] = true;
        }
        let rest = (0..values.len())
            .filter(|&u| !in_block[u])
            .map(|u| (u, values[u].clone()))
            .collect();
        Dense {
            blocks,
            block_units,
            rest,
            units: values.len(),
            width,
        }
    }

    /// Every unit's weighted arithmetic mean with `weights`, rounded to
    /// `decimals` if given, NaN where no weight is present.
    pub(crate) fn scores(&self, weights: &[f64], decimals: Option<u32>, out: &mut Vec<f64>) {
        out.clear();
        out.resize(self.units, f64::NAN);
        let mut total = 0.0;
        for &w in weights {
            total += w;
        }
        if self.width > 0 {
            let block_len = self.width * LANES;
            for (block, lanes) in self
                .blocks
                .chunks_exact(block_len)
                .zip(self.block_units.chunks_exact(LANES))
            {
                let mut s = [0.0f64; LANES];
                for (column, &w) in block.chunks_exact(LANES).zip(weights) {
                    for (s, &v) in s.iter_mut().zip(column) {
                        *s += v * w;
                    }
                }
                for (&u, s) in lanes.iter().zip(s) {
                    out[u] = mean(s, total, decimals);
                }
            }
        }
        for (u, row) in &self.rest {
            let (mut s, mut t) = (0.0, 0.0);
            for (v, &w) in row.iter().zip(weights) {
                if let Some(v) = v {
                    s += v * w;
                    t += w;
                }
            }
            out[*u] = mean(s, t, decimals);
        }
    }
}

/// `sum / total` rounded, NaN when no weight is present.
fn mean(sum: f64, total: f64, decimals: Option<u32>) -> f64 {
    if total == 0.0 {
        f64::NAN
    } else {
        round_to(sum / total, decimals)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::composite::{aggregate, Aggregator};

    #[test]
    fn the_same_bits_as_aggregate_in_blocks_and_alone() {
        // 21 units (two blocks of 8, five alone), three of them with a
        // missing value, one with every value missing, scored with uneven
        // weights: each score equals the general aggregation's exactly.
        let mut state = 11u64;
        let mut next = || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 11) as f64 / (1u64 << 53) as f64
        };
        let width = 7;
        let mut values: Vec<Vec<Option<f64>>> = (0..21)
            .map(|_| (0..width).map(|_| Some(next())).collect())
            .collect();
        values[2][3] = None;
        values[9][0] = None;
        values[20] = vec![None; width];
        let weights: Vec<f64> = (0..width).map(|_| 0.1 + next()).collect();
        let dense = Dense::of(&values, width);
        assert_eq!(dense.block_units.len(), 16);
        let mut out = Vec::new();
        for decimals in [None, Some(3)] {
            dense.scores(&weights, decimals, &mut out);
            for (u, row) in values.iter().enumerate() {
                let expected = aggregate(row, &weights, Aggregator::Arithmetic)
                    .unwrap()
                    .map_or(f64::NAN, |v| round_to(v, decimals));
                assert_eq!(out[u].to_bits(), expected.to_bits(), "unit {u}");
            }
        }
        assert!(out[20].is_nan());
    }
}
