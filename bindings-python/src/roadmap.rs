//! `Roadmap`, `Schedule` and `Projection`.

use crate::assessment::{assessment_from, PyAssessment};
use crate::convert::{option_names, record, score_options};
use crate::errors::IntoPyResult;
use crate::framework::PyFramework;
use crate::scoring::PyScorecard;
use egov_masterplan::{
    render::GanttOptions,
    roadmap::{first_year_reaching, YearScorecard},
    scoring::ScoreOptions,
    Assessment, Lang, Roadmap, Schedule, ScheduleOptions,
};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

/// Initiatives with dependencies, durations, costs and budget caps.
#[pyclass(name = "Roadmap", module = "egov_masterplan", from_py_object, frozen)]
#[derive(Clone)]
pub struct PyRoadmap(pub Roadmap);

#[pymethods]
impl PyRoadmap {
    /// Reads and validates a roadmap document (JSON text).
    #[staticmethod]
    fn from_json(json: &str) -> PyResult<PyRoadmap> {
        Roadmap::from_json(json).py().map(PyRoadmap)
    }

    /// The roadmap as canonical JSON (`from_json` reads it back equal).
    fn to_json(&self) -> String {
        self.0.to_json()
    }

    /// The roadmap's id.
    #[getter]
    fn id(&self) -> &str {
        self.0.id()
    }

    /// Its name in Indonesian or English.
    #[pyo3(signature = (lang = "id"))]
    fn name(&self, lang: &str) -> PyResult<String> {
        Ok(self.0.name().get(crate::convert::lang(lang)?).to_owned())
    }

    /// Initiative ids in document order.
    #[getter]
    fn initiative_ids(&self) -> Vec<String> {
        self.0.initiatives().iter().map(|i| i.id.clone()).collect()
    }

    /// Yearly budget caps `{year: rupiah}`.
    #[getter]
    fn budget(&self) -> std::collections::BTreeMap<i32, u64> {
        self.0.budget().clone()
    }

    /// Topological generations: initiatives that can run side by side.
    fn phases(&self) -> Vec<Vec<String>> {
        self.0.phases()
    }

    /// The critical path by the critical path method (no budget limit).
    fn critical_path(&self) -> PyResult<Vec<String>> {
        self.0.critical_path().py()
    }

    /// Dependencies with no float, as `(from, to)` pairs.
    fn critical_edges(&self) -> PyResult<Vec<(String, String)>> {
        self.0.critical_edges().py()
    }

    /// Places the initiatives in time, within the yearly budget caps unless
    /// `respect_budget` is false.
    #[pyo3(signature = (*, respect_budget = true))]
    fn schedule(&self, py: Python<'_>, respect_budget: bool) -> PyResult<PySchedule> {
        let options = ScheduleOptions { respect_budget };
        let schedule = py.detach(|| self.0.schedule(&options)).py()?;
        Ok(PySchedule {
            schedule,
            respect_budget,
        })
    }

    /// The dependency graph as Graphviz DOT (critical edges marked).
    fn to_dot(&self) -> PyResult<String> {
        self.0.to_dot().py()
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other.cast::<PyRoadmap>().is_ok_and(|o| o.get().0 == self.0)
    }

    fn __repr__(&self) -> String {
        format!(
            "Roadmap({:?}, initiatives={})",
            self.0.id(),
            self.0.initiatives().len()
        )
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let f = py
            .import("egov_masterplan._native")?
            .getattr("_roadmap_from_json")?;
        Ok((f, (self.0.to_json(),)))
    }
}

/// Unpickles a roadmap.
#[pyfunction]
pub fn _roadmap_from_json(json: &str) -> PyResult<PyRoadmap> {
    PyRoadmap::from_json(json)
}

/// A roadmap placed in time.
#[pyclass(name = "Schedule", module = "egov_masterplan", from_py_object, frozen)]
#[derive(Clone)]
pub struct PySchedule {
    pub schedule: Schedule,
    respect_budget: bool,
}

#[pymethods]
impl PySchedule {
    /// The roadmap it schedules.
    #[getter]
    fn roadmap(&self) -> PyRoadmap {
        PyRoadmap(self.schedule.roadmap().clone())
    }

