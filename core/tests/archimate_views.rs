//! The views of the ArchiMate export, read back: the sample catalog
//! (examples/data/bolmong-architecture.json) validates and its views
//! reference what they should, laid out without overlap in domain bands;
//! a tiny catalog has exactly the expected coordinates; hosted
//! infrastructure nests in its host (`archimate_views/nesting.rs`).

use egov_masterplan::{architecture::Lifecycle, ArchitectureModel};
use std::collections::{BTreeMap, BTreeSet};

mod common;
use common::xmllint_validate;
#[path = "archimate_views/read.rs"]
mod read;
use read::{read, Doc, Node, View};
#[path = "archimate_views/nesting.rs"]
mod nesting;

/// The band labels (Indonesian), top to bottom.
const ROWS: [&str; 6] = [
    "Proses Bisnis",
    "Data dan Informasi",
    "Aplikasi",
    "Infrastruktur",
    "Keamanan",
    "Layanan",
];

/// Whether `a` lies inside `b` (x, y, w, h).
fn inside(a: &[u32; 4], b: &[u32; 4]) -> bool {
    b[0] <= a[0] && b[1] <= a[1] && a[0] + a[2] <= b[0] + b[2] && a[1] + a[3] <= b[1] + b[3]
}

/// The (host, nested) element identifiers of the nested nodes of a view,
/// in document order.
fn nested(v: &View) -> Vec<(String, String)> {
    let node = |id: &str| v.nodes.iter().find(|n| n.id == id).unwrap();
    (v.nodes.iter())
        .filter_map(|n| {
            let p = node(n.parent.as_deref()?);
            Some((p.element.clone().unwrap(), n.element.clone().unwrap()))
        })
        .collect()
}

/// Checks what every view must satisfy; returns, per view, the element
/// identifiers on it.
fn check_views(doc: &Doc) -> Vec<BTreeSet<String>> {
    let mut node_ids = BTreeSet::new();
    let mut out = Vec::new();
    for v in &doc.views {
        let mut by_node: BTreeMap<&str, &str> = BTreeMap::new();
        let mut elements = BTreeSet::new();
        for n in &v.nodes {
            assert!(
                node_ids.insert(n.id.clone()),
                "{}: node {} twice",
                v.id,
                n.id
            );
            match n.ty.as_str() {
                "Element" => {
                    let e = n.element.as_deref().unwrap();
                    assert!(doc.elements.contains_key(e), "{}: no element {e}", v.id);
                    assert!(elements.insert(e.to_owned()), "{}: {e} shown twice", v.id);
                    by_node.insert(&n.id, e);
                }
                "Label" => {
                    assert!(!n.label.is_empty(), "{}: empty label", v.id);
                    assert_eq!(n.depth, 0, "{}: labels do not nest", v.id);
                }
                other => panic!("{}: node type {other}", v.id),
            }
            if let Some(p) = &n.parent {
                let p = v.nodes.iter().find(|m| &m.id == p).unwrap();
                assert!(inside(&n.b, &p.b), "{}: {n:?} outside {p:?}", v.id);
            }
        }
        // nodes nested in the same node (or none) do not overlap; nested
        // nodes lie inside their parents, so no two nodes overlap unless
        // one holds the other
        for (i, a) in v.nodes.iter().enumerate() {
            for b in v.nodes[i + 1..].iter().filter(|b| b.parent == a.parent) {
                let apart = a.b[0] + a.b[2] <= b.b[0]
                    || b.b[0] + b.b[2] <= a.b[0]
                    || a.b[1] + a.b[3] <= b.b[1]
                    || b.b[1] + b.b[3] <= a.b[1];
                assert!(apart, "{}: {a:?} overlaps {b:?}", v.id);
            }
        }
        // each nested node shows an Aggregation from its host
        let nests: BTreeSet<(String, String)> = nested(v).into_iter().collect();
        for (host, child) in &nests {
            let aggregation = doc
                .rels
                .iter()
                .any(|(id, (s, t))| (s, t) == (host, child) && doc.rel_types[id] == "Aggregation");
            assert!(aggregation, "{}: {child} nested in {host}", v.id);
        }
        let mut drawn = BTreeSet::new();
        for c in &v.conns {
            let (s, t) = doc.rels.get(&c.rel).unwrap_or_else(|| panic!("{}", c.rel));
            assert_eq!(by_node.get(c.source.as_str()), Some(&s.as_str()), "{c:?}");
            assert_eq!(by_node.get(c.target.as_str()), Some(&t.as_str()), "{c:?}");
            assert!(
                drawn.insert(c.rel.clone()),
                "{}: {} drawn twice",
                v.id,
                c.rel
            );
        }
        // every relationship between two nodes is drawn, but for the
        // Aggregation a nesting shows
        for (id, (s, t)) in &doc.rels {
            let shown_by_nesting =
                doc.rel_types[id] == "Aggregation" && nests.contains(&(s.clone(), t.clone()));
            let both = elements.contains(s) && elements.contains(t);
            assert_eq!(
                drawn.contains(id),
                both && !shown_by_nesting,
                "{}: {id}",
                v.id
            );
        }
        out.push(elements);
    }
    out
}

