//! Conversions between JS values and the core's inputs: plain objects go
//! through JSON text, which the core reads exactly (no float detours for
//! weights or levels beyond what JSON itself carries).

use crate::errors::type_error;
#[cfg(any(
    feature = "scoring",
    feature = "architecture",
    feature = "benchmark-charts",
    feature = "xlsx"
))]
use crate::errors::IntoJsResult;
#[cfg(any(
    feature = "scoring",
    feature = "architecture",
    feature = "benchmark-charts",
    feature = "xlsx"
))]
use egov_masterplan::Lang;
#[cfg(feature = "scoring")]
use egov_masterplan::{scoring::ScoreOptions, Assessment};
use js_sys::JSON;
#[cfg(any(
    feature = "scoring",
    feature = "architecture",
    feature = "benchmark",
    feature = "xlsx"
))]
use serde_json::Map;
use serde_json::Value;
use wasm_bindgen::prelude::*;

/// A JS value as JSON (`undefined` and functions are type errors).
pub fn to_json(value: &JsValue, what: &str) -> Result<Value, JsValue> {
    let text = JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| type_error(&format!("{what}: expected a plain object")))?;
    serde_json::from_str(&text).map_err(|e| type_error(&format!("{what}: {e}")))
}

/// Parses JSON text produced by the core into a plain JS object.
pub fn parse(json: &str) -> Result<JsValue, JsValue> {
    JSON::parse(json)
}

/// A string field of an options object, under its camelCase or snake_case
/// name.
#[cfg(any(
    feature = "scoring",
    feature = "architecture",
    feature = "benchmark-charts",
    feature = "xlsx"
))]
fn option<'a>(options: &'a Map<String, Value>, camel: &str, snake: &str) -> Option<&'a Value> {
    options.get(camel).or_else(|| options.get(snake))
}

/// A string argument (a `TypeError` for anything else: wasm-bindgen's own
/// string conversion must not see a non-string).
pub fn string_arg(value: &JsValue, name: &str) -> Result<String, JsValue> {
    value
        .as_string()
        .ok_or_else(|| type_error(&format!("{name}: expected a string")))
}

/// An options object (or nothing) as a JSON map.
#[cfg(any(
    feature = "scoring",
    feature = "architecture",
    feature = "benchmark",
    feature = "xlsx"
))]
pub fn options_map(options: &Option<JsValue>) -> Result<Map<String, Value>, JsValue> {
    let Some(options) = options else {
        return Ok(Map::new());
    };
    if options.is_undefined() || options.is_null() {
        return Ok(Map::new());
    }
    match to_json(options, "options")? {
        Value::Object(map) => Ok(map),
        _ => Err(type_error("options: expected a plain object")),
    }
}

/// A string option, parsed by the core (errors list the allowed values).
#[cfg(any(
    feature = "scoring",
    feature = "architecture",
    feature = "benchmark-charts",
    feature = "xlsx"
))]
fn parsed<T: std::str::FromStr<Err = egov_masterplan::Error> + Default>(
    map: &Map<String, Value>,
    camel: &str,
    snake: &str,
) -> Result<T, JsValue> {
    match option(map, camel, snake) {
        None | Some(Value::Null) => Ok(T::default()),
        Some(Value::String(s)) => s.parse::<T>().js(),
        Some(other) => other.to_string().parse::<T>().js(),
    }
}

/// `{predicateBasis, missing}` (snake_case accepted too).
#[cfg(feature = "scoring")]
pub fn score_options(map: &Map<String, Value>) -> Result<ScoreOptions, JsValue> {
    Ok(ScoreOptions {
        predicate_basis: parsed(map, "predicateBasis", "predicate_basis")?,
        missing: parsed(map, "missing", "missing")?,
    })
}

/// The `lang` option (`"id"` or `"en"`).
#[cfg(any(
    feature = "scoring",
    feature = "architecture",
    feature = "benchmark-charts",
    feature = "xlsx"
))]
pub fn lang(map: &Map<String, Value>) -> Result<Lang, JsValue> {
    parsed(map, "lang", "lang")
}

/// A number option.
#[cfg(any(
    feature = "scoring",
    feature = "architecture",
    feature = "benchmark-charts"
))]
pub fn number(map: &Map<String, Value>, name: &str) -> Option<f64> {
    map.get(name).and_then(Value::as_f64)
}

/// An assessment from a level map (`{I1: 3, …}`) or a whole assessment
/// document (an object with `levels`); `subject` and `period` options
/// override the document's.
#[cfg(feature = "scoring")]
pub fn assessment(value: &JsValue, options: &Map<String, Value>) -> Result<Assessment, JsValue> {
    match to_json(value, "levels")? {
        Value::Object(map) => Assessment::from_levels_or_document(
            map,
            options.get("subject").cloned(),
            options.get("period").cloned(),
        )
        .js(),
        _ => Err(type_error(
            "levels: expected {indicator: level} or an assessment",
        )),
    }
}
