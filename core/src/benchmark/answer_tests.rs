//! The questions asked of the published table, answered and checked by
//! hand against the file: positions, movers, distributions, peers, JSON.

use super::*;
use crate::exact::Fraction;

fn published() -> Benchmark {
    Benchmark::spbe_published().expect("the embedded table reads")
}

fn frac(text: &str) -> Fraction {
    Fraction::parse(text).expect("a decimal")
}

#[test]
fn positions_checked_by_hand() {
    let b = published();
    // Sulawesi Utara 2024 (16 governments), sorted: 2.23 2.34 2.39 2.46 2.46
    // 2.48 2.66 2.73 2.88 2.93 3.01 3.02 3.03 3.31 3.37 3.93. Bolaang
    // Mongondow 2.73: eight higher, seven lower. Quartiles by linear
    // interpolation: h = 3.75 → 2.46; h = 7.5 → (2.73 + 2.88)/2 = 2.805;
    // h = 11.25 → 3.02 + 0.25 × 0.01 = 3.0225.
    let p = b
        .position(
            2024,
            &Subject::name("Kab. Bolaang Mongondow"),
            &Cohort::province("Sulawesi Utara"),
        )
        .expect("position");
    assert_eq!((p.rank, p.count, p.below, p.percentile), (9, 16, 7, 43.75));
    assert_eq!(
        p.institution.as_deref(),
        Some("Pemerintah Kab. Bolaang Mongondow")
    );
    assert_eq!(p.quartiles.q1, frac("2.46"));
    assert_eq!(p.quartiles.median, frac("2.805"));
    assert_eq!(p.quartiles.q3, frac("3.0225"));
    // In 2023 (3.52) it led its province.
    let p = b
        .position(
            2023,
            &Subject::name("Kab. Bolaang Mongondow"),
            &Cohort::province("Sulawesi Utara"),
        )
        .expect("position");
    assert_eq!((p.rank, p.count, p.below), (1, 16, 15));
    // Among all 392 kabupaten of 2024, and a self-assessed 3.10 among the 523
    // regional governments (the pandas check in the Python suite recounts these).
    let kab = Cohort::kind(InstitutionKind::Kabupaten);
    let p = b
        .position(2024, &Subject::name("Kab. Bolaang Mongondow"), &kab)
        .expect("position");
    assert_eq!((p.rank, p.count, p.below), (232, 392, 157));
    let p = b
        .position(
            2024,
            &Subject::index("3.10").expect("index"),
            &Cohort::regional(),
        )
        .expect("position");
    assert_eq!(
        (p.rank, p.count, p.below, p.institution),
        (243, 523, 279, None)
    );
    // Ties share a rank: two governments of Sulawesi Utara printed 2.46.
    let p = b
        .position(
            2024,
            &Subject::index("2.46").expect("index"),
            &Cohort::province("Sulawesi Utara"),
        )
        .expect("position");
    assert_eq!((p.rank, p.below), (12, 3));
    let empty = Cohort::province("Atlantis");
    assert_eq!(
        b.position(2024, &Subject::index("3").expect("index"), &empty)
            .unwrap_err()
            .kind(),
        "empty_cohort"
    );
    assert_eq!(Subject::index("3,10").unwrap_err().kind(), "invalid_field");
}

#[test]
fn positions_among_kabupaten_and_kota() {
    let b = published();
    // The 15 kabupaten and kota of Sulawesi Utara in 2024 (the list above
    // without the province's 3.01): Manado 3.93, Minahasa Utara 3.37,
    // Bitung 3.31, Tomohon 3.03, Minahasa Tenggara 3.02, Kotamobagu 2.93
    // and Bolaang Mongondow Timur 2.88 are above 2.73; seven are below.
    let local = Cohort::province("Sulawesi Utara").local_only();
    let p = b
        .position(2024, &Subject::name("Kab. Bolaang Mongondow"), &local)
        .expect("position");
    assert_eq!((p.rank, p.count, p.below), (8, 15, 7));
    assert_eq!(p.cohort, "regencies and cities in Sulawesi Utara");
    // A province is not in its own local cohort.
    let own = b.position(2024, &Subject::name("Provinsi Sulawesi Utara"), &local);
    assert_eq!(own.expect("an index is placed, not a member").count, 15);
    // Every kabupaten and kota of 2024 with a published index: the 523
    // regional governments less the 38 provinces.
    let all_local = b
        .position(
            2024,
            &Subject::index("3.10").expect("index"),
            &Cohort::local(),
        )
        .expect("position");
    assert_eq!(all_local.count, 523 - 38);
    // An index with more decimals than any printed value is refused.
    let fine = Subject::Index(crate::exact::Decimal {
        units: 31,
        decimals: 7,
    });
    let err = b.position(2024, &fine, &local).unwrap_err();
    assert_eq!(err.kind(), "invalid_field");
}

