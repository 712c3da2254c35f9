//! The Excel self-assessment forms (feature `xlsx`): `xlsxForm` writes a
//! form for one agency, `xlsxWorkbook` one workbook for many, `readForm`
//! reads a returned form (every problem reported), `readWorkbook` every
//! agency's answers in a returned file, `assessmentFromXlsx` reads a form
//! strictly, `readForms` consolidates many files. The forms module has no
//! `Framework` class, so a framework is a built-in id or a framework JSON
//! document (text), or anything with a `toJson()` giving one (the full
//! module's `Framework`).

use crate::convert;
use crate::errors::{self, type_error, IntoJsResult};
use egov_masterplan::forms::{
    self, ConsolidationOptions, FilledForm, FormOptions, ReturnedFile, WorkbookOptions,
};
use egov_masterplan::{Assessment, Framework};
use js_sys::{Array, Object, Reflect, Uint8Array};
use serde_json::{Map, Value};
use wasm_bindgen::prelude::*;

// rust_xlsxwriter is a dependency only for its `wasm` feature (the clock).
use rust_xlsxwriter as _;

/// A framework argument: a built-in id, a framework JSON document (text
/// starting with `{`), or an object whose `toJson()` gives one.
fn framework(value: &JsValue) -> Result<Framework, JsValue> {
    if let Some(text) = value.as_string() {
        return if text.trim_start().starts_with('{') {
            Framework::from_json(&text).js()
        } else {
            Framework::builtin(&text).js()
        };
    }
    let to_json = Reflect::get(value, &"toJson".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or_else(|| {
            type_error("framework: expected a built-in id or a framework JSON document")
        })?;
    let doc = to_json.call0(value)?;
    Framework::from_json(&convert::string_arg(&doc, "framework.toJson()")?).js()
}

/// A `Uint8Array` argument's bytes.
fn bytes_arg(value: &JsValue, name: &str) -> Result<Vec<u8>, JsValue> {
    value
        .dyn_ref::<Uint8Array>()
        .map(Uint8Array::to_vec)
        .ok_or_else(|| type_error(&format!("{name}: expected a Uint8Array")))
}

/// A whole number within `T`'s range.
fn whole<T: TryFrom<i64>>(value: &Value, what: &str) -> Result<T, JsValue> {
    value
        .as_i64()
        .and_then(|n| T::try_from(n).ok())
        .ok_or_else(|| type_error(&format!("{what}: expected a whole number in range")))
}

/// `{subject, period, lang?, prefill?, issued?}` as the core's options.
fn form_options(options: &JsValue) -> Result<FormOptions, JsValue> {
    let map = options_object(options)?;
    let subject = match map.get("subject") {
        Some(Value::String(s)) => s.clone(),
        _ => return Err(type_error("options.subject: expected a string")),
    };
    let mut opts = FormOptions::new(subject, period(&map)?);
    opts.lang = convert::lang(&map)?;
    match map.get("prefill") {
        None | Some(Value::Null) => {}
        Some(Value::Object(object)) => {
            // A document keeps its subject and period; a bare level map
            // is the previous period's (the core's rule).
            let (subject, period) = (opts.subject.clone(), opts.period);
            opts.prefill = Some(forms::prefill_from_object(object.clone(), &subject, period).js()?);
        }
        Some(_) => {
            return Err(type_error(
                "options.prefill: expected {indicator: level} or an assessment",
            ))
        }
    }
    opts.issued = issued(&map)?;
    Ok(opts)
}

/// The options object as a JSON map (a `TypeError` for anything else).
fn options_object(options: &JsValue) -> Result<Map<String, Value>, JsValue> {
    match convert::to_json(options, "options")? {
        Value::Object(map) => Ok(map),
        _ => Err(type_error("options: expected a plain object")),
    }
}

/// The period option, required.
fn period(map: &Map<String, Value>) -> Result<i32, JsValue> {
    match map.get("period") {
        Some(p) => whole(p, "options.period"),
        None => Err(type_error("options.period: expected a whole number")),
    }
}

/// The `issued` option: `[year, month, day]`, or nothing.
fn issued(map: &Map<String, Value>) -> Result<Option<(u16, u8, u8)>, JsValue> {
    match map.get("issued") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Array(ymd)) if ymd.len() == 3 => Ok(Some((
            whole(&ymd[0], "options.issued[0]")?,
            whole(&ymd[1], "options.issued[1]")?,
            whole(&ymd[2], "options.issued[2]")?,
        ))),
        Some(_) => Err(type_error("options.issued: expected [year, month, day]")),
    }
}

