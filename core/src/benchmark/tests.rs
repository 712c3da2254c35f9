//! The published table as data: exact round trip, the reports' own counts,
//! every index against its domains, every predicate against its year's
//! rule, and positions checked by hand against the file.

use super::*;
use crate::exact::Fraction;
use crate::text::Lang;

fn published() -> Benchmark {
    Benchmark::spbe_published().expect("the embedded table reads")
}

fn frac(text: &str) -> Fraction {
    Fraction::parse(text).expect("a decimal")
}

#[test]
fn the_table_round_trips_byte_for_byte() {
    let b = published();
    assert_eq!(b.to_csv(), SPBE_RESULTS_CSV);
    let again = Benchmark::from_csv(&b.to_csv(), b.framework()).expect("reads its own CSV");
    assert_eq!(again.rows(), b.rows());
}

#[test]
fn counts_per_year_and_kind_are_the_reports_own() {
    // core/data/spbe-results-2023-2024.md, "Counts" (92 central + 529
    // regional in 2023, 92 + 523 in 2024).
    let b = published();
    assert_eq!(b.years(), [2023, 2024]);
    for (year, expected) in [(2023, [34, 58, 38, 398, 93]), (2024, [34, 58, 38, 392, 93])] {
        let counts: Vec<usize> = InstitutionKind::ALL
            .iter()
            .map(|k| b.year(year).filter(|r| r.kind == *k).count())
            .collect();
        assert_eq!(counts, expected, "{year}");
    }
    assert_eq!(b.rows().len(), 1236);
    // The three blank cells stay missing (README, "Rows with empty cells").
    let blank: Vec<(&str, i32)> = b
        .rows()
        .iter()
        .filter(|r| r.domains().iter().any(Option::is_none))
        .map(|r| (r.institution.as_str(), r.year))
        .collect();
    assert_eq!(
        blank,
        [
            ("Kementerian Pertanian", 2024),
            ("Kementerian Energi dan Sumber Daya Mineral", 2024),
            ("Pemerintah Provinsi Jawa Timur", 2024)
        ]
    );
}

#[test]
fn every_index_is_its_domains_weighted_within_the_rounding() {
    // index = Σ domain weight × D (spbe-2020: 13, 25, 16.5, 45.5 of 100);
    // the printed domains are rounded, so |index − Σ| ≤ 0.01.
    let b = published();
    let fw = b.framework();
    let total = fw.total_weight();
    let weights: Vec<Fraction> = ["D1", "D2", "D3", "D4"]
        .iter()
        .map(|id| {
            fw.node(id)
                .expect("domain")
                .weight()
                .checked_div(&total)
                .expect("weight")
        })
        .collect();
    assert_eq!(weights[2], frac("0.165"));
    let tolerance = frac("0.01");
    let mut checked = 0;
    for r in b.rows() {
        let (Some(index), [Some(d1), Some(d2), Some(d3), Some(d4)]) = (r.index, r.domains()) else {
            continue;
        };
        let mut sum = Fraction::ZERO;
        for (w, d) in weights.iter().zip([d1, d2, d3, d4]) {
            sum = sum
                .checked_add(&w.checked_mul(&d.to_fraction()).expect("product"))
                .expect("sum");
        }
        let diff = sum.checked_sub(&index.to_fraction()).expect("difference");
        let diff = if diff < Fraction::ZERO {
            Fraction::ZERO.checked_sub(&diff).expect("abs")
        } else {
            diff
        };
        assert!(
            diff <= tolerance,
            "{} {}: {} vs {}",
            r.institution,
            r.year,
            index,
            sum
        );
        checked += 1;
    }
    assert_eq!(checked, 1233);
}

#[test]
fn every_predicate_follows_its_years_rule() {
    // 2023 banded the printed (rounded) index; 2024 the unrounded one, so a
    // printed index exactly at a band's edge may carry the lower predicate
    // in 2024 (README: Nias Barat 1.80, Pacitan 3.50, Luwu 2.60).
    let b = published();
    let bands = b.framework().predicates();
    let band_of = |v: &Fraction| {
        bands
            .iter()
            .position(|p| *v >= p.min)
            .unwrap_or(bands.len() - 1)
    };
    let mut lower_at_edge = Vec::new();
    for r in b.rows() {
        let v = r.index.expect("every row has an index").to_fraction();
        let band = band_of(&v);
        let printed = bands
            .iter()
            .position(|p| p.id == r.predicate_id)
            .expect("a band");
        if printed == band {
            continue;
        }
        assert_eq!(
            r.year, 2024,
            "{}: 2023 bands the rounded index",
            r.institution
        );
        assert_eq!(
            v, bands[band].min,
            "{}: only an edge can differ",
            r.institution
        );
        assert_eq!(printed, band + 1, "{}: one band lower", r.institution);
        lower_at_edge.push((r.institution.as_str(), r.index_text()));
    }
    assert_eq!(
        lower_at_edge,
        [
            ("Pemerintah Kab. Nias Barat", "1.80".into()),
            ("Pemerintah Kab. Pacitan", "3.50".into()),
            ("Pemerintah Kab. Luwu", "2.60".into()),
        ]
    );
    assert_eq!(bands[1].label.get(Lang::Id), "Sangat Baik");
}

