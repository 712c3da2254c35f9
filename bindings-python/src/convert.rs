//! Conversions between Python values and the core's types: nothing here
//! decides anything the core does not.

use crate::errors::IntoPyResult;
use egov_masterplan::{scoring::ScoreOptions, Fraction, Lang};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};
use serde_json::{Map, Number, Value};

/// A Python value (dict, list, str, int, float, bool, None; numpy scalars
/// through `__index__`/`__float__`) as JSON, for the core's JSON readers.
pub fn to_json_value(obj: &Bound<'_, PyAny>, depth: usize) -> PyResult<Value> {
    if depth > 64 {
        return Err(PyTypeError::new_err(
            "value nested more than 64 levels deep",
        ));
    }
    if obj.is_none() {
        return Ok(Value::Null);
    }
    if obj.is_instance_of::<PyBool>() {
        return Ok(Value::Bool(obj.extract()?));
    }
    if obj.is_instance_of::<PyInt>() {
        return match obj.extract::<i64>() {
            Ok(i) => Ok(Value::Number(i.into())),
            // Too big for i64: written as its decimal text so the core can
            // say which field is off the scale.
            Err(_) => Ok(Value::String(obj.str()?.extract()?)),
        };
    }
    if obj.is_instance_of::<PyFloat>() {
        let f: f64 = obj.extract()?;
        // NaN and infinities have no JSON number: the core reports them as
        // the text they print as.
        return Ok(Number::from_f64(f).map_or_else(|| Value::String(f.to_string()), Value::Number));
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Value::String(s.to_cow()?.into_owned()));
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        let mut map = Map::new();
        for (k, v) in d.iter() {
            let key: String = k
                .extract()
                .map_err(|_| PyTypeError::new_err(format!("dict key {k} is not a string")))?;
            map.insert(key, to_json_value(&v, depth + 1)?);
        }
        return Ok(Value::Object(map));
    }
    if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        let mut items = Vec::new();
        for v in obj.try_iter()? {
            items.push(to_json_value(&v?, depth + 1)?);
        }
        return Ok(Value::Array(items));
    }
    // numpy integers and floats.
    if obj.hasattr("__index__")? {
        return to_json_value(obj.call_method0("__index__")?.as_any(), depth + 1);
    }
    if obj.hasattr("__float__")? {
        return to_json_value(obj.call_method0("__float__")?.as_any(), depth + 1);
    }
    Err(PyTypeError::new_err(format!(
        "cannot use a {} here; expected dict, list, str, int, float, bool or None",
        obj.get_type().name()?
    )))
}

/// A whole-number argument: `TypeError` for anything but an int, the core's
/// `InvalidField` error (an `EgovError`) for an int the field cannot hold.
pub fn int_arg<'py, T>(obj: &Bound<'py, PyAny>, what: &str, field: &str) -> PyResult<T>
where
    T: for<'a> FromPyObject<'a, 'py> + IntRange,
{
    if obj.is_instance_of::<PyBool>()
        || !(obj.is_instance_of::<PyInt>() || obj.hasattr("__index__")?)
    {
        return Err(PyTypeError::new_err(format!(
            "{what}: `{field}` must be an int, not {}",
            obj.get_type().name()?
        )));
    }
    obj.extract::<T>().map_err(|_| {
        crate::errors::to_py(egov_masterplan::Error::InvalidField {
            what: what.to_owned(),
            field: field.to_owned(),
            detail: {
                let (min, max) = T::range_text();
                format!(
                    "{} is out of range: expected a whole number from {min} to {max}",
                    obj.str().map(|s| s.to_string()).unwrap_or_default(),
                )
            },
        })
    })
}

/// The range of a whole-number field, as an error message states it.
pub trait IntRange {
    /// The smallest and the largest value, in decimal.
    fn range_text() -> (String, String);
}

macro_rules! int_ranges {
    ($($t:ty),+) => {$(
        impl IntRange for $t {
            fn range_text() -> (String, String) {
                (<$t>::MIN.to_string(), <$t>::MAX.to_string())
            }
        }
    )+};
}
int_ranges!(u8, i32, i64, u64);

/// A JSON value as the Python value it reads as (objects become dicts).
pub fn json_to_py<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => i.into_pyobject(py)?.into_any(),
            (None, Some(u)) => u.into_pyobject(py)?.into_any(),
            _ => n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any(),
        },
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(json_to_py(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, v) in map {
                dict.set_item(k, json_to_py(py, v)?)?;
            }
            dict.into_any()
        }
    })
}

/// `fractions.Fraction(numer, denom)`.
pub fn fraction<'py>(py: Python<'py>, f: &Fraction) -> PyResult<Bound<'py, PyAny>> {
    py.import("fractions")?
        .getattr("Fraction")?
        .call1((f.numer(), f.denom()))
}

/// An optional exact value.
pub fn opt_fraction<'py>(py: Python<'py>, f: Option<&Fraction>) -> PyResult<Bound<'py, PyAny>> {
    match f {
        Some(f) => fraction(py, f),
        None => Ok(py.None().into_bound(py)),
    }
}

/// A record (a frozen dataclass of `egov_masterplan._records`).
pub fn record<'py>(
    py: Python<'py>,
    name: &str,
    fields: &Bound<'py, PyDict>,
) -> PyResult<Bound<'py, PyAny>> {
    py.import("egov_masterplan._records")?
        .getattr(name)?
        .call((), Some(fields))
}

/// Scoring options from their names (errors list the allowed values).
pub fn score_options(predicate_basis: &str, missing: &str) -> PyResult<ScoreOptions> {
    Ok(ScoreOptions {
        predicate_basis: predicate_basis.parse().py()?,
        missing: missing.parse().py()?,
    })
}

/// The names of scoring options, for pickling.
pub fn option_names(o: &ScoreOptions) -> (&'static str, &'static str) {
    (o.predicate_basis.as_str(), o.missing.as_str())
}

/// A language from its code (`"id"` or `"en"`).
pub fn lang(code: &str) -> PyResult<Lang> {
    code.parse().py()
}
