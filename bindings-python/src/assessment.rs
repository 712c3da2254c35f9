//! `Assessment`: one subject's levels for one period, from Python values.

use crate::convert::to_json_value;
use crate::errors::IntoPyResult;
use egov_masterplan::Assessment;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyString};
use serde_json::{Map, Value};

/// One subject's levels for one period, with notes.
#[pyclass(name = "Assessment", module = "egov_masterplan", from_py_object, eq)]
#[derive(Clone, PartialEq)]
pub struct PyAssessment(pub Assessment);

/// An `Assessment`, a level dict, or an assessment document dict.
pub fn assessment_from(
    obj: &Bound<'_, PyAny>,
    subject: Option<&str>,
    period: Option<i32>,
) -> PyResult<Assessment> {
    if let Ok(a) = obj.cast::<PyAssessment>() {
        return Ok(a.borrow().0.clone());
    }
    match to_json_value(obj, 0)? {
        Value::Object(map) => Assessment::from_levels_or_document(
            map,
            subject.map(Value::from),
            period.map(Value::from),
        )
        .py(),
        _ => Err(PyTypeError::new_err(
            "expected an Assessment or a dict of {indicator: level}",
        )),
    }
}

/// Item `position` of a batch: an `Assessment` as it is, a dict by the
/// core's batch rule (`Assessment::batch_item`).
pub fn batch_item(obj: &Bound<'_, PyAny>, position: usize) -> PyResult<Assessment> {
    if let Ok(a) = obj.cast::<PyAssessment>() {
        return Ok(a.borrow().0.clone());
    }
    match to_json_value(obj, 0)? {
        Value::Object(map) => Assessment::batch_item(map, position).py(),
        _ => Err(PyTypeError::new_err(
            "expected an Assessment or a dict of {indicator: level}",
        )),
    }
}

#[pymethods]
impl PyAssessment {
    /// A new assessment; `levels` maps indicator ids to whole levels.
    #[new]
    #[pyo3(signature = (subject, period, levels = None, *, framework = None, notes = None))]
    fn new(
        subject: &str,
        period: &Bound<'_, PyAny>,
        levels: Option<&Bound<'_, PyAny>>,
        framework: Option<&str>,
        notes: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyAssessment> {
        let period: i32 = crate::convert::int_arg(period, "assessment", "period")?;
        let mut doc = Map::new();
        doc.insert("subject".into(), subject.into());
        doc.insert("period".into(), period.into());
        if let Some(f) = framework {
            doc.insert("framework".into(), f.into());
        }
        let levels = levels.map(|l| to_json_value(l, 0)).transpose()?;
        doc.insert("levels".into(), levels.unwrap_or(Value::Object(Map::new())));
        if let Some(n) = notes {
            doc.insert("notes".into(), to_json_value(n, 0)?);
        }
        Assessment::from_json(&Value::Object(doc).to_string())
            .py()
            .map(PyAssessment)
    }

    /// Reads an assessment document (JSON text).
    #[staticmethod]
    fn from_json(json: &str) -> PyResult<PyAssessment> {
        Assessment::from_json(json).py().map(PyAssessment)
    }

    /// The assessment as compact JSON (levels in natural id order).
    fn to_json(&self) -> String {
        self.0.to_json()
    }

    /// Reads one returned self-assessment form (`.xlsx`: a path or its
    /// bytes) strictly: the first cell the form does not accept raises
    /// `FormCellError` naming it (`Penilaian!D14: level 7 is outside
    /// 1–5`); empty levels stay unrated (`read_form` lists them).
    #[staticmethod]
    fn from_xlsx(file: &Bound<'_, PyAny>) -> PyResult<PyAssessment> {
        crate::forms::assessment_from_xlsx(file).map(PyAssessment)
    }

    /// Reads assessments from long CSV (`subject,period,indicator,level`
    /// plus optional `note`, `evidence`; Indonesian names too), as text or
    /// as the file's bytes (UTF-8, else Windows-1252); the separator (`,`
    /// `;` tab) is detected.
    #[staticmethod]
    fn from_csv(text: &Bound<'_, PyAny>) -> PyResult<Vec<PyAssessment>> {
        let read = if let Ok(s) = text.cast::<PyString>() {
            Assessment::from_csv(&s.to_cow()?)
        } else if let Ok(b) = text.cast::<PyBytes>() {
            Assessment::from_csv_bytes(b.as_bytes())
        } else {
            return Err(PyTypeError::new_err(format!(
                "text: expected CSV as str or bytes, not {}",
                text.get_type().name()?
            )));
        };
        Ok(read.py()?.into_iter().map(PyAssessment).collect())
    }

    /// Writes assessments as long CSV text. A text cell a spreadsheet would
    /// run as a formula (`=`, `+`, `-`, `@`, tab, carriage return) or that
    /// starts with an apostrophe gets a leading apostrophe; `from_csv`
    /// removes it again.
    #[staticmethod]
    fn to_csv(assessments: Vec<PyAssessment>) -> String {
        let list: Vec<Assessment> = assessments.into_iter().map(|a| a.0).collect();
        Assessment::to_csv(&list)
    }

    /// Who is assessed.
    #[getter]
    fn subject(&self) -> &str {
        self.0.subject()
    }

    /// The period (year).
    #[getter]
    fn period(&self) -> i32 {
        self.0.period()
    }

    /// The framework id it was made for, if recorded.
    #[getter]
    fn framework(&self) -> Option<&str> {
        self.0.framework()
    }

    /// `{indicator: level}` in natural id order.
    #[getter]
    fn levels<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        for (k, v) in self.0.levels() {
            d.set_item(k, v)?;
        }
        Ok(d)
    }

    /// `{indicator: (text, evidence)}`.
    #[getter]
    fn notes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        for (k, n) in self.0.notes() {
            d.set_item(k, (&n.text, &n.evidence))?;
        }
        Ok(d)
    }

    /// Sets one indicator's level (checked when scored).
    fn set(&mut self, indicator: &str, level: &Bound<'_, PyAny>) -> PyResult<()> {
        let level: i64 = crate::convert::int_arg(level, "assessment", indicator)?;
        self.0.set(indicator, level);
        Ok(())
    }

    /// Removes an indicator's level; returns the old one.
    fn unset(&mut self, indicator: &str) -> Option<i64> {
        self.0.unset(indicator)
    }

    /// Sets the note (and optional evidence link) of an indicator.
    #[pyo3(signature = (indicator, text, evidence = None))]
    fn set_note(&mut self, indicator: &str, text: &str, evidence: Option<&str>) {
        self.0
            .set_note(indicator, text, evidence.map(str::to_owned));
    }

    fn __repr__(&self) -> String {
        format!(
            "Assessment({:?}, {}, levels={})",
            self.0.subject(),
            self.0.period(),
            self.0.levels().count()
        )
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let f = py
            .import("egov_masterplan._native")?
            .getattr("_assessment_from_json")?;
        Ok((f, (self.0.to_json(),)))
    }
}

/// Unpickles an assessment.
#[pyfunction]
pub fn _assessment_from_json(json: &str) -> PyResult<PyAssessment> {
    PyAssessment::from_json(json)
}
