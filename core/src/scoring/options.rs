//! Options of a scoring call.

use crate::named_enum::named_enum;

named_enum!(
    /// Which value picks the predicate band.
    ///
    /// The 2024 SPBE report compares the **unrounded** index (3.4985 prints as
    /// 3.50 but is "Baik"); the 2023 report compared the **rounded** one (1.7995
    /// prints as 1.80 and is "Cukup").
    #[derive(Default)]
    PredicateBasis, "predicate_basis",
    /// The exact index (2024 practice; the literal reading of "< 3.5"); the default.
    #[default]
    Exact => "exact",
    /// The index rounded to the framework's precision (2023 practice).
    Rounded => "rounded",
);

named_enum!(
    /// What to do with indicators the assessment does not rate.
    #[derive(Default)]
    MissingPolicy, "missing",
    /// Refuse: every indicator must be rated (the default).
    #[default]
    Error => "error",
    /// Count an unrated indicator at the scale's lowest level.
    Lowest => "lowest",
    /// Leave unrated indicators out and re-weight the rated ones.
    Renormalize => "renormalize",
);

/// Options of [`crate::Framework::score_with`].
///
/// ```
/// use egov_masterplan::scoring::{MissingPolicy, PredicateBasis, ScoreOptions};
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

#[cfg(test)]
mod names_tests {
    use super::*;

    #[test]
    fn names_are_what_parsing_accepts() {
        assert_eq!(PredicateBasis::NAMES, ["exact", "rounded"]);
        assert_eq!(MissingPolicy::NAMES, ["error", "lowest", "renormalize"]);
        for name in MissingPolicy::NAMES {
            assert_eq!(name.parse::<MissingPolicy>().map(|m| m.as_str()), Ok(*name));
        }
        let err = "x".parse::<PredicateBasis>().unwrap_err();
        assert_eq!(
            err.fields()["allowed"],
            serde_json::json!(PredicateBasis::NAMES)
        );
        assert_eq!(err.fields()["option"], PredicateBasis::OPTION);
    }
}
