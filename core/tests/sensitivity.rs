//! Sobol' indices of the Ishigami function against their analytic values
//! (Ishigami and Homma 1990; the formulas in Saltelli et al., "Global
//! Sensitivity Analysis: The Primer", 2008, §4.8), with a = 7, b = 0.1.

use egov_masterplan::sensitivity::{
    saltelli_sample, sobol_analyze, sobol_analyze_many, SaltelliOptions, SobolOptions,
};
use std::f64::consts::PI;

const A: f64 = 7.0;
const B: f64 = 0.1;

fn ishigami(x: &[f64]) -> f64 {
    x[0].sin() + A * x[1].sin().powi(2) + B * x[2].powi(4) * x[0].sin()
}

/// (S1, ST) from the closed forms: V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2,
/// V1 = (1 + bπ⁴/5)²/2, V2 = a²/8, V3 = 0, V13 = b²π⁸(1/18 − 1/50).
fn analytic() -> ([f64; 3], [f64; 3]) {
    let pi4 = PI.powi(4);
    let pi8 = PI.powi(8);
    let v = A * A / 8.0 + B * pi4 / 5.0 + B * B * pi8 / 18.0 + 0.5;
    let v1 = 0.5 * (1.0 + B * pi4 / 5.0).powi(2);
    let v2 = A * A / 8.0;
    let v13 = B * B * pi8 * (1.0 / 18.0 - 1.0 / 50.0);
    ([v1 / v, v2 / v, 0.0], [(v1 + v13) / v, v2 / v, v13 / v])
}

fn outputs(n: usize, seed: Option<u64>) -> Vec<f64> {
    let x = saltelli_sample(n, 3, &SaltelliOptions { skip: None, seed }).expect("sample");
    (0..x.rows)
        .map(|i| {
            let v: Vec<f64> = x.row(i).iter().map(|u| -PI + 2.0 * PI * u).collect();
            ishigami(&v)
        })
        .collect()
}

#[test]
fn the_analytic_values_are_the_published_ones() {
    let (s1, st) = analytic();
    // The Primer's table: S1 = 0.3139, 0.4424, 0; ST = 0.5576, 0.4424, 0.2437.
    for (got, want) in s1
        .iter()
        .chain(&st)
        .zip([0.3139, 0.4424, 0.0, 0.5576, 0.4424, 0.2437])
    {
        assert!((got - want).abs() < 5e-5, "{got} vs {want}");
    }
}

#[test]
fn ishigami_indices_are_within_a_hundredth_at_n_2_to_the_14() {
    let (s1, st) = analytic();
    let y = outputs(1 << 14, None);
    let s = sobol_analyze(&y, 3, &SobolOptions::default()).expect("analysis");
    for j in 0..3 {
        assert!(
            (s.s1[j] - s1[j]).abs() < 0.01,
            "S1[{j}] = {} vs {}",
            s.s1[j],
            s1[j]
        );
        assert!(
            (s.st[j] - st[j]).abs() < 0.01,
            "ST[{j}] = {} vs {}",
            s.st[j],
            st[j]
        );
        // The 95 % intervals are narrow at this size and cover the value.
        assert!(s.s1_conf[j] > 0.0 && s.s1_conf[j] < 0.05, "{:?}", s.s1_conf);
        assert!(s.st_conf[j] > 0.0 && s.st_conf[j] < 0.05, "{:?}", s.st_conf);
    }
    // The same seed, the same intervals; another seed, other intervals
    // around the same estimates.
    let again = sobol_analyze(&y, 3, &SobolOptions::default()).expect("analysis");
    assert_eq!(s, again);
    let other = sobol_analyze(
        &y,
        3,
        &SobolOptions {
            seed: 9,
            ..SobolOptions::default()
        },
    )
    .expect("analysis");
    assert_eq!(other.s1, s.s1);
    assert_ne!(other.s1_conf, s.s1_conf);
}

