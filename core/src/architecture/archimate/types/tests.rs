//! Tests of the ArchiMate types, matrix, mapping and identifiers.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use super::*;

#[test]
fn matrix_matches_relationships_xml() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/archimate/relationships.xml"
    );
    let xml = std::fs::read_to_string(path).expect("core/tests/data/archimate/relationships.xml");
    let mut source = "";
    let mut seen = 0;
    for line in xml.lines() {
        let attr = |name: &str| {
            let start = line.find(&format!("{name}=\""))? + name.len() + 2;
            Some(&line[start..start + line[start..].find('"')?])
        };
        if line.contains("<source ") {
            source = attr("concept").unwrap_or_default();
        } else if line.contains("<target ") {
            let target = attr("concept").unwrap_or_default();
            let (s, t) = (
                ArchiType::ALL.iter().find(|a| a.name() == source),
                ArchiType::ALL.iter().find(|a| a.name() == target),
            );
            if let (Some(s), Some(t)) = (s, t) {
                assert_eq!(
                    MATRIX[s.index()][t.index()],
                    attr("relations").unwrap_or_default(),
                    "{source} -> {target}"
                );
                seen += 1;
            }
        }
    }
    assert_eq!(seen, 144, "every pair of exported types is in the file");
}

#[test]
fn ids_are_xml_names_and_unique() {
    let mut ids = Ids::default();
    assert_eq!(ids.make("id-", "app-simpeg"), "id-app-simpeg");
    let odd = ids.make("id-", "1 app");
    assert!(odd.starts_with("id-1_app_") && odd.len() == "id-1_app_".len() + 8);
    assert_eq!(ids.make("id-", "app-simpeg"), "id-app-simpeg-2");
    assert_ne!(ids.make("id-", "a b"), ids.make("id-", "a_b"));
    assert_eq!(ids.make("id-", "Ŝé"), format!("id-___{:08x}", fnv1a("Ŝé")));
}

#[test]
fn mapping_prefers_and_falls_back() {
    use ArchiType::*;
    let hosted = map_relation(RelationType::HostedOn, ApplicationComponent, Node);
    assert_eq!((hosted.rel, hosted.reversed), (ArchiRel::Serving, true));
    let data = map_relation(RelationType::HostedOn, DataObject, Node);
    assert_eq!(data.rel, ArchiRel::Association);
    let secures = map_relation(RelationType::Secures, Constraint, Requirement);
    assert_eq!(secures.rel, ArchiRel::Influence);
    assert_eq!(owner_relation(BusinessProcess), ArchiRel::Assignment);
    assert_eq!(owner_relation(DataObject), ArchiRel::Association);
}