    /// Scheduled initiatives (`ScheduleEntry` records), in start order.
    #[getter]
    fn entries<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let out = PyList::empty(py);
        for e in self.schedule.entries() {
            let d = PyDict::new(py);
            d.set_item("id", &e.id)?;
            d.set_item("name", e.name.get(Lang::Id))?;
            d.set_item("phase", e.phase)?;
            d.set_item("start", e.start.to_string())?;
            d.set_item("finish", e.finish.to_string())?;
            d.set_item("start_month", e.start_month)?;
            d.set_item("duration_months", e.duration_months)?;
            d.set_item("cost", e.cost)?;
            d.set_item("charges", e.charges.clone())?;
            d.set_item("earliest_start", e.earliest_start.to_string())?;
            d.set_item("slack_months", e.slack_months)?;
            d.set_item("critical", e.critical)?;
            d.set_item("delay_months", e.delay_months)?;
            let why: Vec<String> = e.explanations.iter().map(|x| x.describe()).collect();
            d.set_item("explanations", why)?;
            out.append(record(py, "ScheduleEntry", &d)?)?;
        }
        Ok(out)
    }

    /// Initiatives left out (`Unscheduled` records).
    #[getter]
    fn unscheduled<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let out = PyList::empty(py);
        for u in self.schedule.unscheduled() {
            let d = PyDict::new(py);
            d.set_item("id", &u.id)?;
            d.set_item("reason", u.reason.describe())?;
            out.append(record(py, "Unscheduled", &d)?)?;
        }
        Ok(out)
    }

    /// Spend per calendar year against its cap (`YearSpend` records).
    #[getter]
    fn spend<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let out = PyList::empty(py);
        for s in self.schedule.spend() {
            let d = PyDict::new(py);
            d.set_item("year", s.year)?;
            d.set_item("spent", s.spent)?;
            d.set_item("cap", s.cap)?;
            out.append(record(py, "YearSpend", &d)?)?;
        }
        Ok(out)
    }

    /// Topological generations of the scheduled initiatives.
    fn phases(&self) -> Vec<Vec<String>> {
        self.schedule.phases()
    }

    /// The critical path (by the critical path method, before the budget).
    fn critical_path(&self) -> Vec<String> {
        self.schedule.critical_path().to_vec()
    }

    /// The projected scorecard at the end of every plan year: `baseline`'s
    /// levels raised as initiatives finish.
    #[pyo3(signature = (framework, baseline, *, predicate_basis = "exact", missing = "error"))]
    fn project(
        &self,
        py: Python<'_>,
        framework: PyFramework,
        baseline: &Bound<'_, PyAny>,
        predicate_basis: &str,
        missing: &str,
    ) -> PyResult<PyProjection> {
        let options = score_options(predicate_basis, missing)?;
        let baseline = assessment_from(baseline, None, None)?;
        let years = py
            .detach(|| {
                self.schedule
                    .project_with(&framework.0, &baseline, &options)
            })
            .py()?;
        Ok(PyProjection {
            years,
            schedule: self.clone(),
            framework,
            baseline,
            options,
        })
    }

    /// The schedule as canonical JSON.
    fn to_json(&self) -> String {
        self.schedule.to_json()
    }

    /// One row per initiative as CSV text (formula-safe).
    fn to_csv(&self) -> String {
        self.schedule.to_csv()
    }

    /// A Mermaid `gantt` diagram.
    fn to_mermaid(&self) -> String {
        self.schedule.to_mermaid()
    }

    /// A Gantt chart as SVG.
    #[pyo3(signature = (*, lang = "id", width = 960))]
    fn to_gantt_svg(&self, lang: &str, width: u32) -> PyResult<String> {
        Ok(self.schedule.to_gantt_svg(&GanttOptions {
            lang: crate::convert::lang(lang)?,
            width,
        }))
    }

    /// One row per scheduled initiative as a pandas DataFrame.
    fn to_pandas<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py()
            .import("egov_masterplan._pandas")?
            .getattr("schedule_frame")?
            .call1((slf,))
    }

    /// Notebook display: Gantt chart and table.
    fn _repr_html_(&self) -> String {
        egov_masterplan::render::schedule_html(&self.schedule, Lang::default())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PySchedule>()
            .is_ok_and(|o| o.get().schedule == self.schedule)
    }

    fn __repr__(&self) -> String {
        format!(
            "Schedule({:?}, scheduled={}, unscheduled={})",
            self.schedule.roadmap().id(),
            self.schedule.entries().len(),
            self.schedule.unscheduled().len()
        )
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (PyRoadmap, bool))> {
        let f = py
            .import("egov_masterplan._native")?
            .getattr("_schedule_restore")?;
        Ok((f, (self.roadmap(), self.respect_budget)))
    }
}

