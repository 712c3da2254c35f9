//! The masterplan: the sample (examples/data/masterplan.json) with its
//! projection and targets checked by hand, and a small plan whose parts
//! contradict each other in every way the cross-checks know.

use egov_masterplan::masterplan::{FindingKind, Masterplan, Severity, TargetMeasure};
use egov_masterplan::Fraction;
use std::collections::BTreeMap;

fn sample() -> Masterplan {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/data");
    Masterplan::load(path).expect("the sample loads")
}

fn frac(num: i128, den: i128) -> Fraction {
    Fraction::new(num, den).expect("fraction")
}

#[test]
fn the_sample_reaches_two_targets_of_four() {
    let mp = sample();
    let outcomes = mp.targets().expect("targets");
    let summary: Vec<(i32, bool, String, Fraction)> = outcomes
        .iter()
        .map(|t| {
            (
                t.target.year,
                t.met,
                t.reached_rounded.to_string(),
                t.short_by,
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            // 2021: index 817/400 = 2.0425 ≥ 2.00.
            (2021, true, "2.04".into(), Fraction::ZERO),
            // 2022: 559/200 = 2.795, short of 3.00 by 0.205 = 41/200.
            (2022, false, "2.80".into(), frac(41, 200)),
            // 2024: 3429/1000 = 3.429, short of Sangat Baik (3.50) by 0.071.
            (2024, false, "3.43".into(), frac(71, 1000)),
            // 2024, D3: the mean of I21–I31 (equal weights) is 32/11 =
            // 2.909…, short of 3.00 by 1/11.
            (2024, false, "2.91".into(), frac(1, 11)),
        ]
    );
    let steps = |k: usize| -> Vec<String> {
        outcomes[k]
            .steps
            .as_ref()
            .expect("reachable")
            .iter()
            .map(|s| format!("{}:{}→{}", s.indicator, s.from, s.to))
            .collect()
    };
    // A step of an A8 indicator (I42–I47 weigh 3 % of the index each:
    // +0.03) is the heaviest: 0.205 needs 7 (0.21; 6 give 0.18), the
    // lowest levels first (I44 at 2).
    assert_eq!(
        steps(1),
        [
            "I42:3→4",
            "I43:3→4",
            "I44:2→3",
            "I44:3→4",
            "I45:3→4",
            "I46:3→4",
            "I47:3→4"
        ]
    );
    // 0.071 needs 3 A8 steps (0.09; 2 give 0.06).
    assert_eq!(steps(2).len(), 3);
    // One step of any D3 indicator adds 1/11: the lowest level first.
    assert_eq!(steps(3), ["I26:2→3"]);
    // Left out of 2022: the three initiatives finishing in 2023, the one
    // in 2024, and the one the 2023 budget could not take; together they
    // reach 3.00 (the 2024 projection without the last is 3.43).
    assert_eq!(
        outcomes[1].would_cover,
        [
            "audit-aplikasi-keamanan",
            "integrasi-layanan-administrasi",
            "integrasi-layanan-publik",
            "reviu-berkala",
            "stretch-command-center"
        ]
    );
    assert!(outcomes[1].covered_by_them);
    // The unscheduled command centre raises I28 (D3) to 4: D3 reaches 3.
    assert_eq!(outcomes[3].would_cover, ["stretch-command-center"]);
    assert!(outcomes[3].covered_by_them);
    // It raises I16, I20 (2.5 % each) and I28 (1.5 %) from 3 to 4 in
    // 2024: +0.065, short of the 0.071 Sangat Baik needs.
    assert!(!outcomes[2].covered_by_them);
    assert_eq!(
        outcomes[3].target.measure,
        TargetMeasure::Group {
            id: "D3".into(),
            value: frac(3, 1)
        }
    );
}

#[test]
fn the_sample_parts_agree_but_for_one_planned_element() {
    let findings = sample().check();
    let got: Vec<(FindingKind, Severity, Vec<String>)> = findings
        .iter()
        .map(|f| (f.kind, f.severity, f.ids.clone()))
        .collect();
    // sec-tte (TTE certificates) is to-be in the catalog, and no
    // initiative of bolmong-roadmap.json lists it in `creates`.
    assert_eq!(
        got,
        [(
            FindingKind::ToBeNotCreated,
            Severity::Warning,
            vec!["sec-tte".to_owned()]
        )]
    );
    assert_eq!(
        findings[0].message.id(),
        "Elemen rencana (to-be) `sec-tte` tidak dibangun oleh inisiatif mana pun dalam peta rencana."
    );
}

const CATALOG: &str = r#"{"schema_version": 1,
  "agencies": [{"id": "diskominfo", "name": "Dinas Kominfo", "kind": "dinas"},
               {"id": "bappeda", "name": "Bappeda", "kind": "badan"}],
  "elements": [
    {"id": "app-lama", "name": "Aplikasi lama", "domain": "aplikasi", "owner": "diskominfo"},
    {"id": "app-baru", "name": "Aplikasi baru", "domain": "aplikasi", "owner": "diskominfo",
     "lifecycle": {"state": "to-be", "year": 2025}},
    {"id": "app-rencana", "name": "Aplikasi rencana", "domain": "aplikasi", "owner": "bappeda",
     "lifecycle": {"state": "to-be"}}]}"#;

