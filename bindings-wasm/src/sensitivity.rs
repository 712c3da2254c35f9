//! `saltelliSample`, `sobolAnalyze` and `sensitivityBarsSvg`: the core's
//! sensitivity analysis and its chart (conversions only), with their
//! TypeScript types.

use crate::errors::{type_error, IntoJsResult};
use egov_masterplan::render::{sensitivity_bars_svg, SensitivityBarsOptions};
use egov_masterplan::sensitivity::{
    saltelli_sample, sobol_analyze, SaltelliOptions, SobolIndices, SobolOptions,
};
use egov_masterplan::Lang;
use js_sys::{Array, Float64Array, Object, Reflect};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const SENSITIVITY_TYPES: &'static str = r#"
/** What `saltelliSample` takes besides `n` and `d`. */
export interface SaltelliOptions {
  /** Points of the Sobol' sequence skipped first (default, as SALib: the smallest power of two ≥ n, at least 16). */
  skip?: number;
  /** A random digital shift of every dimension (a whole number 0 … 2^53 − 1); left out: the plain sequence. */
  seed?: number;
}
/** A Saltelli sample: `rows × columns` values in [0, 1), row by row (rows A, AB_1 … AB_d, B per base point). */
export interface SampleMatrix {
  rows: number;
  columns: number;
  values: Float64Array;
}
/** What `sobolAnalyze` takes besides the outputs and `d`. */
export interface SobolOptions {
  /** Bootstrap resamples for the intervals (default 100). */
  resamples?: number;
  /** Confidence level of the intervals, in (0, 1) (default 0.95). */
  confLevel?: number;
  /** Seed of the bootstrap's draws (default 0). */
  seed?: number;
}
/** Sobol' indices per input, in input order. */
export interface SobolIndices {
  /** First-order indices. */
  s1: number[];
  /** Half-widths of their confidence intervals. */
  s1Conf: number[];
  /** Total indices. */
  st: number[];
  /** Half-widths of their confidence intervals. */
  stConf: number[];
}
/** What `sensitivityBarsSvg` takes besides the indices and the names. */
export interface SensitivityBarsOptions {
  /** The language of the title and legend (default "id"). */
  lang?: Lang;
  /** Width in pixels (default 640; the core keeps it within 360–4,096). */
  width?: number;
  /** Inputs by total index, highest first (default true); false: in input order. */
  sortByTotal?: boolean;
}
"#;

/// A whole number `0 … 2^53 − 1` from a JS number.
fn whole(value: &JsValue, name: &str) -> Result<u64, JsValue> {
    match value.as_f64() {
        Some(x) if x.fract() == 0.0 && (0.0..9_007_199_254_740_992.0).contains(&x) => Ok(x as u64),
        _ => Err(type_error(&format!(
            "{name}: expected a whole number from 0 to 2^53 - 1"
        ))),
    }
}

/// Option `key` of `options`, if present (not `undefined` or `null`).
fn option(options: &Option<Object>, key: &str) -> Result<Option<JsValue>, JsValue> {
    let Some(o) = options else { return Ok(None) };
    let v = Reflect::get(o, &JsValue::from_str(key))?;
    Ok(if v.is_undefined() || v.is_null() {
        None
    } else {
        Some(v)
    })
}

/// A `Float64Array` or an array of numbers (NaN allowed) as a vector.
fn numbers(value: &JsValue, name: &str) -> Result<Vec<f64>, JsValue> {
    if value.is_instance_of::<Float64Array>() {
        Ok(Float64Array::from(value.clone()).to_vec())
    } else if Array::is_array(value) {
        Array::from(value)
            .iter()
            .enumerate()
            .map(|(k, v)| {
                v.as_f64()
                    .ok_or_else(|| type_error(&format!("{name}[{k}]: expected a number")))
            })
            .collect()
    } else {
        Err(type_error(&format!(
            "{name}: expected a Float64Array or an array of numbers"
        )))
    }
}

fn size(value: u64, name: &str) -> Result<usize, JsValue> {
    usize::try_from(value).map_err(|_| type_error(&format!("{name}: too large")))
}

/// The Saltelli sample of `n` base points in `d` dimensions (an
/// `n·(d+2)` × `d` matrix in [0, 1)): evaluate your model on every row,
/// then pass the outputs to `sobolAnalyze`. Unscrambled, the values are
/// SALib's `saltelli.sample(..., calc_second_order=False)`.
#[wasm_bindgen(js_name = saltelliSample, unchecked_return_type = "SampleMatrix")]
pub fn saltelli_sample_js(
    #[wasm_bindgen(unchecked_param_type = "number")] n: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] d: JsValue,
    #[wasm_bindgen(unchecked_param_type = "SaltelliOptions | undefined")] options: Option<Object>,
) -> Result<JsValue, JsValue> {
    let n = size(whole(&n, "n")?, "n")?;
    let d = size(whole(&d, "d")?, "d")?;
    let skip = option(&options, "skip")?
        .map(|v| whole(&v, "skip").and_then(|s| size(s, "skip")))
        .transpose()?;
    let seed = option(&options, "seed")?
        .map(|v| whole(&v, "seed"))
        .transpose()?;
    let m = saltelli_sample(n, d, &SaltelliOptions { skip, seed }).js()?;
    let out = Object::new();
    Reflect::set(&out, &"rows".into(), &JsValue::from(m.rows as f64))?;
    Reflect::set(&out, &"columns".into(), &JsValue::from(m.columns as f64))?;
    Reflect::set(
        &out,
        &"values".into(),
        &Float64Array::from(m.values.as_slice()),
    )?;
    Ok(out.into())
}

