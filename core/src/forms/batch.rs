//! Many returned forms at once: one batch of assessments and a report of
//! who returned, who did not, what is incomplete or unreadable, duplicates,
//! and levels that moved more than expected since the previous period.

use super::read::{read_any, FilledForm};
use crate::error::Result;
use crate::framework::Framework;
use crate::scoring::Assessment;

/// One returned file: its name (for the report) and its bytes; a form
/// for one agency or a workbook of many.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReturnedFile {
    /// The file's name as received (`dinkes.xlsx`).
    pub name: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

impl ReturnedFile {
    /// A file from its name and bytes.
    pub fn new(name: impl Into<String>, bytes: Vec<u8>) -> ReturnedFile {
        ReturnedFile {
            name: name.into(),
            bytes,
        }
    }
}

/// What a consolidation expects and flags.
#[derive(Clone, Debug, PartialEq)]
pub struct ConsolidationOptions {
    /// The agencies that were sent a form (those without a returned file
    /// are reported missing), in the report's order.
    pub expected: Vec<String>,
    /// The previous period's assessments, to flag large changes.
    pub previous: Vec<Assessment>,
    /// A level that moved by more than this many steps since the previous
    /// period is flagged for the evaluator (default 1: a jump of two
    /// levels or more).
    pub flag_more_than: u8,
}

impl Default for ConsolidationOptions {
    fn default() -> ConsolidationOptions {
        ConsolidationOptions {
            expected: Vec::new(),
            previous: Vec::new(),
            flag_more_than: 1,
        }
    }
}

crate::named_enum::named_enum!(
    /// Where an agency's return stands.
    ReturnStatus,
    "status",
    /// Every indicator rated, every cell accepted.
    Complete => "complete",
    /// Readable, but some indicators were left empty.
    Incomplete => "incomplete",
    /// Some cells hold what the form does not accept (see `problems`).
    Invalid => "invalid",
    /// More than one file for the agency and period: none is used.
    Duplicate => "duplicate",
    /// No file came back.
    Missing => "missing",
    /// The file is not a readable form (the row is named after the file).
    Unreadable => "unreadable",
);

/// A level that moved more than [`ConsolidationOptions::flag_more_than`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LevelChange {
    /// The indicator.
    pub indicator: String,
    /// Its level in the previous period.
    pub from: i64,
    /// Its level now.
    pub to: i64,
}

/// One agency's line of the report.
#[derive(Clone, Debug, PartialEq)]
pub struct ConsolidationRow {
    /// The agency (the file's name for an unreadable file).
    pub subject: String,
    /// The period of its form (`None` when missing or unreadable).
    pub period: Option<i32>,
    /// Where its return stands.
    pub status: ReturnStatus,
    /// The files received for it, in the order given (`file!sheet` for an
    /// agency's sheet in a workbook of many).
    pub files: Vec<String>,
    /// Indicators rated.
    pub rated: usize,
    /// Indicators left empty.
    pub empty: Vec<String>,
    /// Every problem, as a sentence naming the sheet and cell.
    pub problems: Vec<String>,
    /// Levels that moved more than the flag allows.
    pub changes: Vec<LevelChange>,
}

/// The batch and its report.
#[derive(Clone, Debug, PartialEq)]
pub struct Consolidation {
    /// The assessments of complete and incomplete returns, in report order
    /// (invalid and duplicate returns are left out until resolved).
    pub assessments: Vec<Assessment>,
    /// One row per expected agency (in the given order), then per other
    /// returned agency and unreadable file (in file order).
    pub rows: Vec<ConsolidationRow>,
}

/// Reads every returned file against `framework` and reports on them (see
/// the module's example). Errors only for options that cannot be used (a
/// file of more than the document limit is reported, not raised).
pub fn consolidate(
    files: &[ReturnedFile],
    framework: &Framework,
    opts: &ConsolidationOptions,
) -> Result<Consolidation> {
    crate::limits::count("returned files", files.len(), crate::limits::MAX_AGENCIES)?;
    let mut rows: Vec<ConsolidationRow> = opts
        .expected
        .iter()
        .map(|s| row(s, None, ReturnStatus::Missing))
        .collect();
    let mut forms: Vec<Option<FilledForm>> = vec![None; rows.len()];
    for file in files {
        let (meta, filled) = match read_any(&file.name, &file.bytes) {
            Ok(read) => read,
            Err(e) => {
                let mut r = row(&file.name, None, ReturnStatus::Unreadable);
                r.files.push(file.name.clone());
                r.problems.push(e.to_string());
                rows.push(r);
                forms.push(None);
                continue;
            }
        };
        for form in filled {
            // A workbook's agencies are told apart by their sheets.
            let label = if meta.workbook {
                format!("{}!{}", file.name, form.sheet)
            } else {
                file.name.clone()
            };
            let (subject, period) = (form.assessment.subject(), form.assessment.period());
            let at = rows.iter().position(|r| {
                r.subject == subject
                    && r.status != ReturnStatus::Unreadable
                    && r.period.is_none_or(|p| p == period)
            });
            let at = match at {
                Some(k) => k,
                None => {
                    rows.push(row(subject, None, ReturnStatus::Missing));
                    forms.push(None);
                    rows.len() - 1
                }
            };
            let r = &mut rows[at];
            r.files.push(label);
            r.period = Some(period);
            if r.files.len() > 1 {
                r.status = ReturnStatus::Duplicate;
                forms[at] = None;
                continue;
            }
            r.status = judge(&form, framework, r);
            forms[at] = Some(form);
        }
    }
    let mut assessments = Vec::new();
    for (r, form) in rows.iter_mut().zip(forms) {
        let Some(form) = form else { continue };
        r.rated = form.assessment.levels().count();
        r.empty = form.empty.clone();
        r.changes = changes(&form.assessment, &opts.previous, opts.flag_more_than);
        if matches!(r.status, ReturnStatus::Complete | ReturnStatus::Incomplete) {
            assessments.push(form.assessment);
        }
    }
    Ok(Consolidation { assessments, rows })
}

fn row(subject: &str, period: Option<i32>, status: ReturnStatus) -> ConsolidationRow {
    ConsolidationRow {
        subject: subject.to_owned(),
        period,
        status,
        files: Vec::new(),
        rated: 0,
        empty: Vec::new(),
        problems: Vec::new(),
        changes: Vec::new(),
    }
}

/// The status of one readable form, its problems noted on the row.
fn judge(form: &FilledForm, framework: &Framework, r: &mut ConsolidationRow) -> ReturnStatus {
    r.problems = form.problems.iter().map(|e| e.to_string()).collect();
    if let Err(e) = framework.rated_levels(&form.assessment) {
        r.problems.push(e.to_string());
    }
    if !r.problems.is_empty() {
        ReturnStatus::Invalid
    } else if form.empty.is_empty() {
        ReturnStatus::Complete
    } else {
        ReturnStatus::Incomplete
    }
}

/// Levels of `now` that moved more than `limit` steps from the latest
/// earlier assessment of the same agency in `previous`.
fn changes(now: &Assessment, previous: &[Assessment], limit: u8) -> Vec<LevelChange> {
    let before = previous
        .iter()
        .filter(|p| p.subject() == now.subject() && p.period() < now.period())
        .max_by_key(|p| p.period());
    let Some(before) = before else {
        return Vec::new();
    };
    now.levels()
        .filter_map(|(id, to)| {
            let from = before.level(id)?;
            ((to - from).unsigned_abs() > u64::from(limit)).then(|| LevelChange {
                indicator: id.to_owned(),
                from,
                to,
            })
        })
        .collect()
}
