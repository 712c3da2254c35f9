//! The benchmark charts: well-formed, escaped, deterministic, and showing
//! the numbers of the table.

use super::*;
use crate::benchmark::{Benchmark, Cohort, Subject};
use quick_xml::events::Event;

fn published() -> Benchmark {
    Benchmark::spbe_published().expect("the embedded table")
}

/// Parses strictly; returns every text node, joined.
fn texts(svg: &str) -> String {
    let mut reader = quick_xml::Reader::from_str(svg);
    let mut out = String::new();
    loop {
        match reader.read_event() {
            Ok(Event::Eof) => break,
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => {
                let name = String::from_utf8_lossy(e.local_name().as_ref()).to_lowercase();
                assert_ne!(name, "script", "injected element");
            }
            Ok(Event::Text(t)) => out.push_str(&t.decode().expect("text")),
            Ok(Event::GeneralRef(r)) => out.push_str(match AsRef::<[u8]>::as_ref(&*r) {
                b"lt" => "<",
                b"gt" => ">",
                b"amp" => "&",
                b"quot" => "\"",
                _ => "'",
            }),
            Ok(_) => {}
            Err(e) => panic!("not well-formed: {e}\n{svg}"),
        }
    }
    out
}

#[test]
fn distribution_counts_every_member_once_and_marks_the_subject() {
    let b = published();
    let opts = BenchmarkChartOptions::default();
    let subject = Subject::name("Kab. Bolaang Mongondow");
    let svg = benchmark_distribution_svg(&b, 2024, &Cohort::regional(), Some(&subject), &opts)
        .expect("chart");
    assert_eq!(
        svg,
        benchmark_distribution_svg(&b, 2024, &Cohort::regional(), Some(&subject), &opts)
            .expect("again")
    );
    let text = texts(&svg);
    // Each bar's tooltip ends with its count: together the 523 governments.
    let counted: usize = svg
        .split("<title>")
        .skip(2)
        .filter_map(|t| t.split("</title>").next())
        .filter_map(|t| t.rsplit(": ").next())
        .filter_map(|n| n.parse::<usize>().ok())
        .sum();
    assert_eq!(counted, 523);
    assert!(text.contains("Sebaran Indeks SPBE 2024 — pemerintah daerah (n = 523)"));
    // 334 of the 523 regional governments of 2024 published more than 2.73
    // (counted from the file).
    assert!(
        text.contains("Kab. Bolaang Mongondow 2.73 · peringkat 335/523"),
        "{text}"
    );
    for band in ["Memuaskan", "Sangat Baik", "Baik", "Cukup", "Kurang"] {
        assert!(text.contains(band), "{band}");
    }
    let en = BenchmarkChartOptions {
        lang: Lang::En,
        ..opts
    };
    let svg = benchmark_distribution_svg(
        &b,
        2024,
        &Cohort::province("Sulawesi Utara"),
        Some(&Subject::index("3.10").expect("index")),
        &en,
    )
    .expect("chart");
    assert!(texts(&svg).contains("This index 3.10 · rank 4/16"));
    let err = benchmark_distribution_svg(
        &b,
        2024,
        &Cohort::regional(),
        Some(&Subject::name("Atlantis")),
        &opts,
    );
    assert_eq!(err.unwrap_err().kind(), "unknown_institution");
}

#[test]
fn ranking_and_slope_show_the_table() {
    let b = published();
    let opts = BenchmarkChartOptions::default();
    let peers = b.peers("Kab. Bolaang Mongondow", 2024, 0).expect("peers");
    let svg = benchmark_ranking_svg(&b, &peers, &opts);
    let text = texts(&svg);
    assert!(text.contains("Peringkat Indeks SPBE 2024 — kabupaten di Sulawesi Utara"));
    assert!(text.contains("1. Kab. Minahasa Utara3.37"), "{text}");
    assert!(text.contains("4. Kab. Bolaang Mongondow2.73"));
    assert_eq!(svg.matches(r#"class="subject""#).count(), 1);
    let moves = b.movers(2023, 2024, &Cohort::province("Sulawesi Utara"));
    let svg = benchmark_slope_svg(
        &b,
        &moves,
        2023,
        2024,
        &BenchmarkChartOptions {
            lang: Lang::En,
            width: 900,
        },
    );
    let text = texts(&svg);
    assert!(text.contains("Change of the SPBE index 2023 → 2024"));
    assert!(text.contains("Pemerintah Kab. Bolaang Mongondow: 3.52 → 2.73 (-0.79)"));
    assert_eq!(svg.matches(r#"class="move""#).count(), 16);
    // Only Bolaang Mongondow fell (its line and two dots in red).
    assert_eq!(svg.matches("#d1242f").count(), 3);
}

#[test]
fn hostile_names_are_text() {
    let b = published();
    let header = "year,report_table,row,institution,kind,province,d1,d2,d3,d4,index,predicate";
    let csv = format!(
        "{header}\n2024,1,1,\"<script>alert(1)</script> & \"\"Kab.\"\"\",kabupaten,<b>Prov</b>,3.00,3.00,3.00,3.00,3.00,Baik\n2024,1,2,Pemerintah Kab. Lain,kabupaten,<b>Prov</b>,2.00,2.00,2.00,2.00,2.00,Cukup\n"
    );
    let own = Benchmark::from_csv(&csv, b.framework()).expect("reads");
    let opts = BenchmarkChartOptions::default();
    let name = "<script>alert(1)</script> & \"Kab.\"";
    let svg = benchmark_distribution_svg(
        &own,
        2024,
        &Cohort::province("<b>Prov</b>"),
        Some(&Subject::name(name)),
        &opts,
    )
    .expect("chart");
    assert!(!svg.contains("<script>") && !svg.contains("<b>"));
    assert!(texts(&svg).contains(name));
    let peers = own.peers(name, 2024, 1).expect("peers");
    let svg = benchmark_ranking_svg(&own, &peers, &opts);
    assert!(!svg.contains("<script>") && texts(&svg).contains("<script>alert(1)</script>"));
    let moves = [crate::benchmark::Movement {
        institution: name.into(),
        kind: crate::benchmark::InstitutionKind::Kota,
        province: None,
        index_from: crate::exact::Decimal {
            units: 300,
            decimals: 2,
        },
        index_to: crate::exact::Decimal {
            units: 250,
            decimals: 2,
        },
        change: crate::exact::Decimal {
            units: -50,
            decimals: 2,
        },
        domain_changes: [None; 4],
        predicate_from: "baik".into(),
        predicate_to: "cukup".into(),
    }];
    let svg = benchmark_slope_svg(&own, &moves, 2023, 2024, &opts);
    assert!(!svg.contains("<script>") && texts(&svg).contains(name));
}
