//! Logarithm, exponential and power from IEEE additions, multiplications
//! and divisions only. The platform's `ln`, `exp` and `powf` come from
//! different math libraries on native targets and on wasm32 and may differ
//! in the last bit; these give the same bits everywhere, so results that
//! use them are identical in Rust, Python and JavaScript. Accurate to a
//! few units in the last place, which the tests check against the
//! platform's functions.

use std::f64::consts::{LN_2, SQRT_2};

/// The natural logarithm of `x`: NaN for negative or NaN `x`, −∞ for 0,
/// +∞ for +∞. `x = m · 2^e` with `m` in [√½, √2), `ln x = e·ln 2 +
/// 2·atanh(s)`, `s = (m − 1)/(m + 1)`, the series summed until it stops
/// changing.
pub(crate) fn ln(x: f64) -> f64 {
    if x.is_nan() || x < 0.0 {
        return f64::NAN;
    }
    if x == 0.0 {
        return f64::NEG_INFINITY;
    }
    if x.is_infinite() {
        return f64::INFINITY;
    }
    // Subnormals: scale into the normal range first.
    let (x, extra) = if x < f64::MIN_POSITIVE {
        (x * 2f64.powi(54), -54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let mut e = ((bits >> 52) & 0x7ff) as i64 - 1023 + extra;
    let mut m = f64::from_bits((bits & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000);
    if m > SQRT_2 {
        m /= 2.0;
        e += 1;
    }
    let s = (m - 1.0) / (m + 1.0);
    let s2 = s * s;
    let (mut term, mut sum, mut k) = (s, 0.0, 1.0);
    loop {
        let next = sum + term / k;
        if next == sum {
            break;
        }
        sum = next;
        term *= s2;
        k += 2.0;
    }
    e as f64 * LN_2 + 2.0 * sum
}

/// e^x: `x = k·ln 2 + r` with |r| ≤ ln 2 / 2, `e^r` by its Taylor series
/// until it stops changing, scaled by 2^k exactly.
pub(crate) fn exp(x: f64) -> f64 {
    if x.is_nan() {
        return f64::NAN;
    }
    if x > 709.8 {
        return f64::INFINITY;
    }
    if x < -745.2 {
        return 0.0;
    }
    let k = (x / LN_2).round();
    // ln 2 in two parts, so k·ln 2 loses nothing for |k| ≤ 1100.
    const LN2_HI: f64 = 6.931_471_803_691_238e-1;
    const LN2_LO: f64 = 1.908_214_929_270_587_7e-10;
    let r = (x - k * LN2_HI) - k * LN2_LO;
    let (mut term, mut sum, mut n) = (1.0, 1.0, 1.0);
    loop {
        term *= r / n;
        let next = sum + term;
        if next == sum {
            break;
        }
        sum = next;
        n += 1.0;
    }
    // 2^k in two steps, so k down to −1074 and up to 1023 stay exact.
    let k = k as i32;
    let half = k / 2;
    sum * 2f64.powi(half) * 2f64.powi(k - half)
}

/// `x^y` for `x` > 0 as e^(y·ln x); 0^y is 0 for y > 0, +∞ for y < 0 and
/// 1 for y = 0; NaN for negative `x`.
pub(crate) fn pow(x: f64, y: f64) -> f64 {
    if y == 0.0 {
        return 1.0;
    }
    if x == 0.0 {
        return if y > 0.0 { 0.0 } else { f64::INFINITY };
    }
    exp(y * ln(x))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(got: f64, want: f64, ulps: f64) -> bool {
        (got - want).abs() <= ulps * f64::EPSILON * want.abs().max(f64::MIN_POSITIVE)
    }

    #[test]
    fn against_the_platform() {
        for &x in &[
            1e-310, 1e-300, 1e-10, 0.025, 0.5, 0.9, 1.0, 1.5, 2.0, 10.0, 1e10, 1e300,
        ] {
            assert!(
                close(ln(x), x.ln(), 4.0) || (ln(x) - x.ln()).abs() < 1e-15,
                "ln {x}: {} vs {}",
                ln(x),
                x.ln()
            );
        }
        for &x in &[
            -700.0, -20.0, -1.0, -1e-9, 0.0, 1e-9, 0.5, 1.0, 2.5, 30.0, 700.0,
        ] {
            assert!(
                close(exp(x), x.exp(), 8.0),
                "exp {x}: {} vs {}",
                exp(x),
                x.exp()
            );
        }
        for &(x, y) in &[
            (2.0, 10.0),
            (0.7, 0.3),
            (0.25, -2.0),
            (10.0, 0.5),
            (0.9, 3.7),
        ] {
            assert!(
                close(pow(x, y), x.powf(y), 64.0),
                "pow {x} {y}: {} vs {}",
                pow(x, y),
                x.powf(y)
            );
        }
    }

    #[test]
    fn edges() {
        assert!(ln(-1.0).is_nan() && ln(f64::NAN).is_nan());
        assert_eq!(ln(0.0), f64::NEG_INFINITY);
        assert_eq!(ln(1.0), 0.0);
        assert_eq!(exp(0.0), 1.0);
        assert_eq!(exp(800.0), f64::INFINITY);
        assert_eq!(exp(-800.0), 0.0);
        assert_eq!(
            (pow(0.0, 2.0), pow(0.0, -1.0), pow(5.0, 0.0)),
            (0.0, f64::INFINITY, 1.0)
        );
        assert_eq!(pow(2.0, 10.0), 1024.0);
    }
}
