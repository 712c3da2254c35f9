//! `ArchitectureModel`: the catalog and its analyses.

use crate::convert::record;
use crate::errors::IntoPyResult;
use crate::roadmap::{PyRoadmap, PySchedule};
use egov_masterplan::{architecture::Relation, render::HeatmapOptions, ArchitectureModel, Lang};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

/// Elements in the six SPBE architecture domains, owned by agencies and
/// joined by typed relations.
#[pyclass(
    name = "ArchitectureModel",
    module = "egov_masterplan",
    from_py_object,
    frozen,
    eq
)]
#[derive(Clone, PartialEq)]
pub struct PyArchitectureModel(pub ArchitectureModel);

fn relation_tuples(relations: &[Relation]) -> Vec<(String, &'static str, String)> {
    relations
        .iter()
        .map(|r| (r.from.clone(), r.kind.as_str(), r.to.clone()))
        .collect()
}

#[pymethods]
impl PyArchitectureModel {
    /// Reads and validates a catalog document (JSON text).
    #[staticmethod]
    fn from_json(json: &str) -> PyResult<PyArchitectureModel> {
        ArchitectureModel::from_json(json)
            .py()
            .map(PyArchitectureModel)
    }

    /// The catalog as canonical JSON (`from_json` reads it back equal).
    fn to_json(&self) -> String {
        self.0.to_json()
    }

    /// The catalog's id, if it has one.
    #[getter]
    fn id(&self) -> Option<&str> {
        self.0.id()
    }

    /// Agency ids in document order.
    #[getter]
    fn agency_ids(&self) -> Vec<String> {
        self.0.agencies().iter().map(|a| a.id.clone()).collect()
    }

    /// Element ids in document order.
    #[getter]
    fn element_ids(&self) -> Vec<String> {
        self.0.elements().iter().map(|e| e.id.clone()).collect()
    }

    /// Relations as `(from, type, to)` tuples in document order.
    #[getter]
    fn relations(&self) -> Vec<(String, &'static str, String)> {
        relation_tuples(self.0.relations())
    }

