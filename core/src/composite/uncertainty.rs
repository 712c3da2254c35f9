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

use super::dense::Dense;
use super::{aggregate, competition_ranks, competition_ranks_into, Aggregator, RankScratch};
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
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
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
#[cfg(test)]
fn nearest_rank(sorted: &[u32], q: f64) -> u32 {
    let n = sorted.len();
    let k = ((q * n as f64).ceil() as usize).clamp(1, n);
    sorted[k - 1]
}

/// Position (1-based) of the `q` quantile among `total` sorted values,
/// nearest-rank method: ⌈q·total⌉, at least 1.
fn quantile_position(q: f64, total: u64) -> u64 {
    ((q * total as f64).ceil() as u64).clamp(1, total.max(1))
}

/// The unit's interval from its rank counts (`counts[r - 1]`: samples in
/// which it ranked `r`).
fn interval_of(counts: &[u32], nominal_rank: u32, samples: u64) -> RankInterval {
    let at = |q: f64| {
        let k = quantile_position(q, samples);
        let mut seen = 0u64;
        for (r, &c) in counts.iter().enumerate() {
            seen += u64::from(c);
            if seen >= k {
                return r as u32 + 1;
            }
        }
        counts.len() as u32
    };
    let shift: u64 = counts
        .iter()
        .enumerate()
        .map(|(r, &c)| u64::from(c) * u64::from((r as u32 + 1).abs_diff(nominal_rank)))
        .sum();
    RankInterval {
        nominal_rank,
        median_rank: at(0.5),
        p05: at(0.05),
        p95: at(0.95),
        mean_shift: shift as f64 / samples as f64,
    }
}

/// Runs `samples` Monte Carlo samples (`run(k)`: every unit's rank in
/// sample `k`, each in `1..=n`) and summarises each unit's ranks. Counts
/// are whole numbers added in any order, so the result does not depend on
/// how samples are spread over threads.
pub(crate) fn summarise<F>(nominal: &[u32], samples: usize, run: F) -> Result<Vec<RankInterval>>
where
    F: Fn(usize) -> Result<Vec<u32>> + Sync,
{
    let n = nominal.len();
    let add = |mut h: Vec<u32>, ranks: Vec<u32>| -> Vec<u32> {
        for (u, &r) in ranks.iter().enumerate() {
            let r = (r as usize).clamp(1, n);
            h[u * n + r - 1] += 1;
        }
        h
    };
    let empty = || vec![0u32; n * n];
    #[cfg(not(target_family = "wasm"))]
    let counts: Vec<u32> = {
        use rayon::prelude::*;
        (0..samples)
            .into_par_iter()
            .try_fold(empty, |h, k| Ok::<_, Error>(add(h, run(k)?)))
            .try_reduce(empty, |mut a, b| {
                for (x, y) in a.iter_mut().zip(b) {
                    *x += y;
                }
                Ok(a)
            })?
    };
    #[cfg(target_family = "wasm")]
    let counts: Vec<u32> = {
        let mut h = empty();
        for k in 0..samples {
            h = add(h, run(k)?);
        }
        h
    };
    Ok(nominal
        .iter()
        .enumerate()
        .map(|(u, &r)| interval_of(&counts[u * n..(u + 1) * n], r, samples as u64))
        .collect())
}

/// Every unit's score with `weights`, rounded to `decimals` if given.
fn scores(
    values: &[Vec<Option<f64>>],
    weights: &[f64],
    how: Aggregator,
    decimals: Option<u32>,
) -> Result<Vec<f64>> {
    values
        .iter()
        .map(|row| {
            let v = aggregate(row, weights, how)?.unwrap_or(f64::NAN);
            Ok(super::tree::round_to(v, decimals))
        })
        .collect()
}

/// The weights of sample `k`: each times a uniform factor in
/// `[1 − noise, 1 + noise]`, drawn in order from stream `k`.
fn noisy_weights(weights: &[f64], options: &UncertaintyOptions, k: usize) -> Vec<f64> {
    let mut draws = Draws::stream(options.seed, k as u64);
    weights
        .iter()
        .map(|w| w * (1.0 - options.weight_noise + 2.0 * options.weight_noise * draws.unit()))
        .collect()
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
    crate::limits::count(
        "uncertainty units",
        values.len(),
        crate::limits::MAX_RANKED_UNITS,
    )?;
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
    if let Some(k) = weights.iter().position(|w| !(w.is_finite() && *w >= 0.0)) {
        return Err(Error::field(
            WHAT,
            &format!("weights[{k}]"),
            format!("is {}; expected a finite weight ≥ 0", weights[k]),
        ));
    }
    let nominal = competition_ranks(&scores(values, weights, how, options.decimals)?);
    if how == Aggregator::Arithmetic {
        // The common case without the general aggregation's checks and
        // allocations per unit: one pass over a dense copy per sample.
        let dense = Dense::of(values, weights.len());
        summarise(&nominal, options.samples, |k| {
            let (mut out, mut scratch, mut ranks) =
                (Vec::new(), RankScratch::default(), Vec::new());
            dense.scores(
                &noisy_weights(weights, options, k),
                options.decimals,
                &mut out,
            );
            competition_ranks_into(&out, &mut scratch, &mut ranks);
            Ok(ranks)
        })
    } else {
        summarise(&nominal, options.samples, |k| {
            let w = noisy_weights(weights, options, k);
            Ok(competition_ranks(&scores(
                values,
                &w,
                how,
                options.decimals,
            )?))
        })
    }
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
