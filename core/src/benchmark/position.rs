//! Where an institution, or any index value, stands among a cohort of
//! published results: competition rank, percentile and quartiles, exact on
//! the printed two-decimal values.

use super::ordered::{above_below, micros, quartiles_of, sorted_micros};
use super::record::InstitutionKind;
use super::{printed, Benchmark};
use crate::error::{Error, Result};
use crate::exact::{Decimal, Fraction};

/// The institutions a position is taken among.
///
/// ```
/// use egov_masterplan::benchmark::{Cohort, InstitutionKind};
/// assert_eq!(Cohort::all().label(), "all institutions");
/// assert_eq!(Cohort::regional().label(), "regional governments");
/// let c = Cohort::province("Sulawesi Utara").with_kind(InstitutionKind::Kabupaten);
/// assert_eq!(c.label(), "kabupaten in Sulawesi Utara");
/// assert_eq!(Cohort::province("Sulawesi Utara").local_only().label(), "regencies and cities in Sulawesi Utara");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cohort {
    /// Only this kind of institution.
    pub kind: Option<InstitutionKind>,
    /// Only regional rows of this province (its provincial government,
    /// regencies and cities).
    pub province: Option<String>,
    /// Only regional governments (provinces, regencies, cities).
    pub regional: bool,
    /// Only local governments below the province (regencies and cities):
    /// the peers of a kabupaten or kota, whichever it is.
    pub local: bool,
}

impl Cohort {
    /// Every institution of the year.
    pub fn all() -> Cohort {
        Cohort::default()
    }

    /// Every regional government (provinsi, kabupaten, kota).
    pub fn regional() -> Cohort {
        Cohort {
            regional: true,
            ..Cohort::default()
        }
    }

    /// Every local government below the province (kabupaten and kota).
    pub fn local() -> Cohort {
        Cohort::regional().local_only()
    }

    /// One kind of institution.
    pub fn kind(kind: InstitutionKind) -> Cohort {
        Cohort::all().with_kind(kind)
    }

    /// The regional governments of one province.
    pub fn province(province: impl Into<String>) -> Cohort {
        Cohort {
            province: Some(province.into()),
            regional: true,
            ..Cohort::default()
        }
    }

    /// A cohort from its parts as a caller names them (the bindings'
    /// options): `kind` one of [`InstitutionKind::NAMES`] (an
    /// [`Error::InvalidOption`] listing them otherwise), `province` the
    /// regional governments of one province (as [`Cohort::province`]: it
    /// implies `regional`), `regional` every regional government, `local`
    /// only kabupaten and kota (it implies `regional`).
    ///
    /// ```
    /// use egov_masterplan::benchmark::{Cohort, InstitutionKind};
    /// assert_eq!(Cohort::from_parts(None, None, false, false)?, Cohort::all());
    /// assert_eq!(Cohort::from_parts(None, None, true, false)?, Cohort::regional());
    /// assert_eq!(Cohort::from_parts(None, None, false, true)?, Cohort::local());
    /// let sulut = Cohort::province("Sulawesi Utara");
    /// assert_eq!(Cohort::from_parts(None, Some("Sulawesi Utara"), false, false)?, sulut);
    /// assert_eq!(Cohort::from_parts(None, Some("Sulawesi Utara"), false, true)?, sulut.clone().local_only());
    /// let c = Cohort::from_parts(Some("kota"), Some("Sulawesi Utara"), false, false)?;
    /// assert_eq!(c, sulut.with_kind(InstitutionKind::Kota));
    /// assert!(Cohort::from_parts(Some("desa"), None, false, false).is_err());
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn from_parts(
        kind: Option<&str>,
        province: Option<&str>,
        regional: bool,
        local: bool,
    ) -> Result<Cohort> {
        let mut cohort = match province {
            Some(p) => Cohort::province(p),
            None if regional => Cohort::regional(),
            None => Cohort::all(),
        };
        if local {
            cohort = cohort.local_only();
        }
        if let Some(kind) = kind {
            cohort.kind = Some(kind.parse()?);
        }
        Ok(cohort)
    }

    /// The same cohort, narrowed to kabupaten and kota.
    pub fn local_only(mut self) -> Cohort {
        self.regional = true;
        self.local = true;
        self
    }

    /// The same cohort, narrowed to one kind.
    pub fn with_kind(mut self, kind: InstitutionKind) -> Cohort {
        self.kind = Some(kind);
        self
    }

    /// Whether a row belongs to the cohort.
    pub fn contains(&self, row: &super::PublishedResult) -> bool {
        self.kind.is_none_or(|k| row.kind == k)
            && (!self.regional || row.kind.is_regional())
            && (!self.local || row.kind.is_local())
            && self
                .province
                .as_ref()
                .is_none_or(|p| row.province.as_deref() == Some(p.as_str()))
    }