/// Element nodes sit inside the band whose label names their domain, and
/// the bands run in [`ROWS`] order.
fn check_bands(doc: &Doc, v: &View) {
    let labels: Vec<&Node> = v.nodes.iter().filter(|n| n.ty == "Label").collect();
    let order: Vec<usize> = labels
        .iter()
        .filter_map(|l| ROWS.iter().position(|r| *r == l.label))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{}: {order:?}", v.id);
    assert!(labels.windows(2).all(|w| w[0].b[1] < w[1].b[1]));
    for n in v.nodes.iter().filter(|n| n.ty == "Element") {
        let e = n.element.as_deref().unwrap();
        let domain = &doc.elements[e];
        let band = labels
            .iter()
            .find(|l| l.b[1] <= n.b[1] && n.b[1] + n.b[3] <= l.b[1] + l.b[3])
            .unwrap_or_else(|| panic!("{}: {e} is in no band", v.id));
        let row = ROWS.iter().position(|r| *r == band.label);
        let want = [
            "proses-bisnis",
            "data-informasi",
            "aplikasi",
            "infrastruktur",
            "keamanan",
            "layanan",
        ]
        .iter()
        .position(|d| d == domain);
        assert_eq!(row, want, "{}: {e} ({domain}) in band {}", v.id, band.label);
        assert!(n.b[0] > band.b[0] + band.b[2], "right of the label");
    }
}

fn ids(m: &ArchitectureModel) -> BTreeSet<String> {
    m.elements()
        .iter()
        .map(|e| format!("id-{}", e.id))
        .collect()
}

