//! Framework documents beyond the shared error vectors: what custom
//! frameworks may express, and the built-ins' structure against the spec.

use egov_masterplan::{framework::Status, Assessment, Fraction, Framework, Lang};
use serde_json::{json, Value};

fn errors_base() -> Value {
    let path = format!(
        "{}/../tests/vectors/errors.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    v["valid_framework"].clone()
}

#[test]
fn spbe_2020_matches_the_regulation_table() {
    let fw = Framework::builtin("spbe-2020").unwrap();
    assert_eq!(fw.status(), Status::Official);
    assert_eq!(fw.tiers(), ["domain", "aspect", "indicator"]);
    // SPBE.md §1: domain and aspect weights, indicators per aspect, each weight.
    let table = [
        ("D1", "13", &[("A1", "13", 10, "1.3")][..]),
        (
            "D2",
            "25",
            &[
                ("A2", "10", 4, "2.5"),
                ("A3", "10", 4, "2.5"),
                ("A4", "5", 2, "2.5"),
            ],
        ),
        (
            "D3",
            "16.5",
            &[("A5", "12", 8, "1.5"), ("A6", "4.5", 3, "1.5")],
        ),
        (
            "D4",
            "45.5",
            &[("A7", "27.5", 10, "2.75"), ("A8", "18", 6, "3")],
        ),
    ];
    for (d, dw, aspects) in table {
        assert_eq!(
            fw.node(d).unwrap().weight(),
            Fraction::parse(dw).unwrap(),
            "{d}"
        );
        for (a, aw, count, each) in aspects {
            let node = fw.node(a).unwrap();
            assert_eq!(node.weight(), Fraction::parse(aw).unwrap(), "{a}");
            let range = node.indicator_range();
            assert_eq!(range.len(), *count, "{a}");
            for ind in fw.indicators().skip(range.start).take(range.len()) {
                assert_eq!(ind.weight(), Fraction::parse(each).unwrap(), "{}", ind.id());
            }
        }
    }
    assert_eq!(fw.indicator_ladder("I31").unwrap().name, "process");
    assert_eq!(fw.indicator_ladder("I32").unwrap().name, "service");
    let service = fw.indicator_ladder("I40").unwrap();
    assert_eq!(service.level(4).unwrap().name.get(Lang::Id), "Kolaborasi");
    let bands: Vec<(&str, String)> = fw
        .predicates()
        .iter()
        .map(|p| (p.id.as_str(), p.min.to_literal()))
        .collect();
    assert_eq!(
        bands,
        [
            ("memuaskan", "4.2".into()),
            ("sangat-baik", "3.5".into()),
            ("baik", "2.6".into()),
            ("cukup", "1.8".into()),
            ("kurang", "1".into())
        ]
    );
}

#[test]
fn other_builtins_have_their_documented_shape() {
    let fw = Framework::builtin("spbe-2018").unwrap();
    assert_eq!(
        (fw.status(), fw.indicator_count()),
        (Status::Provisional, 35)
    );
    assert_eq!(fw.tier("aspect").count(), 7);
    assert_eq!(fw.node("A6").unwrap().weight().to_string(), "35");
    let fw = Framework::builtin("pemdi-2025").unwrap();
    assert_eq!(fw.tiers(), ["aspect", "indicator"]);
    assert_eq!((fw.tier("aspect").count(), fw.indicator_count()), (9, 35));
    assert_eq!(fw.node("I20").unwrap().weight().to_string(), "10/3");
    assert_eq!(fw.node("A9").unwrap().weight().to_string(), "20");
    assert_eq!(
        Framework::builtin_ids(),
        ["spbe-2020", "spbe-2018", "pemdi-2025"]
    );
    assert_eq!(
        Framework::builtin_composite_ids(),
        [
            "un-egdi-2022",
            "oecd-dgi-2019",
            "oecd-dgi-2023",
            "wb-gtmi-2022"
        ]
    );
    let err = Framework::builtin("spbe-2030").unwrap_err();
    assert!(
        err.to_string().contains("spbe-2020, spbe-2018, pemdi-2025"),
        "{err}"
    );
}

#[test]
fn a_zero_to_five_scale_accepts_level_zero() {
    let mut doc = errors_base();
    doc["scale"] = json!({"min": 0, "max": 5});
    doc["ladders"]["process"].as_array_mut().unwrap().insert(
        0,
        json!({"level": 0, "name": "Tidak ada", "criterion": "none"}),
    );
    doc["predicates"][4]["min"] = json!("0");
    let fw = Framework::from_json(&doc.to_string()).unwrap();
    let mut a = Assessment::new("x", 2018);
    a.set("I1", 0).set("I2", 0).set("I3", 5);
    // (0·1 + 0·2 + 5·1.5) / 4.5 = 5/3
    let card = fw.score(&a).unwrap();
    assert_eq!(card.exact_index().to_string(), "5/3");
    assert_eq!(card.index(), 1.67);
    assert_eq!(card.predicate().id, "kurang");
}

#[test]
fn ladders_are_inherited_and_a_single_ladder_is_the_default() {
    let mut doc = errors_base();
    let fw = Framework::from_json(&doc.to_string()).unwrap();
    assert_eq!(fw.indicator_ladder("I1").unwrap().name, "process");
    doc["ladders"]["service"] = doc["ladders"]["process"].clone();
    let err = Framework::from_json(&doc.to_string()).unwrap_err();
    assert_eq!(
        err.kind(),
        "unknown_ladder",
        "two ladders: each indicator must say which"
    );
    doc["nodes"][0]["ladder"] = json!("service");
    doc["nodes"][1]["children"][0]["ladder"] = json!("process");
    let fw = Framework::from_json(&doc.to_string()).unwrap();
    assert_eq!(fw.indicator_ladder("I2").unwrap().name, "service");
    assert_eq!(fw.indicator_ladder("I3").unwrap().name, "process");
    assert_eq!(Framework::from_json(&fw.to_json()).unwrap(), fw);
}

#[test]
fn weights_are_read_exactly_as_written() {
    let mut doc = errors_base();
    doc["nodes"][0]["children"][0]["weight"] = json!(0.1);
    doc["nodes"][0]["children"][1]["weight"] = json!("0.2");
    doc["nodes"][0]["weight"] = json!("0.3"); // 0.1 + 0.2 == 0.3 exactly (not in binary floats)
    let fw = Framework::from_json(&doc.to_string()).unwrap();
    assert_eq!(
        fw.node("A1").unwrap().weight(),
        Fraction::new(3, 10).unwrap()
    );
    doc["nodes"][1]["children"][0]["weight"] = json!("10/3");
    let fw = Framework::from_json(&doc.to_string()).unwrap();
    assert_eq!(fw.total_weight().to_string(), "109/30");
}

#[test]
fn declared_bands_with_consistent_max_are_accepted() {
    let mut doc = errors_base();
    doc["predicates"][0]["max"] = json!("5");
    doc["predicates"][1]["max"] = json!("4.2");
    Framework::from_json(&doc.to_string()).unwrap();
    doc["predicates"][0]["max"] = json!("4.9");
    let err = Framework::from_json(&doc.to_string()).unwrap_err();
    assert_eq!(err.kind(), "predicate_gap");
    assert!(err.to_string().contains("memuaskan"));
}

#[test]
fn a_band_below_the_scale_minimum_is_unreachable() {
    let mut doc = errors_base();
    doc["predicates"][3]["min"] = json!("1");
    doc["predicates"][4]["min"] = json!("0.5");
    let err = Framework::from_json(&doc.to_string()).unwrap_err();
    assert_eq!(err.kind(), "predicate_overlap");
    assert!(
        err.to_string().contains("no index falls in `kurang`"),
        "{err}"
    );
}

#[test]
fn weights_too_fine_and_precision_too_high_are_rejected() {
    let mut doc = errors_base();
    doc["nodes"][0].as_object_mut().unwrap().remove("weight");
    doc["nodes"][0]["children"][0]["weight"] = json!("1/999999937");
    doc["nodes"][0]["children"][1]["weight"] = json!("1/999999929");
    let err = Framework::from_json(&doc.to_string()).unwrap_err();
    assert_eq!(err.kind(), "invalid_weight");
    assert!(err.to_string().contains("fine-grained"), "{err}");

    let mut doc = errors_base();
    doc["rounding"]["decimals"] = json!(12);
    let err = Framework::from_json(&doc.to_string()).unwrap_err();
    assert_eq!(err.kind(), "invalid_field");
    assert!(err.to_string().contains("rounding.decimals"), "{err}");

    let mut doc = errors_base();
    doc["nodes"][0]["children"][0]["weight"] = json!("1.0000000000000000001");
    let err = Framework::from_json(&doc.to_string()).unwrap_err();
    assert!(err.to_string().contains("significant digits"), "{err}");
}
