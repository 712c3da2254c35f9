//! The published results under other domain weights: every institution's
//! four published domain values recombined with the framework's weights
//! and with alternative ones, and both ranks (what would change if, say,
//! the 2025 Pemdi weights applied to the 2024 results).

use super::{Benchmark, Cohort};
use crate::composite::competition_ranks;
use crate::error::{Error, Result};

/// The Pemdi 2025 aspect weights (`pemdi-2025`) summed onto the four SPBE
/// 2020 domains where the structures map — an **assumed** mapping, by the
/// aspects' subjects: D1 internal policy ← A2 governance and management
/// (5); D2 governance ← A1 strategy and plan, A3 digital technology, A6
/// digital capability and culture (5 + 20 + 10); D3 management ← A4 audit,
/// A5 cyber security, A7 data management (6 + 9 + 10); D4 services ← A8
/// service integration, A9 user satisfaction (15 + 20). SPBE 2020 weighs
/// them 13, 25, 16.5, 45.5.
pub const PEMDI_2025_DOMAIN_WEIGHTS: [f64; 4] = [5.0, 35.0, 25.0, 35.0];

/// An institution's index and rank with the framework's domain weights
/// and with others.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Reweighted {
    /// The institution, as printed.
    pub institution: String,
    /// Its published domain values recombined with the framework's
    /// weights, rounded as asked.
    pub index: f64,
    /// Its competition rank in the cohort on `index`.
    pub rank: u32,
    /// Its domain values recombined with the other weights, rounded.
    pub reweighted_index: f64,
    /// Its rank on `reweighted_index`.
    pub reweighted_rank: u32,
}

fn recombine(values: &[Vec<Option<f64>>], weights: &[f64], decimals: Option<u32>) -> Vec<f64> {
    let total: f64 = weights.iter().sum();
    values
        .iter()
        .map(|row| {
            let s: f64 = row
                .iter()
                .zip(weights)
                .map(|(v, w)| v.unwrap_or(0.0) * w)
                .sum();
            crate::composite::round_to(s / total, decimals)
        })
        .collect()
}

impl Benchmark {
    /// Every institution of `cohort` in `year` with four published domain
    /// values, ranked on its domain values recombined with the framework's
    /// weights and with `weights` (one per domain, ≥ 0, not all 0), each
    /// index rounded half away from zero to `decimals`.
    ///
    /// ```
    /// use egov_masterplan::benchmark::{Benchmark, Cohort, InstitutionKind, PEMDI_2025_DOMAIN_WEIGHTS};
    /// let b = Benchmark::spbe_published()?;
    /// let kabupaten = Cohort::kind(InstitutionKind::Kabupaten);
    /// let r = b.reweighted_ranks(2024, &kabupaten, &PEMDI_2025_DOMAIN_WEIGHTS, Some(2))?;
    /// let bolmong = r.iter().find(|x| x.institution.ends_with("Kab. Bolaang Mongondow")).unwrap();
    /// assert_eq!((bolmong.rank, bolmong.reweighted_rank), (235, 229));
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn reweighted_ranks(
        &self,
        year: i32,
        cohort: &Cohort,
        weights: &[f64],
        decimals: Option<u32>,
    ) -> Result<Vec<Reweighted>> {
        let (names, values, own) = self.domain_table(year, cohort)?;
        if weights.len() != own.len() {
            return Err(Error::field(
                "reweighting",
                "weights",
                format!(
                    "has {} weights; expected one per domain ({})",
                    weights.len(),
                    own.len()
                ),
            ));
        }
        if let Some(k) = weights.iter().position(|w| !(w.is_finite() && *w >= 0.0)) {
            return Err(Error::field(
                "reweighting",
                &format!("weights[{k}]"),
                format!("is {}; expected a finite weight ≥ 0", weights[k]),
            ));
        }
        if weights.iter().sum::<f64>() <= 0.0 {
            return Err(Error::field("reweighting", "weights", "are all 0"));
        }
        let index = recombine(&values, &own, decimals);
        let other = recombine(&values, weights, decimals);
        let (ranks, other_ranks) = (competition_ranks(&index), competition_ranks(&other));
        Ok(names
            .into_iter()
            .enumerate()
            .map(|(i, institution)| Reweighted {
                institution,
                index: index[i],
                rank: ranks[i],
                reweighted_index: other[i],
                reweighted_rank: other_ranks[i],
            })
            .collect())
    }
}

#[cfg(all(test, feature = "spbe-results"))]
mod tests {
    use super::*;
    use crate::benchmark::InstitutionKind;

    #[test]
    fn the_pemdi_weights_move_the_kabupaten() {
        // Checked by a Decimal script over the CSV, independent of the
        // library: 392 kabupaten with four domain values in 2024; with
        // 13/25/16.5/45.5 Banyuwangi 4.76, Kediri 4.62, Sumedang 4.50 lead
        // and Bolaang Mongondow is 2.72, 235th; with 5/35/25/35 they lead
        // with 4.66, 4.46, 4.37 and Bolaang Mongondow is 2.45
        // ((5·2.30 + 35·2.20 + 25·1.00 + 35·3.76)/100 = 2.451), 229th.
        let b = Benchmark::spbe_published().unwrap();
        let r = b
            .reweighted_ranks(
                2024,
                &Cohort::kind(InstitutionKind::Kabupaten),
                &PEMDI_2025_DOMAIN_WEIGHTS,
                Some(2),
            )
            .unwrap();
        assert_eq!(r.len(), 392);
        let find = |suffix: &str| r.iter().find(|x| x.institution.ends_with(suffix)).unwrap();
        let bolmong = find("Kab. Bolaang Mongondow");
        assert_eq!(
            (
                bolmong.index,
                bolmong.rank,
                bolmong.reweighted_index,
                bolmong.reweighted_rank
            ),
            (2.72, 235, 2.45, 229)
        );
        for (name, own, other) in [
            ("Kab. Banyuwangi", 4.76, 4.66),
            ("Kab. Kediri", 4.62, 4.46),
            ("Kab. Sumedang", 4.50, 4.37),
        ] {
            let x = find(name);
            assert_eq!((x.index, x.reweighted_index), (own, other), "{name}");
        }
        let cohort = Cohort::kind(InstitutionKind::Kabupaten);
        let e = b
            .reweighted_ranks(2024, &cohort, &[1.0, 2.0], None)
            .unwrap_err();
        assert!(e.to_string().contains("expected one per domain (4)"), "{e}");
        let e = b
            .reweighted_ranks(2024, &cohort, &[0.0; 4], None)
            .unwrap_err();
        assert!(e.to_string().contains("all 0"), "{e}");
    }
}
