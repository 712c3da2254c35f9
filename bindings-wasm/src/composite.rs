//! `Framework.scoreCohort`, `scoreCohortJson`, `uncertainty` and
//! `uncertaintyJson`: the core's composite indices (conversions only), with
//! their TypeScript types. Numbers are read from the JS values directly
//! (no JSON text in between), so a cohort's values reach the core bit for
//! bit. A cohort or options object of the wrong shape is an
//! `InvalidFieldError` naming the key.

use crate::errors::{js_property, to_js, IntoJsResult};
use crate::framework::JsFramework;
use crate::present::{present, COHORT_SCORES, COHORT_UNCERTAINTY};
use egov_masterplan::composite::{
    aggregator_named, normaliser_named, Cohort, CohortUncertainty, CohortUncertaintyOptions,
    WeightModel,
};
use egov_masterplan::Error;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const COMPOSITE_TYPES: &'static str = r#"
/** The units scored together on a composite framework (`un-egdi-2022`, `oecd-dgi-2023`, …). */
export interface CohortInput {
  /** The units' ids (unique, not empty). */
  ids: string[];
  /** Each indicator's raw values by column name, one per unit (`null`: missing); the key order is the column order. */
  columns: Record<string, (number | null)[]>;
  /** A group per unit (region, income group), for group-mean imputation. */
  groups?: string[];
}
/** One unit's result on a composite framework. */
export interface UnitScore {
  id: string;
  /** The index (`null` when the unit has no value at all). */
  index: number | null;
  /** Competition rank (1 is best; equal values share a rank). */
  rank: number | null;
  /** The id of the band the index falls in (`null`: no bands, or no index). */
  group: string | null;
  /** Each group node's value, in the order of `CohortScores.nodes`. */
  nodes: (number | null)[];
  /** How many of the unit's values were imputed. */
  imputed: number;
}
/** An indicator's share of the index: as declared, and as it works out over the cohort. */
export interface EffectiveWeight {
  indicator: string;
  /** Its nominal weight in the index (the shares sum to 1). */
  nominal: number;
  /** Its mean share of the units' weighted sums of normalised values. */
  effective: number;
  /** Pearson correlation of its normalised values with the index (`null`: undefined). */
  correlation: number | null;
}
/** A cohort scored on a composite framework (`Framework.scoreCohort`). */
export interface CohortScores {
  framework: string;
  /** The group nodes' ids (the columns of `UnitScore.nodes`). */
  nodes: string[];
  /** One result per unit, in cohort order. */
  units: UnitScore[];
  /** One entry per indicator, in framework order. */
  effectiveWeights: EffectiveWeight[];
}
/** What `Framework.uncertainty` takes besides the cohort. */
export interface CohortUncertaintyOptions {
  /** Share by which each weight moves under the uniform model, in [0, 1) (default 0.2). */
  weightNoise?: number;
  /** Monte Carlo samples (default 1000). */
  samples?: number;
  /** Seed of the draws, a whole number 0 … 2^53 − 1 (default 0). */
  seed?: number;
  /** How the weights move (default `"uniform"`). */
  weightModel?: "uniform" | "dirichlet";
  /** The Dirichlet concentration (> 0; required with `weightModel: "dirichlet"`). */
  concentration?: number;
  /** Normalisers drawn from per sample: `"none"`, `"min-max"`, `"z-score"`, `"goalposts"`, `"distance-to-target"`, `"rank"`, `"percent-rank"` (default: the framework's own). */
  normalisers?: string[];
  /** Aggregators drawn from per sample: `"arithmetic"`, `"geometric"`, `"harmonic"`, `"power:<p>"` (default: the framework's own). */
  aggregators?: string[];
  /** Leave out one indicator per sample (or none), uniformly (default false). */
  exclusion?: boolean;
}
/** One unit's rank interval. */
export interface UnitInterval {
  id: string;
  /** Rank with the framework's own method. */
  nominalRank: number;
  /** Median rank over the samples. */
  medianRank: number;
  /** 5th percentile of the ranks (the best end). */
  p05: number;
  /** 95th percentile (the worst end). */
  p95: number;
  /** Mean absolute difference from the nominal rank. */
  meanShift: number;
}
/** How robust a cohort's ranks are (`Framework.uncertainty`). */
export interface CohortUncertainty {
  framework: string;
  samples: number;
  /** One interval per unit, in cohort order. */
  units: UnitInterval[];
}
"#;

/// An `InvalidFieldError` for `what`'s key `field`.
fn invalid(what: &str, field: &str, detail: &str) -> JsValue {
    to_js(Error::InvalidField {
        what: what.into(),
        field: field.into(),
        detail: detail.into(),
    })
}

/// The own enumerable keys of a plain object (an `InvalidFieldError` for
/// anything else), each checked against `allowed`.
fn object_keys(value: &JsValue, what: &str, allowed: &[&str]) -> Result<Vec<String>, JsValue> {
    if !value.is_object() || Array::is_array(value) || value.is_function() {
        return Err(invalid(what, what, "expected a plain object"));
    }
    let keys: Vec<String> = Object::keys(value.unchecked_ref::<Object>())
        .iter()
        .filter_map(|k| k.as_string())
        .collect();
    if let Some(k) = keys.iter().find(|k| !allowed.contains(&k.as_str())) {
        return Err(invalid(
            what,
            k,
            &format!("is not a key of {what}; expected: {}", allowed.join(", ")),
        ));
    }
    Ok(keys)
}