#[test]
fn the_sample_has_views_that_read_back() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/data/bolmong-architecture.json"
    );
    let json = std::fs::read_to_string(path).unwrap();
    let m = ArchitectureModel::from_json(&json).unwrap();
    let xml = m.to_archimate_xml();
    assert_eq!(xml, m.to_archimate_xml(), "deterministic");
    xmllint_validate("sample", &xml);
    let doc = read(&xml);
    assert_eq!((m.agencies().len(), m.elements().len()), (20, 74));
    assert!(
        ids(&m).iter().all(|id| doc.elements.contains_key(id)),
        "plain ids"
    );

    // Overview, 20 agencies, as-is, to-be 2021, 2022, 2023 and 2024.
    assert_eq!(doc.views.len(), 26);
    let mut want = vec!["view-overview".to_owned()];
    want.extend(m.agencies().iter().map(|a| format!("view-opd-{}", a.id)));
    want.push("view-as-is".into());
    want.extend((2021..=2024).map(|y| format!("view-to-be-{y}")));
    let got: Vec<&str> = doc.views.iter().map(|v| v.id.as_str()).collect();
    assert_eq!(got, want);

    let shown = check_views(&doc);
    for v in &doc.views {
        if !v.id.starts_with("view-opd-") {
            check_bands(&doc, v);
        }
    }
    assert_eq!(shown[0], ids(&m), "the overview shows every element");
    assert_eq!(doc.views[0].name, "Ikhtisar berlapis");
    // every relation but the four hostings the nesting shows
    assert_eq!(doc.views[0].conns.len(), m.relations().len() - 4);

    nesting::check_sample(&doc, &xml);
    for (i, a) in m.agencies().iter().enumerate() {
        let v = &doc.views[1 + i];
        assert_eq!(v.name, a.name.id());
        let owned: BTreeSet<&str> = (m.elements().iter())
            .filter(|e| e.owner.as_deref() == Some(&a.id))
            .map(|e| e.id.as_str())
            .collect();
        let mut want: BTreeSet<String> = owned.iter().map(|id| format!("id-{id}")).collect();
        for r in m.relations() {
            if owned.contains(r.from.as_str()) || owned.contains(r.to.as_str()) {
                want.extend([format!("id-{}", r.from), format!("id-{}", r.to)]);
            }
        }
        want.insert(format!("opd-{}", a.id));
        assert_eq!(shown[1 + i], want, "{}", v.id);
        assert_eq!(v.nodes[0].label, "Instansi");
        assert_eq!(
            v.nodes[1].element.as_deref(),
            Some(format!("opd-{}", a.id).as_str())
        );
        // the owner relationships are drawn
        let owner_conns = v
            .conns
            .iter()
            .filter(|c| c.rel.starts_with("rel-owner."))
            .count();
        assert_eq!(owner_conns, owned.len(), "{}", v.id);
    }
    let as_is = m.as_is();
    assert!(as_is.elements().len() < m.elements().len());
    assert_eq!(shown[21], ids(&as_is));
    for (k, year) in (2021..=2024).enumerate() {
        assert_eq!(shown[22 + k], ids(&m.planned_at(year)), "{year}");
    }
    let planned_2021: Vec<_> = (m.elements().iter())
        .filter(|e| e.lifecycle == Lifecycle::ToBe { year: Some(2021) })
        .collect();
    assert_eq!(planned_2021.len(), 3);
}

const TINY: &str = r#"{"schema_version": 1,
 "agencies": [{"id": "kominfo", "name": {"id": "Dinas Kominfo", "en": "ICT office"}, "kind": "dinas"}],
 "elements": [
  {"id": "p", "name": "Perizinan", "domain": "proses-bisnis"},
  {"id": "a", "name": "SIMPEL", "domain": "aplikasi", "lifecycle": {"state": "to-be", "year": 2025}},
  {"id": "dc", "name": "Pusat data", "domain": "infrastruktur", "kind": "pusat-data", "owner": "kominfo"}],
 "relations": [{"from": "a", "to": "dc", "type": "hosted-on"}]}"#;

/// The tiny catalog's overview, whole.
const TINY_OVERVIEW: &str = r#"      <view identifier="view-overview" xsi:type="Diagram">
        <name xml:lang="id">Ikhtisar berlapis</name>
        <name xml:lang="en">Layered overview</name>
        <node identifier="node-1" xsi:type="Label" x="20" y="20" w="120" h="55">
          <label xml:lang="id">Proses Bisnis</label>
          <label xml:lang="en">Business process</label>
        </node>
        <node identifier="node-2" elementRef="id-p" xsi:type="Element" x="160" y="20" w="120" h="55"/>
        <node identifier="node-3" xsi:type="Label" x="20" y="95" w="120" h="55">
          <label xml:lang="id">Aplikasi</label>
          <label xml:lang="en">Applications</label>
        </node>
        <node identifier="node-4" elementRef="id-a" xsi:type="Element" x="160" y="95" w="120" h="55"/>
        <node identifier="node-5" xsi:type="Label" x="20" y="170" w="120" h="55">
          <label xml:lang="id">Infrastruktur</label>
          <label xml:lang="en">Infrastructure</label>
        </node>
        <node identifier="node-6" elementRef="id-dc" xsi:type="Element" x="160" y="170" w="120" h="55"/>
        <connection identifier="conn-1" relationshipRef="rel-a.hosted-on.dc" xsi:type="Relationship" source="node-6" target="node-4"/>
      </view>
"#;

