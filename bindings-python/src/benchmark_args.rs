//! The arguments of `Benchmark`'s methods as the core's values: the
//! subject placed, the cohort of the keyword arguments, a year.

use crate::convert::int_arg;
use crate::errors::IntoPyResult;
use egov_masterplan::benchmark::{Cohort, Subject};
use egov_masterplan::Fraction;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyFloat, PyInt, PyString};

/// What to place: a `str` is read by the core's rule (`Subject::parse`: a
/// leading digit makes it an index, otherwise it is a name); an int,
/// float, `decimal.Decimal` or `fractions.Fraction` is an index value,
/// handed to the core as its decimal text.
pub(crate) fn subject(obj: &Bound<'_, PyAny>) -> PyResult<Subject> {
    if let Ok(s) = obj.cast::<PyString>() {
        return Subject::parse(&s.to_cow()?).py();
    }
    let wrong = || {
        Ok::<_, PyErr>(PyTypeError::new_err(format!(
            "subject: expected an institution name (str) or an index (int, float, Decimal, \
             Fraction or decimal text), not {}",
            obj.get_type().name()?
        )))
    };
    if obj.is_instance_of::<PyBool>() {
        return Err(wrong()?);
    }
    if obj.is_instance_of::<PyInt>() {
        // Exact: the int's decimal text, however large.
        return Subject::index(&obj.str()?.to_cow()?).py();
    }
    if obj.is_instance_of::<PyFloat>() {
        // The decimal the float was written as (its shortest round-trip
        // text), as `GapTarget` reads a float: 3.1 means exactly 3.10.
        return Subject::index(&format!("{}", obj.extract::<f64>()?)).py();
    }
    let decimal = obj.py().import("decimal")?.getattr("Decimal")?;
    if obj.is_instance(&decimal)? {
        return Subject::index(&obj.str()?.to_cow()?).py();
    }
    if let (Ok(n), Ok(d)) = (
        obj.getattr("numerator").and_then(|n| n.extract::<i128>()),
        obj.getattr("denominator").and_then(|d| d.extract::<i128>()),
    ) {
        // A fraction with a terminating decimal expansion (31/10); any
        // other is reported by the core as text it cannot read.
        let text = Fraction::new(n, d)
            .and_then(|f| f.to_decimal_string())
            .unwrap_or_else(|| format!("{n}/{d}"));
        return Subject::index(&text).py();
    }
    if obj.hasattr("__index__")? {
        // NumPy integers.
        return Subject::index(&obj.call_method0("__index__")?.str()?.to_cow()?).py();
    }
    Err(wrong()?)
}

/// The cohort of the keyword arguments (`Cohort::from_parts`: a province
/// is the regional governments of that province, `regional` every regional
/// government, `local` only kabupaten and kota, none of them every
/// institution; `kind` narrows any of them, an unknown kind listing the
/// allowed ones).
pub(crate) fn cohort(
    kind: Option<&str>,
    province: Option<&str>,
    regional: bool,
    local: bool,
) -> PyResult<Cohort> {
    Cohort::from_parts(kind, province, regional, local).py()
}

/// A year argument (an int the core's `i32` holds).
pub(crate) fn year(obj: &Bound<'_, PyAny>, field: &str) -> PyResult<i32> {
    int_arg(obj, "benchmark", field)
}
