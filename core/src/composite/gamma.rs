//! Gamma variates for Dirichlet weights, from uniform draws with IEEE
//! operations and [`crate::detmath`] only (so every language draws the
//! same numbers): Marsaglia and Tsang (2000) for shape ≥ 1, with normal
//! variates by Marsaglia's polar method; for shape `a` < 1 a Gamma(a + 1)
//! variate times `U^(1/a)`.

use crate::detmath::{ln, pow};
use crate::sensitivity::draws::Draws;

/// A standard normal variate (Marsaglia's polar method, the first of the
/// pair).
fn normal(d: &mut Draws) -> f64 {
    loop {
        let u = 2.0 * d.unit() - 1.0;
        let v = 2.0 * d.unit() - 1.0;
        let s = u * u + v * v;
        if s > 0.0 && s < 1.0 {
            return u * (-2.0 * ln(s) / s).sqrt();
        }
    }
}

/// A Gamma(`shape`, 1) variate; 0 for a shape that is not > 0.
pub(crate) fn gamma(shape: f64, d: &mut Draws) -> f64 {
    if !(shape > 0.0 && shape.is_finite()) {
        return 0.0;
    }
    if shape < 1.0 {
        let g = gamma(shape + 1.0, d);
        // 1 − U lies in (0, 1], so its power is never 0^(negative).
        return g * pow(1.0 - d.unit(), 1.0 / shape);
    }
    let dd = shape - 1.0 / 3.0;
    let c = 1.0 / (9.0 * dd).sqrt();
    loop {
        let x = normal(d);
        let v = 1.0 + c * x;
        if v <= 0.0 {
            continue;
        }
        let v = v * v * v;
        let u = d.unit();
        if u < 1.0 - 0.0331 * x * x * x * x {
            return dd * v;
        }
        if u > 0.0 && ln(u) < 0.5 * x * x + dd * (1.0 - v + ln(v)) {
            return dd * v;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Mean and variance of `n` variates.
    fn moments(shape: f64, n: usize) -> (f64, f64) {
        let mut d = Draws::new(11);
        let xs: Vec<f64> = (0..n).map(|_| gamma(shape, &mut d)).collect();
        let m = xs.iter().sum::<f64>() / n as f64;
        let v = xs.iter().map(|x| (x - m) * (x - m)).sum::<f64>() / (n as f64 - 1.0);
        (m, v)
    }

    #[test]
    fn gamma_has_its_mean_and_variance() {
        // Gamma(a, 1): mean a, variance a. Over 40,000 draws the mean's
        // standard error is √(a/40000); allow 4 of them, and 6 % of the
        // variance.
        for a in [0.3, 1.0, 2.5, 20.0] {
            let (m, v) = moments(a, 40_000);
            let se = (a / 40_000.0f64).sqrt();
            assert!((m - a).abs() < 4.0 * se, "shape {a}: mean {m}");
            assert!((v - a).abs() < 0.06 * a, "shape {a}: variance {v}");
        }
        let mut d = Draws::new(1);
        assert_eq!(gamma(0.0, &mut d), 0.0);
        assert_eq!(gamma(f64::NAN, &mut d), 0.0);
    }
}
