//! Writing a self-assessment form: a cover sheet, the rating sheet, and a
//! hidden sheet of what the reader needs (`_egov`).

use super::meta::{AgencySheet, Meta};
use super::words::{scaled, words, Words};
use super::FormOptions;
use crate::error::{Error, Result};
use crate::framework::Framework;
use rust_xlsxwriter::{
    Color, DataValidation, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder,
    ProtectionOptions, Workbook, Worksheet, XlsxError,
};

/// The rating sheet's columns: id, indicator, weight, then the answer
/// cells (level, note, evidence), then one criterion per level.
pub(super) const COL_ID: u16 = 0;
pub(super) const COL_NAME: u16 = 1;
pub(super) const COL_WEIGHT: u16 = 2;
pub(super) const COL_LEVEL: u16 = 3;
pub(super) const COL_NOTE: u16 = 4;
pub(super) const COL_EVIDENCE: u16 = 5;
pub(super) const COL_CRITERIA: u16 = 6;
/// The header row of the rating sheet (0-based; the 3rd line).
pub(super) const HEADER_ROW: u32 = 2;
/// Where the cover's contact answers are (0-based rows, column B).
pub(super) const CONTACT_ROWS: [u32; 4] = [6, 7, 8, 9];

/// An answer cell's fill: a pale yellow.
pub(super) const ANSWER: u32 = 0xFFF8C5;
const DOMAIN_FILL: u32 = 0xDDF4FF;
const ASPECT_FILL: u32 = 0xF6F8FA;

pub(super) fn xlsx(e: XlsxError) -> Error {
    Error::FormFile {
        file: "workbook".to_owned(),
        detail: format!("could not write the workbook: {e}"),
    }
}

/// Checks the options against the framework: a subject, and a prefill of
/// the framework's indicators on its scale.
pub(super) fn check(fw: &Framework, opts: &FormOptions) -> Result<()> {
    if opts.subject.trim().is_empty() {
        return Err(Error::field("form", "subject", "must not be empty"));
    }
    crate::limits::id("form", "subject", &opts.subject)?;
    if let Some(prefill) = &opts.prefill {
        fw.rated_levels(prefill)?;
    }
    Ok(())
}

/// Writes the form (see [`Framework::xlsx_form`]).
pub(super) fn write(fw: &Framework, opts: &FormOptions) -> Result<Vec<u8>> {
    check(fw, opts)?;
    write_unchecked(fw, opts)
}

/// Writes the form without checking the prefill (the tests' way to a form
/// "filled in" with what a person may type).
pub(super) fn write_unchecked(fw: &Framework, opts: &FormOptions) -> Result<Vec<u8>> {
    let w = words(opts.lang);
    let title = format!("{} — {}", w.title, fw.name().get(opts.lang));
    let mut book = new_book(opts.issued, &title, &opts.subject)?;
    cover(book.add_worksheet(), fw, opts, w, &title).map_err(xlsx)?;
    rating(book.add_worksheet(), fw, opts, w.rating_sheet).map_err(xlsx)?;
    let agencies = vec![AgencySheet {
        sheet: w.rating_sheet.to_owned(),
        subject: opts.subject.clone(),
    }];
    let meta = Meta::new(fw, opts.period, opts.lang, w.cover_sheet, agencies, false);
    meta.write(book.add_worksheet()).map_err(xlsx)?;
    book.save_to_buffer().map_err(xlsx)
}

/// A workbook with its properties; `issued` (else 1980-01-01) replaces
/// the clock rust_xlsxwriter would stamp, so the bytes depend on the
/// inputs alone.
pub(super) fn new_book(
    issued: Option<(u16, u8, u8)>,
    title: &str,
    subject: &str,
) -> Result<Workbook> {
    let mut book = Workbook::new();
    let (y, m, d) = issued.unwrap_or((1980, 1, 1));
    let date = ExcelDateTime::from_ymd(y, m, d)
        .map_err(|_| Error::field("form", "issued", format!("{y}-{m:02}-{d:02} is not a date")))?;
    book.set_properties(
        &DocProperties::new()
            .set_creation_datetime(&date)
            .set_title(title)
            .set_subject(subject)
            .set_author("egov-masterplan"),
    );
    Ok(book)
}

pub(super) fn protection() -> ProtectionOptions {
    // People may widen columns and rows to read long criteria; nothing
    // else about the structure changes.
    let mut p = ProtectionOptions::new();
    p.format_columns = true;
    p.format_rows = true;
    p
}

