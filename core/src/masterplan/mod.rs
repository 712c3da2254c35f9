//! The masterplan as one thing: a manifest naming the government, the plan
//! period, the framework, the baseline and yearly assessments, the
//! architecture catalog, the roadmap and the targets, loaded together;
//! [`Masterplan::check`] cross-checks the parts, [`Masterplan::targets`]
//! says whether the scheduled roadmap reaches each target.
//!
//! ```
//! use egov_masterplan::masterplan::Masterplan;
//! use std::collections::BTreeMap;
//! let manifest = r#"{"schema_version": 1,
//!   "government": {"id": "pemkab-x", "name": "Kabupaten X"},
//!   "period": {"start": 2024, "end": 2025}, "framework": "spbe-2020",
//!   "baseline": "baseline.json", "roadmap": "roadmap.json",
//!   "targets": [{"year": 2025, "index": "2.00"}]}"#;
//! let levels: Vec<String> = (1..=47).map(|i| format!("\"I{i}\": 2")).collect();
//! let baseline = format!(r#"{{"subject": "pemkab-x", "period": 2024, "levels": {{{}}}}}"#, levels.join(","));
//! let roadmap = r#"{"schema_version": 1, "id": "r", "name": "R",
//!   "horizon": {"start": "2024-01-01", "end": "2025-12-31"}, "initiatives": []}"#;
//! let files = BTreeMap::from([
//!     ("baseline.json".to_owned(), baseline.into_bytes()),
//!     ("roadmap.json".to_owned(), roadmap.as_bytes().to_vec()),
//! ]);
//! let plan = Masterplan::from_json(manifest, &files)?;
//! let outcome = &plan.targets()?[0];
//! assert!(outcome.met); // 2.00 already at the baseline
//! # Ok::<(), egov_masterplan::Error>(())
//! ```

mod costs;
mod document;
mod findings;
mod json;
mod manifest;
mod manifest_doc;
mod parts;
mod targets;

pub use findings::{Finding, FindingKind, Severity};
pub use json::{findings_to_json, outcomes_to_json};
pub use manifest::{
    FrameworkSource, Government, Manifest, PlanPeriod, Policy, Regulation, Target, TargetMeasure,
};
pub use targets::TargetOutcome;

use crate::architecture::ArchitectureModel;
use crate::error::Result;
use crate::framework::Framework;
use crate::roadmap::{Roadmap, Schedule, ScheduleOptions, YearScorecard};
use crate::scoring::Assessment;
use std::collections::BTreeMap;

/// A loaded masterplan: the manifest and every part it names, the roadmap
/// scheduled under its budget and projected from the baseline.
#[derive(Clone, Debug)]
pub struct Masterplan {
    /// The manifest's text and the files it names, as read.
    sources: Sources,
    manifest: Manifest,
    framework: Framework,
    baseline: Assessment,
    assessments: Vec<Assessment>,
    architecture: Option<ArchitectureModel>,
    roadmap: Roadmap,
    schedule: Schedule,
    projection: Vec<YearScorecard>,
}

impl Masterplan {
    /// Reads a masterplan from its manifest (JSON text) and the files it
    /// names (path as written in the manifest → bytes). A file the manifest
    /// names but `files` lacks, or a part that does not read, is an
    /// [`Error::MasterplanPart`](crate::Error::MasterplanPart) naming the
    /// part, the file and the part's own error.
    pub fn from_json(manifest: &str, files: &BTreeMap<String, Vec<u8>>) -> Result<Masterplan> {
        Masterplan::read(Manifest::from_json(manifest)?, manifest, files)
    }

    /// [`Masterplan::from_json`] for a manifest written as TOML
    /// ([`Manifest::from_toml`]).
    #[cfg(feature = "toml")]
    pub fn from_toml(manifest: &str, files: &BTreeMap<String, Vec<u8>>) -> Result<Masterplan> {
        Masterplan::read(Manifest::from_toml(manifest)?, manifest, files)
    }

    /// [`Masterplan::from_json`] for a manifest in either form (JSON or
    /// TOML, see [`Manifest::parse`]).
    pub fn from_manifest(manifest: &str, files: &BTreeMap<String, Vec<u8>>) -> Result<Masterplan> {
        Masterplan::read(Manifest::parse(manifest)?, manifest, files)
    }

