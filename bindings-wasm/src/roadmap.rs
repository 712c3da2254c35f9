//! `Roadmap` and `Schedule`.

use crate::convert::{assessment, lang, number, options_map, parse, score_options, string_arg};
use crate::errors::IntoJsResult;
use crate::framework::JsFramework;
use crate::present::{present, present_each, SCHEDULE, YEAR};
use egov_masterplan::{render::GanttOptions, Roadmap, Schedule, ScheduleOptions};
use serde_json::{json, Value};
use wasm_bindgen::prelude::*;

/// Initiatives with dependencies, durations, costs and budget caps.
#[wasm_bindgen(js_name = Roadmap)]
pub struct JsRoadmap(pub(crate) Roadmap);

#[wasm_bindgen(js_class = Roadmap)]
impl JsRoadmap {
    /// Reads and validates a roadmap document (JSON text).
    #[wasm_bindgen(js_name = fromJson)]
    pub fn from_json(
        #[wasm_bindgen(unchecked_param_type = "string")] json: JsValue,
    ) -> Result<JsRoadmap, JsValue> {
        Roadmap::from_json(&string_arg(&json, "json")?)
            .js()
            .map(JsRoadmap)
    }

    /// The roadmap as canonical JSON text.
    #[wasm_bindgen(js_name = toJson)]
    pub fn to_json(&self) -> String {
        self.0.to_json()
    }

    /// Topological generations: initiatives that can run side by side.
    #[wasm_bindgen(unchecked_return_type = "string[][]")]
    pub fn phases(&self) -> Result<JsValue, JsValue> {
        parse(&json!(self.0.phases()).to_string())
    }

    /// The critical path (critical path method, no budget limit).
    #[wasm_bindgen(js_name = criticalPath)]
    pub fn critical_path(&self) -> Result<Vec<String>, JsValue> {
        self.0.critical_path().js()
    }

    /// The dependency graph as Graphviz DOT.
    #[wasm_bindgen(js_name = toDot)]
    pub fn to_dot(&self) -> Result<String, JsValue> {
        self.0.to_dot().js()
    }

    /// Places the initiatives in time. Options: `respectBudget` (default
    /// true).
    pub fn schedule(
        &self,
        #[wasm_bindgen(unchecked_param_type = "{ respectBudget?: boolean } | void")]
        options: Option<JsValue>,
    ) -> Result<JsSchedule, JsValue> {
        let map = options_map(&options)?;
        let respect_budget = map
            .get("respectBudget")
            .or_else(|| map.get("respect_budget"))
            .and_then(Value::as_bool)
            .unwrap_or(ScheduleOptions::default().respect_budget);
        self.0
            .schedule(&ScheduleOptions { respect_budget })
            .js()
            .map(JsSchedule)
    }
}

/// A roadmap placed in time.
#[wasm_bindgen(js_name = Schedule)]
pub struct JsSchedule(pub(crate) Schedule);

#[wasm_bindgen(js_class = Schedule)]
impl JsSchedule {
    /// The schedule as canonical JSON text.
    #[wasm_bindgen(js_name = toJson)]
    pub fn to_json(&self) -> String {
        self.0.to_json()
    }

    /// The schedule as a plain object with camelCase keys (entries,
    /// unscheduled, spend): `toJson()` parsed, keys renamed.
    #[wasm_bindgen(js_name = toObject, unchecked_return_type = "ScheduleDocument")]
    pub fn to_object(&self) -> Result<JsValue, JsValue> {
        present(&self.0.to_json(), &SCHEDULE)
    }

    /// The critical path (before the budget).
    #[wasm_bindgen(js_name = criticalPath)]
    pub fn critical_path(&self) -> Vec<String> {
        self.0.critical_path().to_vec()
    }

    /// One row per initiative as CSV text (formula-safe).
    #[wasm_bindgen(js_name = toCsv)]
    pub fn to_csv(&self) -> String {
        self.0.to_csv()
    }

    /// A Mermaid `gantt` diagram.
    #[wasm_bindgen(js_name = toMermaid)]
    pub fn to_mermaid(&self) -> String {
        self.0.to_mermaid()
    }

    /// A Gantt chart as SVG text. Options: `lang`, `width`.
    #[wasm_bindgen(js_name = toGanttSvg)]
    pub fn to_gantt_svg(
        &self,
        #[wasm_bindgen(unchecked_param_type = "{ lang?: Lang; width?: number } | void")]
        options: Option<JsValue>,
    ) -> Result<String, JsValue> {
        let map = options_map(&options)?;
        let mut opts = GanttOptions {
            lang: lang(&map)?,
            ..Default::default()
        };
        if let Some(w) = number(&map, "width") {
            opts.width = w as u32; // saturating; the core bounds the width
        }
        Ok(self.0.to_gantt_svg(&opts))
    }

    /// The projected scorecard at the end of every plan year, from
    /// `baseline`'s levels raised as initiatives finish.
    #[wasm_bindgen(unchecked_return_type = "YearProjection[]")]
    pub fn project(
        &self,
        framework: &JsFramework,
        #[wasm_bindgen(unchecked_param_type = "Levels | AssessmentDocument")] baseline: JsValue,
        #[wasm_bindgen(unchecked_param_type = "ScoreOptions | void")] options: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        let map = options_map(&options)?;
        let base = assessment(&baseline, &map)?;
        let years = self
            .0
            .project_with(&framework.0, &base, &score_options(&map)?)
            .js()?;
        // Spliced as text: the scorecard keeps the core's key order.
        let docs: Vec<String> = years
            .iter()
            .map(|y| {
                format!(
                    r#"{{"year":{},"finished":{},"scorecard":{}}}"#,
                    y.year,
                    json!(y.finished),
                    y.scorecard.to_json()
                )
            })
            .collect();
        present_each(&format!("[{}]", docs.join(",")), &YEAR)
    }
}
