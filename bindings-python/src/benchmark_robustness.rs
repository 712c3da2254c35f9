//! `Benchmark.weight_robustness` and `weight_robustness_of`: options in,
//! dicts out (the core's `Benchmark::weight_robustness*`).

use egov_masterplan::benchmark::{Reweighted, RobustPosition, PEMDI_2025_DOMAIN_WEIGHTS};
use egov_masterplan::composite::{RankInterval, UncertaintyOptions};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

/// The Monte Carlo options.
pub fn options(
    weight_noise: f64,
    samples: usize,
    seed: u64,
    decimals: Option<u32>,
) -> UncertaintyOptions {
    UncertaintyOptions {
        weight_noise,
        samples,
        seed,
        decimals,
    }
}

fn interval<'py>(d: &Bound<'py, PyDict>, r: &RankInterval) -> PyResult<()> {
    d.set_item("nominal_rank", r.nominal_rank)?;
    d.set_item("median_rank", r.median_rank)?;
    d.set_item("p05", r.p05)?;
    d.set_item("p95", r.p95)?;
    d.set_item("mean_shift", r.mean_shift)
}

/// One dict per institution.
pub fn rows<'py>(py: Python<'py>, rows: &[(String, RankInterval)]) -> PyResult<Bound<'py, PyAny>> {
    let out = PyList::empty(py);
    for (name, r) in rows {
        let d = PyDict::new(py);
        d.set_item("institution", name)?;
        interval(&d, r)?;
        out.append(d)?;
    }
    Ok(out.into_any())
}

/// The position as a dict.
pub fn position<'py>(py: Python<'py>, p: &RobustPosition) -> PyResult<Bound<'py, PyAny>> {
    let d = PyDict::new(py);
    d.set_item("count", p.count)?;
    interval(
        &d,
        &RankInterval {
            nominal_rank: p.nominal_rank,
            median_rank: p.median_rank,
            p05: p.p05,
            p95: p.p95,
            mean_shift: p.mean_shift,
        },
    )?;
    Ok(d.into_any())
}

/// Domain weights: a sequence of numbers, or `"pemdi-2025"`.
pub fn weights(obj: &Bound<'_, PyAny>) -> PyResult<Vec<f64>> {
    if let Ok(name) = obj.extract::<String>() {
        return match name.as_str() {
            "pemdi-2025" => Ok(PEMDI_2025_DOMAIN_WEIGHTS.to_vec()),
            other => Err(crate::errors::to_py(
                egov_masterplan::Error::InvalidOption {
                    option: "weights".into(),
                    value: other.into(),
                    allowed: vec!["pemdi-2025".into(), "a sequence of 4 numbers".into()],
                },
            )),
        };
    }
    obj.extract()
}

/// One dict per institution.
pub fn reweighted<'py>(py: Python<'py>, rows: &[Reweighted]) -> PyResult<Bound<'py, PyAny>> {
    let out = PyList::empty(py);
    for r in rows {
        let d = PyDict::new(py);
        d.set_item("institution", &r.institution)?;
        d.set_item("index", r.index)?;
        d.set_item("rank", r.rank)?;
        d.set_item("reweighted_index", r.reweighted_index)?;
        d.set_item("reweighted_rank", r.reweighted_rank)?;
        out.append(d)?;
    }
    Ok(out.into_any())
}
