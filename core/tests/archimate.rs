//! ArchiMate exchange export: every exported file validates against the
//! Open Group 3.1 schema (`xmllint`, offline, through the catalog in
//! `core/tests/data/archimate`), and every exported relationship is one
//! Archi's relationship table (`relationships.xml`) permits between the
//! two element types it joins.

use egov_masterplan::{
    architecture::{Domain, RelationType},
    ArchitectureModel,
};
use std::collections::{BTreeMap, BTreeSet};

mod common;
use common::{xmllint_validate, SCHEMAS};

/// Every domain, every kind, every relation type (several pairs each,
/// including ones that fall back to Association), every agency kind, a
/// parent agency, every lifecycle state, free properties.
const FULL: &str = r#"{"schema_version": 1, "id": "kab-contoh",
 "name": {"id": "Arsitektur SPBE Kabupaten Contoh", "en": "Example regency SPBE architecture"},
 "agencies": [
  {"id": "setda", "name": "Sekretariat Daerah", "kind": "sekretariat"},
  {"id": "bappeda", "name": {"id": "Badan Perencanaan", "en": "Planning agency"}, "kind": "badan", "parent": "setda"},
  {"id": "diskominfo", "name": "Dinas Kominfo", "kind": "dinas"},
  {"id": "inspektorat", "name": "Inspektorat", "kind": "inspektorat"},
  {"id": "kec-kota", "name": "Kecamatan Kota", "kind": "kecamatan"},
  {"id": "rsud", "name": "RSUD", "kind": "other"}],
 "elements": [
  {"id": "pb-proses", "name": "Perencanaan", "domain": "proses-bisnis", "kind": "proses", "owner": "bappeda",
   "reference": "RAB.01", "function": "perencanaan"},
  {"id": "pb-fungsi", "name": "Pengawasan", "domain": "proses-bisnis", "kind": "fungsi", "owner": "inspektorat"},
  {"id": "d-data", "name": "Data anggaran", "domain": "data-informasi", "kind": "data", "owner": "bappeda"},
  {"id": "d-induk", "name": "Data induk pegawai", "domain": "data-informasi", "kind": "data-induk", "owner": "setda"},
  {"id": "d-ref", "name": "Kode wilayah", "domain": "data-informasi", "kind": "data-referensi"},
  {"id": "i-dc", "name": "Pusat data", "domain": "infrastruktur", "kind": "pusat-data", "owner": "diskominfo"},
  {"id": "i-srv", "name": "Server aplikasi", "domain": "infrastruktur", "kind": "server", "owner": "diskominfo"},
  {"id": "i-cloud", "name": "Cloud nasional", "domain": "infrastruktur", "kind": "cloud"},
  {"id": "i-net", "name": "Jaringan intra", "domain": "infrastruktur", "kind": "jaringan", "owner": "diskominfo"},
  {"id": "i-esb", "name": "Sistem penghubung", "domain": "infrastruktur", "kind": "sistem-penghubung"},
  {"id": "i-os", "name": "Sistem operasi", "domain": "infrastruktur", "kind": "perangkat-lunak"},
  {"id": "a-khusus", "name": "SIMRAL", "domain": "aplikasi", "kind": "khusus", "owner": "bappeda",
   "reference": "RAA.02.01", "lifecycle": {"state": "to-be", "year": 2025}, "properties": {"vendor": "Pusdatin"}},
  {"id": "a-umum", "name": "SRIKANDI", "domain": "aplikasi", "kind": "umum", "owner": "kec-kota",
   "lifecycle": {"state": "retiring"}},
  {"id": "k-standar", "name": "Standar keamanan", "domain": "keamanan", "kind": "standar", "owner": "diskominfo"},
  {"id": "k-penerapan", "name": "Penerapan keamanan", "domain": "keamanan", "kind": "penerapan", "owner": "rsud"},
  {"id": "k-kelaikan", "name": "Uji kelaikan", "domain": "keamanan", "kind": "kelaikan"},
  {"id": "l-publik", "name": "Layanan kesehatan", "domain": "layanan", "kind": "publik", "owner": "rsud"},
  {"id": "l-admin", "name": "Layanan perencanaan", "domain": "layanan", "kind": "administrasi", "owner": "bappeda"}],
 "relations": [
  {"from": "a-khusus", "to": "l-admin", "type": "realizes"},
  {"from": "a-umum", "to": "l-publik", "type": "realizes"},
  {"from": "pb-proses", "to": "l-publik", "type": "realizes"},
  {"from": "pb-fungsi", "to": "l-admin", "type": "realizes"},
  {"from": "l-publik", "to": "pb-proses", "type": "serves"},
  {"from": "l-admin", "to": "l-publik", "type": "serves"},
  {"from": "a-khusus", "to": "pb-fungsi", "type": "serves"},
  {"from": "i-srv", "to": "a-khusus", "type": "serves"},
  {"from": "i-net", "to": "pb-proses", "type": "serves"},
  {"from": "i-esb", "to": "l-admin", "type": "serves"},
  {"from": "pb-proses", "to": "a-khusus", "type": "uses"},
  {"from": "l-publik", "to": "l-admin", "type": "uses"},
  {"from": "a-khusus", "to": "d-data", "type": "uses"},
  {"from": "a-umum", "to": "i-esb", "type": "uses"},
  {"from": "pb-fungsi", "to": "i-cloud", "type": "uses"},
  {"from": "a-khusus", "to": "d-ref", "type": "reads"},
  {"from": "pb-proses", "to": "d-data", "type": "reads"},
  {"from": "l-admin", "to": "d-induk", "type": "reads"},
  {"from": "a-umum", "to": "d-induk", "type": "writes"},
  {"from": "l-publik", "to": "d-data", "type": "writes"},
  {"from": "a-khusus", "to": "i-srv", "type": "hosted-on"},
  {"from": "d-data", "to": "i-dc", "type": "hosted-on"},
  {"from": "i-srv", "to": "i-dc", "type": "hosted-on"},
  {"from": "i-os", "to": "i-srv", "type": "hosted-on"},
  {"from": "i-esb", "to": "i-cloud", "type": "hosted-on"},
  {"from": "i-net", "to": "i-dc", "type": "hosted-on"},
  {"from": "i-srv", "to": "i-net", "type": "connects-to"},
  {"from": "a-umum", "to": "i-net", "type": "connects-to"},
  {"from": "i-esb", "to": "i-os", "type": "connects-to"},
  {"from": "k-standar", "to": "a-khusus", "type": "secures"},
  {"from": "k-penerapan", "to": "i-srv", "type": "secures"},
  {"from": "k-kelaikan", "to": "d-induk", "type": "secures"},
  {"from": "k-standar", "to": "k-penerapan", "type": "secures"},
  {"from": "k-kelaikan", "to": "pb-proses", "type": "secures"},
  {"from": "k-penerapan", "to": "l-publik", "type": "secures"},
  {"from": "pb-proses", "to": "pb-fungsi", "type": "depends-on"},
  {"from": "d-ref", "to": "d-data", "type": "depends-on"},
  {"from": "k-penerapan", "to": "a-umum", "type": "depends-on"},
  {"from": "l-publik", "to": "i-srv", "type": "depends-on"},
  {"from": "a-umum", "to": "k-standar", "type": "depends-on"}]}"#;

