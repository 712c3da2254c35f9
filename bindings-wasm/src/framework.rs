//! `Framework`: built-ins, JSON, scoring, gaps and the radar chart.

use crate::convert::{assessment, lang, number, options_map, parse, score_options, string_arg};
use crate::errors::{type_error, IntoJsResult};
use crate::present::{present, FRAMEWORK, GAP, SCORECARD};
use egov_masterplan::{
    render::{RadarOptions, RadarTarget},
    Error, Framework, GapTarget, Scorecard,
};
use wasm_bindgen::prelude::*;

/// A maturity framework: a weighted tree of domains, aspects and indicators.
#[wasm_bindgen(js_name = Framework)]
pub struct JsFramework(pub(crate) Framework);

/// A gap target from a predicate id (`"baik"`), an index number (`3.5`) or
/// decimal text (`"3.5"`).
fn target(value: &JsValue) -> Result<GapTarget, JsValue> {
    if let Some(s) = value.as_string() {
        return s.parse::<GapTarget>().js();
    }
    value
        .as_f64()
        .map(GapTarget::from)
        .ok_or_else(|| type_error("target: expected a predicate id or an index"))
}

impl JsFramework {
    /// Scores `levels` (a level map or an assessment document) with the
    /// scoring options of `options`.
    fn scorecard(&self, levels: &JsValue, options: &Option<JsValue>) -> Result<Scorecard, JsValue> {
        let map = options_map(options)?;
        let a = assessment(levels, &map)?;
        self.0.score_with(&a, &score_options(&map)?).js()
    }
}

#[wasm_bindgen(js_class = Framework)]
impl JsFramework {
    /// A built-in framework: `spbe-2020`, `spbe-2018` or `pemdi-2025`.
    pub fn builtin(
        #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue,
    ) -> Result<JsFramework, JsValue> {
        Framework::builtin(&string_arg(&id, "id")?)
            .js()
            .map(JsFramework)
    }

    /// The ids of the built-in level frameworks, official first.
    #[wasm_bindgen(js_name = builtinIds)]
    pub fn builtin_ids() -> Vec<String> {
        Framework::builtin_ids()
            .into_iter()
            .map(String::from)
            .collect()
    }

    /// The ids of the built-in composite indices (`un-egdi-2022`, …),
    /// scored over a cohort with `scoreCohort`.
    #[wasm_bindgen(js_name = builtinCompositeIds)]
    pub fn builtin_composite_ids() -> Vec<String> {
        Framework::builtin_composite_ids()
            .into_iter()
            .map(String::from)
            .collect()
    }

    /// Reads and validates a framework document (JSON text).
    #[wasm_bindgen(js_name = fromJson)]
    pub fn from_json(
        #[wasm_bindgen(unchecked_param_type = "string")] json: JsValue,
    ) -> Result<JsFramework, JsValue> {
        Framework::from_json(&string_arg(&json, "json")?)
            .js()
            .map(JsFramework)
    }

    /// The framework document as JSON text.
    #[wasm_bindgen(js_name = toJson)]
    pub fn to_json(&self) -> String {
        self.0.to_json()
    }

    /// The framework document as a plain object with camelCase keys
    /// (`schemaVersion`, `legalBasis`, tiers, scale, ladders with each
    /// level's name and criterion, predicates, the node tree); `toJson()`
    /// is the document itself.
    #[wasm_bindgen(unchecked_return_type = "FrameworkDocument")]
    pub fn document(&self) -> Result<JsValue, JsValue> {
        present(&self.0.to_json(), &FRAMEWORK)
    }

    /// The tiers that have values of their own (every tier but the
    /// indicators'), top first: the tiers a radar chart can show.
    #[wasm_bindgen(js_name = groupTiers)]
    pub fn group_tiers(&self) -> Vec<String> {
        self.0.group_tiers().to_vec()
    }

