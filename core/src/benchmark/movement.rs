//! What moved between two years: each institution evaluated in both, its
//! change in index, in every domain and in predicate.

use super::names::normalize;
use super::position::Cohort;
use super::record::{InstitutionKind, PublishedResult};
use super::Benchmark;
use crate::exact::Decimal;
use std::collections::BTreeMap;

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
        let key = |r: &PublishedResult| (normalize(&r.institution), r.kind, r.province.clone());
        let earlier: BTreeMap<_, &PublishedResult> = self.year(from).map(|r| (key(r), r)).collect();
        let mut moves: Vec<Movement> = self
            .year(to)
            .filter(|r| cohort.contains(r))
            .filter_map(|later| {
                let before = earlier.get(&key(later))?;
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
