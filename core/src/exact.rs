//! Exact rational arithmetic for the official scoring path.
//!
//! Weights and thresholds in a framework are decimals ("1.3", "2.75") or
//! fractions ("10/3"). They are read exactly as written into a [`Fraction`]
//! (a reduced `i128` ratio), and every operation is checked: an overflow is an
//! `Err`, never a wrapped value and never a panic.

pub use crate::decimal::Decimal;
use std::cmp::Ordering;
use std::fmt;

/// Largest number of digits accepted in a decimal literal (before and after
/// the point together, leading zeros excluded). Keeps every product of two
/// parsed values far inside `i128`.
pub const MAX_DECIMAL_DIGITS: usize = 18;

/// A reduced fraction `num / den` with `den > 0`.
///
/// ```
/// use egov_masterplan::Fraction;
/// let w = Fraction::parse("1.30").unwrap();
/// assert_eq!(w, Fraction::new(13, 10).unwrap());
/// assert_eq!(w.to_string(), "13/10");
/// assert_eq!(w.to_decimal_string().as_deref(), Some("1.3"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Fraction {
    num: i128,
    den: i128,
}

/// Greatest common divisor of |a| and |b| (binary GCD; a `u64` fast path
/// covers every value the scoring path produces). `None` only for
/// gcd(i128::MIN, 0), which does not fit.
fn gcd(a: i128, b: i128) -> Option<i128> {
    let (a, b) = (a.unsigned_abs(), b.unsigned_abs());
    let g = match (u64::try_from(a), u64::try_from(b)) {
        (Ok(a), Ok(b)) => u128::from(binary_gcd_u64(a, b)),
        _ => binary_gcd_u128(a, b),
    };
    i128::try_from(g).ok()
}

/// Stein's binary GCD for one unsigned width.
macro_rules! binary_gcd {
    ($name:ident, $t:ty) => {
        fn $name(mut a: $t, mut b: $t) -> $t {
            if a == 0 || b == 0 {
                return a | b;
            }
            let shift = (a | b).trailing_zeros();
            a >>= a.trailing_zeros();
            loop {
                b >>= b.trailing_zeros();
                if a > b {
                    std::mem::swap(&mut a, &mut b);
                }
                b -= a;
                if b == 0 {
                    return a << shift;
                }
            }
        }
    };
}

binary_gcd!(binary_gcd_u64, u64);
binary_gcd!(binary_gcd_u128, u128);

/// Least common multiple of two positive integers, `None` on overflow.
pub(crate) fn lcm(a: i128, b: i128) -> Option<i128> {
    let g = gcd(a, b)?;
    if g == 0 {
        return Some(0);
    }
    (a / g).checked_mul(b)
}

impl Fraction {
    /// Zero.
    pub const ZERO: Fraction = Fraction { num: 0, den: 1 };

    /// `num / den`, reduced. `None` when `den` is zero or the value overflows.
    pub fn new(num: i128, den: i128) -> Option<Fraction> {
        if den == 0 {
            return None;
        }
        if num == 0 {
            return Some(Fraction::ZERO);
        }
        let g = gcd(num, den)?;
        let (mut n, mut d) = (num / g, den / g);
        if d < 0 {
            n = n.checked_neg()?;
            d = d.checked_neg()?;
        }
        Some(Fraction { num: n, den: d })
    }

    /// The integer `n` as a fraction.
    pub const fn from_int(n: i128) -> Fraction {
        Fraction { num: n, den: 1 }
    }

    /// Numerator (carries the sign).
    pub const fn numer(&self) -> i128 {
        self.num
    }

    /// Denominator (always positive).
    pub const fn denom(&self) -> i128 {
        self.den
    }

    /// Parses a decimal (`"1.3"`, `"-0.25"`, `"2.5e1"`), an integer, or a
    /// fraction (`"10/3"`), exactly. Returns a human-readable reason on failure.
    pub fn parse(text: &str) -> Result<Fraction, String> {
        let t = text.trim();
        if t.is_empty() {
            return Err("empty text is not a number".into());
        }
        if let Some((a, b)) = t.split_once('/') {
            let n = parse_decimal(a.trim())?;
            let d = parse_decimal(b.trim())?;
            if d.num == 0 {
                return Err(format!("`{t}` divides by zero"));
            }
            return n
                .checked_div(&d)
                .ok_or_else(|| format!("`{t}` is too large"));
        }
        parse_decimal(t)
    }

    /// Checked sum.
    pub fn checked_add(&self, o: &Fraction) -> Option<Fraction> {
        let g = gcd(self.den, o.den)?;
        let d = (self.den / g).checked_mul(o.den)?;
        let n = self
            .num
            .checked_mul(o.den / g)?
            .checked_add(o.num.checked_mul(self.den / g)?)?;
        Fraction::new(n, d)
    }

    /// Checked difference.
    pub fn checked_sub(&self, o: &Fraction) -> Option<Fraction> {
        self.checked_add(&Fraction {
            num: o.num.checked_neg()?,
            den: o.den,
        })
    }

