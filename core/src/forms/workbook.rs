//! One workbook for many agencies: a cover listing every agency with its
//! sheet and contact cells, one rating sheet per agency, and the hidden
//! sheet naming them all.

use super::meta::{AgencySheet, Meta, META_SHEET};
use super::words::{scaled, words, Words};
use super::write::{check, new_book, protection, rating, xlsx};
use super::FormOptions;
use crate::error::{Error, Result};
use crate::framework::Framework;
use crate::scoring::Assessment;
use crate::text::Lang;
use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, Url, Worksheet, XlsxError};
use std::collections::BTreeSet;

/// The cover's header row of the agency table (0-based); agency `k` is on
/// the row `AGENCY_TABLE_ROW + 1 + k`: agency, sheet, then the contact
/// cells (name, position, phone or e-mail, date filled in).
pub(super) const AGENCY_TABLE_ROW: u32 = 14;
/// Excel's longest sheet name, in UTF-16 units.
const SHEET_NAME_MAX: usize = 31;

/// What a workbook of many agencies' forms holds.
#[derive(Clone, Debug, PartialEq)]
pub struct WorkbookOptions {
    /// The agencies, one rating sheet each, in this order.
    pub subjects: Vec<String>,
    /// The period (year) assessed.
    pub period: i32,
    /// Language of labels and instructions (default Indonesian).
    pub lang: Lang,
    /// Earlier assessments to pre-fill from: each agency's latest one
    /// (by period); one for an agency not in `subjects` is an error.
    pub prefill: Vec<Assessment>,
    /// The workbook's creation date (year, month, day); 1980-01-01 when
    /// `None`. Never the clock.
    pub issued: Option<(u16, u8, u8)>,
}

impl WorkbookOptions {
    /// A blank Indonesian workbook for `subjects` and `period`.
    pub fn new<S: Into<String>>(
        subjects: impl IntoIterator<Item = S>,
        period: i32,
    ) -> WorkbookOptions {
        WorkbookOptions {
            subjects: subjects.into_iter().map(Into::into).collect(),
            period,
            lang: Lang::Id,
            prefill: Vec::new(),
            issued: None,
        }
    }

    /// Each agency's options, its prefill chosen.
    fn forms(&self) -> Result<Vec<FormOptions>> {
        if self.subjects.is_empty() {
            return Err(Error::field(
                "workbook",
                "subjects",
                "must name at least one agency",
            ));
        }
        crate::limits::count(
            "workbook agencies",
            self.subjects.len(),
            crate::limits::MAX_FORM_SHEETS,
        )?;
        let mut seen = BTreeSet::new();
        for (k, s) in self.subjects.iter().enumerate() {
            if !seen.insert(s.as_str()) {
                return Err(Error::field(
                    "workbook",
                    &format!("subjects[{k}]"),
                    format!("repeats `{s}` (each agency gets one sheet)"),
                ));
            }
        }
        for (k, p) in self.prefill.iter().enumerate() {
            if !seen.contains(p.subject()) {
                return Err(Error::field(
                    "workbook",
                    &format!("prefill[{k}]"),
                    format!(
                        "is an assessment of `{}`, which is not among the subjects",
                        p.subject()
                    ),
                ));
            }
        }
        Ok(self
            .subjects
            .iter()
            .map(|s| {
                let latest = self
                    .prefill
                    .iter()
                    .filter(|p| p.subject() == s)
                    .max_by_key(|p| p.period());
                FormOptions {
                    subject: s.clone(),
                    period: self.period,
                    lang: self.lang,
                    prefill: latest.cloned(),
                    issued: self.issued,
                }
            })
            .collect())
    }
}

/// Sheet names for `subjects`: Excel's forbidden characters (`[]:*?/\`)
/// become `-`, quotes and spaces trimmed at the ends, at most 31 UTF-16
/// units, distinct (ignoring case) from each other and from `reserved`
/// (a ` (2)` suffix where needed).
pub(super) fn sheet_names(subjects: &[String], reserved: &[&str], fallback: &str) -> Vec<String> {
    let mut taken: BTreeSet<String> = reserved.iter().map(|r| r.to_lowercase()).collect();
    taken.insert("history".to_owned());
    let fit = |s: &str, room: usize| -> String {
        let mut units = 0;
        s.chars()
            .take_while(|c| {
                units += c.len_utf16();
                units <= room
            })
            .collect::<String>()
            .trim_end_matches([' ', '\''])
            .to_owned()
    };
    let mut names = Vec::with_capacity(subjects.len());
    for (k, subject) in subjects.iter().enumerate() {
        let clean: String = subject
            .chars()
            .map(|c| match c {
                '[' | ']' | ':' | '*' | '?' | '/' | '\\' => '-',
                c if c.is_control() => ' ',
                c => c,
            })
            .collect();
        let mut base = fit(clean.trim_matches([' ', '\'']), SHEET_NAME_MAX);
        if base.is_empty() {
            base = format!("{fallback} {}", k + 1);
        }
        let mut name = base.clone();
        let mut n = 2;
        while taken.contains(&name.to_lowercase()) {
            let suffix = format!(" ({n})");
            name = fit(&base, SHEET_NAME_MAX - suffix.len()) + &suffix;
            n += 1;
        }
        taken.insert(name.to_lowercase());
        names.push(name);
    }
    names
}

