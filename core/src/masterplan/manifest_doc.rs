//! The manifest's serde shapes (JSON and TOML read into the same ones) and
//! their conversion to the [`Manifest`](super::Manifest)'s types.

use super::manifest::{Regulation, Target, TargetMeasure};
use crate::error::{Error, Result};
use crate::exact::Fraction;
use crate::text::Text;
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;

const WHAT: &str = "masterplan";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ManifestDoc {
    #[allow(dead_code)] // checked before the full parse
    pub(super) schema_version: u32,
    pub(super) government: GovernmentDoc,
    #[serde(default)]
    pub(super) title: Option<Text>,
    pub(super) period: PeriodDoc,
    pub(super) framework: FrameworkDoc,
    pub(super) baseline: String,
    #[serde(default)]
    pub(super) assessments: Vec<String>,
    #[serde(default)]
    pub(super) architecture: Option<String>,
    pub(super) roadmap: String,
    #[serde(default)]
    pub(super) targets: Vec<TargetDoc>,
    #[serde(default)]
    pub(super) legal_basis: Vec<RegulationDoc>,
    #[serde(default)]
    pub(super) policies: Vec<PolicyDoc>,
    #[serde(default)]
    pub(super) sections: BTreeMap<String, Text>,
    #[serde(default)]
    pub(super) sample: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct GovernmentDoc {
    pub(super) id: String,
    pub(super) name: Text,
    #[serde(default)]
    pub(super) kind: Option<String>,
    #[serde(default)]
    pub(super) province: Option<String>,
    #[serde(default)]
    pub(super) benchmark_name: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PeriodDoc {
    pub(super) start: i32,
    pub(super) end: i32,
}

#[derive(Deserialize)]
#[serde(untagged)]
pub(super) enum FrameworkDoc {
    Builtin(String),
    File { file: String },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct TargetDoc {
    pub(super) year: i32,
    #[serde(default)]
    pub(super) index: Option<Value>,
    #[serde(default)]
    pub(super) predicate: Option<String>,
    #[serde(default)]
    pub(super) domain: Option<String>,
    #[serde(default)]
    pub(super) source: Option<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RegulationDoc {
    pub(super) title: Text,
    #[serde(default)]
    pub(super) number: Option<String>,
    #[serde(default)]
    pub(super) year: Option<i32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PolicyDoc {
    pub(super) indicator: String,
    pub(super) title: Text,
    #[serde(default)]
    pub(super) number: Option<String>,
    #[serde(default)]
    pub(super) year: Option<i32>,
}

impl From<RegulationDoc> for Regulation {
    fn from(d: RegulationDoc) -> Regulation {
        Regulation {
            title: d.title,
            number: d.number,
            year: d.year,
        }
    }
}

/// A target's value: decimal text read exactly, or a number read as the
/// decimal it prints as.
fn value(field: &str, v: &Value) -> Result<Fraction> {
    let text = match v {
        Value::String(s) => s.trim().to_owned(),
        Value::Number(n) => n.to_string(),
        _ => {
            return Err(Error::field(
                WHAT,
                field,
                "must be a decimal such as \"3.00\"",
            ))
        }
    };
    Fraction::parse(&text).map_err(|m| Error::field(WHAT, field, format!("`{text}`: {m}")))
}

impl TargetDoc {
    pub(super) fn into_target(self, k: usize) -> Result<Target> {
        let field = |name: &str| format!("targets[{k}].{name}");
        let measure = match (self.index, self.predicate, self.domain) {
            (Some(v), None, None) => TargetMeasure::Index(value(&field("index"), &v)?),
            (None, Some(p), None) => TargetMeasure::Predicate(p),
            (Some(v), None, Some(id)) => TargetMeasure::Group {
                id,
                value: value(&field("index"), &v)?,
            },
            _ => {
                return Err(Error::field(
                    WHAT,
                    &format!("targets[{k}]"),
                    "must give `index`, `predicate`, or `domain` with `index`",
                ))
            }
        };
        Ok(Target {
            year: self.year,
            measure,
            source: self.source,
        })
    }
}