const ROADMAP: &str = r#"{"schema_version": 1, "id": "r", "name": "R",
  "horizon": {"start": "2024-01-01", "end": "2025-12-31"},
  "initiatives": [
    {"id": "a", "name": "A", "area": "aplikasi", "owner": "dinkes", "duration_months": 3,
     "raises": {"I1": 2}, "creates": ["app-lama", "app-hantu"]},
    {"id": "b", "name": "B", "area": "aplikasi", "owner": "diskominfo", "duration_months": 3,
     "retires": ["app-baru"]}]}"#;

fn files(assessments: &str) -> BTreeMap<String, Vec<u8>> {
    let levels: Vec<String> = (1..=47)
        .map(|i| format!("\"I{i}\": {}", if i == 1 { 3 } else { 2 }))
        .collect();
    let baseline = format!(
        r#"{{"subject": "pemkab-x", "period": 2024, "levels": {{{}}}}}"#,
        levels.join(",")
    );
    BTreeMap::from([
        ("baseline.json".to_owned(), baseline.into_bytes()),
        ("catalog.json".to_owned(), CATALOG.as_bytes().to_vec()),
        ("roadmap.json".to_owned(), ROADMAP.as_bytes().to_vec()),
        ("opd.csv".to_owned(), assessments.as_bytes().to_vec()),
    ])
}

const MANIFEST: &str = r#"{"schema_version": 1,
  "government": {"id": "pemkab-x", "name": "Kabupaten X"},
  "period": {"start": 2024, "end": 2026}, "framework": "spbe-2020",
  "baseline": "baseline.json", "assessments": ["opd.csv"],
  "architecture": "catalog.json", "roadmap": "roadmap.json",
  "targets": [{"year": 2027, "index": "2.00"}, {"year": 2025, "domain": "D9", "index": "2"},
              {"year": 2025, "predicate": "istimewa"}],
  "policies": [{"indicator": "I99", "title": "Perbup 1/2020"}]}"#;

