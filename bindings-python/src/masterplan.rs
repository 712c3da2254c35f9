//! `Masterplan`: the manifest and every part it names, loaded together
//! (`egov_masterplan::masterplan`); the cross-checks and the target
//! outcomes are the core's, converted to records of
//! `egov_masterplan._records`.

use crate::architecture::PyArchitectureModel;
use crate::assessment::PyAssessment;
use crate::convert::{fraction, record};
use crate::errors::IntoPyResult;
use crate::framework::PyFramework;
use crate::roadmap::PyRoadmap;
use egov_masterplan::masterplan::{Finding, Masterplan, TargetMeasure, TargetOutcome};
use egov_masterplan::{Fraction, Lang};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyList, PyString};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// A masterplan: the manifest naming the government, the plan period, the
/// framework, the baseline and further assessments, the architecture
/// catalog, the roadmap and the targets, with every part loaded.
#[pyclass(name = "Masterplan", module = "egov_masterplan", frozen)]
pub struct PyMasterplan(Masterplan);

/// The files of `from_json`: a mapping of names (as the manifest writes
/// them) to bytes, or to text (encoded as UTF-8).
fn files_arg(files: &Bound<'_, PyAny>) -> PyResult<BTreeMap<String, Vec<u8>>> {
    let items = files.call_method0("items").map_err(|_| {
        PyTypeError::new_err(format!(
            "files: expected a mapping of file names to bytes or str, not {}",
            files
                .get_type()
                .name()
                .map(|n| n.to_string())
                .unwrap_or_default()
        ))
    })?;
    let mut out = BTreeMap::new();
    for item in items.try_iter()? {
        let (name, data): (Bound<'_, PyAny>, Bound<'_, PyAny>) = item?.extract()?;
        let name: String = name
            .extract()
            .map_err(|_| PyTypeError::new_err(format!("files: file name {name} is not a str")))?;
        let bytes = if let Ok(b) = data.cast::<PyBytes>() {
            b.as_bytes().to_vec()
        } else if let Ok(b) = data.cast::<PyByteArray>() {
            b.to_vec()
        } else if let Ok(s) = data.cast::<PyString>() {
            s.to_cow()?.as_bytes().to_vec()
        } else {
            return Err(PyTypeError::new_err(format!(
                "files: `{name}` must be bytes or str, not {}",
                data.get_type().name()?
            )));
        };
        out.insert(name, bytes);
    }
    Ok(out)
}

/// A `Finding` record.
fn finding_record<'py>(py: Python<'py>, f: &Finding) -> PyResult<Bound<'py, PyAny>> {
    let d = PyDict::new(py);
    d.set_item("kind", f.kind.as_str())?;
    d.set_item("severity", f.severity.as_str())?;
    d.set_item("ids", PyList::new(py, &f.ids)?.to_tuple())?;
    d.set_item("message", f.message.get(Lang::Id))?;
    d.set_item("message_en", f.message.get(Lang::En))?;
    record(py, "Finding", &d)
}

/// A value as the framework prints it (as `targets_json` writes it).
fn printed(f: &Fraction, decimals: u32) -> String {
    f.round_half_up(decimals)
        .map(|d| d.to_string())
        .unwrap_or_default()
}

/// A `TargetOutcome` record (the fields of `targets_json`).
fn outcome_record<'py>(
    py: Python<'py>,
    o: &TargetOutcome,
    decimals: u32,
) -> PyResult<Bound<'py, PyAny>> {
    let (measure, group, predicate) = match &o.target.measure {
        TargetMeasure::Index(_) => ("index", None, None),
        TargetMeasure::Predicate(p) => ("predicate", None, Some(p.as_str())),
        TargetMeasure::Group { id, .. } => ("group", Some(id.as_str()), None),
    };
    let steps = match &o.steps {
        Some(steps) => {
            let list = PyList::empty(py);
            for s in steps {
                let d = PyDict::new(py);
                d.set_item("indicator", &s.indicator)?;
                d.set_item("from_level", s.from)?;
                d.set_item("to_level", s.to)?;
                d.set_item("gain", fraction(py, &s.gain)?)?;
                d.set_item("value_after", fraction(py, &s.index_after)?)?;
                d.set_item("value_after_text", s.index_after_rounded.to_string())?;
                list.append(record(py, "TargetStep", &d)?)?;
            }
            list.to_tuple().into_any()
        }
        None => py.None().into_bound(py),
    };
    let d = PyDict::new(py);
    d.set_item("year", o.target.year)?;
    d.set_item("measure", measure)?;
    d.set_item("group", group)?;
    d.set_item("predicate", predicate)?;
    let source = o.target.source.as_ref();
    d.set_item("source", source.map(|t| t.get(Lang::Id)))?;
    d.set_item("source_en", source.map(|t| t.get(Lang::En)))?;
    d.set_item("required", fraction(py, &o.required)?)?;
    d.set_item("required_text", printed(&o.required, decimals))?;
    d.set_item("reached", fraction(py, &o.reached)?)?;
    d.set_item("reached_text", o.reached_rounded.to_string())?;
    d.set_item("met", o.met)?;
    d.set_item("short_by", fraction(py, &o.short_by)?)?;
    d.set_item("steps", steps)?;
    d.set_item("would_cover", PyList::new(py, &o.would_cover)?.to_tuple())?;
    d.set_item("covered_by_them", o.covered_by_them)?;
    record(py, "TargetOutcome", &d)
}

