//! Composite indices (issue 16): how robust 600 units' ranks are to their
//! 47 weights (`rank_uncertainty`, 10,000 Monte Carlo samples at ±20 %),
//! and the Sobol' indices of the 47 weights (each in [0.8, 1.2] × its
//! nominal value) for every one of the 600 units' composites: the Saltelli
//! sample (1,024 base points, 50,176 rows), the model (each row's weighted
//! mean of every unit) and the 600 analyses (100 bootstrap resamples
//! each). The Python peers (`benches/python/uncertainty_numpy.py`,
//! `benches/python/sensitivity_salib.py`) do the same work with NumPy and
//! SALib.
//!
//! Inputs are deterministic pseudo-random numbers (splitmix64): values in
//! [0, 1), nominal weights in [0.5, 1.5). The model is not timed (it is the
//! caller's: NumPy's `W @ X.T` in the Python peers).
//!
//! Run: `cargo bench -p egov-masterplan --bench composite`.

#![allow(missing_docs)] // criterion_group! generates an undocumented fn

use criterion::{criterion_group, criterion_main, Criterion};
use egov_masterplan::composite::{rank_uncertainty, Aggregator, UncertaintyOptions};
use egov_masterplan::sensitivity::{
    saltelli_sample, sobol_analyze, sobol_analyze_many, SaltelliOptions, SobolOptions,
};
use std::hint::black_box;

const UNITS: usize = 600;
const INDICATORS: usize = 47;
const SAMPLES: usize = 10_000;
const BASE_POINTS: usize = 1024;

/// splitmix64: a number in [0, 1).
struct Mix(u64);

impl Mix {
    fn unit(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        (z >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Units × indicators values in [0, 1) and nominal weights in [0.5, 1.5).
fn inputs() -> (Vec<Vec<Option<f64>>>, Vec<f64>) {
    let mut mix = Mix(2024);
    let values = (0..UNITS)
        .map(|_| (0..INDICATORS).map(|_| Some(mix.unit())).collect())
        .collect();
    let weights = (0..INDICATORS).map(|_| 0.5 + mix.unit()).collect();
    (values, weights)
}

/// Every unit's composite (weighted mean) for every row of the sample, the
/// weights `nominal × (0.8 + 0.4 x)`: a rows × units matrix, row-major.
fn model(x: &[f64], values: &[Vec<Option<f64>>], nominal: &[f64]) -> Vec<f64> {
    let mut y = Vec::with_capacity(x.len() / INDICATORS * UNITS);
    let mut w = vec![0.0; INDICATORS];
    for row in x.chunks_exact(INDICATORS) {
        for ((w, &u), &n) in w.iter_mut().zip(row).zip(nominal) {
            *w = n * (0.8 + 0.4 * u);
        }
        let total: f64 = w.iter().sum();
        y.extend(values.iter().map(|v| {
            v.iter()
                .zip(&w)
                .map(|(v, w)| v.unwrap_or(0.0) * w)
                .sum::<f64>()
                / total
        }));
    }
    y
}

fn composite(c: &mut Criterion) {
    let (values, weights) = inputs();
    let mut g = c.benchmark_group("composite");
    g.sample_size(10);
    let options = UncertaintyOptions {
        weight_noise: 0.2,
        samples: SAMPLES,
        seed: 0,
        decimals: None,
    };
    g.bench_function("rank_uncertainty 10k×600×47", |b| {
        b.iter(|| {
            rank_uncertainty(
                black_box(&values),
                &weights,
                Aggregator::Arithmetic,
                &options,
            )
            .expect("uncertainty")
        })
    });
    let sample_options = SaltelliOptions::default();
    g.bench_function("saltelli_sample 1024×47", |b| {
        b.iter(|| saltelli_sample(black_box(BASE_POINTS), INDICATORS, &sample_options).expect("x"))
    });
    let x = saltelli_sample(BASE_POINTS, INDICATORS, &sample_options).expect("sample");
    let y = model(&x.values, &values, &weights);
    let sobol = SobolOptions::default();
    g.bench_function("sobol_analyze ×600", |b| {
        b.iter(|| {
            (0..UNITS)
                .map(|u| {
                    let column: Vec<f64> = y.iter().skip(u).step_by(UNITS).copied().collect();
                    sobol_analyze(black_box(&column), INDICATORS, &sobol).expect("sobol")
                })
                .collect::<Vec<_>>()
        })
    });
    g.bench_function("sobol_analyze_many 600", |b| {
        b.iter(|| sobol_analyze_many(black_box(&y), UNITS, INDICATORS, &sobol).expect("sobol"))
    });
    g.finish();
}

criterion_group!(benches, composite);
criterion_main!(benches);
