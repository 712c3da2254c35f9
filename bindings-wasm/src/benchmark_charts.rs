//! The benchmark charts (feature `benchmark-charts`: the full module, not
//! the benchmark module): the core's `render::benchmark_*_svg` as methods of
//! `Benchmark`, returning SVG text. The options are read here; every chart
//! is the core's, names escaped by it.

use crate::benchmark::{cohort_of, subject, year, JsBenchmark};
use crate::convert::{lang, number, options_map, string_arg};
use crate::errors::{type_error, IntoJsResult};
use egov_masterplan::render::{
    benchmark_distribution_svg, benchmark_ranking_svg, benchmark_slope_svg, BenchmarkChartOptions,
};
use serde_json::{Map, Value};
use wasm_bindgen::prelude::*;

/// `{lang, width}` of a chart's options (the core bounds the width).
fn chart_options(map: &Map<String, Value>) -> Result<BenchmarkChartOptions, JsValue> {
    let mut opts = BenchmarkChartOptions {
        lang: lang(map)?,
        ..Default::default()
    };
    if let Some(w) = number(map, "width") {
        opts.width = w as u32; // saturating; the core bounds the width
    }
    Ok(opts)
}

/// The `names` option: `undefined` or `null` as absent, else an array of
/// strings.
fn names(map: &Map<String, Value>) -> Result<Option<Vec<&str>>, JsValue> {
    let wrong = || type_error("options.names: expected an array of strings");
    match map.get("names") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| v.as_str().ok_or_else(wrong))
            .collect::<Result<Vec<_>, _>>()
            .map(Some),
        Some(_) => Err(wrong()),
    }
}

#[wasm_bindgen(js_class = Benchmark)]
impl JsBenchmark {
    /// The distribution of a cohort's published index in `year` as an SVG
    /// histogram over the predicate bands, `subject` (an institution's name
    /// or an index, as in `position`; absent: none) marked with its rank.
    /// Options: the cohort's `{kind, province, regional, local}`, `lang`
    /// (`"id"`, the default, or `"en"`), `width` (default 720; 480 to
    /// 4,096). With a subject, errors as `position` (without one, an empty
    /// cohort is an empty chart).
    #[wasm_bindgen(js_name = distributionSvg)]
    pub fn distribution_svg(
        &self,
        #[wasm_bindgen(js_name = year)] year_value: f64,
        #[wasm_bindgen(js_name = subject, unchecked_param_type = "string | number | null | void")]
        subject_value: Option<JsValue>,
        #[wasm_bindgen(js_name = options, unchecked_param_type = "DistributionSvgOptions | void")]
        options_value: Option<JsValue>,
    ) -> Result<String, JsValue> {
        let y = year(year_value, "year")?;
        let map = options_map(&options_value)?;
        let placed = match subject_value {
            Some(v) if !v.is_undefined() && !v.is_null() => Some(subject(&v)?),
            _ => None,
        };
        benchmark_distribution_svg(
            &self.0,
            y,
            &cohort_of(&map)?,
            placed.as_ref(),
            &chart_options(&map)?,
        )
        .js()
    }

    /// `name`'s peer table in `year` (`peers(name, year)`: its kind in its
    /// province) as SVG ranked bars, `name` highlighted. Options: `lang`,
    /// `width`.
    #[wasm_bindgen(js_name = rankingSvg)]
    pub fn ranking_svg(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] name: JsValue,
        #[wasm_bindgen(js_name = year)] year_value: f64,
        #[wasm_bindgen(js_name = options, unchecked_param_type = "BenchmarkChartOptions | void")]
        options_value: Option<JsValue>,
    ) -> Result<String, JsValue> {
        let name = string_arg(&name, "name")?;
        let y = year(year_value, "year")?;
        let opts = chart_options(&options_map(&options_value)?)?;
        let peers = self.0.peers(&name, y, 5).js()?;
        Ok(benchmark_ranking_svg(&self.0, &peers, &opts))
    }

    /// What moved from `fromYear` to `toYear` as an SVG slope chart: the
    /// institutions of `names` (each matched as `lookup` matches it; the
    /// cohort options are then not used) or else `movers` over the cohort
    /// (`{kind, province, regional, local}`). Options also `lang`, `width`.
    /// An unknown name is an `UnknownInstitutionError`.
    #[wasm_bindgen(js_name = slopeSvg)]
    pub fn slope_svg(
        &self,
        #[wasm_bindgen(js_name = fromYear)] from_year: f64,
        #[wasm_bindgen(js_name = toYear)] to_year: f64,
        #[wasm_bindgen(unchecked_param_type = "SlopeSvgOptions | void")] options: Option<JsValue>,
    ) -> Result<String, JsValue> {
        let (from, to) = (year(from_year, "fromYear")?, year(to_year, "toYear")?);
        let map = options_map(&options)?;
        let (cohort, opts) = (cohort_of(&map)?, chart_options(&map)?);
        let moves = match names(&map)? {
            Some(names) => self.0.movers_named(from, to, &names).js()?,
            None => self.0.movers(from, to, &cohort),
        };
        Ok(benchmark_slope_svg(&self.0, &moves, from, to, &opts))
    }
}

/// The options' TypeScript types (emitted into the generated `.d.ts`).
#[wasm_bindgen(typescript_custom_section)]
const BENCHMARK_CHART_TYPES: &'static str = r#"
/** Options of the benchmark charts. */
export interface BenchmarkChartOptions {
  /** The language of titles and labels (default "id"). */
  lang?: "id" | "en";
  /** Width in pixels (default 720; the core keeps it within 480–4,096). */
  width?: number;
}
/** `Benchmark.distributionSvg` options: the cohort and the chart's. */
export interface DistributionSvgOptions extends CohortOptions, BenchmarkChartOptions {}
/** `Benchmark.slopeSvg` options: the cohort, or chosen institutions, and the chart's. */
export interface SlopeSvgOptions extends CohortOptions, BenchmarkChartOptions {
  /** These institutions (names matched as `lookup` matches them) instead of the cohort's movers. */
  names?: string[] | null;
}
"#;