fn cover(
    ws: &mut Worksheet,
    fw: &Framework,
    opts: &FormOptions,
    w: &Words,
    title: &str,
) -> std::result::Result<(), XlsxError> {
    let lang = opts.lang;
    let bold = Format::new().set_bold();
    let big = Format::new().set_bold().set_font_size(14);
    let answer = Format::new()
        .set_unlocked()
        .set_background_color(Color::RGB(ANSWER))
        .set_border(FormatBorder::Thin);
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    ws.set_name(w.cover_sheet)?;
    ws.set_column_width(0, 24)?;
    ws.set_column_width(1, 90)?;
    ws.write_string_with_format(0, 0, title, &big)?;
    let facts = [
        (w.agency, opts.subject.clone()),
        (w.period, opts.period.to_string()),
        (
            w.framework,
            format!("{} ({} {})", fw.name().get(lang), fw.id(), fw.version()),
        ),
    ];
    for (k, (label, value)) in facts.iter().enumerate() {
        let row = 2 + k as u32;
        ws.write_string_with_format(row, 0, *label, &bold)?;
        ws.write_string(row, 1, value)?;
    }
    ws.write_string_with_format(5, 0, w.contact, &bold)?;
    let prompts = [
        w.contact_name,
        w.contact_position,
        w.contact_reach,
        w.filled_on,
    ];
    for (row, prompt) in CONTACT_ROWS.iter().zip(prompts) {
        ws.write_string(*row, 0, prompt)?;
        ws.write_blank(*row, 1, &answer)?;
    }
    ws.write_string_with_format(11, 0, w.how, &bold)?;
    let scale = fw.scale();
    let mut row = 12;
    for step in w.steps {
        ws.write_string_with_format(row, 1, scaled(step, scale.min, scale.max), &wrap)?;
        row += 1;
    }
    if let Some(prefill) = &opts.prefill {
        let line = w
            .prefilled
            .replace("{previous}", &prefill.period().to_string());
        ws.write_string_with_format(row, 1, line, &wrap.clone().set_bold())?;
    }
    ws.set_active(true);
    ws.set_print_fit_to_pages(1, 0);
    ws.protect_with_options(&protection());
    Ok(())
}

