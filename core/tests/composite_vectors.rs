//! Runs `tests/vectors/composite.json` (also read by the Python and JS
//! suites): composite frameworks scored over cohorts, and cohorts that
//! must fail. The case's `source` says where its values come from.

use egov_masterplan::composite::Cohort;
use egov_masterplan::{Error, Framework};
use serde_json::Value;

fn load() -> Value {
    let path = format!(
        "{}/../tests/vectors/composite.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).expect("vector file")).expect("JSON")
}

fn framework(v: &Value) -> Result<Framework, Error> {
    match v {
        Value::String(id) => Framework::builtin(id),
        doc => Framework::from_json(&doc.to_string()),
    }
}

fn cohort(v: &Value) -> Result<Cohort, Error> {
    let ids = v["ids"]
        .as_array()
        .expect("ids")
        .iter()
        .map(|i| i.as_str().expect("id").to_owned())
        .collect();
    let columns = v["columns"]
        .as_object()
        .expect("columns")
        .iter()
        .map(|(k, col)| {
            let values = col
                .as_array()
                .expect("column")
                .iter()
                .map(Value::as_f64)
                .collect();
            (k.clone(), values)
        })
        .collect();
    Cohort::new(ids, columns)
}

fn close(name: &str, got: Option<f64>, want: &Value, tol: f64) {
    match (got, want.as_f64()) {
        (Some(g), Some(w)) => assert!((g - w).abs() <= tol, "{name}: {g} vs {w}"),
        (None, None) => {}
        other => panic!("{name}: {other:?}"),
    }
}

#[test]
fn composite_cases() {
    let doc = load();
    for case in doc["cases"].as_array().expect("cases") {
        let name = case["name"].as_str().expect("name");
        let tol = case["tolerance"].as_f64().expect("tolerance");
        let fw = framework(&case["framework"]).expect("framework");
        let s = fw
            .score_cohort(&cohort(&case["cohort"]).expect("cohort"))
            .expect("scores");
        let want = &case["expected"];
        assert_eq!(
            serde_json::to_value(&s.nodes).expect("nodes"),
            want["nodes"],
            "{name}"
        );
        for (u, w) in s.units.iter().zip(want["units"].as_array().expect("units")) {
            assert_eq!(u.id, w["id"].as_str().expect("id"), "{name}");
            close(name, u.index, &w["index"], tol);
            assert_eq!(u.rank.map(u64::from), w["rank"].as_u64(), "{name} {}", u.id);
            assert_eq!(u.group.as_deref(), w["group"].as_str(), "{name} {}", u.id);
            assert_eq!(
                u64::from(u.imputed),
                w["imputed"].as_u64().expect("imputed")
            );
            for (g, wv) in u.nodes.iter().zip(w["nodes"].as_array().expect("nodes")) {
                close(name, *g, wv, tol);
            }
        }
        let weights = want["effective_weights"].as_array().expect("weights");
        assert_eq!(s.effective_weights.len(), weights.len());
        for (e, w) in s.effective_weights.iter().zip(weights) {
            assert_eq!(e.indicator, w["indicator"].as_str().expect("indicator"));
            close(name, Some(e.nominal), &w["nominal"], tol);
            close(name, Some(e.effective), &w["effective"], tol);
            close(name, e.correlation, &w["correlation"], tol);
        }
    }
}

#[test]
fn composite_errors() {
    let doc = load();
    for case in doc["errors"].as_array().expect("errors") {
        let name = case["name"].as_str().expect("name");
        let err = cohort(&case["cohort"])
            .and_then(|c| framework(&case["framework"])?.score_cohort(&c))
            .expect_err(name);
        assert_eq!(
            err.kind(),
            case["kind"].as_str().expect("kind"),
            "{name}: {err}"
        );
        for word in case["contains"].as_array().expect("contains") {
            let word = word.as_str().expect("word");
            assert!(
                err.to_string().contains(word),
                "{name}: `{err}` lacks `{word}`"
            );
        }
    }
}