/// Unpickles a schedule by scheduling its roadmap again.
#[pyfunction]
pub fn _schedule_restore(
    py: Python<'_>,
    roadmap: PyRoadmap,
    respect_budget: bool,
) -> PyResult<PySchedule> {
    roadmap.schedule(py, respect_budget)
}

/// The projected scorecards of a schedule, one per plan year.
#[pyclass(name = "Projection", module = "egov_masterplan", frozen)]
pub struct PyProjection {
    years: Vec<YearScorecard>,
    schedule: PySchedule,
    framework: PyFramework,
    baseline: Assessment,
    options: ScoreOptions,
}

#[pymethods]
impl PyProjection {
    /// One `YearProjection` record per plan year.
    #[getter]
    fn years<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let out = PyList::empty(py);
        for y in &self.years {
            let d = PyDict::new(py);
            d.set_item("year", y.year)?;
            d.set_item("finished", y.finished.clone())?;
            d.set_item("scorecard", PyScorecard(y.scorecard.clone()))?;
            out.append(record(py, "YearProjection", &d)?)?;
        }
        Ok(out)
    }

    /// `{year: published index}`.
    fn index_by_year(&self) -> std::collections::BTreeMap<i32, f64> {
        self.years
            .iter()
            .map(|y| (y.year, y.scorecard.index()))
            .collect()
    }

    /// The first year reaching `target` (a predicate id or an index), or
    /// `None` within the horizon.
    fn first_year_reaching(&self, target: &Bound<'_, PyAny>) -> PyResult<Option<i32>> {
        let target = crate::scoring::gap_target(target)?;
        first_year_reaching(&self.years, target).py()
    }

    /// One row per year as a pandas DataFrame.
    fn to_pandas<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py()
            .import("egov_masterplan._pandas")?
            .getattr("projection_frame")?
            .call1((slf,))
    }

    /// Notebook display: the index per year.
    fn _repr_html_(&self) -> String {
        egov_masterplan::render::projection_html(&self.years, Lang::default())
    }

    fn __len__(&self) -> usize {
        self.years.len()
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PyProjection>()
            .is_ok_and(|o| o.get().years == self.years)
    }

    fn __repr__(&self) -> String {
        let years: Vec<String> = self
            .years
            .iter()
            .map(|y| format!("{}: {}", y.year, y.scorecard.index_decimal()))
            .collect();
        format!("Projection({})", years.join(", "))
    }

    #[allow(clippy::type_complexity)]
    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(
        Bound<'py, PyAny>,
        (
            PySchedule,
            PyFramework,
            PyAssessment,
            &'static str,
            &'static str,
        ),
    )> {
        let f = py
            .import("egov_masterplan._native")?
            .getattr("_projection_restore")?;
        let (basis, missing) = option_names(&self.options);
        Ok((
            f,
            (
                self.schedule.clone(),
                self.framework.clone(),
                PyAssessment(self.baseline.clone()),
                basis,
                missing,
            ),
        ))
    }
}

/// Unpickles a projection by projecting again.
#[pyfunction]
pub fn _projection_restore(
    py: Python<'_>,
    schedule: PySchedule,
    framework: PyFramework,
    baseline: Bound<'_, PyAssessment>,
    predicate_basis: &str,
    missing: &str,
) -> PyResult<PyProjection> {
    schedule.project(py, framework, baseline.as_any(), predicate_basis, missing)
}
