//! The one place where core errors become Python exceptions: each error
//! kind has its own class (named by `Error::class_name`, defined in
//! `egov_masterplan/errors.py`, all under `EgovError(ValueError)`), and the
//! error's structured fields (`Error::fields`) become attributes.

use crate::convert::json_to_py;
use egov_masterplan::Error;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

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
    exc.setattr("kind", e.kind())?;
    for (name, value) in e.fields() {
        exc.setattr(name.as_str(), json_to_py(py, &value)?)?;
    }
    Ok(PyErr::from_value(exc))
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