#[test]
fn movers_2023_to_2024() {
    // Recounted from the file with a separate script (names matched in the
    // same forgiving form, with kind and province): 585 institutions in
    // both years; Kab. Banyuasin rose most (1.05 → 2.71), Kab. Bolaang
    // Mongondow fell most (3.52 → 2.73); 238 changed predicate.
    let b = published();
    let all = b.movers(2023, 2024, &Cohort::all());
    assert_eq!(all.len(), 585);
    assert_eq!(
        (all[0].institution.as_str(), all[0].change.to_string()),
        ("Pemerintah Kab. Banyuasin", "1.66".into())
    );
    let last = all.last().expect("a mover");
    assert_eq!(
        (last.institution.as_str(), last.change.to_string()),
        ("Pemerintah Kab. Bolaang Mongondow", "-0.79".into())
    );
    // D1 3.60 → 2.30, D2 3.20 → 2.20, D3 2.73 → 1.00, D4 3.96 → 3.76.
    let domains = last
        .domain_changes
        .map(|d| d.map(|d| d.to_string()).unwrap_or_default());
    assert_eq!(domains, ["-1.30", "-1.00", "-1.73", "-0.20"]);
    assert!(last.predicate_changed());
    assert_eq!(
        (last.predicate_from.as_str(), last.predicate_to.as_str()),
        ("sangat-baik", "baik")
    );
    assert_eq!(all.iter().filter(|m| m.predicate_changed()).count(), 238);
    // "KotaMobagu" (2023) and "Kotamobagu" (2024) are one city.
    let sulut = b.movers(2023, 2024, &Cohort::province("Sulawesi Utara"));
    assert_eq!(sulut.len(), 16);
    assert!(sulut
        .iter()
        .any(|m| m.institution == "Pemerintah Kota Kotamobagu"));
    assert_eq!(
        (sulut[0].institution.as_str(), sulut[0].change.to_string()),
        ("Pemerintah Kota Manado", "0.98".into())
    );
}

#[test]
fn distribution_of_regional_governments_2024() {
    // 523 regional governments: Memuaskan 29, Sangat Baik 138, Baik 215,
    // Cukup 123, Kurang 18 (recounted from the file); index quartiles by
    // linear interpolation 2.555, 3.04, 3.66.
    let d = published()
        .distribution(2024, &Cohort::regional())
        .expect("distribution");
    assert_eq!(d.count, 523);
    let counts: Vec<(&str, usize)> = d
        .predicates
        .iter()
        .map(|p| (p.label.as_str(), p.count))
        .collect();
    assert_eq!(
        counts,
        [
            ("Memuaskan", 29),
            ("Sangat Baik", 138),
            ("Baik", 215),
            ("Cukup", 123),
            ("Kurang", 18)
        ]
    );
    assert_eq!(d.share("baik"), 215.0 * 100.0 / 523.0);
    assert_eq!(
        (d.index.q1, d.index.median, d.index.q3),
        (frac("2.555"), frac("3.04"), frac("3.66"))
    );
    assert!(d.domains.iter().all(Option::is_some));
    let empty = published().distribution(2024, &Cohort::province("Atlantis"));
    assert_eq!(empty.unwrap_err().kind(), "empty_cohort");
}

