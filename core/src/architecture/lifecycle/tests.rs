//! Tests of snapshots through time, roadmap checks and diffs.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use super::*;
use crate::{architecture::RelationType, Error, Roadmap, Schedule, ScheduleOptions};

const CATALOG: &str = r#"{"schema_version": 1, "id": "kab",
  "agencies": [{"id": "diskominfo", "name": "Diskominfo", "kind": "dinas"}],
  "elements": [
    {"id": "dc", "name": "DC", "domain": "infrastruktur", "owner": "diskominfo"},
    {"id": "dc-baru", "name": "DC baru", "domain": "infrastruktur",
     "lifecycle": {"state": "to-be", "year": 2022}},
    {"id": "siak", "name": "SIAK", "domain": "aplikasi"},
    {"id": "siak-lama", "name": "SIAK lama", "domain": "aplikasi",
     "lifecycle": {"state": "retiring", "year": 2023}},
    {"id": "srikandi", "name": "Srikandi", "domain": "aplikasi",
     "lifecycle": {"state": "to-be"}},
    {"id": "surat-lama", "name": "Surat lama", "domain": "aplikasi",
     "lifecycle": {"state": "retiring"}},
    {"id": "portal", "name": "Portal", "domain": "aplikasi",
     "lifecycle": {"state": "to-be", "year": 2025}}],
  "relations": [
    {"from": "siak", "to": "dc", "type": "hosted-on"},
    {"from": "siak-lama", "to": "dc", "type": "hosted-on"},
    {"from": "srikandi", "to": "dc-baru", "type": "hosted-on"},
    {"from": "surat-lama", "to": "dc", "type": "hosted-on"},
    {"from": "portal", "to": "dc-baru", "type": "hosted-on"}]}"#;

fn model() -> ArchitectureModel {
    ArchitectureModel::from_json(CATALOG).unwrap()
}

fn roadmap(tte_creates: &str, migrasi_retires: &str) -> Roadmap {
    Roadmap::from_json(&format!(
        r#"{{"schema_version": 1, "id": "r", "name": "R",
  "horizon": {{"start": "2021-01-01", "end": "2024-12-31"}},
  "initiatives": [
    {{"id": "tte", "name": "TTE", "area": "aplikasi", "owner": "setda",
     "duration_months": 18, "creates": [{tte_creates}], "retires": ["surat-lama"]}},
    {{"id": "migrasi", "name": "Migrasi", "area": "aplikasi", "owner": "diskominfo",
     "duration_months": 12, "depends_on": ["tte"], "creates": ["portal"],
     "retires": [{migrasi_retires}]}},
    {{"id": "besar", "name": "Besar", "area": "infrastruktur", "owner": "diskominfo",
     "duration_months": 48, "depends_on": ["migrasi"], "retires": ["dc"]}}]}}"#
    ))
    .unwrap()
}

fn schedule() -> Schedule {
    roadmap(r#""srikandi""#, "")
        .schedule(&ScheduleOptions::default())
        .unwrap()
}

fn ids(m: &ArchitectureModel) -> Vec<&str> {
    m.elements().iter().map(|e| e.id.as_str()).collect()
}

fn rel(from: &str, to: &str) -> Relation {
    Relation {
        from: from.into(),
        to: to.into(),
        kind: RelationType::HostedOn,
    }
}

#[test]
fn as_is_keeps_existing_elements_and_their_relations() {
    let m = model().as_is();
    assert_eq!(ids(&m), ["dc", "siak", "siak-lama", "surat-lama"]);
    assert_eq!(
        m.relations(),
        [
            rel("siak", "dc"),
            rel("siak-lama", "dc"),
            rel("surat-lama", "dc")
        ]
    );
    assert_eq!(m.id(), Some("kab"));
    assert_eq!(m.agencies().len(), 1);
    assert!(m.element("srikandi").is_none());
    assert!(m.element("siak").is_some());
}

#[test]
fn planned_at_follows_lifecycle_years() {
    let m = model();
    assert_eq!(ids(&m.planned_at(2021)), ids(&m.as_is()));
    assert_eq!(
        ids(&m.planned_at(2022)),
        ["dc", "dc-baru", "siak", "siak-lama", "surat-lama"]
    );
    assert_eq!(
        ids(&m.planned_at(2023)),
        ["dc", "dc-baru", "siak", "surat-lama"]
    );
    let m2025 = m.planned_at(2025);
    assert_eq!(
        ids(&m2025),
        ["dc", "dc-baru", "siak", "surat-lama", "portal"]
    );
    assert!(m2025.relations().contains(&rel("portal", "dc-baru")));
    // in the 2025 snapshot the portal exists: it is as-is there
    assert_eq!(m2025.element("portal").unwrap().lifecycle, Lifecycle::AsIs);
}

#[test]
fn at_year_applies_finished_initiatives() {
    let m = model();
    let s = schedule();
    assert_eq!(s.entry("tte").unwrap().finish.to_string(), "2022-06-30");
    assert_eq!(s.entry("migrasi").unwrap().finish.to_string(), "2023-06-30");
    assert_eq!(s.unscheduled()[0].id, "besar");
    assert_eq!(ids(&m.at_year(&s, 2021).unwrap()), ids(&m.as_is()));
    assert_eq!(
        ids(&m.at_year(&s, 2022).unwrap()),
        ["dc", "dc-baru", "siak", "siak-lama", "srikandi"]
    );
    // portal is brought forward from 2025; the unscheduled `besar` keeps dc
    let m2023 = m.at_year(&s, 2023).unwrap();
    assert_eq!(ids(&m2023), ["dc", "dc-baru", "siak", "srikandi", "portal"]);
    assert_eq!(
        m.as_is().diff(&m2023),
        ArchitectureDiff {
            added: vec!["dc-baru".into(), "portal".into(), "srikandi".into()],
            removed: vec!["siak-lama".into(), "surat-lama".into()],
            added_relations: vec![rel("portal", "dc-baru"), rel("srikandi", "dc-baru")],
            removed_relations: vec![rel("siak-lama", "dc"), rel("surat-lama", "dc")],
        }
    );
    assert!(m2023.diff(&m2023).is_empty());
}

fn check(creates: &str, retires: &str) -> (String, String) {
    match model().check_roadmap(&roadmap(creates, retires)) {
        Err(Error::InvalidField {
            what,
            field,
            detail: message,
        }) => {
            assert_eq!(what, "roadmap");
            (field, message)
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn check_roadmap_names_the_initiative_and_element() {
    assert!(model().check_roadmap(&roadmap(r#""srikandi""#, "")).is_ok());
    assert_eq!(
        check(r#""srikandi", "sipd""#, ""),
        (
            "initiatives[tte].creates".into(),
            "no element `sipd` in the architecture catalog".into()
        )
    );
    assert_eq!(
        check(r#""siak""#, ""),
        (
            "initiatives[tte].creates".into(),
            "element `siak` is as-is; only a to-be element can be created".into()
        )
    );
    // initiatives are checked by id: `migrasi` before `tte`
    assert_eq!(
        check(r#""siak""#, r#""srikandi""#),
        (
            "initiatives[migrasi].retires".into(),
            "element `srikandi` is to-be; only an as-is or retiring element can be retired".into()
        )
    );
    let s = roadmap(r#""nope""#, "")
        .schedule(&ScheduleOptions::default())
        .unwrap();
    assert!(model().at_year(&s, 2024).is_err());
}
