//! `Benchmark`: the published SPBE results (the core's `benchmark`) and the
//! questions asked of them — lookup, position, peers, movers, distribution.
//! Every answer is the core's canonical JSON (`…Json` methods: the text
//! itself), parsed, with camelCase keys (`present`).

use crate::convert::{options_map, parse, string_arg};
use crate::errors::{type_error, IntoJsResult};
use crate::present::{present, present_each, MOVEMENT, PEERS, PUBLISHED_RESULT};
use egov_masterplan::benchmark::{Benchmark, Cohort, Movement, Subject};
use egov_masterplan::Framework;
use serde_json::{Map, Value};
use wasm_bindgen::prelude::*;

/// Published evaluation results: one row per institution and year.
#[wasm_bindgen(js_name = Benchmark)]
pub struct JsBenchmark(pub(crate) Benchmark);

/// A year argument: a whole number in the range of the core's years.
pub(crate) fn year(value: f64, name: &str) -> Result<i32, JsValue> {
    if value.fract() == 0.0 && (f64::from(i32::MIN)..=f64::from(i32::MAX)).contains(&value) {
        Ok(value as i32) // whole and in range: exact
    } else {
        Err(type_error(&format!("{name}: expected a whole year")))
    }
}

/// What to place: an institution's name or an index as text (the core's
/// `Subject::parse`: text starting with a digit is an index), or an index
/// as a number (its shortest decimal text).
pub(crate) fn subject(value: &JsValue) -> Result<Subject, JsValue> {
    if let Some(text) = value.as_string() {
        return Subject::parse(&text).js();
    }
    match value.as_f64() {
        Some(n) => Subject::index(&n.to_string()).js(),
        None => Err(type_error(
            "subject: expected an institution's name or an index",
        )),
    }
}

/// The cohort of an options object: `{kind, province, regional, local}`
/// (each optional; `null` as absent).
fn cohort(options: &Option<JsValue>) -> Result<Cohort, JsValue> {
    cohort_of(&options_map(options)?)
}

/// The cohort of an options object already read (`cohort`), for the
/// methods whose options hold more than the cohort.
pub(crate) fn cohort_of(map: &Map<String, Value>) -> Result<Cohort, JsValue> {
    let text = |name: &str| -> Result<Option<&str>, JsValue> {
        match map.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.as_str())),
            Some(_) => Err(type_error(&format!("options.{name}: expected a string"))),
        }
    };
    let flag = |name: &str| -> Result<bool, JsValue> {
        match map.get(name) {
            None | Some(Value::Null) => Ok(false),
            Some(Value::Bool(b)) => Ok(*b),
            Some(_) => Err(type_error(&format!("options.{name}: expected a boolean"))),
        }
    };
    Cohort::from_parts(
        text("kind")?,
        text("province")?,
        flag("regional")?,
        flag("local")?,
    )
    .js()
}