    /// The levels of the ladder an indicator is rated on (its own, or the
    /// one it inherits): `[{level, name, criterion}]`, ascending; `null`
    /// when the framework gives it none. An id that is not an indicator of
    /// the framework is an `UnknownIndicatorError`.
    #[wasm_bindgen(js_name = indicatorLadder, unchecked_return_type = "LadderLevel[] | null")]
    pub fn indicator_ladder(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue,
    ) -> Result<JsValue, JsValue> {
        let id = string_arg(&id, "id")?;
        if self.0.indicator_position(&id).is_none() {
            return Err(crate::errors::to_js(Error::UnknownIndicator {
                framework: self.0.id().to_owned(),
                indicator: id,
            }));
        }
        let Some(ladder) = self.0.indicator_ladder(&id) else {
            return Ok(JsValue::NULL);
        };
        let text = |t| serde_json::to_string(t).unwrap_or_default();
        let levels: Vec<String> = ladder
            .levels
            .iter()
            .map(|l| {
                let (name, criterion) = (text(&l.name), text(&l.criterion));
                format!(
                    r#"{{"level":{},"name":{name},"criterion":{criterion}}}"#,
                    l.level
                )
            })
            .collect();
        parse(&format!("[{}]", levels.join(",")))
    }

    /// The framework's id.
    #[wasm_bindgen(getter)]
    pub fn id(&self) -> String {
        self.0.id().to_owned()
    }

    /// Indicator ids in framework order.
    #[wasm_bindgen(js_name = indicatorIds)]
    pub fn indicator_ids(&self) -> Vec<String> {
        self.0.indicators().map(|n| n.id().to_owned()).collect()
    }

    /// Scores one assessment: `{I1: 3, …}` or an assessment document.
    /// Options: `predicateBasis` (`"exact"` | `"rounded"`), `missing`
    /// (`"error"` | `"lowest"` | `"renormalize"`), `subject`, `period`.
    #[wasm_bindgen(unchecked_return_type = "Scorecard")]
    pub fn score(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Levels | AssessmentDocument")] levels: JsValue,
        #[wasm_bindgen(unchecked_param_type = "ScoreOptions | void")] options: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        present(&self.scorecard(&levels, &options)?.to_json(), &SCORECARD)
    }

    /// Scores one assessment, as `score`, and returns the scorecard as the
    /// core's canonical JSON text (snake_case keys: the file format, the
    /// same bytes as Rust's `Scorecard::to_json` and Python's `to_json()`).
    #[wasm_bindgen(js_name = scoreJson)]
    pub fn score_json(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Levels | AssessmentDocument")] levels: JsValue,
        #[wasm_bindgen(unchecked_param_type = "ScoreOptions | void")] options: Option<JsValue>,
    ) -> Result<String, JsValue> {
        Ok(self.scorecard(&levels, &options)?.to_json())
    }

    /// Scores many assessments; one scorecard each, in order.
    #[wasm_bindgen(js_name = scoreMany, unchecked_return_type = "Scorecard[]")]
    pub fn score_many(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Array<Levels | AssessmentDocument>")]
        assessments: JsValue,
        #[wasm_bindgen(unchecked_param_type = "ScoreOptions | void")] options: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        let map = options_map(&options)?;
        let items: js_sys::Array = assessments
            .dyn_into()
            .map_err(|_| type_error("assessments: expected an array"))?;
        let mut list = Vec::with_capacity(items.length() as usize);
        for item in items.iter() {
            list.push(assessment(&item, &map)?);
        }
        let cards = self.0.score_many_with(&list, &score_options(&map)?).js()?;
        let out = js_sys::Array::new();
        for c in cards {
            out.push(&present(&c.to_json(), &SCORECARD)?);
        }
        Ok(out.into())
    }

    /// Ids of the groups (domains, aspects, …) in framework order: the
    /// order of `scoreLevels(...).values`.
    #[wasm_bindgen(js_name = groupIds)]
    pub fn group_ids(&self) -> Vec<String> {
        self.0.groups().map(|n| n.id().to_owned()).collect()
    }

    /// The level that marks an unrated indicator in `scoreLevels` input
    /// (the core's `DENSE_MISSING`, 255).
    #[wasm_bindgen(js_name = unratedLevel)]
    pub fn unrated_level() -> u8 {
        egov_masterplan::scoring::DENSE_MISSING
    }

