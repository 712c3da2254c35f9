//! The roadmap: initiatives with dependencies, durations, costs and the
//! indicator levels they raise; phases, the critical path, a schedule under
//! the yearly budget, and the projected scorecard for every plan year.
//!
//! # Document (JSON, `schema_version` 1)
//!
//! ```json
//! {"schema_version": 1, "id": "bolmong-2019-2024",
//!  "name": {"id": "Peta Rencana SPBE …", "en": "SPBE roadmap …"},
//!  "horizon": {"start": "2019-07-01", "end": "2024-12-31"},
//!  "budget": {"2019": 1500000000, "2020": 3000000000},
//!  "initiatives": [
//!    {"id": "tim-koordinasi", "name": "SK Tim Koordinasi SPBE", "area": "tata-kelola",
//!     "owner": "setda", "duration_months": 3, "cost": 50000000,
//!     "depends_on": ["perbup-spbe", {"id": "arsitektur", "kind": "start-to-start", "lag_months": 2}],
//!     "earliest_start": "2019-07-01", "deadline": "2020-12-31",
//!     "priority": {"effectiveness": 3, "feasibility": 2, "efficiency": 2},
//!     "raises": {"I10": 3, "I19": 2}, "creates": ["app-srikandi"], "retires": ["app-surat-lama"]}]}
//! ```
//!
//! - `area` is one of `tata-kelola`, `manajemen`, `layanan`, `aplikasi`,
//!   `infrastruktur`, `keamanan`, `audit-tik`.
//! - Money is whole rupiah. A year missing from `budget` has no cap; the
//!   fiscal year is the calendar year.
//! - Time runs in whole months from the horizon's start: an initiative that
//!   starts on 2019-07-01 and lasts 3 months finishes on 2019-09-30.
//! - `depends_on` entries are an id (finish-to-start, no lag) or an object
//!   with `kind` (`finish-to-start` / `start-to-start`) and `lag_months`.
//! - `priority` scores are whole numbers, higher first; missing scores are 0.
//! - `earliest_start`, `deadline`, `priority`, `raises`, `creates`,
//!   `retires`, `depends_on` and `cost` are optional.

mod cpm;
mod diagram;
mod export;
mod graph;
mod json;
mod model;
mod projection;
mod schedule;

pub use cpm::CpmTimes;
pub use model::{Area, Dependency, DependencyKind, Horizon, Initiative, Priority};
pub use projection::{first_year_reaching, YearScorecard};
pub use schedule::{
    Explanation, Schedule, ScheduleEntry, ScheduleOptions, Unscheduled, UnscheduledReason,
    YearSpend,
};

use crate::error::{Error, Result};
use crate::text::Text;
use chrono::{Months, NaiveDate};
use petgraph::graph::DiGraph;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Longest duration or lag accepted, in months (a century).
pub const MAX_MONTHS: u32 = 1200;

/// Largest amount of rupiah accepted: 2^53 − 1 = 9,007,199,254,740,991
/// (about 2.7 times Indonesia's whole 2024 state budget). It bounds every
/// cost, every budget cap and the sum of all costs, so every amount and
/// every sum the library prints is a whole number that JavaScript,
/// spreadsheets and JSON readers using doubles hold exactly.
pub const MAX_AMOUNT: u64 = (1 << 53) - 1;

/// A validated roadmap. Cheap to clone (shared, immutable).
#[derive(Clone, Debug)]
pub struct Roadmap {
    pub(crate) data: Arc<RoadmapData>,
}

/// One dependency edge: predecessor → successor.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Edge {
    pub kind: DependencyKind,
    pub lag: u32,
}

#[derive(Debug)]
pub(crate) struct RoadmapData {
    pub id: String,
    pub name: Text,
    pub horizon: Horizon,
    /// Whole months in the horizon.
    pub months: u32,
    pub budget: BTreeMap<i32, u64>,
    /// In input order; node `i` of `graph` is initiative `i`.
    pub initiatives: Vec<Initiative>,
    pub graph: DiGraph<(), Edge, u32>,
    /// Initiative indices in a deterministic topological order.
    pub topo: Vec<usize>,
    /// Phase (topological generation, from 1) of each initiative.
    pub phase: Vec<u32>,
    /// Rank of each initiative's id in sorted order (for tie-breaks).
    pub id_rank: Vec<usize>,
    pub by_id: BTreeMap<String, usize>,
}

