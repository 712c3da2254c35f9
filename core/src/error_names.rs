//! Names for bindings: each error kind's exception class name (the same in
//! Python and JavaScript) and its structured fields, so that a binding maps
//! errors in one table instead of parsing messages.

use crate::error::Error;
use serde_json::{json, Map, Value};

/// Every kind [`Error::kind`] returns, in declaration order.
pub const ERROR_KINDS: [&str; 37] = [
    "json",
    "unsupported_schema_version",
    "unknown_framework",
    "duplicate_id",
    "empty_group",
    "tier_mismatch",
    "invalid_weight",
    "weight_mismatch",
    "invalid_scale",
    "ladder_level_out_of_scale",
    "ladder_incomplete",
    "unknown_ladder",
    "predicate_overlap",
    "predicate_gap",
    "invalid_field",
    "invalid_option",
    "unknown_indicator",
    "level_out_of_range",
    "level_not_integer",
    "framework_mismatch",
    "missing_levels",
    "nothing_rated",
    "csv",
    "unknown_node",
    "unknown_predicate",
    "target_unreachable",
    "overflow",
    "unknown_dependency",
    "self_dependency",
    "cycle",
    "invalid_budget",
    "unknown_agency",
    "dangling_relation",
    "relation_not_allowed",
    "invalid_reference",
    "hosting_cycle",
    "too_large",
];

