//! The one place where core errors become Python exceptions. Each error
//! kind has its own class (named by `Error::class_name`), built at import by
//! `egov_masterplan/errors.py` from the core's table of error kinds (all
//! under `EgovError(ValueError)`, each with its `kind` as a class
//! attribute); every field of the error (`Error::fields`) becomes an
//! attribute of the exception.

use crate::convert::{json_to_py, to_json_value};
use egov_masterplan::error::{ErrorKind, FieldType};
use egov_masterplan::Error;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyDict;
use serde_json::Value;

/// Builds the Python exception for a core error.
pub fn to_py(e: Error) -> PyErr {
    Python::attach(|py| match build(py, &e) {
        Ok(err) => err,
        // The errors module failed to import: still a ValueError.
        Err(_) => PyValueError::new_err(e.to_string()),
    })
}

fn build(py: Python<'_>, e: &Error) -> PyResult<PyErr> {
    let module = py.import("egov_masterplan.errors")?;
    let class = module.getattr(e.class_name())?;
    let exc = class.call1((e.to_string(),))?;
    for (name, value) in e.fields() {
        exc.setattr(name.as_str(), json_to_py(py, &value)?)?;
    }
    Ok(PyErr::from_value(exc))
}

/// The Python type a field of the table converts to.
fn python_type(ty: FieldType) -> &'static str {
    match ty {
        FieldType::Text => "str",
        FieldType::Integer => "int",
        FieldType::TextList => "list[str]",
    }
}

/// The exception the core raises for error `kind` with these `fields` (as
/// `Error::fields` names them): same class, message and attributes, built
/// by the core (`Error::from_fields`). For the package's Python code, which
/// checks some values itself (pandas cells) and reports them as the core
/// would: `raise _native._core_error("level_not_integer", {...})`.
/// `ValueError` for an unknown kind; `TypeError` for a missing, mistyped or
/// unknown field.
#[pyfunction]
pub fn _core_error<'py>(
    py: Python<'py>,
    kind: &str,
    fields: &Bound<'py, PyDict>,
) -> PyResult<Bound<'py, PyAny>> {
    let info = ErrorKind::find(kind)
        .ok_or_else(|| PyValueError::new_err(format!("unknown error kind `{kind}`")))?;
    let Value::Object(map) = to_json_value(fields.as_any(), 0)? else {
        return Err(PyTypeError::new_err("fields must be a dict"));
    };
    let known = |name: &String| info.fields.iter().any(|f| f.name == name);
    let error = if map.keys().all(known) {
        Error::from_fields(kind, &map)
    } else {
        None
    };
    match error {
        Some(e) => Ok(to_py(e).into_value(py).into_bound(py).into_any()),
        None => {
            let expected: Vec<String> = info
                .fields
                .iter()
                .map(|f| format!("{}: {}", f.name, python_type(f.ty)))
                .collect();
            Err(PyTypeError::new_err(format!(
                "{kind}: fields must be exactly {{{}}}",
                expected.join(", ")
            )))
        }
    }
}

/// Lets `?` turn core errors into Python exceptions.
pub trait IntoPyResult<T> {
    /// The core result as a Python result.
    fn py(self) -> PyResult<T>;
}

impl<T> IntoPyResult<T> for egov_masterplan::Result<T> {
    fn py(self) -> PyResult<T> {
        self.map_err(to_py)
    }
}