/// Hostile names and ids: markup, quotes, `]]>`, non-ASCII, ids that start
/// with a digit or collide once mapped to XML names.
const HOSTILE: &str = r#"{"schema_version": 1, "id": "kab <\"x\"> & 'y'",
 "name": {"id": "Arsitektur <SPBE> & \"Kab\" ]]>", "en": "O'Brien's <arch> & co"},
 "agencies": [
  {"id": "dpupr ŝ", "name": {"id": "Dinas Pekerjaan Umum dan Penataan Ruang – Ŝ é", "en": "Public Works <&> \"PU\""},
   "kind": "dinas"},
  {"id": "1-opd", "name": "<script>alert('x')</script>", "kind": "badan", "parent": "dpupr ŝ"}],
 "elements": [
  {"id": "1-app", "name": "Aplikasi \"SI<PU>\" & ]]> 'x'", "domain": "aplikasi", "owner": "dpupr ŝ",
   "properties": {"k<e>y & \"x\"": "v ]]> <&> 'q'", "ket": "Ŝé – ok"}},
  {"id": "a b", "name": "Spasi", "domain": "aplikasi", "owner": "1-opd"},
  {"id": "a_b", "name": "Garis bawah", "domain": "aplikasi"},
  {"id": "a:b", "name": "Titik dua", "domain": "aplikasi"},
  {"id": "pusat data é", "name": {"id": "Pusat Data – é", "en": "Data centre <main>"}, "domain": "infrastruktur",
   "kind": "pusat-data", "owner": "1-opd"},
  {"id": "data&<>", "name": "Data ]]>", "domain": "data-informasi", "function": "<fungsi> & \"f\""}],
 "relations": [
  {"from": "1-app", "to": "pusat data é", "type": "hosted-on"},
  {"from": "a b", "to": "data&<>", "type": "writes"},
  {"from": "a_b", "to": "data&<>", "type": "reads"},
  {"from": "a:b", "to": "1-app", "type": "depends-on"},
  {"from": "data&<>", "to": "pusat data é", "type": "hosted-on"}]}"#;

