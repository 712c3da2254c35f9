//! Schedule invariants on random roadmaps: dependencies respected, no year
//! over its cap, costs fully charged, phases consistent with dependencies,
//! and the result independent of the input order.

use egov_masterplan::{roadmap::DependencyKind, Roadmap, ScheduleOptions};
use proptest::prelude::*;
use serde_json::{json, Value};
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
struct Spec {
    duration: u32,
    cost: u64,
    priority: (u32, u32, u32),
    /// (predecessor index < own index, start-to-start?, lag)
    deps: Vec<(usize, bool, u32)>,
}

fn specs() -> impl Strategy<Value = Vec<Spec>> {
    prop::collection::vec(
        (
            1u32..=8,
            0u64..=120,
            (0u32..3, 0u32..3, 0u32..3),
            prop::collection::vec((any::<prop::sample::Index>(), any::<bool>(), 0u32..3), 0..3),
        ),
        1..12,
    )
    .prop_map(|raw| {
        raw.into_iter()
            .enumerate()
            .map(|(i, (duration, cost, priority, deps))| {
                let mut deps: Vec<(usize, bool, u32)> = if i == 0 {
                    Vec::new()
                } else {
                    deps.into_iter()
                        .map(|(p, ss, lag)| (p.index(i), ss, lag))
                        .collect()
                };
                deps.sort_by_key(|d| d.0);
                deps.dedup_by_key(|d| d.0);
                Spec {
                    duration,
                    cost,
                    priority,
                    deps,
                }
            })
            .collect()
    })
}