#[pymethods]
impl PyMasterplan {
    /// Reads a masterplan from its manifest file (JSON or TOML, by its
    /// content), or from a directory holding `masterplan.json` or else
    /// `masterplan.toml`; the files it names are read relative to the
    /// manifest.
    #[staticmethod]
    fn load(py: Python<'_>, path: PathBuf) -> PyResult<PyMasterplan> {
        py.detach(|| Masterplan::load(&path)).py().map(PyMasterplan)
    }

    /// Reads a masterplan from its manifest (JSON text) and the files it
    /// names (`{name as the manifest writes it: bytes or str}`; text is
    /// encoded as UTF-8).
    #[staticmethod]
    fn from_json(
        py: Python<'_>,
        manifest: &str,
        files: &Bound<'_, PyAny>,
    ) -> PyResult<PyMasterplan> {
        let files = files_arg(files)?;
        py.detach(|| Masterplan::from_json(manifest, &files))
            .py()
            .map(PyMasterplan)
    }

    /// `from_json` for a manifest written as TOML.
    #[staticmethod]
    fn from_toml(
        py: Python<'_>,
        manifest: &str,
        files: &Bound<'_, PyAny>,
    ) -> PyResult<PyMasterplan> {
        let files = files_arg(files)?;
        py.detach(|| Masterplan::from_toml(manifest, &files))
            .py()
            .map(PyMasterplan)
    }

    /// `from_json` for a manifest in either form: JSON when it starts with
    /// `{`, TOML otherwise.
    #[staticmethod]
    fn from_manifest(
        py: Python<'_>,
        manifest: &str,
        files: &Bound<'_, PyAny>,
    ) -> PyResult<PyMasterplan> {
        let files = files_arg(files)?;
        py.detach(|| Masterplan::from_manifest(manifest, &files))
            .py()
            .map(PyMasterplan)
    }