#[test]
fn peers_of_bolaang_mongondow_2024() {
    // The eleven kabupaten of Sulawesi Utara in 2024, highest first (from the
    // file): Minahasa Utara 3.37, Minahasa Tenggara 3.02, Bolaang Mongondow
    // Timur 2.88, Bolaang Mongondow 2.73, Bolaang Mongondow Selatan 2.66,
    // Minahasa Selatan 2.48, Kepulauan Sangihe 2.46, Siau Tagulandang Biaro
    // 2.46, Kepulauan Talaud 2.39, Bolaang Mongondow Utara 2.34, Minahasa 2.23.
    let p = published()
        .peers("Bolaang Mongondow", 2024, 5)
        .expect("peers");
    let table: Vec<(String, usize, bool)> = p
        .table
        .iter()
        .map(|r| {
            (
                r.institution
                    .trim_start_matches("Pemerintah Kab. ")
                    .to_owned(),
                r.rank,
                r.subject,
            )
        })
        .collect();
    assert_eq!(table[3], ("Bolaang Mongondow".into(), 4, true));
    // The two 2.46 share rank 7; the next is 9th.
    assert_eq!((table[6].1, table[7].1, table[8].1), (7, 7, 9));
    assert_eq!(table.iter().filter(|r| r.2).count(), 1);
    // Nearest kabupaten nationally: three at exactly 2.73, then the two at
    // 0.01 (Gunung Mas 2.74 before Parigi Moutong 2.72 by name).
    let nearest: Vec<(&str, String)> = p
        .nearest
        .iter()
        .map(|r| (r.institution.as_str(), r.index.to_string()))
        .collect();
    assert_eq!(
        nearest,
        [
            ("Pemerintah Kab. Barito Utara", "2.73".to_string()),
            ("Pemerintah Kab. Halmahera Utara", "2.73".to_string()),
            ("Pemerintah Kab. Mempawah", "2.73".to_string()),
            ("Pemerintah Kab. Gunung Mas", "2.74".to_string()),
            ("Pemerintah Kab. Parigi Moutong", "2.72".to_string()),
        ]
    );
    // Rank in the whole kind: 232 of 392, like position().
    assert!(p.nearest.iter().take(3).all(|r| r.rank == 232));
}

#[test]
fn answers_as_canonical_json() {
    let b = published();
    let p = b
        .position(
            2024,
            &Subject::name("Kab. Bolaang Mongondow"),
            &Cohort::province("Sulawesi Utara"),
        )
        .expect("position");
    assert_eq!(
        p.to_json(),
        r#"{"below":7,"cohort":"regional governments in Sulawesi Utara","count":16,"index":2.73,"institution":"Pemerintah Kab. Bolaang Mongondow","percentile":43.75,"quartiles":{"median":2.805,"q1":2.46,"q3":3.0225},"rank":9,"year":2024}"#
    );
    let row = b.lookup("Kementerian Pertanian", 2024).expect("row");
    let v: serde_json::Value = serde_json::from_str(&row.to_json()).expect("json");
    assert_eq!(
        (
            v["d1"].is_null(),
            v["province"].is_null(),
            v["kind"].as_str()
        ),
        (true, true, Some("kementerian"))
    );
    let moves = b.movers(2023, 2024, &Cohort::province("Sulawesi Utara"));
    let v: serde_json::Value = serde_json::from_str(&Movement::list_to_json(&moves)).expect("json");
    assert_eq!(v[15]["change"], serde_json::json!(-0.79));
    assert_eq!(
        v[15]["domain_changes"],
        serde_json::json!([-1.3, -1.0, -1.73, -0.2])
    );
    let d = b
        .distribution(2024, &Cohort::regional())
        .expect("distribution");
    let v: serde_json::Value = serde_json::from_str(&d.to_json()).expect("json");
    assert_eq!(
        v["predicates"][2],
        serde_json::json!({"count": 215, "id": "baik", "label": "Baik"})
    );
    let peers = b.peers("Kab. Bolaang Mongondow", 2024, 2).expect("peers");
    let v: serde_json::Value = serde_json::from_str(&peers.to_json()).expect("json");
    assert_eq!(
        (
            v["table"][3]["subject"].as_bool(),
            v["nearest"].as_array().map(Vec::len)
        ),
        (Some(true), Some(2))
    );
}
