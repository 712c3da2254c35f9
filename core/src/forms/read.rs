//! Reading a returned form: the hidden sheet says what was asked, the
//! rating sheet holds the answers.

use super::cells::{cell_name, level, text};
use super::write::{COL_EVIDENCE, COL_ID, COL_LEVEL, COL_NOTE, CONTACT_ROWS, HEADER_ROW};
use super::{Meta, FORMAT, FORM_VERSION, META_SHEET};
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
    /// The rating sheet's name (`Penilaian` or `Assessment`).
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

fn file_error(file: &str, detail: impl Into<String>) -> Error {
    Error::FormFile {
        file: file.to_owned(),
        detail: detail.into(),
    }
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
    // A sheet the form did not have (a copy of the rating sheet, most
    // likely) may hold answers that would otherwise be silently ignored.
    if let Some(extra) = names
        .iter()
        .find(|n| ![META_SHEET, meta.sheet.as_str(), meta.cover.as_str()].contains(&n.as_str()))
    {
        return Err(file_error(
            file,
            format!(
                "the sheet `{extra}` is not part of the form (its sheets are {}, {}): \
                 answers are read from `{}` only, so move them there and remove `{extra}`",
                meta.cover, meta.sheet, meta.sheet
            ),
        ));
    }
    let range = book.worksheet_range(&meta.sheet).map_err(|_| {
        file_error(
            file,
            format!("the sheet `{}` is missing (was it renamed?)", meta.sheet),
        )
    })?;
    let contact = book
        .worksheet_range(&meta.cover)
        .map(|cover| CONTACT_ROWS.map(|r| text(cover.get_value((r, 1))).unwrap_or_default()))
        .unwrap_or_default();
    let mut form = answers(file, &meta, &range)?;
    form.contact = contact;
    Ok(form)
}

/// The answers of the rating sheet.
fn answers(file: &str, meta: &Meta, range: &Range<Data>) -> Result<FilledForm> {
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
                            meta.sheet,
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
                meta.sheet,
                missing.join(", ")
            ),
        ));
    }
    let mut a = Assessment::new(meta.subject.clone(), meta.period).with_framework(&meta.framework);
    let (mut empty, mut problems) = (Vec::new(), Vec::new());
    for (id, row) in meta.indicators.iter().zip(rows.iter().flatten()) {
        let cell = |col: u16| range.get_value((*row, u32::from(col)));
        match level(cell(COL_LEVEL), meta.min, meta.max) {
            Ok(Some(l)) => {
                a.set(id.clone(), l);
            }
            Ok(None) => empty.push(id.clone()),
            Err(detail) => problems.push(Error::FormCell {
                sheet: meta.sheet.clone(),
                cell: cell_name(*row, COL_LEVEL),
                detail,
            }),
        }
        let (note, evidence) = (text(cell(COL_NOTE)), text(cell(COL_EVIDENCE)));
        if note.is_some() || evidence.is_some() {
            for (value, col) in [(&note, COL_NOTE), (&evidence, COL_EVIDENCE)] {
                if let Some(v) = value {
                    let field = cell_name(*row, col);
                    crate::limits::text("form", format!("{}!{field}", meta.sheet), v)?;
                }
            }
            a.set_note(id.clone(), note.unwrap_or_default(), evidence);
        }
    }
    Ok(FilledForm {
        assessment: a,
        framework_version: meta.framework_version.clone(),
        sheet: meta.sheet.clone(),
        empty,
        problems,
        contact: Default::default(),
    })
}

impl Meta {
    /// The hidden sheet's `key | value` rows.
    fn read(file: &str, range: &Range<Data>) -> Result<Meta> {
        let mut fields = BTreeMap::new();
        let end = range.end().map_or(0, |(r, _)| r);
        for row in 0..=end {
            if let (Some(k), v) = (
                text(range.get_value((row, 0))),
                text(range.get_value((row, 1))),
            ) {
                fields.insert(k, v.unwrap_or_default());
            }
        }
        let get = |key: &str| {
            fields.get(key).cloned().ok_or_else(|| {
                file_error(
                    file,
                    format!("sheet `{META_SHEET}` lacks `{key}` (was it edited?)"),
                )
            })
        };
        if get("format")? != FORMAT {
            return Err(file_error(file, "not a form written by egov-masterplan"));
        }
        let version = get("form_version")?;
        if version != FORM_VERSION {
            return Err(file_error(
                file,
                format!("form version {version}; this library reads version {FORM_VERSION}"),
            ));
        }
        let number = |key: &str| -> Result<i64> {
            let v = get(key)?;
            v.parse().map_err(|_| {
                file_error(
                    file,
                    format!("sheet `{META_SHEET}`: `{key}` is `{v}`, not a number"),
                )
            })
        };
        let small = |key: &str| -> Result<u8> {
            u8::try_from(number(key)?).map_err(|_| {
                file_error(
                    file,
                    format!("sheet `{META_SHEET}`: `{key}` is out of range"),
                )
            })
        };
        let indicators: Vec<String> = get("indicators")?
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        Ok(Meta {
            framework: get("framework")?,
            framework_version: get("framework_version")?,
            subject: get("subject")?,
            period: i32::try_from(number("period")?)
                .map_err(|_| file_error(file, "the period is out of range"))?,
            min: small("scale_min")?,
            max: small("scale_max")?,
            sheet: get("sheet")?,
            cover: get("cover")?,
            lang: get("lang")?,
            indicators,
        })
    }
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
