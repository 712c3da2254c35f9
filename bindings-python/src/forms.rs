//! Excel self-assessment forms (`egov_masterplan::forms`): file names and
//! bytes in, the core's answers out as records of
//! `egov_masterplan._records`. Reading and writing files is the only work
//! here; everything about the form is the core's.

use crate::assessment::{assessment_from, PyAssessment};
use crate::convert::{int_arg, lang, record, to_json_value};
use crate::errors::{to_py, IntoPyResult};
use crate::framework::PyFramework;
use egov_masterplan::forms::{
    consolidate, prefill_from_object, read_form_named, read_workbook, Consolidation,
    ConsolidationOptions, ConsolidationRow, FilledForm, FormOptions, ReturnedFile, WorkbookOptions,
};
use egov_masterplan::{Assessment, Framework, Lang};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyList, PyMemoryView, PyTuple};
use std::path::PathBuf;

/// A file argument: bytes as they are (named "workbook"), or a path (str or
/// `os.PathLike`) read from disk and named by its file name.
pub fn file_bytes(obj: &Bound<'_, PyAny>) -> PyResult<(String, Vec<u8>)> {
    if let Ok(b) = obj.cast::<PyBytes>() {
        return Ok(("workbook".to_owned(), b.as_bytes().to_vec()));
    }
    if obj.is_instance_of::<PyByteArray>() || obj.is_instance_of::<PyMemoryView>() {
        let b: Vec<u8> = obj
            .call_method0("__bytes__")
            .or_else(|_| obj.py().get_type::<PyBytes>().call1((obj,)))?
            .extract()?;
        return Ok(("workbook".to_owned(), b));
    }
    let path: PathBuf = obj.extract().map_err(|_| {
        PyTypeError::new_err("expected a path (str or os.PathLike) or the file's bytes")
    })?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    let bytes = std::fs::read(&path)?;
    Ok((name, bytes))
}

/// A prefill argument: an `Assessment` as it is, a dict by the core's rule
/// (`forms::prefill_from_object`: a bare level map is the previous period's).
fn prefill_arg(obj: &Bound<'_, PyAny>, subject: &str, period: i32) -> PyResult<Assessment> {
    if let Ok(a) = obj.cast::<PyAssessment>() {
        return Ok(a.borrow().0.clone());
    }
    match to_json_value(obj, 0)? {
        serde_json::Value::Object(map) => prefill_from_object(map, subject, period).py(),
        _ => Err(PyTypeError::new_err(
            "prefill: expected an Assessment or a dict of {indicator: level}",
        )),
    }
}

/// `Framework.xlsx_form`'s work: the form's bytes, written to `path` when
/// one is given (returning `None`), else returned.
#[allow(clippy::too_many_arguments)]
pub fn xlsx_form<'py>(
    py: Python<'py>,
    fw: &Framework,
    path: Option<PathBuf>,
    subject: &str,
    period: &Bound<'py, PyAny>,
    prefill: Option<&Bound<'py, PyAny>>,
    lang_code: &str,
    issued: Option<(u16, u8, u8)>,
) -> PyResult<Option<Bound<'py, PyBytes>>> {
    let period = int_arg(period, "form", "period")?;
    let opts = FormOptions {
        subject: subject.to_owned(),
        period,
        lang: lang(lang_code)?,
        prefill: prefill
            .map(|p| prefill_arg(p, subject, period))
            .transpose()?,
        issued,
    };
    let bytes = fw.xlsx_form(&opts).py()?;
    match path {
        Some(p) => {
            std::fs::write(p, &bytes)?;
            Ok(None)
        }
        None => Ok(Some(PyBytes::new(py, &bytes))),
    }
}

