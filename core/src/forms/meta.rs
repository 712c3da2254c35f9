//! The hidden sheet (`_egov`): what a form or a workbook of forms asked,
//! so that the reader needs nothing else.
//!
//! A form for one agency holds `key | value` rows, among them `subject`
//! and `sheet`. A workbook of many agencies says `layout | workbook` and
//! lists its rating sheets as `agency | sheet | subject` rows.

use super::cells::text;
use crate::error::{Error, Result};
use calamine::{Data, Range};
use rust_xlsxwriter::{Worksheet, XlsxError};
use std::collections::BTreeMap;

/// The hidden sheet's name.
pub(crate) const META_SHEET: &str = "_egov";
/// What the hidden sheet's first row says.
const FORMAT: &str = "egov-masterplan self-assessment form";
/// The layout version of the forms this library writes.
const FORM_VERSION: &str = "1";
/// The `layout` of a workbook with one rating sheet per agency.
const WORKBOOK: &str = "workbook";

/// One agency's rating sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct AgencySheet {
    /// The sheet's name.
    pub sheet: String,
    /// The agency whose answers it holds.
    pub subject: String,
}

/// The hidden sheet's fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Meta {
    pub framework: String,
    pub framework_version: String,
    pub period: i32,
    pub min: u8,
    pub max: u8,
    pub cover: String,
    pub lang: String,
    pub indicators: Vec<String>,
    /// Every rating sheet, in workbook order (one for a single form).
    pub agencies: Vec<AgencySheet>,
    /// A workbook of many agencies (`layout | workbook`), not one form.
    pub workbook: bool,
}

/// A file-level error: the file's name and what is wrong.
pub(super) fn file_error(file: &str, detail: impl Into<String>) -> Error {
    Error::FormFile {
        file: file.to_owned(),
        detail: detail.into(),
    }
}

impl Meta {
    /// What a form or workbook for `fw` says about itself.
    pub(super) fn new(
        fw: &crate::framework::Framework,
        period: i32,
        lang: crate::text::Lang,
        cover: &str,
        agencies: Vec<AgencySheet>,
        workbook: bool,
    ) -> Meta {
        Meta {
            framework: fw.id().to_owned(),
            framework_version: fw.version().to_owned(),
            period,
            min: fw.scale().min,
            max: fw.scale().max,
            cover: cover.to_owned(),
            lang: lang.as_str().to_owned(),
            indicators: fw.indicators().map(|n| n.id().to_owned()).collect(),
            agencies,
            workbook,
        }
    }

    /// The fields as rows of one to three cells, in order.
    fn rows(&self) -> Vec<Vec<String>> {
        let pair = |k: &str, v: String| vec![k.to_owned(), v];
        let mut rows = vec![
            pair("format", FORMAT.to_owned()),
            pair("form_version", FORM_VERSION.to_owned()),
            pair("framework", self.framework.clone()),
            pair("framework_version", self.framework_version.clone()),
        ];
        if let (false, [one]) = (self.workbook, self.agencies.as_slice()) {
            rows.push(pair("subject", one.subject.clone()));
            rows.push(pair("period", self.period.to_string()));
            rows.extend([
                pair("scale_min", self.min.to_string()),
                pair("scale_max", self.max.to_string()),
                pair("sheet", one.sheet.clone()),
            ]);
        } else {
            rows.push(pair("layout", WORKBOOK.to_owned()));
            rows.push(pair("period", self.period.to_string()));
            rows.extend([
                pair("scale_min", self.min.to_string()),
                pair("scale_max", self.max.to_string()),
            ]);
            for a in &self.agencies {
                rows.push(vec!["agency".into(), a.sheet.clone(), a.subject.clone()]);
            }
        }
        rows.extend([
            pair("cover", self.cover.clone()),
            pair("lang", self.lang.clone()),
            pair("indicators", self.indicators.join(",")),
        ]);
        rows
    }

    /// The hidden sheet: one row per field.
    pub(super) fn write(&self, ws: &mut Worksheet) -> std::result::Result<(), XlsxError> {
        ws.set_name(META_SHEET)?;
        for (row, cells) in self.rows().iter().enumerate() {
            for (col, cell) in cells.iter().enumerate() {
                ws.write_string(row as u32, col as u16, cell)?;
            }
        }
        ws.set_hidden(true);
        ws.protect();
        Ok(())
    }

    /// Reads the hidden sheet back.
    pub(super) fn read(file: &str, range: &Range<Data>) -> Result<Meta> {
        let mut fields = BTreeMap::new();
        let mut agencies = Vec::new();
        let end = range.end().map_or(0, |(r, _)| r);
        for row in 0..=end {
            let cell = |col: u32| text(range.get_value((row, col)));
            match (cell(0), cell(1)) {
                (Some(k), Some(sheet)) if k == "agency" => agencies.push(AgencySheet {
                    sheet,
                    subject: cell(2).unwrap_or_default(),
                }),
                (Some(k), v) => {
                    fields.insert(k, v.unwrap_or_default());
                }
                _ => {}
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
        let workbook = match fields.get("layout").map(String::as_str) {
            None => false,
            Some(WORKBOOK) => true,
            Some(other) => {
                return Err(file_error(
                    file,
                    format!("sheet `{META_SHEET}`: layout `{other}` is not `{WORKBOOK}`"),
                ))
            }
        };
        if workbook {
            if agencies.is_empty() {
                return Err(file_error(
                    file,
                    format!("sheet `{META_SHEET}` lists no agency sheet (was it edited?)"),
                ));
            }
        } else {
            agencies = vec![AgencySheet {
                sheet: get("sheet")?,
                subject: get("subject")?,
            }];
        }
        let indicators: Vec<String> = get("indicators")?
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        Ok(Meta {
            framework: get("framework")?,
            framework_version: get("framework_version")?,
            period: i32::try_from(number("period")?)
                .map_err(|_| file_error(file, "the period is out of range"))?,
            min: small("scale_min")?,
            max: small("scale_max")?,
            cover: get("cover")?,
            lang: get("lang")?,
            indicators,
            agencies,
            workbook,
        })
    }
}
