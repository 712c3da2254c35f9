//! Published values in a form that sorts and compares fast: integer
//! millionths. A printed value has at most six decimals and six integer
//! digits (the CSV reader's rule), so every one is an exact `i64` of
//! millionths and the comparisons a rank needs cost an integer compare,
//! not a fraction's cross-multiplication (the browser asks a position on
//! every level change). Quartiles come back as exact fractions.

use super::position::Quartiles;
use crate::exact::{Decimal, Fraction};

/// Decimals every value is scaled to.
const DECIMALS: u32 = 6;
/// 10^DECIMALS.
const SCALE: i128 = 1_000_000;

/// `d` in millionths, exactly; `None` when it has more than six decimals
/// or does not fit (never for a value the CSV reader accepted).
pub(crate) fn micros(d: Decimal) -> Option<i64> {
    let factor = 10i128.checked_pow(DECIMALS.checked_sub(d.decimals)?)?;
    i64::try_from(d.units.checked_mul(factor)?).ok()
}

/// The values in millionths, ascending.
pub(crate) fn sorted_micros(values: impl Iterator<Item = Decimal>) -> Vec<i64> {
    let mut v: Vec<i64> = values.filter_map(micros).collect();
    v.sort_unstable();
    v
}

/// How many of the ascending `sorted` values are above and below `v`.
pub(crate) fn above_below(sorted: &[i64], v: i64) -> (usize, usize) {
    let below = sorted.partition_point(|x| *x < v);
    let not_above = sorted.partition_point(|x| *x <= v);
    (sorted.len() - not_above, below)
}

/// The quartiles of ascending values (`None` for no values), by linear
/// interpolation between order statistics (pandas' and NumPy's default).
pub(crate) fn quartiles_of(sorted: &[i64]) -> Option<Quartiles> {
    (!sorted.is_empty()).then(|| Quartiles {
        q1: quantile(sorted, 1, 4),
        median: quantile(sorted, 1, 2),
        q3: quantile(sorted, 3, 4),
    })
}

/// The `num/den` quantile of ascending values: position
/// h = (n − 1)·num/den, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]), exact:
/// (x[⌊h⌋]·den + r·(x[⌊h⌋ + 1] − x[⌊h⌋])) / (den · 10^6) with r the
/// remainder of (n − 1)·num by den.
fn quantile(sorted: &[i64], num: usize, den: usize) -> Fraction {
    let steps = sorted.len().saturating_sub(1) * num;
    let (lo, rest) = (steps / den, steps % den);
    let a = sorted.get(lo).copied().unwrap_or(0) as i128;
    let b = sorted.get(lo + 1).copied().map_or(a, |b| b as i128);
    let numerator = a * den as i128 + rest as i128 * (b - a);
    Fraction::new(numerator, den as i128 * SCALE).unwrap_or(Fraction::ZERO)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(units: i128, decimals: u32) -> Decimal {
        Decimal { units, decimals }
    }

    fn f(n: i128, den: i128) -> Fraction {
        Fraction::new(n, den).unwrap()
    }

    #[test]
    fn micros_are_exact_and_refuse_what_does_not_fit() {
        assert_eq!(micros(d(352, 2)), Some(3_520_000));
        assert_eq!(micros(d(-5, 0)), Some(-5_000_000));
        assert_eq!(micros(d(1_234_567, 6)), Some(1_234_567));
        assert_eq!(micros(d(1, 7)), None);
        assert_eq!(micros(d(i128::MAX, 0)), None);
    }

    #[test]
    fn above_and_below_count_ties_in_neither() {
        let v = [1, 2, 2, 2, 5];
        assert_eq!(above_below(&v, 2), (1, 1));
        assert_eq!(above_below(&v, 0), (5, 0));
        assert_eq!(above_below(&v, 6), (0, 5));
        assert_eq!(above_below(&v, 3), (1, 4));
    }

    // Hand-computed with the linear rule (NumPy's default): for
    // 1.00, 2.00, 3.00, 4.00 (n = 4) h = 0.75, 1.5, 2.25, so
    // q1 = 1 + 0.75 = 1.75, median 2.5, q3 = 3 + 0.25 = 3.25.
    #[test]
    fn quartiles_interpolate_exactly() {
        let v = sorted_micros([d(400, 2), d(100, 2), d(300, 2), d(200, 2)].into_iter());
        let q = quartiles_of(&v).unwrap();
        assert_eq!((q.q1, q.median, q.q3), (f(7, 4), f(5, 2), f(13, 4)));
        let one = quartiles_of(&[2_730_000]).unwrap();
        assert_eq!(
            (one.q1, one.median, one.q3),
            (f(273, 100), f(273, 100), f(273, 100))
        );
        assert!(quartiles_of(&[]).is_none());
    }
}
