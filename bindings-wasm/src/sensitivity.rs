//! `saltelliSample` and `sobolAnalyze`: the core's sensitivity analysis
//! (conversions only), with its TypeScript types.

use crate::errors::{type_error, IntoJsResult};
use egov_masterplan::sensitivity::{saltelli_sample, sobol_analyze, SaltelliOptions, SobolOptions};
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
    let values: Vec<f64> = if y.is_instance_of::<Float64Array>() {
        Float64Array::from(y).to_vec()
    } else if Array::is_array(&y) {
        Array::from(&y)
            .iter()
            .enumerate()
            .map(|(k, v)| {
                v.as_f64()
                    .ok_or_else(|| type_error(&format!("y[{k}]: expected a number")))
            })
            .collect::<Result<_, _>>()?
    } else {
        return Err(type_error(
            "y: expected a Float64Array or an array of numbers",
        ));
    };
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
