//! How robust a ranking is to its weights: Monte Carlo over the weights
//! (each multiplied by a uniform factor in `[1 − noise, 1 + noise]`, then
//! renormalised by the aggregation), each sample's units ranked, and per
//! unit the nominal rank, the median and the 5th–95th percentile of its
//! ranks, and its mean absolute rank shift.
//!
//! Sample `k` draws from its own ChaCha20 stream of the seed (stream id
//! `k`, the weights in indicator order), and is computed on its own, so
//! the results are the same whatever the number of threads (samples run in
//! parallel on native targets, with rayon) and in every language.

use super::{aggregate, competition_ranks, Aggregator};
use crate::error::{Error, Result};
use crate::sensitivity::draws::Draws;

const WHAT: &str = "uncertainty";

/// Options of [`rank_uncertainty`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UncertaintyOptions {
    /// Each weight moves by up to this share of itself (0.2: ±20 %), in
    /// `[0, 1)`.
    pub weight_noise: f64,
    /// Monte Carlo samples (at least 1).
    pub samples: usize,
    /// Seed of the draws.
    pub seed: u64,
    /// Rank on the scores rounded to this many decimals (as an index is
    /// published, so that institutions printed alike tie), rounding the
    /// binary value half away from zero; `None`: the scores as computed.
    pub decimals: Option<u32>,
}

/// A unit's rank under the nominal weights and across the samples.
#[derive(Clone, Debug, PartialEq)]
pub struct RankInterval {
    /// Competition rank with the nominal weights.
    pub nominal_rank: u32,
    /// Median rank across the samples.
    pub median_rank: u32,
    /// 5th percentile (the best end of the interval).
    pub p05: u32,
    /// 95th percentile (the worst end).
    pub p95: u32,
    /// Mean absolute difference between a sample's rank and the nominal one.
    pub mean_shift: f64,
}

/// The `q` quantile of sorted ranks, nearest-rank method: the value at
/// position ⌈q·n⌉ (1-based), at least the first.
fn nearest_rank(sorted: &[u32], q: f64) -> u32 {
    let n = sorted.len();
    let k = ((q * n as f64).ceil() as usize).clamp(1, n);
    sorted[k - 1]
}

/// Every unit's score with `weights`, rounded to `decimals` if given.
fn scores(
    values: &[Vec<Option<f64>>],
    weights: &[f64],
    how: Aggregator,
    decimals: Option<u32>,
) -> Result<Vec<f64>> {
    let scale = decimals.map(|d| 10f64.powi(d.min(15) as i32));
    values
        .iter()
        .map(|row| {
            let v = aggregate(row, weights, how)?.unwrap_or(f64::NAN);
            Ok(match scale {
                Some(s) => (v * s).round() / s,
                None => v,
            })
        })
        .collect()
}

/// The ranks of sample `k`.
fn sample_ranks(
    values: &[Vec<Option<f64>>],
    weights: &[f64],
    how: Aggregator,
    options: &UncertaintyOptions,
    k: usize,
) -> Result<Vec<u32>> {
    let mut draws = Draws::stream(options.seed, k as u64);
    let noisy: Vec<f64> = weights
        .iter()
        .map(|w| w * (1.0 - options.weight_noise + 2.0 * options.weight_noise * draws.unit()))
        .collect();
    Ok(competition_ranks(&scores(
        values,
        &noisy,
        how,
        options.decimals,
    )?))
}

