//! Rounded decimals as the regulation prints them ("3.50").

use crate::exact::Fraction;
use std::fmt;

/// A rounded decimal: `units × 10^-decimals`, e.g. 3.50 is `{350, 2}`.
/// Its `Display` keeps trailing zeros as published ("3.50").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Decimal {
    /// The value in units of the last place.
    pub units: i128,
    /// Digits after the point.
    pub decimals: u32,
}

impl Decimal {
    /// Nearest binary float (exactly what parsing the printed text gives).
    pub fn to_f64(&self) -> f64 {
        // Both operands are exact in f64 for the precisions a framework
        // allows, so the quotient is the correctly rounded value.
        self.units as f64 / 10f64.powi(self.decimals as i32)
    }

    /// The value as an exact fraction.
    pub fn to_fraction(&self) -> Fraction {
        Fraction::new(self.units, 10i128.pow(self.decimals)).unwrap_or(Fraction::ZERO)
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.units < 0 { "-" } else { "" };
        let abs = self.units.unsigned_abs();
        if self.decimals == 0 {
            return write!(f, "{sign}{abs}");
        }
        let scale = 10u128.pow(self.decimals);
        write!(
            f,
            "{sign}{}.{:0width$}",
            abs / scale,
            abs % scale,
            width = self.decimals as usize
        )
    }
}
