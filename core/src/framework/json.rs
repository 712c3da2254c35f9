//! The framework document (JSON, `schema_version` 2; documents of version
//! 1, which have no `composite` block, are still read) as read and written.
//!
//! Decimals are kept as raw JSON text so that `1.3` is read as 13/10, never
//! as the nearest binary float. See `core/frameworks/README.md`.

use crate::error::{Error, Result};
use crate::exact::Fraction;
use crate::text::Text;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::collections::BTreeMap;

/// The `schema_version` of roadmap, architecture and manifest documents,
/// and of framework documents without a `composite` block (so that older
/// readers still read them).
pub const SCHEMA_VERSION: u32 = 1;

/// The newest framework `schema_version`: 2 adds the `composite` block
/// (continuous indicators, normaliser, aggregators, imputation). Framework
/// documents of version 1 and 2 are read.
pub const FRAMEWORK_SCHEMA_VERSION: u32 = 2;

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FrameworkDoc {
    pub schema_version: u32,
    pub id: String,
    pub version: String,
    pub name: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    pub legal_basis: Text,
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<Text>,
    pub tiers: Vec<String>,
    pub scale: ScaleDoc,
    #[serde(default)]
    pub ladders: BTreeMap<String, Vec<LevelDoc>>,
    pub rounding: RoundingDoc,
    pub predicates: Vec<PredicateDoc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub composite: Option<CompositeDoc>,
    pub nodes: Vec<NodeDoc>,
}

/// The `composite` block (schema 2): the framework's indicators are
/// continuous values scored over a cohort.
#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CompositeDoc {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub normaliser: Option<NormaliserDoc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aggregator: Option<AggregatorDoc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imputation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rank_decimals: Option<u32>,
}

/// A normaliser: `{"kind": "min-max", "low": 0, "high": 100}` and the like.
#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NormaliserDoc {
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low: Option<Box<RawValue>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high: Option<Box<RawValue>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mean: Option<Box<RawValue>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sd: Option<Box<RawValue>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<Box<RawValue>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clip: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

/// An aggregator: `"arithmetic"`, `"geometric"`, `"harmonic"` or
/// `{"power": p}`.
#[derive(Deserialize, Serialize)]
#[serde(untagged)]
pub(crate) enum AggregatorDoc {
    Named(String),
    /// (A JSON value: an untagged enum cannot hold a raw value.)
    Power {
        power: serde_json::Value,
    },
}

/// An indicator's bounds (schema 2): the goalposts or target of its values.
#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct BoundsDoc {
    pub min: Box<RawValue>,
    pub max: Box<RawValue>,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ScaleDoc {
    pub min: i64,
    pub max: i64,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct LevelDoc {
    pub level: i64,
    pub name: Text,
    pub criterion: Text,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RoundingDoc {
    pub decimals: u32,
    pub mode: String,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PredicateDoc {
    pub id: String,
    pub label: Text,
    pub min: Box<RawValue>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<Box<RawValue>>,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NodeDoc {
    pub id: String,
    pub name: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<Box<RawValue>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ladder: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aggregator: Option<AggregatorDoc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub polarity: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bounds: Option<BoundsDoc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<NodeDoc>>,
}

/// Reads `schema_version` first, so a document of another version gets a
/// clear error instead of a complaint about its other fields.
pub(crate) fn check_schema_version(what: &str, json: &str) -> Result<()> {
    check_schema_versions(what, json, SCHEMA_VERSION..=SCHEMA_VERSION).map(|_| ())
}

/// As [`check_schema_version`], for a document family that reads several
/// versions; returns the version found.
pub(crate) fn check_schema_versions(
    what: &str,
    json: &str,
    supported: std::ops::RangeInclusive<u32>,
) -> Result<u32> {
    #[derive(Deserialize)]
    struct Probe {
        schema_version: Option<serde_json::Value>,
    }
    let probe: Probe = serde_json::from_str(json).map_err(|e| Error::json(what, &e))?;
    match probe.schema_version {
        Some(serde_json::Value::Number(n))
            if n.as_u64()
                .and_then(|v| u32::try_from(v).ok())
                .is_some_and(|v| supported.contains(&v)) =>
        {
            Ok(n.as_u64().and_then(|v| u32::try_from(v).ok()).unwrap_or(0))
        }
        Some(other) => Err(Error::UnsupportedSchemaVersion {
            what: what.to_owned(),
            found: other.to_string(),
            supported: *supported.end(),
        }),
        None => Err(Error::field(what, "schema_version", "is required")),
    }
}

/// Reads a decimal written as a JSON number (`1.3`) or string (`"1.3"`,
/// `"10/3"`), exactly.
pub(crate) fn parse_raw_decimal(raw: &RawValue) -> std::result::Result<Fraction, String> {
    let text = raw.get().trim();
    if text.starts_with('"') {
        let s: String = serde_json::from_str(text).map_err(|e| e.to_string())?;
        Fraction::parse(&s)
    } else if text.starts_with(|c: char| c == '-' || c.is_ascii_digit()) {
        Fraction::parse(text)
    } else {
        Err(format!("expected a decimal number or string, found {text}"))
    }
}

/// Writes a fraction as a JSON string literal that reads back exactly.
pub(crate) fn raw_decimal(f: &Fraction) -> Box<RawValue> {
    // The literal has only digits, '-', '.' and '/', so quoting is enough.
    RawValue::from_string(format!("\"{}\"", f.to_literal())).unwrap_or_default()
}
