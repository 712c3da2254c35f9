//! Tests of duplicate detection.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use super::*;

const CATALOG: &str = r#"{"schema_version": 1,
  "agencies": [
    {"id": "bkpsdm", "name": "BKPSDM", "kind": "badan"},
    {"id": "dikbud", "name": "Dikbud", "kind": "dinas"},
    {"id": "dinkes", "name": "Dinkes", "kind": "dinas"},
    {"id": "diskominfo", "name": "Diskominfo", "kind": "dinas"}],
  "elements": [
    {"id": "simpeg", "name": "SIMPEG", "domain": "aplikasi", "owner": "bkpsdm",
     "function": "kepegawaian"},
    {"id": "sipeg-guru", "name": "SIPEG Guru", "domain": "aplikasi", "owner": "dikbud",
     "function": "  KePegawaian  ", "lifecycle": {"state": "retiring", "year": 2024}},
    {"id": "absensi", "name": "Absensi", "domain": "aplikasi", "owner": "bkpsdm",
     "function": "Kepegawaian"},
    {"id": "simpeg-baru", "name": "SIMPEG baru", "domain": "aplikasi", "kind": "umum",
     "owner": "diskominfo", "function": "kepegawaian", "lifecycle": {"state": "to-be"}},
    {"id": "proses-pegawai", "name": "Kepegawaian", "domain": "proses-bisnis",
     "owner": "dinkes", "function": "kepegawaian"},
    {"id": "sikes", "name": "SIKES", "domain": "aplikasi", "owner": "dinkes",
     "function": "kesehatan"},
    {"id": "app-b", "name": "B", "domain": "aplikasi", "owner": "diskominfo",
     "reference": "RAA.02.01"},
    {"id": "app-a", "name": "A", "domain": "aplikasi", "owner": "dinkes",
     "reference": "RAA.02.01"},
    {"id": "app-c", "name": "C", "domain": "aplikasi", "owner": "dikbud",
     "function": "arsip", "reference": "RAA.02.01"},
    {"id": "app-d", "name": "D", "domain": "aplikasi", "function": "arsip"},
    {"id": "keu-1", "name": "Keu 1", "domain": "aplikasi", "owner": "bkpsdm",
     "function": "keuangan"},
    {"id": "keu-2", "name": "Keu 2", "domain": "aplikasi", "owner": "bkpsdm",
     "function": "keuangan"},
    {"id": "keu-3", "name": "Keu 3", "domain": "aplikasi", "function": "keuangan"}]}"#;

#[test]
fn groups_by_normalized_function_and_then_reference() {
    let m = ArchitectureModel::from_json(CATALOG).unwrap();
    let d = m.duplicates();
    assert_eq!(
        d,
        [
            DuplicateGroup {
                basis: DuplicateBasis::Function,
                key: "kepegawaian".into(),
                elements: vec!["absensi".into(), "simpeg".into(), "sipeg-guru".into()],
                agencies: vec!["bkpsdm".into(), "dikbud".into()],
            },
            DuplicateGroup {
                basis: DuplicateBasis::Reference,
                key: "RAA.02.01".into(),
                elements: vec!["app-a".into(), "app-b".into()],
                agencies: vec!["dinkes".into(), "diskominfo".into()],
            },
        ]
    );
    assert_eq!(d[1].basis.to_string(), "reference");
}

#[test]
fn unowned_applications_join_but_do_not_count() {
    // keu-1 and keu-2 share one owner, keu-3 has none: not a group …
    let m = ArchitectureModel::from_json(CATALOG).unwrap();
    assert!(m.duplicates().iter().all(|g| g.key != "keuangan"));
    // … until keu-2 moves to another agency; keu-3 then joins the group
    let json = CATALOG.replace(
        r#""id": "keu-2", "name": "Keu 2", "domain": "aplikasi", "owner": "bkpsdm""#,
        r#""id": "keu-2", "name": "Keu 2", "domain": "aplikasi", "owner": "dinkes""#,
    );
    let m = ArchitectureModel::from_json(&json).unwrap();
    let keu: Vec<_> = m
        .duplicates()
        .into_iter()
        .filter(|g| g.key == "keuangan")
        .collect();
    assert_eq!(keu.len(), 1);
    assert_eq!(keu[0].elements, ["keu-1", "keu-2", "keu-3"]);
    assert_eq!(keu[0].agencies, ["bkpsdm", "dinkes"]);
}

#[test]
fn no_duplicates_in_an_empty_catalog() {
    let m = ArchitectureModel::from_json(r#"{"schema_version": 1}"#).unwrap();
    assert!(m.duplicates().is_empty());
}