fn cover(
    ws: &mut Worksheet,
    fw: &Framework,
    opts: &WorkbookOptions,
    sheets: &[AgencySheet],
    w: &Words,
    title: &str,
) -> std::result::Result<(), XlsxError> {
    let lang = opts.lang;
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let head = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_background_color(Color::RGB(0xD0D7DE))
        .set_border(FormatBorder::Thin);
    let cell = Format::new().set_border(FormatBorder::Thin);
    let answer = Format::new()
        .set_unlocked()
        .set_background_color(Color::RGB(super::write::ANSWER))
        .set_border(FormatBorder::Thin);
    ws.set_name(w.cover_sheet)?;
    for (c, width) in [34.0, 26.0, 24.0, 22.0, 24.0, 18.0].iter().enumerate() {
        ws.set_column_width(c as u16, *width)?;
    }
    ws.write_string_with_format(0, 0, title, &Format::new().set_bold().set_font_size(14))?;
    let facts = [
        (w.period, opts.period.to_string()),
        (
            w.framework,
            format!("{} ({} {})", fw.name().get(lang), fw.id(), fw.version()),
        ),
        (w.agencies, sheets.len().to_string()),
    ];
    for (k, (label, value)) in facts.iter().enumerate() {
        ws.write_string_with_format(2 + k as u32, 0, *label, &bold)?;
        ws.write_string(2 + k as u32, 1, value)?;
    }
    ws.write_string_with_format(6, 0, w.how, &bold)?;
    let scale = fw.scale();
    let mut row = 7;
    for step in w.workbook_steps {
        ws.merge_range(row, 0, row, 5, &scaled(step, scale.min, scale.max), &wrap)?;
        ws.set_row_height(row, 30)?;
        row += 1;
    }
    let periods: BTreeSet<i32> = opts.prefill.iter().map(Assessment::period).collect();
    if !periods.is_empty() {
        let list: Vec<String> = periods.iter().map(i32::to_string).collect();
        let line = w.prefilled.replace("{previous}", &list.join(", "));
        ws.merge_range(row, 0, row, 5, &line, &wrap.clone().set_bold())?;
    }
    let headers = [
        w.agency,
        w.sheet,
        w.contact_name,
        w.contact_position,
        w.contact_reach,
        w.filled_on,
    ];
    for (c, h) in headers.iter().enumerate() {
        ws.write_string_with_format(AGENCY_TABLE_ROW, c as u16, *h, &head)?;
    }
    for (k, a) in sheets.iter().enumerate() {
        let row = AGENCY_TABLE_ROW + 1 + k as u32;
        ws.write_string_with_format(row, 0, &a.subject, &cell)?;
        let target = format!("internal:'{}'!A1", a.sheet.replace('\'', "''"));
        ws.write_url_with_format(row, 1, Url::new(target).set_text(&a.sheet), &cell)?;
        for c in 2..=5 {
            ws.write_blank(row, c, &answer)?;
        }
    }
    ws.set_active(true);
    // Printed on one page's width: the agency table is wide.
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    ws.protect_with_options(&protection());
    Ok(())
}

impl Framework {
    /// One workbook of self-assessment forms for many agencies: a cover
    /// (period, framework, instructions, and a table of every agency with
    /// a link to its sheet and cells for its contact person), then one
    /// rating sheet per agency, named after it, laid out as in
    /// [`Framework::xlsx_form`]. [`read_workbook`](crate::forms::read_workbook)
    /// and [`consolidate`](crate::forms::consolidate) read it back. The
    /// same options give the same bytes.
    ///
    /// ```
    /// use egov_masterplan::{forms::{read_workbook, WorkbookOptions}, Framework};
    /// let fw = Framework::builtin("spbe-2020")?;
    /// let opts = WorkbookOptions::new(["Dinas Kesehatan", "Dinas P/K: Pendidikan"], 2024);
    /// let forms = read_workbook("semua.xlsx", &fw.xlsx_workbook(&opts)?)?;
    /// let sheets: Vec<&str> = forms.iter().map(|f| f.sheet.as_str()).collect();
    /// assert_eq!(sheets, ["Dinas Kesehatan", "Dinas P-K- Pendidikan"]);
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn xlsx_workbook(&self, opts: &WorkbookOptions) -> Result<Vec<u8>> {
        self.require_levels()?;
        write_workbook(self, opts, true)
    }
}

/// Writes the workbook; `checked: false` skips checking the prefills
/// against the framework (the tests' way to cells a person may type).
pub(super) fn write_workbook(
    fw: &Framework,
    opts: &WorkbookOptions,
    checked: bool,
) -> Result<Vec<u8>> {
    let forms = opts.forms()?;
    if checked {
        for form in &forms {
            check(fw, form)?;
        }
    }
    let w = words(opts.lang);
    let names = sheet_names(&opts.subjects, &[w.cover_sheet, META_SHEET], w.agency);
    let sheets: Vec<AgencySheet> = names
        .into_iter()
        .zip(&opts.subjects)
        .map(|(sheet, subject)| AgencySheet {
            sheet,
            subject: subject.clone(),
        })
        .collect();
    let title = format!("{} — {}", w.title, fw.name().get(opts.lang));
    let mut book = new_book(opts.issued, &title, "")?;
    cover(book.add_worksheet(), fw, opts, &sheets, w, &title).map_err(xlsx)?;
    for (form, sheet) in forms.iter().zip(&sheets) {
        rating(book.add_worksheet(), fw, form, &sheet.sheet).map_err(xlsx)?;
    }
    let meta = Meta::new(fw, opts.period, opts.lang, w.cover_sheet, sheets, true);
    meta.write(book.add_worksheet()).map_err(xlsx)?;
    book.save_to_buffer().map_err(xlsx)
}
