//! Architecture vectors (`tests/vectors/architecture.json`, hand-computed;
//! each case's `working` shows how), also read by the Python and JS suites.

use egov_masterplan::{architecture::Domain, ArchitectureModel, Error};
use serde_json::Value;

fn vectors() -> Value {
    let path = format!(
        "{}/../tests/vectors/architecture.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).expect("vector file is JSON")
}

fn model() -> (ArchitectureModel, Value) {
    let v = vectors();
    let m = ArchitectureModel::from_json(&v["analyses"]["catalog"].to_string())
        .unwrap_or_else(|e| panic!("catalog: {e}"));
    (m, v["analyses"]["expected"].clone())
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("{v} is not an array"))
        .iter()
        .map(|s| s.as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn coverage_counts() {
    let (m, exp) = model();
    let c = m.coverage();
    let exp = &exp["coverage"];
    assert_eq!(c.agencies, strings(&exp["agencies"]));
    let domains: Vec<&str> = c.domains.iter().map(Domain::as_str).collect();
    assert_eq!(domains, strings(&exp["domains"]));
    let counts: Vec<Vec<usize>> = serde_json::from_value(exp["counts"].clone()).unwrap();
    assert_eq!(c.counts, counts);
    for (domain, agencies) in exp["gaps"].as_object().unwrap() {
        let d: Domain = domain.parse().unwrap();
        assert_eq!(c.gaps(d), strings(agencies), "gaps in {domain}");
    }
}

#[test]
fn every_error_names_the_offender() {
    let v = vectors();
    let cases = v["errors"].as_array().unwrap();
    assert!(cases.len() >= 15);
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let err = ArchitectureModel::from_json(&case["catalog"].to_string())
            .err()
            .unwrap_or_else(|| panic!("{name}: should be rejected"));
        assert_eq!(err.kind(), case["error"]["kind"], "{name}: {err}");
        let message = err.to_string();
        for m in case["error"]["mentions"].as_array().unwrap() {
            assert!(
                message.contains(m.as_str().unwrap()),
                "{name}: `{message}` lacks {m}"
            );
        }
    }
}

#[test]
fn a_hosting_cycle_reports_its_full_path() {
    let v = vectors();
    let case = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "hosted-on cycle of three")
        .unwrap();
    match ArchitectureModel::from_json(&case["catalog"].to_string()).unwrap_err() {
        Error::HostingCycle { cycle } => assert_eq!(cycle, ["host", "rack", "vm", "host"]),
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_base_of_the_error_cases_is_valid() {
    // Each error case is the base catalog with one fault; the base itself
    // (the first case without its extra element) must load.
    let v = vectors();
    let mut base = v["errors"][0]["catalog"].clone();
    base["elements"].as_array_mut().unwrap().pop();
    ArchitectureModel::from_json(&base.to_string()).unwrap();
}

#[test]
fn duplicate_groups() {
    let (m, exp) = model();
    let got: Vec<Value> = m
        .duplicates()
        .iter()
        .map(|g| {
            serde_json::json!({"basis": g.basis.as_str(), "key": g.key,
                               "elements": g.elements, "agencies": g.agencies})
        })
        .collect();
    assert_eq!(Value::Array(got), exp["duplicates"]);
}

#[test]
fn impact_of_one_element() {
    let (m, exp) = model();
    let exp = &exp["impact"];
    let i = m.impact_of(exp["of"].as_str().unwrap()).unwrap();
    assert_eq!(i.failed, exp["of"]);
    let ids: Vec<&str> = i.elements.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, strings(&exp["elements"]));
    for (id, path) in exp["paths"].as_object().unwrap() {
        let e = i.elements.iter().find(|e| e.id == *id).unwrap();
        let got: Vec<[&str; 3]> = e
            .path
            .iter()
            .map(|s| [s.from.as_str(), s.relation.as_str(), s.to.as_str()])
            .collect();
        let want: Vec<[String; 3]> = serde_json::from_value(path.clone()).unwrap();
        assert_eq!(got, want, "path to {id}");
    }
    assert_eq!(i.services, strings(&exp["services"]));
    let agencies: Vec<Value> = i
        .agencies
        .iter()
        .map(|a| serde_json::json!({"id": a.id, "via": a.via}))
        .collect();
    assert_eq!(Value::Array(agencies), exp["agencies"]);
}

#[test]
fn unsupported_and_integration_gaps() {
    let (m, exp) = model();
    let got: Vec<Value> = m
        .unsupported()
        .iter()
        .map(|u| serde_json::json!({"element": u.element, "problem": u.problem.as_str()}))
        .collect();
    assert_eq!(Value::Array(got), exp["unsupported"]);
    assert_eq!(m.integration_gaps(), strings(&exp["integration_gaps"]));
}