/// The first-order and total Sobol' indices of the `d` inputs, from the
/// outputs `y` (a `Float64Array` or an array of numbers) of a
/// `saltelliSample` of dimension `d`, with bootstrap confidence intervals:
/// SALib's `sobol.analyze(..., calc_second_order=False)` estimates.
#[wasm_bindgen(js_name = sobolAnalyze, unchecked_return_type = "SobolIndices")]
pub fn sobol_analyze_js(
    #[wasm_bindgen(unchecked_param_type = "Float64Array | number[]")] y: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] d: JsValue,
    #[wasm_bindgen(unchecked_param_type = "SobolOptions | undefined")] options: Option<Object>,
) -> Result<JsValue, JsValue> {
    let values = numbers(&y, "y")?;
    let d = size(whole(&d, "d")?, "d")?;
    let defaults = SobolOptions::default();
    let resamples = match option(&options, "resamples")? {
        Some(v) => size(whole(&v, "resamples")?, "resamples")?,
        None => defaults.resamples,
    };
    let conf_level = match option(&options, "confLevel")? {
        Some(v) => v
            .as_f64()
            .ok_or_else(|| type_error("confLevel: expected a number"))?,
        None => defaults.conf_level,
    };
    let seed = match option(&options, "seed")? {
        Some(v) => whole(&v, "seed")?,
        None => defaults.seed,
    };
    let s = sobol_analyze(
        &values,
        d,
        &SobolOptions {
            resamples,
            conf_level,
            seed,
        },
    )
    .js()?;
    let out = Object::new();
    for (key, list) in [
        ("s1", &s.s1),
        ("s1Conf", &s.s1_conf),
        ("st", &s.st),
        ("stConf", &s.st_conf),
    ] {
        let array: Array = list.iter().map(|&x| JsValue::from(x)).collect();
        Reflect::set(&out, &key.into(), &array)?;
    }
    Ok(out.into())
}

/// The Sobol' indices (as `sobolAnalyze` returns them: `s1`, `s1Conf`,
/// `st`, `stConf`, arrays of numbers or `Float64Array`s) as an SVG bar
/// chart: per input (`names`, then `x1`, `x2`, … for the rest) a bar of
/// its first-order index over a bar of its total index, each with a
/// whisker of ± its confidence half-width, the values printed at the
/// right. Options: `lang` (`"id"`, the default, or `"en"`), `width`
/// (default 640; 360 to 4,096), `sortByTotal` (default true: inputs by
/// total index, highest first). A value that is not a number has no bar
/// and prints as "–"; names are escaped.
#[wasm_bindgen(js_name = sensitivityBarsSvg)]
pub fn sensitivity_bars_svg_js(
    #[wasm_bindgen(unchecked_param_type = "SobolIndices")] indices: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string[] | null | void")] names: Option<JsValue>,
    #[wasm_bindgen(unchecked_param_type = "SensitivityBarsOptions | void")] options: Option<Object>,
) -> Result<String, JsValue> {
    if !indices.is_object() {
        return Err(type_error(
            "indices: expected an object with s1, s1Conf, st and stConf",
        ));
    }
    let field = |key: &str| -> Result<Vec<f64>, JsValue> {
        numbers(&Reflect::get(&indices, &JsValue::from_str(key))?, key)
    };
    let indices = SobolIndices {
        s1: field("s1")?,
        s1_conf: field("s1Conf")?,
        st: field("st")?,
        st_conf: field("stConf")?,
    };
    let names: Vec<String> = match names {
        None => Vec::new(),
        Some(v) if v.is_undefined() || v.is_null() => Vec::new(),
        Some(v) if Array::is_array(&v) => Array::from(&v)
            .iter()
            .enumerate()
            .map(|(k, v)| {
                v.as_string()
                    .ok_or_else(|| type_error(&format!("names[{k}]: expected a string")))
            })
            .collect::<Result<_, _>>()?,
        Some(_) => return Err(type_error("names: expected an array of strings")),
    };
    let mut opts = SensitivityBarsOptions::default();
    if let Some(v) = option(&options, "lang")? {
        let code = v
            .as_string()
            .ok_or_else(|| type_error("lang: expected \"id\" or \"en\""))?;
        opts.lang = code.parse::<Lang>().js()?;
    }
    if let Some(v) = option(&options, "width")? {
        let w = v
            .as_f64()
            .ok_or_else(|| type_error("width: expected a number"))?;
        opts.width = w as u32; // saturating; the core bounds the width
    }
    if let Some(v) = option(&options, "sortByTotal")? {
        opts.sort_by_total = v
            .as_bool()
            .ok_or_else(|| type_error("sortByTotal: expected a boolean"))?;
    }
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    Ok(sensitivity_bars_svg(&names, &indices, &opts))
}
