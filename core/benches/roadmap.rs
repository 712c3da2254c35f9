//! Roadmap throughput on a generated DAG of 100,000 initiatives and about
//! 500,000 dependencies: validation + phases, the critical path method, the
//! budget-constrained schedule, and all of them in a row.
//!
//! - `validate+phases`: `Roadmap::new` from the `Vec<Initiative>` (ids,
//!   dependencies, cycle check, topological order, phases) and `phases()`;
//! - `phases`: `phases()` alone, on a built roadmap (the like-for-like
//!   figure for networkx's `topological_generations` on a built graph);
//! - `cpm`: `critical_path_method()` (passes, dates, float, order);
//! - `schedule`: `schedule()` under the yearly budget;
//! - `all`: `new` + `phases` + `critical_path_method` + `schedule`.
//!
//! Dropping the results is not timed (nor is cloning the input of `new`).
//! Before the benchmarks run, the graph's checksums and check figures of the
//! results are printed on stderr; the Python script prints the same ones.
//!
//! Run: `cargo bench -p egov-masterplan --bench roadmap`.
//! The same graph, timed with networkx: `benches/python/roadmap_networkx.py`.
//!
//! # The generator (mirrored exactly by the Python script)
//!
//! xorshift64 with shifts 13, 7, 17 (all arithmetic mod 2^64), seeded with
//! `0x9E37_79B9_7F4A_7C15`; `below(n)` is `next() % n`. For initiative
//! `i = 0, 1, …, N−1` (id `ini-{i:06}`, so id order is index order), the
//! draws are taken in this order:
//!
//! 1. `duration = 1 + below(12)` months;
//! 2. `cost = (1 + below(100)) · 10,000,000` rupiah;
//! 3. `effectiveness = below(4)`, `feasibility = below(4)`,
//!    `efficiency = below(4)`;
//! 4. `area = Area::ALL[below(7)]`;
//! 5. `k = min(i, 1 + below(9))` dependencies (1–9, mean 5);
//! 6. for each of the `k`: `p = i − 1 − below(min(i, 2000))`, drawn again
//!    while `p` is already a predecessor of `i` (so the predecessors are
//!    distinct and among the previous 2,000 initiatives: the graph is a
//!    DAG); then `below(10) < 2` makes it start-to-start with
//!    `lag = 1 + below(3)` months, otherwise it is finish-to-start with no
//!    lag (and no further draw).
//!
//! Checksums printed by both sides (all sums mod 2^61): `edges`, the edge
//! checksum Σ (31·pred + succ) and the attribute checksum
//! Σ_i (i+1)·duration_i + Σ_edges (succ+1)·(2·lag + [start-to-start]).

#![allow(missing_docs)] // criterion_group! generates an undocumented fn

use chrono::{Datelike, NaiveDate};
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use egov_masterplan::{
    roadmap::{Area, Dependency, DependencyKind, Horizon, Initiative, Priority},
    text::Text,
    Roadmap, ScheduleOptions,
};
use std::collections::BTreeMap;
use std::hint::black_box;

const N: usize = 100_000;
const WINDOW: u64 = 2_000;
const SEED: u64 = 0x9E37_79B9_7F4A_7C15;
const MOD: u64 = 1 << 61;

/// xorshift64 (13, 7, 17).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut s = self.0;
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        self.0 = s;
        s
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn id(i: usize) -> String {
    format!("ini-{i:06}")
}

/// The generated initiatives, with the edge and attribute checksums.
fn initiatives(n: usize) -> (Vec<Initiative>, usize, u64, u64) {
    let mut rng = Rng(SEED);
    let (mut edges, mut edge_sum, mut attr_sum) = (0usize, 0u64, 0u64);
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let duration = 1 + rng.below(12) as u32;
        let cost = (1 + rng.below(100)) * 10_000_000;
        let priority = Priority {
            effectiveness: rng.below(4) as u32,
            feasibility: rng.below(4) as u32,
            efficiency: rng.below(4) as u32,
        };
        let area = Area::ALL[rng.below(7) as usize];
        let k = (i as u64).min(1 + rng.below(9));
        let mut preds: Vec<u64> = Vec::with_capacity(k as usize);
        let mut depends_on = Vec::with_capacity(k as usize);
        attr_sum = (attr_sum + (i as u64 + 1) * u64::from(duration)) % MOD;
        for _ in 0..k {
            let p = loop {
                let p = i as u64 - 1 - rng.below((i as u64).min(WINDOW));
                if !preds.contains(&p) {
                    break p;
                }
            };
            preds.push(p);
            let (kind, lag) = if rng.below(10) < 2 {
                (DependencyKind::StartToStart, 1 + rng.below(3) as u32)
            } else {
                (DependencyKind::FinishToStart, 0)
            };
            edges += 1;
            edge_sum = (edge_sum + 31 * p + i as u64) % MOD;
            let ss = u64::from(kind == DependencyKind::StartToStart);
            attr_sum = (attr_sum + (i as u64 + 1) * (2 * u64::from(lag) + ss)) % MOD;
            depends_on.push(Dependency {
                predecessor: id(p as usize),
                kind,
                lag_months: lag,
            });
        }
        out.push(Initiative {
            id: id(i),
            name: Text::plain(format!("Initiative {i}")),
            area,
            owner: format!("opd-{:02}", i % 40),
            duration_months: duration,
            cost,
            depends_on,
            earliest_start: None,
            deadline: None,
            priority,
            raises: BTreeMap::new(),
            creates: Vec::new(),
            retires: Vec::new(),
        });
    }
    (out, edges, edge_sum, attr_sum)
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

