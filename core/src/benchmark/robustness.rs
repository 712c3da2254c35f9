//! How robust a published ranking is to the domain weights: each
//! institution's published domain values recombined with weights that move
//! (Monte Carlo, [`rank_uncertainty`](crate::composite::rank_uncertainty)),
//! its rank interval within a cohort.

use super::{Benchmark, Cohort};
use crate::composite::{rank_uncertainty, Aggregator, RankInterval, UncertaintyOptions};
use crate::error::{Error, Result};

impl Benchmark {
    /// For every institution of `cohort` in `year` with all four domain
    /// values published, in table order: its name and how its rank moves
    /// when each domain weight of the framework moves by up to
    /// `options.weight_noise` of itself. Ranks are on the weighted mean of
    /// the domain values as published, rounded as `options.decimals` says
    /// (2, as the index is printed, makes institutions printed alike tie);
    /// the nominal ranks can still differ from the published index's where
    /// the index was computed from unrounded domain values.
    ///
    /// ```
    /// use egov_masterplan::benchmark::{Benchmark, Cohort, InstitutionKind};
    /// use egov_masterplan::composite::UncertaintyOptions;
    /// let b = Benchmark::spbe_published()?;
    /// let cohort = Cohort::province("Sulawesi Utara").with_kind(InstitutionKind::Kabupaten);
    /// let options = UncertaintyOptions { weight_noise: 0.2, samples: 500, seed: 7, decimals: Some(2) };
    /// let r = b.weight_robustness(2024, &cohort, &options)?;
    /// let (_, bolmong) = r.iter().find(|(name, _)| name.ends_with("Kab. Bolaang Mongondow")).unwrap();
    /// assert!(bolmong.p05 <= bolmong.nominal_rank && bolmong.nominal_rank <= bolmong.p95);
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn weight_robustness(
        &self,
        year: i32,
        cohort: &Cohort,
        options: &UncertaintyOptions,
    ) -> Result<Vec<(String, RankInterval)>> {
        let (names, values, weights) = self.domain_table(year, cohort)?;
        let intervals = rank_uncertainty(&values, &weights, Aggregator::Arithmetic, options)?;
        Ok(names.into_iter().zip(intervals).collect())
    }

    /// How robust the position of an index that is not in the table (a
    /// self-assessment) would be: its four domain values (in the
    /// framework's domain order) joined to the cohort's published ones, and
    /// its rank interval when each domain weight moves by up to
    /// `options.weight_noise` of itself. `count` is the cohort's size with
    /// the subject in it.
    ///
    /// ```
    /// use egov_masterplan::benchmark::{Benchmark, Cohort};
    /// use egov_masterplan::composite::UncertaintyOptions;
    /// let b = Benchmark::spbe_published()?;
    /// let options = UncertaintyOptions { weight_noise: 0.2, samples: 300, seed: 1, decimals: Some(2) };
    /// let p = b.weight_robustness_of(2024, &Cohort::regional(), &[2.3, 2.2, 1.0, 3.76], &options)?;
    /// assert!(p.p05 <= p.nominal_rank && p.nominal_rank <= p.p95 && p.p95 <= p.count);
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn weight_robustness_of(
        &self,
        year: i32,
        cohort: &Cohort,
        domains: &[f64],
        options: &UncertaintyOptions,
    ) -> Result<RobustPosition> {
        let (_, mut values, weights) = self.domain_table(year, cohort)?;
        if domains.len() != weights.len() {
            return Err(Error::field(
                "weight robustness",
                "domains",
                format!(
                    "has {} values; expected one per domain ({})",
                    domains.len(),
                    weights.len()
                ),
            ));
        }
        if let Some(k) = domains.iter().position(|v| !v.is_finite()) {
            return Err(Error::field(
                "weight robustness",
                &format!("domains[{k}]"),
                format!("is {}; expected a finite value", domains[k]),
            ));
        }
        values.push(domains.iter().map(|&v| Some(v)).collect());
        let count = values.len() as u32;
        let intervals = rank_uncertainty(&values, &weights, Aggregator::Arithmetic, options)?;
        let r = intervals.last().cloned().ok_or(Error::EmptyCohort {
            year,
            cohort: cohort.label(),
        })?;
        Ok(RobustPosition {
            count,
            nominal_rank: r.nominal_rank,
            median_rank: r.median_rank,
            p05: r.p05,
            p95: r.p95,
            mean_shift: r.mean_shift,
        })
    }

    /// The cohort's institutions with all four domain values published in
    /// `year`: names, domain values, and the framework's domain weights.
    #[allow(clippy::type_complexity)]
    pub(super) fn domain_table(
        &self,
        year: i32,
        cohort: &Cohort,
    ) -> Result<(Vec<String>, Vec<Vec<Option<f64>>>, Vec<f64>)> {
        let weights: Vec<f64> = self
            .framework()
            .tier("domain")
            .map(|n| n.weight().to_f64())
            .collect();
        if weights.len() != 4 {
            return Err(Error::field(
                "weight robustness",
                "framework",
                format!(
                    "`{}` has {} domains; the published results have 4",
                    self.framework().id(),
                    weights.len()
                ),
            ));
        }
        let rows: Vec<_> = self
            .year(year)
            .filter(|r| cohort.contains(r))
            .filter(|r| r.domains().iter().all(Option::is_some))
            .collect();
        if rows.is_empty() {
            return Err(Error::EmptyCohort {
                year,
                cohort: cohort.label(),
            });
        }
        let values = rows
            .iter()
            .map(|r| r.domains().iter().map(|d| d.map(|v| v.to_f64())).collect())
            .collect();
        let names = rows.iter().map(|r| r.institution.clone()).collect();
        Ok((names, values, weights))
    }
}