/// `name="value"` from one line of XML (the export writes one tag a line).
fn attr<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = line.find(&key)? + key.len();
    let len = line[start..].find('"')?;
    Some(&line[start..start + len])
}

/// `relationships.xml`: (source type, target type) → permitted letters.
fn matrix() -> BTreeMap<(String, String), String> {
    let path = format!("{SCHEMAS}/relationships.xml");
    let xml = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut out = BTreeMap::new();
    let mut source = String::new();
    for line in xml.lines() {
        if line.contains("<source ") {
            source = attr(line, "concept").unwrap().to_owned();
        } else if line.contains("<target ") {
            let target = attr(line, "concept").unwrap().to_owned();
            out.insert(
                (source.clone(), target),
                attr(line, "relations").unwrap().to_owned(),
            );
        }
    }
    assert!(
        out.len() > 3000,
        "relationships.xml parsed: {} pairs",
        out.len()
    );
    out
}

/// The letter of a relationship type in `relationships.xml`.
fn letter(xsi_type: &str) -> char {
    match xsi_type {
        "Access" => 'a',
        "Composition" => 'c',
        "Flow" => 'f',
        "Aggregation" => 'g',
        "Assignment" => 'i',
        "Influence" => 'n',
        "Association" => 'o',
        "Realization" => 'r',
        "Specialization" => 's',
        "Triggering" => 't',
        "Serving" => 'v',
        other => panic!("unknown relationship type {other}"),
    }
}

/// Asserts every relationship in `xml` is permitted; returns the
/// relationships as (source type, relationship type, target type).
fn check_relationships(xml: &str) -> Vec<(String, String, String)> {
    let matrix = matrix();
    let mut types: BTreeMap<&str, &str> = BTreeMap::new();
    for line in xml.lines().map(str::trim_start) {
        if line.starts_with("<element ") {
            types.insert(
                attr(line, "identifier").unwrap(),
                attr(line, "xsi:type").unwrap(),
            );
        }
    }
    let mut out = Vec::new();
    for line in xml.lines().map(str::trim_start) {
        if !line.starts_with("<relationship ") {
            continue;
        }
        let (id, rel) = (
            attr(line, "identifier").unwrap(),
            attr(line, "xsi:type").unwrap(),
        );
        let s = types[attr(line, "source").unwrap()];
        let t = types[attr(line, "target").unwrap()];
        let allowed = &matrix[&(s.to_owned(), t.to_owned())];
        assert!(
            allowed.contains(letter(rel)),
            "{id}: {rel} from {s} to {t} is not permitted (allowed: {allowed})"
        );
        out.push((s.to_owned(), rel.to_owned(), t.to_owned()));
    }
    out
}

