//! What moved between two years: each institution evaluated in both, its
//! change in index, in every domain and in predicate.

use super::position::Cohort;
use super::record::{InstitutionKind, PublishedResult};
use super::Benchmark;
use crate::error::{Error, Result};
use crate::exact::Decimal;
use std::collections::{BTreeMap, BTreeSet};

/// One institution's change between two evaluations.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Movement {
    /// The name as printed in the later year.
    pub institution: String,
    /// Its kind.
    pub kind: InstitutionKind,
    /// Its province (regional rows).
    pub province: Option<String>,
    /// The index in the earlier year.
    pub index_from: Decimal,
    /// The index in the later year.
    pub index_to: Decimal,
    /// `index_to − index_from`, exact.
    pub change: Decimal,
    /// Each domain's change (`None` where either year left it blank).
    pub domain_changes: [Option<Decimal>; 4],
    /// The predicate id in the earlier year.
    pub predicate_from: String,
    /// The predicate id in the later year.
    pub predicate_to: String,
}

impl Movement {
    /// Whether the predicate changed.
    pub fn predicate_changed(&self) -> bool {
        self.predicate_from != self.predicate_to
    }
}

impl Benchmark {
    /// Every institution of `cohort` (as it is in `to`) evaluated in both
    /// years with a published index in each, matched on its name (the
    /// forgiving form [`Benchmark::lookup`] uses), kind and province; the
    /// biggest rise first, the biggest fall last (ties by name). Central
    /// bodies renamed between the reports (many are listed in 2024 by their
    /// secretariat) do not match by name and are left out.
    ///
    /// ```
    /// # #[cfg(feature = "spbe-results")] {
    /// use egov_masterplan::benchmark::{Benchmark, Cohort};
    /// let b = Benchmark::spbe_published()?;
    /// let moves = b.movers(2023, 2024, &Cohort::province("Sulawesi Utara"));
    /// let last = moves.last().unwrap();
    /// assert_eq!(last.institution, "Pemerintah Kab. Bolaang Mongondow");
    /// assert_eq!((last.change.to_string(), last.predicate_to.as_str()), ("-0.79".into(), "baik"));
    /// # }
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn movers(&self, from: i32, to: i32, cohort: &Cohort) -> Vec<Movement> {
        fn key<'a>(
            r: &'a PublishedResult,
            name: &'a str,
        ) -> (&'a str, InstitutionKind, Option<&'a str>) {
            (name, r.kind, r.province.as_deref())
        }
        let earlier: BTreeMap<_, &PublishedResult> = self
            .year_named(from)
            .map(|(r, name)| (key(r, name), r))
            .collect();
        let mut moves: Vec<Movement> = self
            .year_named(to)
            .filter(|(r, _)| cohort.contains(r))
            .filter_map(|(later, name)| {
                let before = earlier.get(&key(later, name))?;
                let (index_from, index_to) = (before.index?, later.index?);
                let domains = before.domains();
                let mut domain_changes = [None; 4];
                for (k, (a, b)) in domains.iter().zip(later.domains()).enumerate() {
                    if let (Some(a), Some(b), Some(slot)) = (a, b, domain_changes.get_mut(k)) {
                        *slot = difference(*a, b);
                    }
                }
                Some(Movement {
                    institution: later.institution.clone(),
                    kind: later.kind,
                    province: later.province.clone(),
                    index_from,
                    index_to,
                    change: difference(index_from, index_to)?,
                    domain_changes,
                    predicate_from: before.predicate_id.clone(),
                    predicate_to: later.predicate_id.clone(),
                })
            })
            .collect();
        moves.sort_by(|a, b| {
            b.change
                .to_fraction()
                .cmp(&a.change.to_fraction())
                .then_with(|| a.institution.cmp(&b.institution))
        });
        moves
    }

    /// The movements of a chosen set of institutions (each name matched as
    /// [`Benchmark::lookup`] matches it, in both years), ordered as
    /// [`Benchmark::movers`] orders them; for a slope chart of one's own
    /// selection. A name that is not found in either year is an
    /// [`Error::UnknownInstitution`] listing the closest names; one
    /// without a published index in either year an
    /// [`Error::InvalidField`] naming it.
    ///
    /// ```
    /// # #[cfg(feature = "spbe-results")] {
    /// use egov_masterplan::benchmark::Benchmark;
    /// let b = Benchmark::spbe_published()?;
    /// let moves = b.movers_named(2023, 2024, &["Kota Manado", "kab. bolaang mongondow"])?;
    /// let changes: Vec<String> = moves.iter().map(|m| m.change.to_string()).collect();
    /// assert_eq!(changes, ["0.98", "-0.79"]); // Manado 2.95 -> 3.93, Bolaang Mongondow 3.52 -> 2.73
    /// assert!(b.movers_named(2023, 2024, &["Kab. Atlantis"]).is_err());
    /// # }
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn movers_named<S: AsRef<str>>(
        &self,
        from: i32,
        to: i32,
        names: &[S],
    ) -> Result<Vec<Movement>> {
        let mut wanted = BTreeSet::new();
        for name in names {
            let later = self.lookup(name.as_ref(), to)?;
            let before = self.lookup(name.as_ref(), from)?;
            for (row, year) in [(before, from), (later, to)] {
                if row.index.is_none() {
                    return Err(Error::field(
                        "benchmark",
                        "index",
                        format!("{} has no published index in {year}", row.institution),
                    ));
                }
            }
            wanted.insert((
                later.institution.as_str(),
                later.kind,
                later.province.as_deref(),
            ));
        }
        Ok(self
            .movers(from, to, &Cohort::all())
            .into_iter()
            .filter(|m| wanted.contains(&(m.institution.as_str(), m.kind, m.province.as_deref())))
            .collect())
    }
}

/// `b − a` exactly, at the finer of the two precisions.
fn difference(a: Decimal, b: Decimal) -> Option<Decimal> {
    let decimals = a.decimals.max(b.decimals);
    let scale = |d: Decimal| {
        d.units
            .checked_mul(10i128.checked_pow(decimals - d.decimals)?)
    };
    Some(Decimal {
        units: scale(b)?.checked_sub(scale(a)?)?,
        decimals,
    })
}
