//! Aggregators: a unit's normalised indicator values combined with weights
//! into one value (weights are renormalised to sum to 1 over the values
//! present), and competition ranks of the results. The geometric, harmonic
//! and power means use [`crate::detmath`], so they are the same bits in
//! every language.

use crate::detmath::{exp, ln, pow};
use crate::error::{Error, Result};

const WHAT: &str = "aggregation";

/// How values are combined.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Aggregator {
    /// Weighted arithmetic mean, `Σ w·x`: full compensation between values.
    Arithmetic,
    /// Weighted geometric mean, `Π x^w`: values must be > 0.
    Geometric,
    /// Weighted harmonic mean, `1 / Σ (w/x)`: values must be > 0.
    Harmonic,
    /// Generalised (power) mean of order `p`, `(Σ w·x^p)^(1/p)`: values
    /// must be > 0 unless `p` is a positive whole number; `p = 1` is the
    /// arithmetic mean.
    Power(f64),
}

/// The weighted combination of `values` (`None`: missing, left out, the
/// other weights renormalised); `None` when no value is present.
///
/// ```
/// use egov_masterplan::composite::{aggregate, Aggregator};
/// let v = [Some(0.5), Some(0.8), None];
/// let w = [1.0, 1.0, 1.0];
/// assert_eq!(aggregate(&v, &w, Aggregator::Arithmetic)?, Some(0.65));
/// # Ok::<(), egov_masterplan::Error>(())
/// ```
pub fn aggregate(values: &[Option<f64>], weights: &[f64], how: Aggregator) -> Result<Option<f64>> {
    if values.len() != weights.len() {
        return Err(Error::field(
            WHAT,
            "weights",
            format!("has {} weights for {} values", weights.len(), values.len()),
        ));
    }
    if let Some(k) = weights.iter().position(|w| !(w.is_finite() && *w >= 0.0)) {
        return Err(Error::field(
            WHAT,
            &format!("weights[{k}]"),
            format!("is {}; expected a finite weight ≥ 0", weights[k]),
        ));
    }
    let pairs: Vec<(f64, f64)> = values
        .iter()
        .zip(weights)
        .filter_map(|(v, &w)| v.map(|v| (v, w)))
        .collect();
    let total: f64 = pairs.iter().map(|(_, w)| w).sum();
    if pairs.is_empty() || total == 0.0 {
        return Ok(None);
    }
    let positive = |name: &str| -> Result<()> {
        match pairs.iter().position(|(v, _)| *v <= 0.0) {
            Some(k) => Err(Error::field(
                WHAT,
                "values",
                format!(
                    "value {} is not > 0, which the {name} mean needs",
                    pairs[k].0
                ),
            )),
            None => Ok(()),
        }
    };
    let value = match how {
        Aggregator::Arithmetic => pairs.iter().map(|(v, w)| v * w).sum::<f64>() / total,
        Aggregator::Geometric => {
            positive("geometric")?;
            exp(pairs.iter().map(|(v, w)| w * ln(*v)).sum::<f64>() / total)
        }
        Aggregator::Harmonic => {
            positive("harmonic")?;
            total / pairs.iter().map(|(v, w)| w / v).sum::<f64>()
        }
        Aggregator::Power(0.0) => {
            return aggregate(values, weights, Aggregator::Geometric);
        }
        Aggregator::Power(p) => {
            if !(p.fract() == 0.0 && p > 0.0) {
                positive("power")?;
            }
            let s = pairs
                .iter()
                .map(|(v, w)| w * pow_signed(*v, p))
                .sum::<f64>()
                / total;
            pow_signed(s, 1.0 / p)
        }
    };
    Ok(Some(value))
}

/// `x^p` that keeps the sign of a negative `x` for a whole odd `p`.
fn pow_signed(x: f64, p: f64) -> f64 {
    if x < 0.0 && p.fract() == 0.0 {
        let m = pow(-x, p);
        if (p as i64) % 2 == 0 {
            m
        } else {
            -m
        }
    } else {
        pow(x, p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn some(xs: &[f64]) -> Vec<Option<f64>> {
        xs.iter().map(|&x| Some(x)).collect()
    }

    #[test]
    fn the_means_of_two_values() {
        // 2 and 8 with equal weights: arithmetic 5, geometric 4, harmonic
        // 2·2·8/(2+8) = 3.2, quadratic (power 2) √34 ≈ 5.830951894845301.
        let v = some(&[2.0, 8.0]);
        let w = [1.0, 1.0];
        let close = |a: Option<f64>, b: f64| (a.unwrap_or(f64::NAN) - b).abs() < 1e-12;
        assert_eq!(
            aggregate(&v, &w, Aggregator::Arithmetic).unwrap(),
            Some(5.0)
        );
        assert!(close(
            aggregate(&v, &w, Aggregator::Geometric).unwrap(),
            4.0
        ));
        assert!(close(aggregate(&v, &w, Aggregator::Harmonic).unwrap(), 3.2));
        assert!(close(
            aggregate(&v, &w, Aggregator::Power(2.0)).unwrap(),
            34f64.sqrt()
        ));
        assert!(close(
            aggregate(&v, &w, Aggregator::Power(0.0)).unwrap(),
            4.0
        ));
        assert!(close(
            aggregate(&v, &w, Aggregator::Power(-1.0)).unwrap(),
            3.2
        ));
        // Weights 3:1: arithmetic (6 + 8)/4 = 3.5; geometric 2^0.75·8^0.25 = 2^1.5.
        let w = [3.0, 1.0];
        assert_eq!(
            aggregate(&v, &w, Aggregator::Arithmetic).unwrap(),
            Some(3.5)
        );
        assert!(close(
            aggregate(&v, &w, Aggregator::Geometric).unwrap(),
            2f64.powf(1.5)
        ));
    }

    #[test]
    fn missing_values_renormalise_the_weights() {
        let v = [Some(1.0), None, Some(4.0)];
        assert_eq!(
            aggregate(&v, &[1.0, 5.0, 1.0], Aggregator::Arithmetic).unwrap(),
            Some(2.5)
        );
        assert_eq!(
            aggregate(&[None, None], &[1.0, 1.0], Aggregator::Arithmetic).unwrap(),
            None
        );
    }

    #[test]
    fn bad_input_names_the_field() {
        let e = aggregate(&some(&[1.0]), &[1.0, 2.0], Aggregator::Arithmetic).unwrap_err();
        assert!(e.to_string().contains("has 2 weights for 1 values"), "{e}");
        let e = aggregate(&some(&[1.0, 2.0]), &[1.0, -2.0], Aggregator::Arithmetic).unwrap_err();
        assert!(e.to_string().contains("weights[1]"), "{e}");
        let e = aggregate(&some(&[0.0, 2.0]), &[1.0, 1.0], Aggregator::Geometric).unwrap_err();
        assert!(e.to_string().contains("geometric"), "{e}");
        // A whole positive order takes zero and negative values.
        assert!(aggregate(&some(&[-1.0, 3.0]), &[1.0, 1.0], Aggregator::Power(3.0)).is_ok());
    }
}
