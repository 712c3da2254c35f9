//! Competition ranks of dense scores within each period, without building
//! scorecards.

use super::batch::RankBasis;
use super::dense::DenseScores;
use crate::error::{Error, Result};
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// Largest key ranked by counting (a histogram of this many entries).
const MAX_COUNTING_KEY: u64 = 1 << 22;

impl DenseScores {
    /// The competition rank ("1224") of every row among the rows of the same
    /// period, highest index first: by the exact index, or by the published
    /// one (where 3.4985 and 3.50 tie). Same ranks as [`rank`](crate::scoring::rank)
    /// on the scorecards.
    ///
    /// ```
    /// use egov_masterplan::{Framework, scoring::{RankBasis, ScoreOptions}};
    /// let fw = Framework::builtin("spbe-2020").unwrap();
    /// let mut levels = Vec::new();
    /// for l in [3u8, 4, 3, 2] { levels.extend([l; 47]); }
    /// let s = fw.score_dense(&levels, &ScoreOptions::default(), false).unwrap();
    /// assert_eq!(s.ranks(&[2024, 2024, 2024, 2024], RankBasis::Exact).unwrap(), [2, 1, 2, 4]);
    /// assert_eq!(s.ranks(&[2024, 2023, 2024, 2023], RankBasis::Exact).unwrap(), [1, 1, 1, 2]);
    /// ```
    pub fn ranks(&self, periods: &[i32], basis: RankBasis) -> Result<Vec<u32>> {
        if periods.len() != self.rows {
            return Err(Error::field(
                "ranks",
                "periods",
                format!("has {} values for {} rows", periods.len(), self.rows),
            ));
        }
        let mut by_period: BTreeMap<i32, Vec<usize>> = BTreeMap::new();
        for (r, &p) in periods.iter().enumerate() {
            by_period.entry(p).or_default().push(r);
        }
        let mut out = vec![0u32; self.rows];
        for rows in by_period.into_values() {
            self.rank_group(rows, basis, &mut out)?;
        }
        Ok(out)
    }

    /// Ranks one period's rows into `out`.
    fn rank_group(&self, rows: Vec<usize>, basis: RankBasis, out: &mut [u32]) -> Result<()> {
        match self.small_keys(&rows, basis) {
            Some((keys, top)) => Self::rank_by_counting(&rows, &keys, top, out),
            None => self.rank_by_sorting(rows, basis, out),
        }
    }

    /// Integer keys in `0..=top` ordered as the indices are, when there are
    /// such keys of a modest range: the published value in its last place,
    /// or the numerator when every row has the same denominator (every
    /// indicator rated).
    fn small_keys(&self, rows: &[usize], basis: RankBasis) -> Option<(Vec<u64>, u64)> {
        let keys: Vec<u64> = match basis {
            RankBasis::Rounded => rows
                .iter()
                .map(|&r| {
                    let v = self.index[r] * 1e6;
                    (v.is_finite() && v >= 0.0).then(|| v.round() as u64)
                })
                .collect::<Option<_>>()?,
            RankBasis::Exact => {
                let denom = self.index_denom[*rows.first()?];
                rows.iter()
                    .map(|&r| (self.index_denom[r] == denom).then_some(self.index_numer[r]))
                    .collect::<Option<_>>()?
            }
        };
        let top = keys.iter().copied().max()?;
        (top <= MAX_COUNTING_KEY).then_some((keys, top))
    }

    /// Competition ranks from a histogram of the keys: a row's rank is one
    /// more than the number of rows with a larger key.
    fn rank_by_counting(rows: &[usize], keys: &[u64], top: u64, out: &mut [u32]) -> Result<()> {
        let size = usize::try_from(top).map_err(|_| Error::overflow("rank"))? + 2;
        let mut above = vec![0u32; size];
        for &k in keys {
            above[k as usize] += 1;
        }
        // above[k] becomes the number of keys greater than k.
        let mut greater = 0u32;
        for slot in above.iter_mut().rev() {
            let here = *slot;
            *slot = greater;
            greater += here;
        }
        for (&r, &k) in rows.iter().zip(keys) {
            out[r] = above[k as usize] + 1;
        }
        Ok(())
    }

    /// Competition ranks by sorting (any keys).
    fn rank_by_sorting(
        &self,
        mut rows: Vec<usize>,
        basis: RankBasis,
        out: &mut [u32],
    ) -> Result<()> {
        // Highest first; the sort is stable, ties keep row order.
        let cmp = |a: &usize, b: &usize| self.compare(*b, *a, basis);
        rows.sort_by(cmp);
        let mut rank = 0u32;
        for (i, &r) in rows.iter().enumerate() {
            if i == 0 || self.compare(r, rows[i - 1], basis) != Ordering::Equal {
                rank = u32::try_from(i + 1).map_err(|_| Error::overflow("rank"))?;
            }
            out[r] = rank;
        }
        Ok(())
    }

    /// Orders two rows' indices.
    fn compare(&self, a: usize, b: usize, basis: RankBasis) -> Ordering {
        match basis {
            // Published values are the same f64 for the same printed text.
            RankBasis::Rounded => self.index[a].total_cmp(&self.index[b]),
            // a_n / a_d against b_n / b_d, cross-multiplied in u128 (no
            // overflow: both sides are products of two u64).
            RankBasis::Exact => {
                let left = u128::from(self.index_numer[a]) * u128::from(self.index_denom[b]);
                let right = u128::from(self.index_numer[b]) * u128::from(self.index_denom[a]);
                left.cmp(&right)
            }
        }
    }
}