#[test]
fn bolaang_mongondow_as_published() {
    // core/data/spbe-results-2023-2024.csv, 2023 Tabel 37 No 3 and 2024 Tabel 38 No 3.
    let b = published();
    let y23 = b.lookup("Kabupaten Bolaang Mongondow", 2023).expect("2023");
    let text = |r: &PublishedResult| {
        r.domains()
            .map(|d| d.map(|d| d.to_string()).unwrap_or_default())
    };
    assert_eq!(text(y23), ["3.60", "3.20", "2.73", "3.96"]);
    assert_eq!(
        (y23.index_text(), y23.predicate_id.as_str()),
        ("3.52".into(), "sangat-baik")
    );
    let y24 = b
        .lookup("pemerintah kab bolaang mongondow", 2024)
        .expect("2024");
    assert_eq!(text(y24), ["2.30", "2.20", "1.00", "3.76"]);
    assert_eq!(
        (y24.index_text(), y24.predicate.as_str()),
        ("2.73".into(), "Baik")
    );
    assert_eq!(
        (y24.report_table, y24.row, y24.province.as_deref()),
        (38, 3, Some("Sulawesi Utara"))
    );
}

#[test]
fn an_unknown_name_lists_the_closest() {
    let b = published();
    let err = b.lookup("Kab. Bolang Mongondow", 2024).unwrap_err();
    let Error::UnknownInstitution {
        candidates, year, ..
    } = &err
    else {
        panic!("{err:?}")
    };
    assert_eq!(*year, 2024);
    assert_eq!(candidates[0], "Pemerintah Kab. Bolaang Mongondow");
    assert_eq!(candidates.len(), 5);
    assert!(err.to_string().starts_with("2024: no institution named `Kab. Bolang Mongondow`; closest: Pemerintah Kab. Bolaang Mongondow;"));
    // Present in 2024 only as "Kotamobagu"; 2023 printed "KotaMobagu".
    assert!(b.lookup("Kota Kotamobagu", 2023).is_ok());
    assert_eq!(
        b.lookup("Kab. Bolaang Mongondow", 2022).unwrap_err().kind(),
        "unknown_institution"
    );
}

#[test]
fn bad_tables_name_the_row_and_column() {
    let fw = published().framework().clone();
    let header = csv_io::COLUMNS.join(",");
    let cases = [
        ("", 1, "year"),
        ("year,institution\n", 1, ""),
        (
            &*format!("{header}\n2024,1,1,X,desa,,1.00,1.00,1.00,1.00,1.00,Kurang\n"),
            2,
            "kind",
        ),
        (
            &*format!("{header}\n2024,1,1,X,kementerian,Aceh,1.00,1.00,1.00,1.00,1.00,Kurang\n"),
            2,
            "province",
        ),
        (
            &*format!("{header}\n2024,1,1,X,kota,Aceh,1,00,1.00,1.00,1.00,1.00,Kurang\n"),
            2,
            "",
        ),
        (
            &*format!("{header}\n2024,1,1,X,kota,Aceh,1.00,1.00,1.00,1.00,3.5x,Kurang\n"),
            2,
            "index",
        ),
        (
            &*format!("{header}\n2024,1,1,X,kota,Aceh,1.00,1.00,1.00,1.00,1.00,Buruk\n"),
            2,
            "predicate",
        ),
        (
            &*format!("{header}\n2024,1,x,X,kota,Aceh,1.00,1.00,1.00,1.00,1.00,Kurang\n"),
            2,
            "row",
        ),
    ];
    for (text, row, column) in cases {
        match Benchmark::from_csv(text, &fw) {
            Err(Error::Csv {
                row: r, column: c, ..
            }) => assert_eq!((r, c.as_str()), (row, column), "{text}"),
            other => panic!("{text}: {other:?}"),
        }
    }
}