/// 2000-01-01 … 2999-12-31 (12,000 months, far below chrono's limits;
/// durations and lags stay within `MAX_MONTHS`). The critical path is 4,074
/// months long (to 2339-06) and the budgeted schedule ends in 2342, so every
/// initiative is scheduled.
fn horizon() -> Horizon {
    Horizon {
        start: date(2000, 1, 1),
        end: date(2999, 12, 31),
    }
}

/// A cap of 160 billion rupiah in every third year (2000, 2003, …); the
/// other years have no cap. The plan spends about 150 billion a year on
/// average, so the cap binds in some years: without it, 53 of the capped
/// years before 2340 would overspend; with it, most initiatives start
/// later than their earliest start (the delays ripple down the chains).
fn budget() -> BTreeMap<i32, u64> {
    (2000..3000)
        .step_by(3)
        .map(|y| (y, 160_000_000_000))
        .collect()
}

fn build(initiatives: Vec<Initiative>) -> Roadmap {
    Roadmap::new(
        "bench-100k",
        Text::plain("Generated roadmap"),
        horizon(),
        budget(),
        initiatives,
    )
    .expect("valid roadmap")
}

fn months_from_start(d: NaiveDate) -> i64 {
    i64::from(d.year() - 2000) * 12 + i64::from(d.month0())
}

/// Prints the figures the Python script prints too, plus the schedule's.
fn report(initiatives: &[Initiative], edges: usize, edge_sum: u64, attr_sum: u64) {
    let r = build(initiatives.to_vec());
    let phases = r.phases();
    let phase_sum: u64 = phases
        .iter()
        .enumerate()
        .map(|(g, ids)| (g as u64 + 1) * ids.len() as u64)
        .sum();
    let cpm = r.critical_path_method().expect("cpm");
    let es_sum: i64 = cpm
        .iter()
        .map(|t| months_from_start(t.earliest_start))
        .sum();
    let float_sum: i64 = cpm.iter().map(|t| t.total_float_months).sum();
    let critical = cpm.iter().filter(|t| t.critical).count();
    let end = cpm
        .iter()
        .map(|t| months_from_start(t.earliest_finish) + 1)
        .max()
        .unwrap_or(0);
    eprintln!(
        "graph: nodes={} edges={edges} edge_checksum={edge_sum} attr_checksum={attr_sum}",
        initiatives.len()
    );
    eprintln!(
        "phases: count={} phase_sum={phase_sum}; cpm: project_months={end} es_sum={es_sum} \
         float_sum={float_sum} critical={critical}",
        phases.len()
    );
    for respect_budget in [false, true] {
        let s = r
            .schedule(&ScheduleOptions { respect_budget })
            .expect("schedule");
        let last = s
            .entries()
            .iter()
            .map(|e| e.finish)
            .max()
            .map(|d| d.to_string())
            .unwrap_or_default();
        let delayed = s.entries().iter().filter(|e| e.delay_months > 0).count();
        let capped: Vec<_> = s.spend().iter().filter(|y| y.cap.is_some()).collect();
        let over = capped
            .iter()
            .filter(|y| y.cap.is_some_and(|c| y.spent > c))
            .count();
        let near = capped
            .iter()
            .filter(|y| y.cap.is_some_and(|c| y.spent * 10 >= c * 9))
            .count();
        let peak = s.spend().iter().map(|y| y.spent).max().unwrap_or(0);
        eprintln!(
            "schedule (respect_budget={respect_budget}): scheduled={} unscheduled={} \
             delayed={delayed} last_finish={last} peak_year_spend={peak} \
             capped_years: {} (over the cap: {over}, at 90%+ of it: {near})",
            s.entries().len(),
            s.unscheduled().len(),
            capped.len()
        );
    }
}

fn roadmap(c: &mut Criterion) {
    let (initiatives, edges, edge_sum, attr_sum) = initiatives(N);
    report(&initiatives, edges, edge_sum, attr_sum);
    let r = build(initiatives.clone());
    let with_budget = ScheduleOptions::default();

    let mut g = c.benchmark_group("roadmap");
    g.sample_size(10);
    g.bench_function("validate+phases 100k", |b| {
        b.iter_batched(
            || initiatives.clone(),
            |v| {
                let r = build(black_box(v));
                let phases = r.phases();
                (r, phases)
            },
            BatchSize::LargeInput,
        )
    });
    g.bench_function("phases 100k", |b| {
        b.iter_with_large_drop(|| black_box(&r).phases())
    });
    g.bench_function("cpm 100k", |b| {
        b.iter_with_large_drop(|| black_box(&r).critical_path_method().expect("cpm"))
    });
    g.bench_function("schedule 100k", |b| {
        b.iter_with_large_drop(|| black_box(&r).schedule(&with_budget).expect("schedule"))
    });
    g.bench_function("all 100k", |b| {
        b.iter_batched(
            || initiatives.clone(),
            |v| {
                let r = build(black_box(v));
                let phases = r.phases();
                let cpm = r.critical_path_method().expect("cpm");
                let s = r.schedule(&with_budget).expect("schedule");
                (r, phases, cpm, s)
            },
            BatchSize::LargeInput,
        )
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default();
    targets = roadmap
}
criterion_main!(benches);
