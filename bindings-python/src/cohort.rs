//! Composite frameworks over a cohort: `Framework.score_cohort` and
//! `Framework.uncertainty` (conversions only; the logic is the core's
//! `Framework::score_cohort` and `Framework::uncertainty`).

use crate::convert::int_arg;
use crate::errors::IntoPyResult;
use egov_masterplan::composite::{
    aggregator_named, normaliser_named, Cohort, CohortScores, CohortUncertainty,
    CohortUncertaintyOptions, WeightModel,
};
use egov_masterplan::{Error, Framework};
use pyo3::prelude::*;
use pyo3::types::PyDict;

fn invalid(what: &str, field: &str, detail: impl Into<String>) -> Error {
    Error::InvalidField {
        what: what.to_owned(),
        field: field.to_owned(),
        detail: detail.into(),
    }
}

fn field_error(field: &str, detail: String) -> PyErr {
    crate::errors::to_py(invalid("cohort", field, detail))
}

/// One cell: a number, or `None`/NaN for missing.
fn cell(v: &Bound<'_, PyAny>, column: &str, id: &str) -> PyResult<Option<f64>> {
    if v.is_none() {
        return Ok(None);
    }
    if v.is_instance_of::<pyo3::types::PyBool>() {
        return Err(field_error(
            &format!("{column}[{id}]"),
            "is a bool; expected a number".into(),
        ));
    }
    match v.extract::<f64>() {
        Ok(x) if x.is_nan() => Ok(None),
        Ok(x) => Ok(Some(x)),
        Err(_) => Err(field_error(
            &format!("{column}[{id}]"),
            format!("is {}; expected a number or missing", v.repr()?),
        )),
    }
}

/// The cohort in `data` (a pandas DataFrame, a dict of columns or a list
/// of row dicts; `egov_masterplan/_cohort.py` picks the columns).
pub fn cohort_from(
    fw: &Framework,
    data: &Bound<'_, PyAny>,
    id_column: Option<&str>,
    group_column: Option<&str>,
) -> PyResult<Cohort> {
    let py = data.py();
    let indicators: Vec<&str> = fw.indicators().map(|n| n.id()).collect();
    let (ids, columns, groups): (Vec<String>, Bound<'_, PyDict>, Option<Vec<String>>) = py
        .import("egov_masterplan._cohort")?
        .getattr("columns")?
        .call1((data, id_column, group_column, indicators))?
        .extract()?;
    let mut cols = Vec::with_capacity(columns.len());
    for (k, v) in columns.iter() {
        let name: String = k.extract()?;
        let mut values = Vec::with_capacity(ids.len());
        for (i, item) in v.try_iter()?.enumerate() {
            let id = ids.get(i).map_or("?", String::as_str);
            values.push(cell(&item?, &name, id)?);
        }
        cols.push((name, values));
    }
    let cohort = Cohort::new(ids, cols).py()?;
    match groups {
        Some(g) => cohort.with_groups(g).py(),
        None => Ok(cohort),
    }
}

/// Options of `Framework.uncertainty`.
#[allow(clippy::too_many_arguments)]
pub fn uncertainty_options(
    weight_noise: f64,
    samples: &Bound<'_, PyAny>,
    seed: &Bound<'_, PyAny>,
    weights: &str,
    concentration: Option<f64>,
    normalisers: Option<Vec<String>>,
    aggregators: Option<Vec<String>>,
    exclusion: bool,
) -> PyResult<CohortUncertaintyOptions> {
    let weight_model = match (weights, concentration) {
        ("uniform", _) => WeightModel::Uniform,
        ("dirichlet", Some(c)) => WeightModel::Dirichlet { concentration: c },
        ("dirichlet", None) => {
            return Err(crate::errors::to_py(invalid(
                "uncertainty",
                "concentration",
                "is required with weights=\"dirichlet\"",
            )))
        }
        (other, _) => {
            return Err(crate::errors::to_py(Error::InvalidOption {
                option: "weights".into(),
                value: other.into(),
                allowed: vec!["uniform".into(), "dirichlet".into()],
            }))
        }
    };
    Ok(CohortUncertaintyOptions {
        weight_noise,
        weight_model,
        normalisers: normalisers
            .unwrap_or_default()
            .iter()
            .map(|n| normaliser_named(n))
            .collect::<egov_masterplan::Result<_>>()
            .py()?,
        aggregators: aggregators
            .unwrap_or_default()
            .iter()
            .map(|a| aggregator_named(a))
            .collect::<egov_masterplan::Result<_>>()
            .py()?,
        exclusion,
        samples: usize::try_from(int_arg::<u64>(samples, "uncertainty", "samples")?)
            .unwrap_or(usize::MAX),
        seed: int_arg::<u64>(seed, "uncertainty", "seed")?,
    })
}

/// A cohort scored on a composite framework.
#[pyclass(name = "CohortScores", module = "egov_masterplan", frozen)]
pub struct PyCohortScores(pub CohortScores);

#[pymethods]
impl PyCohortScores {
    /// The framework's id.
    #[getter]
    fn framework(&self) -> &str {
        &self.0.framework
    }

    /// The group nodes' ids (the columns of each unit's `nodes`).
    #[getter]
    fn nodes(&self) -> Vec<String> {
        self.0.nodes.clone()
    }

    /// One dict per unit: `id`, `index`, `rank`, `group`, `nodes`, `imputed`.
    #[getter]
    fn units<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        records(py, serde_json::to_value(&self.0.units))
    }

    /// One dict per indicator: `indicator`, `nominal`, `effective`,
    /// `correlation`.
    #[getter]
    fn effective_weights<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        records(py, serde_json::to_value(&self.0.effective_weights))
    }

    /// The result as JSON (the same bytes in Rust, Python and JavaScript).
    fn to_json(&self) -> String {
        self.0.to_json()
    }

    /// One row per unit: id, index, rank, group, each group node, imputed.
    fn to_pandas<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py()
            .import("egov_masterplan._cohort")?
            .getattr("scores_frame")?
            .call1((slf,))
    }

    /// Notebook display: the units by rank.
    fn _repr_html_<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py()
            .import("egov_masterplan._cohort")?
            .getattr("scores_html")?
            .call1((slf,))
    }

    fn __len__(&self) -> usize {
        self.0.units.len()
    }

    fn __repr__(&self) -> String {
        format!(
            "CohortScores(framework={:?}, units={})",
            self.0.framework,
            self.0.units.len()
        )
    }
}

