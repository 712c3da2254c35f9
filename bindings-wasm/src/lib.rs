//! WebAssembly bindings of `egov-masterplan` (npm package
//! `egov-masterplan`): the core's names in camelCase, plain JS objects in
//! and out (the core's canonical JSON, parsed, with camelCase keys: see
//! `present`), and named `Error` subclasses. This crate converts values
//! and maps errors; every computation is the core's. With the feature
//! `scoring` alone it is the scoring module (the browser calculator's);
//! with `benchmark` and `spbe-results` alone, the benchmark module (the
//! published results, which the calculator loads after its first paint;
//! the full module adds the benchmark charts, `benchmark-charts`); with
//! `csv` and `xlsx` alone, the forms module (the assessment CSV reader and
//! writer and the Excel self-assessment forms, which the calculator loads
//! on its first CSV or Excel export or import). The `Masterplan` class
//! (feature `masterplan`) is in the full module only.

#[cfg(feature = "architecture")]
mod architecture;
#[cfg(feature = "benchmark")]
mod benchmark;
#[cfg(feature = "benchmark-charts")]
mod benchmark_charts;
#[cfg(feature = "benchmark")]
mod benchmark_robustness;
#[cfg(feature = "composite")]
mod composite;
mod convert;
mod errors;
#[cfg(feature = "xlsx")]
mod forms;
#[cfg(feature = "scoring")]
mod framework;
#[cfg(feature = "masterplan")]
mod masterplan;
// The camelCase result objects (the forms module returns none: its
// assessment documents have no snake_case keys).
#[cfg(any(
    feature = "scoring",
    feature = "error-table",
    feature = "benchmark",
    feature = "masterplan"
))]
mod present;
#[cfg(feature = "scoring")]
mod radar;
#[cfg(feature = "roadmap")]
mod roadmap;
#[cfg(feature = "sensitivity")]
mod sensitivity;
#[cfg(any(
    feature = "scoring",
    feature = "csv",
    feature = "xlsx",
    feature = "architecture"
))]
mod types;
#[cfg(feature = "benchmark")]
mod types_benchmark;
#[cfg(feature = "xlsx")]
mod types_forms;

#[cfg(feature = "benchmark")]
pub use benchmark::JsBenchmark;
pub use errors::set_error_factory;
#[cfg(feature = "scoring")]
pub use framework::JsFramework;
#[cfg(feature = "scoring")]
pub use radar::JsRadarLayout;

use wasm_bindgen::prelude::*;

/// The error kinds and their class names, `[kind, className][]`.
#[wasm_bindgen(js_name = errorKinds, unchecked_return_type = "Array<[string, string]>")]
pub fn error_kinds() -> JsValue {
    let out = js_sys::Array::new();
    for kind in &egov_masterplan::error::ERROR_KINDS {
        let pair = js_sys::Array::new();
        pair.push(&kind.kind.into());
        pair.push(&kind.class_name.into());
        out.push(&pair);
    }
    out.into()
}

/// The core's table of error kinds (`ErrorKind::table_json`) with camelCase
/// keys: `{root, families: [{family, className, doc}], kinds: [{kind,
/// className, family, familyClass, doc, fields: [{name, property, type,
/// doc}]}]}`, where a field's `property` is its name on the JS error
/// (camelCase). The package's error classes are generated from it.
#[cfg(feature = "error-table")]
#[wasm_bindgen(js_name = errorTable, unchecked_return_type = "ErrorTable")]
pub fn error_table() -> Result<JsValue, JsValue> {
    use js_sys::{Array, Reflect};
    let table = present::present(
        &egov_masterplan::error::ErrorKind::table_json(),
        &present::ERROR_TABLE,
    )?;
    let kinds: Array = Reflect::get(&table, &"kinds".into())?.unchecked_into();
    for kind in kinds.iter() {
        let fields: Array = Reflect::get(&kind, &"fields".into())?.unchecked_into();
        for field in fields.iter() {
            let name = Reflect::get(&field, &"name".into())?.as_string();
            let property = errors::js_property(&name.unwrap_or_default());
            Reflect::set(&field, &"property".into(), &property.into())?;
        }
    }
    Ok(table)
}

/// The values an option accepts, as the core names them (its closed sets):
/// `lang`, `predicateBasis`, `missing`, `rankBasis` (the snake_case names
/// are accepted too). An unknown option is an `InvalidOptionError` listing
/// the options.
#[cfg(feature = "scoring")]
#[wasm_bindgen(js_name = optionValues)]
pub fn option_values(
    #[wasm_bindgen(
        unchecked_param_type = "\"lang\" | \"predicateBasis\" | \"missing\" | \"rankBasis\""
    )]
    option: JsValue,
) -> Result<Vec<String>, JsValue> {
    use egov_masterplan::scoring::{MissingPolicy, PredicateBasis, RankBasis};
    let option = convert::string_arg(&option, "option")?;
    let names = match option.as_str() {
        "lang" => egov_masterplan::Lang::NAMES,
        "predicateBasis" | "predicate_basis" => PredicateBasis::NAMES,
        "missing" => MissingPolicy::NAMES,
        "rankBasis" | "rank_basis" => RankBasis::NAMES,
        _ => {
            return Err(errors::to_js(egov_masterplan::Error::InvalidOption {
                option: "option".into(),
                value: option,
                allowed: ["lang", "predicateBasis", "missing", "rankBasis"]
                    .map(String::from)
                    .to_vec(),
            }))
        }
    };
    Ok(names.iter().map(|n| (*n).to_owned()).collect())
}

/// The library version.
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// Reads assessments from long CSV (`subject,period,indicator,level` plus
/// optional `note`, `evidence`; Indonesian names too; the separator `,` `;`
/// or tab detected), as assessment documents: text, or a file's bytes
/// (`Uint8Array`: UTF-8, else Windows-1252).
#[cfg(feature = "csv")]
#[wasm_bindgen(js_name = assessmentsFromCsv, unchecked_return_type = "AssessmentDocument[]")]
pub fn assessments_from_csv(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array")] text: JsValue,
) -> Result<JsValue, JsValue> {
    use egov_masterplan::Assessment;
    use errors::IntoJsResult;
    let list = match text.dyn_ref::<js_sys::Uint8Array>() {
        Some(bytes) => Assessment::from_csv_bytes(&bytes.to_vec()).js()?,
        None => Assessment::from_csv(&convert::string_arg(&text, "text")?).js()?,
    };
    let docs: Vec<String> = list.iter().map(|a| a.to_json()).collect();
    convert::parse(&format!("[{}]", docs.join(",")))
}

/// Writes assessment documents as long CSV text (the format
/// `assessmentsFromCsv` reads). A text cell a spreadsheet would run as a
/// formula (`=`, `+`, `-`, `@`, tab, carriage return) or that starts with an
/// apostrophe gets a leading apostrophe, which the reader removes again.
#[cfg(feature = "csv")]
#[wasm_bindgen(js_name = assessmentsToCsv)]
pub fn assessments_to_csv(
    #[wasm_bindgen(unchecked_param_type = "AssessmentDocument[]")] docs: JsValue,
) -> Result<String, JsValue> {
    use errors::IntoJsResult;
    let items: js_sys::Array = docs
        .dyn_into()
        .map_err(|_| errors::type_error("docs: expected an array"))?;
    let mut list = Vec::with_capacity(items.length() as usize);
    for item in items.iter() {
        let doc = convert::to_json(&item, "assessment")?;
        list.push(egov_masterplan::Assessment::from_json(&doc.to_string()).js()?);
    }
    Ok(egov_masterplan::Assessment::to_csv(&list))
}
