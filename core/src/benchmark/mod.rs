//! The national benchmark: every published SPBE evaluation result as data,
//! and the questions a masterplan asks of it (where an institution or an
//! index stands in its cohort).
//!
//! KemenPANRB publishes each year's results (D1–D4, index, predicate) only
//! as PDF tables. [`Benchmark::spbe_published`] carries the 1,236 rows of
//! the 2023 and 2024 reports (`core/data/spbe-results-2023-2024.csv`, with
//! its provenance in the `.md` beside it), embedded at compile time behind
//! the default feature `spbe-results`. Values are kept exactly as printed
//! (two decimals, [`Decimal`]); a blank cell stays missing. A user's own
//! table in the same CSV shape (next year's report) is read by
//! [`Benchmark::from_csv`].
//!
//! # CSV shape
//!
//! `year,report_table,row,institution,kind,province,d1,d2,d3,d4,index,predicate`:
//! one row per institution and year; `kind` is `kementerian`, `lembaga`,
//! `provinsi`, `kabupaten` or `kota`; `province` is empty for central
//! institutions; the values are printed decimals (`3.52`) or empty; the
//! predicate is the framework's Indonesian label (`Sangat Baik`). A field is
//! quoted only when it holds a comma; [`Benchmark::to_csv`] writes the same
//! bytes it read.
//!
//! ```
//! # #[cfg(feature = "spbe-results")] {
//! use egov_masterplan::benchmark::{Benchmark, Cohort, Subject};
//! let published = Benchmark::spbe_published()?;
//! let bolmong = published.lookup("Kabupaten Bolaang Mongondow", 2024)?;
//! assert_eq!((bolmong.index_text(), bolmong.predicate.as_str()), ("2.73".into(), "Baik"));
//! assert_eq!(bolmong.d3.map(|d| d.to_string()).as_deref(), Some("1.00"));
//! let p = published.position(2024, &Subject::name("kab. bolaang mongondow"), &Cohort::province("Sulawesi Utara"))?;
//! // Sulawesi Utara 2024, 16 governments: eight published a higher index.
//! assert_eq!((p.rank, p.count, p.below), (9, 16, 7));
//! # }
//! # Ok::<(), egov_masterplan::Error>(())
//! ```

mod cohort_text;
mod csv_io;
mod distribution;
mod json;
mod movement;
mod names;
mod ordered;
mod peers;
mod position;
mod record;
mod reweight;
mod robustness;

pub use distribution::{Distribution, PredicateCount};
pub use movement::Movement;
pub use peers::{PeerRow, Peers};
pub use position::{Cohort, Position, Quartiles, Subject};
pub use record::{InstitutionKind, PublishedResult};
pub use reweight::{Reweighted, PEMDI_2025_DOMAIN_WEIGHTS};
pub use robustness::RobustPosition;

use crate::error::{Error, Result};
use crate::exact::Decimal;
use crate::framework::Framework;
use std::sync::Arc;

/// The published results of 2023 and 2024 as printed
/// (`core/data/spbe-results-2023-2024.csv`).
#[cfg(feature = "spbe-results")]
pub const SPBE_RESULTS_CSV: &str = include_str!("../../data/spbe-results-2023-2024.csv");

/// A table of published evaluation results: one row per institution and
/// year, in the order read. Cheap to clone (shared, immutable).
#[derive(Clone, Debug)]
pub struct Benchmark {
    data: Arc<BenchmarkData>,
}

#[derive(Debug)]
struct BenchmarkData {
    framework: Framework,
    rows: Vec<PublishedResult>,
    /// Each row's name in the comparable form (`names::normalize`), made
    /// once: a lookup compares against these rather than normalizing the
    /// year's 600 names again.
    normalized: Vec<String>,
}

impl Benchmark {
    /// Every published SPBE result of 2023 and 2024 (1,236 rows), scored
    /// on the built-in `spbe-2020` framework's predicates.
    #[cfg(feature = "spbe-results")]
    pub fn spbe_published() -> Result<Benchmark> {
        Benchmark::from_csv(SPBE_RESULTS_CSV, &Framework::builtin("spbe-2020")?)
    }