/// Where a self-assessed index would stand, and how far that moves with
/// the domain weights ([`Benchmark::weight_robustness_of`]).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct RobustPosition {
    /// Members of the cohort, the subject included.
    pub count: u32,
    /// Rank with the framework's weights.
    pub nominal_rank: u32,
    /// Median rank across the samples.
    pub median_rank: u32,
    /// 5th percentile (the best end).
    pub p05: u32,
    /// 95th percentile (the worst end).
    pub p95: u32,
    /// Mean absolute difference from the nominal rank.
    pub mean_shift: f64,
}

impl RobustPosition {
    /// The result as JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[cfg(all(test, feature = "spbe-results"))]
mod tests {
    use super::*;
    use crate::benchmark::{InstitutionKind, Subject};

    #[test]
    fn without_noise_the_ranks_are_the_recombined_ones() {
        let b = Benchmark::spbe_published().unwrap();
        let cohort = Cohort::kind(InstitutionKind::Kabupaten);
        let still = UncertaintyOptions {
            weight_noise: 0.0,
            samples: 3,
            seed: 1,
            decimals: Some(2),
        };
        let r = b.weight_robustness(2024, &cohort, &still).unwrap();
        let (_, bolmong) = r
            .iter()
            .find(|(n, _)| n.ends_with("Kab. Bolaang Mongondow"))
            .unwrap();
        assert_eq!(
            (bolmong.p05, bolmong.p95, bolmong.mean_shift),
            (bolmong.nominal_rank, bolmong.nominal_rank, 0.0)
        );
        // The published index (2.73) ranks it 232nd among kabupaten (the
        // masterplan document's table). Its published domain values recombine
        // to (13·2.30 + 25·2.20 + 16.5·1.00 + 45.5·3.76)/100 = 2.7248, 2.72
        // as printed, which ranks 235th: the index was computed from
        // unrounded domain values. By a Decimal script over the 392
        // kabupaten of 2024 (independent of the library), 45 recombine 0.01
        // away from their published index.
        let published = b
            .position(
                2024,
                &Subject::Name("Kab. Bolaang Mongondow".into()),
                &cohort,
            )
            .unwrap();
        assert_eq!(published.rank, 232);
        assert_eq!(bolmong.nominal_rank, 235);
    }

    #[test]
    fn with_noise_the_interval_widens_around_the_nominal_rank() {
        let b = Benchmark::spbe_published().unwrap();
        let cohort = Cohort::kind(InstitutionKind::Kabupaten);
        let options = UncertaintyOptions {
            weight_noise: 0.2,
            samples: 400,
            seed: 2024,
            decimals: Some(2),
        };
        let r = b.weight_robustness(2024, &cohort, &options).unwrap();
        assert_eq!(r, b.weight_robustness(2024, &cohort, &options).unwrap());
        let (_, bolmong) = r
            .iter()
            .find(|(n, _)| n.ends_with("Kab. Bolaang Mongondow"))
            .unwrap();
        assert!(
            bolmong.p05 < bolmong.nominal_rank && bolmong.nominal_rank < bolmong.p95,
            "{bolmong:?}"
        );
        assert!(bolmong.mean_shift > 0.0);
        let e = b
            .weight_robustness(2024, &Cohort::province("Atlantis"), &options)
            .unwrap_err();
        assert_eq!(e.kind(), "empty_cohort");
    }

    #[test]
    fn a_self_assessment_joins_the_cohort() {
        // Bolaang Mongondow's own published domains (2.30, 2.20, 1.00, 3.76)
        // as a new subject: it ties with itself, so its nominal rank is the
        // institution's (235 among kabupaten, see above), in a cohort of 393.
        let b = Benchmark::spbe_published().unwrap();
        let cohort = Cohort::kind(InstitutionKind::Kabupaten);
        let still = UncertaintyOptions {
            weight_noise: 0.0,
            samples: 5,
            seed: 1,
            decimals: Some(2),
        };
        let p = b
            .weight_robustness_of(2024, &cohort, &[2.3, 2.2, 1.0, 3.76], &still)
            .unwrap();
        assert_eq!(
            (p.count, p.nominal_rank, p.p05, p.p95),
            (393, 235, 235, 235)
        );
        let noisy = UncertaintyOptions {
            weight_noise: 0.2,
            samples: 400,
            ..still
        };
        let p = b
            .weight_robustness_of(2024, &cohort, &[2.3, 2.2, 1.0, 3.76], &noisy)
            .unwrap();
        assert!(p.p05 < 235 && 235 < p.p95, "{p:?}");
        let e = b
            .weight_robustness_of(2024, &cohort, &[2.3, 2.2, 1.0], &noisy)
            .unwrap_err();
        assert!(e.to_string().contains("expected one per domain (4)"), "{e}");
        let e = b
            .weight_robustness_of(2024, &cohort, &[2.3, f64::NAN, 1.0, 1.0], &noisy)
            .unwrap_err();
        assert!(e.to_string().contains("domains[1]"), "{e}");
    }
}
