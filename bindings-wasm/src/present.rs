//! The JS form of the core's JSON results: plain objects with camelCase
//! keys. The core's canonical JSON (what the `toJson()` methods return: the
//! file format) keeps its snake_case keys; here the text is parsed and every
//! known object shape gets its snake_case keys renamed, in place in the key
//! order. Shapes released with snake_case keys keep the old names for one
//! version as deprecated aliases: non-enumerable own properties with the same
//! value, so `JSON.stringify`, `Object.keys`, spreads and `deepStrictEqual`
//! see only the camelCase names.
//!
//! Only the keys a shape lists are renamed, never a map's keys: those are
//! data (indicator ids in `levels`, years in `charges`, ladder names in a
//! framework's `ladders`).

use js_sys::{Array, Function, Object, Reflect, JSON};
use wasm_bindgen::prelude::*;

/// One object shape of the core's JSON.
pub struct Shape {
    /// `(core key, JS key)` of the keys renamed.
    renames: &'static [(&'static str, &'static str)],
    /// The children with a shape of their own, by core key.
    children: &'static [(&'static str, Child)],
    /// Whether the core's names stay readable as deprecated aliases.
    aliases: bool,
}

/// A child of a shape.
enum Child {
    /// One object.
    #[cfg(feature = "scoring")]
    One(&'static Shape),
    /// An array of objects.
    Each(&'static Shape),
}

/// A shape released with snake_case keys (they stay as aliases).
#[cfg(feature = "scoring")]
const fn released(
    renames: &'static [(&'static str, &'static str)],
    children: &'static [(&'static str, Child)],
) -> Shape {
    Shape {
        renames,
        children,
        aliases: true,
    }
}

/// `Scorecard`: `indexText`, `exactIndex`, `options.predicateBasis`.
#[cfg(feature = "scoring")]
pub static SCORECARD: Shape = released(
    &[("index_text", "indexText"), ("exact_index", "exactIndex")],
    &[("options", Child::One(&SCORE_OPTIONS))],
);
#[cfg(feature = "scoring")]
static SCORE_OPTIONS: Shape = released(&[("predicate_basis", "predicateBasis")], &[]);

/// `Gap`: `totalCost`, and each step's `indexAfter`, `indexAfterText`.
#[cfg(feature = "scoring")]
pub static GAP: Shape = released(
    &[("total_cost", "totalCost")],
    &[("steps", Child::Each(&GAP_STEP))],
);
#[cfg(feature = "scoring")]
static GAP_STEP: Shape = released(
    &[
        ("index_after", "indexAfter"),
        ("index_after_text", "indexAfterText"),
    ],
    &[],
);

/// `FrameworkDocument`: `schemaVersion`, `legalBasis`, `composite.rankDecimals`
/// (`ladders` keys are ladder names).
#[cfg(feature = "scoring")]
pub static FRAMEWORK: Shape = released(
    &[
        ("schema_version", "schemaVersion"),
        ("legal_basis", "legalBasis"),
    ],
    &[("composite", Child::One(&COMPOSITE_BLOCK))],
);
/// A composite framework's `composite` block: `rankDecimals` (new with
/// schema 2: no alias).
#[cfg(feature = "scoring")]
static COMPOSITE_BLOCK: Shape = Shape {
    renames: &[("rank_decimals", "rankDecimals")],
    children: &[],
    aliases: false,
};

/// `ScheduleDocument`: `criticalPath`, the entries' month and date fields,
/// the reasons of unscheduled initiatives (`charges` keys are years).
#[cfg(feature = "roadmap")]
pub static SCHEDULE: Shape = released(
    &[("critical_path", "criticalPath")],
    &[
        ("entries", Child::Each(&SCHEDULE_ENTRY)),
        ("unscheduled", Child::Each(&UNSCHEDULED)),
    ],
);
#[cfg(feature = "roadmap")]
static SCHEDULE_ENTRY: Shape = released(
    &[
        ("start_month", "startMonth"),
        ("duration_months", "durationMonths"),
        ("earliest_start", "earliestStart"),
        ("slack_months", "slackMonths"),
        ("delay_months", "delayMonths"),
    ],
    &[],
);
#[cfg(feature = "roadmap")]
static UNSCHEDULED: Shape = released(&[], &[("reason", Child::One(&REASON))]);
#[cfg(feature = "roadmap")]
static REASON: Shape = released(
    &[
        ("earliest_finish", "earliestFinish"),
        ("horizon_end", "horizonEnd"),
    ],
    &[],
);

