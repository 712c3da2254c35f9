//! The masterplan manifest (JSON, `schema_version` 1): what the plan is for
//! and where its parts are. Paths are relative to the manifest.
//!
//! ```json
//! {
//!   "schema_version": 1,
//!   "government": {"id": "pemkab-bolmong",
//!                  "name": {"id": "Pemerintah Kabupaten …", "en": "… Regency Government"},
//!                  "kind": "kabupaten", "province": "Sulawesi Utara",
//!                  "benchmark_name": "Kab. Bolaang Mongondow"},
//!   "title": {"id": "Rencana Induk SPBE …", "en": "SPBE Masterplan …"},
//!   "period": {"start": 2019, "end": 2024},
//!   "framework": "spbe-2020",
//!   "baseline": "baseline-2019.json",
//!   "assessments": ["assessments.csv"],
//!   "architecture": "architecture.json",
//!   "roadmap": "roadmap.json",
//!   "targets": [{"year": 2022, "index": "3.00"},
//!               {"year": 2024, "predicate": "sangat-baik"},
//!               {"year": 2024, "domain": "D2", "index": "3.00"}],
//!   "legal_basis": [{"title": "Perpres 95/2018 tentang SPBE", "number": "95", "year": 2018}],
//!   "policies": [{"indicator": "I10", "title": "SK Bupati Tim Koordinasi SPBE", "year": 2019}],
//!   "sections": {"vision": {"id": "…", "en": "…"}},
//!   "sample": true
//! }
//! ```
//!
//! `framework` is a built-in id or `{"file": "framework.json"}`; a target's
//! `index` is decimal text (`"3.00"`, read exactly) or a number;
//! `sample: true` marks made-up data (the document says so on its title
//! page).

use super::manifest_doc::{FrameworkDoc, ManifestDoc};
use crate::error::{Error, Result};
use crate::exact::Fraction;
use crate::text::Text;
use std::collections::BTreeMap;

const WHAT: &str = "masterplan";

/// The government the plan is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Government {
    /// Its id: the subject of its own (regency-level) assessments.
    pub id: String,
    /// Its name.
    pub name: Text,
    /// `kabupaten`, `kota`, `provinsi`, … (free text).
    pub kind: Option<String>,
    /// Its province.
    pub province: Option<String>,
    /// Its name in the published SPBE results, for the national benchmark.
    pub benchmark_name: Option<String>,
}

/// The plan's years, both inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlanPeriod {
    /// First year.
    pub start: i32,
    /// Last year.
    pub end: i32,
}

impl PlanPeriod {
    /// Whether `year` is one of the plan's years.
    pub fn contains(&self, year: i32) -> bool {
        (self.start..=self.end).contains(&year)
    }
}

/// What a target asks of a year's projected scorecard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TargetMeasure {
    /// The index reaches this value.
    Index(Fraction),
    /// The index reaches this predicate's band (by id, e.g. `sangat-baik`).
    Predicate(String),
    /// A group (domain or aspect) reaches this value.
    Group {
        /// The group's id (`D2`).
        id: String,
        /// The value to reach.
        value: Fraction,
    },
}

/// A yearly target (from the RPJMD or the Renstra).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    /// The year it applies to.
    pub year: i32,
    /// What is asked.
    pub measure: TargetMeasure,
    /// Where it comes from (`RPJMD 2021–2026`), if given.
    pub source: Option<Text>,
}

/// An entry of the legal basis, or a regulation the government has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Regulation {
    /// Its title.
    pub title: Text,
    /// Its number, as written.
    pub number: Option<String>,
    /// Its year.
    pub year: Option<i32>,
}

/// An internal policy in force for one indicator (the policy review).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Policy {
    /// The indicator it answers (`I1` … `I10` in SPBE).
    pub indicator: String,
    /// The regulation.
    pub regulation: Regulation,
}

/// The framework a masterplan is scored with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FrameworkSource {
    /// A built-in framework by id.
    Builtin(String),
    /// A framework JSON file.
    File(String),
}

/// The manifest as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Manifest {
    /// The government.
    pub government: Government,
    /// The document's title.
    pub title: Option<Text>,
    /// The plan's years.
    pub period: PlanPeriod,
    /// The framework.
    pub framework: FrameworkSource,
    /// The baseline assessment's file (the government's own assessment).
    pub baseline: String,
    /// Further assessment files (per agency, per year): CSV, JSON or, with
    /// the feature `xlsx`, returned forms.
    pub assessments: Vec<String>,
    /// The architecture catalog's file.
    pub architecture: Option<String>,
    /// The roadmap's file.
    pub roadmap: String,
    /// The targets, in the manifest's order.
    pub targets: Vec<Target>,
    /// The legal basis.
    pub legal_basis: Vec<Regulation>,
    /// Internal policies in force, by indicator.
    pub policies: Vec<Policy>,
    /// Free-text sections (`vision`, `mission`, `strategic_direction`, …).
    pub sections: BTreeMap<String, Text>,
    /// Made-up sample data.
    pub sample: bool,
}

/// Whether a manifest's text is JSON (an object) rather than TOML.
pub(crate) fn is_json(text: &str) -> bool {
    text.trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with('{')
}

/// A TOML reader's error with its 1-based line and column (in characters).
#[cfg(feature = "toml")]
fn toml_error(text: &str, e: &toml::de::Error) -> Error {
    let (line, column) = match e.span() {
        Some(span) => {
            let before = text.get(..span.start).unwrap_or("");
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
            (line, column)
        }
        None => (0, 0),
    };
    Error::Toml {
        what: WHAT.to_owned(),
        line,
        column,
        detail: e.message().trim_end().to_owned(),
    }
}