/// `{subjects, period, lang?, prefill?, issued?}` as the core's options.
fn workbook_options(options: &JsValue) -> Result<WorkbookOptions, JsValue> {
    let map = options_object(options)?;
    const SUBJECTS: &str = "options.subjects: expected an array of strings";
    let subjects = match map.get("subjects") {
        Some(Value::Array(list)) => list
            .iter()
            .map(|s| {
                s.as_str()
                    .map(str::to_owned)
                    .ok_or_else(|| type_error(SUBJECTS))
            })
            .collect::<Result<Vec<String>, JsValue>>()?,
        _ => return Err(type_error(SUBJECTS)),
    };
    let mut opts = WorkbookOptions::new(subjects, period(&map)?);
    opts.lang = convert::lang(&map)?;
    match map.get("prefill") {
        None | Some(Value::Null) => {}
        Some(Value::Array(list)) => {
            for doc in list {
                if !doc.is_object() {
                    return Err(type_error(
                        "options.prefill: expected an array of assessments",
                    ));
                }
                opts.prefill
                    .push(Assessment::from_json(&doc.to_string()).js()?);
            }
        }
        Some(_) => {
            return Err(type_error(
                "options.prefill: expected an array of assessments",
            ))
        }
    }
    opts.issued = issued(&map)?;
    Ok(opts)
}

/// An assessment as a plain assessment document.
fn document(assessment: &Assessment) -> Result<JsValue, JsValue> {
    convert::parse(&assessment.to_json())
}

/// A self-assessment form for one agency as `.xlsx` bytes: a cover sheet
/// (agency, period, framework, contact cells, instructions) and a rating
/// sheet (the level as a drop-down limited to the scale, a note and an
/// evidence link per indicator), in `lang` (`"id"`, the default, or
/// `"en"`). `framework` is a built-in id (`"spbe-2020"`) or a framework
/// JSON document. `prefill` (an assessment document or a level map, which
/// is then the options' subject and period) pre-fills levels, notes and
/// evidence, and is checked against the framework; `issued` is the
/// workbook's date `[year, month, day]` (1980-01-01 when left out). The
/// same arguments give the same bytes.
#[wasm_bindgen(js_name = xlsxForm)]
pub fn xlsx_form(
    #[wasm_bindgen(js_name = framework, unchecked_param_type = "string | { toJson(): string }")]
    framework_value: JsValue,
    #[wasm_bindgen(unchecked_param_type = "FormOptions")] options: JsValue,
) -> Result<Vec<u8>, JsValue> {
    let fw = framework(&framework_value)?;
    let opts = form_options(&options)?;
    fw.xlsx_form(&opts).js()
}

/// Reads one returned form (`.xlsx` bytes written by `xlsxForm`): the
/// assessment of every acceptable answer, the framework version, the
/// rating sheet's name, the indicators left empty, every cell it could not
/// accept (`problems`: `FormCellError` objects, returned, not thrown) and
/// the cover's contact answers. A file that is not such a form throws a
/// `FormFileError`, and so does a workbook of many agencies (`xlsxWorkbook`:
/// read it with `readWorkbook`).
#[wasm_bindgen(js_name = readForm, unchecked_return_type = "FilledForm")]
pub fn read_form(
    #[wasm_bindgen(unchecked_param_type = "Uint8Array")] bytes: JsValue,
) -> Result<JsValue, JsValue> {
    filled(forms::read_form(&bytes_arg(&bytes, "bytes")?).js()?)
}

/// A filled form as a plain object (`FilledForm`).
fn filled(form: FilledForm) -> Result<JsValue, JsValue> {
    let out = Object::new();
    let set = |key: &str, value: &JsValue| Reflect::set(&out, &key.into(), value).map(|_| ());
    set("assessment", &document(&form.assessment)?)?;
    set("frameworkVersion", &form.framework_version.as_str().into())?;
    set("sheet", &form.sheet.as_str().into())?;
    let empty = Array::new();
    for id in &form.empty {
        empty.push(&id.as_str().into());
    }
    set("empty", &empty)?;
    let problems = Array::new();
    for problem in form.problems {
        problems.push(&errors::to_js(problem));
    }
    set("problems", &problems)?;
    let contact = Array::new();
    for answer in &form.contact {
        contact.push(&answer.as_str().into());
    }
    set("contact", &contact)?;
    Ok(out.into())
}

/// One workbook of many agencies' forms as `.xlsx` bytes: a cover listing
/// every agency (a link to its sheet and its contact cells), one rating
/// sheet per agency in `subjects` order, named after it (Excel's forbidden
/// characters `[]:*?/\` become `-`, at most 31 characters, distinct), in
/// `lang` (`"id"`, the default, or `"en"`). `prefill` is a list of
/// assessment documents: each agency is pre-filled from its latest one (by
/// period), checked against the framework; one for an agency not in
/// `subjects` is an `InvalidFieldError`, as are no subjects and a repeated
/// one. `issued` is the workbook's date `[year, month, day]` (1980-01-01
/// when left out). The same arguments give the same bytes. `readWorkbook`
/// and `readForms` read it back.
#[wasm_bindgen(js_name = xlsxWorkbook)]
pub fn xlsx_workbook(
    #[wasm_bindgen(js_name = framework, unchecked_param_type = "string | { toJson(): string }")]
    framework_value: JsValue,
    #[wasm_bindgen(unchecked_param_type = "WorkbookOptions")] options: JsValue,
) -> Result<Vec<u8>, JsValue> {
    let fw = framework(&framework_value)?;
    let opts = workbook_options(&options)?;
    fw.xlsx_workbook(&opts).js()
}