impl Roadmap {
    /// Reads and validates a roadmap document: duplicate ids, unknown or
    /// self dependencies, cycles (reported as the full path), zero or
    /// negative durations, negative costs or lags, a horizon that ends
    /// before it starts.
    pub fn from_json(json: &str) -> Result<Roadmap> {
        crate::limits::document("roadmap", json)?;
        crate::json_keys::reject_duplicate_keys("roadmap", json)?;
        crate::framework::check_schema_version("roadmap", json)?;
        let doc: json::RoadmapDoc =
            serde_json::from_str(json).map_err(|e| Error::json("roadmap", &e))?;
        let horizon = json::horizon(&doc.horizon)?;
        let budget = json::budget(&doc.budget)?;
        let initiatives = doc
            .initiatives
            .into_iter()
            .map(json::InitiativeDoc::into_initiative)
            .collect::<Result<Vec<_>>>()?;
        Roadmap::new(doc.id, doc.name, horizon, budget, initiatives)
    }

    /// Builds and validates a roadmap from its parts.
    pub fn new(
        id: impl Into<String>,
        name: Text,
        horizon: Horizon,
        budget: BTreeMap<i32, u64>,
        initiatives: Vec<Initiative>,
    ) -> Result<Roadmap> {
        let data = graph::build(id.into(), name, horizon, budget, initiatives)?;
        Ok(Roadmap {
            data: Arc::new(data),
        })
    }

    /// The roadmap's id.
    pub fn id(&self) -> &str {
        &self.data.id
    }

    /// The roadmap's name.
    pub fn name(&self) -> &Text {
        &self.data.name
    }

    /// The plan horizon.
    pub fn horizon(&self) -> Horizon {
        self.data.horizon
    }

    /// Yearly budget caps (years without an entry have no cap).
    pub fn budget(&self) -> &BTreeMap<i32, u64> {
        &self.data.budget
    }

    /// The initiatives, in input order.
    pub fn initiatives(&self) -> &[Initiative] {
        &self.data.initiatives
    }

    /// An initiative by id.
    pub fn initiative(&self, id: &str) -> Option<&Initiative> {
        self.data.by_id.get(id).map(|&i| &self.data.initiatives[i])
    }

    /// Topological generations: phase 1 has no predecessors, phase n
    /// depends on phase n−1 at least once. Ids sorted within a phase.
    pub fn phases(&self) -> Vec<Vec<String>> {
        let d = &self.data;
        let count = d.phase.iter().copied().max().unwrap_or(0) as usize;
        let mut out: Vec<Vec<String>> = vec![Vec::new(); count];
        for (i, &p) in d.phase.iter().enumerate() {
            out[p as usize - 1].push(d.initiatives[i].id.clone());
        }
        for phase in &mut out {
            phase.sort();
        }
        out
    }

    /// The phase (from 1) of an initiative.
    pub fn phase_of(&self, id: &str) -> Option<u32> {
        self.data.by_id.get(id).map(|&i| self.data.phase[i])
    }

    /// The date `months` whole months after the horizon's start.
    pub(crate) fn month_date(&self, months: i64) -> Result<NaiveDate> {
        let start = self.data.horizon.start;
        let m = Months::new(u32::try_from(months.unsigned_abs()).unwrap_or(u32::MAX));
        let d = if months >= 0 {
            start.checked_add_months(m)
        } else {
            start.checked_sub_months(m)
        };
        d.ok_or_else(|| Error::overflow("a roadmap date"))
    }

    /// The last day of a span that ends (exclusive) `months` after the start.
    pub(crate) fn finish_date(&self, months: i64) -> Result<NaiveDate> {
        self.month_date(months)?
            .pred_opt()
            .ok_or_else(|| Error::overflow("a roadmap date"))
    }
}
