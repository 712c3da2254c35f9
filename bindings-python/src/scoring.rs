//! `Scorecard` and the gap records.

use crate::convert::{fraction, int_arg, option_names, record, score_options};
use crate::errors::IntoPyResult;
use crate::framework::PyFramework;
use egov_masterplan::{
    render::{RadarOptions, RadarTarget},
    scoring::{Gap, NodeScore, StepCosts},
    Assessment, Fraction, GapTarget, Lang, Scorecard,
};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyFloat, PyInt, PyList, PyString};

/// A scored assessment: index, predicate, every group's value.
#[pyclass(
    name = "Scorecard",
    module = "egov_masterplan",
    from_py_object,
    frozen,
    eq
)]
#[derive(Clone, PartialEq)]
pub struct PyScorecard(pub Scorecard);

/// A gap target from a predicate id, an index (number, `Fraction` or
/// decimal text).
pub fn gap_target(target: &Bound<'_, PyAny>) -> PyResult<GapTarget> {
    if let Ok(s) = target.cast::<PyString>() {
        return s.to_cow()?.parse::<GapTarget>().py();
    }
    if target.is_instance_of::<PyInt>() {
        // Exact: the int's decimal text, however large.
        return GapTarget::index(&target.str()?.to_cow()?).py();
    }
    if target.is_instance_of::<PyFloat>() {
        return Ok(GapTarget::from(target.extract::<f64>()?));
    }
    if let (Ok(n), Ok(d)) = (
        target
            .getattr("numerator")
            .and_then(|n| n.extract::<i128>()),
        target
            .getattr("denominator")
            .and_then(|d| d.extract::<i128>()),
    ) {
        if let Some(f) = Fraction::new(n, d) {
            return Ok(GapTarget::from(f));
        }
    }
    Err(PyTypeError::new_err(
        "target: expected a predicate id (str), an index (int, float, Fraction or decimal text)",
    ))
}

/// A `Gap` record.
fn gap_record<'py>(py: Python<'py>, gap: &Gap) -> PyResult<Bound<'py, PyAny>> {
    let steps = PyList::empty(py);
    for s in &gap.steps {
        let d = PyDict::new(py);
        d.set_item("indicator", &s.indicator)?;
        d.set_item("from_level", s.from)?;
        d.set_item("to_level", s.to)?;
        d.set_item("gain", fraction(py, &s.gain)?)?;
        d.set_item("index_after", fraction(py, &s.index_after)?)?;
        d.set_item("index_after_text", s.index_after_rounded.to_string())?;
        d.set_item("cost", s.cost)?;
        steps.append(record(py, "GapStep", &d)?)?;
    }
    let d = PyDict::new(py);
    d.set_item("target", fraction(py, &gap.target)?)?;
    d.set_item("threshold", fraction(py, &gap.threshold)?)?;
    d.set_item("current", fraction(py, &gap.current)?)?;
    d.set_item("distance", fraction(py, &gap.distance)?)?;
    d.set_item("steps", steps.to_tuple())?;
    d.set_item("total_cost", gap.total_cost)?;
    record(py, "Gap", &d)
}

/// Node score records of some of a scorecard's groups.
fn node_records<'py>(
    py: Python<'py>,
    card: &Scorecard,
    nodes: Vec<&NodeScore>,
) -> PyResult<Bound<'py, PyList>> {
    let out = PyList::empty(py);
    for n in nodes {
        let node = card.framework().node(&n.id);
        let d = PyDict::new(py);
        d.set_item("id", &n.id)?;
        d.set_item("tier", &n.tier)?;
        d.set_item("name", node.map(|n| n.name().get(Lang::Id)))?;
        d.set_item("value", n.value())?;
        d.set_item("text", n.rounded.map(|r| r.to_string()))?;
        d.set_item("exact", crate::convert::opt_fraction(py, n.exact.as_ref())?)?;
        out.append(record(py, "NodeScore", &d)?)?;
    }
    Ok(out)
}

#[pymethods]
impl PyScorecard {
    /// The framework that scored it.
    #[getter]
    fn framework(&self) -> PyFramework {
        PyFramework(self.0.framework().clone())
    }

    /// Who was assessed.
    #[getter]
    fn subject(&self) -> &str {
        self.0.subject()
    }

    /// The period.
    #[getter]
    fn period(&self) -> i32 {
        self.0.period()
    }

    /// The published index (rounded half-up), e.g. `3.28`.
    #[getter]
    fn index(&self) -> f64 {
        self.0.index()
    }

    /// The published index as printed, e.g. `"3.28"`.
    #[getter]
    fn index_text(&self) -> String {
        self.0.index_decimal().to_string()
    }

