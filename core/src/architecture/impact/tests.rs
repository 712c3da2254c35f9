//! Tests of impact analysis.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use super::*;
use crate::Error;

const CATALOG: &str = r#"{"schema_version": 1,
  "agencies": [
    {"id": "diskominfo", "name": "Diskominfo", "kind": "dinas"},
    {"id": "bkpsdm", "name": "BKPSDM", "kind": "badan"},
    {"id": "dukcapil", "name": "Disdukcapil", "kind": "dinas"}],
  "elements": [
    {"id": "dc", "name": "Pusat data", "domain": "infrastruktur", "kind": "pusat-data",
     "owner": "diskominfo"},
    {"id": "fw", "name": "Firewall", "domain": "keamanan", "kind": "penerapan",
     "owner": "diskominfo"},
    {"id": "simpeg", "name": "SIMPEG", "domain": "aplikasi", "owner": "bkpsdm"},
    {"id": "siak", "name": "SIAK", "domain": "aplikasi", "owner": "dukcapil"},
    {"id": "layanan-kk", "name": "Layanan KK", "domain": "layanan", "owner": "dukcapil"},
    {"id": "proses-kk", "name": "Penerbitan KK", "domain": "proses-bisnis",
     "owner": "dukcapil"},
    {"id": "data-penduduk", "name": "Data penduduk", "domain": "data-informasi",
     "owner": "dukcapil"},
    {"id": "esb", "name": "Sistem penghubung", "domain": "infrastruktur",
     "kind": "sistem-penghubung"}],
  "relations": [
    {"from": "simpeg", "to": "layanan-kk", "type": "serves"},
    {"from": "simpeg", "to": "dc", "type": "hosted-on"},
    {"from": "siak", "to": "dc", "type": "hosted-on"},
    {"from": "siak", "to": "layanan-kk", "type": "realizes"},
    {"from": "proses-kk", "to": "layanan-kk", "type": "uses"},
    {"from": "fw", "to": "dc", "type": "secures"},
    {"from": "siak", "to": "data-penduduk", "type": "writes"},
    {"from": "siak", "to": "data-penduduk", "type": "reads"},
    {"from": "simpeg", "to": "esb", "type": "connects-to"}]}"#;

fn model() -> ArchitectureModel {
    ArchitectureModel::from_json(CATALOG).unwrap()
}

fn step(from: &str, relation: RelationType, to: &str) -> ImpactStep {
    ImpactStep {
        from: from.into(),
        relation,
        to: to.into(),
    }
}

fn agency(id: &str, via: &[&str]) -> ImpactedAgency {
    ImpactedAgency {
        id: id.into(),
        via: via.iter().map(|s| (*s).to_owned()).collect(),
    }
}

#[test]
fn a_firewall_failure_reaches_the_data_centre_and_everything_on_it() {
    use RelationType::*;
    let i = model().impact_of("fw").unwrap();
    assert_eq!(i.failed, "fw");
    let secures = step("fw", Secures, "dc");
    let siak = step("siak", HostedOn, "dc");
    let expected = [
        ("dc", Domain::Infrastruktur, vec![secures.clone()]),
        (
            "siak",
            Domain::Aplikasi,
            vec![secures.clone(), siak.clone()],
        ),
        (
            "simpeg",
            Domain::Aplikasi,
            vec![secures.clone(), step("simpeg", HostedOn, "dc")],
        ),
        // siak and simpeg both reach the service in two steps: siak wins by id
        (
            "layanan-kk",
            Domain::Layanan,
            vec![
                secures.clone(),
                siak.clone(),
                step("siak", Realizes, "layanan-kk"),
            ],
        ),
        (
            "proses-kk",
            Domain::ProsesBisnis,
            vec![
                secures,
                siak,
                step("siak", Realizes, "layanan-kk"),
                step("proses-kk", Uses, "layanan-kk"),
            ],
        ),
    ];
    let got: Vec<_> = i
        .elements
        .iter()
        .map(|e| (e.id.as_str(), e.domain, e.path.clone()))
        .collect();
    assert_eq!(got, expected);
    assert_eq!(i.services, ["layanan-kk"]);
    assert_eq!(
        i.agencies,
        [
            agency("bkpsdm", &["simpeg"]),
            agency("diskominfo", &["dc", "fw"]),
            agency("dukcapil", &["layanan-kk", "proses-kk", "siak"]),
        ]
    );
}

#[test]
fn data_and_connector_failures_reach_their_users() {
    let i = model().impact_of("data-penduduk").unwrap();
    let ids: Vec<_> = i.elements.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["siak", "layanan-kk", "proses-kk"]);
    // two relations join siak to the data set: the smaller type wins
    assert_eq!(
        i.elements[0].path,
        [step("siak", RelationType::Reads, "data-penduduk")]
    );
    let i = model().impact_of("esb").unwrap();
    let ids: Vec<_> = i.elements.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["simpeg", "layanan-kk", "proses-kk"]);
    assert_eq!(i.agencies[0], agency("bkpsdm", &["simpeg"]));
    // the connector has no owner
    assert_eq!(i.agencies.len(), 2);
}

#[test]
fn a_failure_does_not_travel_against_dependencies() {
    // nothing depends on a process; the data set does not depend on siak
    let i = model().impact_of("proses-kk").unwrap();
    assert!(i.elements.is_empty());
    assert!(i.services.is_empty());
    assert_eq!(i.agencies, [agency("dukcapil", &["proses-kk"])]);
    let i = model().impact_of("siak").unwrap();
    let ids: Vec<_> = i.elements.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["layanan-kk", "proses-kk"]);
    let i = model().impact_of("layanan-kk").unwrap();
    assert_eq!(i.services, ["layanan-kk"]);
}

#[test]
fn an_unknown_element_is_an_error() {
    match model().impact_of("nope") {
        Err(Error::InvalidField {
            what,
            field,
            detail: message,
        }) => {
            assert_eq!((what.as_str(), field.as_str()), ("architecture", "element"));
            assert_eq!(message, "no element `nope`");
        }
        other => panic!("unexpected {other:?}"),
    }
}
