//! Roadmap vectors (`tests/vectors/roadmap.json`, hand-computed; each case
//! shows its working): critical path method, budget deferrals with
//! explanations, yearly projection, and every validation error.

use egov_masterplan::{
    roadmap::{first_year_reaching, Explanation, UnscheduledReason},
    scoring::{PredicateBasis, ScoreOptions},
    Assessment, Framework, Roadmap, ScheduleOptions,
};
use serde_json::{json, Value};

fn vectors() -> Value {
    let path = format!(
        "{}/../tests/vectors/roadmap.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn roadmap(v: &Value) -> Roadmap {
    Roadmap::from_json(&v.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn critical_path_method_by_hand() {
    let v = vectors();
    let case = &v["cpm"];
    let r = roadmap(&case["roadmap"]);
    let exp = &case["expected"];
    for t in r.critical_path_method().unwrap() {
        let e = &exp["times"][&t.id];
        assert_eq!(t.earliest_start.to_string(), e["es"], "{} es", t.id);
        assert_eq!(t.earliest_finish.to_string(), e["ef"], "{} ef", t.id);
        assert_eq!(t.latest_start.to_string(), e["ls"], "{} ls", t.id);
        assert_eq!(t.latest_finish.to_string(), e["lf"], "{} lf", t.id);
        assert_eq!(json!(t.total_float_months), e["float"], "{} float", t.id);
        assert_eq!(json!(t.critical), e["critical"], "{} critical", t.id);
    }
    assert_eq!(json!(r.critical_path().unwrap()), exp["critical_path"]);
    assert_eq!(json!(r.critical_edges().unwrap()), exp["critical_edges"]);
    assert_eq!(json!(r.phases()), exp["phases"]);
    // Without a budget the schedule is the CPM's earliest dates.
    let s = r.schedule(&ScheduleOptions::default()).unwrap();
    for e in s.entries() {
        assert_eq!(e.start.to_string(), exp["times"][&e.id]["es"], "{}", e.id);
        assert_eq!(e.delay_months, 0);
        assert!(e.explanations.is_empty());
    }
    assert_eq!(s.critical_path(), ["A", "C", "D"]);
}

fn explanation_json(e: &Explanation) -> Value {
    match e {
        Explanation::Predecessor { id, ready } => {
            json!({"kind": "predecessor", "id": id, "ready": ready.to_string()})
        }
        Explanation::Budget {
            year,
            needed,
            available,
        } => {
            json!({"kind": "budget", "year": year, "needed": needed, "available": available})
        }
        Explanation::Deadline { deadline, finish } => {
            json!({"kind": "deadline", "deadline": deadline.to_string(), "finish": finish.to_string()})
        }
    }
}

fn reason_json(r: &UnscheduledReason) -> Value {
    match r {
        UnscheduledReason::Horizon {
            earliest_finish,
            horizon_end,
        } => json!({"kind": "horizon",
            "earliest_finish": earliest_finish.to_string(), "horizon_end": horizon_end.to_string()}),
        UnscheduledReason::Budget {
            year,
            needed,
            available,
        } => {
            json!({"kind": "budget", "year": year, "needed": needed, "available": available})
        }
        UnscheduledReason::Predecessor { id } => json!({"kind": "predecessor", "id": id}),
    }
}

#[test]
fn budget_defers_with_explanations() {
    let v = vectors();
    let case = &v["budget"];
    let r = roadmap(&case["roadmap"]);
    let s = r.schedule(&ScheduleOptions::default()).unwrap();
    let exp = &case["expected"];
    let entries: Vec<Value> = s
        .entries()
        .iter()
        .map(|e| {
            json!({"id": e.id, "start": e.start.to_string(), "finish": e.finish.to_string(),
                   "delay_months": e.delay_months,
                   "explanations": e.explanations.iter().map(explanation_json).collect::<Vec<_>>()})
        })
        .collect();
    assert_eq!(json!(entries), exp["entries"]);
    let unscheduled: Vec<Value> = s
        .unscheduled()
        .iter()
        .map(|u| json!({"id": u.id, "reason": reason_json(&u.reason)}))
        .collect();
    assert_eq!(json!(unscheduled), exp["unscheduled"]);
    let spend: Vec<Value> = s
        .spend()
        .iter()
        .map(|y| json!({"year": y.year, "spent": y.spent, "cap": y.cap}))
        .collect();
    assert_eq!(json!(spend), exp["spend"]);

    // Ignoring the budget, Y starts at once and nothing waits.
    let free = r
        .schedule(&ScheduleOptions {
            respect_budget: false,
        })
        .unwrap();
    assert_eq!(free.entry("Y").unwrap().start.to_string(), "2020-07-01");
    assert_eq!(free.spend()[0].spent, 210);
}

#[test]
fn projection_by_hand() {
    let v = vectors();
    let case = &v["projection"];
    let r = roadmap(&case["roadmap"]);
    let fw = Framework::builtin(case["framework"].as_str().unwrap()).unwrap();
    let baseline = Assessment::from_json(&case["baseline"].to_string()).unwrap();
    let s = r.schedule(&ScheduleOptions::default()).unwrap();
    let years = s.project(&fw, &baseline).unwrap();
    let exp = &case["expected"];
    let got: Vec<Value> = years
        .iter()
        .map(|y| {
            json!({"year": y.year, "index_text": y.scorecard.index_decimal().to_string(),
                   "exact_index": y.scorecard.exact_index().to_string(), "finished": y.finished})
        })
        .collect();
    assert_eq!(json!(got), exp["years"]);
    assert_eq!(years[1].scorecard.period(), 2021);
    let target = exp["first_year"]["target"].as_str().unwrap();
    assert_eq!(
        json!(first_year_reaching(&years, target).unwrap()),
        exp["first_year"]["exact"]
    );
    let rounded = ScoreOptions {
        predicate_basis: PredicateBasis::Rounded,
        ..Default::default()
    };
    let years_r = s.project_with(&fw, &baseline, &rounded).unwrap();
    assert_eq!(
        json!(first_year_reaching(&years_r, target).unwrap()),
        exp["first_year"]["rounded"]
    );
    assert_eq!(first_year_reaching(&years, "baik").unwrap(), None);
    // The baseline itself is unchanged.
    assert_eq!(baseline.level("I42"), Some(1));
}

#[test]
fn projection_rejects_bad_raises() {
    let v = vectors();
    let mut doc = v["projection"]["roadmap"].clone();
    doc["initiatives"][2]["raises"] = json!({"I99": 3});
    let s = roadmap(&doc).schedule(&ScheduleOptions::default()).unwrap();
    let fw = Framework::builtin("spbe-2020").unwrap();
    let base = Assessment::from_json(&v["projection"]["baseline"].to_string()).unwrap();
    let err = s.project(&fw, &base).unwrap_err();
    assert_eq!(err.kind(), "unknown_indicator");
    assert!(err.to_string().contains("I99"));
    doc["initiatives"][2]["raises"] = json!({"I32": 6});
    let s = roadmap(&doc).schedule(&ScheduleOptions::default()).unwrap();
    let err = s.project(&fw, &base).unwrap_err();
    assert_eq!(err.kind(), "level_out_of_range");
    assert!(
        err.to_string().contains("P3") && err.to_string().contains("I32"),
        "{err}"
    );
}

#[test]
fn every_error_names_the_offender() {
    let v = vectors();
    let cases = v["errors"].as_array().unwrap();
    assert!(cases.len() >= 16);
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let err = Roadmap::from_json(&case["roadmap"].to_string())
            .err()
            .unwrap_or_else(|| panic!("{name}: should be rejected"));
        assert_eq!(err.kind(), case["error"]["kind"], "{name}: {err}");
        let message = err.to_string();
        for m in case["error"]["mentions"].as_array().unwrap() {
            assert!(
                message.contains(m.as_str().unwrap()),
                "{name}: `{message}` lacks {m}"
            );
        }
    }
}

#[test]
fn a_cycle_reports_its_full_path() {
    let v = vectors();
    let case = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "three-node cycle")
        .unwrap();
    match Roadmap::from_json(&case["roadmap"].to_string()).unwrap_err() {
        egov_masterplan::Error::Cycle { cycle } => assert_eq!(cycle, ["a", "b", "c", "a"]),
        other => panic!("{other:?}"),
    }
}

#[test]
fn deadlines_show_as_negative_float_and_explanations() {
    let v = vectors();
    let mut doc = v["cpm"]["roadmap"].clone();
    // D must finish by 2020-07-31 but cannot before 2020-08-31.
    doc["initiatives"][3]["deadline"] = json!("2020-07-31");
    let r = roadmap(&doc);
    let d = r
        .critical_path_method()
        .unwrap()
        .into_iter()
        .find(|t| t.id == "D")
        .unwrap();
    assert_eq!(d.total_float_months, -1);
    let s = r.schedule(&ScheduleOptions::default()).unwrap();
    let e = s.entry("D").unwrap();
    assert_eq!(
        e.explanations,
        [Explanation::Deadline {
            deadline: "2020-07-31".parse().unwrap(),
            finish: "2020-08-31".parse().unwrap()
        }]
    );
}

/// Amounts up to `MAX_AMOUNT` (2^53 − 1) are accepted and stay exact; the
/// cases one above it are error vectors in `tests/vectors/roadmap.json`.
#[test]
fn amounts_at_the_bound_are_accepted_and_exact() {
    use egov_masterplan::roadmap::MAX_AMOUNT;
    assert_eq!(MAX_AMOUNT, 9_007_199_254_740_991);
    let doc = |a: u64, b: u64, cap: u64| {
        json!({
            "schema_version": 1, "id": "big", "name": "big",
            "horizon": {"start": "2020-01-01", "end": "2021-12-31"},
            "budget": {"2020": cap},
            "initiatives": [
                {"id": "a", "name": "a", "area": "tata-kelola", "owner": "x", "duration_months": 1, "cost": a, "depends_on": []},
                {"id": "b", "name": "b", "area": "tata-kelola", "owner": "x", "duration_months": 1, "cost": b, "depends_on": []}
            ]
        })
        .to_string()
    };
    // a = 2^52, b = 2^52 − 1: the total is exactly MAX_AMOUNT.
    let (a, b) = (1u64 << 52, (1u64 << 52) - 1);
    let r = Roadmap::from_json(&doc(a, b, MAX_AMOUNT)).unwrap();
    let s = r.schedule(&ScheduleOptions::default()).unwrap();
    assert!(s.unscheduled().is_empty());
    let spent: u64 = s.spend().iter().map(|y| y.spent).sum();
    assert_eq!(spent, MAX_AMOUNT);
    assert!(s.to_json().contains("\"spent\":9007199254740991"));
    // One rupiah more, anywhere, is refused.
    let err = Roadmap::from_json(&doc(a, b + 1, MAX_AMOUNT)).unwrap_err();
    assert_eq!(err.kind(), "invalid_field");
    let err = Roadmap::from_json(&doc(a, b, MAX_AMOUNT + 1)).unwrap_err();
    assert_eq!(err.kind(), "invalid_budget");
    let err = Roadmap::from_json(&doc(MAX_AMOUNT + 1, 0, 0)).unwrap_err();
    assert!(err.to_string().contains("initiatives[a].cost"), "{err}");
}
