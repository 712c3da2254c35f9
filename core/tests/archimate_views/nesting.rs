//! Nesting in the views: `hosted-on` between infrastructure elements is an
//! Aggregation from the host, and the hosted element's node is drawn
//! inside its host's node, on the sample and on a hand-made catalog with
//! hand-computed coordinates.

use super::read::{read, Doc, View};
use super::{check_bands, check_views, nested};
use crate::common::xmllint_validate;
use egov_masterplan::ArchitectureModel;

/// The sample's four hostings between infrastructure elements, and the
/// nested nodes of each of its views.
pub fn check_sample(doc: &Doc, xml: &str) {
    // hosted-on between infrastructure elements: an Aggregation from the
    // host (Node → Node, Node → SystemSoftware for the API gateway)
    let hostings: Vec<(&str, &str)> = (doc.rels.iter())
        .filter(|(id, _)| id.contains(".hosted-on.") && doc.rel_types[*id] == "Aggregation")
        .map(|(_, (s, t))| (s.as_str(), t.as_str()))
        .collect();
    let dc = "id-dc-pemkab";
    let cloud = "id-cloud-pemkab";
    let want = [
        (cloud, "id-api-gateway"),
        (dc, "id-cloud-pemkab"),
        (dc, "id-srv-db"),
        (dc, "id-srv-virtual"),
    ];
    assert_eq!(hostings, want, "by relationship identifier");
    assert_eq!(
        xml.matches(r#"xsi:type="Aggregation">"#).count(),
        4 + 3,
        "and 3 parent agencies"
    );
    for (host, hosted) in want {
        let opening = format!(r#"source="{host}" target="{hosted}" xsi:type="Aggregation">"#);
        let names = concat!(
            "\n      <name xml:lang=\"id\">menampung</name>",
            "\n      <name xml:lang=\"en\">hosts</name>"
        );
        assert!(xml.contains(&format!("{opening}{names}")), "{opening}");
    }
    // the nested nodes, view by view: the overview and the Kominfo office
    // (which owns the four) nest all four, the as-is view only the servers
    // (the cloud is to-be 2021, the gateway 2022), to-be 2021 the cloud as
    // well; Setda, Inspektorat and Bappeda own an application hosted on
    // the cloud and connected to the gateway, so show both
    let all = [
        (dc, "id-srv-virtual"),
        (dc, "id-srv-db"),
        (dc, cloud),
        (cloud, "id-api-gateway"),
    ];
    let as_is = &all[..2];
    let gateway = &all[3..];
    for v in &doc.views {
        let want: &[(&str, &str)] = match v.id.as_str() {
            "view-overview" | "view-opd-diskominfo" => &all,
            "view-to-be-2022" | "view-to-be-2023" | "view-to-be-2024" => &all,
            "view-as-is" => as_is,
            "view-to-be-2021" => &all[..3],
            "view-opd-setda" | "view-opd-inspektorat" | "view-opd-bappeda" => gateway,
            _ => &[],
        };
        let got = nested(v);
        let got: Vec<(&str, &str)> = got.iter().map(|(h, c)| (h.as_str(), c.as_str())).collect();
        assert_eq!(got, want, "{}", v.id);
        let depth2 = v.nodes.iter().filter(|n| n.depth == 2).count();
        assert_eq!(
            depth2,
            usize::from(want.len() == 4),
            "{}: the gateway in the cloud in the data centre",
            v.id
        );
    }
}

/// A data centre hosting two servers and a network, one server hosting
/// system software and an application, the other connected to it.
const NEST: &str = r#"{"schema_version": 1,
 "elements": [
  {"id": "dc", "name": "Pusat data", "domain": "infrastruktur", "kind": "pusat-data"},
  {"id": "srv-a", "name": "Server A", "domain": "infrastruktur", "kind": "server"},
  {"id": "srv-b", "name": "Server B", "domain": "infrastruktur", "kind": "server"},
  {"id": "os", "name": "Sistem operasi", "domain": "infrastruktur", "kind": "perangkat-lunak"},
  {"id": "net", "name": "Jaringan", "domain": "infrastruktur", "kind": "jaringan"},
  {"id": "app", "name": "SIMPEG", "domain": "aplikasi"}],
 "relations": [
  {"from": "srv-a", "to": "dc", "type": "hosted-on"},
  {"from": "srv-b", "to": "dc", "type": "hosted-on"},
  {"from": "os", "to": "srv-a", "type": "hosted-on"},
  {"from": "app", "to": "srv-a", "type": "hosted-on"},
  {"from": "net", "to": "dc", "type": "hosted-on"},
  {"from": "srv-b", "to": "srv-a", "type": "connects-to"}]}"#;

/// The nesting catalog's overview, whole. The infrastructure band starts
/// at 20 + 55 + 20 = 95. Server A holds the system software: 10 + 120 + 10
/// = 140 wide, 30 (label area) + 55 + 10 = 95 high, at (160 + 10, 95 + 30).
/// The data centre holds server A and server B: 10 + 140 + 10 + 120 + 10 =
/// 290 wide, 30 + 95 + 10 = 135 high; server B at 170 + 140 + 10 = 320;
/// the software at (170 + 10, 125 + 30). The network (Serving, a
/// `Node` may not aggregate a `CommunicationNetwork`) follows the data
/// centre at 160 + 290 + 20 = 470. The three hostings nest; the
/// application's hosting (Serving), the network's and the connection
/// between the servers are drawn.
const NEST_OVERVIEW: &str = r#"      <view identifier="view-overview" xsi:type="Diagram">
        <name xml:lang="id">Ikhtisar berlapis</name>
        <name xml:lang="en">Layered overview</name>
        <node identifier="node-1" xsi:type="Label" x="20" y="20" w="120" h="55">
          <label xml:lang="id">Aplikasi</label>
          <label xml:lang="en">Applications</label>
        </node>
        <node identifier="node-2" elementRef="id-app" xsi:type="Element" x="160" y="20" w="120" h="55"/>
        <node identifier="node-3" xsi:type="Label" x="20" y="95" w="120" h="135">
          <label xml:lang="id">Infrastruktur</label>
          <label xml:lang="en">Infrastructure</label>
        </node>
        <node identifier="node-4" elementRef="id-dc" xsi:type="Element" x="160" y="95" w="290" h="135">
          <node identifier="node-5" elementRef="id-srv-a" xsi:type="Element" x="170" y="125" w="140" h="95">
            <node identifier="node-6" elementRef="id-os" xsi:type="Element" x="180" y="155" w="120" h="55"/>
          </node>
          <node identifier="node-7" elementRef="id-srv-b" xsi:type="Element" x="320" y="125" w="120" h="55"/>
        </node>
        <node identifier="node-8" elementRef="id-net" xsi:type="Element" x="470" y="95" w="120" h="55"/>
        <connection identifier="conn-1" relationshipRef="rel-app.hosted-on.srv-a" xsi:type="Relationship" source="node-5" target="node-2"/>
        <connection identifier="conn-2" relationshipRef="rel-net.hosted-on.dc" xsi:type="Relationship" source="node-4" target="node-8"/>
        <connection identifier="conn-3" relationshipRef="rel-srv-b.connects-to.srv-a" xsi:type="Relationship" source="node-5" target="node-7"/>
      </view>
"#;

#[test]
fn hosted_servers_nest_in_their_data_centre() {
    let m = ArchitectureModel::from_json(NEST).unwrap();
    let xml = m.to_archimate_xml();
    xmllint_validate("nest", &xml);
    for (rel, source, target, ty) in [
        ("srv-a.hosted-on.dc", "dc", "srv-a", "Aggregation"),
        ("srv-b.hosted-on.dc", "dc", "srv-b", "Aggregation"),
        ("os.hosted-on.srv-a", "srv-a", "os", "Aggregation"),
        ("app.hosted-on.srv-a", "srv-a", "app", "Serving"),
        ("net.hosted-on.dc", "dc", "net", "Serving"),
        ("srv-b.connects-to.srv-a", "srv-a", "srv-b", "Serving"),
    ] {
        let line = format!(
            r#"<relationship identifier="rel-{rel}" source="id-{source}" target="id-{target}" xsi:type="{ty}">"#
        );
        assert!(xml.contains(&line), "{line}");
    }
    assert!(xml.contains(
        "xsi:type=\"Aggregation\">\n      <name xml:lang=\"id\">menampung</name>\n      <name xml:lang=\"en\">hosts</name>"
    ));
    assert!(xml.contains(NEST_OVERVIEW), "{xml}");
    let doc = read(&xml);
    check_views(&doc);
    check_bands(&doc, &doc.views[0]);
    // overview and as-is, laid out alike
    assert_eq!(doc.views.len(), 2);
    let [overview, as_is] = [&doc.views[0], &doc.views[1]];
    let layout = |v: &View| -> Vec<(Option<String>, [u32; 4], usize)> {
        (v.nodes.iter())
            .map(|n| (n.element.clone(), n.b, n.depth))
            .collect()
    };
    assert_eq!(layout(overview), layout(as_is));
    assert_eq!(as_is.conns.len(), 3);
    let want = [
        ("id-dc", "id-srv-a"),
        ("id-srv-a", "id-os"),
        ("id-dc", "id-srv-b"),
    ];
    let got = nested(overview);
    let got: Vec<(&str, &str)> = got.iter().map(|(h, c)| (h.as_str(), c.as_str())).collect();
    assert_eq!(got, want);
    // the checks catch a nested node outside its host and a drawn nesting
    let outside = xml.replacen(r#"x="320" y="125""#, r#"x="420" y="125""#, 1);
    let drawn = xml.replacen(
        "      </view>",
        concat!(
            r#"        <connection identifier="conn-x" relationshipRef="rel-srv-a.hosted-on.dc" "#,
            r#"xsi:type="Relationship" source="node-4" target="node-5"/>"#,
            "\n      </view>"
        ),
        1,
    );
    for broken in [outside, drawn] {
        let broken = read(&broken);
        assert!(std::panic::catch_unwind(|| check_views(&broken)).is_err());
    }
}
