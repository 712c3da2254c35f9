//! Scoring throughput: the dense fast path on 1,000,000 assessments of 47
//! indicators, and the scorecard path for comparison.
//!
//! Run: `cargo bench -p egov-masterplan --bench scoring`.

#![allow(missing_docs)] // criterion_group! generates an undocumented fn

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use egov_masterplan::{scoring::ScoreOptions, Assessment, Framework};
use std::hint::black_box;

/// Deterministic pseudo-random levels 1–5 (xorshift), row-major.
fn levels(rows: usize, width: usize) -> Vec<u8> {
    let mut s: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..rows * width)
        .map(|_| {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            (s % 5) as u8 + 1
        })
        .collect()
}

fn dense(c: &mut Criterion) {
    let fw = Framework::builtin("spbe-2020").expect("built-in");
    let rows = 1_000_000;
    let matrix = levels(rows, fw.indicator_count());
    let opts = ScoreOptions::default();
    let mut g = c.benchmark_group("dense");
    g.sample_size(10);
    g.throughput(Throughput::Elements(rows as u64));
    g.bench_function("index+predicate 1M×47", |b| {
        b.iter(|| {
            fw.score_dense(black_box(&matrix), &opts, false)
                .expect("scores")
        })
    });
    g.bench_function("index+predicate+12 groups 1M×47", |b| {
        b.iter(|| {
            fw.score_dense(black_box(&matrix), &opts, true)
                .expect("scores")
        })
    });
    g.finish();
}

fn scorecards(c: &mut Criterion) {
    let fw = Framework::builtin("spbe-2020").expect("built-in");
    let rows = 10_000;
    let matrix = levels(rows, 47);
    let assessments: Vec<Assessment> = matrix
        .chunks_exact(47)
        .enumerate()
        .map(|(r, row)| {
            let mut a = Assessment::new(format!("agency-{r}"), 2024);
            for (i, &l) in row.iter().enumerate() {
                a.set(format!("I{}", i + 1), l.into());
            }
            a
        })
        .collect();
    let mut g = c.benchmark_group("scorecards");
    g.sample_size(10);
    g.throughput(Throughput::Elements(rows as u64));
    g.bench_function("score_many 10k", |b| {
        b.iter_batched(
            || (),
            |()| fw.score_many(black_box(&assessments)).expect("scores"),
            BatchSize::SmallInput,
        )
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default();
    targets = dense, scorecards
}
criterion_main!(benches);
