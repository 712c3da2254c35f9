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
        let values: Vec<Vec<Option<f64>>> = rows
            .iter()
            .map(|r| r.domains().iter().map(|d| d.map(|v| v.to_f64())).collect())
            .collect();
        let intervals = rank_uncertainty(&values, &weights, Aggregator::Arithmetic, options)?;
        Ok(rows
            .iter()
            .map(|r| r.institution.clone())
            .zip(intervals)
            .collect())
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
}
