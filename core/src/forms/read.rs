//! Reading a returned form: the hidden sheet says what was asked, the
//! rating sheet holds the answers.

use super::cells::{cell_name, level, text};
use super::meta::{file_error, AgencySheet, Meta, META_SHEET};
use super::workbook::AGENCY_TABLE_ROW;
use super::write::{COL_EVIDENCE, COL_ID, COL_LEVEL, COL_NOTE, CONTACT_ROWS, HEADER_ROW};
use crate::error::{Error, Result};
use crate::scoring::Assessment;
use calamine::{open_workbook_from_rs, Data, Range, Reader, Xlsx};
use std::collections::BTreeMap;
use std::io::Cursor;

/// A returned form as read: what could be taken, and what could not.
#[derive(Clone, Debug, PartialEq)]
pub struct FilledForm {
    /// The assessment of every acceptable answer (framework id set).
    pub assessment: Assessment,
    /// The framework's version the form was written for.
    pub framework_version: String,
    /// The rating sheet's name (`Penilaian` or `Assessment` in a form; the
    /// agency's sheet in a workbook of many).
    pub sheet: String,
    /// Indicators left without a level, in framework order.
    pub empty: Vec<String>,
    /// Cells that could not be accepted ([`Error::FormCell`]), in sheet
    /// order; those indicators are neither rated nor empty.
    pub problems: Vec<Error>,
    /// The cover's contact answers: name, position, phone or e-mail, date
    /// filled in (empty strings when left blank).
    pub contact: [String; 4],
}

/// Reads one returned form (`.xlsx` bytes written by
/// [`Framework::xlsx_form`](crate::Framework::xlsx_form)). A workbook that
/// is not such a form is an [`Error::FormFile`]; a cell that holds what
/// the form does not accept is reported in [`FilledForm::problems`].
pub fn read_form(bytes: &[u8]) -> Result<FilledForm> {
    read_form_named("workbook", bytes)
}

/// [`read_form`] with the file's name (`dinkes.xlsx`) in its errors.
///
/// ```
/// let e = egov_masterplan::forms::read_form_named("dinkes.xlsx", b"not a workbook").unwrap_err();
/// assert!(e.to_string().starts_with("dinkes.xlsx: not an .xlsx workbook"));
/// ```
pub fn read_form_named(file: &str, bytes: &[u8]) -> Result<FilledForm> {
    let (meta, mut forms) = read_any(file, bytes)?;
    if meta.workbook {
        let sheets: Vec<&str> = meta.agencies.iter().map(|a| a.sheet.as_str()).collect();
        return Err(file_error(
            file,
            format!(
                "a workbook of {} agencies' sheets ({}), not one agency's form: read it as a workbook of forms",
                sheets.len(),
                sheets.join(", ")
            ),
        ));
    }
    Ok(forms.swap_remove(0))
}

/// Reads every agency's answers in a returned file: the one form of a file
/// written by [`Framework::xlsx_form`](crate::Framework::xlsx_form), or one
/// [`FilledForm`] per rating sheet, in sheet order, of a workbook written
/// by [`Framework::xlsx_workbook`](crate::Framework::xlsx_workbook).
///
/// ```
/// use egov_masterplan::{forms::{read_workbook, WorkbookOptions}, Framework};
/// let fw = Framework::builtin("spbe-2020")?;
/// let book = fw.xlsx_workbook(&WorkbookOptions::new(["Bappeda", "Dinas Kominfo"], 2024))?;
/// let forms = read_workbook("semua.xlsx", &book)?;
/// let who: Vec<&str> = forms.iter().map(|f| f.assessment.subject()).collect();
/// assert_eq!(who, ["Bappeda", "Dinas Kominfo"]);
/// # Ok::<(), egov_masterplan::Error>(())
/// ```
pub fn read_workbook(file: &str, bytes: &[u8]) -> Result<Vec<FilledForm>> {
    read_any(file, bytes).map(|(_, forms)| forms)
}

