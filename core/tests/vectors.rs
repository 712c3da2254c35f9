//! Runs the shared vectors in `tests/vectors/` (also read by the Python and
//! JS suites). Each case says where its expected values come from.

use egov_masterplan::{
    scoring::{ScoreOptions, StepCosts},
    Assessment, Error, Framework, GapTarget,
};
use serde_json::Value;

fn load(name: &str) -> Value {
    let path = format!("{}/../tests/vectors/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).expect("vector file is JSON")
}

fn options(case: &Value) -> Result<ScoreOptions, Error> {
    let o = &case["options"];
    let mut opts = ScoreOptions::default();
    if let Some(b) = o["predicate_basis"].as_str() {
        opts.predicate_basis = b.parse()?;
    }
    if let Some(m) = o["missing"].as_str() {
        opts.missing = m.parse()?;
    }
    Ok(opts)
}

fn assessment(case: &Value) -> Result<Assessment, Error> {
    Assessment::from_json(&case["assessment"].to_string())
}

fn framework(case: &Value) -> Framework {
    Framework::builtin(case["framework"].as_str().expect("framework id")).expect("builtin")
}

fn assert_error(name: &str, err: &Error, expected: &Value) {
    assert_eq!(
        err.kind(),
        expected["kind"].as_str().unwrap(),
        "{name}: {err}"
    );
    let message = err.to_string();
    for m in expected["mentions"].as_array().unwrap() {
        let m = m.as_str().unwrap();
        assert!(
            message.contains(m),
            "{name}: `{message}` should mention `{m}`"
        );
    }
}

#[test]
fn scoring_vectors() {
    let file = load("scoring.json");
    let cases = file["cases"].as_array().unwrap();
    assert!(cases.len() >= 14);
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let fw = framework(case);
        let card = fw
            .score_with(&assessment(case).unwrap(), &options(case).unwrap())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let exp = &case["expected"];
        assert_eq!(card.index(), exp["index"].as_f64().unwrap(), "{name} index");
        assert_eq!(
            card.index_decimal().to_string(),
            exp["index_text"],
            "{name} text"
        );
        assert_eq!(
            card.exact_index().to_string(),
            exp["exact_index"],
            "{name} exact"
        );
        assert_eq!(card.predicate().id, exp["predicate"], "{name} predicate");
        assert_eq!(
            card.coverage().rated as u64,
            exp["coverage"]["rated"].as_u64().unwrap()
        );
        assert_eq!(
            card.coverage().total as u64,
            exp["coverage"]["total"].as_u64().unwrap()
        );
        for (id, want) in exp["nodes"].as_object().unwrap() {
            let node = card
                .node(id)
                .unwrap_or_else(|| panic!("{name}: no node {id}"));
            if want.is_null() {
                assert_eq!(node.exact, None, "{name} {id} should have no value");
                assert_eq!(card.value(id), None);
                continue;
            }
            let text = node.rounded.map(|r| r.to_string());
            assert_eq!(text.as_deref(), want["text"].as_str(), "{name} {id}");
            let exact = node.exact.map(|e| e.to_string());
            assert_eq!(
                exact.as_deref(),
                want["exact"].as_str(),
                "{name} {id} exact"
            );
            let printed: f64 = want["text"].as_str().unwrap().parse().unwrap();
            assert_eq!(card.value(id), Some(printed), "{name} value({id})");
        }
        // The dense fast path agrees on complete assessments.
        if card.coverage().rated == card.coverage().total {
            let row: Vec<u8> = card.indicators().iter().map(|i| i.level.unwrap()).collect();
            let dense = fw.score_dense(&row, &options(case).unwrap(), true).unwrap();
            assert_eq!(dense.index, [card.index()], "{name} dense index");
            assert_eq!(
                dense.exact_index(0),
                Some(card.exact_index()),
                "{name} dense exact"
            );
            assert_eq!(
                fw.predicates()[dense.predicate[0] as usize].id,
                card.predicate().id,
                "{name} dense predicate"
            );
            let values: Vec<f64> = card.nodes().iter().map(|n| n.value().unwrap()).collect();
            assert_eq!(dense.node_values, values, "{name} dense nodes");
        }
        // The scorecard JSON carries the same figures.
        let json: Value = serde_json::from_str(&card.to_json()).unwrap();
        assert_eq!(json["index"], exp["index"], "{name} json index");
        assert_eq!(json["exact_index"], exp["exact_index"]);
        assert_eq!(json["predicate"]["id"], exp["predicate"]);
    }
}

