//! Section 0b: how robust a rank is. Indonesia in the UN E-Government
//! Development Index 2022, recomputed from its published components, and
//! its rank interval when the three weights move by ±20 %; then Kabupaten
//! Bolaang Mongondow's 2024 SPBE rank among all kabupaten under the same
//! noise on the four domain weights.

use crate::Res;
use egov_masterplan::benchmark::{
    Benchmark, Cohort as SpbeCohort, InstitutionKind, PEMDI_2025_DOMAIN_WEIGHTS,
};
use egov_masterplan::composite::{Cohort, CohortUncertaintyOptions, UncertaintyOptions};
use egov_masterplan::Framework;

/// UN DESA's E-Government Survey 2022 (core/data/international).
const EGDI: &str = include_str!("../../core/data/international/egdi-2022.csv");

/// The EGDI table as a cohort: ids from `iso3`, the three components.
fn egdi_cohort() -> Res<Cohort> {
    let mut lines = EGDI.lines();
    let header: Vec<&str> = lines.next().ok_or("empty table")?.split(',').collect();
    let at = |name: &str| {
        header
            .iter()
            .position(|h| *h == name)
            .ok_or("missing column")
    };
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    let ids = rows.iter().map(|r| r[1].to_owned()).collect();
    let mut columns = Vec::new();
    for key in ["osi", "hci", "tii"] {
        let c = at(key)?;
        let values = rows
            .iter()
            .map(|r| r[c].parse::<f64>().map(Some))
            .collect::<Result<Vec<_>, _>>()?;
        columns.push((key.to_owned(), values));
    }
    Ok(Cohort::new(ids, columns)?)
}

/// Prints both analyses.
pub fn run() -> Res {
    crate::section("0b. How robust is a rank? (Monte Carlo over the weights, ±20 %, seeded)");
    let egdi = Framework::builtin("un-egdi-2022")?;
    let cohort = egdi_cohort()?;
    let scores = egdi.score_cohort(&cohort)?;
    let idn = scores
        .units
        .iter()
        .find(|u| u.id == "IDN")
        .ok_or("Indonesia")?;
    let options = CohortUncertaintyOptions {
        weight_noise: 0.2,
        samples: 2000,
        seed: 2022,
        ..Default::default()
    };
    let u = egdi.uncertainty(&cohort, &options)?;
    let r = u.units.iter().find(|u| u.id == "IDN").ok_or("Indonesia")?;
    println!(
        "  Indonesia, UN EGDI 2022: index {:.4} from OSI, HCI, TII (published 0.7160), rank {} of {}, group {}",
        idn.index.unwrap_or(f64::NAN),
        idn.rank.unwrap_or(0),
        scores.units.len(),
        idn.group.as_deref().unwrap_or("-"),
    );
    println!(
        "    weights ±20 % ({} samples): median rank {}, 90 % of ranks within {}–{}, mean shift {:.1}",
        options.samples, r.median_rank, r.p05, r.p95, r.mean_shift
    );
    let b = Benchmark::spbe_published()?;
    let kabupaten = SpbeCohort::kind(InstitutionKind::Kabupaten);
    let spbe = UncertaintyOptions {
        weight_noise: 0.2,
        samples: 2000,
        seed: 2024,
        decimals: Some(2),
    };
    let ranks = b.weight_robustness(2024, &kabupaten, &spbe)?;
    let (_, bolmong) = ranks
        .iter()
        .find(|(name, _)| name.ends_with("Kab. Bolaang Mongondow"))
        .ok_or("Bolaang Mongondow")?;
    println!(
        "  Kab. Bolaang Mongondow, SPBE 2024 among {} kabupaten: rank {} on the domain values, \
         domain weights ±20 %: median {}, 90 % within {}–{}",
        ranks.len(),
        bolmong.nominal_rank,
        bolmong.median_rank,
        bolmong.p05,
        bolmong.p95
    );
    let reweighted = b.reweighted_ranks(2024, &kabupaten, &PEMDI_2025_DOMAIN_WEIGHTS, Some(2))?;
    let r = reweighted
        .iter()
        .find(|r| r.institution.ends_with("Kab. Bolaang Mongondow"))
        .ok_or("Bolaang Mongondow")?;
    println!(
        "    with the Pemdi 2025 weights mapped onto the domains (5/35/25/35, an assumed mapping): \
         {:.2} instead of {:.2}, rank {} instead of {}",
        r.reweighted_index, r.index, r.reweighted_rank, r.rank
    );
    Ok(())
}