/// The hidden sheet and every agency's answers.
pub(super) fn read_any(file: &str, bytes: &[u8]) -> Result<(Meta, Vec<FilledForm>)> {
    crate::limits::count(
        "form (bytes)",
        bytes.len(),
        crate::limits::MAX_DOCUMENT_BYTES,
    )?;
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|e| file_error(file, format!("not an .xlsx workbook ({e})")))?;
    let names = book.sheet_names();
    if !names.iter().any(|n| n == META_SHEET) {
        return Err(file_error(
            file,
            format!(
                "not a form written by egov-masterplan: it has no sheet `{META_SHEET}` (sheets: {})",
                names.join(", ")
            ),
        ));
    }
    let meta_range = book
        .worksheet_range(META_SHEET)
        .map_err(|e| file_error(file, format!("sheet `{META_SHEET}`: {e}")))?;
    let meta = Meta::read(file, &meta_range)?;
    let ours: Vec<&str> = [META_SHEET, meta.cover.as_str()]
        .into_iter()
        .chain(meta.agencies.iter().map(|a| a.sheet.as_str()))
        .collect();
    // A sheet the form did not have (a copy of a rating sheet, most
    // likely): its answers would be lost without a word.
    if let Some(extra) = names.iter().find(|n| !ours.contains(&n.as_str())) {
        let rating: Vec<&str> = ours[2..].to_vec();
        return Err(file_error(
            file,
            format!(
                "the sheet `{extra}` is not part of the form (its sheets are {}, {}): \
                 answers are read from {} only, so move them there and remove `{extra}`",
                meta.cover,
                rating.join(", "),
                rating
                    .iter()
                    .map(|s| format!("`{s}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ));
    }
    let cover = book.worksheet_range(&meta.cover).ok();
    let mut forms = Vec::with_capacity(meta.agencies.len());
    for (k, agency) in meta.agencies.iter().enumerate() {
        let range = book.worksheet_range(&agency.sheet).map_err(|_| {
            file_error(
                file,
                format!("the sheet `{}` is missing (was it renamed?)", agency.sheet),
            )
        })?;
        let mut form = answers(file, &meta, agency, &range)?;
        if let Some(cover) = &cover {
            let at = |(r, c): (u32, u32)| text(cover.get_value((r, c))).unwrap_or_default();
            form.contact = if meta.workbook {
                let row = AGENCY_TABLE_ROW + 1 + k as u32;
                [2, 3, 4, 5].map(|c| at((row, c)))
            } else {
                CONTACT_ROWS.map(|r| at((r, 1)))
            };
        }
        forms.push(form);
    }
    Ok((meta, forms))
}

/// The answers of the rating sheet.
fn answers(
    file: &str,
    meta: &Meta,
    agency: &AgencySheet,
    range: &Range<Data>,
) -> Result<FilledForm> {
    let order: BTreeMap<&str, usize> = meta
        .indicators
        .iter()
        .enumerate()
        .map(|(k, id)| (id.as_str(), k))
        .collect();
    let mut rows: Vec<Option<u32>> = vec![None; meta.indicators.len()];
    let end = range.end().map_or(0, |(r, _)| r);
    for row in HEADER_ROW + 1..=end {
        let Some(id) = text(range.get_value((row, u32::from(COL_ID)))) else {
            continue;
        };
        if let Some(&k) = order.get(id.as_str()) {
            match rows[k] {
                None => rows[k] = Some(row),
                Some(first) => {
                    return Err(file_error(
                        file,
                        format!(
                            "sheet `{}`: indicator `{id}` appears on rows {} and {}",
                            agency.sheet,
                            first + 1,
                            row + 1
                        ),
                    ))
                }
            }
        }
    }
    let missing: Vec<&str> = meta
        .indicators
        .iter()
        .zip(&rows)
        .filter(|(_, r)| r.is_none())
        .map(|(id, _)| id.as_str())
        .collect();
    if !missing.is_empty() {
        return Err(file_error(
            file,
            format!(
                "sheet `{}` has no row for {}",
                agency.sheet,
                missing.join(", ")
            ),
        ));
    }
    let mut a =
        Assessment::new(agency.subject.clone(), meta.period).with_framework(&meta.framework);
    let (mut empty, mut problems) = (Vec::new(), Vec::new());
    for (id, row) in meta.indicators.iter().zip(rows.iter().flatten()) {
        let cell = |col: u16| range.get_value((*row, u32::from(col)));
        match level(cell(COL_LEVEL), meta.min, meta.max) {
            Ok(Some(l)) => {
                a.set(id.clone(), l);
            }
            Ok(None) => empty.push(id.clone()),
            Err(detail) => problems.push(Error::FormCell {
                sheet: agency.sheet.clone(),
                cell: cell_name(*row, COL_LEVEL),
                detail,
            }),
        }
        let (note, evidence) = (text(cell(COL_NOTE)), text(cell(COL_EVIDENCE)));
        if note.is_some() || evidence.is_some() {
            for (value, col) in [(&note, COL_NOTE), (&evidence, COL_EVIDENCE)] {
                if let Some(v) = value {
                    let field = cell_name(*row, col);
                    crate::limits::text("form", format!("{}!{field}", agency.sheet), v)?;
                }
            }
            a.set_note(id.clone(), note.unwrap_or_default(), evidence);
        }
    }
    Ok(FilledForm {
        assessment: a,
        framework_version: meta.framework_version.clone(),
        sheet: agency.sheet.clone(),
        empty,
        problems,
        contact: Default::default(),
    })
}

impl Assessment {
    /// Reads one returned form strictly: the first cell the form does not
    /// accept is the error ([`Error::FormCell`], e.g.
    /// `Penilaian!D14: level 7 is outside 1–5`); empty levels stay unrated.
    /// [`read_form`] reports every problem and what was left empty.
    pub fn from_xlsx(bytes: &[u8]) -> Result<Assessment> {
        let form = read_form(bytes)?;
        match form.problems.into_iter().next() {
            Some(first) => Err(first),
            None => Ok(form.assessment),
        }
    }
}
