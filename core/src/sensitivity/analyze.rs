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

/// (first-order, total) index of input `j` at base points `idx`, whose
/// outputs (A and B) have variance `v`.
fn indices(s: &Split, j: usize, idx: &[usize], v: f64) -> (f64, f64) {
    let n = idx.len();
    let ab = &s.ab[j];
    let first = mean(idx.iter().map(|&i| s.b[i] * (ab[i] - s.a[i])), n) / v;
    let total = 0.5 * mean(idx.iter().map(|&i| (s.a[i] - ab[i]) * (s.a[i] - ab[i])), n) / v;
    (first, total)
}

/// [`indices`] of input `j` for every resample (`variances[r]`: the
/// variance at `resampled[r]`), in order. Four resamples at a time: their
/// eight sums are independent chains the processor overlaps, each added
/// in the same order as [`indices`] adds it (from −0.0, as `Iterator::sum`),
/// so the results are the same bits.
fn resampled_indices(
    s: &Split,
    j: usize,
    resampled: &[Vec<usize>],
    variances: &[f64],
) -> Vec<(f64, f64)> {
    const LANES: usize = 4;
    let ab = &s.ab[j];
    let mut out = Vec::with_capacity(resampled.len());
    let groups = resampled.chunks_exact(LANES);
    let rest = groups.remainder();
    for (group, v) in groups.zip(variances.chunks_exact(LANES)) {
        let n = group[0].len();
        let mut first = [-0.0f64; LANES];
        let mut total = [-0.0f64; LANES];
        let [r0, r1, r2, r3] = [&group[0], &group[1], &group[2], &group[3]];
        for (((&i0, &i1), &i2), &i3) in r0.iter().zip(r1).zip(r2).zip(r3) {
            for (lane, i) in [i0, i1, i2, i3].into_iter().enumerate() {
                let (a, b, x) = (s.a[i], s.b[i], ab[i]);
                first[lane] += b * (x - a);
                total[lane] += (a - x) * (a - x);
            }
        }
        for lane in 0..LANES {
            let mean_first = first[lane] / n as f64;
            let mean_total = total[lane] / n as f64;
            out.push((mean_first / v[lane], 0.5 * mean_total / v[lane]));
        }
    }
    let done = resampled.len() - rest.len();
    for (idx, &v) in rest.iter().zip(&variances[done..]) {
        out.push(indices(s, j, idx, v));
    }
    out
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
    let n = base_points(y.len(), d, "y", "values")?;
    check_level(options)?;
    if let Some(k) = y.iter().position(|v| !v.is_finite()) {
        return Err(Error::field(
            WHAT,
            &format!("y[{k}]"),
            format!("is {}; expected a finite number", y[k]),
        ));
    }
    let bootstrap = Bootstrap::new(n, options);
    analyze_one(y, d, &bootstrap).ok_or_else(no_variance("y"))
}

/// [`sobol_analyze`] of every column of `y`, a `runs × outputs` matrix,
/// row-major (a C-ordered NumPy array of shape `(runs, outputs)`): the
/// indices of each of the `outputs` outputs of a model evaluated on the
/// `runs = n · (d + 2)` rows of a Saltelli sample, in column order. Each
/// is exactly what `sobol_analyze` gives for that column with the same
/// options (the same bootstrap draws); the columns are analysed in
/// parallel on native targets, which does not change the result.
///
/// ```
/// use egov_masterplan::sensitivity::{saltelli_sample, sobol_analyze, sobol_analyze_many, SaltelliOptions, SobolOptions};
/// // Two outputs of two inputs: x1 + 2·x2 and 3·x1 + x2, row by row.
/// let x = saltelli_sample(256, 2, &SaltelliOptions::default())?;
/// let y: Vec<f64> = (0..x.rows)
///     .flat_map(|i| [x.row(i)[0] + 2.0 * x.row(i)[1], 3.0 * x.row(i)[0] + x.row(i)[1]])
///     .collect();
/// let o = SobolOptions::default();
/// let both = sobol_analyze_many(&y, 2, 2, &o)?;
/// let second: Vec<f64> = y.iter().skip(1).step_by(2).copied().collect();
/// assert_eq!(both[1], sobol_analyze(&second, 2, &o)?);
/// assert!((both[1].s1[0] - 0.9).abs() < 0.01); // 9 / (9 + 1)
/// # Ok::<(), egov_masterplan::Error>(())
/// ```
pub fn sobol_analyze_many(
    y: &[f64],
    outputs: usize,
    d: usize,
    options: &SobolOptions,
) -> Result<Vec<SobolIndices>> {
    if outputs == 0 {
        return Err(Error::field(
            WHAT,
            "outputs",
            "is 0; expected at least 1 output",
        ));
    }
    if y.len() % outputs != 0 {
        return Err(Error::field(
            WHAT,
            "y",
            format!("has {} values; expected runs × {outputs} outputs", y.len()),
        ));
    }
    let runs = y.len() / outputs;
    let n = base_points(runs, d, "y", "rows")?;
    check_level(options)?;
    if let Some(k) = y.iter().position(|v| !v.is_finite()) {
        return Err(Error::field(
            WHAT,
            &format!("y[{}, {}]", k / outputs, k % outputs),
            format!("is {}; expected a finite number", y[k]),
        ));
    }
    let bootstrap = Bootstrap::new(n, options);
    // A block of columns at a time, read row by row (each row's block is
    // one or two cache lines), then analysed column by column.
    const BLOCK: usize = 8;
    let block = |start: usize| -> Result<Vec<SobolIndices>> {
        let width = BLOCK.min(outputs - start);
        let mut columns = vec![Vec::with_capacity(runs); width];
        for row in y.chunks_exact(outputs) {
            for (column, &v) in columns.iter_mut().zip(&row[start..start + width]) {
                column.push(v);
            }
        }
        columns
            .iter()
            .enumerate()
            .map(|(c, column)| {
                analyze_one(column, d, &bootstrap)
                    .ok_or_else(no_variance(&format!("y[:, {}]", start + c)))
            })
            .collect()
    };
    let starts: Vec<usize> = (0..outputs).step_by(BLOCK).collect();
    #[cfg(not(target_family = "wasm"))]
    let blocks: Vec<Vec<SobolIndices>> = {
        use rayon::prelude::*;
        starts.into_par_iter().map(block).collect::<Result<_>>()?
    };
    #[cfg(target_family = "wasm")]
    let blocks: Vec<Vec<SobolIndices>> = starts.into_iter().map(block).collect::<Result<_>>()?;
    Ok(blocks.into_iter().flatten().collect())
}

