//! Global sensitivity analysis: which inputs of a model (an index's
//! weights, its normalisation choices, …) its output depends on, by
//! Sobol' indices with Saltelli's sampling — the same split as SALib's
//! `sample` / `analyze`, so any model can run between the two:
//!
//! 1. [`saltelli_sample`]: an `n · (d + 2)` × `d` matrix in `[0, 1)`;
//! 2. evaluate the model on every row (scale the columns to the inputs'
//!    ranges first);
//! 3. [`sobol_analyze`]: the first-order index `S1` (the share of the
//!    output's variance an input explains alone) and the total index `ST`
//!    (alone and with the others) of every input, with bootstrap
//!    confidence intervals; [`sobol_analyze_many`] does every column of
//!    a model with many outputs (an index's every unit) at once, in
//!    parallel.
//!
//! The points come from the Sobol' sequence ([`sobol_points`], Joe and
//! Kuo's direction numbers, up to [`MAX_DIMENSIONS`]); unscrambled they
//! are SALib's points value for value, and the indices SALib's for the
//! same outputs. Random draws (the optional digital shift, the bootstrap)
//! are seeded ChaCha20 streams, the same on every platform.
//!
//! ```
//! use egov_masterplan::sensitivity::{saltelli_sample, sobol_analyze, SaltelliOptions, SobolOptions};
//! use std::f64::consts::PI;
//! // The Ishigami function on [-π, π]³.
//! let x = saltelli_sample(4096, 3, &SaltelliOptions::default())?;
//! let y: Vec<f64> = (0..x.rows)
//!     .map(|i| {
//!         let v: Vec<f64> = x.row(i).iter().map(|u| -PI + 2.0 * PI * u).collect();
//!         v[0].sin() + 7.0 * v[1].sin().powi(2) + 0.1 * v[2].powi(4) * v[0].sin()
//!     })
//!     .collect();
//! let s = sobol_analyze(&y, 3, &SobolOptions::default())?;
//! assert!((s.s1[1] - 0.4424).abs() < 0.02); // the analytic value
//! # Ok::<(), egov_masterplan::Error>(())
//! ```

mod analyze;
mod directions;
pub(crate) mod draws;
mod normal;
mod saltelli;
mod sobol_sequence;

pub use analyze::{sobol_analyze, sobol_analyze_many, SobolIndices, SobolOptions};
pub use saltelli::{saltelli_sample, SaltelliOptions, SampleMatrix};
pub use sobol_sequence::{sobol_points, MAX_DIMENSIONS};
