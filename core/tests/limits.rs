//! Every bound of `egov_masterplan::limits`, just below (accepted) and just
//! above (a typed `too_large` error naming what and the limit).

use egov_masterplan::limits::*;
use egov_masterplan::{
    architecture::{Relation, RelationType},
    ArchitectureModel, Assessment, Framework, Roadmap,
};
use serde_json::{json, Value};

fn too_large(err: egov_masterplan::Error, what: &str, limit: usize) {
    assert_eq!(err.kind(), "too_large", "{err}");
    let text = err.to_string();
    assert!(
        text.contains(what) && text.contains(&limit.to_string()),
        "{text}"
    );
}

fn initiative(id: &str, deps: &[String]) -> Value {
    json!({"id": id, "name": id, "area": "aplikasi", "owner": "x", "duration_months": 1, "cost": 0, "depends_on": deps})
}

fn roadmap(initiatives: Vec<Value>) -> String {
    json!({"schema_version": 1, "id": "r", "name": "r",
           "horizon": {"start": "2020-01-01", "end": "2024-12-31"}, "initiatives": initiatives})
    .to_string()
}

#[test]
fn document_bytes() {
    // One byte over: refused before parsing, by every reader.
    let over = " ".repeat(MAX_DOCUMENT_BYTES + 1);
    too_large(
        Framework::from_json(&over).unwrap_err(),
        "framework document",
        MAX_DOCUMENT_BYTES,
    );
    too_large(
        Assessment::from_json(&over).unwrap_err(),
        "assessment document",
        MAX_DOCUMENT_BYTES,
    );
    too_large(
        Assessment::from_csv(&over).unwrap_err(),
        "assessment CSV document",
        MAX_DOCUMENT_BYTES,
    );
    too_large(
        Roadmap::from_json(&over).unwrap_err(),
        "roadmap document",
        MAX_DOCUMENT_BYTES,
    );
    too_large(
        ArchitectureModel::from_json(&over).unwrap_err(),
        "architecture document",
        MAX_DOCUMENT_BYTES,
    );
    // Exactly at the bound: a real roadmap padded with spaces reads.
    let doc = roadmap(vec![initiative("a", &[])]);
    let at = format!("{doc}{}", " ".repeat(MAX_DOCUMENT_BYTES - doc.len()));
    assert_eq!(at.len(), MAX_DOCUMENT_BYTES);
    assert_eq!(Roadmap::from_json(&at).unwrap().initiatives().len(), 1);
}

#[test]
fn id_and_text_lengths_count_characters() {
    // 256 two-byte characters (512 bytes) are a valid id; 257 are not.
    let ok = "é".repeat(MAX_ID_CHARS);
    assert!(Roadmap::from_json(&roadmap(vec![initiative(&ok, &[])])).is_ok());
    let long = "é".repeat(MAX_ID_CHARS + 1);
    too_large(
        Roadmap::from_json(&roadmap(vec![initiative(&long, &[])])).unwrap_err(),
        "initiatives[].id",
        MAX_ID_CHARS,
    );
    // A note of 10,000 characters reads; 10,001 do not, and the error names the indicator.
    let note = |n: usize| {
        json!({"subject": "s", "period": 2024, "levels": {"I1": 3}, "notes": {"I1": "x".repeat(n)}})
            .to_string()
    };
    assert!(Assessment::from_json(&note(MAX_TEXT_CHARS)).is_ok());
    too_large(
        Assessment::from_json(&note(MAX_TEXT_CHARS + 1)).unwrap_err(),
        "notes[I1].text",
        MAX_TEXT_CHARS,
    );
    // The same through CSV.
    let csv = |n: usize| {
        format!(
            "subject,period,indicator,level,note\ns,2024,I1,3,{}\n",
            "x".repeat(n)
        )
    };
    assert!(Assessment::from_csv(&csv(MAX_TEXT_CHARS)).is_ok());
    too_large(
        Assessment::from_csv(&csv(MAX_TEXT_CHARS + 1)).unwrap_err(),
        "notes[I1].text",
        MAX_TEXT_CHARS,
    );
    // A framework node name.
    let mut doc: Value =
        serde_json::from_str(&Framework::builtin("spbe-2020").unwrap().to_json()).unwrap();
    doc["nodes"][0]["name"] = json!("n".repeat(MAX_TEXT_CHARS));
    assert!(Framework::from_json(&doc.to_string()).is_ok());
    doc["nodes"][0]["name"] = json!("n".repeat(MAX_TEXT_CHARS + 1));
    too_large(
        Framework::from_json(&doc.to_string()).unwrap_err(),
        "nodes[D1].name",
        MAX_TEXT_CHARS,
    );
}

/// A framework of one domain over `leaves` indicators of weight 1 (so
/// `leaves + 1` nodes), or a chain `depth` tiers deep.
fn framework(tiers: usize, leaves: usize) -> String {
    let tier_names: Vec<String> = (0..tiers).map(|t| format!("t{t}")).collect();
    let mut node = json!({"id": "root", "name": "root",
        "children": (0..leaves).map(|i| json!({"id": format!("I{i}"), "name": "i", "weight": 1})).collect::<Vec<_>>()});
    for t in (0..tiers.saturating_sub(2)).rev() {
        node = json!({"id": format!("g{t}"), "name": "g", "children": [node]});
    }
    json!({"schema_version": 1, "id": "f", "version": "1", "name": "f", "legal_basis": "-", "status": "provisional",
           "tiers": tier_names, "scale": {"min": 1, "max": 5}, "rounding": {"decimals": 2, "mode": "half-up"},
           "predicates": [{"id": "p", "label": "p", "min": 0}], "nodes": [node]})
    .to_string()
}

