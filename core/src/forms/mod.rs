//! Excel self-assessment forms: written for every agency before the FGD,
//! read back when they return, consolidated into one batch with a report
//! of who returned, what is missing and what looks implausible.
//!
//! [`Framework::xlsx_form`](crate::Framework::xlsx_form) writes a form;
//! [`read_form`] reads one returned file ([`FilledForm`]: the assessment,
//! the indicators left empty, the cells it could not accept);
//! [`Assessment::from_xlsx`](crate::Assessment::from_xlsx) is the strict
//! reading (the first bad cell is the error); [`consolidate`] reads many.
//! Pure Rust (`rust_xlsxwriter`, `calamine`), behind the default feature
//! `xlsx`.
//!
//! ```
//! use egov_masterplan::{forms::{consolidate, ConsolidationOptions, FormOptions, ReturnedFile}, Framework};
//! let fw = Framework::builtin("spbe-2020")?;
//! let blank = fw.xlsx_form(&FormOptions::new("Bappeda", 2024))?;
//! let files = [ReturnedFile::new("bappeda.xlsx", blank)];
//! let mut opts = ConsolidationOptions::default();
//! opts.expected = vec!["Bappeda".into(), "Dinas Kominfo".into()];
//! let report = consolidate(&files, &fw, &opts)?;
//! let status: Vec<&str> = report.rows.iter().map(|r| r.status.as_str()).collect();
//! assert_eq!(status, ["incomplete", "missing"]);
//! # Ok::<(), egov_masterplan::Error>(())
//! ```

mod batch;
mod cells;
mod meta;
mod read;
mod report;
mod words;
mod workbook;
mod write;

pub use batch::{
    consolidate, Consolidation, ConsolidationOptions, ConsolidationRow, LevelChange, ReturnStatus,
    ReturnedFile,
};
pub use read::{read_form, read_form_named, read_workbook, FilledForm};
pub use workbook::WorkbookOptions;

use crate::scoring::Assessment;
use crate::text::Lang;

/// What a form is for and how it reads.
#[derive(Clone, Debug, PartialEq)]
pub struct FormOptions {
    /// The agency (perangkat daerah) that fills it in.
    pub subject: String,
    /// The period (year) assessed.
    pub period: i32,
    /// Language of labels and instructions (default Indonesian).
    pub lang: Lang,
    /// Last period's assessment, to pre-fill levels, notes and evidence.
    pub prefill: Option<Assessment>,
    /// The workbook's creation date (year, month, day); 1980-01-01 (zip's
    /// epoch) when `None`. Never the clock: the same options give the same
    /// bytes.
    pub issued: Option<(u16, u8, u8)>,
}

impl FormOptions {
    /// A blank Indonesian form for `subject` and `period`.
    pub fn new(subject: impl Into<String>, period: i32) -> FormOptions {
        FormOptions {
            subject: subject.into(),
            period,
            lang: Lang::Id,
            prefill: None,
            issued: None,
        }
    }
}

/// A prefill as the bindings receive it (a JSON object): an assessment
/// document (with `levels`) keeps its own subject and period; a bare
/// `{indicator: level}` map is `subject`'s assessment of the period before
/// `period` (the form's), so the cover's "pre-filled from" line names the
/// previous period.
///
/// ```
/// use egov_masterplan::forms::prefill_from_object;
/// use serde_json::json;
/// let bare = json!({"I1": 3}).as_object().cloned().unwrap();
/// let a = prefill_from_object(bare, "Bappeda", 2025)?;
/// assert_eq!((a.subject(), a.period(), a.level("I1")), ("Bappeda", 2024, Some(3)));
/// let doc = json!({"subject": "Dinkes", "period": 2022, "levels": {"I1": 2}});
/// let a = prefill_from_object(doc.as_object().cloned().unwrap(), "Bappeda", 2025)?;
/// assert_eq!((a.subject(), a.period()), ("Dinkes", 2022));
/// # Ok::<(), egov_masterplan::Error>(())
/// ```
pub fn prefill_from_object(
    object: serde_json::Map<String, serde_json::Value>,
    subject: &str,
    period: i32,
) -> crate::error::Result<Assessment> {
    if object.contains_key("levels") {
        Assessment::from_levels_or_document(object, None, None)
    } else {
        Assessment::from_levels_or_document(
            object,
            Some(subject.into()),
            Some(period.saturating_sub(1).into()),
        )
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod workbook_tests;
