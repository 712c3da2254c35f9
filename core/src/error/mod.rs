//! The one error type of the library, and the table of its kinds.
//!
//! Every fallible call returns [`Result`]. Each variant names the offending
//! id or field and says what was expected. [`ERROR_KINDS`] lists every
//! variant's stable kind name, exception class, family and fields: the
//! bindings build their exception classes from it, so a binding never
//! parses a message.
//!
//! ```
//! use egov_masterplan::{Assessment, Framework, error::ErrorFamily};
//! let fw = Framework::builtin("spbe-2020")?;
//! let mut a = Assessment::new("dinas-x", 2024);
//! a.set("I1", 7);
//! let err = fw.score(&a).unwrap_err();
//! assert_eq!(err.kind(), "level_out_of_range");
//! assert_eq!(err.class_name(), "LevelOutOfRangeError");
//! assert_eq!(err.family(), ErrorFamily::Assessment);
//! assert_eq!(err.fields()["level"], 7);
//! # Ok::<(), egov_masterplan::Error>(())
//! ```

mod constructors;
mod table;

pub use table::{ErrorFamily, ErrorKind, FieldInfo, FieldType, ROOT_CLASS};

/// Result with the library's [`enum@Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

table::declare_errors! {
/// The input is not well-formed JSON of the expected shape.
#[error("{what}: invalid JSON at line {line}, column {column}: {detail}")]
Json = "json", "JsonError", General {
    /// What was being read ("framework", "assessment", …).
    what: String,
    /// 1-based line of the problem (0 when unknown).
    line: usize,
    /// 1-based column of the problem (0 when unknown).
    column: usize,
    /// What the parser expected.
    detail: String,
},
/// The input is not well-formed TOML of the expected shape (a masterplan
/// manifest written as TOML).
#[error("{what}: invalid TOML at line {line}, column {column}: {detail}")]
Toml = "toml", "TomlError", General {
    /// What was being read ("masterplan").
    what: String,
    /// 1-based line of the problem (0 when unknown).
    line: usize,
    /// 1-based column of the problem (0 when unknown).
    column: usize,
    /// What the parser expected.
    detail: String,
},
/// A JSON object repeats a key (the reader would otherwise keep the last
/// value without a word).
#[error("{what}: key `{key}` appears twice in the object at {path} (line {line}, column {column}); each key may appear once")]
DuplicateKey = "duplicate_key", "DuplicateKeyError", General {
    /// What was being read ("framework", "assessment", …).
    what: String,
    /// The repeated key.
    key: String,
    /// The object holding it, as a path from the document's root (`$`,
    /// `$.levels`, `$.nodes[3]`).
    path: String,
    /// 1-based line of the second occurrence.
    line: usize,
    /// 1-based column where the second occurrence ends (its closing quote).
    column: usize,
},
/// A `schema_version` this library does not read.
#[error("{what}: schema_version {found} is not supported (this library reads schema_version up to {supported})")]
UnsupportedSchemaVersion = "unsupported_schema_version", "SchemaVersionError", General {
    /// What was being read.
    what: String,
    /// The version found in the document.
    found: String,
    /// The newest version this library reads (it reads every version
    /// from 1 up to it).
    supported: u32,
},
/// `Framework::builtin` was asked for an id it does not have.
#[error("unknown built-in framework `{id}`; available: {}", .available.join(", "))]
UnknownFramework = "unknown_framework", "UnknownFrameworkError", Framework {
    /// The requested id.
    id: String,
    /// The built-in ids.
    available: Vec<String>,
},
/// Two items of one kind share an id.
#[error("duplicate {what} id `{id}`")]
DuplicateId = "duplicate_id", "DuplicateIdError", General {
    /// The kind of item ("node", "predicate", "ladder level", …).
    what: String,
    /// The repeated id.
    id: String,
},
/// A group (domain, aspect, …) with no children.
#[error("group `{id}` has no children; every {tier} needs at least one")]
EmptyGroup = "empty_group", "EmptyGroupError", Framework {
    /// The empty group's id.
    id: String,
    /// Its tier name.
    tier: String,
},
/// A node sits at a depth that does not match the framework's tiers.
#[error("node `{id}`: {detail}")]
TierMismatch = "tier_mismatch", "TierMismatchError", Framework {
    /// The node's id.
    id: String,
    /// What is wrong with its depth.
    detail: String,
},
/// A weight that is missing, unparsable, not finite, or not positive.
#[error("node `{id}`: weight `{value}` is invalid: {reason}")]
InvalidWeight = "invalid_weight", "InvalidWeightError", Framework {
    /// The node's id.
    id: String,
    /// The weight as written.
    value: String,
    /// Why it is rejected.
    reason: String,
},
/// A declared group weight differs from the sum of its children's.
#[error("node `{id}`: declared weight {declared} differs from the sum of its children's weights {sum}")]
WeightMismatch = "weight_mismatch", "WeightMismatchError", Framework {
    /// The group's id.
    id: String,
    /// The declared weight.
    declared: String,
    /// The exact sum of the children's weights.
    sum: String,
},
/// The level scale is unusable.
#[error("scale {min}–{max} is invalid: {reason}")]
InvalidScale = "invalid_scale", "InvalidScaleError", Framework {
    /// Declared lowest level.
    min: i64,
    /// Declared highest level.
    max: i64,
    /// Why it is rejected.
    reason: String,
},
/// A ladder names a level outside the scale.
#[error("ladder `{ladder}`: level {level} is outside the scale {min}–{max}")]
LadderLevelOutOfScale = "ladder_level_out_of_scale", "LadderLevelOutOfScaleError", Framework {
    /// The ladder's name.
    ladder: String,
    /// The offending level.
    level: i64,
    /// Scale minimum.
    min: i64,
    /// Scale maximum.
    max: i64,
},
/// A ladder lacks a level of the scale.
#[error("ladder `{ladder}` has no level {missing}; every level of the scale needs a name")]
LadderIncomplete = "ladder_incomplete", "LadderIncompleteError", Framework {
    /// The ladder's name.
    ladder: String,
    /// The missing level.
    missing: i64,
},
/// An indicator names a ladder the framework does not define.
#[error("indicator `{indicator}`: unknown ladder `{ladder}`; defined ladders: {}", .available.join(", "))]
UnknownLadder = "unknown_ladder", "UnknownLadderError", Framework {
    /// The indicator's id.
    indicator: String,
    /// The ladder it names (empty when none was given but one is needed).
    ladder: String,
    /// The framework's ladders.
    available: Vec<String>,
},
/// Two predicate bands cover the same values.
#[error("predicate `{id}` overlaps `{other}`: {detail}")]
PredicateOverlap = "predicate_overlap", "PredicateOverlapError", Framework {
    /// The later band in the list.
    id: String,
    /// The band it overlaps.
    other: String,
    /// Details.
    detail: String,
},
/// Part of the scale is covered by no predicate band.
#[error("predicate `{id}`: {detail}")]
PredicateGap = "predicate_gap", "PredicateGapError", Framework {
    /// The band next to the gap.
    id: String,
    /// Details.
    detail: String,
},
/// A field has a value outside what is allowed.
#[error("{what}: field `{field}` {detail}")]
InvalidField = "invalid_field", "InvalidFieldError", General {
    /// What was being read or built.
    what: String,
    /// The field's name.
    field: String,
    /// What was expected.
    detail: String,
},
/// A string option with a value outside its allowed set.
#[error("option `{option}`: `{value}` is not allowed; expected one of: {}", .allowed.join(", "))]
InvalidOption = "invalid_option", "InvalidOptionError", General {
    /// The option's name.
    option: String,
    /// The value given.
    value: String,
    /// The allowed values.
    allowed: Vec<String>,
},
/// An assessment rates an indicator the framework does not have.
#[error("framework `{framework}` has no indicator `{indicator}`")]
UnknownIndicator = "unknown_indicator", "UnknownIndicatorError", Assessment {
    /// The framework's id.
    framework: String,
    /// The unknown indicator id.
    indicator: String,
},
/// A level outside the framework's scale.
#[error("{subject} {period}: indicator `{indicator}` level {level} is outside the scale {min}–{max}")]
LevelOutOfRange = "level_out_of_range", "LevelOutOfRangeError", Assessment {
    /// The assessment's subject.
    subject: String,
    /// The assessment's period.
    period: i32,
    /// The indicator's id.
    indicator: String,
    /// The level given.
    level: i64,
    /// Scale minimum.
    min: i64,
    /// Scale maximum.
    max: i64,
},
/// A level that is not a whole number.
#[error("indicator `{indicator}`: level `{value}` is not a whole number")]
LevelNotInteger = "level_not_integer", "LevelNotIntegerError", Assessment {
    /// The indicator's id.
    indicator: String,
    /// The value as written.
    value: String,
},
/// An assessment made for another framework.
#[error("assessment is for framework `{found}` but is scored with `{expected}`")]
FrameworkMismatch = "framework_mismatch", "FrameworkMismatchError", Assessment {
    /// The scoring framework's id.
    expected: String,
    /// The assessment's framework.
    found: String,
},
/// Indicators left unrated under `MissingPolicy::Error`.
#[error("{subject} {period}: {} indicator(s) not rated: {}", .missing.len(), .missing.join(", "))]
MissingLevels = "missing_levels", "MissingLevelsError", Assessment {
    /// The assessment's subject.
    subject: String,
    /// The assessment's period.
    period: i32,
    /// The unrated indicator ids, in framework order.
    missing: Vec<String>,
},
/// No indicator is rated, so there is nothing to average.
#[error("{subject} {period}: no indicator is rated")]
NothingRated = "nothing_rated", "NothingRatedError", Assessment {
    /// The assessment's subject.
    subject: String,
    /// The assessment's period.
    period: i32,
},
/// A bad CSV row or field.
#[error("CSV row {row}, column `{column}`: {detail}")]
Csv = "csv", "CsvError", Assessment {
    /// 1-based line number (the header is line 1).
    row: u64,
    /// The column's name.
    column: String,
    /// What was expected.
    detail: String,
},
/// A workbook that cannot be read as a self-assessment form: not an
/// `.xlsx` file, not a form this library wrote, or a form whose structure
/// was changed.
#[error("{file}: {detail}")]
FormFile = "form_file", "FormFileError", Assessment {
    /// The file's name as given (or "workbook").
    file: String,
    /// What is wrong with it.
    detail: String,
},
/// A cell of a filled form holds what the form does not accept.
#[error("{sheet}!{cell}: {detail}")]
FormCell = "form_cell", "FormCellError", Assessment {
    /// The sheet's name (`Penilaian`).
    sheet: String,
    /// The cell in A1 notation (`D14`).
    cell: String,
    /// What was found and what was expected.
    detail: String,
},
/// A node id that the framework does not have.
#[error("framework `{framework}` has no node `{id}`")]
UnknownNode = "unknown_node", "UnknownNodeError", Gap {
    /// The framework's id.
    framework: String,
    /// The unknown id.
    id: String,
},
/// A predicate id that the framework does not have.
#[error("unknown predicate `{id}`; expected one of: {}", .available.join(", "))]
UnknownPredicate = "unknown_predicate", "UnknownPredicateError", Gap {
    /// The unknown id.
    id: String,
    /// The framework's predicate ids.
    available: Vec<String>,
},
/// A gap target that no combination of levels reaches.
#[error("target {target} cannot be reached: the best possible index is {best}")]
TargetUnreachable = "target_unreachable", "TargetUnreachableError", Gap {
    /// The target index.
    target: String,
    /// The highest index the allowed steps reach.
    best: String,
},
/// A computation left the range of exact integers.
#[error("arithmetic overflow in {context}")]
Overflow = "overflow", "ArithmeticOverflowError", General {
    /// Where it happened.
    context: String,
},
/// A roadmap dependency on an initiative that does not exist.
#[error("initiative `{initiative}` depends on unknown initiative `{dependency}`")]
UnknownDependency = "unknown_dependency", "UnknownDependencyError", Roadmap {
    /// The dependent initiative.
    initiative: String,
    /// The missing predecessor id.
    dependency: String,
},
/// An initiative that depends on itself.
#[error("initiative `{id}` depends on itself")]
SelfDependency = "self_dependency", "SelfDependencyError", Roadmap {
    /// The initiative.
    id: String,
},
/// Dependencies that go round in a circle.
#[error("dependency cycle: {}", .cycle.join(" → "))]
Cycle = "cycle", "CycleError", Roadmap {
    /// The full cycle, predecessor first, ending where it starts
    /// (`["a", "b", "c", "a"]`).
    cycle: Vec<String>,
},
/// A bad yearly budget entry.
#[error("budget for `{year}`: {detail}")]
InvalidBudget = "invalid_budget", "BudgetError", Roadmap {
    /// The year key as written.
    year: String,
    /// What was expected.
    detail: String,
},
/// An agency id that the catalog does not have.
#[error("{referenced_by}: unknown agency `{agency}`")]
UnknownAgency = "unknown_agency", "UnknownAgencyError", Architecture {
    /// The missing agency id.
    agency: String,
    /// What names it (`element app-simpeg (owner)`, `agency x (parent)`).
    referenced_by: String,
},
/// A relation whose end is not an element of the catalog.
#[error("relation `{from}` -{relation}-> `{to}`: unknown element `{missing}`")]
DanglingRelation = "dangling_relation", "DanglingRelationError", Architecture {
    /// Source id as written.
    from: String,
    /// Target id as written.
    to: String,
    /// The relation type.
    relation: String,
    /// The end that does not exist.
    missing: String,
},
/// A relation type that may not join these two domains.
#[error(
    "relation `{from}` -{relation}-> `{to}` is not allowed from {from_domain} to {to_domain}"
)]
RelationNotAllowed = "relation_not_allowed", "RelationNotAllowedError", Architecture {
    /// Source element id.
    from: String,
    /// Target element id.
    to: String,
    /// The relation type.
    relation: String,
    /// The source's domain.
    from_domain: String,
    /// The target's domain.
    to_domain: String,
},
/// A reference-architecture code that does not fit the taxonomy.
#[error("element `{element}`: reference `{reference}` {detail}")]
InvalidReference = "invalid_reference", "InvalidReferenceError", Architecture {
    /// The element's id.
    element: String,
    /// The code as written.
    reference: String,
    /// What was expected.
    detail: String,
},
/// Elements hosted on each other in a circle.
#[error("hosted-on cycle: {}", .cycle.join(" → "))]
HostingCycle = "hosting_cycle", "HostingCycleError", Architecture {
    /// The full cycle, ending where it starts.
    cycle: Vec<String>,
},
/// A benchmark table has no institution of this name in the year.
#[error("{year}: no institution named `{institution}`; closest: {}", .candidates.join("; "))]
UnknownInstitution = "unknown_institution", "UnknownInstitutionError", Benchmark {
    /// The name as given.
    institution: String,
    /// The year searched.
    year: i32,
    /// The closest names of that year (or every row the name matches,
    /// when it matches more than one), best first.
    candidates: Vec<String>,
},
/// A benchmark cohort with no published index in the year.
#[error("{year}: no published index among {cohort}")]
EmptyCohort = "empty_cohort", "EmptyCohortError", Benchmark {
    /// The year.
    year: i32,
    /// The cohort, in words.
    cohort: String,
},
/// A part a masterplan manifest names (its framework file, baseline,
/// assessments, architecture or roadmap) is missing or does not read.
#[error("masterplan {part} `{file}`: {detail}")]
MasterplanPart = "masterplan_part", "MasterplanPartError", General {
    /// The part, as the manifest's field (`baseline`, `assessments[2]`,
    /// `roadmap`).
    part: String,
    /// The file, as the manifest names it.
    file: String,
    /// The kind of the part's own error (`json`, `missing_levels`,
    /// `cycle`, …), or `file` when the file itself is missing, is not
    /// text, or is of a type the masterplan does not read.
    error_kind: String,
    /// What is wrong, in the part's own error's words.
    detail: String,
},
/// An input larger than the library accepts.
#[error("{what}: {size} exceeds the limit of {limit}")]
TooLarge = "too_large", "TooLargeError", General {
    /// What is too large.
    what: String,
    /// Its size.
    size: u64,
    /// The limit.
    limit: u64,
},}

#[cfg(test)]
mod tests;
