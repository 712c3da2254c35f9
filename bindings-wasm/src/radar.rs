//! `RadarLayout`: a drawn radar chart's moving parts for a live page
//! (`Framework.radarLayout`), fed by `scoreLevels(...).values`.

use crate::convert::{lang, number, options_map, string_arg};
use crate::errors::{type_error, IntoJsResult};
use crate::framework::JsFramework;
use egov_masterplan::render::{RadarLayout, RadarOptions, RadarShape};
use wasm_bindgen::prelude::*;

/// The fixed geometry of a radar chart (one group tier, a size, a
/// language). `shape(values)` gives the score polygon, vertices, value
/// labels and description for values in `groupIds()` order — exactly what
/// `radarSvg` prints for the same scores.
#[wasm_bindgen(js_name = RadarLayout)]
pub struct JsRadarLayout {
    layout: RadarLayout,
    /// Each axis's position in `groupIds()`.
    positions: Vec<usize>,
    /// Reused buffer of the axes' values.
    picked: Vec<f64>,
}

#[wasm_bindgen(js_class = Framework)]
impl JsFramework {
    /// The layout of a radar chart for live updates. Options: `tier` (a
    /// group tier; default the top tier), `lang`, `size` — the same as the
    /// `radarSvg` the page drew.
    #[wasm_bindgen(js_name = radarLayout)]
    pub fn radar_layout(
        &self,
        #[wasm_bindgen(unchecked_param_type = "RadarOptions | void")] options: Option<JsValue>,
    ) -> Result<JsRadarLayout, JsValue> {
        let map = options_map(&options)?;
        let fw = &self.0;
        let tier = map.get("tier").and_then(|t| t.as_str()).unwrap_or_default();
        let size = number(&map, "size").map_or(RadarOptions::default().size, |s| {
            s as u32 // saturating; the core bounds the size
        });
        let layout = RadarLayout::for_groups(fw, tier, lang(&map)?, size).js()?;
        let positions = layout.group_positions(fw);
        Ok(JsRadarLayout {
            layout,
            positions,
            picked: Vec::new(),
        })
    }
}

#[wasm_bindgen(js_class = RadarLayout)]
impl JsRadarLayout {
    /// The axes' node ids, clockwise from the top.
    #[wasm_bindgen(js_name = axisIds)]
    pub fn axis_ids(&self) -> Vec<String> {
        self.layout.axis_ids().map(str::to_owned).collect()
    }

    /// The moving parts for group values in `groupIds()` order (NaN = no
    /// value): `{points, vertices: [cx, cy, …], labels: [x, y, anchor,
    /// text, …], desc}`, every coordinate as the chart prints it.
    #[wasm_bindgen(unchecked_return_type = "RadarShape")]
    pub fn shape(&mut self, values: &[f64]) -> Result<JsValue, JsValue> {
        self.picked.clear();
        self.picked.extend(
            self.positions
                .iter()
                .map(|&i| values.get(i).copied().unwrap_or(f64::NAN)),
        );
        shape_object(&self.layout.shape_from_rounded(&self.picked))
    }

    /// The chart's title text: `"<subject> — <period>: Indeks 3.40 (Baik)"`.
    pub fn title(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] subject: JsValue,
        period: f64,
        #[wasm_bindgen(unchecked_param_type = "string")] index: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] predicate: JsValue,
    ) -> Result<String, JsValue> {
        if !(period.fract() == 0.0 && (f64::from(i32::MIN)..=f64::from(i32::MAX)).contains(&period))
        {
            return Err(type_error("period: expected a whole year"));
        }
        Ok(self.layout.title(
            &string_arg(&subject, "subject")?,
            period as i32,
            &string_arg(&index, "index")?,
            &string_arg(&predicate, "predicate")?,
        ))
    }
}

/// A shape as a plain object (flat string arrays: cheap to build and read).
fn shape_object(shape: &RadarShape) -> Result<JsValue, JsValue> {
    let vertices = js_sys::Array::new();
    for (x, y) in &shape.vertices {
        vertices.push(&JsValue::from_str(x));
        vertices.push(&JsValue::from_str(y));
    }
    let labels = js_sys::Array::new();
    for l in &shape.labels {
        labels.push(&JsValue::from_str(&l.x));
        labels.push(&JsValue::from_str(&l.y));
        labels.push(&JsValue::from_str(l.anchor));
        labels.push(&JsValue::from_str(&l.text));
    }
    let out = js_sys::Object::new();
    let set = |k: &str, v: &JsValue| js_sys::Reflect::set(&out, &k.into(), v).map(|_| ());
    set("points", &JsValue::from_str(&shape.points))?;
    set("vertices", &vertices)?;
    set("labels", &labels)?;
    set("desc", &JsValue::from_str(&shape.desc))?;
    Ok(out.into())
}
