//! The one place where core errors become JavaScript exceptions. The
//! package's entry module registers a factory that builds the named `Error`
//! subclass (`CycleError`, `AssessmentError`, …, all under `EgovError`);
//! without it (the raw module) a plain `Error` carries the same name,
//! `kind` and fields. Field names are camelCase, as every key of a JS
//! result (`js_property`).

use egov_masterplan::Error;
use js_sys::{Function, Object, Reflect, JSON};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    static FACTORY: RefCell<Option<Function>> = const { RefCell::new(None) };
}

/// Registers `factory({className, kind, message, fields})`, which returns
/// the error object to throw. Called once by the package's entry module.
#[wasm_bindgen(js_name = __setErrorFactory)]
pub fn set_error_factory(factory: Function) {
    FACTORY.with(|f| *f.borrow_mut() = Some(factory));
}

/// The JS property name of an error field: the core's snake_case name in
/// camelCase (`referenced_by` → `referencedBy`), as every JS result key.
pub fn js_property(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The JS exception for a core error: its class, kind, the core's message
/// and every field of the kind under its JS property name.
pub fn to_js(e: Error) -> JsValue {
    // A loop of inserts, not `collect` (which sorts: kilobytes of wasm).
    let mut fields = serde_json::Map::new();
    for (name, value) in e.fields() {
        fields.insert(js_property(&name), value);
    }
    let fields = JSON::parse(&serde_json::Value::Object(fields).to_string())
        .unwrap_or_else(|_| Object::new().into());
    let kind = JsValue::from_str(e.kind());
    let spec = Object::new();
    let _ = Reflect::set(&spec, &"className".into(), &e.class_name().into());
    let _ = Reflect::set(&spec, &"kind".into(), &kind);
    let _ = Reflect::set(&spec, &"message".into(), &e.to_string().into());
    let _ = Reflect::set(&spec, &"fields".into(), &fields);
    let built = FACTORY.with(|f| {
        f.borrow()
            .as_ref()
            .and_then(|factory| factory.call1(&JsValue::NULL, &spec).ok())
    });
    built.unwrap_or_else(|| {
        let err = js_sys::Error::new(&e.to_string());
        err.set_name(e.class_name());
        let _ = Reflect::set(&err, &"kind".into(), &kind);
        let _ = Object::assign(&err, &fields.unchecked_into());
        err.into()
    })
}

/// A type error for an argument of the wrong shape.
pub fn type_error(message: &str) -> JsValue {
    js_sys::TypeError::new(message).into()
}

/// Lets `?` turn core errors into JS exceptions.
pub trait IntoJsResult<T> {
    /// The core result as a JS result.
    fn js(self) -> Result<T, JsValue>;
}

impl<T> IntoJsResult<T> for egov_masterplan::Result<T> {
    fn js(self) -> Result<T, JsValue> {
        self.map_err(to_js)
    }
}
