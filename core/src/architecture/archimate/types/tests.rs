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

#[test]
fn hosted_on_is_an_aggregation_between_technology_types() {
    use ArchiType::*;
    // (host, hosted): the cells of relationships.xml holding `g`
    // (Aggregation) among the types infrastructure elements map to.
    let aggregated = [
        (Node, Node),
        (Node, SystemSoftware),
        (SystemSoftware, SystemSoftware),
        (CommunicationNetwork, SystemSoftware),
        (CommunicationNetwork, CommunicationNetwork),
    ];
    // `hosted-on` runs from an application, data or infrastructure element
    // to an infrastructure element (RelationType::allowed)
    let tech = [Node, CommunicationNetwork, SystemSoftware];
    for hosted in [
        ApplicationComponent,
        DataObject,
        Node,
        CommunicationNetwork,
        SystemSoftware,
    ] {
        for host in tech {
            let got = map_relation(RelationType::HostedOn, hosted, host);
            let want = aggregated.contains(&(host, hosted));
            assert_eq!(
                got.rel == ArchiRel::Aggregation,
                want,
                "{hosted:?} on {host:?}"
            );
            if want {
                assert!(got.reversed && got.access.is_none(), "from the host");
            }
        }
    }
    // a technology pair without `g` keeps Serving from the host
    let net = map_relation(RelationType::HostedOn, CommunicationNetwork, Node);
    assert_eq!((net.rel, net.reversed), (ArchiRel::Serving, true));
    let node = map_relation(RelationType::HostedOn, Node, SystemSoftware);
    assert_eq!((node.rel, node.reversed), (ArchiRel::Serving, true));
    // the other relations between servers are unchanged
    let conn = map_relation(RelationType::ConnectsTo, Node, Node);
    assert_eq!((conn.rel, conn.reversed), (ArchiRel::Serving, true));
    // read from the host
    assert_eq!(
        relation_names(RelationType::HostedOn, true),
        ("menampung", "hosts")
    );
}
