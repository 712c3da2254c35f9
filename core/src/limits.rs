//! Bounds on input, each enforced with a typed error
//! ([`Error::TooLarge`], or [`Error::InvalidField`] / [`Error::InvalidBudget`]
//! for amounts) before the input costs time or memory.
//!
//! They are far above any real masterplan (SPBE has 47 indicators; a
//! regency's roadmap has tens of initiatives and its catalog hundreds of
//! elements) and at or above the sizes the benchmarks run, so they only stop
//! hostile or broken input: a pasted file of gigabytes, a name of megabytes,
//! a million agencies.
//!
//! | Bound | Value | Applies to |
//! |---|---|---|
//! | [`MAX_DOCUMENT_BYTES`] | 64 MiB | the text given to every `from_json` and `Assessment::from_csv` |
//! | [`MAX_ID_CHARS`] | 256 | ids: framework, nodes, tiers, predicates, ladders, assessment subject keys, initiatives, agencies, elements, relations |
//! | [`MAX_TEXT_CHARS`] | 10,000 | names, labels, descriptions, notes and evidence (per language) |
//! | [`MAX_NODES`] | 10,000 | framework nodes (groups and indicators) |
//! | [`MAX_TIERS`] | 8 | framework tiers, so tree depth |
//! | [`MAX_INITIATIVES`] | 100,000 | roadmap initiatives |
//! | [`MAX_DEPENDENCIES`] | 1,000,000 | roadmap dependencies in all |
//! | [`MAX_AGENCIES`] | 100,000 | catalog agencies |
//! | [`MAX_FORM_SHEETS`] | 1,000 | agencies' rating sheets in one Excel workbook of forms |
//! | [`MAX_ELEMENTS`] | 100,000 | catalog elements |
//! | [`MAX_RELATIONS`] | 1,000,000 | catalog relations |
//! | [`MAX_AMOUNT`] | 2^53 − 1 rupiah | every cost, every yearly cap, the sum of all costs |
//! | [`MAX_MONTHS`] | 1,200 | durations and lags |
//! | [`MAX_IMPACT_STEPS`] | 1,000,000 | steps in all the explaining paths of one `impact_of` |
//!
//! JSON nesting is bounded by the reader (128 levels: deeper is a
//! [`Error::Json`]); a framework's weight units and decimals have their own
//! bounds (see the framework module).
//!
//! ```
//! use egov_masterplan::{Roadmap, limits};
//! let huge = " ".repeat(limits::MAX_DOCUMENT_BYTES + 1);
//! let err = Roadmap::from_json(&huge).unwrap_err();
//! assert_eq!(err.kind(), "too_large");
//! ```

use crate::error::{Error, Result};

pub use crate::architecture::MAX_IMPACT_STEPS;
pub use crate::roadmap::{MAX_AMOUNT, MAX_MONTHS};

/// Largest document text, in bytes (64 MiB).
pub const MAX_DOCUMENT_BYTES: usize = 64 << 20;
/// Longest id, in characters.
pub const MAX_ID_CHARS: usize = 256;
/// Longest name, label, description, note or evidence, in characters.
pub const MAX_TEXT_CHARS: usize = 10_000;
/// Most nodes (groups and indicators) in a framework.
pub const MAX_NODES: usize = 10_000;
/// Most tiers in a framework (the depth of its tree).
pub const MAX_TIERS: usize = 8;
/// Most initiatives in a roadmap.
pub const MAX_INITIATIVES: usize = 100_000;
/// Most dependencies in a roadmap, over all initiatives.
pub const MAX_DEPENDENCIES: usize = 1_000_000;
/// Most agencies in a catalog.
pub const MAX_AGENCIES: usize = 100_000;
/// Most agencies' rating sheets in one Excel workbook of forms.
pub const MAX_FORM_SHEETS: usize = 1_000;
/// Most elements in a catalog.
pub const MAX_ELEMENTS: usize = 100_000;
/// Most relations in a catalog.
pub const MAX_RELATIONS: usize = 1_000_000;
/// Most values in one sensitivity-analysis sample matrix or output vector
/// (2^26: 512 MiB of `f64`).
pub const MAX_SAMPLE_VALUES: usize = 1 << 26;
/// Most units in a cohort scored on a composite framework.
pub const MAX_COHORT_UNITS: usize = 100_000;
/// Most units in a rank uncertainty analysis (it keeps a units × ranks
/// table of counts).
pub const MAX_RANKED_UNITS: usize = 4_096;

/// `list[id].field`, formatted only when an error names it (no allocation
/// per checked item).
pub(crate) struct ItemField<'a>(pub &'a str, pub &'a str, pub &'a str);

impl std::fmt::Display for ItemField<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}[{}].{}", self.0, self.1, self.2)
    }
}

/// The document `text` of `what` is at most [`MAX_DOCUMENT_BYTES`].
pub(crate) fn document(what: &str, text: &str) -> Result<()> {
    count(
        &format!("{what} document (bytes)"),
        text.len(),
        MAX_DOCUMENT_BYTES,
    )
}

/// `n` items of `what` are at most `limit`.
pub(crate) fn count(what: &str, n: usize, limit: usize) -> Result<()> {
    if n > limit {
        return Err(Error::TooLarge {
            what: what.to_owned(),
            size: n as u64,
            limit: limit as u64,
        });
    }
    Ok(())
}

/// An id (`field` of `what`) of at most [`MAX_ID_CHARS`] characters.
pub(crate) fn id(what: &str, field: impl std::fmt::Display, value: &str) -> Result<()> {
    chars(what, field, value, MAX_ID_CHARS)
}

/// A text (`field` of `what`) of at most [`MAX_TEXT_CHARS`] characters.
pub(crate) fn text(what: &str, field: impl std::fmt::Display, value: &str) -> Result<()> {
    chars(what, field, value, MAX_TEXT_CHARS)
}

fn chars(what: &str, field: impl std::fmt::Display, value: &str, limit: usize) -> Result<()> {
    // Bytes bound characters from above: most strings skip the count.
    if value.len() <= limit {
        return Ok(());
    }
    count(
        &format!("{what} {field} (characters)"),
        value.chars().count(),
        limit,
    )
}

/// A bilingual text of at most [`MAX_TEXT_CHARS`] characters per language.
pub(crate) fn name(
    what: &str,
    field: impl std::fmt::Display,
    value: &crate::text::Text,
) -> Result<()> {
    use crate::text::Lang;
    text(what, &field, value.get(Lang::Id))?;
    text(what, &field, value.get(Lang::En))
}
