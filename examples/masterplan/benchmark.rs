//! Section 0: the real story, from the published SPBE results (official
//! data, KemenPANRB's 2023 and 2024 evaluation reports): Kabupaten Bolaang
//! Mongondow's results, its rank in Sulawesi Utara (among its governments
//! and among its kabupaten and kota) and among all kabupaten,
//! the domain that fell, and charts of where it stands.

use crate::Res;
use egov_masterplan::benchmark::{Benchmark, Cohort, InstitutionKind, Subject};
use egov_masterplan::render::{
    benchmark_distribution_svg, benchmark_ranking_svg, benchmark_slope_svg, BenchmarkChartOptions,
};

/// The regency the example is about, as the reports print it.
const REGENCY: &str = "Kab. Bolaang Mongondow";
const PROVINCE: &str = "Sulawesi Utara";
const DOMAINS: [&str; 4] = [
    "D1 Kebijakan Internal",
    "D2 Tata Kelola",
    "D3 Manajemen",
    "D4 Layanan",
];

/// Prints the published results and positions; returns the charts to write.
pub fn run() -> Res<Vec<(&'static str, String)>> {
    crate::section(
        "0. Published SPBE results (OFFICIAL data: KemenPANRB evaluation reports 2023, 2024)",
    );
    let b = Benchmark::spbe_published()?;
    let province = Cohort::province(PROVINCE);
    let local = Cohort::province(PROVINCE).local_only();
    let kabupaten = Cohort::kind(InstitutionKind::Kabupaten);
    let subject = Subject::name(REGENCY);
    for year in b.years() {
        let r = b.lookup(REGENCY, year)?;
        let domains: Vec<String> = r.domains().iter().map(|d| crate::shown(*d)).collect();
        println!(
            "  {year}  {}: index {} ({}); D1–D4 {}  [Tabel {} No {}]",
            r.institution,
            r.index_text(),
            r.predicate,
            domains.join(" / "),
            r.report_table,
            r.row
        );
        for (label, cohort) in [
            (format!("governments of {PROVINCE}"), &province),
            (format!("kabupaten/kota of {PROVINCE}"), &local),
            ("kabupaten in Indonesia".to_owned(), &kabupaten),
        ] {
            let p = b.position(year, &subject, cohort)?;
            println!(
                "        rank {:>3} of {:<3} {label} (above {:.0}% of them; median {})",
                p.rank,
                p.count,
                p.percentile,
                p.quartiles.median.to_f64()
            );
        }
    }
    let moves = b.movers(2023, 2024, &province);
    if let Some(m) = moves
        .iter()
        .find(|m| m.institution.ends_with("Bolaang Mongondow"))
    {
        let (k, fall) = m
            .domain_changes
            .iter()
            .enumerate()
            .filter_map(|(k, d)| d.map(|d| (k, d)))
            .min_by_key(|(_, d)| d.units)
            .ok_or("no domain values")?;
        println!(
            "  2023 → 2024: index {} → {} ({}), {} → {}; the largest fall: {} ({})",
            m.index_from,
            m.index_to,
            m.change,
            m.predicate_from,
            m.predicate_to,
            DOMAINS.get(k).copied().unwrap_or("?"),
            fall
        );
    }
    let national = b.movers(2023, 2024, &Cohort::all());
    if let Some(last) = national.last() {
        println!(
            "  Largest fall of all {} institutions evaluated in both years: {} ({})",
            national.len(),
            last.institution,
            last.change
        );
    }
    println!();
    let opts = BenchmarkChartOptions::default();
    let peers = b.peers(REGENCY, 2024, 5)?;
    Ok(vec![
        (
            "benchmark-2024-regional.svg",
            benchmark_distribution_svg(&b, 2024, &Cohort::regional(), Some(&subject), &opts)?,
        ),
        (
            "benchmark-2024-sulawesi-utara.svg",
            benchmark_ranking_svg(&b, &peers, &opts),
        ),
        (
            "benchmark-2023-2024-sulawesi-utara.svg",
            benchmark_slope_svg(&b, &moves, 2023, 2024, &opts),
        ),
    ])
}