#[test]
fn a_tiny_catalog_has_exact_coordinates() {
    let m = ArchitectureModel::from_json(TINY).unwrap();
    let xml = m.to_archimate_xml();
    xmllint_validate("tiny", &xml);
    assert!(xml.contains(TINY_OVERVIEW), "{xml}");
    assert!(xml.ends_with("</view>\n    </diagrams>\n  </views>\n</model>\n"));
    let doc = read(&xml);
    check_views(&doc);
    // the checks catch a reversed connection and an overlap
    for (from, to) in [
        (
            r#"source="node-6" target="node-4""#,
            r#"source="node-4" target="node-6""#,
        ),
        (
            r#"id-p" xsi:type="Element" x="160""#,
            r#"id-p" xsi:type="Element" x="100""#,
        ),
    ] {
        let broken = read(&xml.replacen(from, to, 1));
        assert!(
            std::panic::catch_unwind(|| check_views(&broken)).is_err(),
            "{to}"
        );
    }
    // view: (label or element, x, y) of each node; (source, target) of each connection
    type Summary = (String, Vec<(String, u32, u32)>, Vec<(String, String)>);
    let summary: Vec<Summary> = (doc.views.iter())
        .map(|v| {
            let nodes = (v.nodes.iter())
                .map(|n| (n.element.clone().unwrap_or(n.label.clone()), n.b[0], n.b[1]))
                .collect();
            let node = |id: &str| v.nodes.iter().find(|n| n.id == id).unwrap();
            let conns = (v.conns.iter())
                .map(|c| {
                    let end = |id: &str| node(id).element.clone().unwrap();
                    (end(&c.source), end(&c.target))
                })
                .collect();
            (v.id.clone(), nodes, conns)
        })
        .collect();
    let n = |s: &str, x, y| (s.to_owned(), x, y);
    let c = |s: &str, t: &str| (s.to_owned(), t.to_owned());
    let bands = |rows: &[(&str, &str)]| -> Vec<(String, u32, u32)> {
        let mut out = Vec::new();
        for (k, (label, element)) in rows.iter().enumerate() {
            let y = 20 + 75 * k as u32;
            out.extend([n(label, 20, y), n(element, 160, y)]);
        }
        out
    };
    let (pb, ap, inf) = (
        ("Proses Bisnis", "id-p"),
        ("Aplikasi", "id-a"),
        ("Infrastruktur", "id-dc"),
    );
    let hosting = c("id-dc", "id-a");
    assert_eq!(
        summary,
        [
            (
                "view-overview".into(),
                bands(&[pb, ap, inf]),
                vec![hosting.clone()]
            ),
            (
                "view-opd-kominfo".into(),
                bands(&[("Instansi", "opd-kominfo"), ap, inf]),
                vec![hosting.clone(), c("opd-kominfo", "id-dc")]
            ),
            ("view-as-is".into(), bands(&[pb, inf]), vec![]),
            (
                "view-to-be-2025".into(),
                bands(&[pb, ap, inf]),
                vec![hosting]
            ),
        ]
    );
    assert_eq!(doc.views[1].name, "Dinas Kominfo");
    assert!(xml.contains(r#"<name xml:lang="en">To-be architecture 2025</name>"#));
}

#[test]
fn a_band_wraps_after_eight_elements() {
    let elements: Vec<String> = (0..9)
        .map(|i| format!(r#"{{"id": "a{i}", "name": "A{i}", "domain": "aplikasi"}}"#))
        .collect();
    let json = format!(
        r#"{{"schema_version": 1, "elements": [{}]}}"#,
        elements.join(",")
    );
    let m = ArchitectureModel::from_json(&json).unwrap();
    let xml = m.to_archimate_xml();
    xmllint_validate("wrap", &xml);
    let doc = read(&xml);
    check_views(&doc);
    let overview = &doc.views[0];
    assert_eq!(
        overview.nodes[0].b,
        [20, 20, 120, 130],
        "the label spans two lines"
    );
    assert_eq!(overview.nodes[8].b, [160 + 7 * 140, 20, 120, 55]);
    assert_eq!(overview.nodes[9].b, [160, 95, 120, 55]);
    check_bands(&doc, overview);
}

#[test]
fn a_catalog_without_elements_has_no_views() {
    let m = ArchitectureModel::from_json(
        r#"{"schema_version": 1, "agencies": [{"id": "setda", "name": "Setda", "kind": "sekretariat"}]}"#,
    )
    .unwrap();
    let xml = m.to_archimate_xml();
    xmllint_validate("no-elements", &xml);
    assert!(!xml.contains("<views>"));
}