/// Key `key` of `object`, unless `undefined` or `null`.
fn get(object: &JsValue, key: &str) -> Result<Option<JsValue>, JsValue> {
    let v = Reflect::get(object, &JsValue::from_str(key))?;
    Ok((!v.is_undefined() && !v.is_null()).then_some(v))
}

/// An array of strings.
fn strings(value: &JsValue, what: &str, key: &str) -> Result<Vec<String>, JsValue> {
    let expected = || invalid(what, key, "expected an array of strings");
    if !Array::is_array(value) {
        return Err(expected());
    }
    Array::from(value)
        .iter()
        .map(|v| v.as_string().ok_or_else(expected))
        .collect()
}

/// `{ids, columns, groups?}` as the core's cohort.
fn cohort(value: &JsValue) -> Result<Cohort, JsValue> {
    const WHAT: &str = "cohort";
    object_keys(value, WHAT, &["ids", "columns", "groups"])?;
    let ids = match get(value, "ids")? {
        Some(v) => strings(&v, WHAT, "ids")?,
        None => return Err(invalid(WHAT, "ids", "is missing")),
    };
    let Some(columns) = get(value, "columns")? else {
        return Err(invalid(WHAT, "columns", "is missing"));
    };
    if !columns.is_object() || Array::is_array(&columns) || columns.is_function() {
        return Err(invalid(
            WHAT,
            "columns",
            "expected an object of columns, {name: (number | null)[]}",
        ));
    }
    let mut list = Vec::new();
    for name in Object::keys(columns.unchecked_ref::<Object>()).iter() {
        let name = name.as_string().unwrap_or_default();
        let column = Reflect::get(&columns, &JsValue::from_str(&name))?;
        let expected = |at: &str| invalid(WHAT, at, "expected an array of numbers or nulls");
        if !Array::is_array(&column) {
            return Err(expected(&name));
        }
        let values = Array::from(&column)
            .iter()
            .enumerate()
            .map(|(u, v)| {
                if v.is_null() || v.is_undefined() {
                    Ok(None)
                } else {
                    v.as_f64().map(Some).ok_or_else(|| {
                        let unit = ids.get(u).map_or_else(|| u.to_string(), Clone::clone);
                        expected(&format!("{name}[{unit}]"))
                    })
                }
            })
            .collect::<Result<Vec<_>, _>>()?;
        list.push((name, values));
    }
    let groups = get(value, "groups")?
        .map(|g| strings(&g, WHAT, "groups"))
        .transpose()?;
    let c = Cohort::new(ids, list).js()?;
    match groups {
        Some(g) => c.with_groups(g).js(),
        None => Ok(c),
    }
}

/// A number option.
fn number(value: &JsValue, what: &str, key: &str) -> Result<f64, JsValue> {
    value
        .as_f64()
        .ok_or_else(|| invalid(what, key, "expected a number"))
}

/// A whole-number option, `0 … 2^53 − 1`.
fn whole(value: &JsValue, what: &str, key: &str) -> Result<u64, JsValue> {
    match value.as_f64() {
        Some(x) if x.fract() == 0.0 && (0.0..9_007_199_254_740_992.0).contains(&x) => Ok(x as u64),
        _ => Err(invalid(
            what,
            key,
            "expected a whole number from 0 to 2^53 - 1",
        )),
    }
}