#[test]
fn framework_error_vectors() {
    let file = load("errors.json");
    let valid = file["valid_framework"].to_string();
    Framework::from_json(&valid).expect("the base of the error cases is valid");
    for case in file["framework_cases"].as_array().unwrap() {
        let name = case["name"].as_str().unwrap();
        let err = Framework::from_json(&case["framework"].to_string())
            .err()
            .unwrap_or_else(|| panic!("{name}: should be rejected"));
        assert_error(name, &err, &case["error"]);
    }
}

#[test]
fn assessment_error_vectors() {
    let file = load("errors.json");
    for case in file["assessment_cases"].as_array().unwrap() {
        let name = case["name"].as_str().unwrap();
        let fw = framework(case);
        let result = options(case)
            .and_then(|o| assessment(case).map(|a| (a, o)))
            .and_then(|(a, o)| fw.score_with(&a, &o));
        let err = result
            .err()
            .unwrap_or_else(|| panic!("{name}: should be rejected"));
        assert_error(name, &err, &case["error"]);
    }
}

#[test]
fn gap_vectors() {
    let file = load("gaps.json");
    for case in file["cases"].as_array().unwrap() {
        let name = case["name"].as_str().unwrap();
        let fw = framework(case);
        let card = fw
            .score_with(&assessment(case).unwrap(), &options(case).unwrap())
            .unwrap();
        let t = &case["target"];
        let target = match t["predicate"].as_str() {
            Some(p) => GapTarget::predicate(p),
            None => GapTarget::index(t["index"].as_str().unwrap()).unwrap(),
        };
        let result = match case["costs"].as_object() {
            Some(costs) => {
                let mut c = StepCosts::new();
                for (id, cost) in costs {
                    c.uniform(id.clone(), cost.as_u64().unwrap());
                }
                card.cheapest_plan(&target, &c)
            }
            None => card.gap_to(&target),
        };
        if let Some(expected) = case.get("expected_error") {
            assert_error(name, &result.unwrap_err(), expected);
            continue;
        }
        let gap = result.unwrap_or_else(|e| panic!("{name}: {e}"));
        let exp = &case["expected"];
        assert_eq!(gap.target.to_string(), exp["target"], "{name} target");
        assert_eq!(
            gap.threshold.to_string(),
            exp["threshold"],
            "{name} threshold"
        );
        assert_eq!(gap.current.to_string(), exp["current"], "{name} current");
        assert_eq!(gap.distance.to_string(), exp["distance"], "{name} distance");
        assert_eq!(gap.reached().to_string(), exp["reached"], "{name} reached");
        if let Some(steps) = exp["steps"].as_array() {
            let got: Vec<Value> = gap
                .steps
                .iter()
                .map(|s| {
                    serde_json::json!({"indicator": s.indicator, "from": s.from, "to": s.to,
                                       "index_after": s.index_after.to_string()})
                })
                .collect();
            assert_eq!(&got, steps, "{name} steps");
        }
        if let Some(n) = exp["step_count"].as_u64() {
            assert_eq!(gap.steps.len() as u64, n, "{name} step count");
        }
        if let Some(c) = exp["total_cost"].as_u64() {
            assert_eq!(gap.total_cost, Some(c), "{name} total cost");
        }
    }
}