    /// Every cross-check between the parts that did not pass (`Finding`
    /// records), in the order of the checks; empty when the parts agree.
    fn check<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let out = PyList::empty(py);
        for f in &self.0.check() {
            out.append(finding_record(py, f)?)?;
        }
        Ok(out)
    }

    /// `check()` as the core's JSON array (`kind`, `severity`, `ids`,
    /// `message` as `{"id", "en"}`).
    fn check_json(&self) -> String {
        self.0.check_json()
    }

    /// Every target's outcome in the projection (`TargetOutcome` records),
    /// in the manifest's order.
    fn targets<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let outcomes = py.detach(|| self.0.targets()).py()?;
        let decimals = self.0.framework().rounding().decimals;
        let out = PyList::empty(py);
        for o in &outcomes {
            out.append(outcome_record(py, o, decimals)?)?;
        }
        Ok(out)
    }

    /// `targets()` as the core's JSON array (exact values as fraction text,
    /// `"41/200"`).
    fn targets_json(&self, py: Python<'_>) -> PyResult<String> {
        py.detach(|| self.0.targets_json()).py()
    }

    /// The masterplan document as one self-contained HTML file (inline CSS
    /// and SVG, print CSS for A4), in Indonesian (`"id"`) or English.
    #[pyo3(signature = (lang = "id"))]
    fn to_html(&self, py: Python<'_>, lang: &str) -> PyResult<String> {
        let lang = crate::convert::lang(lang)?;
        py.detach(|| self.0.to_html(lang)).py()
    }

    /// The masterplan document as Markdown (charts as SVG data URIs).
    #[pyo3(signature = (lang = "id"))]
    fn to_markdown(&self, py: Python<'_>, lang: &str) -> PyResult<String> {
        let lang = crate::convert::lang(lang)?;
        py.detach(|| self.0.to_markdown(lang)).py()
    }

    /// The masterplan document as a Word file (`.docx`): headings in Word's
    /// heading styles, Word tables, the charts as SVG pictures. Written to
    /// `path` (returns `None`), or returned as bytes when `path` is `None`.
    #[pyo3(signature = (path = None, lang = "id"))]
    fn to_docx<'py>(
        &self,
        py: Python<'py>,
        path: Option<PathBuf>,
        lang: &str,
    ) -> PyResult<Option<Bound<'py, pyo3::types::PyBytes>>> {
        let lang = crate::convert::lang(lang)?;
        let bytes = py.detach(|| self.0.to_docx(lang)).py()?;
        match path {
            Some(p) => {
                std::fs::write(p, &bytes)?;
                Ok(None)
            }
            None => Ok(Some(pyo3::types::PyBytes::new(py, &bytes))),
        }
    }

    /// A short summary as an HTML fragment: title, period, the targets
    /// against the projection, the findings.
    #[pyo3(signature = (lang = "id"))]
    fn summary_html(&self, lang: &str) -> PyResult<String> {
        self.0.summary_html(crate::convert::lang(lang)?).py()
    }

    /// Notebook display: the summary in Indonesian.
    fn _repr_html_(&self) -> PyResult<String> {
        self.0.summary_html(egov_masterplan::Lang::Id).py()
    }

    /// Pickling: the manifest's text (JSON or TOML) and the files it names,
    /// read back by `Masterplan.from_manifest`.
    #[allow(clippy::type_complexity)]
    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyAny>, (String, Bound<'py, pyo3::types::PyDict>))> {
        let (manifest, files) = self.0.sources();
        let d = pyo3::types::PyDict::new(py);
        for (name, bytes) in files {
            d.set_item(name, pyo3::types::PyBytes::new(py, bytes))?;
        }
        let from_manifest = py
            .import("egov_masterplan._native")?
            .getattr("Masterplan")?
            .getattr("from_manifest")?;
        Ok((from_manifest, (manifest.to_owned(), d)))
    }

    /// The government's id (the subject of its own assessments).
    #[getter]
    fn government_id(&self) -> &str {
        &self.0.manifest().government.id
    }

    /// The government's name in Indonesian or English.
    #[pyo3(signature = (lang = "id"))]
    fn government_name(&self, lang: &str) -> PyResult<String> {
        Ok(self
            .0
            .manifest()
            .government
            .name
            .get(crate::convert::lang(lang)?)
            .to_owned())
    }

    /// The plan's years as `(start, end)`, both inclusive.
    #[getter]
    fn period(&self) -> (i32, i32) {
        let p = self.0.manifest().period;
        (p.start, p.end)
    }

    /// Whether the manifest marks the data as a made-up sample.
    #[getter]
    fn sample(&self) -> bool {
        self.0.manifest().sample
    }

    /// The framework.
    #[getter]
    fn framework(&self) -> PyFramework {
        PyFramework(self.0.framework().clone())
    }

    /// The government's baseline assessment (a copy).
    #[getter]
    fn baseline(&self) -> PyAssessment {
        PyAssessment(self.0.baseline().clone())
    }

    /// Every further assessment (agencies, years), in file order (copies).
    #[getter]
    fn assessments(&self) -> Vec<PyAssessment> {
        self.0
            .assessments()
            .iter()
            .cloned()
            .map(PyAssessment)
            .collect()
    }

    /// The roadmap.
    #[getter]
    fn roadmap(&self) -> PyRoadmap {
        PyRoadmap(self.0.roadmap().clone())
    }

    /// The roadmap scheduled within its yearly budget (as
    /// `roadmap.schedule()`).
    #[getter]
    fn schedule<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Bound::new(py, self.roadmap())?.call_method0("schedule")
    }

    /// The scorecard projected for the end of every roadmap year from the
    /// baseline (as `schedule.project(framework, baseline)`).
    #[getter]
    fn projection<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.schedule(py)?
            .call_method1("project", (self.framework(), self.baseline()))
    }

    /// The architecture catalog, if the manifest names one.
    #[getter]
    fn architecture(&self) -> Option<PyArchitectureModel> {
        self.0.architecture().cloned().map(PyArchitectureModel)
    }

    fn __repr__(&self) -> String {
        let m = self.0.manifest();
        format!(
            "Masterplan({:?}, period=({}, {}), targets={}, sample={})",
            m.government.id,
            m.period.start,
            m.period.end,
            m.targets.len(),
            if m.sample { "True" } else { "False" }
        )
    }
}
