//! `egov_masterplan.composite`: how robust a composite index's ranks are to
//! its weights, NumPy arrays in and out (conversions only; the core
//! computes, GIL released).

use crate::errors::{to_py, IntoPyResult};
use egov_masterplan::composite::{rank_uncertainty, Aggregator, UncertaintyOptions};
use egov_masterplan::Error;
use numpy::{PyArray1, PyReadonlyArrayDyn, PyUntypedArrayMethods};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::PyDict;

/// The aggregator named `name` (`power`: of order `power`).
fn aggregator(name: &str, power: f64) -> PyResult<Aggregator> {
    Ok(match name {
        "arithmetic" => Aggregator::Arithmetic,
        "geometric" => Aggregator::Geometric,
        "harmonic" => Aggregator::Harmonic,
        "power" => Aggregator::Power(power),
        _ => {
            return Err(to_py(Error::InvalidOption {
                option: "aggregator".to_owned(),
                value: name.to_owned(),
                allowed: ["arithmetic", "geometric", "harmonic", "power"]
                    .map(str::to_owned)
                    .to_vec(),
            }))
        }
    })
}

/// Per unit (a row of `values`, a float64 array units × indicators, NaN
/// for missing), its rank under `weights` and across `samples` Monte Carlo
/// draws of the weights moving by up to ±`weight_noise`: a dict of five
/// arrays, `nominal_rank`, `median_rank`, `p05`, `p95` (int64) and
/// `mean_shift` (float64).
#[pyfunction]
#[pyo3(signature = (values, weights, weight_noise, samples, seed, aggregator = "arithmetic", power = 1.0, decimals = None))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn _rank_uncertainty<'py>(
    py: Python<'py>,
    values: PyReadonlyArrayDyn<'py, f64>,
    weights: Vec<f64>,
    weight_noise: f64,
    samples: usize,
    seed: u64,
    aggregator: &str,
    power: f64,
    decimals: Option<u32>,
) -> PyResult<Bound<'py, PyDict>> {
    let how = self::aggregator(aggregator, power)?;
    let shape = values.shape().to_vec();
    let [units, indicators] = shape[..] else {
        return Err(to_py(Error::InvalidField {
            what: "uncertainty".to_owned(),
            field: "values".to_owned(),
            detail: format!(
                "has {} dimension(s); expected a 2-D array, units × indicators",
                shape.len()
            ),
        }));
    };
    let cells = values
        .as_slice()
        .map_err(|_| PyTypeError::new_err("values must be a C-contiguous float64 array"))?;
    let options = UncertaintyOptions {
        weight_noise,
        samples,
        seed,
        decimals,
    };
    let intervals = py
        .detach(|| {
            let rows: Vec<Vec<Option<f64>>> = (0..units)
                .map(|u| {
                    cells[u * indicators..(u + 1) * indicators]
                        .iter()
                        .map(|&v| (!v.is_nan()).then_some(v))
                        .collect()
                })
                .collect();
            rank_uncertainty(&rows, &weights, how, &options)
        })
        .py()?;
    let column = |f: fn(&egov_masterplan::composite::RankInterval) -> u32| -> Vec<i64> {
        intervals.iter().map(|r| i64::from(f(r))).collect()
    };
    let out = PyDict::new(py);
    out.set_item(
        "nominal_rank",
        PyArray1::from_vec(py, column(|r| r.nominal_rank)),
    )?;
    out.set_item(
        "median_rank",
        PyArray1::from_vec(py, column(|r| r.median_rank)),
    )?;
    out.set_item("p05", PyArray1::from_vec(py, column(|r| r.p05)))?;
    out.set_item("p95", PyArray1::from_vec(py, column(|r| r.p95)))?;
    let shift: Vec<f64> = intervals.iter().map(|r| r.mean_shift).collect();
    out.set_item("mean_shift", PyArray1::from_vec(py, shift))?;
    Ok(out)
}
