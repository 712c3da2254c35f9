//! The one place where core errors become Python exceptions: each error
//! kind has its own class (defined in `egov_masterplan/errors.py`, all under
//! `EgovError(ValueError)`), and the error's fields become attributes.

use egov_masterplan::Error;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyDict;

/// The exception class name of each core error kind.
pub fn class_name(kind: &str) -> &'static str {
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

/// The kinds the core can raise (for the test that every one has a class).
pub const KINDS: [&str; 37] = [
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

/// Structured fields worth catching on, as attributes of the exception.
fn fields<'py>(py: Python<'py>, e: &Error) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    match e {
        Error::Json {
            what, line, column, ..
        } => {
            d.set_item("what", what)?;
            d.set_item("line", line)?;
            d.set_item("column", column)?;
        }
        Error::UnknownFramework { id, available } => {
            d.set_item("id", id)?;
            d.set_item("available", available)?;
        }
        Error::DuplicateId { what, id } => {
            d.set_item("what", what)?;
            d.set_item("id", id)?;
        }
        Error::InvalidField { what, field, .. } => {
            d.set_item("what", what)?;
            d.set_item("field", field)?;
        }
        Error::InvalidOption {
            option,
            value,
            allowed,
        } => {
            d.set_item("option", option)?;
            d.set_item("value", value)?;
            d.set_item("allowed", allowed)?;
        }
        Error::UnknownIndicator {
            framework,
            indicator,
        } => {
            d.set_item("framework", framework)?;
            d.set_item("indicator", indicator)?;
        }
        Error::LevelOutOfRange {
            subject,
            period,
            indicator,
            level,
            min,
            max,
        } => {
            d.set_item("subject", subject)?;
            d.set_item("period", period)?;
            d.set_item("indicator", indicator)?;
            d.set_item("level", level)?;
            d.set_item("min", min)?;
            d.set_item("max", max)?;
        }
        Error::LevelNotInteger { indicator, value } => {
            d.set_item("indicator", indicator)?;
            d.set_item("value", value)?;
        }
        Error::MissingLevels {
            subject,
            period,
            missing,
        } => {
            d.set_item("subject", subject)?;
            d.set_item("period", period)?;
            d.set_item("missing", missing)?;
        }
        Error::Csv { row, column, .. } => {
            d.set_item("row", row)?;
            d.set_item("column", column)?;
        }
        Error::UnknownDependency {
            initiative,
            dependency,
        } => {
            d.set_item("initiative", initiative)?;
            d.set_item("dependency", dependency)?;
        }
        Error::Cycle { cycle } | Error::HostingCycle { cycle } => {
            d.set_item("cycle", cycle)?;
        }
        Error::InvalidBudget { year, .. } => d.set_item("year", year)?,
        Error::UnknownAgency {
            agency,
            referenced_by,
        } => {
            d.set_item("agency", agency)?;
            d.set_item("referenced_by", referenced_by)?;
        }
        _ => {}
    }
    Ok(d)
}

/// Builds the Python exception for a core error.
pub fn to_py(e: Error) -> PyErr {
    Python::attach(|py| match build(py, &e) {
        Ok(err) => err,
        // The errors module failed to import: still a ValueError.
        Err(_) => PyValueError::new_err(e.to_string()),
    })
}

fn build(py: Python<'_>, e: &Error) -> PyResult<PyErr> {
    let module = py.import("egov_masterplan.errors")?;
    let class = module.getattr(class_name(e.kind()))?;
    let exc = class.call1((e.to_string(),))?;
    exc.setattr("kind", e.kind())?;
    for (k, v) in fields(py, e)?.iter() {
        exc.setattr(k.extract::<String>()?.as_str(), v)?;
    }
    Ok(PyErr::from_value(exc))
}

/// Lets `?` turn core errors into Python exceptions.
pub trait IntoPyResult<T> {
    /// The core result as a Python result.
    fn py(self) -> PyResult<T>;
}

impl<T> IntoPyResult<T> for egov_masterplan::Result<T> {
    fn py(self) -> PyResult<T> {
        self.map_err(to_py)
    }
}
