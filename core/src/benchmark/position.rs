//! Where an institution, or any index value, stands among a cohort of
//! published results: competition rank, percentile and quartiles, exact on
//! the printed two-decimal values.

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
    /// implies `regional`), `regional` every regional government.
    ///
    /// ```
    /// use egov_masterplan::benchmark::{Cohort, InstitutionKind};
    /// assert_eq!(Cohort::from_parts(None, None, false)?, Cohort::all());
    /// assert_eq!(Cohort::from_parts(None, None, true)?, Cohort::regional());
    /// assert_eq!(Cohort::from_parts(None, Some("Sulawesi Utara"), false)?, Cohort::province("Sulawesi Utara"));
    /// let c = Cohort::from_parts(Some("kota"), Some("Sulawesi Utara"), false)?;
    /// assert_eq!(c, Cohort::province("Sulawesi Utara").with_kind(InstitutionKind::Kota));
    /// assert!(Cohort::from_parts(Some("desa"), None, false).is_err());
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn from_parts(
        kind: Option<&str>,
        province: Option<&str>,
        regional: bool,
    ) -> Result<Cohort> {
        let mut cohort = match province {
            Some(p) => Cohort::province(p),
            None if regional => Cohort::regional(),
            None => Cohort::all(),
        };
        if let Some(kind) = kind {
            cohort.kind = Some(kind.parse()?);
        }
        Ok(cohort)
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
            && self
                .province
                .as_ref()
                .is_none_or(|p| row.province.as_deref() == Some(p.as_str()))
    }

    /// The cohort in words (`"kabupaten in Sulawesi Utara"`).
    pub fn label(&self) -> String {
        let who = match (self.kind, self.regional) {
            (Some(k), _) => k.as_str().to_owned(),
            (None, true) => "regional governments".to_owned(),
            (None, false) => "all institutions".to_owned(),
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
        let mut values: Vec<Fraction> = self
            .year(year)
            .filter(|r| cohort.contains(r))
            .filter_map(|r| r.index.map(|d| d.to_fraction()))
            .collect();
        if values.is_empty() {
            return Err(Error::EmptyCohort {
                year,
                cohort: cohort.label(),
            });
        }
        values.sort();
        let v = index.to_fraction();
        let higher = values.iter().filter(|x| **x > v).count();
        let below = values.iter().filter(|x| **x < v).count();
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
            quartiles: quartiles_of(&values).unwrap_or(Quartiles {
                q1: Fraction::ZERO,
                median: Fraction::ZERO,
                q3: Fraction::ZERO,
            }),
        })
    }
}

/// The quartiles of ascending values (`None` for no values).
pub(crate) fn quartiles_of(sorted: &[Fraction]) -> Option<Quartiles> {
    (!sorted.is_empty()).then(|| Quartiles {
        q1: quantile(sorted, 1, 4),
        median: quantile(sorted, 1, 2),
        q3: quantile(sorted, 3, 4),
    })
}

/// The `num/den` quantile of ascending values by linear interpolation:
/// position h = (n − 1)·num/den, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]).
fn quantile(sorted: &[Fraction], num: usize, den: usize) -> Fraction {
    let n = sorted.len();
    let steps = (n - 1) * num;
    let (lo, rest) = (steps / den, steps % den);
    let (Some(a), b) = (sorted.get(lo), sorted.get(lo + 1)) else {
        return Fraction::ZERO;
    };
    match (rest, b) {
        (0, _) | (_, None) => *a,
        (r, Some(b)) => {
            let t = Fraction::new(r as i128, den as i128).unwrap_or(Fraction::ZERO);
            b.checked_sub(a)
                .and_then(|d| d.checked_mul(&t))
                .and_then(|d| a.checked_add(&d))
                .unwrap_or(*a)
        }
    }
}
