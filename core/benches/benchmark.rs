//! The national benchmark: reading the published table, placing every
//! 2024 institution in its four cohorts (2,368 positions: all, its kind,
//! the regional governments, its province), one index among the 523
//! regional governments (what the browser calculator asks per level
//! change), and the movers 2023 -> 2024. The Python peer
//! (`benches/python/benchmark_pandas.py`) does the same positions with
//! pandas.
//!
//! Run: `cargo bench -p egov-masterplan --bench benchmark`.

#![allow(missing_docs)] // criterion_group! generates an undocumented fn

use criterion::{criterion_group, criterion_main, Criterion};
use egov_masterplan::benchmark::{Benchmark, Cohort, Subject};
use std::hint::black_box;

/// The four cohorts of one 2024 row, as the Python suite's pandas
/// cross-check builds them.
fn cohorts(b: &Benchmark) -> Vec<(Subject, Cohort)> {
    let mut out = Vec::new();
    for r in b.year(2024) {
        let subject = Subject::name(r.institution.clone());
        out.push((subject.clone(), Cohort::all()));
        out.push((subject.clone(), Cohort::kind(r.kind)));
        out.push((subject.clone(), Cohort::regional()));
        if let Some(p) = &r.province {
            out.push((subject, Cohort::province(p.clone())));
        }
    }
    out
}

fn benchmark(c: &mut Criterion) {
    let b = Benchmark::spbe_published().expect("published");
    let asks = cohorts(&b);
    assert_eq!(asks.len(), 615 * 3 + 523);
    let mut g = c.benchmark_group("benchmark");
    g.sample_size(20);
    g.bench_function("spbe_published", |bench| {
        bench.iter(|| Benchmark::spbe_published().expect("published"))
    });
    g.bench_function("positions 2024 ×4 cohorts", |bench| {
        bench.iter(|| {
            let mut ranks = 0usize;
            for (s, cohort) in &asks {
                ranks += b
                    .position(2024, black_box(s), cohort)
                    .expect("position")
                    .rank;
            }
            ranks
        })
    });
    let index = Subject::index("3.10").expect("index");
    g.bench_function("position 3.10 among regional 2024", |bench| {
        bench.iter(|| {
            b.position(2024, black_box(&index), &Cohort::regional())
                .expect("position")
        })
    });
    g.bench_function("movers 2023→2024 all", |bench| {
        bench.iter(|| b.movers(2023, 2024, black_box(&Cohort::all())))
    });
    g.finish();
}

criterion_group!(benches, benchmark);
criterion_main!(benches);