    fn read(parsed: Manifest, text: &str, files: &BTreeMap<String, Vec<u8>>) -> Result<Masterplan> {
        // Only the files the manifest names are kept.
        let named: BTreeMap<String, Vec<u8>> = parsed
            .files()
            .into_iter()
            .filter_map(|n| files.get(n).map(|b| (n.to_owned(), b.clone())))
            .collect();
        let sources = Sources {
            manifest: text.to_owned(),
            files: named,
        };
        parts::assemble(parsed, sources)
    }

    /// Reads a masterplan from a manifest file (JSON or TOML, by its
    /// content), or from a directory holding `masterplan.json` or else
    /// `masterplan.toml`; the files it names are read relative to the
    /// manifest.
    #[cfg(not(target_family = "wasm"))]
    pub fn load(path: impl AsRef<std::path::Path>) -> Result<Masterplan> {
        let path = path.as_ref();
        let file = if path.is_dir() {
            let json = path.join("masterplan.json");
            if json.is_file() {
                json
            } else {
                path.join("masterplan.toml")
            }
        } else {
            path.to_path_buf()
        };
        let text = std::fs::read_to_string(&file).map_err(|e| {
            crate::Error::field(
                "masterplan",
                "manifest",
                format!("cannot read `{}`: {e}", file.display()),
            )
        })?;
        let manifest = Manifest::parse(&text)?;
        let dir = file
            .parent()
            .map(std::path::Path::to_path_buf)
            .unwrap_or_default();
        let files = manifest
            .files()
            .into_iter()
            .filter_map(|n| std::fs::read(dir.join(n)).ok().map(|b| (n.to_owned(), b)))
            .collect();
        let sources = Sources {
            manifest: text,
            files,
        };
        parts::assemble(manifest, sources)
    }

    /// The manifest's text and the files it names (name → bytes), as read:
    /// [`Masterplan::from_manifest`] of these gives this masterplan again.
    pub fn sources(&self) -> (&str, &BTreeMap<String, Vec<u8>>) {
        (&self.sources.manifest, &self.sources.files)
    }

    /// The manifest.
    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    /// The framework.
    pub fn framework(&self) -> &Framework {
        &self.framework
    }

    /// The government's baseline assessment.
    pub fn baseline(&self) -> &Assessment {
        &self.baseline
    }

    /// Every further assessment (agencies, years), in file order.
    pub fn assessments(&self) -> &[Assessment] {
        &self.assessments
    }

    /// The architecture catalog, if the manifest names one.
    pub fn architecture(&self) -> Option<&ArchitectureModel> {
        self.architecture.as_ref()
    }

    /// The roadmap.
    pub fn roadmap(&self) -> &Roadmap {
        &self.roadmap
    }

    /// The roadmap scheduled within its yearly budget.
    pub fn schedule(&self) -> &Schedule {
        &self.schedule
    }

    /// The scorecard projected for the end of every roadmap year, from the
    /// baseline and the schedule.
    pub fn projection(&self) -> &[YearScorecard] {
        &self.projection
    }

    /// The projected scorecard at the end of `year`: the last projected
    /// year's for a year after the horizon, the baseline's (scored) for a
    /// year before it; `None` only when the projection is empty.
    pub(crate) fn projected(&self, year: i32) -> Option<&YearScorecard> {
        self.projection
            .iter()
            .take_while(|y| y.year <= year)
            .last()
            .or_else(|| self.projection.first().filter(|y| y.year > year))
    }
}

/// The manifest's text and the files it names.
#[derive(Clone, Debug)]
pub(crate) struct Sources {
    pub manifest: String,
    pub files: BTreeMap<String, Vec<u8>>,
}

/// Schedules and projects the assembled parts.
fn finish(
    sources: Sources,
    manifest: Manifest,
    framework: Framework,
    baseline: Assessment,
    assessments: Vec<Assessment>,
    architecture: Option<ArchitectureModel>,
    roadmap: Roadmap,
) -> Result<Masterplan> {
    let schedule = roadmap.schedule(&ScheduleOptions::default())?;
    let projection = schedule.project(&framework, &baseline)?;
    Ok(Masterplan {
        sources,
        manifest,
        framework,
        baseline,
        assessments,
        architecture,
        roadmap,
        schedule,
        projection,
    })
}