#[test]
fn every_cross_check_names_both_sides() {
    let opd = "instansi;tahun;indikator;tingkat\nbappeda;2024;I1;3\ndinsos;2024;I1;2\npemkab-x;2023;I1;2\n";
    let mp = Masterplan::from_json(MANIFEST, &files(opd)).expect("loads");
    let findings = mp.check();
    let got: Vec<(&str, &str, Vec<&str>)> = findings
        .iter()
        .map(|f| {
            (
                f.kind.as_str(),
                f.severity.as_str(),
                f.ids.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("unknown-owner", "error", vec!["a", "dinkes"]),
            ("unknown-subject", "warning", vec!["dinsos"]),
            ("lowering-raise", "warning", vec!["a", "I1"]),
            ("lifecycle-conflict", "error", vec!["a", "app-lama"]),
            ("unknown-element", "error", vec!["a", "app-hantu"]),
            ("lifecycle-conflict", "error", vec!["b", "app-baru"]),
            ("to-be-not-created", "warning", vec!["app-baru"]),
            ("to-be-not-created", "warning", vec!["app-rencana"]),
            ("target-outside-period", "error", vec!["2027"]),
            ("unknown-target", "error", vec!["2025", "D9"]),
            ("unknown-target", "error", vec!["2025", "istimewa"]),
            ("unknown-policy-indicator", "error", vec!["I99"]),
            ("horizon-short", "warning", vec!["r"]),
        ]
    );
    let messages: Vec<(String, String)> = findings
        .iter()
        .map(|f| (f.message.id().to_owned(), f.message.en().to_owned()))
        .collect();
    assert_eq!(
        messages[0],
        (
            "Inisiatif `a` dimiliki `dinkes`, yang bukan perangkat daerah dalam katalog arsitektur.".to_owned(),
            "Initiative `a` is owned by `dinkes`, which is not an agency of the architecture catalog.".to_owned()
        )
    );
    assert_eq!(
        messages[12].1,
        "The horizon of roadmap `r` (2024-01-01 to 2025-12-31) does not cover the whole plan period 2024–2026."
    );
    // A target the framework cannot measure is an error of `targets()`.
    assert_eq!(mp.targets().unwrap_err().kind(), "unknown_node");
}

#[test]
fn a_part_that_does_not_read_names_itself_and_its_file() {
    let good = files("subject,period,indicator,level\n");
    let mut missing = good.clone();
    missing.remove("catalog.json");
    let e = Masterplan::from_json(MANIFEST, &missing).unwrap_err();
    assert_eq!(
        e.to_string(),
        "masterplan architecture `catalog.json`: the file was not found"
    );
    assert_eq!(e.kind(), "masterplan_part");
    assert_eq!(e.fields()["error_kind"], "file");
    let mut bad = good.clone();
    bad.insert(
        "roadmap.json".into(),
        ROADMAP.replace("\"I1\": 2", "\"I99\": 2").into_bytes(),
    );
    let e = Masterplan::from_json(MANIFEST, &bad).unwrap_err();
    assert_eq!(
        e.to_string(),
        "masterplan roadmap `roadmap.json`: initiative `a` raises `I99`, which framework `spbe-2020` lacks"
    );
    assert_eq!(e.fields()["error_kind"], "unknown_indicator");
    let mut broken = good.clone();
    broken.insert(
        "opd.csv".into(),
        b"subject,period,indicator,level\nx,2024,I1,9\n".to_vec(),
    );
    let e = Masterplan::from_json(MANIFEST, &broken).unwrap_err();
    assert_eq!(
        e.to_string(),
        "masterplan assessments[0] `opd.csv`: x 2024: indicator `I1` level 9 is outside the scale 1–5"
    );
    // The part's own error kind, and the part and file as fields.
    assert_eq!(
        serde_json::Value::Object(e.fields()),
        serde_json::json!({"part": "assessments[0]", "file": "opd.csv", "error_kind": "level_out_of_range",
            "detail": "x 2024: indicator `I1` level 9 is outside the scale 1–5"})
    );
    let cases = [
        (MANIFEST.replace("\"end\": 2026", "\"end\": 2020"), "masterplan: field `period` ends (2020) before it starts (2024)"),
        (MANIFEST.replace("{\"year\": 2027, \"index\": \"2.00\"}", "{\"year\": 2027}"),
         "masterplan: field `targets[0]` must give `index`, `predicate`, or `domain` with `index`"),
        (MANIFEST.replace("{\"year\": 2027, \"index\": \"2.00\"}", "{\"year\": 2027, \"index\": \"2,5\"}"),
         "masterplan: field `targets[0].index` `2,5`: "),
    ];
    for (manifest, message) in cases {
        let e = Masterplan::from_json(&manifest, &good).unwrap_err();
        assert!(e.to_string().starts_with(message), "{e}");
    }
    let e = Masterplan::from_json(
        &MANIFEST
            .replace("\"sample\"", "\"x\"")
            .replace("\"policies\"", "\"polices\""),
        &good,
    )
    .unwrap_err();
    assert_eq!(e.kind(), "json");
}

#[test]
fn an_unreachable_group_target_has_no_steps() {
    // D1 at the top of the scale is 5: 5.01 cannot be reached.
    let manifest = MANIFEST.replace(
        r#""targets": [{"year": 2027, "index": "2.00"}, {"year": 2025, "domain": "D9", "index": "2"},
              {"year": 2025, "predicate": "istimewa"}]"#,
        r#""targets": [{"year": 2025, "domain": "D1", "index": "5.01"}, {"year": 2025, "domain": "D1", "index": "2.10"}]"#,
    );
    let mp = Masterplan::from_json(&manifest, &files("subject,period,indicator,level\n"))
        .expect("loads");
    let outcomes = mp.targets().expect("targets");
    assert!(!outcomes[0].met && outcomes[0].steps.is_none());
    // D1 (I1–I10, equal weights) is 21/10 = 2.10 at the baseline (I1 at
    // 3, the rest at 2): met, nothing to add.
    assert!(outcomes[1].met && outcomes[1].steps.is_none());
    assert_eq!(outcomes[1].reached, frac(21, 10));
}

