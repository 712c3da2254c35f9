//! `ArchitectureModel`: the catalog, its analyses and exports.

use crate::convert::{lang, number, options_map, parse, string_arg};
use crate::errors::IntoJsResult;
use egov_masterplan::{render::HeatmapOptions, ArchitectureModel};
use serde_json::json;
use wasm_bindgen::prelude::*;

/// Elements in the six SPBE architecture domains, owned by agencies.
#[wasm_bindgen(js_name = ArchitectureModel)]
pub struct JsArchitectureModel(pub(crate) ArchitectureModel);

#[wasm_bindgen(js_class = ArchitectureModel)]
impl JsArchitectureModel {
    /// Reads and validates a catalog document (JSON text).
    #[wasm_bindgen(js_name = fromJson)]
    pub fn from_json(
        #[wasm_bindgen(unchecked_param_type = "string")] json: JsValue,
    ) -> Result<JsArchitectureModel, JsValue> {
        ArchitectureModel::from_json(&string_arg(&json, "json")?)
            .js()
            .map(JsArchitectureModel)
    }

    /// The catalog as canonical JSON text.
    #[wasm_bindgen(js_name = toJson)]
    pub fn to_json(&self) -> String {
        self.0.to_json()
    }

    /// Elements per agency and domain: `{agencies, domains, counts}`.
    #[wasm_bindgen(unchecked_return_type = "Coverage")]
    pub fn coverage(&self) -> Result<JsValue, JsValue> {
        let c = self.0.coverage();
        let domains: Vec<&str> = c.domains.iter().map(|d| d.as_str()).collect();
        parse(&json!({"agencies": c.agencies, "domains": domains, "counts": c.counts}).to_string())
    }

    /// Candidate duplicate applications.
    #[wasm_bindgen(unchecked_return_type = "DuplicateGroup[]")]
    pub fn duplicates(&self) -> Result<JsValue, JsValue> {
        let groups: Vec<_> = self
            .0
            .duplicates()
            .into_iter()
            .map(|g| {
                json!({"basis": g.basis.as_str(), "key": g.key,
                       "elements": g.elements, "agencies": g.agencies})
            })
            .collect();
        parse(&json!(groups).to_string())
    }

    /// What a failure of element `id` reaches.
    #[wasm_bindgen(js_name = impactOf, unchecked_return_type = "Impact")]
    pub fn impact_of(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue,
    ) -> Result<JsValue, JsValue> {
        let i = self.0.impact_of(&string_arg(&id, "id")?).js()?;
        let elements: Vec<_> = i
            .elements
            .iter()
            .map(|e| {
                let path: Vec<_> = e
                    .path
                    .iter()
                    .map(|s| json!([s.from, s.relation.as_str(), s.to]))
                    .collect();
                json!({"id": e.id, "domain": e.domain.as_str(), "path": path})
            })
            .collect();
        let agencies: Vec<_> = i
            .agencies
            .iter()
            .map(|a| json!({"id": a.id, "via": a.via}))
            .collect();
        let doc = json!({"failed": i.failed, "elements": elements,
                         "services": i.services, "agencies": agencies});
        parse(&doc.to_string())
    }

    /// Elements missing support: `{element, problem, description}[]`.
    #[wasm_bindgen(unchecked_return_type = "Unsupported[]")]
    pub fn unsupported(&self) -> Result<JsValue, JsValue> {
        let list: Vec<_> = self
            .0
            .unsupported()
            .into_iter()
            .map(|u| {
                json!({"element": u.element, "problem": u.problem.as_str(),
                       "description": u.problem.describe()})
            })
            .collect();
        parse(&json!(list).to_string())
    }

    /// Applications with no integration link.
    #[wasm_bindgen(js_name = integrationGaps)]
    pub fn integration_gaps(&self) -> Vec<String> {
        self.0.integration_gaps()
    }

    /// ArchiMate 3.1 Open Exchange Format XML.
    #[wasm_bindgen(js_name = toArchimateXml)]
    pub fn to_archimate_xml(&self) -> String {
        self.0.to_archimate_xml()
    }

    /// Graphviz DOT.
    #[wasm_bindgen(js_name = toDot)]
    pub fn to_dot(&self) -> String {
        self.0.to_dot()
    }

    /// The coverage heatmap as SVG text. Options: `lang`, `cell`.
    #[wasm_bindgen(js_name = toHeatmapSvg)]
    pub fn to_heatmap_svg(
        &self,
        #[wasm_bindgen(unchecked_param_type = "{ lang?: Lang; cell?: number } | void")]
        options: Option<JsValue>,
    ) -> Result<String, JsValue> {
        let map = options_map(&options)?;
        let mut opts = HeatmapOptions {
            lang: lang(&map)?,
            ..Default::default()
        };
        if let Some(c) = number(&map, "cell") {
            opts.cell = c as u32; // saturating; the core bounds the cell
        }
        Ok(self.0.to_heatmap_svg(&opts))
    }
}
