//! `Masterplan`: the manifest and every part it names, loaded together;
//! the cross-checks between the parts and the targets' outcomes.

use crate::architecture::JsArchitectureModel;
use crate::convert::{parse, string_arg};
use crate::errors::{type_error, IntoJsResult};
use crate::framework::JsFramework;
use crate::present::{present_each, TARGET_OUTCOME, YEAR};
use crate::roadmap::{JsRoadmap, JsSchedule};
use egov_masterplan::masterplan::Masterplan;
use js_sys::{Object, Reflect, Uint8Array};
use serde_json::json;
use std::collections::BTreeMap;
use wasm_bindgen::prelude::*;

/// A masterplan: the manifest (government, plan period, framework,
/// baseline, assessments, architecture catalog, roadmap, targets) and its
/// parts, the roadmap scheduled under its budget and projected from the
/// baseline.
#[wasm_bindgen(js_name = Masterplan)]
pub struct JsMasterplan(Masterplan);

/// `files` as the core reads them: a plain object of file name → text
/// (UTF-8) or bytes (`Uint8Array`); anything else is a `TypeError` naming
/// the key.
fn files_arg(files: &JsValue) -> Result<BTreeMap<String, Vec<u8>>, JsValue> {
    if files.is_null() || !files.is_object() || js_sys::Array::is_array(files) {
        return Err(type_error(
            "files: expected an object of file name → string or Uint8Array",
        ));
    }
    let obj: &Object = files.unchecked_ref();
    let mut out = BTreeMap::new();
    for key in Object::keys(obj).iter() {
        let name = key.as_string().unwrap_or_default();
        let value = Reflect::get(obj, &key)?;
        let bytes = if let Some(text) = value.as_string() {
            text.into_bytes()
        } else if let Some(bytes) = value.dyn_ref::<Uint8Array>() {
            bytes.to_vec()
        } else {
            return Err(type_error(&format!(
                "files[{}]: expected a string or a Uint8Array",
                json!(name)
            )));
        };
        out.insert(name, bytes);
    }
    Ok(out)
}

/// A core value as a plain JS value, through its JSON.
fn value(v: serde_json::Value) -> Result<JsValue, JsValue> {
    parse(&v.to_string())
}

#[wasm_bindgen(js_class = Masterplan)]
impl JsMasterplan {
    /// Reads a masterplan from its manifest (JSON text) and the files it
    /// names: `{path as the manifest writes it: text or bytes}` (text is
    /// read as UTF-8; an Excel assessment must be bytes). A file the
    /// manifest names but `files` lacks, or a part that does not read, is
    /// a `MasterplanPartError` naming the part, the file and the part's
    /// own error kind.
    #[wasm_bindgen(js_name = fromJson)]
    pub fn from_json(
        #[wasm_bindgen(unchecked_param_type = "string")] manifest: JsValue,
        #[wasm_bindgen(unchecked_param_type = "MasterplanFiles")] files: JsValue,
    ) -> Result<JsMasterplan, JsValue> {
        let manifest = string_arg(&manifest, "manifest")?;
        let files = files_arg(&files)?;
        Masterplan::from_json(&manifest, &files)
            .js()
            .map(JsMasterplan)
    }

    /// `fromJson` for a manifest written as TOML (`masterplan.toml`).
    #[wasm_bindgen(js_name = fromToml)]
    pub fn from_toml(
        #[wasm_bindgen(unchecked_param_type = "string")] manifest: JsValue,
        #[wasm_bindgen(unchecked_param_type = "MasterplanFiles")] files: JsValue,
    ) -> Result<JsMasterplan, JsValue> {
        let manifest = string_arg(&manifest, "manifest")?;
        let files = files_arg(&files)?;
        Masterplan::from_toml(&manifest, &files)
            .js()
            .map(JsMasterplan)
    }

    /// `fromJson` for a manifest in either form: JSON when it starts with
    /// `{`, TOML otherwise.
    #[wasm_bindgen(js_name = fromManifest)]
    pub fn from_manifest(
        #[wasm_bindgen(unchecked_param_type = "string")] manifest: JsValue,
        #[wasm_bindgen(unchecked_param_type = "MasterplanFiles")] files: JsValue,
    ) -> Result<JsMasterplan, JsValue> {
        let manifest = string_arg(&manifest, "manifest")?;
        let files = files_arg(&files)?;
        Masterplan::from_manifest(&manifest, &files)
            .js()
            .map(JsMasterplan)
    }

    /// The files a manifest (JSON or TOML) names, in the order they are
    /// read: the framework file if any, the baseline, the assessments, the
    /// catalog, the roadmap. For a page that matches dropped files to them.
    #[wasm_bindgen(js_name = namedFiles, unchecked_return_type = "string[]")]
    pub fn named_files(
        #[wasm_bindgen(unchecked_param_type = "string")] manifest: JsValue,
    ) -> Result<JsValue, JsValue> {
        let manifest = string_arg(&manifest, "manifest")?;
        let parsed = egov_masterplan::masterplan::Manifest::parse(&manifest).js()?;
        value(json!(parsed.files()))
    }

    /// Every cross-check between the parts that did not pass (errors and
    /// warnings), in the order of the checks: `{kind, severity, ids,
    /// message: {id, en}}[]`. An empty list means the parts agree.
    #[wasm_bindgen(unchecked_return_type = "Finding[]")]
    pub fn check(&self) -> Result<JsValue, JsValue> {
        parse(&self.0.check_json())
    }

    /// `check()` as the core's canonical JSON text.
    #[wasm_bindgen(js_name = checkJson)]
    pub fn check_json(&self) -> String {
        self.0.check_json()
    }

