//! The one error type of the library.
//!
//! Every fallible call returns [`Result`]. Each variant names the offending
//! id or field and says what was expected, so a binding can map it to its own
//! exception class (`Error::kind` gives a stable name) without parsing text.

use thiserror::Error;

/// Result with the library's [`enum@Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong, by cause.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is not well-formed JSON of the expected shape.
    #[error("{what}: invalid JSON at line {line}, column {column}: {message}")]
    Json {
        /// What was being read ("framework", "assessment", …).
        what: String,
        /// 1-based line of the problem (0 when unknown).
        line: usize,
        /// 1-based column of the problem (0 when unknown).
        column: usize,
        /// What the parser expected.
        message: String,
    },
    /// A `schema_version` this library does not read.
    #[error("{what}: schema_version {found} is not supported (this library reads {supported})")]
    UnsupportedSchemaVersion {
        /// What was being read.
        what: String,
        /// The version found in the document.
        found: String,
        /// The version this library reads.
        supported: u32,
    },
    /// `Framework::builtin` was asked for an id it does not have.
    #[error("unknown built-in framework `{id}`; available: {}", .available.join(", "))]
    UnknownFramework {
        /// The requested id.
        id: String,
        /// The built-in ids.
        available: Vec<String>,
    },
    /// Two items of one kind share an id.
    #[error("duplicate {what} id `{id}`")]
    DuplicateId {
        /// The kind of item ("node", "predicate", "ladder level", …).
        what: String,
        /// The repeated id.
        id: String,
    },
    /// A group (domain, aspect, …) with no children.
    #[error("group `{id}` has no children; every {tier} needs at least one")]
    EmptyGroup {
        /// The empty group's id.
        id: String,
        /// Its tier name.
        tier: String,
    },
    /// A node sits at a depth that does not match the framework's tiers.
    #[error("node `{id}`: {message}")]
    TierMismatch {
        /// The node's id.
        id: String,
        /// What is wrong with its depth.
        message: String,
    },
    /// A weight that is missing, unparsable, not finite, or not positive.
    #[error("node `{id}`: weight `{value}` is invalid: {reason}")]
    InvalidWeight {
        /// The node's id.
        id: String,
        /// The weight as written.
        value: String,
        /// Why it is rejected.
        reason: String,
    },
    /// A declared group weight differs from the sum of its children's.
    #[error("node `{id}`: declared weight {declared} differs from the sum of its children's weights {sum}")]
    WeightMismatch {
        /// The group's id.
        id: String,
        /// The declared weight.
        declared: String,
        /// The exact sum of the children's weights.
        sum: String,
    },
    /// The level scale is unusable.
    #[error("scale {min}–{max} is invalid: {reason}")]
    InvalidScale {
        /// Declared lowest level.
        min: i64,
        /// Declared highest level.
        max: i64,
        /// Why it is rejected.
        reason: String,
    },
    /// A ladder names a level outside the scale.
    #[error("ladder `{ladder}`: level {level} is outside the scale {min}–{max}")]
    LadderLevelOutOfScale {
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
    LadderIncomplete {
        /// The ladder's name.
        ladder: String,
        /// The missing level.
        missing: i64,
    },
    /// An indicator names a ladder the framework does not define.
    #[error("indicator `{indicator}`: unknown ladder `{ladder}`; defined ladders: {}", .available.join(", "))]
    UnknownLadder {
        /// The indicator's id.
        indicator: String,
        /// The ladder it names (empty when none was given but one is needed).
        ladder: String,
        /// The framework's ladders.
        available: Vec<String>,
    },
    /// Two predicate bands cover the same values.
    #[error("predicate `{id}` overlaps `{other}`: {message}")]
    PredicateOverlap {
        /// The later band in the list.
        id: String,
        /// The band it overlaps.
        other: String,
        /// Details.
        message: String,
    },
    /// Part of the scale is covered by no predicate band.
    #[error("predicate `{id}`: {message}")]
    PredicateGap {
        /// The band next to the gap.
        id: String,
        /// Details.
        message: String,
    },
    /// A field has a value outside what is allowed.
    #[error("{what}: field `{field}` {message}")]
    InvalidField {
        /// What was being read or built.
        what: String,
        /// The field's name.
        field: String,
        /// What was expected.
        message: String,
    },
    /// A string option with a value outside its allowed set.
    #[error("option `{option}`: `{value}` is not allowed; expected one of: {}", .allowed.join(", "))]
    InvalidOption {
        /// The option's name.
        option: String,
        /// The value given.
        value: String,
        /// The allowed values.
        allowed: Vec<String>,
    },
    /// An assessment rates an indicator the framework does not have.
    #[error("framework `{framework}` has no indicator `{indicator}`")]
    UnknownIndicator {
        /// The framework's id.
        framework: String,
        /// The unknown indicator id.
        indicator: String,
    },
    /// A level outside the framework's scale.
    #[error("{subject} {period}: indicator `{indicator}` level {level} is outside the scale {min}–{max}")]
    LevelOutOfRange {
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
    LevelNotInteger {
        /// The indicator's id.
        indicator: String,
        /// The value as written.
        value: String,
    },
    /// An assessment made for another framework.
    #[error("assessment is for framework `{found}` but is scored with `{expected}`")]
    FrameworkMismatch {
        /// The scoring framework's id.
        expected: String,
        /// The assessment's framework.
        found: String,
    },
    /// Indicators left unrated under `MissingPolicy::Error`.
    #[error("{subject} {period}: {} indicator(s) not rated: {}", .missing.len(), .missing.join(", "))]
    MissingLevels {
        /// The assessment's subject.
        subject: String,
        /// The assessment's period.
        period: i32,
        /// The unrated indicator ids, in framework order.
        missing: Vec<String>,
    },
    /// No indicator is rated, so there is nothing to average.
    #[error("{subject} {period}: no indicator is rated")]
    NothingRated {
        /// The assessment's subject.
        subject: String,
        /// The assessment's period.
        period: i32,
    },
    /// A bad CSV row or field.
    #[error("CSV row {row}, column `{column}`: {message}")]
    Csv {
        /// 1-based line number (the header is line 1).
        row: u64,
        /// The column's name.
        column: String,
        /// What was expected.
        message: String,
    },
    /// A node id that the framework does not have.
    #[error("framework `{framework}` has no node `{id}`")]
    UnknownNode {
        /// The framework's id.
        framework: String,
        /// The unknown id.
        id: String,
    },
    /// A predicate id that the framework does not have.
    #[error("unknown predicate `{id}`; expected one of: {}", .available.join(", "))]
    UnknownPredicate {
        /// The unknown id.
        id: String,
        /// The framework's predicate ids.
        available: Vec<String>,
    },
    /// A gap target that no combination of levels reaches.
    #[error("target {target} cannot be reached: the best possible index is {best}")]
    TargetUnreachable {
        /// The target index.
        target: String,
        /// The highest index the allowed steps reach.
        best: String,
    },
    /// A computation left the range of exact integers.
    #[error("arithmetic overflow in {context}")]
    Overflow {
        /// Where it happened.
        context: String,
    },
    /// A roadmap dependency on an initiative that does not exist.
    #[error("initiative `{initiative}` depends on unknown initiative `{dependency}`")]
    UnknownDependency {
        /// The dependent initiative.
        initiative: String,
        /// The missing predecessor id.
        dependency: String,
    },
    /// An initiative that depends on itself.
    #[error("initiative `{id}` depends on itself")]
    SelfDependency {
        /// The initiative.
        id: String,
    },
    /// Dependencies that go round in a circle.
    #[error("dependency cycle: {}", .cycle.join(" → "))]
    Cycle {
        /// The full cycle, predecessor first, ending where it starts
        /// (`["a", "b", "c", "a"]`).
        cycle: Vec<String>,
    },
    /// A bad yearly budget entry.
    #[error("budget for `{year}`: {message}")]
    InvalidBudget {
        /// The year key as written.
        year: String,
        /// What was expected.
        message: String,
    },
    /// An agency id that the catalog does not have.
    #[error("{referenced_by}: unknown agency `{agency}`")]
    UnknownAgency {
        /// The missing agency id.
        agency: String,
        /// What names it (`element app-simpeg (owner)`, `agency x (parent)`).
        referenced_by: String,
    },
    /// A relation whose end is not an element of the catalog.
    #[error("relation `{from}` -{relation}-> `{to}`: unknown element `{missing}`")]
    DanglingRelation {
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
    RelationNotAllowed {
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
    #[error("element `{element}`: reference `{reference}` {message}")]
    InvalidReference {
        /// The element's id.
        element: String,
        /// The code as written.
        reference: String,
        /// What was expected.
        message: String,
    },
    /// Elements hosted on each other in a circle.
    #[error("hosted-on cycle: {}", .cycle.join(" → "))]
    HostingCycle {
        /// The full cycle, ending where it starts.
        cycle: Vec<String>,
    },
    /// An input larger than the library accepts.
    #[error("{what}: {size} exceeds the limit of {limit}")]
    TooLarge {
        /// What is too large.
        what: String,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
}

impl Error {
    /// A stable snake_case name for the variant (for bindings and vectors).
    ///
    /// ```
    /// use egov_masterplan::Framework;
    /// let err = Framework::builtin("nope").unwrap_err();
    /// assert_eq!(err.kind(), "unknown_framework");
    /// ```
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Json { .. } => "json",
            Error::UnsupportedSchemaVersion { .. } => "unsupported_schema_version",
            Error::UnknownFramework { .. } => "unknown_framework",
            Error::DuplicateId { .. } => "duplicate_id",
            Error::EmptyGroup { .. } => "empty_group",
            Error::TierMismatch { .. } => "tier_mismatch",
            Error::InvalidWeight { .. } => "invalid_weight",
            Error::WeightMismatch { .. } => "weight_mismatch",
            Error::InvalidScale { .. } => "invalid_scale",
            Error::LadderLevelOutOfScale { .. } => "ladder_level_out_of_scale",
            Error::LadderIncomplete { .. } => "ladder_incomplete",
            Error::UnknownLadder { .. } => "unknown_ladder",
            Error::PredicateOverlap { .. } => "predicate_overlap",
            Error::PredicateGap { .. } => "predicate_gap",
            Error::InvalidField { .. } => "invalid_field",
            Error::InvalidOption { .. } => "invalid_option",
            Error::UnknownIndicator { .. } => "unknown_indicator",
            Error::LevelOutOfRange { .. } => "level_out_of_range",
            Error::LevelNotInteger { .. } => "level_not_integer",
            Error::FrameworkMismatch { .. } => "framework_mismatch",
            Error::MissingLevels { .. } => "missing_levels",
            Error::NothingRated { .. } => "nothing_rated",
            Error::Csv { .. } => "csv",
            Error::UnknownNode { .. } => "unknown_node",
            Error::UnknownPredicate { .. } => "unknown_predicate",
            Error::TargetUnreachable { .. } => "target_unreachable",
            Error::Overflow { .. } => "overflow",
            Error::UnknownDependency { .. } => "unknown_dependency",
            Error::SelfDependency { .. } => "self_dependency",
            Error::Cycle { .. } => "cycle",
            Error::InvalidBudget { .. } => "invalid_budget",
            Error::UnknownAgency { .. } => "unknown_agency",
            Error::DanglingRelation { .. } => "dangling_relation",
            Error::RelationNotAllowed { .. } => "relation_not_allowed",
            Error::InvalidReference { .. } => "invalid_reference",
            Error::HostingCycle { .. } => "hosting_cycle",
            Error::TooLarge { .. } => "too_large",
        }
    }

    pub(crate) fn json(what: &str, e: &serde_json::Error) -> Error {
        // serde_json appends " at line L column C"; the fields carry that.
        let text = e.to_string();
        let message = match text.rfind(" at line ") {
            Some(i) if e.line() > 0 => text[..i].to_owned(),
            _ => text,
        };
        Error::Json {
            what: what.to_owned(),
            line: e.line(),
            column: e.column(),
            message,
        }
    }

    pub(crate) fn field(what: &str, field: &str, message: impl Into<String>) -> Error {
        Error::InvalidField {
            what: what.to_owned(),
            field: field.to_owned(),
            message: message.into(),
        }
    }

    pub(crate) fn overflow(context: &str) -> Error {
        Error::Overflow {
            context: context.to_owned(),
        }
    }
}