    /// The cohort in words (`"kabupaten in Sulawesi Utara"`).
    pub fn label(&self) -> String {
        let who = match (self.kind, self.local, self.regional) {
            (Some(k), _, _) => k.as_str().to_owned(),
            (None, true, _) => "regencies and cities".to_owned(),
            (None, false, true) => "regional governments".to_owned(),
            (None, false, false) => "all institutions".to_owned(),
        };
        match &self.province {
            Some(p) => format!("{who} in {p}"),
            None => who,
        }
    }
}

/// What to place: a published institution, or an index value (a
/// self-assessed 3.10).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    /// An institution, by a name [`Benchmark::lookup`] finds.
    Name(String),
    /// An index value.
    Index(Decimal),
}

impl Subject {
    /// An institution by name.
    pub fn name(name: impl Into<String>) -> Subject {
        Subject::Name(name.into())
    }

    /// An index value from its decimal text (`"3.10"`).
    pub fn index(text: &str) -> Result<Subject> {
        printed(text.trim()).map(Subject::Index).ok_or_else(|| {
            Error::field(
                "position",
                "index",
                format!("`{text}` is not a decimal such as 3.10"),
            )
        })
    }

    /// The rule every binding uses for a subject given as text (the one
    /// `GapTarget`'s `FromStr` uses for a target): text that starts with a
    /// digit (after spaces) is an index value read exactly (`"3.10"`),
    /// anything else an institution's name. No published name starts with
    /// a digit.
    ///
    /// ```
    /// use egov_masterplan::benchmark::Subject;
    /// assert_eq!(Subject::parse(" 3.10")?, Subject::index("3.10")?);
    /// assert_eq!(Subject::parse("Kab. Bolaang Mongondow")?, Subject::name("Kab. Bolaang Mongondow"));
    /// assert_eq!(Subject::parse("3,10").unwrap_err().kind(), "invalid_field");
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn parse(text: &str) -> Result<Subject> {
        if text.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
            Subject::index(text)
        } else {
            Ok(Subject::name(text))
        }
    }
}

/// The quartiles of a cohort's published indices, by linear interpolation
/// between order statistics (pandas' and NumPy's default), exact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quartiles {
    /// First quartile.
    pub q1: Fraction,
    /// Median.
    pub median: Fraction,
    /// Third quartile.
    pub q3: Fraction,
}

/// Where a subject stands in a cohort in one year.
#[derive(Clone, Debug, PartialEq)]
pub struct Position {
    /// The year.
    pub year: i32,
    /// The cohort, in words.
    pub cohort: String,
    /// The institution placed, as printed (`None` for an index value).
    pub institution: Option<String>,
    /// The index placed.
    pub index: Decimal,
    /// Competition rank on the published index: 1 + the number of cohort
    /// members with a higher index (ties share a rank).
    pub rank: usize,
    /// Cohort members with a published index.
    pub count: usize,
    /// Cohort members with a lower index.
    pub below: usize,
    /// `below` as a percentage of `count`.
    pub percentile: f64,
    /// The cohort's quartiles.
    pub quartiles: Quartiles,
}

impl Benchmark {
    /// Where `subject` stands among `cohort` in `year`. An institution is
    /// placed by its published index (an error when it has none); an index
    /// value as it is. A cohort without a published index is an
    /// [`Error::EmptyCohort`].
    pub fn position(&self, year: i32, subject: &Subject, cohort: &Cohort) -> Result<Position> {
        let (institution, index) = match subject {
            Subject::Index(v) => (None, *v),
            Subject::Name(name) => {
                let row = self.lookup(name, year)?;
                let index = row.index.ok_or_else(|| {
                    Error::field(
                        "position",
                        "index",
                        format!("{} has no published index in {year}", row.institution),
                    )
                })?;
                (Some(row.institution.clone()), index)
            }
        };
        let values = sorted_micros(
            self.year(year)
                .filter(|r| cohort.contains(r))
                .filter_map(|r| r.index),
        );
        let quartiles = quartiles_of(&values).ok_or_else(|| Error::EmptyCohort {
            year,
            cohort: cohort.label(),
        })?;
        let v = micros(index).ok_or_else(|| {
            Error::field(
                "position",
                "index",
                format!("{index} has more than six decimals or digits"),
            )
        })?;
        let (higher, below) = above_below(&values, v);
        let count = values.len();
        Ok(Position {
            year,
            cohort: cohort.label(),
            institution,
            index,
            rank: higher + 1,
            count,
            below,
            percentile: below as f64 * 100.0 / count as f64,
            quartiles,
        })
    }
}