    /// Every target's outcome, in the manifest's order (camelCase keys):
    /// met or missed and by how much (exact fractions as text), for a miss
    /// the fewest extra level steps and the initiatives left out of that
    /// year that would have helped. A target whose group or predicate the
    /// framework lacks is an error (`check()` lists them).
    #[wasm_bindgen(unchecked_return_type = "TargetOutcome[]")]
    pub fn targets(&self) -> Result<JsValue, JsValue> {
        present_each(&self.0.targets_json().js()?, &TARGET_OUTCOME)
    }

    /// `targets()` as the core's canonical JSON text (snake_case keys, the
    /// same bytes as Rust's `targets_json` and Python's).
    #[wasm_bindgen(js_name = targetsJson)]
    pub fn targets_json(&self) -> Result<String, JsValue> {
        self.0.targets_json().js()
    }

    /// The masterplan document as one self-contained HTML file (inline CSS
    /// and SVG, print CSS for A4). Options: `lang` (`"id"`, default, or
    /// `"en"`).
    #[wasm_bindgen(js_name = toHtml)]
    pub fn to_html(
        &self,
        #[wasm_bindgen(unchecked_param_type = "{ lang?: Lang } | void")] options: Option<JsValue>,
    ) -> Result<String, JsValue> {
        let lang = crate::convert::lang(&crate::convert::options_map(&options)?)?;
        self.0.to_html(lang).js()
    }

    /// The masterplan document as Markdown (charts as SVG data URIs).
    /// Options: `lang`.
    #[wasm_bindgen(js_name = toMarkdown)]
    pub fn to_markdown(
        &self,
        #[wasm_bindgen(unchecked_param_type = "{ lang?: Lang } | void")] options: Option<JsValue>,
    ) -> Result<String, JsValue> {
        let lang = crate::convert::lang(&crate::convert::options_map(&options)?)?;
        self.0.to_markdown(lang).js()
    }

    /// The masterplan document as a Word file (`.docx` bytes): headings in
    /// Word's heading styles, Word tables, the charts as SVG pictures.
    /// Options: `lang`.
    #[wasm_bindgen(js_name = toDocx)]
    pub fn to_docx(
        &self,
        #[wasm_bindgen(unchecked_param_type = "{ lang?: Lang } | void")] options: Option<JsValue>,
    ) -> Result<Vec<u8>, JsValue> {
        let lang = crate::convert::lang(&crate::convert::options_map(&options)?)?;
        self.0.to_docx(lang).js()
    }

    /// A short summary as an HTML fragment: title, period, the targets
    /// against the projection, the findings. Options: `lang`.
    #[wasm_bindgen(js_name = summaryHtml)]
    pub fn summary_html(
        &self,
        #[wasm_bindgen(unchecked_param_type = "{ lang?: Lang } | void")] options: Option<JsValue>,
    ) -> Result<String, JsValue> {
        let lang = crate::convert::lang(&crate::convert::options_map(&options)?)?;
        self.0.summary_html(lang).js()
    }

    /// The government's id (the subject of its own assessments).
    #[wasm_bindgen(getter, js_name = governmentId)]
    pub fn government_id(&self) -> String {
        self.0.manifest().government.id.clone()
    }

    /// The government's name: text, or `{id, en}`.
    #[wasm_bindgen(getter, js_name = governmentName, unchecked_return_type = "Text")]
    pub fn government_name(&self) -> Result<JsValue, JsValue> {
        value(json!(self.0.manifest().government.name))
    }

    /// The document's title (`null` when the manifest gives none).
    #[wasm_bindgen(getter, unchecked_return_type = "Text | null")]
    pub fn title(&self) -> Result<JsValue, JsValue> {
        value(json!(self.0.manifest().title))
    }

    /// The plan's years, `[start, end]`, both inclusive.
    #[wasm_bindgen(getter, unchecked_return_type = "[number, number]")]
    pub fn period(&self) -> Result<JsValue, JsValue> {
        let p = self.0.manifest().period;
        value(json!([p.start, p.end]))
    }

    /// Whether the manifest marks the data as a made-up sample.
    #[wasm_bindgen(getter)]
    pub fn sample(&self) -> bool {
        self.0.manifest().sample
    }

    /// The framework.
    pub fn framework(&self) -> JsFramework {
        JsFramework(self.0.framework().clone())
    }

    /// The government's baseline assessment (an assessment document).
    #[wasm_bindgen(unchecked_return_type = "AssessmentDocument")]
    pub fn baseline(&self) -> Result<JsValue, JsValue> {
        parse(&self.0.baseline().to_json())
    }

    /// Every further assessment (agencies, years), in file order.
    #[wasm_bindgen(unchecked_return_type = "AssessmentDocument[]")]
    pub fn assessments(&self) -> Result<JsValue, JsValue> {
        let docs: Vec<String> = self.0.assessments().iter().map(|a| a.to_json()).collect();
        parse(&format!("[{}]", docs.join(",")))
    }

    /// The architecture catalog, if the manifest names one.
    pub fn architecture(&self) -> Option<JsArchitectureModel> {
        self.0.architecture().cloned().map(JsArchitectureModel)
    }

    /// The roadmap.
    pub fn roadmap(&self) -> JsRoadmap {
        JsRoadmap(self.0.roadmap().clone())
    }

    /// The roadmap scheduled within its yearly budget.
    pub fn schedule(&self) -> JsSchedule {
        JsSchedule(self.0.schedule().clone())
    }

    /// The scorecard projected for the end of every roadmap year, from the
    /// baseline and the schedule (as `Schedule.project`).
    #[wasm_bindgen(unchecked_return_type = "YearProjection[]")]
    pub fn projection(&self) -> Result<JsValue, JsValue> {
        let docs: Vec<String> = self
            .0
            .projection()
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
