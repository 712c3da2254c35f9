//! The parts of a roadmap: initiatives, their dependencies and priorities.

use crate::error::Error;
use crate::text::Text;
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

/// The seven contents of a regional SPBE roadmap (SE MenPANRB 18/2022).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Area {
    /// `tata-kelola`: governance.
    TataKelola,
    /// `manajemen`: management.
    Manajemen,
    /// `layanan`: services.
    Layanan,
    /// `aplikasi`: applications.
    Aplikasi,
    /// `infrastruktur`: ICT infrastructure.
    Infrastruktur,
    /// `keamanan`: security.
    Keamanan,
    /// `audit-tik`: ICT audit.
    AuditTik,
}

impl Area {
    /// Every area, in the regulation's order.
    pub const ALL: [Area; 7] = [
        Area::TataKelola,
        Area::Manajemen,
        Area::Layanan,
        Area::Aplikasi,
        Area::Infrastruktur,
        Area::Keamanan,
        Area::AuditTik,
    ];

    /// The JSON name (`"tata-kelola"`, …).
    pub fn as_str(&self) -> &'static str {
        match self {
            Area::TataKelola => "tata-kelola",
            Area::Manajemen => "manajemen",
            Area::Layanan => "layanan",
            Area::Aplikasi => "aplikasi",
            Area::Infrastruktur => "infrastruktur",
            Area::Keamanan => "keamanan",
            Area::AuditTik => "audit-tik",
        }
    }
}

impl FromStr for Area {
    type Err = Error;
    fn from_str(s: &str) -> Result<Area, Error> {
        Area::ALL
            .into_iter()
            .find(|a| a.as_str() == s)
            .ok_or_else(|| Error::InvalidOption {
                option: "area".into(),
                value: s.into(),
                allowed: Area::ALL.iter().map(|a| a.as_str().to_owned()).collect(),
            })
    }
}

impl fmt::Display for Area {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a dependency constrains its successor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum DependencyKind {
    /// The successor starts after the predecessor finishes (plus lag).
    #[default]
    FinishToStart,
    /// The successor starts after the predecessor starts (plus lag).
    StartToStart,
}

impl DependencyKind {
    /// The JSON name (`"finish-to-start"` / `"start-to-start"`).
    pub fn as_str(&self) -> &'static str {
        match self {
            DependencyKind::FinishToStart => "finish-to-start",
            DependencyKind::StartToStart => "start-to-start",
        }
    }
}

/// One dependency of an initiative on a predecessor.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Dependency {
    /// The predecessor's id.
    pub predecessor: String,
    /// Finish-to-start (default) or start-to-start.
    pub kind: DependencyKind,
    /// Months to wait after the predecessor's finish (or start).
    pub lag_months: u32,
}

/// Priority scores in the regulation's order: effectiveness first
/// (mandatory, or enabling others), then feasibility, then efficiency.
/// Higher is more urgent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Priority {
    /// Mandatory or enabling others.
    pub effectiveness: u32,
    /// Dependencies, risk, readiness.
    pub feasibility: u32,
    /// Cost and duration.
    pub efficiency: u32,
}

/// One initiative of the roadmap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Initiative {
    /// Unique id.
    pub id: String,
    /// Name.
    pub name: Text,
    /// Roadmap content area.
    pub area: Area,
    /// Owner agency id.
    pub owner: String,
    /// Duration in whole months (at least 1).
    pub duration_months: u32,
    /// Cost in rupiah, spread evenly over the months it runs.
    pub cost: u64,
    /// Dependencies on other initiatives.
    pub depends_on: Vec<Dependency>,
    /// Not before this date.
    pub earliest_start: Option<NaiveDate>,
    /// Should finish by this date.
    pub deadline: Option<NaiveDate>,
    /// Priority scores.
    pub priority: Priority,
    /// Indicator id → level reached when the initiative finishes.
    pub raises: BTreeMap<String, i64>,
    /// Architecture element ids it creates.
    pub creates: Vec<String>,
    /// Architecture element ids it retires.
    pub retires: Vec<String>,
}

/// The plan horizon, both dates inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Horizon {
    /// First day of the plan.
    pub start: NaiveDate,
    /// Last day of the plan.
    pub end: NaiveDate,
}