/// `YearProjection`: its scorecard.
#[cfg(feature = "roadmap")]
pub static YEAR: Shape = released(&[], &[("scorecard", Child::One(&SCORECARD))]);

/// The error table (`errorTable()`, new in this version: no aliases).
#[cfg(feature = "error-table")]
pub static ERROR_TABLE: Shape = fresh(
    &[],
    &[
        ("families", Child::Each(&ERROR_FAMILY)),
        ("kinds", Child::Each(&ERROR_KIND)),
    ],
);
#[cfg(feature = "error-table")]
static ERROR_FAMILY: Shape = fresh(&[("class_name", "className")], &[]);
#[cfg(feature = "error-table")]
static ERROR_KIND: Shape = fresh(
    &[("class_name", "className"), ("family_class", "familyClass")],
    &[],
);

/// A shape new in this version (no deprecated aliases).
#[cfg(any(
    feature = "error-table",
    feature = "benchmark",
    feature = "masterplan",
    feature = "composite"
))]
const fn fresh(
    renames: &'static [(&'static str, &'static str)],
    children: &'static [(&'static str, Child)],
) -> Shape {
    Shape {
        renames,
        children,
        aliases: false,
    }
}

/// `CohortScores`: `effectiveWeights`.
#[cfg(feature = "composite")]
pub static COHORT_SCORES: Shape = fresh(&[("effective_weights", "effectiveWeights")], &[]);

/// `CohortUncertainty`: each unit's `nominalRank`, `medianRank`,
/// `meanShift`.
#[cfg(feature = "composite")]
pub static COHORT_UNCERTAINTY: Shape = fresh(&[], &[("units", Child::Each(&UNIT_INTERVAL))]);
#[cfg(feature = "composite")]
static UNIT_INTERVAL: Shape = fresh(
    &[
        ("nominal_rank", "nominalRank"),
        ("median_rank", "medianRank"),
        ("mean_shift", "meanShift"),
    ],
    &[],
);

/// `RobustPosition`: `nominalRank`, `medianRank`, `meanShift`.
#[cfg(feature = "benchmark")]
pub static ROBUST_POSITION: Shape = fresh(
    &[
        ("nominal_rank", "nominalRank"),
        ("median_rank", "medianRank"),
        ("mean_shift", "meanShift"),
    ],
    &[],
);

/// A benchmark row (`PublishedResult`): `reportTable`, `predicateId`.
#[cfg(feature = "benchmark")]
pub static PUBLISHED_RESULT: Shape = fresh(
    &[
        ("report_table", "reportTable"),
        ("predicate_id", "predicateId"),
    ],
    &[],
);

/// `Movement`: `indexFrom`, `indexTo`, `domainChanges`, `predicateFrom`,
/// `predicateTo`.
#[cfg(feature = "benchmark")]
pub static MOVEMENT: Shape = fresh(
    &[
        ("index_from", "indexFrom"),
        ("index_to", "indexTo"),
        ("domain_changes", "domainChanges"),
        ("predicate_from", "predicateFrom"),
        ("predicate_to", "predicateTo"),
    ],
    &[],
);

/// `Peers`: each row's `predicateId`, in `table` and `nearest`.
#[cfg(feature = "benchmark")]
pub static PEERS: Shape = fresh(
    &[],
    &[
        ("table", Child::Each(&PEER_ROW)),
        ("nearest", Child::Each(&PEER_ROW)),
    ],
);
#[cfg(feature = "benchmark")]
static PEER_ROW: Shape = fresh(&[("predicate_id", "predicateId")], &[]);

/// `TargetOutcome`: `requiredText`, `reachedText`, `shortBy`, `wouldCover`,
/// `coveredByThem`, and each step's `valueAfter`, `valueAfterText`.
#[cfg(feature = "masterplan")]
pub static TARGET_OUTCOME: Shape = fresh(
    &[
        ("required_text", "requiredText"),
        ("reached_text", "reachedText"),
        ("short_by", "shortBy"),
        ("would_cover", "wouldCover"),
        ("covered_by_them", "coveredByThem"),
    ],
    &[("steps", Child::Each(&TARGET_STEP))],
);
#[cfg(feature = "masterplan")]
static TARGET_STEP: Shape = fresh(
    &[
        ("value_after", "valueAfter"),
        ("value_after_text", "valueAfterText"),
    ],
    &[],
);

