//! How a cohort's results spread in one year: how many earned each
//! predicate, and each domain's quartiles.

use super::ordered::{quartiles_of, sorted_micros};
use super::position::{Cohort, Quartiles};
use super::Benchmark;
use crate::error::{Error, Result};

/// The spread of a cohort's published results in one year.
#[derive(Clone, Debug, PartialEq)]
pub struct Distribution {
    /// The year.
    pub year: i32,
    /// The cohort, in words.
    pub cohort: String,
    /// Rows of the cohort.
    pub count: usize,
    /// Per predicate of the framework, highest first: its id, label
    /// (Indonesian) and how many rows carry it.
    pub predicates: Vec<PredicateCount>,
    /// The quartiles of the index.
    pub index: Quartiles,
    /// Per domain (D1–D4): the quartiles of the published values (`None`
    /// for a domain no row of the cohort has).
    pub domains: [Option<Quartiles>; 4],
}

/// How many rows carry one predicate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PredicateCount {
    /// The predicate id (`"baik"`).
    pub id: String,
    /// Its Indonesian label as printed (`"Baik"`).
    pub label: String,
    /// Rows with it.
    pub count: usize,
}

impl Distribution {
    /// The share of the cohort with a predicate, in percent.
    pub fn share(&self, predicate: &str) -> f64 {
        let n = self
            .predicates
            .iter()
            .find(|p| p.id == predicate)
            .map_or(0, |p| p.count);
        if self.count == 0 {
            0.0
        } else {
            n as f64 * 100.0 / self.count as f64
        }
    }
}

impl Benchmark {
    /// The predicates and quartiles of `cohort` in `year` (an
    /// [`Error::EmptyCohort`] when it has no published index).
    ///
    /// ```
    /// # #[cfg(feature = "spbe-results")] {
    /// use egov_masterplan::benchmark::{Benchmark, Cohort};
    /// let d = Benchmark::spbe_published()?.distribution(2024, &Cohort::regional())?;
    /// assert_eq!(d.count, 523);
    /// let counts: Vec<usize> = d.predicates.iter().map(|p| p.count).collect();
    /// assert_eq!(counts, [29, 138, 215, 123, 18]); // Memuaskan … Kurang
    /// # }
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn distribution(&self, year: i32, cohort: &Cohort) -> Result<Distribution> {
        let rows: Vec<_> = self.year(year).filter(|r| cohort.contains(r)).collect();
        let index = sorted_micros(rows.iter().filter_map(|r| r.index));
        let index = quartiles_of(&index).ok_or_else(|| Error::EmptyCohort {
            year,
            cohort: cohort.label(),
        })?;
        let mut domains = [None; 4];
        for (k, slot) in domains.iter_mut().enumerate() {
            let values = rows
                .iter()
                .filter_map(|r| r.domains().get(k).copied().flatten());
            *slot = quartiles_of(&sorted_micros(values));
        }
        let predicates = self
            .framework()
            .predicates()
            .iter()
            .map(|p| PredicateCount {
                id: p.id.clone(),
                label: p.label.get(crate::text::Lang::Id).to_owned(),
                count: rows.iter().filter(|r| r.predicate_id == p.id).count(),
            })
            .collect();
        Ok(Distribution {
            year,
            cohort: cohort.label(),
            count: rows.len(),
            predicates,
            index,
            domains,
        })
    }
}