    /// The exact index as a `fractions.Fraction`.
    #[getter]
    fn exact_index<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        fraction(py, &self.0.exact_index())
    }

    /// The predicate's id, e.g. `"baik"`.
    #[getter]
    fn predicate(&self) -> &str {
        &self.0.predicate().id
    }

    /// The predicate's name in Indonesian or English.
    #[pyo3(signature = (lang = "id"))]
    fn predicate_name(&self, lang: &str) -> PyResult<String> {
        Ok(self
            .0
            .predicate()
            .label
            .get(crate::convert::lang(lang)?)
            .to_owned())
    }

    /// `(rated, total)` indicators.
    #[getter]
    fn coverage(&self) -> (usize, usize) {
        let c = self.0.coverage();
        (c.rated, c.total)
    }

    /// The options it was scored with: `(predicate_basis, missing)`.
    #[getter]
    fn options(&self) -> (&'static str, &'static str) {
        option_names(self.0.options())
    }

    /// The rounded value of a node (domain, aspect) or indicator level.
    fn value(&self, node_id: &str) -> Option<f64> {
        self.0.value(node_id)
    }

    /// The exact value of a node as a `Fraction`.
    fn exact_value<'py>(&self, py: Python<'py>, node_id: &str) -> PyResult<Bound<'py, PyAny>> {
        crate::convert::opt_fraction(py, self.0.exact_value(node_id).as_ref())
    }

    /// Domain scores (`NodeScore` records), in framework order.
    #[getter]
    fn domains<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        node_records(py, &self.0, self.0.domains())
    }

    /// Every group's score (`NodeScore` records, any tier), in framework
    /// order.
    #[getter]
    fn nodes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        node_records(py, &self.0, self.0.nodes().iter().collect())
    }

    /// Aspect scores (`NodeScore` records), in framework order.
    #[getter]
    fn aspects<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        node_records(py, &self.0, self.0.aspects())
    }

    /// Every indicator (`IndicatorScore` records), in framework order.
    #[getter]
    fn indicators<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let out = PyList::empty(py);
        for i in self.0.indicators() {
            let d = PyDict::new(py);
            d.set_item("id", &i.id)?;
            d.set_item("level", i.level)?;
            d.set_item("counted", i.counted)?;
            d.set_item("weight", fraction(py, &i.weight)?)?;
            d.set_item("contribution", fraction(py, &i.contribution)?)?;
            out.append(record(py, "IndicatorScore", &d)?)?;
        }
        Ok(out)
    }

    /// The fewest level steps that reach `target` (a predicate id such as
    /// `"baik"`, or an index such as `3.5`).
    fn gap_to<'py>(
        &self,
        py: Python<'py>,
        target: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let gap = self.0.gap_to(gap_target(target)?).py()?;
        gap_record(py, &gap)
    }

    /// The cheapest steps that reach `target`; `costs` maps an indicator to
    /// the cost of each step, or to `{level: cost}` for the step reaching
    /// that level. Indicators without a cost are not raised.
    fn cheapest_plan<'py>(
        &self,
        py: Python<'py>,
        target: &Bound<'py, PyAny>,
        costs: &Bound<'py, PyDict>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let mut c = StepCosts::new();
        for (k, v) in costs.iter() {
            let indicator: String = k.extract()?;
            if let Ok(per_level) = v.cast::<PyDict>() {
                for (level, cost) in per_level.iter() {
                    let level: u8 = int_arg(&level, "step costs", &indicator)?;
                    let cost: u64 = int_arg(&cost, "step costs", &indicator)?;
                    c.to_level(indicator.clone(), level, cost);
                }
            } else {
                let cost: u64 = int_arg(&v, "step costs", &indicator)?;
                c.uniform(indicator, cost);
            }
        }
        let gap = self.0.cheapest_plan(gap_target(target)?, &c).py()?;
        gap_record(py, &gap)
    }

    /// Whether the scorecard already meets `target`.
    fn meets(&self, target: &Bound<'_, PyAny>) -> PyResult<bool> {
        self.0.meets(&gap_target(target)?).py()
    }

    /// The scorecard as canonical JSON.
    fn to_json(&self) -> String {
        self.0.to_json()
    }

    /// The scorecard as Markdown tables.
    #[pyo3(signature = (lang = "id"))]
    fn to_markdown(&self, lang: &str) -> PyResult<String> {
        Ok(self.0.to_markdown(crate::convert::lang(lang)?))
    }

    /// A radar chart (SVG) of one tier (default: the framework's top
    /// tier), with an optional uniform target.
    #[pyo3(signature = (tier = None, *, lang = "id", target = None, size = 480))]
    fn to_radar_svg(
        &self,
        tier: Option<&str>,
        lang: &str,
        target: Option<f64>,
        size: u32,
    ) -> PyResult<String> {
        let opts = RadarOptions {
            tier: tier.unwrap_or_default().to_owned(),
            lang: crate::convert::lang(lang)?,
            target: target.map(RadarTarget::Uniform),
            size,
            ..Default::default()
        };
        self.0.to_radar_svg(&opts).py()
    }

    /// The scorecard as a pandas DataFrame (one row per node and indicator).
    fn to_pandas<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py()
            .import("egov_masterplan._pandas")?
            .getattr("scorecard_frame")?
            .call1((slf,))
    }

    /// Notebook display: summary table and radar chart.
    fn _repr_html_(&self) -> PyResult<String> {
        egov_masterplan::render::scorecard_html(&self.0, Lang::default()).py()
    }

    fn __repr__(&self) -> String {
        format!(
            "Scorecard({:?}, {}, index={}, predicate={:?})",
            self.0.subject(),
            self.0.period(),
            self.0.index_decimal(),
            self.0.predicate().id
        )
    }

    #[allow(clippy::type_complexity)]
    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(
        Bound<'py, PyAny>,
        (PyFramework, String, &'static str, &'static str),
    )> {
        let f = py
            .import("egov_masterplan._native")?
            .getattr("_scorecard_restore")?;
        let (basis, missing) = option_names(self.0.options());
        Ok((
            f,
            (
                PyFramework(self.0.framework().clone()),
                self.0.assessment().to_json(),
                basis,
                missing,
            ),
        ))
    }
}

/// Unpickles a scorecard by scoring its levels again.
#[pyfunction]
pub fn _scorecard_restore(
    framework: PyFramework,
    assessment: &str,
    predicate_basis: &str,
    missing: &str,
) -> PyResult<PyScorecard> {
    let a = Assessment::from_json(assessment).py()?;
    let options = score_options(predicate_basis, missing)?;
    framework.0.score_with(&a, &options).py().map(PyScorecard)
}