/// The core's JSON text of one `shape` object, in its JS form.
pub fn present(json: &str, shape: &Shape) -> Result<JsValue, JsValue> {
    Ok(reshape(JSON::parse(json)?, shape))
}

/// The core's JSON text of an array of `shape` objects, in its JS form.
#[cfg(any(feature = "roadmap", feature = "benchmark"))]
pub fn present_each(json: &str, shape: &Shape) -> Result<JsValue, JsValue> {
    let list = JSON::parse(json)?;
    each(&list, shape);
    Ok(list)
}

/// `value` reshaped (the same object, or a renamed copy of it).
fn reshape(value: JsValue, shape: &Shape) -> JsValue {
    if value.is_null() || !value.is_object() || Array::is_array(&value) {
        return value;
    }
    let obj: Object = value.unchecked_into();
    for (key, child) in shape.children {
        let key = JsValue::from_str(key);
        let Ok(v) = Reflect::get(&obj, &key) else {
            continue;
        };
        match child {
            // (An optional child left out stays out: `composite`.)
            #[cfg(feature = "scoring")]
            Child::One(s) if !v.is_undefined() => {
                let _ = Reflect::set(&obj, &key, &reshape(v, s));
            }
            #[cfg(feature = "scoring")]
            Child::One(_) => {}
            Child::Each(s) => each(&v, s),
        }
    }
    if shape.renames.is_empty() {
        return obj.into();
    }
    renamed(&obj, shape).into()
}

/// Reshapes every object of an array in place.
fn each(list: &JsValue, shape: &Shape) {
    if let Some(array) = list.dyn_ref::<Array>() {
        for i in 0..array.length() {
            array.set(i, reshape(array.get(i), shape));
        }
    }
}

/// A copy of `obj` with the shape's keys renamed, in the same key order,
/// and the old names as non-enumerable aliases when the shape keeps them.
fn renamed(obj: &Object, shape: &Shape) -> Object {
    let out = Object::new();
    for key in Object::keys(obj).iter() {
        let value = Reflect::get(obj, &key).unwrap_or(JsValue::UNDEFINED);
        let name = key.as_string().unwrap_or_default();
        let key = match shape.renames.iter().find(|(core, _)| *core == name) {
            Some((_, js)) => JsValue::from_str(js),
            None => key,
        };
        let _ = Reflect::set(&out, &key, &value);
    }
    if shape.aliases {
        for (core, js) in shape.renames {
            let js = JsValue::from_str(js);
            if Reflect::has(&out, &js).unwrap_or(false) {
                alias(&out, core, &js);
            }
        }
    }
    out
}

/// Defines `name` as a non-enumerable accessor of `obj[target]`. The getter
/// and setter are `Reflect.get` / `Reflect.set` bound to the object and the
/// key: no code is compiled at run time (a page's CSP may forbid it).
fn alias(obj: &Object, name: &str, target: &JsValue) {
    let descriptor = Object::new();
    let (get, set) = REFLECT.with(|r| {
        (
            r.0.bind2(&JsValue::NULL, obj, target),
            r.1.bind2(&JsValue::NULL, obj, target),
        )
    });
    let _ = Reflect::set(&descriptor, &"get".into(), &get);
    let _ = Reflect::set(&descriptor, &"set".into(), &set);
    let _ = Reflect::set(&descriptor, &"configurable".into(), &JsValue::TRUE);
    Object::define_property(obj, &name.into(), &descriptor);
}

thread_local! {
    /// `Reflect.get` and `Reflect.set`.
    static REFLECT: (Function, Function) = {
        // Every engine with WebAssembly has `Reflect`.
        let reflect = Reflect::get(&js_sys::global(), &"Reflect".into()).unwrap_or_default();
        let get = |name: &str| -> Function {
            Reflect::get(&reflect, &name.into()).unwrap_or_default().unchecked_into()
        };
        (get("get"), get("set"))
    };
}