    /// Reads a table in the CSV shape above; `framework` names the
    /// predicates (their Indonesian labels). Every bad cell is an
    /// [`Error::Csv`] naming the row and column.
    pub fn from_csv(text: &str, framework: &Framework) -> Result<Benchmark> {
        let rows = csv_io::read(text, framework)?;
        let normalized = rows
            .iter()
            .map(|r| names::normalize(&r.institution))
            .collect();
        Ok(Benchmark {
            data: Arc::new(BenchmarkData {
                framework: framework.clone(),
                rows,
                normalized,
            }),
        })
    }

    /// The table as CSV, in the shape it was read (the same bytes for a
    /// table written this way).
    pub fn to_csv(&self) -> String {
        csv_io::write(&self.data.rows)
    }

    /// Every row, in the order read.
    pub fn rows(&self) -> &[PublishedResult] {
        &self.data.rows
    }

    /// The framework whose predicates the table uses.
    pub fn framework(&self) -> &Framework {
        &self.data.framework
    }

    /// The years the table covers, ascending.
    pub fn years(&self) -> Vec<i32> {
        let mut years: Vec<i32> = self.data.rows.iter().map(|r| r.year).collect();
        years.sort_unstable();
        years.dedup();
        years
    }

    /// The rows of one year, in table order.
    pub fn year(&self, year: i32) -> impl Iterator<Item = &PublishedResult> + '_ {
        self.data.rows.iter().filter(move |r| r.year == year)
    }

    /// The rows of one year with their comparable names.
    fn year_named(&self, year: i32) -> impl Iterator<Item = (&PublishedResult, &str)> + '_ {
        let data = &self.data;
        data.rows
            .iter()
            .zip(data.normalized.iter().map(String::as_str))
            .filter(move |(r, _)| r.year == year)
    }

    /// The row of one institution in one year. The name is matched
    /// forgivingly (case, spacing, "Kab."/"Kabupaten", a leading
    /// "Pemerintah", and the kind itself when only one institution bears
    /// the rest of the name); an unknown name is an
    /// [`Error::UnknownInstitution`] listing the closest names of that
    /// year, an ambiguous one listing every match.
    pub fn lookup(&self, name: &str, year: i32) -> Result<&PublishedResult> {
        // A name is an id-sized text: a longer one matches nothing and would
        // make the closest-name search quadratic in its length.
        crate::limits::id("benchmark", "institution", name)?;
        let wanted = names::normalize(name);
        let exact: Vec<&PublishedResult> = self
            .year_named(year)
            .filter(|(_, n)| *n == wanted)
            .map(|(r, _)| r)
            .collect();
        // A name without its kind ("Bolaang Mongondow") when only one
        // institution bears it.
        let matches = if exact.is_empty() {
            let bare = names::without_kind(&wanted);
            self.year_named(year)
                .filter(|(_, n)| names::without_kind(n) == bare)
                .map(|(r, _)| r)
                .collect()
        } else {
            exact
        };
        match matches.as_slice() {
            [row] => Ok(*row),
            [] => Err(Error::UnknownInstitution {
                institution: name.to_owned(),
                year,
                candidates: names::closest(
                    &wanted,
                    self.year(year).map(|r| r.institution.as_str()),
                ),
            }),
            several => Err(Error::UnknownInstitution {
                institution: name.to_owned(),
                year,
                candidates: several
                    .iter()
                    .map(|r| {
                        format!(
                            "{} ({})",
                            r.institution,
                            r.province.as_deref().unwrap_or("pusat")
                        )
                    })
                    .collect(),
            }),
        }
    }
}

/// A printed value (`"3.52"`) as an exact decimal.
pub(crate) fn printed(text: &str) -> Option<Decimal> {
    let (whole, frac) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| !s.is_empty() && s.len() <= 6 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || !(frac.is_empty() || digits(frac)) {
        return None;
    }
    let units: i128 = format!("{whole}{frac}").parse().ok()?;
    Some(Decimal {
        units,
        decimals: u32::try_from(frac.len()).ok()?,
    })
}

#[cfg(all(test, feature = "spbe-results"))]
mod answer_tests;
#[cfg(all(test, feature = "spbe-results"))]
mod tests;