    /// What a failure of element `id` reaches (an `Impact` record).
    fn impact_of<'py>(&self, py: Python<'py>, id: &str) -> PyResult<Bound<'py, PyAny>> {
        let impact = self.0.impact_of(id).py()?;
        let elements = PyList::empty(py);
        for e in &impact.elements {
            let path: Vec<(String, &'static str, String)> = e
                .path
                .iter()
                .map(|s| (s.from.clone(), s.relation.as_str(), s.to.clone()))
                .collect();
            let d = PyDict::new(py);
            d.set_item("id", &e.id)?;
            d.set_item("domain", e.domain.as_str())?;
            d.set_item("path", path)?;
            elements.append(record(py, "ImpactedElement", &d)?)?;
        }
        let agencies = PyList::empty(py);
        for a in &impact.agencies {
            let d = PyDict::new(py);
            d.set_item("id", &a.id)?;
            d.set_item("via", a.via.clone())?;
            agencies.append(record(py, "ImpactedAgency", &d)?)?;
        }
        let d = PyDict::new(py);
        d.set_item("failed", &impact.failed)?;
        d.set_item("elements", elements.to_tuple())?;
        d.set_item("services", impact.services.clone())?;
        d.set_item("agencies", agencies.to_tuple())?;
        record(py, "Impact", &d)
    }

    /// Candidate duplicate applications (`DuplicateGroup` records).
    fn duplicates<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let out = PyList::empty(py);
        for g in self.0.duplicates() {
            let d = PyDict::new(py);
            d.set_item("basis", g.basis.as_str())?;
            d.set_item("key", &g.key)?;
            d.set_item("elements", g.elements.clone())?;
            d.set_item("agencies", g.agencies.clone())?;
            out.append(record(py, "DuplicateGroup", &d)?)?;
        }
        Ok(out)
    }

    /// Elements per agency and domain (a `Coverage` record).
    fn coverage<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let c = self.0.coverage();
        let d = PyDict::new(py);
        d.set_item("agencies", c.agencies.clone())?;
        let domains: Vec<&str> = c.domains.iter().map(|d| d.as_str()).collect();
        d.set_item("domains", domains)?;
        d.set_item("counts", c.counts.clone())?;
        record(py, "Coverage", &d)
    }

    /// Elements missing support (`Unsupported` records).
    fn unsupported<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let out = PyList::empty(py);
        for u in self.0.unsupported() {
            let d = PyDict::new(py);
            d.set_item("element", &u.element)?;
            d.set_item("problem", u.problem.as_str())?;
            d.set_item("description", u.problem.describe())?;
            out.append(record(py, "Unsupported", &d)?)?;
        }
        Ok(out)
    }

    /// Applications with no integration link.
    fn integration_gaps(&self) -> Vec<String> {
        self.0.integration_gaps()
    }

    /// The catalog as it is today (to-be elements left out).
    fn as_is(&self) -> PyArchitectureModel {
        PyArchitectureModel(self.0.as_is())
    }

    /// The catalog as planned by the end of `year`.
    fn planned_at(&self, year: i32) -> PyArchitectureModel {
        PyArchitectureModel(self.0.planned_at(year))
    }

    /// The catalog at the end of `year` by a schedule's `creates`/`retires`.
    fn at_year(&self, schedule: PyRef<'_, PySchedule>, year: i32) -> PyResult<PyArchitectureModel> {
        self.0
            .at_year(&schedule.schedule, year)
            .py()
            .map(PyArchitectureModel)
    }

    /// Checks that a roadmap's `creates`/`retires` name known elements.
    fn check_roadmap(&self, roadmap: PyRef<'_, PyRoadmap>) -> PyResult<()> {
        self.0.check_roadmap(&roadmap.0).py()
    }

    /// What changes from this catalog to `other` (an `ArchitectureDiff`).
    fn diff<'py>(
        &self,
        py: Python<'py>,
        other: PyRef<'py, PyArchitectureModel>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let diff = self.0.diff(&other.0);
        let d = PyDict::new(py);
        d.set_item("added", diff.added)?;
        d.set_item("removed", diff.removed)?;
        d.set_item("added_relations", relation_tuples(&diff.added_relations))?;
        d.set_item(
            "removed_relations",
            relation_tuples(&diff.removed_relations),
        )?;
        record(py, "ArchitectureDiff", &d)
    }

    /// ArchiMate 3.1 Open Exchange Format XML.
    fn to_archimate_xml(&self) -> String {
        self.0.to_archimate_xml()
    }

    /// Graphviz DOT.
    fn to_dot(&self) -> String {
        self.0.to_dot()
    }

    /// The coverage heatmap as SVG.
    #[pyo3(signature = (*, lang = "id", cell = 36))]
    fn to_heatmap_svg(&self, lang: &str, cell: u32) -> PyResult<String> {
        Ok(self.0.to_heatmap_svg(&HeatmapOptions {
            lang: crate::convert::lang(lang)?,
            cell,
        }))
    }

    /// Notebook display: summary and coverage heatmap.
    fn _repr_html_(&self) -> String {
        egov_masterplan::render::architecture_html(&self.0, Lang::default())
    }

    fn __repr__(&self) -> String {
        format!(
            "ArchitectureModel({:?}, agencies={}, elements={}, relations={})",
            self.0.id().unwrap_or(""),
            self.0.agencies().len(),
            self.0.elements().len(),
            self.0.relations().len()
        )
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let f = py
            .import("egov_masterplan._native")?
            .getattr("_architecture_from_json")?;
        Ok((f, (self.0.to_json(),)))
    }
}

/// Unpickles a catalog.
#[pyfunction]
pub fn _architecture_from_json(json: &str) -> PyResult<PyArchitectureModel> {
    PyArchitectureModel::from_json(json)
}
