//! The serde shapes of the canonical JSON documents, borrowing from the
//! roadmap and schedule so that the key order is fixed by the structs.

use crate::roadmap::model::{DependencyKind, Initiative};
use crate::roadmap::schedule::{Explanation, Schedule, ScheduleEntry, UnscheduledReason};
use crate::roadmap::Roadmap;
use crate::text::Text;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
struct HorizonOut {
    start: String,
    end: String,
}

/// The roadmap document.
#[derive(Serialize)]
pub(super) struct RoadmapOut<'a> {
    schema_version: u32,
    id: &'a str,
    name: &'a Text,
    horizon: HorizonOut,
    budget: &'a BTreeMap<i32, u64>,
    initiatives: Vec<InitiativeOut<'a>>,
}

impl<'a> RoadmapOut<'a> {
    pub(super) fn new(r: &'a Roadmap) -> RoadmapOut<'a> {
        let d = &r.data;
        RoadmapOut {
            schema_version: 1,
            id: &d.id,
            name: &d.name,
            horizon: HorizonOut {
                start: d.horizon.start.to_string(),
                end: d.horizon.end.to_string(),
            },
            budget: &d.budget,
            initiatives: d.initiatives.iter().map(InitiativeOut::new).collect(),
        }
    }
}

#[derive(Serialize)]
struct InitiativeOut<'a> {
    id: &'a str,
    name: &'a Text,
    area: &'static str,
    owner: &'a str,
    duration_months: u32,
    cost: u64,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    depends_on: Vec<DependencyOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    earliest_start: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    deadline: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    priority: Option<PriorityOut>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    raises: &'a BTreeMap<String, i64>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    creates: &'a [String],
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    retires: &'a [String],
}

impl<'a> InitiativeOut<'a> {
    fn new(i: &'a Initiative) -> InitiativeOut<'a> {
        let p = i.priority;
        InitiativeOut {
            id: &i.id,
            name: &i.name,
            area: i.area.as_str(),
            owner: &i.owner,
            duration_months: i.duration_months,
            cost: i.cost,
            depends_on: i
                .depends_on
                .iter()
                .map(|d| match (d.kind, d.lag_months) {
                    (DependencyKind::FinishToStart, 0) => DependencyOut::Id(&d.predecessor),
                    (kind, lag_months) => DependencyOut::Full {
                        id: &d.predecessor,
                        kind: kind.as_str(),
                        lag_months,
                    },
                })
                .collect(),
            earliest_start: i.earliest_start.map(|d| d.to_string()),
            deadline: i.deadline.map(|d| d.to_string()),
            priority: (p != Default::default()).then_some(PriorityOut {
                effectiveness: p.effectiveness,
                feasibility: p.feasibility,
                efficiency: p.efficiency,
            }),
            raises: &i.raises,
            creates: &i.creates,
            retires: &i.retires,
        }
    }
}

#[derive(Serialize)]
#[serde(untagged)]
enum DependencyOut<'a> {
    Id(&'a str),
    Full {
        id: &'a str,
        kind: &'static str,
        lag_months: u32,
    },
}

#[derive(Serialize)]
struct PriorityOut {
    effectiveness: u32,
    feasibility: u32,
    efficiency: u32,
}

/// The schedule document.
#[derive(Serialize)]
pub(super) struct ScheduleOut<'a> {
    roadmap: &'a str,
    horizon: HorizonOut,
    phases: Vec<Vec<String>>,
    critical_path: &'a [String],
    entries: Vec<EntryOut<'a>>,
    unscheduled: Vec<UnscheduledOut<'a>>,
    spend: Vec<SpendOut>,
}

impl<'a> ScheduleOut<'a> {
    pub(super) fn new(s: &'a Schedule) -> ScheduleOut<'a> {
        let h = s.roadmap.horizon();
        ScheduleOut {
            roadmap: s.roadmap.id(),
            horizon: HorizonOut {
                start: h.start.to_string(),
                end: h.end.to_string(),
            },
            phases: s.phases(),
            critical_path: &s.critical_path,
            entries: s.entries.iter().map(EntryOut::new).collect(),
            unscheduled: s
                .unscheduled
                .iter()
                .map(|u| UnscheduledOut {
                    id: &u.id,
                    reason: ReasonOut::new(&u.reason),
                })
                .collect(),
            spend: s
                .spend
                .iter()
                .map(|y| SpendOut {
                    year: y.year,
                    spent: y.spent,
                    cap: y.cap,
                })
                .collect(),
        }
    }
}

#[derive(Serialize)]
struct EntryOut<'a> {
    id: &'a str,
    name: &'a Text,
    phase: u32,
    start: String,
    finish: String,
    start_month: u32,
    duration_months: u32,
    cost: u64,
    charges: &'a BTreeMap<i32, u64>,
    earliest_start: String,
    slack_months: i64,
    critical: bool,
    delay_months: u32,
    explanations: Vec<ExplanationOut<'a>>,
}

impl<'a> EntryOut<'a> {
    fn new(e: &'a ScheduleEntry) -> EntryOut<'a> {
        EntryOut {
            id: &e.id,
            name: &e.name,
            phase: e.phase,
            start: e.start.to_string(),
            finish: e.finish.to_string(),
            start_month: e.start_month,
            duration_months: e.duration_months,
            cost: e.cost,
            charges: &e.charges,
            earliest_start: e.earliest_start.to_string(),
            slack_months: e.slack_months,
            critical: e.critical,
            delay_months: e.delay_months,
            explanations: e
                .explanations
                .iter()
                .map(|x| match x {
                    Explanation::Predecessor { id, ready } => ExplanationOut::Predecessor {
                        id,
                        ready: ready.to_string(),
                    },
                    Explanation::Budget {
                        year,
                        needed,
                        available,
                    } => ExplanationOut::Budget {
                        year: *year,
                        needed: *needed,
                        available: *available,
                    },
                    Explanation::Deadline { deadline, finish } => ExplanationOut::Deadline {
                        deadline: deadline.to_string(),
                        finish: finish.to_string(),
                    },
                })
                .collect(),
        }
    }
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
enum ExplanationOut<'a> {
    Predecessor {
        id: &'a str,
        ready: String,
    },
    Budget {
        year: i32,
        needed: u64,
        available: u64,
    },
    Deadline {
        deadline: String,
        finish: String,
    },
}

#[derive(Serialize)]
struct UnscheduledOut<'a> {
    id: &'a str,
    reason: ReasonOut<'a>,
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
enum ReasonOut<'a> {
    Horizon {
        earliest_finish: String,
        horizon_end: String,
    },
    Budget {
        year: i32,
        needed: u64,
        available: u64,
    },
    Predecessor {
        id: &'a str,
    },
}

impl<'a> ReasonOut<'a> {
    fn new(r: &'a UnscheduledReason) -> ReasonOut<'a> {
        match r {
            UnscheduledReason::Horizon {
                earliest_finish,
                horizon_end,
            } => ReasonOut::Horizon {
                earliest_finish: earliest_finish.to_string(),
                horizon_end: horizon_end.to_string(),
            },
            UnscheduledReason::Budget {
                year,
                needed,
                available,
            } => ReasonOut::Budget {
                year: *year,
                needed: *needed,
                available: *available,
            },
            UnscheduledReason::Predecessor { id } => ReasonOut::Predecessor { id },
        }
    }
}

#[derive(Serialize)]
struct SpendOut {
    year: i32,
    spent: u64,
    cap: Option<u64>,
}