#[test]
fn framework_nodes_and_tiers() {
    let at = Framework::from_json(&framework(2, MAX_NODES - 1)).unwrap();
    assert_eq!(at.nodes().len(), MAX_NODES);
    too_large(
        Framework::from_json(&framework(2, MAX_NODES)).unwrap_err(),
        "framework nodes",
        MAX_NODES,
    );
    assert_eq!(
        Framework::from_json(&framework(MAX_TIERS, 2))
            .unwrap()
            .tiers()
            .len(),
        MAX_TIERS
    );
    too_large(
        Framework::from_json(&framework(MAX_TIERS + 1, 2)).unwrap_err(),
        "framework tiers",
        MAX_TIERS,
    );
}

#[test]
fn roadmap_initiatives() {
    let many = |n: usize| roadmap((0..n).map(|i| initiative(&format!("i{i}"), &[])).collect());
    assert_eq!(
        Roadmap::from_json(&many(MAX_INITIATIVES))
            .unwrap()
            .initiatives()
            .len(),
        MAX_INITIATIVES
    );
    too_large(
        Roadmap::from_json(&many(MAX_INITIATIVES + 1)).unwrap_err(),
        "roadmap initiatives",
        MAX_INITIATIVES,
    );
}

#[test]
fn roadmap_dependencies() {
    // 1,000 roots and 1,000 leaves that each depend on every root: 1,000,000.
    let roots: Vec<String> = (0..1000).map(|i| format!("r{i}")).collect();
    let mut list: Vec<Value> = roots.iter().map(|r| initiative(r, &[])).collect();
    list.extend((0..1000).map(|i| initiative(&format!("l{i}"), &roots)));
    assert_eq!(MAX_DEPENDENCIES, 1_000_000);
    assert!(Roadmap::from_json(&roadmap(list.clone())).is_ok());
    list.push(initiative("one-more", &roots[..1]));
    too_large(
        Roadmap::from_json(&roadmap(list)).unwrap_err(),
        "roadmap dependencies",
        MAX_DEPENDENCIES,
    );
}

/// A catalog of `agencies` agencies and `elements` applications (no relations).
fn catalog(agencies: usize, elements: usize) -> String {
    json!({"schema_version": 1,
        "agencies": (0..agencies).map(|i| json!({"id": format!("a{i}"), "name": "a", "kind": "dinas"})).collect::<Vec<_>>(),
        "elements": (0..elements).map(|i| json!({"id": format!("e{i}"), "name": "e", "domain": "aplikasi", "kind": "umum"})).collect::<Vec<_>>(),
        "relations": []})
    .to_string()
}

#[test]
fn catalog_agencies_and_elements() {
    assert_eq!(
        ArchitectureModel::from_json(&catalog(MAX_AGENCIES, 1))
            .unwrap()
            .agencies()
            .len(),
        MAX_AGENCIES
    );
    too_large(
        ArchitectureModel::from_json(&catalog(MAX_AGENCIES + 1, 1)).unwrap_err(),
        "architecture agencies",
        MAX_AGENCIES,
    );
    assert_eq!(
        ArchitectureModel::from_json(&catalog(1, MAX_ELEMENTS))
            .unwrap()
            .elements()
            .len(),
        MAX_ELEMENTS
    );
    too_large(
        ArchitectureModel::from_json(&catalog(1, MAX_ELEMENTS + 1)).unwrap_err(),
        "architecture elements",
        MAX_ELEMENTS,
    );
}

#[test]
fn catalog_relations() {
    // 1,000 × 1,000 distinct depends-on relations between two groups of applications.
    let m = ArchitectureModel::from_json(&catalog(1, 2000)).unwrap();
    let mut relations: Vec<Relation> = (0..1000)
        .flat_map(|i| {
            (1000..2000).map(move |j| Relation {
                from: format!("e{i}"),
                to: format!("e{j}"),
                kind: RelationType::DependsOn,
            })
        })
        .collect();
    let build = |r: Vec<Relation>| {
        ArchitectureModel::new(None, None, m.agencies().to_vec(), m.elements().to_vec(), r)
    };
    assert_eq!(
        build(relations.clone()).unwrap().relations().len(),
        MAX_RELATIONS
    );
    relations.push(Relation {
        from: "e0".into(),
        to: "e1".into(),
        kind: RelationType::DependsOn,
    });
    too_large(
        build(relations).unwrap_err(),
        "architecture relations",
        MAX_RELATIONS,
    );
}

#[test]
fn impact_paths() {
    // A chain e0 <- e1 <- … (each depends on the previous): the failure of
    // e0 reaches e_k by a path of k steps, n(n-1)/2 steps in all.
    let chain = |n: usize| {
        let m = ArchitectureModel::from_json(&catalog(1, n)).unwrap();
        let relations = (1..n)
            .map(|k| Relation {
                from: format!("e{k}"),
                to: format!("e{}", k - 1),
                kind: RelationType::DependsOn,
            })
            .collect();
        ArchitectureModel::new(
            None,
            None,
            m.agencies().to_vec(),
            m.elements().to_vec(),
            relations,
        )
        .unwrap()
    };
    assert_eq!(MAX_IMPACT_STEPS, 1_000_000);
    // 1,414 elements: 998,991 steps; 1,415: 1,000,405.
    assert_eq!(chain(1414).impact_of("e0").unwrap().elements.len(), 1413);
    let err = chain(1415).impact_of("e0").unwrap_err();
    assert_eq!(err.kind(), "too_large");
    assert!(err.to_string().contains("impact of `e0`"), "{err}");
}
