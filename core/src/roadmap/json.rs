//! The roadmap document (JSON, `schema_version` 1) as read and written.

use super::model::{Area, Dependency, DependencyKind, Horizon, Initiative, Priority};
use crate::error::{Error, Result};
use crate::text::Text;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

const WHAT: &str = "roadmap";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RoadmapDoc {
    #[allow(dead_code)] // checked before the full parse
    pub schema_version: u32,
    pub id: String,
    pub name: Text,
    pub horizon: HorizonDoc,
    #[serde(default)]
    pub budget: BTreeMap<String, Value>,
    pub initiatives: Vec<InitiativeDoc>,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct HorizonDoc {
    pub start: String,
    pub end: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct InitiativeDoc {
    id: String,
    name: Text,
    area: String,
    owner: String,
    duration_months: i64,
    #[serde(default)]
    cost: i64,
    #[serde(default)]
    depends_on: Vec<Value>,
    #[serde(default)]
    earliest_start: Option<String>,
    #[serde(default)]
    deadline: Option<String>,
    #[serde(default)]
    priority: Option<PriorityDoc>,
    #[serde(default)]
    raises: BTreeMap<String, Value>,
    #[serde(default)]
    creates: Vec<String>,
    #[serde(default)]
    retires: Vec<String>,
}

#[derive(Deserialize, Serialize, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct PriorityDoc {
    #[serde(default)]
    effectiveness: u32,
    #[serde(default)]
    feasibility: u32,
    #[serde(default)]
    efficiency: u32,
}

pub(crate) fn date(field: &str, owner: &str, text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
        Error::field(
            WHAT,
            &format!("{owner}.{field}"),
            format!("`{text}` is not a date (expected YYYY-MM-DD)"),
        )
    })
}

pub(crate) fn horizon(doc: &HorizonDoc) -> Result<Horizon> {
    let start = date("start", "horizon", &doc.start)?;
    let end = date("end", "horizon", &doc.end)?;
    if end < start {
        return Err(Error::field(
            WHAT,
            "horizon",
            format!("ends ({end}) before it starts ({start})"),
        ));
    }
    Ok(Horizon { start, end })
}

pub(crate) fn budget(doc: &BTreeMap<String, Value>) -> Result<BTreeMap<i32, u64>> {
    let mut out = BTreeMap::new();
    for (year, cap) in doc {
        let bad = |message: &str| Error::InvalidBudget {
            year: year.clone(),
            detail: message.to_owned(),
        };
        let y: i32 = year
            .parse()
            .map_err(|_| bad("the key must be a year such as \"2020\""))?;
        let cap = cap
            .as_u64()
            .ok_or_else(|| bad("the cap must be a whole, non-negative number of rupiah"))?;
        out.insert(y, cap);
    }
    Ok(out)
}

impl InitiativeDoc {
    pub(crate) fn into_initiative(self) -> Result<Initiative> {
        let id = self.id;
        if id.trim().is_empty() {
            return Err(Error::field(WHAT, "initiatives[].id", "must not be empty"));
        }
        let field = |f: &str| format!("initiatives[{id}].{f}");
        let duration_months = u32::try_from(self.duration_months)
            .ok()
            .filter(|&d| d > 0)
            .ok_or_else(|| {
                Error::field(
                    WHAT,
                    &field("duration_months"),
                    format!(
                        "must be a whole number of months ≥ 1, got {}",
                        self.duration_months
                    ),
                )
            })?;
        let cost = u64::try_from(self.cost).map_err(|_| {
            Error::field(
                WHAT,
                &field("cost"),
                format!("must not be negative, got {}", self.cost),
            )
        })?;
        let area = self.area.parse::<Area>().map_err(|e| match e {
            Error::InvalidOption { value, allowed, .. } => Error::InvalidOption {
                option: field("area"),
                value,
                allowed,
            },
            other => other,
        })?;
        let depends_on = self
            .depends_on
            .iter()
            .map(|d| dependency(&id, d))
            .collect::<Result<Vec<_>>>()?;
        let mut raises = BTreeMap::new();
        for (indicator, v) in &self.raises {
            let level = v
                .as_i64()
                .or_else(|| {
                    v.as_f64()
                        .filter(|f| f.fract() == 0.0 && f.abs() < 9e15)
                        .map(|f| f as i64)
                })
                .ok_or_else(|| Error::LevelNotInteger {
                    indicator: indicator.clone(),
                    value: v.to_string(),
                })?;
            raises.insert(indicator.clone(), level);
        }
        let earliest_start = match &self.earliest_start {
            Some(t) => Some(date("earliest_start", &format!("initiatives[{id}]"), t)?),
            None => None,
        };
        let deadline = match &self.deadline {
            Some(t) => Some(date("deadline", &format!("initiatives[{id}]"), t)?),
            None => None,
        };
        let p = self.priority.unwrap_or_default();
        Ok(Initiative {
            name: self.name,
            area,
            owner: self.owner,
            duration_months,
            cost,
            depends_on,
            earliest_start,
            deadline,
            priority: Priority {
                effectiveness: p.effectiveness,
                feasibility: p.feasibility,
                efficiency: p.efficiency,
            },
            raises,
            creates: self.creates,
            retires: self.retires,
            id,
        })
    }
}

/// `"pred"` or `{"id": "pred", "kind": "start-to-start", "lag_months": 2}`.
fn dependency(owner: &str, v: &Value) -> Result<Dependency> {
    let field = format!("initiatives[{owner}].depends_on");
    let bad = |m: String| Error::field(WHAT, &field, m);
    match v {
        Value::String(s) => Ok(Dependency {
            predecessor: s.clone(),
            kind: DependencyKind::FinishToStart,
            lag_months: 0,
        }),
        Value::Object(m) => {
            if let Some(k) = m
                .keys()
                .find(|k| !["id", "kind", "lag_months"].contains(&k.as_str()))
            {
                return Err(bad(format!(
                    "unknown field `{k}`; expected id, kind, lag_months"
                )));
            }
            let predecessor = m
                .get("id")
                .and_then(Value::as_str)
                .ok_or_else(|| bad("each object needs an `id` string".into()))?
                .to_owned();
            let kind = match m.get("kind").map(|k| k.as_str()) {
                None | Some(Some("finish-to-start")) => DependencyKind::FinishToStart,
                Some(Some("start-to-start")) => DependencyKind::StartToStart,
                Some(other) => {
                    return Err(Error::InvalidOption {
                        option: format!("{field}[{predecessor}].kind"),
                        value: other.map_or_else(|| m["kind"].to_string(), str::to_owned),
                        allowed: vec!["finish-to-start".into(), "start-to-start".into()],
                    })
                }
            };
            let lag_months = match m.get("lag_months") {
                None => 0,
                Some(l) => l
                    .as_u64()
                    .and_then(|l| u32::try_from(l).ok())
                    .ok_or_else(|| {
                        bad(format!(
                            "lag_months of `{predecessor}` must be a whole number ≥ 0, got {l}"
                        ))
                    })?,
            };
            Ok(Dependency {
                predecessor,
                kind,
                lag_months,
            })
        }
        other => Err(bad(format!("expected an id or an object, got {other}"))),
    }
}