#[test]
fn a_baseline_must_rate_every_indicator() {
    let mut partial = files("subject,period,indicator,level\n");
    partial.insert(
        "baseline.json".into(),
        br#"{"subject": "pemkab-x", "period": 2024, "levels": {"I1": 2}}"#.to_vec(),
    );
    let e = Masterplan::from_json(MANIFEST, &partial).unwrap_err();
    assert!(
        e.to_string().starts_with(
            "masterplan baseline `baseline.json`: pemkab-x 2024: 46 indicator(s) not rated: I2, I3"
        ),
        "{e}"
    );
    assert_eq!(e.fields()["error_kind"], "missing_levels");
}

#[test]
fn findings_and_outcomes_as_json() {
    let mp = sample();
    let targets: serde_json::Value =
        serde_json::from_str(&mp.targets_json().expect("json")).expect("parses");
    assert_eq!(
        targets[1],
        serde_json::json!({
            "year": 2022, "measure": "index", "group": null, "predicate": null,
            "source": {"id": "RPJMD 2017–2022 (ilustratif)", "en": "RPJMD 2017–2022 (illustrative)"},
            "required": "3", "required_text": "3.00", "reached": "559/200", "reached_text": "2.80",
            "met": false, "short_by": "41/200",
            "steps": targets[1]["steps"].clone(),
            "would_cover": ["audit-aplikasi-keamanan", "integrasi-layanan-administrasi",
                            "integrasi-layanan-publik", "reviu-berkala", "stretch-command-center"],
            "covered_by_them": true
        })
    );
    // 559/200 + 7 × 3/100 = 601/200 = 3.005.
    assert_eq!(targets[1]["steps"][6]["value_after"], "601/200");
    assert_eq!(targets[1]["steps"][6]["value_after_text"], "3.01");
    assert_eq!(targets[0]["steps"], serde_json::Value::Null);
    let findings: serde_json::Value = serde_json::from_str(&mp.check_json()).expect("parses");
    assert_eq!(
        findings[0]["message"]["en"],
        "The planned (to-be) element `sec-tte` is created by no initiative of the roadmap."
    );
}

#[test]
fn the_sources_read_back_to_the_same_plan() {
    let mp = sample();
    let (manifest, files) = mp.sources();
    let names: Vec<&str> = files.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "bolmong-architecture.json",
            "bolmong-assessments.csv",
            "bolmong-baseline-2019.json",
            "bolmong-roadmap.json"
        ]
    );
    let again = Masterplan::from_json(manifest, files).expect("reads back");
    let lang = egov_masterplan::Lang::En;
    assert_eq!(
        again.to_html(lang).expect("html"),
        mp.to_html(lang).expect("html")
    );
    assert_eq!(
        again.targets_json().expect("json"),
        mp.targets_json().expect("json")
    );
}