/// Reads every agency's answers in a returned file: one `FilledForm` per
/// rating sheet of a workbook written by `xlsxWorkbook` (in sheet order;
/// `sheet` is the agency's sheet), or the one form of a file written by
/// `xlsxForm`. `name` (the file's name, `"workbook"` when left out) is in
/// its errors; a file that is not such a workbook throws a `FormFileError`.
#[wasm_bindgen(js_name = readWorkbook, unchecked_return_type = "FilledForm[]")]
pub fn read_workbook(
    #[wasm_bindgen(unchecked_param_type = "Uint8Array")] bytes: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | void")] name: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let bytes = bytes_arg(&bytes, "bytes")?;
    let name = match name {
        Some(n) if !n.is_undefined() && !n.is_null() => convert::string_arg(&n, "name")?,
        _ => "workbook".to_owned(),
    };
    let out = Array::new();
    for form in forms::read_workbook(&name, &bytes).js()? {
        out.push(&filled(form)?);
    }
    Ok(out.into())
}

/// Reads one returned form strictly: the first cell the form does not
/// accept throws its `FormCellError` (`Penilaian!D14: level 7 is outside
/// 1–5`), a file that is not such a form a `FormFileError`; empty levels
/// stay unrated.
#[wasm_bindgen(js_name = assessmentFromXlsx, unchecked_return_type = "AssessmentDocument")]
pub fn assessment_from_xlsx(
    #[wasm_bindgen(unchecked_param_type = "Uint8Array")] bytes: JsValue,
) -> Result<JsValue, JsValue> {
    document(&Assessment::from_xlsx(&bytes_arg(&bytes, "bytes")?).js()?)
}

/// Reads many returned forms (`[{name, bytes}]`; a workbook of many
/// agencies is one entry per agency sheet, its files `name.xlsx!Sheet`)
/// into one batch: the assessments that can be used and a report of who
/// returned, who did not (`expected`), what is incomplete, invalid or
/// unreadable, duplicates, and levels that moved more than `flagMoreThan`
/// steps (default 1) since `previous`.
#[wasm_bindgen(js_name = readForms, unchecked_return_type = "Consolidation")]
pub fn read_forms(
    #[wasm_bindgen(unchecked_param_type = "Array<{ name: string; bytes: Uint8Array }>")]
    files: JsValue,
    #[wasm_bindgen(js_name = framework, unchecked_param_type = "string | { toJson(): string }")]
    framework_value: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ReadFormsOptions | void")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let items: Array = files
        .dyn_into()
        .map_err(|_| type_error("files: expected an array of {name, bytes}"))?;
    let mut returned = Vec::with_capacity(items.length() as usize);
    for item in items.iter() {
        let name = Reflect::get(&item, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .ok_or_else(|| type_error("files[].name: expected a string"))?;
        let bytes = bytes_arg(&Reflect::get(&item, &"bytes".into())?, "files[].bytes")?;
        returned.push(ReturnedFile::new(name, bytes));
    }
    let fw = framework(&framework_value)?;
    let mut opts = ConsolidationOptions::default();
    let map = convert::options_map(&options)?;
    if let Some(expected) = map.get("expected") {
        let list = expected
            .as_array()
            .ok_or_else(|| type_error("options.expected: expected an array of strings"))?;
        for subject in list {
            let subject = subject
                .as_str()
                .ok_or_else(|| type_error("options.expected: expected an array of strings"))?;
            opts.expected.push(subject.to_owned());
        }
    }
    if let Some(previous) = map.get("previous") {
        let list = previous
            .as_array()
            .ok_or_else(|| type_error("options.previous: expected an array of assessments"))?;
        for doc in list {
            opts.previous
                .push(Assessment::from_json(&doc.to_string()).js()?);
        }
    }
    match map
        .get("flagMoreThan")
        .or_else(|| map.get("flag_more_than"))
    {
        None | Some(Value::Null) => {}
        Some(n) => opts.flag_more_than = whole(n, "options.flagMoreThan")?,
    }
    let batch = forms::consolidate(&returned, &fw, &opts).js()?;
    let docs: Vec<String> = batch.assessments.iter().map(Assessment::to_json).collect();
    let out = Object::new();
    Reflect::set(
        &out,
        &"assessments".into(),
        &convert::parse(&format!("[{}]", docs.join(",")))?,
    )?;
    Reflect::set(&out, &"report".into(), &convert::parse(&batch.to_json())?)?;
    Ok(out.into())
}