/// One agency's rating sheet, named `sheet`.
pub(super) fn rating(
    ws: &mut Worksheet,
    fw: &Framework,
    opts: &FormOptions,
    sheet: &str,
) -> std::result::Result<(), XlsxError> {
    let lang = opts.lang;
    let w = words(lang);
    let scale = fw.scale();
    let head = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_background_color(Color::RGB(0xD0D7DE))
        .set_border(FormatBorder::Thin);
    let wrap = Format::new()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_border(FormatBorder::Thin);
    let small = wrap.clone().set_font_size(9);
    let answer = Format::new()
        .set_unlocked()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_background_color(Color::RGB(ANSWER))
        .set_border(FormatBorder::Thin);
    let level_cell = answer.clone().set_align(FormatAlign::Center);
    ws.set_name(sheet)?;
    ws.write_string_with_format(
        0,
        0,
        format!("{} — {} — {}", w.title, opts.subject, opts.period),
        &Format::new().set_bold().set_font_size(13),
    )?;
    let mut headers = vec![
        w.id.to_owned(),
        w.indicator.to_owned(),
        w.weight.to_owned(),
        w.level.to_owned(),
        w.note.to_owned(),
        w.evidence.to_owned(),
    ];
    headers.extend((scale.min..=scale.max).map(|l| format!("{} {l}", w.criterion)));
    for (c, h) in headers.iter().enumerate() {
        ws.write_string_with_format(HEADER_ROW, c as u16, h, &head)?;
    }
    let widths = [7.0, 48.0, 9.0, 9.0, 30.0, 30.0];
    for (c, width) in widths.iter().enumerate() {
        ws.set_column_width(c as u16, *width)?;
    }
    let levels = u16::from(scale.max - scale.min) + 1;
    for k in 0..levels {
        ws.set_column_width(COL_CRITERIA + k, 28)?;
    }
    let last_col = COL_CRITERIA + levels - 1;
    let total = fw.total_weight().to_f64();
    let mut row = HEADER_ROW + 1;
    // Runs of indicator rows (first, last): the drop-down covers these
    // only, not the group rows between them.
    let mut runs: Vec<(u32, u32)> = Vec::new();
    for node in fw.nodes() {
        let name = node.name().get(lang);
        if !node.is_indicator() {
            let fill = if node.tier_index() == 0 {
                DOMAIN_FILL
            } else {
                ASPECT_FILL
            };
            let group = Format::new()
                .set_bold()
                .set_background_color(Color::RGB(fill))
                .set_border(FormatBorder::Thin);
            ws.write_string_with_format(row, COL_ID, node.id(), &group)?;
            ws.merge_range(row, COL_NAME, row, last_col, name, &group)?;
            row += 1;
            continue;
        }
        let id = node.id();
        ws.write_string_with_format(row, COL_ID, id, &wrap)?;
        ws.write_string_with_format(row, COL_NAME, name, &wrap)?;
        let share = node.weight().to_f64() * 100.0 / total;
        ws.write_number_with_format(row, COL_WEIGHT, share, &wrap.clone().set_num_format("0.00"))?;
        let prefill = opts.prefill.as_ref();
        match prefill.and_then(|a| a.level(id)) {
            Some(l) => ws.write_number_with_format(row, COL_LEVEL, l as f64, &level_cell)?,
            None => ws.write_blank(row, COL_LEVEL, &level_cell)?,
        };
        let note = prefill.and_then(|a| a.note(id));
        match note.map(|n| n.text.as_str()).filter(|t| !t.is_empty()) {
            Some(t) => ws.write_string_with_format(row, COL_NOTE, t, &answer)?,
            None => ws.write_blank(row, COL_NOTE, &answer)?,
        };
        match note.and_then(|n| n.evidence.as_deref()) {
            Some(e) => ws.write_string_with_format(row, COL_EVIDENCE, e, &answer)?,
            None => ws.write_blank(row, COL_EVIDENCE, &answer)?,
        };
        let ladder = fw.indicator_ladder(id);
        for (k, level) in (scale.min..=scale.max).enumerate() {
            let text = ladder
                .and_then(|l| l.level(level))
                .map(|d| format!("{}: {}", d.name.get(lang), d.criterion.get(lang)))
                .unwrap_or_default();
            ws.write_string_with_format(row, COL_CRITERIA + k as u16, text, &small)?;
        }
        ws.set_row_height(row, 48)?;
        match runs.last_mut() {
            Some((_, last)) if *last + 1 == row => *last = row,
            _ => runs.push((row, row)),
        }
        row += 1;
    }
    if !runs.is_empty() {
        let list: Vec<String> = (scale.min..=scale.max).map(|l| l.to_string()).collect();
        let dv = DataValidation::new()
            .allow_list_strings(&list)?
            .set_input_title(w.pick_title)?
            .set_input_message(scaled(w.pick, scale.min, scale.max))?
            .set_error_title(w.wrong_title)?
            .set_error_message(scaled(w.wrong, scale.min, scale.max))?;
        for (first, last) in runs {
            ws.add_data_validation(first, COL_LEVEL, last, COL_LEVEL, &dv)?;
        }
    }
    ws.set_freeze_panes(HEADER_ROW + 1, COL_LEVEL)?;
    ws.set_landscape();
    ws.set_repeat_rows(HEADER_ROW, HEADER_ROW)?;
    ws.protect_with_options(&protection());
    Ok(())
}

impl Framework {
    /// A self-assessment form for one agency as `.xlsx` bytes: a cover
    /// sheet (agency, period, framework, contact cells, instructions), a
    /// rating sheet with every indicator under its domain and aspect, its
    /// weight, the level as a drop-down limited to the scale, cells for a
    /// note and an evidence link, and each level's criterion beside it;
    /// only the answer cells (yellow) are unlocked. Labels and instructions
    /// are in `opts.lang`. [`read_form`](crate::forms::read_form) reads
    /// the returned file. The same options give the same bytes.
    ///
    /// ```
    /// use egov_masterplan::{forms::{read_form, FormOptions}, Framework};
    /// let fw = Framework::builtin("spbe-2020")?;
    /// let bytes = fw.xlsx_form(&FormOptions::new("Dinas Kominfo", 2024))?;
    /// assert!(bytes.starts_with(b"PK")); // a zip container
    /// let back = read_form(&bytes)?; // returned as written: nothing rated
    /// assert_eq!((back.assessment.subject(), back.empty.len()), ("Dinas Kominfo", 47));
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn xlsx_form(&self, opts: &FormOptions) -> Result<Vec<u8>> {
        self.require_levels()?;
        write(self, opts)
    }
}
