//! `egov_masterplan.sensitivity`: Saltelli samples and Sobol' indices as
//! NumPy arrays, and the indices' bar chart (conversions only; the core
//! computes, GIL released).

use crate::errors::IntoPyResult;
use egov_masterplan::render::{sensitivity_bars_svg, SensitivityBarsOptions};
use egov_masterplan::sensitivity::{
    saltelli_sample, sobol_analyze, sobol_analyze_many, SaltelliOptions, SobolIndices, SobolOptions,
};
use numpy::{PyArray1, PyArrayMethods, PyReadonlyArray1, PyReadonlyArray2, PyUntypedArrayMethods};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::PyDict;

/// The Saltelli sample of `n` base points in `d` dimensions: a float64
/// array of shape `(n * (d + 2), d)` in `[0, 1)`.
#[pyfunction]
#[pyo3(signature = (n, d, skip = None, seed = None))]
pub(crate) fn _saltelli_sample<'py>(
    py: Python<'py>,
    n: usize,
    d: usize,
    skip: Option<usize>,
    seed: Option<u64>,
) -> PyResult<Bound<'py, PyAny>> {
    let m = py
        .detach(|| saltelli_sample(n, d, &SaltelliOptions { skip, seed }))
        .py()?;
    let array = PyArray1::from_vec(py, m.values).reshape([m.rows, m.columns])?;
    Ok(array.into_any())
}

/// Sobol' indices of the outputs `y` (a contiguous float64 array) of a
/// Saltelli sample of dimension `d`: a dict of four float64 arrays,
/// `S1`, `S1_conf`, `ST`, `ST_conf`.
#[pyfunction]
#[pyo3(signature = (y, d, resamples = 100, conf_level = 0.95, seed = 0))]
pub(crate) fn _sobol_analyze<'py>(
    py: Python<'py>,
    y: PyReadonlyArray1<'py, f64>,
    d: usize,
    resamples: usize,
    conf_level: f64,
    seed: u64,
) -> PyResult<Bound<'py, PyDict>> {
    let y = y
        .as_slice()
        .map_err(|_| PyTypeError::new_err("y must be a contiguous float64 array"))?;
    let options = SobolOptions {
        resamples,
        conf_level,
        seed,
    };
    let s = py.detach(|| sobol_analyze(y, d, &options)).py()?;
    let out = PyDict::new(py);
    out.set_item("S1", PyArray1::from_vec(py, s.s1))?;
    out.set_item("S1_conf", PyArray1::from_vec(py, s.s1_conf))?;
    out.set_item("ST", PyArray1::from_vec(py, s.st))?;
    out.set_item("ST_conf", PyArray1::from_vec(py, s.st_conf))?;
    Ok(out)
}

/// The Sobol' indices as an SVG bar chart (`render::sensitivity_bars_svg`):
/// `S1` and `ST` with their confidence half-widths, one group per input
/// named by `names` (`x1`, `x2`, … beyond them).
#[pyfunction]
#[pyo3(signature = (s1, s1_conf, st, st_conf, names = None, lang = "id", width = 640, sort_by_total = true))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn _sensitivity_bars_svg(
    py: Python<'_>,
    s1: Vec<f64>,
    s1_conf: Vec<f64>,
    st: Vec<f64>,
    st_conf: Vec<f64>,
    names: Option<Vec<String>>,
    lang: &str,
    width: u32,
    sort_by_total: bool,
) -> PyResult<String> {
    let indices = SobolIndices {
        s1,
        s1_conf,
        st,
        st_conf,
    };
    let options = SensitivityBarsOptions {
        lang: crate::convert::lang(lang)?,
        width,
        sort_by_total,
        ..Default::default()
    };
    let names = names.unwrap_or_default();
    Ok(py.detach(|| {
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        sensitivity_bars_svg(&names, &indices, &options)
    }))
}

/// Sobol' indices of every column of `y` (a C-contiguous float64 array
/// runs × outputs) of a Saltelli sample of dimension `d`: a dict of four
/// float64 arrays of shape `(outputs, d)`, `S1`, `S1_conf`, `ST`,
/// `ST_conf` (row `u`: what `_sobol_analyze` gives for column `u`).
#[pyfunction]
#[pyo3(signature = (y, d, resamples = 100, conf_level = 0.95, seed = 0))]
pub(crate) fn _sobol_analyze_many<'py>(
    py: Python<'py>,
    y: PyReadonlyArray2<'py, f64>,
    d: usize,
    resamples: usize,
    conf_level: f64,
    seed: u64,
) -> PyResult<Bound<'py, PyDict>> {
    let outputs = y.shape()[1];
    let values = y
        .as_slice()
        .map_err(|_| PyTypeError::new_err("y must be a C-contiguous float64 array"))?;
    let options = SobolOptions {
        resamples,
        conf_level,
        seed,
    };
    let all = py
        .detach(|| sobol_analyze_many(values, outputs, d, &options))
        .py()?;
    let stacked = |f: fn(&egov_masterplan::sensitivity::SobolIndices) -> &Vec<f64>| {
        let flat: Vec<f64> = all.iter().flat_map(|s| f(s).iter().copied()).collect();
        PyArray1::from_vec(py, flat).reshape([all.len(), d])
    };
    let out = PyDict::new(py);
    out.set_item("S1", stacked(|s| &s.s1)?)?;
    out.set_item("S1_conf", stacked(|s| &s.s1_conf)?)?;
    out.set_item("ST", stacked(|s| &s.st)?)?;
    out.set_item("ST_conf", stacked(|s| &s.st_conf)?)?;
    Ok(out)
}