/// How robust a cohort's ranks are.
#[pyclass(name = "CohortUncertainty", module = "egov_masterplan", frozen)]
pub struct PyCohortUncertainty(pub CohortUncertainty);

#[pymethods]
impl PyCohortUncertainty {
    /// The framework's id.
    #[getter]
    fn framework(&self) -> &str {
        &self.0.framework
    }

    /// Samples run.
    #[getter]
    fn samples(&self) -> usize {
        self.0.samples
    }

    /// One dict per unit: `id`, `nominal_rank`, `median_rank`, `p05`,
    /// `p95`, `mean_shift`.
    #[getter]
    fn units<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        records(py, serde_json::to_value(&self.0.units))
    }

    /// The result as JSON (the same bytes in Rust, Python and JavaScript).
    fn to_json(&self) -> String {
        self.0.to_json()
    }

    /// The rank-interval chart as SVG (`render::rank_interval_svg`): units
    /// by nominal rank, whiskers p05–p95, a dot at the median; `highlight`
    /// ids drawn in the accent colour (and shown even beyond `limit`).
    #[pyo3(signature = (*, lang = "id", width = 640, limit = None, highlight = None))]
    fn to_svg(
        &self,
        py: Python<'_>,
        lang: &str,
        width: u32,
        limit: Option<usize>,
        highlight: Option<Vec<String>>,
    ) -> PyResult<String> {
        let options = egov_masterplan::render::RankIntervalOptions {
            lang: crate::convert::lang(lang)?,
            width,
            limit,
            ..Default::default()
        };
        let highlight = highlight.unwrap_or_default();
        Ok(py.detach(|| {
            let intervals: Vec<_> = self.0.units.iter().map(|u| u.interval()).collect();
            let rows: Vec<egov_masterplan::render::RankIntervalRow<'_>> = self
                .0
                .units
                .iter()
                .zip(&intervals)
                .map(|(u, interval)| egov_masterplan::render::RankIntervalRow {
                    label: &u.id,
                    interval,
                    highlight: highlight.contains(&u.id),
                })
                .collect();
            egov_masterplan::render::rank_interval_svg(&rows, &options)
        }))
    }

    /// One row per unit, indexed by id.
    fn to_pandas<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py()
            .import("egov_masterplan._cohort")?
            .getattr("uncertainty_frame")?
            .call1((slf,))
    }

    /// Notebook display: the units by nominal rank with their intervals.
    fn _repr_html_<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py()
            .import("egov_masterplan._cohort")?
            .getattr("uncertainty_html")?
            .call1((slf,))
    }

    fn __len__(&self) -> usize {
        self.0.units.len()
    }

    fn __repr__(&self) -> String {
        format!(
            "CohortUncertainty(framework={:?}, units={}, samples={})",
            self.0.framework,
            self.0.units.len(),
            self.0.samples
        )
    }
}

/// Rows (serialised by the core's types) as a list of dicts.
fn records<'py>(
    py: Python<'py>,
    rows: Result<serde_json::Value, serde_json::Error>,
) -> PyResult<Bound<'py, PyAny>> {
    let value =
        rows.map_err(|e| crate::errors::to_py(invalid("cohort", "result", e.to_string())))?;
    crate::convert::json_to_py(py, &value)
}