/// The number of base points of `len` outputs (`field`: what names them in
/// an error, `unit`: what they are counted in), checked.
fn base_points(len: usize, d: usize, field: &str, unit: &str) -> Result<usize> {
    if d == 0 {
        return Err(Error::field(WHAT, "d", "is 0; expected at least 1 input"));
    }
    let step = d + 2;
    if len < 2 * step || len % step != 0 {
        return Err(Error::field(
            WHAT,
            field,
            format!(
                "has {len} {unit}; expected a multiple of d + 2 = {step} (n · (d + 2) for n ≥ 2 base points)",
            ),
        ));
    }
    crate::limits::count(
        "sobol analysis (outputs)",
        len,
        crate::limits::MAX_SAMPLE_VALUES,
    )?;
    Ok(len / step)
}

/// The confidence level of `options`, checked to be in (0, 1).
fn check_level(options: &SobolOptions) -> Result<()> {
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
    Ok(())
}

/// The error of an output without variance, named `field`.
fn no_variance(field: &str) -> impl FnOnce() -> Error + '_ {
    move || {
        Error::field(
            WHAT,
            field,
            "is the same for every sample: the output has no variance to apportion",
        )
    }
}

/// The bootstrap's base points, the same for every output of a seed:
/// `resamples` draws of `n` from one stream; and the normal quantile of
/// the level.
struct Bootstrap {
    resampled: Vec<Vec<usize>>,
    zq: f64,
}

impl Bootstrap {
    fn new(n: usize, options: &SobolOptions) -> Bootstrap {
        let mut draws = Draws::new(options.seed);
        Bootstrap {
            resampled: (0..options.resamples)
                .map(|_| (0..n).map(|_| draws.below(n as u64) as usize).collect())
                .collect(),
            zq: normal_quantile(0.5 + options.conf_level / 2.0),
        }
    }
}

/// The indices of the finite outputs `y` (checked) of a sample of
/// dimension `d`; `None` when they have no variance.
fn analyze_one(y: &[f64], d: usize, bootstrap: &Bootstrap) -> Option<SobolIndices> {
    let step = d + 2;
    let n = y.len() / step;
    let m = mean(y.iter().copied(), y.len());
    let sd = mean(y.iter().map(|v| (v - m) * (v - m)), y.len()).sqrt();
    if sd == 0.0 {
        return None;
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
    // The variance of A and B at each set of base points, the same for
    // every input.
    let v_all = variance(&split, &all);
    let v_resampled: Vec<f64> = bootstrap
        .resampled
        .iter()
        .map(|idx| variance(&split, idx))
        .collect();
    let mut out = SobolIndices {
        s1: Vec::with_capacity(d),
        s1_conf: Vec::with_capacity(d),
        st: Vec::with_capacity(d),
        st_conf: Vec::with_capacity(d),
    };
    for j in 0..d {
        let (first, total) = indices(&split, j, &all, v_all);
        let (firsts, totals): (Vec<f64>, Vec<f64>) =
            resampled_indices(&split, j, &bootstrap.resampled, &v_resampled)
                .into_iter()
                .filter(|(f, t)| f.is_finite() && t.is_finite())
                .unzip();
        out.s1.push(first);
        out.st.push(total);
        out.s1_conf.push(bootstrap.zq * std_dev(&firsts));
        out.st_conf.push(bootstrap.zq * std_dev(&totals));
    }
    Some(out)
}