fn document(specs: &[Spec], caps: &[Option<u64>], order: &[usize]) -> Value {
    let initiatives: Vec<Value> = order
        .iter()
        .map(|&i| {
            let s = &specs[i];
            let deps: Vec<Value> = s
                .deps
                .iter()
                .map(|&(p, ss, lag)| {
                    json!({"id": format!("i{p:02}"), "kind": if ss { "start-to-start" } else { "finish-to-start" }, "lag_months": lag})
                })
                .collect();
            json!({"id": format!("i{i:02}"), "name": format!("Initiative {i}"), "area": "aplikasi",
                   "owner": "diskominfo", "duration_months": s.duration, "cost": s.cost, "depends_on": deps,
                   "priority": {"effectiveness": s.priority.0, "feasibility": s.priority.1, "efficiency": s.priority.2}})
        })
        .collect();
    let budget: BTreeMap<String, u64> = caps
        .iter()
        .enumerate()
        .filter_map(|(k, c)| c.map(|c| ((2020 + k).to_string(), c)))
        .collect();
    json!({"schema_version": 1, "id": "prop", "name": "prop",
           "horizon": {"start": "2020-01-01", "end": "2022-12-31"},
           "budget": budget, "initiatives": initiatives})
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn schedule_invariants(specs in specs(), caps in prop::collection::vec(prop::option::of(0u64..=300), 3), seed in any::<u64>()) {
        let n = specs.len();
        let forward: Vec<usize> = (0..n).collect();
        let r = Roadmap::from_json(&document(&specs, &caps, &forward).to_string()).unwrap();
        // The roadmap's own JSON reads back to the same roadmap.
        let json = r.to_json();
        prop_assert_eq!(Roadmap::from_json(&json).unwrap().to_json(), json);
        let s = r.schedule(&ScheduleOptions::default()).unwrap();

        // Everything is either scheduled or unscheduled, once.
        let mut seen: Vec<&str> = s.entries().iter().map(|e| e.id.as_str())
            .chain(s.unscheduled().iter().map(|u| u.id.as_str())).collect();
        seen.sort_unstable();
        prop_assert_eq!(seen.len(), n);
        seen.dedup();
        prop_assert_eq!(seen.len(), n);

        // Dependencies are respected.
        for e in s.entries() {
            let ini = r.initiative(&e.id).unwrap();
            prop_assert!(e.start >= e.earliest_start);
            prop_assert!(e.start_month + e.duration_months <= 36);
            for d in &ini.depends_on {
                let p = s.entry(&d.predecessor);
                prop_assert!(p.is_some(), "{} scheduled but {} is not", e.id, d.predecessor);
                let p = p.unwrap();
                let ready = match d.kind {
                    DependencyKind::FinishToStart => p.start_month + p.duration_months + d.lag_months,
                    DependencyKind::StartToStart => p.start_month + d.lag_months,
                };
                prop_assert!(e.start_month >= ready, "{} starts before {} allows", e.id, p.id);
            }
            prop_assert_eq!(e.charges.values().sum::<u64>(), e.cost);
        }

        // No year over its cap, and the spend adds up.
        for y in s.spend() {
            if let Some(cap) = y.cap { prop_assert!(y.spent <= cap, "{} over cap", y.year); }
            let charged: u64 = s.entries().iter().filter_map(|e| e.charges.get(&y.year)).sum();
            prop_assert_eq!(charged, y.spent);
        }

        // Phases follow dependencies.
        for ini in r.initiatives() {
            let phase = r.phase_of(&ini.id).unwrap();
            prop_assert_eq!(phase == 1, ini.depends_on.is_empty());
            for d in &ini.depends_on {
                prop_assert!(phase > r.phase_of(&d.predecessor).unwrap());
            }
        }

        // The input order does not matter.
        let mut order = forward.clone();
        let mut x = seed | 1;
        for i in (1..n).rev() {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            order.swap(i, (x % (i as u64 + 1)) as usize);
        }
        let shuffled = Roadmap::from_json(&document(&specs, &caps, &order).to_string()).unwrap();
        let t = shuffled.schedule(&ScheduleOptions::default()).unwrap();
        prop_assert_eq!(format!("{:?}", s.entries()), format!("{:?}", t.entries()));
        prop_assert_eq!(format!("{:?}", s.unscheduled()), format!("{:?}", t.unscheduled()));
        prop_assert_eq!(r.phases(), shuffled.phases());
        prop_assert_eq!(r.critical_path().unwrap(), shuffled.critical_path().unwrap());
    }

    #[test]
    fn a_reported_cycle_is_a_real_cycle(edges in prop::collection::vec((0usize..6, 0usize..6), 0..12)) {
        let mut deps: BTreeMap<usize, Vec<String>> = BTreeMap::new();
        for &(p, s) in &edges {
            if p != s { deps.entry(s).or_default().push(format!("n{p}")); }
        }
        for d in deps.values_mut() { d.sort(); d.dedup(); }
        let initiatives: Vec<Value> = (0..6).map(|i| json!({"id": format!("n{i}"), "name": "x", "area": "layanan",
            "owner": "o", "duration_months": 1, "depends_on": deps.get(&i).cloned().unwrap_or_default()})).collect();
        let doc = json!({"schema_version": 1, "id": "c", "name": "c",
            "horizon": {"start": "2020-01-01", "end": "2020-12-31"}, "initiatives": initiatives});
        match Roadmap::from_json(&doc.to_string()) {
            Ok(r) => { r.schedule(&ScheduleOptions::default()).unwrap(); }
            Err(egov_masterplan::Error::Cycle { cycle }) => {
                prop_assert!(cycle.len() >= 3 && cycle.first() == cycle.last());
                for w in cycle.windows(2) {
                    let succ: usize = w[1][1..].parse().unwrap();
                    prop_assert!(deps.get(&succ).is_some_and(|d| d.contains(&w[0])), "{} → {} is not a dependency", w[0], w[1]);
                }
                let mut inner = cycle[..cycle.len() - 1].to_vec();
                inner.sort(); inner.dedup();
                prop_assert_eq!(inner.len(), cycle.len() - 1, "a simple cycle");
            }
            Err(other) => prop_assert!(false, "{other}"),
        }
    }

    #[test]
    fn arbitrary_roadmap_text_never_panics(s in any::<String>()) {
        let _ = Roadmap::from_json(&s);
    }
}
