//! `Framework`: built-ins, JSON, scoring entry points.

use crate::assessment::{assessment_from, batch_item, PyAssessment};
use crate::convert::{fraction, opt_fraction, record, score_options};
use crate::errors::IntoPyResult;
use crate::scoring::PyScorecard;
use egov_masterplan::{Assessment, Framework};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

/// A maturity framework: a weighted tree of domains, aspects and indicators.
#[pyclass(
    name = "Framework",
    module = "egov_masterplan",
    from_py_object,
    frozen,
    eq
)]
#[derive(Clone, PartialEq)]
pub struct PyFramework(pub Framework);

#[pymethods]
impl PyFramework {
    /// A built-in framework: `spbe-2020`, `spbe-2018`, `pemdi-2025`, or a
    /// composite index: `un-egdi-2022`, `oecd-dgi-2019`, `oecd-dgi-2023`,
    /// `wb-gtmi-2022`.
    #[staticmethod]
    fn builtin(id: &str) -> PyResult<PyFramework> {
        Framework::builtin(id).py().map(PyFramework)
    }

    /// The ids of the built-in level frameworks, official first.
    #[staticmethod]
    fn builtin_ids() -> Vec<&'static str> {
        Framework::builtin_ids()
    }

    /// The ids of the built-in composite indices (`un-egdi-2022`, …).
    #[staticmethod]
    fn builtin_composite_ids() -> Vec<&'static str> {
        Framework::builtin_composite_ids()
    }

    /// Reads and validates a framework document (JSON text).
    #[staticmethod]
    fn from_json(json: &str) -> PyResult<PyFramework> {
        Framework::from_json(json).py().map(PyFramework)
    }

    /// A self-assessment form for one agency as `.xlsx`: a cover sheet, a
    /// rating sheet with a drop-down per indicator and each level's
    /// criterion, and only the answer cells unlocked. Written to `path`
    /// (returns `None`), or returned as bytes when `path` is `None`.
    /// `prefill` (last period's assessment) fills levels, notes and
    /// evidence; `issued` is the workbook's date `(year, month, day)`.
    #[pyo3(signature = (path, *, subject, period, prefill = None, lang = "id", issued = None))]
    #[allow(clippy::too_many_arguments)]
    fn xlsx_form<'py>(
        &self,
        py: Python<'py>,
        path: Option<std::path::PathBuf>,
        subject: &str,
        period: &Bound<'py, PyAny>,
        prefill: Option<&Bound<'py, PyAny>>,
        lang: &str,
        issued: Option<(u16, u8, u8)>,
    ) -> PyResult<Option<Bound<'py, pyo3::types::PyBytes>>> {
        crate::forms::xlsx_form(py, &self.0, path, subject, period, prefill, lang, issued)
    }

    /// One workbook of self-assessment forms for many agencies: a cover
    /// listing every agency (a link to its sheet, its contact cells), then
    /// one rating sheet per agency, named after it. Written to `path`
    /// (returns `None`), or returned as bytes when `path` is `None`.
    /// `prefill` holds earlier assessments (each agency's latest is used);
    /// `issued` is the workbook's date `(year, month, day)`.
    #[pyo3(signature = (path, *, subjects, period, prefill = None, lang = "id", issued = None))]
    #[allow(clippy::too_many_arguments)]
    fn xlsx_workbook<'py>(
        &self,
        py: Python<'py>,
        path: Option<std::path::PathBuf>,
        subjects: Vec<String>,
        period: &Bound<'py, PyAny>,
        prefill: Option<&Bound<'py, PyAny>>,
        lang: &str,
        issued: Option<(u16, u8, u8)>,
    ) -> PyResult<Option<Bound<'py, pyo3::types::PyBytes>>> {
        crate::forms::xlsx_workbook(py, &self.0, path, subjects, period, prefill, lang, issued)
    }

    /// The framework as JSON text (`from_json` reads it back equal).
    #[pyo3(signature = (*, pretty = false))]
    fn to_json(&self, pretty: bool) -> String {
        if pretty {
            self.0.to_json_pretty()
        } else {
            self.0.to_json()
        }
    }

    /// The framework's id.
    #[getter]
    fn id(&self) -> &str {
        self.0.id()
    }

    /// Its version.
    #[getter]
    fn version(&self) -> &str {
        self.0.version()
    }

    /// Its name in Indonesian or English.
    #[pyo3(signature = (lang = "id"))]
    fn name(&self, lang: &str) -> PyResult<String> {
        Ok(self.0.name().get(crate::convert::lang(lang)?).to_owned())
    }

    /// `official` or `provisional`.
    #[getter]
    fn status(&self) -> &'static str {
        self.0.status().as_str()
    }

    /// Tier names, top first (`["domain", "aspect", "indicator"]`).
    #[getter]
    fn tiers(&self) -> Vec<String> {
        self.0.tiers().to_vec()
    }

    /// The level scale as `(min, max)`.
    #[getter]
    fn scale(&self) -> (u8, u8) {
        let s = self.0.scale();
        (s.min, s.max)
    }

    /// Decimals of printed values.
    #[getter]
    fn decimals(&self) -> u32 {
        self.0.rounding().decimals
    }

    /// Indicator ids in framework order.
    #[getter]
    fn indicator_ids(&self) -> Vec<String> {
        self.0.indicators().map(|n| n.id().to_owned()).collect()
    }

    /// Ids of the nodes of one tier, in framework order.
    fn tier_ids(&self, tier: &str) -> Vec<String> {
        self.0.tier(tier).map(|n| n.id().to_owned()).collect()
    }

    /// The nodes, top-down in document order, as `Node` records.
    fn nodes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let tiers = self.0.tiers();
        let out = PyList::empty(py);
        for n in self.0.nodes() {
            let d = PyDict::new(py);
            d.set_item("id", n.id())?;
            d.set_item(
                "tier",
                tiers.get(n.tier_index()).cloned().unwrap_or_default(),
            )?;
            d.set_item("name", n.name().get(egov_masterplan::Lang::Id))?;
            d.set_item("name_en", n.name().get(egov_masterplan::Lang::En))?;
            d.set_item("weight", fraction(py, &n.weight())?)?;
            out.append(record(py, "Node", &d)?)?;
        }
        Ok(out)
    }

    /// The predicate bands in document order (SPBE: highest first), as
    /// `Predicate` records.
    fn predicates<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let out = PyList::empty(py);
        for p in self.0.predicates() {
            let d = PyDict::new(py);
            d.set_item("id", &p.id)?;
            d.set_item("name", p.label.get(egov_masterplan::Lang::Id))?;
            d.set_item("name_en", p.label.get(egov_masterplan::Lang::En))?;
            d.set_item("min", fraction(py, &p.min)?)?;
            d.set_item("max", opt_fraction(py, p.max.as_ref())?)?;
            out.append(record(py, "Predicate", &d)?)?;
        }
        Ok(out)
    }

    /// Scores one assessment: an `Assessment`, a `{indicator: level}` dict,
    /// or a whole assessment document as a dict (with `levels`).
    #[pyo3(signature = (levels_or_assessment, *, subject = None, period = None,
                        predicate_basis = "exact", missing = "error"))]
    fn score(
        &self,
        py: Python<'_>,
        levels_or_assessment: &Bound<'_, PyAny>,
        subject: Option<&str>,
        period: Option<&Bound<'_, PyAny>>,
        predicate_basis: &str,
        missing: &str,
    ) -> PyResult<PyScorecard> {
        let options = score_options(predicate_basis, missing)?;
        let period = period
            .map(|p| crate::convert::int_arg::<i32>(p, "score", "period"))
            .transpose()?;
        let a = assessment_from(levels_or_assessment, subject, period)?;
        let card = py.detach(|| self.0.score_with(&a, &options)).py()?;
        Ok(PyScorecard(card))
    }

    /// Scores many assessments: a list of `Assessment`s (or level dicts)
    /// gives a list of `Scorecard`s; a pandas DataFrame, long (`subject,
    /// period, indicator, level`) or wide (one column per indicator), gives
    /// a DataFrame with the index, predicate, every domain and aspect, and
    /// the rank within the period. Any other table exporting the Arrow
    /// PyCapsule stream interface (Polars, PyArrow, DuckDB) gives the same
    /// columns as a Polars DataFrame (Polars input) or a PyArrow Table.
    #[pyo3(signature = (data, *, predicate_basis = "exact", missing = "error", rank_basis = "exact"))]
    fn score_many<'py>(
        slf: &Bound<'py, Self>,
        data: &Bound<'py, PyAny>,
        predicate_basis: &str,
        missing: &str,
        rank_basis: &str,
    ) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        let options = score_options(predicate_basis, missing)?;
        if data.hasattr("columns")? && data.hasattr("iloc")? {
            return py
                .import("egov_masterplan._pandas")?
                .getattr("score_frame")?
                .call1((slf, data, predicate_basis, missing, rank_basis));
        }
        // Other frames through the Arrow PyCapsule stream interface (Polars,
        // PyArrow, DuckDB): egov_masterplan/_frames.py.
        if data.hasattr("__arrow_c_stream__")? {
            return py
                .import("egov_masterplan._frames")?
                .getattr("score_arrow")?
                .call1((slf, data, predicate_basis, missing, rank_basis));
        }
        let mut list: Vec<Assessment> = Vec::new();
        for (i, item) in data.try_iter()?.enumerate() {
            list.push(batch_item(&item?, i)?);
        }
        let fw = &slf.get().0;
        let cards = py.detach(|| fw.score_many_with(&list, &options)).py()?;
        let out = PyList::empty(py);
        for c in cards {
            out.append(PyScorecard(c))?;
        }
        Ok(out.into_any())
    }

    /// Scores a cohort on a composite framework (`un-egdi-2022`,
    /// `oecd-dgi-2023`, …): `data` is a pandas DataFrame, a dict of columns
    /// or a list of row dicts, with a column per indicator id (`osi`,
    /// `hci`, `tii` for the EGDI; `None`/NaN missing) and the units' ids in
    /// `id_column` (default: the first of `iso3`, `id`, `code`, `unit`,
    /// `country`, `name`, else the DataFrame's index).
    #[pyo3(signature = (data, *, id_column = None, group_column = None))]
    fn score_cohort(
        &self,
        py: Python<'_>,
        data: &Bound<'_, PyAny>,
        id_column: Option<&str>,
        group_column: Option<&str>,
    ) -> PyResult<crate::cohort::PyCohortScores> {
        let cohort = crate::cohort::cohort_from(&self.0, data, id_column, group_column)?;
        let scores = py.detach(|| self.0.score_cohort(&cohort)).py()?;
        Ok(crate::cohort::PyCohortScores(scores))
    }

    /// How robust each unit's rank is (Monte Carlo, seeded): weights moved
    /// by ±`weight_noise` (`weights="uniform"`) or drawn from a Dirichlet
    /// of `concentration` (`weights="dirichlet"`), a normaliser and an
    /// aggregator drawn from `normalisers` / `aggregators` (names), one
    /// indicator left out when `exclusion`.
    #[pyo3(signature = (data, *, weight_noise = 0.2, samples = None, seed = None,
                        weights = "uniform", concentration = None, normalisers = None,
                        aggregators = None, exclusion = false, id_column = None,
                        group_column = None))]
    #[allow(clippy::too_many_arguments)]
    fn uncertainty(
        &self,
        py: Python<'_>,
        data: &Bound<'_, PyAny>,
        weight_noise: f64,
        samples: Option<&Bound<'_, PyAny>>,
        seed: Option<&Bound<'_, PyAny>>,
        weights: &str,
        concentration: Option<f64>,
        normalisers: Option<Vec<String>>,
        aggregators: Option<Vec<String>>,
        exclusion: bool,
        id_column: Option<&str>,
        group_column: Option<&str>,
    ) -> PyResult<crate::cohort::PyCohortUncertainty> {
        let cohort = crate::cohort::cohort_from(&self.0, data, id_column, group_column)?;
        let default_samples = 1000usize.into_pyobject(py)?.into_any();
        let zero = 0u64.into_pyobject(py)?.into_any();
        let options = crate::cohort::uncertainty_options(
            weight_noise,
            samples.unwrap_or(&default_samples),
            seed.unwrap_or(&zero),
            weights,
            concentration,
            normalisers,
            aggregators,
            exclusion,
        )?;
        let result = py.detach(|| self.0.uncertainty(&cohort, &options)).py()?;
        Ok(crate::cohort::PyCohortUncertainty(result))
    }

    /// Reads assessments from long CSV text (`subject,period,indicator,level`).
    fn assessments_from_csv(&self, text: &str) -> PyResult<Vec<PyAssessment>> {
        let _ = self;
        Ok(Assessment::from_csv(text)
            .py()?
            .into_iter()
            .map(PyAssessment)
            .collect())
    }

    fn __repr__(&self) -> String {
        format!(
            "Framework({:?}, version={:?}, indicators={})",
            self.0.id(),
            self.0.version(),
            self.0.indicator_count()
        )
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let module = py.import("egov_masterplan._native")?;
        // Built-ins pickle by id; others by their JSON.
        if Framework::builtin(self.0.id()).is_ok_and(|b| b == self.0) {
            Ok((
                module.getattr("_framework_builtin")?,
                (self.0.id().to_owned(),),
            ))
        } else {
            Ok((module.getattr("_framework_from_json")?, (self.0.to_json(),)))
        }
    }
}

/// Unpickles a built-in framework.
#[pyfunction]
pub fn _framework_builtin(id: &str) -> PyResult<PyFramework> {
    PyFramework::builtin(id)
}

/// Unpickles a framework from its JSON.
#[pyfunction]
pub fn _framework_from_json(json: &str) -> PyResult<PyFramework> {
    PyFramework::from_json(json)
}
