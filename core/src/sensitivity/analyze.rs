//! Sobol' first-order and total indices from the outputs of a Saltelli
//! sample, as SALib's `sobol.analyze(..., calc_second_order=False)`
//! computes them: the outputs normalised to mean 0 and standard deviation
//! 1, the first-order index by Saltelli et al. (2010),
//! `S1_j = mean(f(B)·(f(AB_j) − f(A))) / V`, the total index by Jansen
//! (1999), `ST_j = mean((f(A) − f(AB_j))²) / 2V`, `V` the variance of the
//! outputs of A and B together; confidence intervals by bootstrap
//! (resampling the base points with replacement, seeded), `z · s`, `s` the
//! resamples' standard deviation and `z` the normal quantile of the level.

use super::draws::Draws;
use super::normal::normal_quantile;
use crate::error::{Error, Result};

const WHAT: &str = "sobol analysis";

/// Options of [`sobol_analyze`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SobolOptions {
    /// Bootstrap resamples for the confidence intervals (SALib's default
    /// 100); 0 gives intervals of 0.
    pub resamples: usize,
    /// Confidence level of the intervals, in (0, 1) (default 0.95).
    pub conf_level: f64,
    /// Seed of the bootstrap's draws.
    pub seed: u64,
}

impl Default for SobolOptions {
    fn default() -> Self {
        SobolOptions {
            resamples: 100,
            conf_level: 0.95,
            seed: 0,
        }
    }
}

/// Sobol' indices of each input, in input order.
#[derive(Clone, Debug, PartialEq)]
pub struct SobolIndices {
    /// First-order indices.
    pub s1: Vec<f64>,
    /// Half-widths of their confidence intervals.
    pub s1_conf: Vec<f64>,
    /// Total indices.
    pub st: Vec<f64>,
    /// Half-widths of their confidence intervals.
    pub st_conf: Vec<f64>,
}

/// The outputs split per base point: A, B and AB_j.
struct Split {
    a: Vec<f64>,
    b: Vec<f64>,
    /// `ab[j][i]`: the output of row AB_j of base point `i`.
    ab: Vec<Vec<f64>>,
}

fn mean(xs: impl Iterator<Item = f64>, n: usize) -> f64 {
    xs.sum::<f64>() / n as f64
}

/// Population variance (NumPy's `var`, `ddof = 0`) of A and B together,
/// at base points `idx`.
fn variance(s: &Split, idx: &[usize]) -> f64 {
    let n = 2 * idx.len();
    let all = || idx.iter().flat_map(|&i| [s.a[i], s.b[i]]);
    let m = mean(all(), n);
    mean(all().map(|x| (x - m) * (x - m)), n)
}

/// (first-order, total) index of input `j` at base points `idx`.
fn indices(s: &Split, j: usize, idx: &[usize]) -> (f64, f64) {
    let v = variance(s, idx);
    let n = idx.len();
    let ab = &s.ab[j];
    let first = mean(idx.iter().map(|&i| s.b[i] * (ab[i] - s.a[i])), n) / v;
    let total = 0.5 * mean(idx.iter().map(|&i| (s.a[i] - ab[i]) * (s.a[i] - ab[i])), n) / v;
    (first, total)
}

/// Sample standard deviation (`ddof = 1`).
fn std_dev(xs: &[f64]) -> f64 {
    if xs.len() < 2 {
        return 0.0;
    }
    let m = mean(xs.iter().copied(), xs.len());
    (xs.iter().map(|x| (x - m) * (x - m)).sum::<f64>() / (xs.len() - 1) as f64).sqrt()
}

/// The first-order and total Sobol' indices of the `d` inputs of a model,
/// from its outputs `y` on the rows of a [`saltelli_sample`](super::saltelli_sample)
/// of dimension `d` (so `y.len()` is `n · (d + 2)`).
///
/// ```
/// use egov_masterplan::sensitivity::{saltelli_sample, sobol_analyze, SaltelliOptions, SobolOptions};
/// // y = x1 + 2·x2: the second input explains 4/5 of the variance.
/// let x = saltelli_sample(1024, 2, &SaltelliOptions::default())?;
/// let y: Vec<f64> = (0..x.rows).map(|i| x.row(i)[0] + 2.0 * x.row(i)[1]).collect();
/// let s = sobol_analyze(&y, 2, &SobolOptions::default())?;
/// assert!((s.s1[0] - 0.2).abs() < 0.01 && (s.s1[1] - 0.8).abs() < 0.01);
/// assert!((s.st[1] - 0.8).abs() < 0.01);
/// # Ok::<(), egov_masterplan::Error>(())
/// ```
pub fn sobol_analyze(y: &[f64], d: usize, options: &SobolOptions) -> Result<SobolIndices> {
    if d == 0 {
        return Err(Error::field(WHAT, "d", "is 0; expected at least 1 input"));
    }
    let step = d + 2;
    if y.len() < 2 * step || y.len() % step != 0 {
        return Err(Error::field(
            WHAT,
            "y",
            format!(
                "has {} values; expected a multiple of d + 2 = {step} (n · (d + 2) for n ≥ 2 base points)",
                y.len()
            ),
        ));
    }
    crate::limits::count(
        "sobol analysis (outputs)",
        y.len(),
        crate::limits::MAX_SAMPLE_VALUES,
    )?;
    if let Some(k) = y.iter().position(|v| !v.is_finite()) {
        return Err(Error::field(
            WHAT,
            &format!("y[{k}]"),
            format!("is {}; expected a finite number", y[k]),
        ));
    }
    if !(options.conf_level > 0.0 && options.conf_level < 1.0) {
        return Err(Error::field(
            WHAT,
            "conf_level",
            format!(
                "is {}; expected a level between 0 and 1",
                options.conf_level
            ),
        ));
    }
    let n = y.len() / step;
    let m = mean(y.iter().copied(), y.len());
    let sd = mean(y.iter().map(|v| (v - m) * (v - m)), y.len()).sqrt();
    if sd == 0.0 {
        return Err(Error::field(
            WHAT,
            "y",
            "is the same for every sample: the output has no variance to apportion",
        ));
    }
    let z = |i: usize| (y[i] - m) / sd;
    let split = Split {
        a: (0..n).map(|i| z(i * step)).collect(),
        b: (0..n).map(|i| z(i * step + step - 1)).collect(),
        ab: (0..d)
            .map(|j| (0..n).map(|i| z(i * step + 1 + j)).collect())
            .collect(),
    };
    let all: Vec<usize> = (0..n).collect();
    // The bootstrap's base points: `resamples` draws of n, one stream.
    let mut draws = Draws::new(options.seed);
    let resampled: Vec<Vec<usize>> = (0..options.resamples)
        .map(|_| (0..n).map(|_| draws.below(n as u64) as usize).collect())
        .collect();
    let zq = normal_quantile(0.5 + options.conf_level / 2.0);
    let mut out = SobolIndices {
        s1: Vec::with_capacity(d),
        s1_conf: Vec::with_capacity(d),
        st: Vec::with_capacity(d),
        st_conf: Vec::with_capacity(d),
    };
    for j in 0..d {
        let (first, total) = indices(&split, j, &all);
        let (firsts, totals): (Vec<f64>, Vec<f64>) = resampled
            .iter()
            .map(|idx| indices(&split, j, idx))
            .filter(|(f, t)| f.is_finite() && t.is_finite())
            .unzip();
        out.s1.push(first);
        out.st.push(total);
        out.s1_conf.push(zq * std_dev(&firsts));
        out.st_conf.push(zq * std_dev(&totals));
    }
    Ok(out)
}
