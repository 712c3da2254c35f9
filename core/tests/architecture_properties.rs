//! Invariants of the architecture analyses on random catalogs: the impact
//! of a failure is closed under dependency and explained by real paths;
//! duplicate groups are well-formed and do not depend on the input order;
//! coverage counts every element once; the JSON round trip is exact; the
//! ArchiMate XML, DOT and heatmap exports keep their syntax.

use egov_masterplan::{
    architecture::{Domain, RelationType},
    render::HeatmapOptions,
    ArchitectureModel,
};
use proptest::prelude::*;
use serde_json::{json, Value};
use std::collections::BTreeSet;

mod common;

/// A random catalog: up to 4 agencies, 2–12 elements in random domains with
/// random owners and functions, and the allowed relations among random
/// pairs (`hosted-on` only forward, so there is no hosting cycle).
fn catalogs() -> impl Strategy<Value = Value> {
    let element = (
        0usize..6,
        prop::option::of(0usize..4),
        prop::option::of(0usize..3),
        any::<bool>(),
    );
    (1usize..=4, prop::collection::vec(element, 2..12), prop::collection::vec((any::<prop::sample::Index>(), any::<prop::sample::Index>(), 0usize..9), 0..30))
        .prop_map(|(agencies, elements, pairs)| {
            let domains = Domain::ALL;
            let functions = ["Kepegawaian", "kepegawaian ", "Pengaduan"];
            let n = elements.len();
            let elems: Vec<Value> = elements
                .iter()
                .enumerate()
                .map(|(i, &(d, owner, function, planned))| {
                    let domain = domains[d];
                    let mut e = json!({"id": format!("e{i}"), "name": format!("Elemen <{i}> & \"x\""),
                        "domain": domain.as_str(), "kind": domain.kinds()[0]});
                    if let Some(o) = owner.filter(|&o| o < agencies) {
                        e["owner"] = json!(format!("a{o}"));
                    }
                    if let Some(f) = function {
                        e["function"] = json!(functions[f]);
                    }
                    if planned {
                        e["lifecycle"] = json!({"state": "to-be", "year": 2024});
                    }
                    e
                })
                .collect();
            let mut seen = BTreeSet::new();
            let mut relations = Vec::new();
            for (a, b, t) in pairs {
                let (i, j) = (a.index(n), b.index(n));
                let kind = RelationType::ALL[t % RelationType::ALL.len()];
                let (di, dj) = (domains[elements[i].0], domains[elements[j].0]);
                if i == j || !kind.allowed(di, dj) || (kind == RelationType::HostedOn && i > j) {
                    continue;
                }
                if seen.insert((i, j, t)) {
                    relations.push(json!({"from": format!("e{i}"), "to": format!("e{j}"), "type": kind.as_str()}));
                }
            }
            json!({"schema_version": 1, "id": "random", "name": "Random <&>",
                "agencies": (0..agencies).map(|a| json!({"id": format!("a{a}"), "name": format!("Dinas {a} <b>"), "kind": "dinas"})).collect::<Vec<_>>(),
                "elements": elems, "relations": relations})
        })
}

fn model(doc: &Value) -> ArchitectureModel {
    ArchitectureModel::from_json(&doc.to_string()).unwrap_or_else(|e| panic!("{e}\n{doc}"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn impact_is_closed_under_dependency_and_explained(doc in catalogs()) {
        let m = model(&doc);
        // Where a failure travels: realizes/serves/secures from → to, the others to → from.
        let flows: Vec<(&str, &str, RelationType)> = m.relations().iter().map(|r| {
            if r.kind.to_depends_on_from() { (r.from.as_str(), r.to.as_str(), r.kind) } else { (r.to.as_str(), r.from.as_str(), r.kind) }
        }).collect();
        for failed in m.elements() {
            let impact = m.impact_of(&failed.id).unwrap();
            let hit: BTreeSet<&str> = impact.elements.iter().map(|e| e.id.as_str()).collect();
            prop_assert!(!hit.contains(failed.id.as_str()));
            for &(src, dst, _) in &flows {
                if src == failed.id || hit.contains(src) {
                    prop_assert!(dst == failed.id || hit.contains(dst), "{src} fails but {dst} is not hit");
                }
            }
            for e in &impact.elements {
                // The path is a chain of real flows from the failed element to e.
                let mut at = failed.id.as_str();
                for step in &e.path {
                    let next = flows.iter().find(|&&(s, d, k)| s == at && k == step.relation && (d == step.to || d == step.from) && d != at);
                    prop_assert!(next.is_some(), "no {:?} flow out of {at}", step.relation);
                    at = next.map(|f| f.1).unwrap_or(at);
                }
                prop_assert_eq!(at, e.id.as_str());
            }
            // Services down: the failed element if it is one, and the hit ones.
            let down = |x: &str| x == failed.id || hit.contains(x);
            let services: BTreeSet<&str> = m.elements().iter().filter(|x| x.domain == Domain::Layanan && down(&x.id)).map(|x| x.id.as_str()).collect();
            prop_assert_eq!(impact.services.iter().map(String::as_str).collect::<BTreeSet<_>>(), services);
        }
    }

    #[test]
    fn duplicates_are_well_formed_and_order_free(doc in catalogs(), seed in any::<u64>()) {
        let m = model(&doc);
        let groups = m.duplicates();
        for g in &groups {
            let owners: BTreeSet<Option<&str>> = g.elements.iter().map(|id| m.element(id).and_then(|e| e.owner.as_deref())).collect();
            prop_assert!(owners.iter().flatten().count() >= 2, "a group needs two agencies: {g:?}");
            for id in &g.elements {
                let e = m.element(id).unwrap();
                prop_assert_eq!(e.domain, Domain::Aplikasi);
                // Symmetric: every member carries the group's key.
                if let Some(f) = &e.function {
                    prop_assert_eq!(f.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase(), g.key.clone());
                }
            }
        }
        // The same catalog with elements and relations in another order.
        let mut shuffled = doc.clone();
        for key in ["elements", "relations"] {
            let list = shuffled[key].as_array_mut().unwrap();
            let n = list.len();
            for i in (1..n).rev() {
                list.swap(i, (seed.wrapping_mul(6364136223846793005).wrapping_add(i as u64) % (i as u64 + 1)) as usize);
            }
        }
        prop_assert_eq!(model(&shuffled).duplicates(), groups);
    }

    #[test]
    fn coverage_counts_json_and_exports(doc in catalogs()) {
        let m = model(&doc);
        let c = m.coverage();
        let total: usize = c.counts.iter().flatten().sum();
        prop_assert_eq!(total, m.elements().len());
        let json = m.to_json();
        prop_assert_eq!(ArchitectureModel::from_json(&json).unwrap().to_json(), json);
        let xml = common::xml("archimate", &m.to_archimate_xml());
        prop_assert!(xml.contains("Elemen <0> & \"x\""));
        let dot = common::dot(&m.to_dot());
        prop_assert!(dot.contains("Elemen <0> & \\\"x\\\"") || dot.contains("Elemen <0> & \"x\""));
        common::xml("heatmap", &m.to_heatmap_svg(&HeatmapOptions::default()));
        let as_is = m.as_is();
        prop_assert!(as_is.elements().len() <= m.elements().len());
        prop_assert!(m.diff(&m).added.is_empty() && m.diff(&m).removed.is_empty());
    }
}

proptest! {
    // Each case runs xmllint (offline, against the Open Group 3.1 schema).
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn archimate_export_of_random_catalogs_validates(doc in catalogs()) {
        let m = model(&doc);
        common::xmllint_validate("random", &m.to_archimate_xml());
    }
}
