//! Tests of the JSON and CSV exports (kept apart to keep `export.rs` short).

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use super::*;
use crate::ScheduleOptions;
use chrono::NaiveDate;
use serde_json::Value;

/// Five initiatives: a start-to-start dependency with lag, a budget
/// deferral, a missed deadline, a hostile name, one beyond the horizon.
pub(crate) const FIXTURE: &str = include_str!("../../../tests/data/roadmap-fixture.json");

fn schedule() -> Schedule {
    let r = Roadmap::from_json(FIXTURE).expect("fixture");
    r.schedule(&ScheduleOptions::default()).expect("schedules")
}

#[test]
fn roadmap_json_round_trips_every_feature() {
    let r = Roadmap::from_json(FIXTURE).unwrap();
    let json = r.to_json();
    let again = Roadmap::from_json(&json).unwrap();
    assert_eq!(again.to_json(), json);
    assert_eq!(again.initiatives(), r.initiatives());
    assert_eq!(again.budget(), r.budget());
    assert_eq!(again.name(), r.name());
    assert!(json.starts_with(r#"{"schema_version":1,"id":"uji-render","name":{"id":"#));
    assert!(json.contains(
        r#""budget":{"2019":100000000,"2020":2000000000,"2021":2000000000},"initiatives":["#
    ));
    // Plain id for FS/0; an object otherwise (an FS lag keeps its kind).
    assert!(json.contains(r#""depends_on":["perbup-spbe"]"#));
    assert!(json.contains(
        r#""depends_on":[{"id":"arsitektur","kind":"start-to-start","lag_months":2}],"earliest_start":"2019-08-01","deadline":"2020-03-31"}"#
    ));
    assert!(json.contains(r#"{"id":"arsitektur","kind":"finish-to-start","lag_months":1}"#));
    // Key order and omitted defaults.
    assert!(json.contains(
        r#""cost":300000000,"depends_on":["perbup-spbe"],"priority":{"effectiveness":2,"feasibility":1,"efficiency":0},"raises":{"I2":3,"I3":2},"creates":["arsitektur-spbe"]}"#
    ));
    assert!(json.contains(
        r#"{"id":"pusat-data","name":"Pusat Data Daerah","area":"infrastruktur","owner":"diskominfo","duration_months":12,"cost":1500000000,"depends_on":["aplikasi-umum"]}"#
    ));
    assert!(json.contains(r#""creates":["app-srikandi"],"retires":["app-surat-lama"]}"#));
    assert_eq!(json, r.to_json(), "deterministic");
}

#[test]
fn schedule_json_has_the_documented_shape() {
    let s = schedule();
    let json = s.to_json();
    assert_eq!(json, schedule().to_json(), "deterministic");
    let v: Value = serde_json::from_str(&json).unwrap();
    let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    let mut expected = [
        "roadmap",
        "horizon",
        "phases",
        "critical_path",
        "entries",
        "unscheduled",
        "spend",
    ];
    assert!(json.starts_with(r#"{"roadmap":"uji-render","horizon":{"start":"2019-07-01","end":"2021-12-31"},"phases":[["perbup-spbe"],["arsitektur"],["aplikasi-umum","tim-koordinasi"],["pusat-data"]],"critical_path":["perbup-spbe","arsitektur","aplikasi-umum","pusat-data"],"entries":[{"id":"perbup-spbe","#));
    expected.sort_unstable();
    assert_eq!(keys, expected);
    let entries = v["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 4);
    let arch = &entries[1];
    assert_eq!(arch["id"], "arsitektur");
    assert_eq!(arch["start"], "2020-01-01");
    assert_eq!(arch["earliest_start"], "2019-10-01");
    assert_eq!(arch["delay_months"], 3);
    assert_eq!(arch["charges"]["2020"], 300_000_000);
    assert_eq!(
        arch["explanations"][0],
        serde_json::json!({"kind": "budget", "year": 2019, "needed": 150_000_000_u64, "available": 40_000_000_u64})
    );
    assert!(json.contains(r#"{"id":"arsitektur","name":"Arsitektur SPBE Kabupaten","phase":2,"start":"2020-01-01","finish":"2020-06-30","start_month":6,"duration_months":6,"cost":300000000,"charges":{"2020":300000000},"earliest_start":"2019-10-01","slack_months":0,"critical":true,"delay_months":3,"explanations":[{"kind":"budget","year":2019,"needed":150000000,"available":40000000}]}"#));
    assert!(json.contains(r#""explanations":[{"kind":"predecessor","id":"arsitektur","ready":"2020-03-01"},{"kind":"deadline","deadline":"2020-03-31","finish":"2020-05-31"}]"#));
    assert!(json.contains(r#""unscheduled":[{"id":"pusat-data","reason":{"kind":"horizon","earliest_finish":"2022-07-31","horizon_end":"2021-12-31"}}]"#));
    assert!(json.ends_with(r#""spend":[{"year":2019,"spent":60000000,"cap":100000000},{"year":2020,"spent":705000000,"cap":2000000000},{"year":2021,"spent":525000000,"cap":2000000000}]}"#));
}

#[test]
fn csv_has_a_header_entries_and_unscheduled_rows() {
    let csv = schedule().to_csv();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "id,name,phase,start,finish,duration_months,cost,slack_months,critical,delay_months,explanation"
    );
    assert_eq!(lines.len(), 6);
    assert_eq!(
        lines[2],
        "arsitektur,Arsitektur SPBE Kabupaten,2,2020-01-01,2020-06-30,6,300000000,0,true,3,\"budget 2019 short by Rp 110.000.000 (needed Rp 150.000.000, available Rp 40.000.000)\""
    );
    assert_eq!(
        lines[3],
        "tim-koordinasi,\"<script>alert(\"\"x\"\")</script> & \"\"quotes\"\" | :#;\",3,2020-03-01,2020-05-31,3,30000000,1,false,3,waits for arsitektur until 2020-03-01; finishes 2020-05-31 after deadline 2020-03-31"
    );
    assert_eq!(
        lines[5],
        "pusat-data,Pusat Data Daerah,4,,,12,1500000000,,,,\"would finish 2022-07-31, after the horizon ends 2021-12-31\""
    );
    // The csv crate reads it back cell for cell.
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 5);
    assert_eq!(
        &rows[2][1],
        r#"<script>alert("x")</script> & "quotes" | :#;"#
    );
    assert_eq!(csv, schedule().to_csv(), "deterministic");
}

#[test]
fn csv_cells_cannot_start_a_formula() {
    for (s, want) in [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("a=b", "a=b"),
        ("", ""),
    ] {
        assert_eq!(text_cell(s), want);
    }
}

#[test]
fn sentences() {
    let date = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    let e = Explanation::Predecessor {
        id: "perbup-spbe".into(),
        ready: date("2020-04-01"),
    };
    assert_eq!(e.describe(), "waits for perbup-spbe until 2020-04-01");
    let e = Explanation::Deadline {
        deadline: date("2020-12-31"),
        finish: date("2021-03-31"),
    };
    assert_eq!(
        e.describe(),
        "finishes 2021-03-31 after deadline 2020-12-31"
    );
    let r = UnscheduledReason::Budget {
        year: 2022,
        needed: 5,
        available: 3,
    };
    assert_eq!(
        r.describe(),
        "no start within the horizon fits the budget: budget 2022 short by Rp 2 (needed Rp 5, available Rp 3)"
    );
    let r = UnscheduledReason::Horizon {
        earliest_finish: date("2025-03-31"),
        horizon_end: date("2024-12-31"),
    };
    assert_eq!(
        r.describe(),
        "would finish 2025-03-31, after the horizon ends 2024-12-31"
    );
}