impl Error {
    /// The exception class a binding raises for this error, e.g.
    /// `CycleError` (every class derives from `EgovError`).
    ///
    /// ```
    /// use egov_masterplan::Framework;
    /// let err = Framework::builtin("nope").unwrap_err();
    /// assert_eq!(err.class_name(), "UnknownFrameworkError");
    /// ```
    pub fn class_name(&self) -> &'static str {
        Error::class_name_of(self.kind())
    }

    /// The exception class name of an error kind (`"EgovError"` for a name
    /// that is not a kind).
    ///
    /// ```
    /// assert_eq!(egov_masterplan::Error::class_name_of("cycle"), "CycleError");
    /// ```
    pub fn class_name_of(kind: &str) -> &'static str {
        match kind {
            "json" => "JsonError",
            "unsupported_schema_version" => "SchemaVersionError",
            "unknown_framework" => "UnknownFrameworkError",
            "duplicate_id" => "DuplicateIdError",
            "empty_group" => "EmptyGroupError",
            "tier_mismatch" => "TierMismatchError",
            "invalid_weight" => "InvalidWeightError",
            "weight_mismatch" => "WeightMismatchError",
            "invalid_scale" => "InvalidScaleError",
            "ladder_level_out_of_scale" => "LadderLevelOutOfScaleError",
            "ladder_incomplete" => "LadderIncompleteError",
            "unknown_ladder" => "UnknownLadderError",
            "predicate_overlap" => "PredicateOverlapError",
            "predicate_gap" => "PredicateGapError",
            "invalid_field" => "InvalidFieldError",
            "invalid_option" => "InvalidOptionError",
            "unknown_indicator" => "UnknownIndicatorError",
            "level_out_of_range" => "LevelOutOfRangeError",
            "level_not_integer" => "LevelNotIntegerError",
            "framework_mismatch" => "FrameworkMismatchError",
            "missing_levels" => "MissingLevelsError",
            "nothing_rated" => "NothingRatedError",
            "csv" => "CsvError",
            "unknown_node" => "UnknownNodeError",
            "unknown_predicate" => "UnknownPredicateError",
            "target_unreachable" => "TargetUnreachableError",
            "overflow" => "ArithmeticOverflowError",
            "unknown_dependency" => "UnknownDependencyError",
            "self_dependency" => "SelfDependencyError",
            "cycle" => "CycleError",
            "invalid_budget" => "BudgetError",
            "unknown_agency" => "UnknownAgencyError",
            "dangling_relation" => "DanglingRelationError",
            "relation_not_allowed" => "RelationNotAllowedError",
            "invalid_reference" => "InvalidReferenceError",
            "hosting_cycle" => "HostingCycleError",
            "too_large" => "TooLargeError",
            _ => "EgovError",
        }
    }

    /// The fields worth acting on (`indicator`, `level`, `cycle`, …) as a
    /// JSON object, for bindings to attach to their exception.
    ///
    /// ```
    /// use egov_masterplan::Framework;
    /// let err = Framework::builtin("nope").unwrap_err();
    /// assert_eq!(err.fields()["id"], "nope");
    /// ```
    pub fn fields(&self) -> Map<String, Value> {
        let mut d = Map::new();
        match self {
            Error::Json {
                what, line, column, ..
            } => {
                d.insert("what".into(), json!(what));
                d.insert("line".into(), json!(line));
                d.insert("column".into(), json!(column));
            }
            Error::UnknownFramework { id, available } => {
                d.insert("id".into(), json!(id));
                d.insert("available".into(), json!(available));
            }
            Error::DuplicateId { what, id } => {
                d.insert("what".into(), json!(what));
                d.insert("id".into(), json!(id));
            }
            Error::InvalidField { what, field, .. } => {
                d.insert("what".into(), json!(what));
                d.insert("field".into(), json!(field));
            }
            Error::InvalidOption {
                option,
                value,
                allowed,
            } => {
                d.insert("option".into(), json!(option));
                d.insert("value".into(), json!(value));
                d.insert("allowed".into(), json!(allowed));
            }
            Error::UnknownIndicator {
                framework,
                indicator,
            } => {
                d.insert("framework".into(), json!(framework));
                d.insert("indicator".into(), json!(indicator));
            }
            Error::LevelOutOfRange {
                subject,
                period,
                indicator,
                level,
                min,
                max,
            } => {
                d.insert("subject".into(), json!(subject));
                d.insert("period".into(), json!(period));
                d.insert("indicator".into(), json!(indicator));
                d.insert("level".into(), json!(level));
                d.insert("min".into(), json!(min));
                d.insert("max".into(), json!(max));
            }
            Error::LevelNotInteger { indicator, value } => {
                d.insert("indicator".into(), json!(indicator));
                d.insert("value".into(), json!(value));
            }
            Error::MissingLevels {
                subject,
                period,
                missing,
            } => {
                d.insert("subject".into(), json!(subject));
                d.insert("period".into(), json!(period));
                d.insert("missing".into(), json!(missing));
            }
            Error::Csv { row, column, .. } => {
                d.insert("row".into(), json!(row));
                d.insert("column".into(), json!(column));
            }
            Error::UnknownDependency {
                initiative,
                dependency,
            } => {
                d.insert("initiative".into(), json!(initiative));
                d.insert("dependency".into(), json!(dependency));
            }
            Error::Cycle { cycle } | Error::HostingCycle { cycle } => {
                d.insert("cycle".into(), json!(cycle));
            }
            Error::InvalidBudget { year, .. } => {
                d.insert("year".into(), json!(year));
            }
            Error::TooLarge { what, size, limit } => {
                d.insert("what".into(), json!(what));
                d.insert("size".into(), json!(size));
                d.insert("limit".into(), json!(limit));
            }
            Error::UnknownAgency {
                agency,
                referenced_by,
            } => {
                d.insert("agency".into(), json!(agency));
                d.insert("referenced_by".into(), json!(referenced_by));
            }
            _ => {}
        }
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_kind_has_its_own_class() {
        let names: BTreeSet<&str> = ERROR_KINDS
            .iter()
            .map(|k| Error::class_name_of(k))
            .collect();
        assert_eq!(names.len(), ERROR_KINDS.len());
        assert!(!names.contains("EgovError"));
        assert!(names.iter().all(|n| n.ends_with("Error")));
        let cycle = Error::Cycle {
            cycle: vec!["a".into(), "b".into(), "a".into()],
        };
        assert_eq!(cycle.class_name(), "CycleError");
        assert_eq!(cycle.fields()["cycle"], json!(["a", "b", "a"]));
    }
}