/// The options object (or nothing) as the core's options.
fn uncertainty_options(options: &Option<JsValue>) -> Result<CohortUncertaintyOptions, JsValue> {
    const WHAT: &str = "uncertainty options";
    let mut o = CohortUncertaintyOptions::default();
    let Some(options) = options
        .as_ref()
        .filter(|v| !v.is_undefined() && !v.is_null())
    else {
        return Ok(o);
    };
    object_keys(
        options,
        WHAT,
        &[
            "weightNoise",
            "samples",
            "seed",
            "weightModel",
            "concentration",
            "normalisers",
            "aggregators",
            "exclusion",
        ],
    )?;
    if let Some(v) = get(options, "weightNoise")? {
        o.weight_noise = number(&v, WHAT, "weightNoise")?;
    }
    if let Some(v) = get(options, "samples")? {
        o.samples = usize::try_from(whole(&v, WHAT, "samples")?)
            .map_err(|_| invalid(WHAT, "samples", "is too large"))?;
    }
    if let Some(v) = get(options, "seed")? {
        o.seed = whole(&v, WHAT, "seed")?;
    }
    let concentration = get(options, "concentration")?
        .map(|v| number(&v, WHAT, "concentration"))
        .transpose()?;
    let model = get(options, "weightModel")?
        .map(|v| {
            v.as_string().ok_or_else(|| {
                invalid(WHAT, "weightModel", "expected \"uniform\" or \"dirichlet\"")
            })
        })
        .transpose()?;
    o.weight_model = match (model.as_deref(), concentration) {
        (None | Some("uniform"), None) => WeightModel::Uniform,
        (None | Some("uniform"), Some(_)) => {
            return Err(invalid(
                WHAT,
                "concentration",
                "is only for weightModel \"dirichlet\"",
            ))
        }
        (Some("dirichlet"), Some(concentration)) => WeightModel::Dirichlet { concentration },
        (Some("dirichlet"), None) => {
            return Err(invalid(
                WHAT,
                "concentration",
                "is missing; weightModel \"dirichlet\" needs a concentration > 0",
            ))
        }
        (Some(other), _) => {
            return Err(to_js(Error::InvalidOption {
                option: "weightModel".into(),
                value: other.into(),
                allowed: vec!["uniform".into(), "dirichlet".into()],
            }))
        }
    };
    if let Some(v) = get(options, "normalisers")? {
        o.normalisers = strings(&v, WHAT, "normalisers")?
            .iter()
            .map(|n| normaliser_named(n))
            .collect::<Result<_, _>>()
            .js()?;
    }
    if let Some(v) = get(options, "aggregators")? {
        o.aggregators = strings(&v, WHAT, "aggregators")?
            .iter()
            .map(|n| aggregator_named(n))
            .collect::<Result<_, _>>()
            .js()?;
    }
    if let Some(v) = get(options, "exclusion")? {
        o.exclusion = v
            .as_bool()
            .ok_or_else(|| invalid(WHAT, "exclusion", "expected a boolean"))?;
    }
    Ok(o)
}

impl JsFramework {
    fn run_uncertainty(
        &self,
        cohort_value: &JsValue,
        options: &Option<JsValue>,
    ) -> Result<CohortUncertainty, JsValue> {
        let options = uncertainty_options(options)?;
        let c = cohort(cohort_value)?;
        self.0.uncertainty(&c, &options).map_err(|e| match e {
            // The core's option names in their JS spelling (`weightNoise`).
            Error::InvalidField {
                what,
                field,
                detail,
            } if what == "uncertainty" => to_js(Error::InvalidField {
                what,
                field: js_property(&field),
                detail,
            }),
            e => to_js(e),
        })
    }
}

#[wasm_bindgen(js_class = Framework)]
impl JsFramework {
    /// Scores a cohort on this composite framework (one with a `composite`
    /// block, e.g. `un-egdi-2022`): imputes, normalises over the cohort,
    /// aggregates, ranks and bands; per unit its index, rank, group, node
    /// values and imputed count, per indicator its nominal and effective
    /// weight.
    #[wasm_bindgen(js_name = scoreCohort, unchecked_return_type = "CohortScores")]
    pub fn score_cohort(
        &self,
        #[wasm_bindgen(unchecked_param_type = "CohortInput")] cohort_value: JsValue,
    ) -> Result<JsValue, JsValue> {
        let s = self.0.score_cohort(&cohort(&cohort_value)?).js()?;
        present(&s.to_json(), &COHORT_SCORES)
    }

    /// As `scoreCohort`, as the core's canonical JSON text (snake_case
    /// keys; the same bytes as Rust's `CohortScores::to_json`).
    #[wasm_bindgen(js_name = scoreCohortJson)]
    pub fn score_cohort_json(
        &self,
        #[wasm_bindgen(unchecked_param_type = "CohortInput")] cohort_value: JsValue,
    ) -> Result<String, JsValue> {
        Ok(self.0.score_cohort(&cohort(&cohort_value)?).js()?.to_json())
    }

    /// How robust the cohort's ranks are (Monte Carlo over the weights,
    /// the normaliser, the aggregator and the exclusion of an indicator,
    /// seeded: the same bits as in Rust and Python). Options: `weightNoise`
    /// (0.2), `samples` (1000), `seed` (0), `weightModel` (`"uniform"` or
    /// `"dirichlet"` with `concentration`), `normalisers`, `aggregators`,
    /// `exclusion`.
    #[wasm_bindgen(unchecked_return_type = "CohortUncertainty")]
    pub fn uncertainty(
        &self,
        #[wasm_bindgen(unchecked_param_type = "CohortInput")] cohort_value: JsValue,
        #[wasm_bindgen(unchecked_param_type = "CohortUncertaintyOptions | void")] options: Option<
            JsValue,
        >,
    ) -> Result<JsValue, JsValue> {
        let u = self.run_uncertainty(&cohort_value, &options)?;
        present(&u.to_json(), &COHORT_UNCERTAINTY)
    }

    /// As `uncertainty`, as the core's canonical JSON text (snake_case
    /// keys; the same bytes as Rust's `CohortUncertainty::to_json`).
    #[wasm_bindgen(js_name = uncertaintyJson)]
    pub fn uncertainty_json(
        &self,
        #[wasm_bindgen(unchecked_param_type = "CohortInput")] cohort_value: JsValue,
        #[wasm_bindgen(unchecked_param_type = "CohortUncertaintyOptions | void")] options: Option<
            JsValue,
        >,
    ) -> Result<String, JsValue> {
        Ok(self.run_uncertainty(&cohort_value, &options)?.to_json())
    }
}