/// Per unit (a row of `values`: its normalised indicator values, `None`
/// for missing), how its rank moves when the `weights` move (see the
/// module documentation).
///
/// ```
/// use egov_masterplan::composite::{rank_uncertainty, Aggregator, UncertaintyOptions};
/// // A leads on the first indicator, B on the second; C trails on both.
/// let values = vec![
///     vec![Some(0.9), Some(0.5)],
///     vec![Some(0.5), Some(0.8)],
///     vec![Some(0.1), Some(0.2)],
/// ];
/// let options = UncertaintyOptions { weight_noise: 0.5, samples: 1000, seed: 1, decimals: None };
/// let r = rank_uncertainty(&values, &[1.0, 1.0], Aggregator::Arithmetic, &options)?;
/// assert_eq!((r[0].nominal_rank, r[1].nominal_rank), (1, 2));
/// assert_eq!((r[0].p05, r[0].p95), (1, 2)); // A and B can swap
/// assert_eq!((r[2].p05, r[2].p95, r[2].mean_shift), (3, 3, 0.0)); // C cannot move
/// # Ok::<(), egov_masterplan::Error>(())
/// ```
pub fn rank_uncertainty(
    values: &[Vec<Option<f64>>],
    weights: &[f64],
    how: Aggregator,
    options: &UncertaintyOptions,
) -> Result<Vec<RankInterval>> {
    if !(0.0..1.0).contains(&options.weight_noise) {
        return Err(Error::field(
            WHAT,
            "weight_noise",
            format!(
                "is {}; expected a share from 0 up to (not including) 1",
                options.weight_noise
            ),
        ));
    }
    if options.samples == 0 {
        return Err(Error::field(WHAT, "samples", "is 0; expected at least 1"));
    }
    let cells = (values.len() as u64).saturating_mul(options.samples as u64);
    if cells > crate::limits::MAX_SAMPLE_VALUES as u64 {
        return Err(Error::TooLarge {
            what: "uncertainty (units × samples)".to_owned(),
            size: cells,
            limit: crate::limits::MAX_SAMPLE_VALUES as u64,
        });
    }
    if let Some(k) = values.iter().position(|row| row.len() != weights.len()) {
        return Err(Error::field(
            WHAT,
            &format!("values[{k}]"),
            format!(
                "has {} values for {} weights",
                values[k].len(),
                weights.len()
            ),
        ));
    }
    let nominal = competition_ranks(&scores(values, weights, how, options.decimals)?);
    let run = |k: usize| sample_ranks(values, weights, how, options, k);
    #[cfg(not(target_family = "wasm"))]
    let samples: Vec<Vec<u32>> = {
        use rayon::prelude::*;
        (0..options.samples)
            .into_par_iter()
            .map(run)
            .collect::<Result<_>>()?
    };
    #[cfg(target_family = "wasm")]
    let samples: Vec<Vec<u32>> = (0..options.samples).map(run).collect::<Result<_>>()?;
    Ok(nominal
        .iter()
        .enumerate()
        .map(|(u, &nominal_rank)| {
            let mut ranks: Vec<u32> = samples.iter().map(|s| s[u]).collect();
            let shift = ranks
                .iter()
                .map(|&r| f64::from(r.abs_diff(nominal_rank)))
                .sum::<f64>()
                / ranks.len() as f64;
            ranks.sort_unstable();
            RankInterval {
                nominal_rank,
                median_rank: nearest_rank(&ranks, 0.5),
                p05: nearest_rank(&ranks, 0.05),
                p95: nearest_rank(&ranks, 0.95),
                mean_shift: shift,
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(noise: f64, samples: usize) -> UncertaintyOptions {
        UncertaintyOptions {
            weight_noise: noise,
            samples,
            seed: 2024,
            decimals: None,
        }
    }

    #[test]
    fn no_noise_no_movement() {
        let values = vec![vec![Some(0.3), Some(0.6)], vec![Some(0.5), Some(0.1)]];
        let r =
            rank_uncertainty(&values, &[1.0, 2.0], Aggregator::Arithmetic, &opts(0.0, 50)).unwrap();
        for (x, nominal) in r.iter().zip([1, 2]) {
            assert_eq!(
                (x.nominal_rank, x.median_rank, x.p05, x.p95, x.mean_shift),
                (nominal, nominal, nominal, nominal, 0.0)
            );
        }
    }

    #[test]
    fn a_tie_under_symmetric_noise_splits_evenly() {
        // A (1, 0) and B (0, 1) tie at equal weights (both rank 1); a sample
        // puts A first exactly when its first weight drew the larger
        // factor: probability 1/2. Over 4,000 samples A is first in
        // 2,000 ± 3σ (σ = √(4000/4) ≈ 32) and its mean shift from rank 1 is
        // that share.
        let values = vec![vec![Some(1.0), Some(0.0)], vec![Some(0.0), Some(1.0)]];
        let r = rank_uncertainty(
            &values,
            &[1.0, 1.0],
            Aggregator::Arithmetic,
            &opts(0.2, 4000),
        )
        .unwrap();
        assert_eq!((r[0].nominal_rank, r[1].nominal_rank), (1, 1));
        assert_eq!((r[0].p05, r[0].p95), (1, 2));
        let second_share = r[0].mean_shift;
        assert!((second_share - 0.5).abs() < 0.024, "{second_share}");
        // Exactly one of the two is second in each sample.
        assert!((r[0].mean_shift + r[1].mean_shift - 1.0).abs() < 1e-12);
    }

    #[test]
    fn the_thread_count_does_not_change_the_result() {
        let values: Vec<Vec<Option<f64>>> = (0..30)
            .map(|u| {
                (0..5)
                    .map(|i| Some(((u * 7 + i * 3) % 11 + 1) as f64 / 10.0))
                    .collect()
            })
            .collect();
        let w = [1.0, 2.0, 1.5, 0.5, 1.0];
        let run = |threads: usize| {
            rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap()
                .install(|| {
                    rank_uncertainty(&values, &w, Aggregator::Geometric, &opts(0.3, 500)).unwrap()
                })
        };
        assert_eq!(run(1), run(3));
    }

    #[test]
    fn nearest_rank_percentiles() {
        // Ranks 1…20: the 5th percentile is the 1st value, the median the
        // 10th, the 95th percentile the 19th.
        let r: Vec<u32> = (1..=20).collect();
        assert_eq!(
            (
                nearest_rank(&r, 0.05),
                nearest_rank(&r, 0.5),
                nearest_rank(&r, 0.95)
            ),
            (1, 10, 19)
        );
    }

    #[test]
    fn bad_options_name_the_field() {
        let v = vec![vec![Some(1.0)]];
        let e = rank_uncertainty(&v, &[1.0], Aggregator::Arithmetic, &opts(1.0, 10)).unwrap_err();
        assert!(e.to_string().contains("weight_noise"), "{e}");
        let e = rank_uncertainty(&v, &[1.0], Aggregator::Arithmetic, &opts(0.1, 0)).unwrap_err();
        assert!(e.to_string().contains("samples"), "{e}");
        let e =
            rank_uncertainty(&v, &[1.0, 1.0], Aggregator::Arithmetic, &opts(0.1, 5)).unwrap_err();
        assert!(
            e.to_string()
                .contains("values[0]` has 1 values for 2 weights"),
            "{e}"
        );
    }
}
