//! # egov-masterplan
//!
//! Plan and track e-Government development the way an Indonesian regency's
//! SPBE masterplan does: score maturity exactly as the regulation
//! (PermenPANRB 59/2020) publishes it, find the gap to a target, and rank
//! and trend agencies.
//!
//! ```
//! use egov_masterplan::{Assessment, Framework, GapTarget};
//!
//! let fw = Framework::builtin("spbe-2020")?;
//! let mut a = Assessment::new("diskominfo", 2024);
//! for i in 1..=47 {
//!     a.set(format!("I{i}"), if i <= 31 { 3 } else { 4 });
//! }
//! let card = fw.score(&a)?;
//! // (54.5 × 3 + 45.5 × 4) / 100 = 3.455 exactly: a tie, published as 3.46
//! assert_eq!(card.exact_index().to_string(), "691/200");
//! assert_eq!(card.index(), 3.46);
//! assert_eq!(card.value("D4"), Some(4.0));
//! assert_eq!(card.predicate().id, "baik");
//! let gap = card.gap_to(GapTarget::predicate("sangat-baik"))?;
//! assert_eq!(gap.steps.len(), 2);
//! # Ok::<(), egov_masterplan::Error>(())
//! ```
//!
//! Modules: [`framework`](Framework) (weighted trees of domains, aspects and
//! indicators, read from JSON), scoring ([`Assessment`], [`Scorecard`],
//! [`Gap`], [`rank`], [`trends`], [`Framework::score_dense`]) and [`render`]
//! (SVG radar charts and Markdown tables).

#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;

mod architecture;
mod csv_cell;
mod decimal;
mod error;
mod error_names;
mod exact;
mod framework;
pub mod limits;
mod named_enum;
pub mod render;
mod roadmap;
mod scoring;
mod text;

pub use architecture::{
    Agency, AgencyKind, ArchitectureDiff, ArchitectureModel, CoverageMatrix, Domain,
    DuplicateBasis, DuplicateGroup, Element, Impact, ImpactStep, ImpactedAgency, ImpactedElement,
    Lifecycle, Relation, RelationType, Unsupported, UnsupportedKind,
};
pub use error::{Error, Result};
pub use error_names::ERROR_KINDS;
pub use exact::{Decimal, Fraction};
pub use framework::{
    Framework, Ladder, LevelDef, LevelScale, Node, Predicate, Rounding, RoundingMode, Status,
    SCHEMA_VERSION,
};
pub use render::{GanttOptions, HeatmapOptions, RadarOptions, RadarTarget};
pub use roadmap::{
    first_year_reaching, Area, CpmTimes, Dependency, DependencyKind, Explanation, Horizon,
    Initiative, Priority, Roadmap, Schedule, ScheduleEntry, ScheduleOptions, Unscheduled,
    UnscheduledReason, YearScorecard, YearSpend, MAX_AMOUNT, MAX_MONTHS,
};
pub use scoring::{
    rank, trends, Assessment, Coverage, DenseScores, Gap, GapStep, GapTarget, IndicatorScore,
    LevelCell, MissingPolicy, NodeScore, Note, PredicateBasis, RankBasis, RankEntry, RowLabel,
    ScoreOptions, Scorecard, StepCosts, Trend, TrendPoint, DENSE_MISSING,
};
pub use text::{rupiah, Lang, Text};