/// `Framework.xlsx_workbook`'s work: one workbook for many agencies, written
/// to `path` when one is given (returning `None`), else returned.
#[allow(clippy::too_many_arguments)]
pub fn xlsx_workbook<'py>(
    py: Python<'py>,
    fw: &Framework,
    path: Option<PathBuf>,
    subjects: Vec<String>,
    period: &Bound<'py, PyAny>,
    prefill: Option<&Bound<'py, PyAny>>,
    lang_code: &str,
    issued: Option<(u16, u8, u8)>,
) -> PyResult<Option<Bound<'py, PyBytes>>> {
    let mut earlier = Vec::new();
    if let Some(prefill) = prefill {
        for p in prefill.try_iter()? {
            earlier.push(assessment_from(&p?, None, None)?);
        }
    }
    let opts = WorkbookOptions {
        subjects,
        period: int_arg(period, "workbook", "period")?,
        lang: lang(lang_code)?,
        prefill: earlier,
        issued,
    };
    let bytes = fw.xlsx_workbook(&opts).py()?;
    match path {
        Some(p) => {
            std::fs::write(p, &bytes)?;
            Ok(None)
        }
        None => Ok(Some(PyBytes::new(py, &bytes))),
    }
}

/// `Assessment.from_xlsx`'s work (strict: the first bad cell raises).
pub fn assessment_from_xlsx(obj: &Bound<'_, PyAny>) -> PyResult<Assessment> {
    let (_, bytes) = file_bytes(obj)?;
    Assessment::from_xlsx(&bytes).py()
}

/// A `FilledForm` record; its problems are the exceptions the core's
/// errors become (`FormCellError`), not raised.
fn filled_record<'py>(py: Python<'py>, form: FilledForm) -> PyResult<Bound<'py, PyAny>> {
    let d = PyDict::new(py);
    d.set_item(
        "assessment",
        PyAssessment(form.assessment).into_pyobject(py)?,
    )?;
    d.set_item("framework_version", form.framework_version)?;
    d.set_item("sheet", form.sheet)?;
    d.set_item("empty", PyTuple::new(py, form.empty)?)?;
    let problems: Vec<Bound<'py, PyAny>> = form
        .problems
        .into_iter()
        .map(|e| to_py(e).into_value(py).into_bound(py).into_any())
        .collect();
    d.set_item("problems", PyTuple::new(py, problems)?)?;
    d.set_item("contact", PyTuple::new(py, form.contact)?)?;
    record(py, "FilledForm", &d)
}

/// Reads one returned form: the assessment of every acceptable answer,
/// the indicators left empty, and the cells it could not accept
/// (`FormCellError` instances, not raised). A workbook that is not a form
/// raises `FormFileError`.
#[pyfunction(name = "read_form")]
pub fn read_form_file<'py>(
    py: Python<'py>,
    file: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let (name, bytes) = file_bytes(file)?;
    let form = read_form_named(&name, &bytes).map_err(to_py)?;
    filled_record(py, form)
}

/// Reads every agency's answers in a returned file: one `FilledForm` per
/// rating sheet of a workbook written by `Framework.xlsx_workbook`, in sheet
/// order (a single agency's form gives a list of one).
#[pyfunction(name = "read_workbook")]
pub fn read_workbook_file<'py>(
    py: Python<'py>,
    file: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyList>> {
    let (name, bytes) = file_bytes(file)?;
    let forms = read_workbook(&name, &bytes).map_err(to_py)?;
    let out = PyList::empty(py);
    for form in forms {
        out.append(filled_record(py, form)?)?;
    }
    Ok(out)
}

/// A report row record.
fn row_record<'py>(py: Python<'py>, r: &ConsolidationRow) -> PyResult<Bound<'py, PyAny>> {
    let d = PyDict::new(py);
    d.set_item("subject", &r.subject)?;
    d.set_item("period", r.period)?;
    d.set_item("status", r.status.as_str())?;
    d.set_item("files", PyTuple::new(py, &r.files)?)?;
    d.set_item("rated", r.rated)?;
    d.set_item("empty", PyTuple::new(py, &r.empty)?)?;
    d.set_item("problems", PyTuple::new(py, &r.problems)?)?;
    let mut changes = Vec::with_capacity(r.changes.len());
    for c in &r.changes {
        let cd = PyDict::new(py);
        cd.set_item("indicator", &c.indicator)?;
        cd.set_item("from_level", c.from)?;
        cd.set_item("to_level", c.to)?;
        changes.push(record(py, "LevelChange", &cd)?);
    }
    d.set_item("changes", PyTuple::new(py, changes)?)?;
    record(py, "ConsolidationRow", &d)
}