#[test]
fn a_shifted_sample_estimates_the_same_indices() {
    let (s1, st) = analytic();
    let y = outputs(1 << 14, Some(2026));
    let s = sobol_analyze(&y, 3, &SobolOptions::default()).expect("analysis");
    for j in 0..3 {
        assert!(
            (s.s1[j] - s1[j]).abs() < 0.01 && (s.st[j] - st[j]).abs() < 0.01,
            "{s:?}"
        );
    }
}

#[test]
fn bad_outputs_name_the_problem() {
    let o = SobolOptions::default();
    let e = sobol_analyze(&[1.0; 9], 2, &o).unwrap_err();
    assert!(
        e.to_string().contains("expected a multiple of d + 2 = 4"),
        "{e}"
    );
    let e = sobol_analyze(&[1.0; 8], 2, &o).unwrap_err();
    assert!(e.to_string().contains("no variance"), "{e}");
    let mut y = outputs(4, None);
    y[5] = f64::NAN;
    let e = sobol_analyze(&y, 3, &o).unwrap_err();
    assert_eq!(
        e.to_string(),
        "sobol analysis: field `y[5]` is NaN; expected a finite number"
    );
    let e = sobol_analyze(
        &outputs(4, None),
        3,
        &SobolOptions {
            conf_level: 1.0,
            ..o
        },
    )
    .unwrap_err();
    assert!(e.to_string().contains("conf_level"), "{e}");
}

/// 19 outputs of one Ishigami sample (a + k·b for output k, so every
/// column has its own indices), runs × outputs, row-major.
fn many_outputs(n: usize) -> (Vec<f64>, usize) {
    const OUTPUTS: usize = 19;
    let y = outputs(n, None);
    let x = saltelli_sample(n, 3, &SaltelliOptions::default()).expect("sample");
    let many = (0..x.rows)
        .flat_map(|i| {
            let (f, x2) = (y[i], x.row(i)[2]);
            (0..OUTPUTS).map(move |k| f + k as f64 * 3.0 * x2)
        })
        .collect();
    (many, OUTPUTS)
}

#[test]
fn many_outputs_are_each_what_one_output_gives_on_any_thread_count() {
    let (y, outputs) = many_outputs(128);
    let o = SobolOptions {
        resamples: 30,
        seed: 11,
        ..SobolOptions::default()
    };
    let run = |threads: usize| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("pool")
            .install(|| sobol_analyze_many(&y, outputs, 3, &o).expect("many"))
    };
    let one_thread = run(1);
    assert_eq!(one_thread, run(3));
    assert_eq!(one_thread.len(), outputs);
    for (u, s) in one_thread.iter().enumerate() {
        let column: Vec<f64> = y.iter().skip(u).step_by(outputs).copied().collect();
        assert_eq!(
            *s,
            sobol_analyze(&column, 3, &o).expect("one"),
            "output {u}"
        );
    }
    // The third input's share grows with k.
    assert!(one_thread[18].st[2] > one_thread[1].st[2]);
}

#[test]
fn many_outputs_errors_name_the_cell_or_column() {
    let o = SobolOptions::default();
    let (mut y, outputs) = many_outputs(4);
    let e = sobol_analyze_many(&y, 0, 3, &o).unwrap_err();
    assert!(e.to_string().contains("field `outputs` is 0"), "{e}");
    let e = sobol_analyze_many(&y[1..], outputs, 3, &o).unwrap_err();
    assert!(e.to_string().contains("expected runs × 19 outputs"), "{e}");
    let e = sobol_analyze_many(&y[..outputs * 19], outputs, 3, &o).unwrap_err();
    assert!(
        e.to_string()
            .contains("has 19 rows; expected a multiple of d + 2 = 5"),
        "{e}"
    );
    // Output 7 constant.
    for r in 0..y.len() / outputs {
        y[r * outputs + 7] = 2.5;
    }
    let e = sobol_analyze_many(&y, outputs, 3, &o).unwrap_err();
    assert!(e.to_string().contains("field `y[:, 7]` is the same"), "{e}");
    y[3 * outputs + 4] = f64::INFINITY;
    let e = sobol_analyze_many(&y, outputs, 3, &o).unwrap_err();
    assert_eq!(
        e.to_string(),
        "sobol analysis: field `y[3, 4]` is inf; expected a finite number"
    );
}
