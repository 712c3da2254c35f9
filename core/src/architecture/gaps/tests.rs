//! Tests of support and integration gaps.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use super::*;

const CATALOG: &str = r#"{"schema_version": 1,
  "agencies": [{"id": "diskominfo", "name": "Diskominfo", "kind": "dinas"}],
  "elements": [
    {"id": "svc-a", "name": "A", "domain": "layanan"},
    {"id": "svc-b", "name": "B", "domain": "layanan"},
    {"id": "svc-c", "name": "C", "domain": "layanan", "kind": "administrasi"},
    {"id": "svc-f", "name": "F", "domain": "layanan"},
    {"id": "svc-e", "name": "E", "domain": "layanan"},
    {"id": "svc-d", "name": "D", "domain": "layanan"},
    {"id": "proses-x", "name": "X", "domain": "proses-bisnis"},
    {"id": "app-1", "name": "1", "domain": "aplikasi"},
    {"id": "app-2", "name": "2", "domain": "aplikasi"},
    {"id": "app-3", "name": "3", "domain": "aplikasi"},
    {"id": "app-4", "name": "4", "domain": "aplikasi", "lifecycle": {"state": "to-be"}},
    {"id": "app-5", "name": "5", "domain": "aplikasi",
     "lifecycle": {"state": "retiring", "year": 2025}},
    {"id": "data-1", "name": "D1", "domain": "data-informasi", "owner": "diskominfo"},
    {"id": "data-2", "name": "D2", "domain": "data-informasi"},
    {"id": "dc", "name": "DC", "domain": "infrastruktur"},
    {"id": "srv", "name": "Server", "domain": "infrastruktur", "kind": "server"},
    {"id": "esb", "name": "SPL", "domain": "infrastruktur", "kind": "sistem-penghubung"},
    {"id": "esb-baru", "name": "SPL baru", "domain": "infrastruktur",
     "kind": "sistem-penghubung", "lifecycle": {"state": "to-be", "year": 2026}}],
  "relations": [
    {"from": "app-1", "to": "svc-a", "type": "realizes"},
    {"from": "app-2", "to": "svc-b", "type": "serves"},
    {"from": "svc-c", "to": "app-3", "type": "uses"},
    {"from": "proses-x", "to": "svc-d", "type": "realizes"},
    {"from": "svc-a", "to": "svc-e", "type": "serves"},
    {"from": "svc-f", "to": "data-1", "type": "uses"},
    {"from": "app-1", "to": "dc", "type": "hosted-on"},
    {"from": "app-2", "to": "srv", "type": "hosted-on"},
    {"from": "app-5", "to": "dc", "type": "hosted-on"},
    {"from": "data-2", "to": "dc", "type": "hosted-on"},
    {"from": "app-1", "to": "esb", "type": "connects-to"},
    {"from": "app-2", "to": "srv", "type": "connects-to"},
    {"from": "app-3", "to": "esb", "type": "depends-on"},
    {"from": "app-5", "to": "esb-baru", "type": "connects-to"}]}"#;

fn model() -> ArchitectureModel {
    ArchitectureModel::from_json(CATALOG).unwrap()
}

#[test]
fn reports_every_unsupported_element_by_problem_then_id() {
    use UnsupportedKind::*;
    let got: Vec<_> = model()
        .unsupported()
        .into_iter()
        .map(|u| (u.problem, u.element))
        .collect();
    let expected = [
        (ServiceWithoutApplication, "svc-d"),
        (ServiceWithoutApplication, "svc-e"),
        (ServiceWithoutApplication, "svc-f"),
        (ApplicationWithoutHosting, "app-3"),
        (ApplicationWithoutHosting, "app-4"),
        (DataWithoutOwner, "data-2"),
    ]
    .map(|(p, e)| (p, e.to_owned()));
    assert_eq!(got, expected);
}

#[test]
fn problems_describe_themselves() {
    assert_eq!(
        UnsupportedKind::ServiceWithoutApplication.describe(),
        "No application realizes, serves or is used by the service."
    );
    assert_eq!(
        UnsupportedKind::ApplicationWithoutHosting.describe(),
        "The application is not hosted on any infrastructure."
    );
    assert_eq!(
        UnsupportedKind::ApplicationWithoutHosting.to_string(),
        "application-without-hosting"
    );
}

#[test]
fn integration_gaps_skip_planned_applications() {
    // app-2 connects to a plain server, app-3 only depends on the connector,
    // app-4 is to-be, app-5 connects to a planned connector
    assert_eq!(model().integration_gaps(), ["app-2", "app-3"]);
}

#[test]
fn an_empty_catalog_has_no_gaps() {
    let m = ArchitectureModel::from_json(r#"{"schema_version": 1}"#).unwrap();
    assert!(m.unsupported().is_empty());
    assert!(m.integration_gaps().is_empty());
}