/// The report of `read_forms`: one row per agency (expected ones first),
/// with its status, files, counts, problems and flagged changes.
#[pyclass(name = "ConsolidationReport", module = "egov_masterplan", frozen)]
pub struct PyConsolidationReport(Consolidation);

#[pymethods]
impl PyConsolidationReport {
    /// The rows as records.
    #[getter]
    fn rows<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let out = PyList::empty(py);
        for r in &self.0.rows {
            out.append(row_record(py, r)?)?;
        }
        Ok(out)
    }

    fn __len__(&self) -> usize {
        self.0.rows.len()
    }

    /// The report as canonical JSON.
    fn to_json(&self) -> String {
        self.0.to_json()
    }

    /// The report as lines of text, one per agency.
    #[pyo3(signature = (lang = "id"))]
    fn to_text(&self, lang: &str) -> PyResult<String> {
        Ok(self.0.to_text(crate::convert::lang(lang)?))
    }

    /// The report as an HTML fragment.
    #[pyo3(signature = (lang = "id"))]
    fn to_html(&self, lang: &str) -> PyResult<String> {
        Ok(self.0.to_html(crate::convert::lang(lang)?))
    }

    /// Notebook display: the report's table.
    fn _repr_html_(&self) -> String {
        self.0.to_html(Lang::Id)
    }

    /// The report as a pandas DataFrame, one row per agency.
    fn to_pandas<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py()
            .import("egov_masterplan._pandas")?
            .getattr("consolidation_frame")?
            .call1((slf,))
    }

    fn __repr__(&self) -> String {
        let count = |s: &str| {
            self.0
                .rows
                .iter()
                .filter(|r| r.status.as_str() == s)
                .count()
        };
        format!(
            "ConsolidationReport(rows={}, complete={}, incomplete={}, missing={})",
            self.0.rows.len(),
            count("complete"),
            count("incomplete"),
            count("missing")
        )
    }
}

/// Reads many returned forms at once against `framework`: the batch of
/// complete and incomplete returns, and the report. `files` holds paths
/// or `(name, bytes)` pairs; `expected` the agencies that were sent a form
/// (missing ones are reported); `previous` last period's assessments, to
/// flag levels that moved more than `flag_more_than` steps.
#[pyfunction]
#[pyo3(signature = (files, framework, *, expected = None, previous = None, flag_more_than = 1))]
pub fn read_forms<'py>(
    py: Python<'py>,
    files: &Bound<'py, PyAny>,
    framework: PyRef<'py, PyFramework>,
    expected: Option<Vec<String>>,
    previous: Option<&Bound<'py, PyAny>>,
    flag_more_than: u8,
) -> PyResult<(Bound<'py, PyList>, PyConsolidationReport)> {
    let mut returned = Vec::new();
    for item in files.try_iter()? {
        let item = item?;
        if let Ok((name, data)) = item.extract::<(String, Vec<u8>)>() {
            returned.push(ReturnedFile::new(name, data));
        } else {
            let (name, bytes) = file_bytes(&item)?;
            returned.push(ReturnedFile::new(name, bytes));
        }
    }
    let mut before = Vec::new();
    if let Some(previous) = previous {
        for p in previous.try_iter()? {
            before.push(assessment_from(&p?, None, None)?);
        }
    }
    let opts = ConsolidationOptions {
        expected: expected.unwrap_or_default(),
        previous: before,
        flag_more_than,
    };
    let report = consolidate(&returned, &framework.0, &opts).py()?;
    let out = PyList::empty(py);
    for a in &report.assessments {
        out.append(PyAssessment(a.clone()))?;
    }
    Ok((out, PyConsolidationReport(report)))
}