impl Manifest {
    /// Reads a manifest (JSON text): bounds, duplicate keys and the schema
    /// version first, then the fields. Which files exist is checked when
    /// the masterplan loads.
    ///
    /// ```
    /// use egov_masterplan::{masterplan::{Manifest, TargetMeasure}, Fraction};
    /// let m = Manifest::from_json(r#"{"schema_version": 1,
    ///   "government": {"id": "pemkab-x", "name": "Kabupaten X"},
    ///   "period": {"start": 2019, "end": 2024}, "framework": "spbe-2020",
    ///   "baseline": "baseline.json", "roadmap": "roadmap.json",
    ///   "targets": [{"year": 2024, "index": "3.00"}]}"#)?;
    /// assert_eq!(m.targets[0].measure, TargetMeasure::Index(Fraction::from_int(3)));
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn from_json(json: &str) -> Result<Manifest> {
        crate::limits::document(WHAT, json)?;
        crate::json_keys::reject_duplicate_keys(WHAT, json)?;
        crate::framework::check_schema_version(WHAT, json)?;
        let doc: ManifestDoc = serde_json::from_str(json).map_err(|e| Error::json(WHAT, &e))?;
        Manifest::from_doc(doc)
    }

    /// Reads a manifest written as TOML: the same fields as the JSON, as
    /// keys and tables (comments allowed), checked the same way; a syntax
    /// error is a [`Error::Toml`] with its line and column.
    ///
    /// ```
    /// use egov_masterplan::masterplan::Manifest;
    /// let m = Manifest::from_toml(r#"
    /// schema_version = 1
    /// framework = "spbe-2020"
    /// baseline = "baseline.json"
    /// roadmap = "roadmap.json"
    /// government = { id = "pemkab-x", name = "Kabupaten X" }
    /// period = { start = 2019, end = 2024 }
    ///
    /// [[targets]]
    /// year = 2024
    /// predicate = "sangat-baik"  # RPJMD
    /// "#)?;
    /// assert_eq!(m.period.end, 2024);
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    #[cfg(feature = "toml")]
    pub fn from_toml(text: &str) -> Result<Manifest> {
        crate::limits::document(WHAT, text)?;
        let table: toml::Table = toml::from_str(text).map_err(|e| toml_error(text, &e))?;
        match table.get("schema_version") {
            Some(toml::Value::Integer(1)) => {}
            Some(other) => {
                return Err(Error::UnsupportedSchemaVersion {
                    what: WHAT.to_owned(),
                    found: match other {
                        toml::Value::Integer(n) => n.to_string(),
                        toml::Value::Float(x) => x.to_string(),
                        toml::Value::String(t) => format!("\"{t}\""),
                        v => v.type_str().to_owned(),
                    },
                    supported: 1,
                })
            }
            None => return Err(Error::field(WHAT, "schema_version", "is required")),
        }
        let doc: ManifestDoc = toml::from_str(text).map_err(|e| toml_error(text, &e))?;
        Manifest::from_doc(doc)
    }

    /// Reads a manifest in either form: JSON when its first character
    /// (after white space) is `{`, which a TOML document cannot start
    /// with; TOML otherwise.
    pub fn parse(text: &str) -> Result<Manifest> {
        if is_json(text) {
            Manifest::from_json(text)
        } else {
            #[cfg(feature = "toml")]
            return Manifest::from_toml(text);
            #[cfg(not(feature = "toml"))]
            return Err(Error::field(
                WHAT,
                "manifest",
                "is not JSON (it does not start with `{`), and TOML needs the feature `toml`",
            ));
        }
    }

    fn from_doc(doc: ManifestDoc) -> Result<Manifest> {
        if doc.period.end < doc.period.start {
            return Err(Error::field(
                WHAT,
                "period",
                format!(
                    "ends ({}) before it starts ({})",
                    doc.period.end, doc.period.start
                ),
            ));
        }
        crate::limits::id(WHAT, "government.id", &doc.government.id)?;
        let targets = doc
            .targets
            .into_iter()
            .enumerate()
            .map(|(k, t)| t.into_target(k))
            .collect::<Result<Vec<_>>>()?;
        Ok(Manifest {
            government: Government {
                id: doc.government.id,
                name: doc.government.name,
                kind: doc.government.kind,
                province: doc.government.province,
                benchmark_name: doc.government.benchmark_name,
            },
            title: doc.title,
            period: PlanPeriod {
                start: doc.period.start,
                end: doc.period.end,
            },
            framework: match doc.framework {
                FrameworkDoc::Builtin(id) => FrameworkSource::Builtin(id),
                FrameworkDoc::File { file } => FrameworkSource::File(file),
            },
            baseline: doc.baseline,
            assessments: doc.assessments,
            architecture: doc.architecture,
            roadmap: doc.roadmap,
            targets,
            legal_basis: doc.legal_basis.into_iter().map(Regulation::from).collect(),
            policies: doc
                .policies
                .into_iter()
                .map(|p| Policy {
                    indicator: p.indicator,
                    regulation: Regulation {
                        title: p.title,
                        number: p.number,
                        year: p.year,
                    },
                })
                .collect(),
            sections: doc.sections,
            sample: doc.sample,
        })
    }

    /// Every file the manifest names, in the order they are read.
    pub fn files(&self) -> Vec<&str> {
        let mut files = Vec::new();
        if let FrameworkSource::File(f) = &self.framework {
            files.push(f.as_str());
        }
        files.push(self.baseline.as_str());
        files.extend(self.assessments.iter().map(String::as_str));
        files.extend(self.architecture.as_deref());
        files.push(self.roadmap.as_str());
        files
    }
}