    /// The fast path for live pages: scores one assessment given as levels
    /// in `indicatorIds()` order (255 = unrated), without JSON. Returns
    /// `{index, indexText, exactIndex, predicate, values}` where `values`
    /// (a Float64Array, NaN where nothing is rated) follows `groupIds()`.
    /// The same numbers as `score`.
    #[wasm_bindgen(js_name = scoreLevels, unchecked_return_type = "LevelScores")]
    pub fn score_levels(
        &self,
        levels: &[u8],
        #[wasm_bindgen(unchecked_param_type = "ScoreOptions | void")] options: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        let map = options_map(&options)?;
        let opts = score_options(&map)?;
        if levels.len() != self.0.indicator_count() {
            return Err(type_error(&format!(
                "levels: expected {} levels in indicatorIds() order, got {}",
                self.0.indicator_count(),
                levels.len()
            )));
        }
        let s = self.0.score_dense(levels, &opts, true).js()?;
        let exact = s
            .exact_index(0)
            .ok_or_else(|| type_error("levels: nothing scored"))?;
        let text = s.index_text(&self.0, 0).unwrap_or_default();
        let predicate = s.predicate_of(&self.0, 0).map_or("", |p| p.id.as_str());
        let out = js_sys::Object::new();
        let set = |k: &str, v: &JsValue| js_sys::Reflect::set(&out, &k.into(), v).map(|_| ());
        set(
            "index",
            &s.index.first().copied().unwrap_or(f64::NAN).into(),
        )?;
        set("indexText", &text.into())?;
        set("exactIndex", &exact.to_string().into())?;
        set("predicate", &predicate.into())?;
        set(
            "values",
            &js_sys::Float64Array::from(&s.node_values[..]).into(),
        )?;
        Ok(out.into())
    }

    /// The fewest level steps from `levels` to `target` (a predicate id or
    /// an index).
    #[wasm_bindgen(js_name = gapTo, unchecked_return_type = "Gap")]
    pub fn gap_to(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Levels | AssessmentDocument")] levels: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string | number")] target_value: JsValue,
        #[wasm_bindgen(unchecked_param_type = "ScoreOptions | void")] options: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        let card = self.scorecard(&levels, &options)?;
        present(&card.gap_to(target(&target_value)?).js()?.to_json(), &GAP)
    }

    /// The plan of `gapTo` as the core's canonical JSON text (snake_case
    /// keys, the same bytes as Rust's `Gap::to_json`).
    #[wasm_bindgen(js_name = gapToJson)]
    pub fn gap_to_json(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Levels | AssessmentDocument")] levels: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string | number")] target_value: JsValue,
        #[wasm_bindgen(unchecked_param_type = "ScoreOptions | void")] options: Option<JsValue>,
    ) -> Result<String, JsValue> {
        let card = self.scorecard(&levels, &options)?;
        Ok(card.gap_to(target(&target_value)?).js()?.to_json())
    }

    /// A radar chart (SVG text) of one tier. Options: the scoring options
    /// plus `tier` (default: the framework's top tier), `lang`, `target` (a
    /// uniform ring), `size`, `subjectName` (the legend's name for the
    /// subject; escaped by the core).
    #[wasm_bindgen(js_name = radarSvg)]
    pub fn radar_svg(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Levels | AssessmentDocument")] levels: JsValue,
        #[wasm_bindgen(unchecked_param_type = "RadarOptions | void")] options: Option<JsValue>,
    ) -> Result<String, JsValue> {
        let map = options_map(&options)?;
        let card = self.scorecard(&levels, &options)?;
        let mut opts = RadarOptions {
            lang: lang(&map)?,
            target: number(&map, "target").map(RadarTarget::Uniform),
            subject_name: map
                .get("subjectName")
                .and_then(|n| n.as_str())
                .map(str::to_owned),
            ..Default::default()
        };
        if let Some(tier) = map.get("tier").and_then(|t| t.as_str()) {
            opts.tier = tier.to_owned();
        }
        if let Some(size) = number(&map, "size") {
            opts.size = size as u32; // saturating; the core bounds the size
        }
        card.to_radar_svg(&opts).js()
    }
}
