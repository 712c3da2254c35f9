//! `Benchmark.robustness`: how far a self-assessed index's position moves
//! when the domain weights move (conversions only; the core's
//! `Benchmark::weight_robustness_of`).

use crate::benchmark::{cohort_of, year, JsBenchmark};
use crate::convert::options_map;
use crate::errors::{type_error, IntoJsResult};
use crate::present::{present, ROBUST_POSITION};
use egov_masterplan::composite::UncertaintyOptions;
use serde_json::Value;
use wasm_bindgen::prelude::*;

/// Robustness options beyond the cohort's: `weightNoise` (default 0.2),
/// `samples` (default 500), `seed` (default 0).
const KEYS: [&str; 7] = [
    "kind",
    "province",
    "regional",
    "local",
    "weightNoise",
    "samples",
    "seed",
];

fn number(map: &serde_json::Map<String, Value>, key: &str, default: f64) -> Result<f64, JsValue> {
    match map.get(key) {
        None | Some(Value::Null) => Ok(default),
        Some(Value::Number(n)) => n
            .as_f64()
            .ok_or_else(|| type_error(&format!("options.{key}: expected a number"))),
        Some(_) => Err(type_error(&format!("options.{key}: expected a number"))),
    }
}

fn whole(map: &serde_json::Map<String, Value>, key: &str, default: f64) -> Result<u64, JsValue> {
    let v = number(map, key, default)?;
    if v.fract() != 0.0 || !(0.0..=9_007_199_254_740_991.0).contains(&v) {
        return Err(type_error(&format!(
            "options.{key}: expected a whole number from 0 to 2^53 − 1, got {v}"
        )));
    }
    Ok(v as u64)
}

#[wasm_bindgen(js_class = Benchmark)]
impl JsBenchmark {
    /// Where an index made of these four domain values (a
    /// self-assessment's, in the framework's domain order) would stand in
    /// `year` among a cohort (options `{kind, province, regional, local}`),
    /// and how far its rank moves when each domain weight moves by up to
    /// `weightNoise` (default 0.2) of itself: `{count, nominalRank,
    /// medianRank, p05, p95, meanShift}` over `samples` (default 500)
    /// seeded draws (`seed`, default 0).
    #[wasm_bindgen(unchecked_return_type = "RobustPosition")]
    pub fn robustness(
        &self,
        #[wasm_bindgen(js_name = year)] year_value: f64,
        #[wasm_bindgen(unchecked_param_type = "ArrayLike<number>")] domains: Vec<f64>,
        #[wasm_bindgen(unchecked_param_type = "RobustnessOptions | void")] options: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        present(
            &self.robustness_json(year_value, domains, options)?,
            &ROBUST_POSITION,
        )
    }

    /// `robustness` as the core's JSON text.
    #[wasm_bindgen(js_name = robustnessJson)]
    pub fn robustness_json(
        &self,
        #[wasm_bindgen(js_name = year)] year_value: f64,
        #[wasm_bindgen(unchecked_param_type = "ArrayLike<number>")] domains: Vec<f64>,
        #[wasm_bindgen(unchecked_param_type = "RobustnessOptions | void")] options: Option<JsValue>,
    ) -> Result<String, JsValue> {
        let map = options_map(&options)?;
        if let Some(k) = map.keys().find(|k| !KEYS.contains(&k.as_str())) {
            return Err(type_error(&format!(
                "options.{k}: unknown option; expected one of {}",
                KEYS.join(", ")
            )));
        }
        let mut cohort_map = map.clone();
        for k in ["weightNoise", "samples", "seed"] {
            cohort_map.remove(k);
        }
        let cohort = cohort_of(&cohort_map)?;
        let options = UncertaintyOptions {
            weight_noise: number(&map, "weightNoise", 0.2)?,
            samples: whole(&map, "samples", 500.0)? as usize,
            seed: whole(&map, "seed", 0.0)?,
            decimals: Some(2),
        };
        let p = self
            .0
            .weight_robustness_of(year(year_value, "year")?, &cohort, &domains, &options)
            .js()?;
        Ok(p.to_json())
    }
}
