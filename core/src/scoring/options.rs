//! Options of a scoring call.

use crate::error::Error;
use std::fmt;
use std::str::FromStr;

/// Which value picks the predicate band.
///
/// The 2024 SPBE report compares the **unrounded** index (3.4985 prints as
/// 3.50 but is "Baik"); the 2023 report compared the **rounded** one (1.7995
/// prints as 1.80 and is "Cukup").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum PredicateBasis {
    /// The exact index (2024 practice; the literal reading of "< 3.5").
    #[default]
    Exact,
    /// The index rounded to the framework's precision (2023 practice).
    Rounded,
}

/// What to do with indicators the assessment does not rate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum MissingPolicy {
    /// Refuse: every indicator must be rated.
    #[default]
    Error,
    /// Count an unrated indicator at the scale's lowest level.
    Lowest,
    /// Leave unrated indicators out and re-weight the rated ones.
    Renormalize,
}

/// Options of [`crate::Framework::score_with`].
///
/// ```
/// use egov_masterplan::{MissingPolicy, PredicateBasis, ScoreOptions};
/// let opts = ScoreOptions { predicate_basis: PredicateBasis::Rounded, ..Default::default() };
/// assert_eq!(opts.missing, MissingPolicy::Error);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct ScoreOptions {
    /// Which value picks the predicate (default: exact).
    pub predicate_basis: PredicateBasis,
    /// Unrated indicators (default: error).
    pub missing: MissingPolicy,
}

macro_rules! string_enum {
    ($ty:ident, $option:literal, $($variant:ident => $name:literal),+) => {
        impl $ty {
            /// Every allowed name, in declaration order.
            pub const NAMES: &'static [&'static str] = &[$($name),+];

            /// The option's name as written in JSON and in the bindings.
            pub fn as_str(&self) -> &'static str {
                match self { $($ty::$variant => $name),+ }
            }
        }

        impl FromStr for $ty {
            type Err = Error;
            fn from_str(s: &str) -> Result<Self, Error> {
                match s {
                    $($name => Ok($ty::$variant),)+
                    other => Err(Error::InvalidOption {
                        option: $option.into(),
                        value: other.into(),
                        allowed: Self::NAMES.iter().map(|n| (*n).to_owned()).collect(),
                    }),
                }
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

string_enum!(PredicateBasis, "predicate_basis", Exact => "exact", Rounded => "rounded");
string_enum!(MissingPolicy, "missing", Error => "error", Lowest => "lowest", Renormalize => "renormalize");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse_and_bad_names_list_the_allowed_ones() {
        assert_eq!(
            "rounded".parse::<PredicateBasis>().unwrap(),
            PredicateBasis::Rounded
        );
        assert_eq!(
            "renormalize".parse::<MissingPolicy>().unwrap(),
            MissingPolicy::Renormalize
        );
        let err = "zero".parse::<MissingPolicy>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "option `missing`: `zero` is not allowed; expected one of: error, lowest, renormalize"
        );
    }
}