    /// Checked product.
    pub fn checked_mul(&self, o: &Fraction) -> Option<Fraction> {
        let g1 = gcd(self.num, o.den)?.max(1);
        let g2 = gcd(o.num, self.den)?.max(1);
        let n = (self.num / g1).checked_mul(o.num / g2)?;
        let d = (self.den / g2).checked_mul(o.den / g1)?;
        Fraction::new(n, d)
    }

    /// Checked quotient; `None` when dividing by zero.
    pub fn checked_div(&self, o: &Fraction) -> Option<Fraction> {
        if o.num == 0 {
            return None;
        }
        self.checked_mul(&Fraction {
            num: o.den,
            den: o.num,
        })
    }

    /// True when the value is zero.
    pub fn is_zero(&self) -> bool {
        self.num == 0
    }

    /// True when the value is greater than zero.
    pub fn is_positive(&self) -> bool {
        self.num > 0
    }

    /// Smallest integer not below the value.
    pub fn ceil(&self) -> i128 {
        let q = self.num.div_euclid(self.den);
        if self.num.rem_euclid(self.den) == 0 {
            q
        } else {
            q + 1
        }
    }

    /// Nearest binary float (for display and plotting only).
    pub fn to_f64(&self) -> f64 {
        self.num as f64 / self.den as f64
    }

    /// Rounds half away from zero ("half-up" as the regulation prints it) to
    /// `decimals` places.
    ///
    /// ```
    /// use egov_masterplan::Fraction;
    /// let tie = Fraction::new(6570, 2000).unwrap(); // 3.285 exactly
    /// assert_eq!(tie.round_half_up(2).unwrap().to_string(), "3.29");
    /// ```
    pub fn round_half_up(&self, decimals: u32) -> Option<Decimal> {
        let scale = 10i128.checked_pow(decimals)?;
        let twice = self.num.abs().checked_mul(scale)?.checked_mul(2)?;
        let units = twice.checked_add(self.den)? / self.den.checked_mul(2)?;
        let units = if self.num < 0 { -units } else { units };
        Some(Decimal { units, decimals })
    }

    /// The exact decimal expansion when it terminates (denominator of the
    /// form 2^a·5^b), e.g. `"3.6285"`; `None` otherwise.
    pub fn to_decimal_string(&self) -> Option<String> {
        let mut d = self.den;
        let (mut twos, mut fives) = (0u32, 0u32);
        while d % 2 == 0 {
            d /= 2;
            twos += 1;
        }
        while d % 5 == 0 {
            d /= 5;
            fives += 1;
        }
        if d != 1 {
            return None;
        }
        let places = twos.max(fives);
        let units = self.checked_mul(&Fraction::from_int(10i128.checked_pow(places)?))?;
        Some(
            Decimal {
                units: units.num,
                decimals: places,
            }
            .to_string(),
        )
    }

    /// Text that [`Fraction::parse`] reads back to the same value: the exact
    /// decimal when it terminates, otherwise `"num/den"`.
    pub fn to_literal(&self) -> String {
        self.to_decimal_string().unwrap_or_else(|| self.to_string())
    }
}

fn parse_decimal(t: &str) -> Result<Fraction, String> {
    let bad = || format!("`{t}` is not a finite decimal number");
    let (mantissa, exp) = match t.find(['e', 'E']) {
        Some(i) => {
            let e: i64 = t[i + 1..].parse().map_err(|_| bad())?;
            (&t[..i], e)
        }
        None => (t, 0),
    };
    let (neg, body) = match mantissa.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, mantissa.strip_prefix('+').unwrap_or(mantissa)),
    };
    let (int_part, frac_part) = body.split_once('.').unwrap_or((body, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(bad());
    }
    if !int_part
        .bytes()
        .chain(frac_part.bytes())
        .all(|b| b.is_ascii_digit())
    {
        return Err(bad());
    }
    let digits: String = format!("{int_part}{frac_part}");
    let significant = digits.trim_start_matches('0');
    if significant.len() > MAX_DECIMAL_DIGITS {
        return Err(format!(
            "`{t}` has more than {MAX_DECIMAL_DIGITS} significant digits"
        ));
    }
    let mut num: i128 = significant.parse().unwrap_or(0);
    if neg {
        num = -num;
    }
    let scale = exp.saturating_sub(i64::try_from(frac_part.len()).unwrap_or(i64::MAX));
    if num == 0 {
        return Ok(Fraction::ZERO);
    }
    if scale.unsigned_abs() > MAX_DECIMAL_DIGITS as u64 {
        return Err(format!("`{t}` has an exponent out of range"));
    }
    let p = 10i128.pow(scale.unsigned_abs() as u32);
    let f = if scale >= 0 {
        Fraction::new(num.checked_mul(p).ok_or_else(bad)?, 1)
    } else {
        Fraction::new(num, p)
    };
    f.ok_or_else(bad)
}

