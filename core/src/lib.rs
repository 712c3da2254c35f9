//! # egov-masterplan
//!
//! Plan and track e-Government development the way an Indonesian regency's
//! SPBE masterplan does: score maturity exactly as the regulation
//! (PermenPANRB 59/2020) publishes it, know what the architecture holds,
//! and schedule the roadmap that raises the index, year by year.
//!
//! ## A map of the crate
//!
//! | Part | Module | Question it answers |
//! |---|---|---|
//! | Frameworks | [`framework`] | What is measured: domains → aspects → indicators, weights, level ladders, predicates (built-in `spbe-2020`, others from JSON) |
//! | Scoring | [`scoring`] | Where do we stand? Assessments → scorecards (exact index, predicate, every domain and aspect), gaps, ranks, trends, batches |
//! | Roadmap | [`roadmap`] | What do we do, in what order? Initiatives, phases, critical path, a schedule under the yearly budget, the projected index per year |
//! | Architecture | [`architecture`] | What do we have? Elements of the six SPBE domains owned by agencies: coverage, duplicates, impact, ArchiMate and DOT |
//! | Benchmark | [`benchmark`] | Where do we stand among others? Every published SPBE result (2023, 2024): lookup, rank and percentile in a cohort |
//! | Forms | `forms` (feature `xlsx`) | Collecting the existing condition: Excel self-assessment forms out, checked answers in, a consolidation report |
//! | Masterplan | [`masterplan`] | All of it as one plan: a manifest of the parts, cross-checks between them, and whether the roadmap reaches the targets year by year |
//! | Rendering | [`render`] | Pictures and documents: radar, Gantt and heatmap SVG, HTML fragments, Markdown |
//! | Errors | [`error`] | One [`Error`] type; the table of its kinds, classes and fields |
//! | Exact numbers | [`exact`] | [`Fraction`] and [`exact::Decimal`]: the official path never uses binary floats |
//! | Text | [`text`] | Indonesian and English side by side ([`Lang`], [`text::Text`]) |
//! | Limits | [`limits`] | The bounds every entry point enforces on its input |
//!
//! The root re-exports the common path: [`Framework`], [`Assessment`],
//! [`Scorecard`], [`GapTarget`], [`Roadmap`], [`ScheduleOptions`],
//! [`Schedule`], [`ArchitectureModel`], [`Lang`], [`Fraction`], [`Error`] and
//! [`Result`]; everything else is reached through its module.
//!
//! ## Scoring
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
//! let gap = card.gap_to("sangat-baik".parse::<GapTarget>()?)?;
//! assert_eq!(gap.steps.len(), 2);
//! # Ok::<(), egov_masterplan::Error>(())
//! ```
//!
//! ## Frameworks
//!
//! ```
//! use egov_masterplan::Framework;
//!
//! let fw = Framework::builtin("spbe-2020")?;
//! assert_eq!(fw.indicators().count(), 47);
//! // Lossless JSON round trip: a framework is data.
//! let again = Framework::from_json(&fw.to_json())?;
//! assert_eq!(again.to_json(), fw.to_json());
//! assert!(Framework::builtin_ids().contains(&"spbe-2020"));
//! # Ok::<(), egov_masterplan::Error>(())
//! ```
//!
//! ## Roadmap
//!
//! ```
//! use egov_masterplan::{Roadmap, ScheduleOptions};
//!
//! let roadmap = Roadmap::from_json(r#"{"schema_version": 1, "id": "demo", "name": "Demo",
//!   "horizon": {"start": "2020-01-01", "end": "2021-12-31"},
//!   "initiatives": [
//!     {"id": "perbup", "name": "Perbup SPBE", "area": "tata-kelola", "owner": "setda",
//!      "duration_months": 6},
//!     {"id": "dc", "name": "Pusat data", "area": "infrastruktur", "owner": "diskominfo",
//!      "duration_months": 9, "depends_on": ["perbup"]}]}"#)?;
//! let schedule = roadmap.schedule(&ScheduleOptions::default())?;
//! assert_eq!(schedule.critical_path(), ["perbup", "dc"]);
//! assert_eq!(schedule.entry("dc").map(|e| e.start.to_string()), Some("2020-07-01".into()));
//! # Ok::<(), egov_masterplan::Error>(())
//! ```
//!
//! ## Architecture
//!
//! ```
//! use egov_masterplan::{ArchitectureModel, architecture::Domain};
//!
//! let catalog = ArchitectureModel::from_json(r#"{"schema_version": 1,
//!   "agencies": [{"id": "diskominfo", "name": "Diskominfo", "kind": "dinas"}],
//!   "elements": [
//!     {"id": "dc", "name": "Pusat data", "domain": "infrastruktur", "owner": "diskominfo"},
//!     {"id": "web", "name": "Portal", "domain": "aplikasi", "owner": "diskominfo"}],
//!   "relations": [{"from": "web", "to": "dc", "type": "hosted-on"}]}"#)?;
//! assert_eq!(catalog.coverage().count("diskominfo", Domain::Aplikasi), 1);
//! assert_eq!(catalog.impact_of("dc")?.elements[0].id, "web");
//! # Ok::<(), egov_masterplan::Error>(())
//! ```
//!
//! ## Rendering
//!
//! ```
//! use egov_masterplan::{Assessment, Framework, Lang, render};
//!
//! let fw = Framework::builtin("spbe-2020")?;
//! let mut a = Assessment::new("<script>", 2024);
//! for i in 1..=47 {
//!     a.set(format!("I{i}"), 3);
//! }
//! let card = fw.score(&a)?;
//! let svg = render::radar_svg(&card, &render::RadarOptions::default())?;
//! assert!(svg.starts_with("<svg") && !svg.contains("<script>"));
//! let table = render::scorecard_markdown(&card, Lang::En);
//! assert!(table.contains("3.00"));
//! # Ok::<(), egov_masterplan::Error>(())
//! ```

#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

pub mod architecture;
pub mod benchmark;
pub mod composite;
mod csv_cell;
mod csv_dialect;
mod decimal;
mod detmath;
pub mod error;
pub mod exact;
#[cfg(feature = "xlsx")]
pub mod forms;
pub mod framework;
mod json_keys;
pub mod limits;
pub mod masterplan;
mod named_enum;
pub mod render;
pub mod roadmap;
pub mod scoring;
pub mod sensitivity;
pub mod text;

pub use architecture::ArchitectureModel;
pub use error::{Error, Result};
pub use exact::Fraction;
pub use framework::Framework;
pub use roadmap::{Roadmap, Schedule, ScheduleOptions};
pub use scoring::{Assessment, GapTarget, Scorecard};
pub use text::Lang;
