//! WebAssembly bindings of `egov-masterplan` (npm package
//! `egov-masterplan`): the core's names in camelCase, plain JS objects in
//! and out (the core's canonical JSON, parsed), and named `Error`
//! subclasses. This crate converts values and maps errors; every
//! computation is the core's. Without the default features `roadmap` and
//! `architecture` it is the scoring module alone (the browser calculator's).

#[cfg(feature = "architecture")]
mod architecture;
mod convert;
mod errors;
mod framework;
#[cfg(feature = "roadmap")]
mod roadmap;
mod types;

pub use errors::set_error_factory;
pub use framework::JsFramework;

use wasm_bindgen::prelude::*;

/// The error kinds and their class names, `[kind, className][]`.
#[wasm_bindgen(js_name = errorKinds, unchecked_return_type = "Array<[string, string]>")]
pub fn error_kinds() -> JsValue {
    let out = js_sys::Array::new();
    for kind in egov_masterplan::ERROR_KINDS {
        let pair = js_sys::Array::new();
        pair.push(&kind.into());
        pair.push(&egov_masterplan::Error::class_name_of(kind).into());
        out.push(&pair);
    }
    out.into()
}

/// The library version.
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