/// The framework of `fromCsv`: a built-in id, or a framework object (its
/// `toJson()` document is read).
fn framework(value: &Option<JsValue>) -> Result<Framework, JsValue> {
    let value = match value {
        Some(v) if !v.is_undefined() && !v.is_null() => v,
        _ => return Framework::builtin("spbe-2020").js(),
    };
    if let Some(id) = value.as_string() {
        return Framework::builtin(&id).js();
    }
    let to_json = js_sys::Reflect::get(value, &"toJson".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or_else(|| type_error("framework: expected a built-in id or a Framework"))?;
    let doc = to_json.call0(value)?;
    Framework::from_json(&string_arg(&doc, "framework.toJson()")?).js()
}

impl JsBenchmark {
    fn rows_json(&self, year: Option<i32>) -> String {
        let rows: Vec<String> = match year {
            Some(y) => self.0.year(y).map(|r| r.to_json()).collect(),
            None => self.0.rows().iter().map(|r| r.to_json()).collect(),
        };
        format!("[{}]", rows.join(","))
    }

    fn peers_of(&self, name: &JsValue, y: f64, nearest: Option<f64>) -> Result<String, JsValue> {
        let n = match nearest {
            None => 5,
            // Whole and not negative; beyond usize it saturates (all of them).
            Some(n) if n.fract() == 0.0 && n >= 0.0 => n as usize,
            Some(_) => return Err(type_error("nearest: expected a whole number from 0")),
        };
        Ok(self
            .0
            .peers(&string_arg(name, "name")?, year(y, "year")?, n)
            .js()?
            .to_json())
    }
}

#[wasm_bindgen(js_class = Benchmark)]
impl JsBenchmark {
    /// Every published SPBE result of 2023 and 2024 (1,236 rows, embedded
    /// in this module), on the `spbe-2020` framework's predicates.
    #[cfg(feature = "spbe-results")]
    #[wasm_bindgen(js_name = spbePublished)]
    pub fn spbe_published() -> Result<JsBenchmark, JsValue> {
        Benchmark::spbe_published().js().map(JsBenchmark)
    }

    /// Reads a table of published results (CSV text: `year,report_table,
    /// row,institution,kind,province,d1,d2,d3,d4,index,predicate`, the
    /// shape `toCsv()` writes). `framework` names the predicates: a
    /// built-in id or a `Framework` (default `"spbe-2020"`). A bad cell is
    /// a `CsvError` naming its row and column.
    #[wasm_bindgen(js_name = fromCsv)]
    pub fn from_csv(
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(js_name = framework, unchecked_param_type = "string | { toJson(): string } | void")]
        framework_value: Option<JsValue>,
    ) -> Result<JsBenchmark, JsValue> {
        let text = string_arg(&text, "text")?;
        Benchmark::from_csv(&text, &framework(&framework_value)?)
            .js()
            .map(JsBenchmark)
    }

    /// The table as CSV (the same bytes it was read from).
    #[wasm_bindgen(js_name = toCsv)]
    pub fn to_csv(&self) -> String {
        self.0.to_csv()
    }

    /// The id of the framework whose predicates the table uses.
    #[wasm_bindgen(getter, js_name = frameworkId)]
    pub fn framework_id(&self) -> String {
        self.0.framework().id().to_owned()
    }

    /// The years the table covers, ascending.
    #[wasm_bindgen(unchecked_return_type = "number[]")]
    pub fn years(&self) -> JsValue {
        let out = js_sys::Array::new();
        for y in self.0.years() {
            out.push(&y.into());
        }
        out.into()
    }

    /// The rows (of one year, or every year), in table order, as the
    /// report prints them.
    #[wasm_bindgen(unchecked_return_type = "PublishedResult[]")]
    pub fn rows(
        &self,
        #[wasm_bindgen(js_name = year)] year_value: Option<f64>,
    ) -> Result<JsValue, JsValue> {
        let y = year_value.map(|y| year(y, "year")).transpose()?;
        present_each(&self.rows_json(y), &PUBLISHED_RESULT)
    }

    /// One institution's row in one year. The name is matched forgivingly
    /// (case, spacing, "Kab."/"Kabupaten", a leading "Pemerintah", the kind
    /// left out when only one institution bears the rest); an unknown or
    /// ambiguous name is an `UnknownInstitutionError` whose `candidates`
    /// are the closest names (or every match).
    #[wasm_bindgen(unchecked_return_type = "PublishedResult")]
    pub fn lookup(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] name: JsValue,
        #[wasm_bindgen(js_name = year)] year_value: f64,
    ) -> Result<JsValue, JsValue> {
        present(&self.lookup_json(name, year_value)?, &PUBLISHED_RESULT)
    }

    /// `lookup` as the core's canonical JSON text.
    #[wasm_bindgen(js_name = lookupJson)]
    pub fn lookup_json(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] name: JsValue,
        #[wasm_bindgen(js_name = year)] year_value: f64,
    ) -> Result<String, JsValue> {
        let name = string_arg(&name, "name")?;
        Ok(self
            .0
            .lookup(&name, year(year_value, "year")?)
            .js()?
            .to_json())
    }

    /// Where `subject` stands among a cohort in `year`: competition rank
    /// (1 + the members with a higher published index), count, below,
    /// percentile (below as a percentage of count) and the cohort's exact
    /// quartiles. `subject` is an institution's name or an index (a number
    /// or decimal text such as `"3.10"`); options `{kind, province,
    /// regional, local}` choose the cohort (default: every institution). A
    /// cohort with no published index is an `EmptyCohortError`.
    #[wasm_bindgen(unchecked_return_type = "Position")]
    pub fn position(
        &self,
        #[wasm_bindgen(js_name = year)] year_value: f64,
        #[wasm_bindgen(js_name = subject, unchecked_param_type = "string | number")]
        subject_value: JsValue,
        #[wasm_bindgen(unchecked_param_type = "CohortOptions | void")] options: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        parse(&self.position_json(year_value, subject_value, options)?)
    }

    /// `position` as the core's canonical JSON text.
    #[wasm_bindgen(js_name = positionJson)]
    pub fn position_json(
        &self,
        #[wasm_bindgen(js_name = year)] year_value: f64,
        #[wasm_bindgen(js_name = subject, unchecked_param_type = "string | number")]
        subject_value: JsValue,
        #[wasm_bindgen(unchecked_param_type = "CohortOptions | void")] options: Option<JsValue>,
    ) -> Result<String, JsValue> {
        let y = year(year_value, "year")?;
        let p = self
            .0
            .position(y, &subject(&subject_value)?, &cohort(&options)?);
        Ok(p.js()?.to_json())
    }

    /// An institution's peers in `year`: the institutions of its kind in its
    /// province (a central body: of its kind), ranked, the subject marked,
    /// and the `nearest` (default 5) of its kind anywhere by index.
    #[wasm_bindgen(unchecked_return_type = "Peers")]
    pub fn peers(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] name: JsValue,
        #[wasm_bindgen(js_name = year)] year_value: f64,
        nearest: Option<f64>,
    ) -> Result<JsValue, JsValue> {
        present(&self.peers_of(&name, year_value, nearest)?, &PEERS)
    }

    /// `peers` as the core's canonical JSON text.
    #[wasm_bindgen(js_name = peersJson)]
    pub fn peers_json(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] name: JsValue,
        #[wasm_bindgen(js_name = year)] year_value: f64,
        nearest: Option<f64>,
    ) -> Result<String, JsValue> {
        self.peers_of(&name, year_value, nearest)
    }

    /// What moved from `fromYear` to `toYear`: every institution of the
    /// cohort (options `{kind, province, regional, local}`) with a published
    /// index in both, matched on name, kind and province; the biggest rise
    /// first.
    #[wasm_bindgen(unchecked_return_type = "Movement[]")]
    pub fn movers(
        &self,
        #[wasm_bindgen(js_name = fromYear)] from_year: f64,
        #[wasm_bindgen(js_name = toYear)] to_year: f64,
        #[wasm_bindgen(unchecked_param_type = "CohortOptions | void")] options: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        present_each(&self.movers_json(from_year, to_year, options)?, &MOVEMENT)
    }

    /// `movers` as the core's canonical JSON text.
    #[wasm_bindgen(js_name = moversJson)]
    pub fn movers_json(
        &self,
        #[wasm_bindgen(js_name = fromYear)] from_year: f64,
        #[wasm_bindgen(js_name = toYear)] to_year: f64,
        #[wasm_bindgen(unchecked_param_type = "CohortOptions | void")] options: Option<JsValue>,
    ) -> Result<String, JsValue> {
        let (from, to) = (year(from_year, "fromYear")?, year(to_year, "toYear")?);
        Ok(Movement::list_to_json(&self.0.movers(
            from,
            to,
            &cohort(&options)?,
        )))
    }

    /// How a cohort's results spread in `year` (options `{kind, province,
    /// regional, local}`): rows, predicate counts, the exact quartiles of the
    /// index and of each domain (`null` for a domain with no value).
    #[wasm_bindgen(unchecked_return_type = "Distribution")]
    pub fn distribution(
        &self,
        #[wasm_bindgen(js_name = year)] year_value: f64,
        #[wasm_bindgen(unchecked_param_type = "CohortOptions | void")] options: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        parse(&self.distribution_json(year_value, options)?)
    }

    /// `distribution` as the core's canonical JSON text.
    #[wasm_bindgen(js_name = distributionJson)]
    pub fn distribution_json(
        &self,
        #[wasm_bindgen(js_name = year)] year_value: f64,
        #[wasm_bindgen(unchecked_param_type = "CohortOptions | void")] options: Option<JsValue>,
    ) -> Result<String, JsValue> {
        let y = year(year_value, "year")?;
        Ok(self.0.distribution(y, &cohort(&options)?).js()?.to_json())
    }
}