impl fmt::Display for Fraction {
    /// `"num/den"`, or just `"num"` for an integer.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.den == 1 {
            write!(f, "{}", self.num)
        } else {
            write!(f, "{}/{}", self.num, self.den)
        }
    }
}

impl Ord for Fraction {
    /// Compares without overflow, by continued-fraction expansion.
    fn cmp(&self, other: &Self) -> Ordering {
        match (self.num.signum(), other.num.signum()) {
            (a, b) if a != b => return a.cmp(&b),
            (0, 0) => return Ordering::Equal,
            (-1, -1) => {
                return cmp_nonneg(-other.num, other.den, -self.num, self.den);
            }
            _ => {}
        }
        cmp_nonneg(self.num, self.den, other.num, other.den)
    }
}

impl PartialOrd for Fraction {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn cmp_nonneg(mut an: i128, mut ad: i128, mut bn: i128, mut bd: i128) -> Ordering {
    loop {
        let (qa, qb) = (an / ad, bn / bd);
        if qa != qb {
            return qa.cmp(&qb);
        }
        let (ra, rb) = (an % ad, bn % bd);
        match (ra == 0, rb == 0) {
            (true, true) => return Ordering::Equal,
            (true, false) => return Ordering::Less,
            (false, true) => return Ordering::Greater,
            // ra/ad vs rb/bd  <=>  bd/rb vs ad/ra
            (false, false) => {
                (an, ad, bn, bd) = (bd, rb, ad, ra);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(n: i128, d: i128) -> Fraction {
        Fraction::new(n, d).unwrap()
    }

    #[test]
    fn parses_decimals_exactly() {
        assert_eq!(Fraction::parse("1.3").unwrap(), f(13, 10));
        assert_eq!(Fraction::parse("2.75").unwrap(), f(11, 4));
        assert_eq!(Fraction::parse("3").unwrap(), f(3, 1));
        assert_eq!(Fraction::parse("10/3").unwrap(), f(10, 3));
        assert_eq!(Fraction::parse("2.5e1").unwrap(), f(25, 1));
        assert_eq!(Fraction::parse("-.5").unwrap(), f(-1, 2));
        assert_eq!(Fraction::parse("1.2E-2").unwrap(), f(12, 1000));
    }

    #[test]
    fn rejects_non_numbers() {
        for bad in [
            "", "NaN", "inf", "Infinity", "1.2.3", "abc", "1/0", "1e999", ".",
        ] {
            assert!(Fraction::parse(bad).is_err(), "{bad}");
        }
        assert!(Fraction::parse("1234567890123456789").is_err());
    }

    #[test]
    fn half_up_rounds_exact_ties_up() {
        // 3.285 is 3.28499999999999992006394222699E0 as a binary float, so
        // float rounding gives 3.28; the exact value must give 3.29.
        assert_eq!(f(657, 200).round_half_up(2).unwrap().to_string(), "3.29");
        assert_eq!(f(6997, 2000).round_half_up(2).unwrap().to_string(), "3.50");
        assert_eq!(f(3599, 2000).round_half_up(2).unwrap().to_string(), "1.80");
        assert_eq!(f(-5, 1000).round_half_up(2).unwrap().to_string(), "-0.01");
        assert_eq!(f(4, 1000).round_half_up(2).unwrap().to_string(), "0.00");
    }

    #[test]
    fn compares_without_overflow() {
        let big = f(i128::MAX - 1, i128::MAX);
        let bigger = f(i128::MAX - 2, i128::MAX - 1);
        assert_eq!(big.cmp(&bigger), Ordering::Greater);
        assert!(f(-1, 2) < f(1, 3));
        assert!(f(-1, 2) < f(-1, 3));
        assert_eq!(f(2, 4).cmp(&f(1, 2)), Ordering::Equal);
    }

    #[test]
    fn extreme_values_are_none_not_panics() {
        assert_eq!(Fraction::new(i128::MIN, -1), None);
        assert_eq!(Fraction::new(0, i128::MIN), Some(Fraction::ZERO));
        assert_eq!(Fraction::new(i128::MIN, 2), Some(f(i128::MIN / 2, 1)));
        assert_eq!(f(i128::MAX, 1).checked_add(&f(1, 1)), None);
        assert_eq!(f(i128::MIN + 1, 1).checked_sub(&f(2, 1)), None);
        assert_eq!(gcd(1 << 40, 3 << 20), Some(1 << 20));
        assert_eq!(gcd(i128::MAX, 7), Some(1));
        assert_eq!(gcd(-12, 18), Some(6));
    }

    #[test]
    fn decimal_strings() {
        assert_eq!(f(7257, 2000).to_decimal_string().unwrap(), "3.6285");
        assert_eq!(f(10, 3).to_decimal_string(), None);
        assert_eq!(f(10, 3).to_literal(), "10/3");
        assert_eq!(f(3, 1).to_literal(), "3");
        assert_eq!(f(-1, 4).to_literal(), "-0.25");
    }
}