#[test]
fn full_catalog_validates_and_every_relationship_is_permitted() {
    let m = ArchitectureModel::from_json(FULL).unwrap();
    for d in Domain::ALL {
        for k in d.kinds() {
            assert!(
                m.elements().iter().any(|e| e.domain == *d && e.kind == *k),
                "{d} {k}"
            );
        }
    }
    let kinds: BTreeSet<RelationType> = m.relations().iter().map(|r| r.kind).collect();
    assert_eq!(kinds.len(), RelationType::ALL.len(), "every relation type");

    let xml = m.to_archimate_xml();
    assert_eq!(xml, m.to_archimate_xml(), "deterministic");
    xmllint_validate("full", &xml);
    let rels = check_relationships(&xml);
    // relations, owners, one parent
    let owned = m.elements().iter().filter(|e| e.owner.is_some()).count();
    assert_eq!(rels.len(), m.relations().len() + owned + 1);

    let has = |s: &str, r: &str, t: &str| {
        rels.iter()
            .any(|x| (x.0.as_str(), x.1.as_str(), x.2.as_str()) == (s, r, t))
    };
    assert!(has("Node", "Serving", "ApplicationComponent"), "hosted-on");
    // hosted-on between infrastructure elements: an Aggregation from the
    // host where permitted, else Serving from the host
    assert!(xml.contains(r#"source="id-i-dc" target="id-i-srv" xsi:type="Aggregation""#));
    assert!(xml.contains(r#"source="id-i-srv" target="id-i-os" xsi:type="Aggregation""#));
    assert!(xml.contains(r#"source="id-i-cloud" target="id-i-esb" xsi:type="Aggregation""#));
    assert!(xml.contains(r#"source="id-i-dc" target="id-i-net" xsi:type="Serving""#));
    assert!(has("Node", "Aggregation", "Node"), "hosted-on servers");
    assert!(
        has("Node", "Aggregation", "SystemSoftware"),
        "hosted-on software"
    );
    assert!(
        has("ApplicationComponent", "Realization", "ApplicationService"),
        "realizes"
    );
    assert!(
        has("BusinessProcess", "Realization", "BusinessService"),
        "realizes"
    );
    assert!(
        has("BusinessFunction", "Association", "ApplicationService"),
        "realizes, fallback"
    );
    assert!(
        has("ApplicationComponent", "Access", "DataObject"),
        "reads/writes/uses data"
    );
    assert!(
        has("Constraint", "Influence", "Requirement"),
        "secures between security elements"
    );
    assert!(
        has("ApplicationComponent", "Realization", "Constraint"),
        "secures"
    );
    assert!(
        has("BusinessActor", "Assignment", "BusinessProcess"),
        "owner"
    );
    assert!(
        has("BusinessActor", "Association", "DataObject"),
        "owner, fallback"
    );
    assert!(
        has("BusinessActor", "Aggregation", "BusinessActor"),
        "parent"
    );
    assert!(
        has("DataObject", "Association", "Node"),
        "hosted-on data, fallback"
    );
    assert!(xml.contains(r#"accessType="Read""#) && xml.contains(r#"accessType="Write""#));
    for t in [
        "BusinessProcess",
        "BusinessFunction",
        "DataObject",
        "BusinessService",
        "ApplicationService",
        "ApplicationComponent",
        "Node",
        "CommunicationNetwork",
        "SystemSoftware",
        "Constraint",
        "Requirement",
        "BusinessActor",
    ] {
        assert!(xml.contains(&format!(r#"xsi:type="{t}">"#)), "{t}");
    }
    assert!(xml.contains(r#"<name xml:lang="en">Planning agency</name>"#));
    assert!(xml.contains(r#"<label xml:lang="id">Proses Bisnis</label>"#));
    assert!(xml.contains(r#"<label xml:lang="id">Instansi</label>"#));
    // views: the overview, six agencies, as-is, to-be 2025 (read back in
    // archimate_views.rs)
    assert_eq!(xml.matches(r#"xsi:type="Diagram">"#).count(), 1 + 6 + 1 + 1);
    assert!(xml.contains(r#"<view identifier="view-to-be-2025" xsi:type="Diagram">"#));
}

#[test]
fn hostile_names_are_escaped_and_still_validate() {
    let m = ArchitectureModel::from_json(HOSTILE).unwrap();
    let xml = m.to_archimate_xml();
    xmllint_validate("hostile", &xml);
    check_relationships(&xml);
    assert!(xml.contains("Aplikasi &quot;SI&lt;PU&gt;&quot; &amp; ]]&gt; &apos;x&apos;"));
    assert!(xml.contains("Dinas Pekerjaan Umum dan Penataan Ruang – Ŝ é"));
    assert!(xml.contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;"));
    assert!(!xml.contains("<script>") && !xml.contains("]]>"));
    assert!(xml.contains(r#"identifier="id-1-app""#));
    let ids: Vec<&str> = xml.lines().filter_map(|l| attr(l, "identifier")).collect();
    let unique: BTreeSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "identifiers are unique: {ids:?}");
    for id in &ids {
        assert!(
            id.chars()
                .all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c)),
            "{id}"
        );
        assert!(id.starts_with(|c: char| c.is_ascii_alphabetic()), "{id}");
    }
}

#[test]
fn the_relationship_letters_are_archis_keys() {
    // relationships-keys.xml: <key char="a" relationship="AccessRelationship" />
    let path = format!("{SCHEMAS}/relationships-keys.xml");
    let xml = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let keys: Vec<(char, &str)> = xml
        .lines()
        .filter(|l| l.contains("<key "))
        .map(|l| {
            let c = attr(l, "char").unwrap().chars().next().unwrap();
            let r = attr(l, "relationship").unwrap();
            (c, r.strip_suffix("Relationship").unwrap())
        })
        .collect();
    assert_eq!(keys.len(), 11, "{keys:?}");
    for (c, xsi_type) in keys {
        assert_eq!(letter(xsi_type), c, "{xsi_type}");
    }
}
