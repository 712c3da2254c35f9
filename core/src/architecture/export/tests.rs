use super::*;

const HOSTILE: &str = r#"{"schema_version": 1, "id": "kab \"x\"", "name": {"id": "Arsitektur <SPBE> & \"co\"", "en": "Arch ]]> 'q'"},
  "agencies": [
    {"id": "setda", "name": "Sekretariat Daerah", "kind": "sekretariat"},
    {"id": "dpupr", "name": {"id": "Dinas Pekerjaan Umum dan Penataan Ruang – Ŝ é", "en": "Public works <&>"},
     "kind": "dinas", "parent": "setda"}],
  "elements": [
    {"id": "1-app", "name": "App \"quoted\" \\ back\nslash </script>", "domain": "aplikasi", "owner": "dpupr",
     "reference": "RAA.02.03", "function": "tata-ruang", "lifecycle": {"state": "to-be", "year": 2025},
     "properties": {"url": "https://x/?a=1&b=<2>", "vendor": "PT \"Ä\""}},
    {"id": "dc ]]>", "name": "Pusat data <utama>", "domain": "infrastruktur", "kind": "pusat-data",
     "lifecycle": {"state": "retiring"}},
    {"id": "data-ruang", "name": "Data ruang 'RTRW'", "domain": "data-informasi", "kind": "data-induk",
     "lifecycle": {"state": "as-is"}}],
  "relations": [
    {"from": "1-app", "to": "dc ]]>", "type": "hosted-on"},
    {"from": "1-app", "to": "data-ruang", "type": "writes"}]}"#;

#[test]
fn json_round_trips_and_is_stable() {
    let m = ArchitectureModel::from_json(HOSTILE).unwrap();
    let json = m.to_json();
    let back = ArchitectureModel::from_json(&json).unwrap();
    assert_eq!(back, m);
    assert_eq!(back.to_json(), json, "bytes are stable");
    assert!(json.starts_with(r#"{"schema_version":1,"id":"kab \"x\"","name":{"id":"Arsitektur <SPBE> & \"co\"","en":"Arch ]]> 'q'"},"agencies":["#));
    assert!(json.contains(r#"{"id":"dpupr","name":{"id":"Dinas Pekerjaan Umum dan Penataan Ruang – Ŝ é","en":"Public works <&>"},"kind":"dinas","parent":"setda"}"#));
    assert!(json.contains(concat!(
        r#"{"id":"1-app","name":"App \"quoted\" \\ back\nslash </script>","domain":"aplikasi","kind":"khusus","#,
        r#""owner":"dpupr","reference":"RAA.02.03","function":"tata-ruang","lifecycle":{"state":"to-be","year":2025},"#,
        r#""properties":{"url":"https://x/?a=1&b=<2>","vendor":"PT \"Ä\""}}"#
    )));
    assert!(json.contains(r#""lifecycle":{"state":"retiring"}}"#));
    assert!(
        json.contains(r#"{"id":"data-ruang","name":"Data ruang 'RTRW'","domain":"data-informasi","kind":"data-induk"}"#),
        "as-is lifecycle is left out"
    );
    assert!(json.ends_with(r#""relations":[{"from":"1-app","to":"dc ]]>","type":"hosted-on"},{"from":"1-app","to":"data-ruang","type":"writes"}]}"#));
}

#[test]
fn json_of_an_empty_catalog() {
    let m = ArchitectureModel::from_json(r#"{"schema_version": 1}"#).unwrap();
    assert_eq!(
        m.to_json(),
        r#"{"schema_version":1,"agencies":[],"elements":[],"relations":[]}"#
    );
    assert_eq!(ArchitectureModel::from_json(&m.to_json()).unwrap(), m);
}

/// Every `"` inside the DOT text is escaped unless it opens or closes a
/// string; a naive lexer must see balanced strings on every line.
fn assert_dot_strings_balanced(dot: &str) {
    for line in dot.lines() {
        let mut in_string = false;
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' if in_string => {
                    chars.next();
                }
                '"' => in_string = !in_string,
                _ => {}
            }
        }
        assert!(!in_string, "unbalanced string in {line:?}");
    }
}

#[test]
fn dot_escapes_hostile_names() {
    let m = ArchitectureModel::from_json(HOSTILE).unwrap();
    let dot = m.to_dot();
    assert_dot_strings_balanced(&dot);
    assert!(dot.starts_with("digraph \"kab \\\"x\\\"\" {\n"));
    assert!(dot.contains(r#"label="Arsitektur <SPBE> & \"co\"""#));
    assert!(dot.contains(
        r#""1-app" [label="App \"quoted\" \\ back\nslash </script>\n1-app", tooltip="Pemilik: Dinas Pekerjaan Umum dan Penataan Ruang – Ŝ é (dpupr)\nrencana 2025", style="rounded,dashed,filled"];"#
    ));
    assert!(dot.contains(
        r#""dc ]]>" [label="Pusat data <utama>\ndc ]]>", tooltip="Pemilik: –\ndihentikan""#
    ));
    assert!(dot.contains(r#""1-app" -> "dc ]]>" [label="hosted-on"];"#));
    assert!(dot.contains(r#""1-app" -> "data-ruang" [label="writes"];"#));
    assert!(!dot.contains("setda"), "agencies are not drawn");
    assert_eq!(dot, m.to_dot(), "deterministic");
}

#[test]
fn dot_has_one_cluster_per_domain_in_use() {
    let m = ArchitectureModel::from_json(HOSTILE).unwrap();
    let dot = m.to_dot();
    assert_eq!(dot.matches("subgraph \"cluster_").count(), 3);
    let data = dot.find("label=\"Data dan Informasi\"").unwrap();
    let infra = dot.find("label=\"Infrastruktur\"").unwrap();
    let app = dot.find("label=\"Aplikasi\"").unwrap();
    assert!(data < infra && infra < app, "Domain::ALL order");
    assert!(!dot.contains("Keamanan"));
}

#[test]
fn domain_labels() {
    assert_eq!(
        domain_label(Domain::ProsesBisnis, Lang::Id),
        "Proses Bisnis"
    );
    assert_eq!(domain_label(Domain::Layanan, Lang::En), "Services");
}
