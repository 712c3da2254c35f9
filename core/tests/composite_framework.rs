//! Composite frameworks (schema version 2): the document, what level paths
//! do with them, and the uncertainty analysis over a cohort.

use egov_masterplan::composite::{normaliser_named, Cohort, CohortUncertaintyOptions, WeightModel};
use egov_masterplan::framework::{MethodAggregator, MethodNormaliser, Polarity};
use egov_masterplan::scoring::ScoreOptions;
use egov_masterplan::{Assessment, Framework};
use serde_json::{json, Value};

fn example() -> Value {
    let path = format!(
        "{}/../tests/vectors/composite.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let doc: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("vectors")).expect("JSON");
    doc["cases"][0]["framework"].clone()
}

fn egdi_cohort(n: usize) -> Cohort {
    // n units with spread, distinct values (osi rises, hci falls, tii mid).
    let ids = (0..n).map(|u| format!("U{u:03}")).collect();
    let f = |k: usize, a: usize| {
        (0..n)
            .map(|u| Some(((u * a + k) % 97) as f64 / 100.0 + 0.01))
            .collect()
    };
    Cohort::new(
        ids,
        vec![
            ("osi".into(), f(3, 7)),
            ("hci".into(), f(11, 13)),
            ("tii".into(), f(5, 29)),
        ],
    )
    .expect("cohort")
}

#[test]
fn a_composite_document_reads_and_writes_back_at_version_2() {
    let fw = Framework::from_json(&example().to_string()).expect("reads");
    let m = fw.composite().expect("composite");
    assert_eq!(m.rank_decimals, Some(1));
    assert!(matches!(
        m.normaliser,
        MethodNormaliser::Goalposts { clip: true, .. }
    ));
    assert_eq!(
        fw.node("P1").unwrap().aggregator(),
        Some(MethodAggregator::Geometric)
    );
    assert_eq!(fw.node("i2").unwrap().polarity(), Polarity::Negative);
    assert_eq!(fw.node("i1").unwrap().bounds().unwrap().1.to_string(), "10");
    let back: Value = serde_json::from_str(&fw.to_json()).expect("JSON");
    assert_eq!(back["schema_version"], 2);
    assert_eq!(Framework::from_json(&fw.to_json()).expect("again"), fw);
    // A level framework keeps writing version 1, which older readers read.
    let spbe: Value =
        serde_json::from_str(&Framework::builtin("spbe-2020").unwrap().to_json()).unwrap();
    assert_eq!(spbe["schema_version"], 1);
}

#[test]
fn composite_fields_are_checked_where_they_stand() {
    let bad = |edit: &dyn Fn(&mut Value), words: &[&str]| {
        let mut doc = example();
        edit(&mut doc);
        let err = Framework::from_json(&doc.to_string()).expect_err("must fail");
        for w in words {
            assert!(err.to_string().contains(w), "`{err}` lacks `{w}`");
        }
    };
    bad(
        &|d| d["schema_version"] = json!(1),
        &["composite", "schema_version 2"],
    );
    bad(&|d| d["schema_version"] = json!(3), &["schema_version 3"]);
    bad(
        &|d| d["nodes"][0]["children"][0]["aggregator"] = json!("geometric"),
        &["nodes[i1].aggregator", "group"],
    );
    bad(
        &|d| d["nodes"][0]["polarity"] = json!("negative"),
        &["nodes[P1].polarity/bounds", "indicator"],
    );
    bad(
        &|d| d["nodes"][0]["aggregator"] = json!("median"),
        &["median", "harmonic"],
    );
    bad(
        &|d| d["nodes"][0]["aggregator"] = json!({"power": 0}),
        &["power", "must not be 0"],
    );
    bad(
        &|d| d["composite"]["normaliser"] = json!({"kind": "min-max", "low": 1, "high": 0}),
        &["high", "above low"],
    );
    bad(
        &|d| d["composite"]["imputation"] = json!("zero"),
        &["imputation", "group-mean"],
    );
    bad(
        &|d| d["nodes"][1]["children"][0]["bounds"] = json!({"min": 1, "max": 1}),
        &["nodes[i3].bounds", "below"],
    );
    bad(
        &|d| d["nodes"][1]["children"][0]["polarity"] = json!("up"),
        &["polarity", "negative"],
    );
    // Per-node methods belong to composite frameworks only.
    let mut level = example();
    level.as_object_mut().unwrap().remove("composite");
    let err = Framework::from_json(&level.to_string()).expect_err("level");
    assert!(err.to_string().contains("composite framework"), "{err}");
}

#[test]
fn level_paths_refuse_a_composite_framework() {
    let egdi = Framework::builtin("un-egdi-2022").unwrap();
    let a = Assessment::from_json(r#"{"subject":"x","period":2022,"levels":{"osi":1}}"#).unwrap();
    let err = egdi.score(&a).unwrap_err();
    assert!(err.to_string().contains("score_cohort"), "{err}");
    assert!(egdi
        .score_dense(&[1, 0, 1], &ScoreOptions::default(), false)
        .is_err());
    // And a level framework refuses a cohort.
    let err = Framework::builtin("spbe-2020")
        .unwrap()
        .score_cohort(&egdi_cohort(3))
        .unwrap_err();
    assert!(err.to_string().contains("level framework"), "{err}");
}

#[test]
fn min_max_reference_and_rank_normalisers_over_a_cohort() {
    let cohort = Cohort::new(
        vec!["A".into(), "B".into(), "C".into()],
        vec![
            ("osi".into(), vec![Some(0.2), Some(0.4), Some(0.8)]),
            ("hci".into(), vec![Some(0.5), Some(0.5), Some(1.0)]),
            ("tii".into(), vec![Some(0.1), Some(0.3), Some(0.2)]),
        ],
    )
    .unwrap();
    let with = |normaliser: Value| {
        let mut doc: Value =
            serde_json::from_str(&Framework::builtin("un-egdi-2022").unwrap().to_json()).unwrap();
        doc["composite"]["normaliser"] = normaliser;
        doc["composite"]
            .as_object_mut()
            .unwrap()
            .remove("rank_decimals");
        let fw = Framework::from_json(&doc.to_string()).unwrap();
        fw.score_cohort(&cohort)
            .unwrap()
            .units
            .iter()
            .map(|u| u.index.unwrap())
            .collect::<Vec<f64>>()
    };
    // Min-max onto 0-1: osi 0, 1/3, 1; hci 0, 0, 1; tii 0, 1, 1/2.
    let mm = with(json!({"kind": "min-max", "low": 0, "high": 1}));
    let want = [0.0, (1.0 / 3.0 + 1.0) / 3.0, (1.0 + 1.0 + 0.5) / 3.0];
    for (g, w) in mm.iter().zip(want) {
        assert!((g - w).abs() < 1e-12, "{g} {w}");
    }
    // As a fraction of B's values: osi 0.5, 1, 2; hci 1, 1, 2; tii 1/3, 1, 2/3.
    let r = with(json!({"kind": "reference", "unit": "B"}));
    assert!((r[1] - 1.0).abs() < 1e-12 && (r[2] - (2.0 + 2.0 + 2.0 / 3.0) / 3.0).abs() < 1e-12);
    // Ranks, ties averaged: osi 1, 2, 3; hci 1.5, 1.5, 3; tii 1, 3, 2.
    let ranks = with(json!({"kind": "rank"}));
    for (g, w) in ranks.iter().zip([3.5 / 3.0, 6.5 / 3.0, 8.0 / 3.0]) {
        assert!((g - w).abs() < 1e-12, "{g} {w}");
    }
    let mut doc: Value =
        serde_json::from_str(&Framework::builtin("un-egdi-2022").unwrap().to_json()).unwrap();
    doc["composite"]["normaliser"] = json!({"kind": "reference", "unit": "ZZZ"});
    let err = Framework::from_json(&doc.to_string())
        .unwrap()
        .score_cohort(&cohort)
        .unwrap_err();
    assert!(err.to_string().contains("ZZZ"), "{err}");
    // A geometric mean over a unit with a zero value: the error names the
    // unit (A is the lowest on every indicator, so min-max makes each of
    // its values 0) and the value.
    let mut doc: Value =
        serde_json::from_str(&Framework::builtin("un-egdi-2022").unwrap().to_json()).unwrap();
    doc["composite"]["normaliser"] = json!({"kind": "min-max", "low": 0, "high": 1});
    doc["composite"]["aggregator"] = json!("geometric");
    let fw = Framework::from_json(&doc.to_string()).unwrap();
    let err = fw.score_cohort(&cohort).unwrap_err().to_string();
    assert!(
        err.contains("units[A].values") && err.contains("value 0 is not > 0"),
        "{err}"
    );
    let options = CohortUncertaintyOptions {
        samples: 5,
        ..CohortUncertaintyOptions::default()
    };
    let err = fw.uncertainty(&cohort, &options).unwrap_err().to_string();
    assert!(err.contains("units[A].values"), "{err}");
}

#[test]
fn uncertainty_is_seeded_and_every_option_moves_it() {
    let egdi = Framework::builtin("un-egdi-2022").unwrap();
    let cohort = egdi_cohort(60);
    let run = |o: CohortUncertaintyOptions| egdi.uncertainty(&cohort, &o).unwrap();
    let base = CohortUncertaintyOptions {
        samples: 300,
        seed: 5,
        ..Default::default()
    };
    let a = run(base.clone());
    assert_eq!(a, run(base.clone()), "same seed, same result");
    assert_eq!(a.to_json(), run(base.clone()).to_json());
    assert_ne!(
        a,
        run(CohortUncertaintyOptions {
            seed: 6,
            ..base.clone()
        })
    );
    // Nominal ranks are the scores' ranks.
    let s = egdi.score_cohort(&cohort).unwrap();
    for (u, sc) in a.units.iter().zip(&s.units) {
        assert_eq!(Some(u.nominal_rank), sc.rank);
        assert!(u.p05 <= u.median_rank && u.median_rank <= u.p95);
    }
    // No noise, nothing else drawn: every interval is the nominal rank.
    let still = run(CohortUncertaintyOptions {
        weight_noise: 0.0,
        ..base.clone()
    });
    assert!(still
        .units
        .iter()
        .all(|u| u.p05 == u.nominal_rank && u.p95 == u.nominal_rank && u.mean_shift == 0.0));
    // A very concentrated Dirichlet barely moves; a loose one moves more.
    let shift = |r: &egov_masterplan::composite::CohortUncertainty| {
        r.units.iter().map(|u| u.mean_shift).sum::<f64>()
    };
    let tight = run(CohortUncertaintyOptions {
        weight_model: WeightModel::Dirichlet { concentration: 1e6 },
        ..base.clone()
    });
    let loose = run(CohortUncertaintyOptions {
        weight_model: WeightModel::Dirichlet { concentration: 3.0 },
        ..base.clone()
    });
    assert!(
        shift(&tight) < shift(&loose),
        "{} {}",
        shift(&tight),
        shift(&loose)
    );
    // Exclusion and another normaliser or aggregator move ranks too.
    for o in [
        CohortUncertaintyOptions {
            weight_noise: 0.0,
            exclusion: true,
            ..base.clone()
        },
        CohortUncertaintyOptions {
            weight_noise: 0.0,
            normalisers: vec![
                normaliser_named("none").unwrap(),
                normaliser_named("rank").unwrap(),
            ],
            ..base.clone()
        },
        CohortUncertaintyOptions {
            weight_noise: 0.0,
            aggregators: vec![MethodAggregator::Arithmetic, MethodAggregator::Geometric],
            ..base.clone()
        },
    ] {
        assert!(shift(&run(o)) > 0.0);
    }
    // Any number of threads: the same.
    let on = |threads| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap()
            .install(|| {
                run(CohortUncertaintyOptions {
                    exclusion: true,
                    ..base.clone()
                })
            })
    };
    assert_eq!(on(1), on(2));
    // Bad options name the field.
    for (o, word) in [
        (
            CohortUncertaintyOptions {
                weight_noise: 1.0,
                ..base.clone()
            },
            "weight_noise",
        ),
        (
            CohortUncertaintyOptions {
                samples: 0,
                ..base.clone()
            },
            "samples",
        ),
        (
            CohortUncertaintyOptions {
                weight_model: WeightModel::Dirichlet { concentration: 0.0 },
                ..base.clone()
            },
            "concentration",
        ),
    ] {
        let e = egdi.uncertainty(&cohort, &o).unwrap_err();
        assert!(e.to_string().contains(word), "{e}");
    }
}
