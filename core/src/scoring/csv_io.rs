//! Long-format CSV for spreadsheet users:
//! `subject,period,indicator,level[,note[,evidence]]`, one row per rated
//! indicator, any number of subjects and periods in one file; read as
//! Excel writes it with Indonesian settings too (`;`, Indonesian headers,
//! `3,0`, Windows-1252).

use super::assessment::{Assessment, IndicatorKey, Note};
use crate::csv_cell;
use crate::csv_dialect::{self, Dialect};
use crate::error::{Error, Result};

const COLUMNS: [&str; 6] = [
    "subject",
    "period",
    "indicator",
    "level",
    "note",
    "evidence",
];
const REQUIRED: [&str; 4] = ["subject", "period", "indicator", "level"];

/// Each column's other names, Indonesian first (what a form in
/// Indonesian calls it), matched without regard to case.
const ALIASES: [&[&str]; 6] = [
    &["subjek", "instansi"],
    &["periode", "tahun"],
    &["indikator"],
    &["tingkat"],
    &["catatan"],
    &["bukti"],
];

/// The column a header name stands for.
fn column_of(name: &str) -> Option<usize> {
    (0..COLUMNS.len()).find(|&k| {
        COLUMNS[k].eq_ignore_ascii_case(name)
            || ALIASES[k].iter().any(|a| a.eq_ignore_ascii_case(name))
    })
}

/// The columns as a message lists them: `subject (subjek, instansi), …`.
fn expected_columns() -> String {
    let names: Vec<String> = (0..COLUMNS.len())
        .map(|k| format!("{} ({})", COLUMNS[k], ALIASES[k].join(", ")))
        .collect();
    names.join(", ")
}

impl Assessment {
    /// Reads long-format CSV into one assessment per (subject, period), in
    /// order of first appearance. The header names the columns (any order,
    /// any case, in English or Indonesian: `subject`/`subjek`/`instansi`,
    /// `period`/`periode`/`tahun`, `indicator`/`indikator`,
    /// `level`/`tingkat`, `note`/`catatan`, `evidence`/`bukti`); `note` and
    /// `evidence` are optional; an empty `level` leaves the indicator
    /// unrated (a row may carry only a note).
    ///
    /// Read as spreadsheets write it: the separator is detected (`,`, `;`
    /// as Excel writes with Indonesian settings, or tab; Excel's `sep=;`
    /// first line is honoured), a byte-order mark and CRLF line ends are
    /// accepted, a level may carry a decimal comma or point when it is
    /// whole (`3,0` is 3; `3,5` is an error, never rounded), and columns
    /// without a header name (trailing separators) are ignored while empty.
    /// Every error is an [`Error::Csv`] naming the row (1 = the header
    /// line of the file) and the column.
    ///
    /// ```
    /// use egov_masterplan::Assessment;
    /// let excel = "instansi;tahun;indikator;tingkat;catatan\r\n\
    ///              Dinas Kominfo;2024;I1;3,0;\"Perbup 5/2023; pasal 2\"\r\n";
    /// let a = &Assessment::from_csv(excel)?[0];
    /// assert_eq!((a.subject(), a.level("I1")), ("Dinas Kominfo", Some(3)));
    /// let half = Assessment::from_csv("subjek;periode;indikator;tingkat\nx;2024;I1;3,5\n");
    /// assert_eq!(half.unwrap_err().to_string(),
    ///     "CSV row 2, column `level`: `3,5` is not a whole number: levels are whole (3 or 3,0), never rounded");
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    ///
    /// ```
    /// use egov_masterplan::Assessment;
    /// let csv = "subject,period,indicator,level,note\n\
    ///            bappeda,2024,I1,3,Perbup 5/2023\n\
    ///            bappeda,2024,I2,2,\n\
    ///            diskominfo,2024,I1,4,\n";
    /// let all = Assessment::from_csv(csv).unwrap();
    /// assert_eq!(all.len(), 2);
    /// assert_eq!(all[0].level("I2"), Some(2));
    /// assert_eq!(all[0].note("I1").unwrap().text, "Perbup 5/2023");
    /// assert_eq!(Assessment::from_csv(&Assessment::to_csv(&all)).unwrap(), all);
    /// ```
    pub fn from_csv(text: &str) -> Result<Vec<Assessment>> {
        crate::limits::document("assessment CSV", text)?;
        let dialect = csv_dialect::detect(text);
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(dialect.separator)
            .flexible(true)
            .trim(csv::Trim::All)
            .from_reader(&text.as_bytes()[dialect.start..]);
        let header_row = 1 + dialect.skipped_lines;
        let header = reader
            .headers()
            .map_err(|e| csv_error(header_row, &dialect, "header", &e))?
            .clone();
        let mut index = [None; 6];
        // Columns without a name (the trailing separators Excel leaves):
        // their cells must stay empty.
        let mut unnamed = Vec::new();
        for (i, name) in header.iter().enumerate() {
            let name = name.trim_start_matches('\u{feff}');
            if name.is_empty() {
                unnamed.push(i);
                continue;
            }
            match column_of(name) {
                Some(s) if index[s].is_none() => index[s] = Some(i),
                Some(s) => {
                    return Err(bad(
                        header_row,
                        name,
                        &format!(
                            "appears twice in the header (as the column `{}`)",
                            COLUMNS[s]
                        ),
                    ))
                }
                None => {
                    return Err(bad(
                        header_row,
                        name,
                        &format!(
                            "is not a known column (separator {}); expected: {}",
                            csv_dialect::separator_name(dialect.separator),
                            expected_columns()
                        ),
                    ))
                }
            }
        }
        for (s, name) in REQUIRED.iter().enumerate() {
            if index[s].is_none() {
                return Err(bad(
                    header_row,
                    name,
                    &format!(
                        "is missing from the header (or one of: {})",
                        ALIASES[s].join(", ")
                    ),
                ));
            }
        }
        let width = header.len();
        let mut out: Vec<Assessment> = Vec::new();
        // (subject, period) → position in `out`; looked up, never iterated.
        let mut index_of: std::collections::HashMap<(String, i32), usize> =
            std::collections::HashMap::new();
        for (n, record) in reader.records().enumerate() {
            let row = n as u64 + 1 + header_row;
            let record = record.map_err(|e| csv_error(row, &dialect, "row", &e))?;
            // A short row (trailing cells left out) may only leave out
            // optional columns.
            if let Some(s) =
                (0..REQUIRED.len()).find(|&s| index[s].is_some_and(|i| i >= record.len()))
            {
                return Err(bad(
                    row,
                    "row",
                    &format!(
                        "has {} fields but the header has {}: the column `{}` is missing",
                        record.len(),
                        width,
                        COLUMNS[s]
                    ),
                ));
            }
            if let Some(k) = (0..record.len())
                .filter(|k| *k >= width || unnamed.contains(k))
                .find(|k| record.get(*k).is_some_and(|c| !c.is_empty()))
            {
                return Err(bad(
                    row,
                    &format!("column {}", k + 1),
                    "holds a value but the header names no column there",
                ));
            }
            // Text cells lose the apostrophe `to_csv` puts before a formula.
            let field = |s: usize| {
                let cell = index[s].and_then(|i| record.get(i)).unwrap_or("");
                if matches!(s, 0 | 2 | 4 | 5) {
                    csv_cell::read(cell)
                } else {
                    cell
                }
            };
            let subject = field(0);
            if subject.is_empty() {
                return Err(bad(row, "subject", "must not be empty"));
            }
            let period: i32 = field(1)
                .parse()
                .map_err(|_| bad(row, "period", &format!("`{}` is not a year", field(1))))?;
            let indicator = field(2);
            if indicator.is_empty() {
                return Err(bad(row, "indicator", "must not be empty"));
            }
            // An index, not a scan of `out`: a file may hold many thousands
            // of assessments.
            let at = *index_of
                .entry((subject.to_owned(), period))
                .or_insert_with(|| {
                    out.push(Assessment::new(subject, period));
                    out.len() - 1
                });
            let a = &mut out[at];
            let key = IndicatorKey(indicator.to_owned());
            if a.levels.contains_key(&key) || a.notes.contains_key(&key) {
                return Err(bad(
                    row,
                    "indicator",
                    &format!("`{indicator}` appears twice for {subject} {period}"),
                ));
            }
            if let Some(l) =
                csv_dialect::whole_number(field(3)).map_err(|m| bad(row, "level", &m))?
            {
                a.levels.insert(key.clone(), l);
            }
            let (text, evidence) = (field(4), field(5));
            if !text.is_empty() || !evidence.is_empty() {
                let note = Note {
                    text: text.to_owned(),
                    evidence: (!evidence.is_empty()).then(|| evidence.to_owned()),
                };
                a.notes.insert(key, note);
            }
        }
        for a in &out {
            a.check_sizes()?;
        }
        Ok(out)
    }

    /// [`Assessment::from_csv`] on bytes as a file holds them: UTF-8 (with
    /// or without a byte-order mark), or else Windows-1252, what Excel's
    /// "CSV" saves on Windows (`Dinas Perhubungan – Kota` with its dash).
    ///
    /// ```
    /// use egov_masterplan::Assessment;
    /// let saved = b"subject;period;indicator;level\r\nDinas PU \x96 Bina Marga;2024;I1;4\r\n";
    /// let a = &Assessment::from_csv_bytes(saved)?[0];
    /// assert_eq!(a.subject(), "Dinas PU – Bina Marga");
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn from_csv_bytes(bytes: &[u8]) -> Result<Vec<Assessment>> {
        Assessment::from_csv(&csv_dialect::decode(bytes))
    }

    /// Writes assessments as long-format CSV with the header
    /// `subject,period,indicator,level,note` (plus `evidence` when any note
    /// has one); indicators in natural order. A text cell (subject,
    /// indicator, note, evidence) that a spreadsheet would take for a
    /// formula (`=`, `+`, `-`, `@`, tab, carriage return) or that starts
    /// with an apostrophe gets a leading apostrophe; [`Assessment::from_csv`]
    /// removes it, so the round trip is exact.
    ///
    /// ```
    /// use egov_masterplan::Assessment;
    /// let mut a = Assessment::new("=HYPERLINK(\"http://x\")", 2024);
    /// a.set("I1", 3);
    /// let csv = Assessment::to_csv(&[a.clone()]);
    /// assert!(csv.contains("\"'=HYPERLINK"));
    /// assert_eq!(Assessment::from_csv(&csv).unwrap(), vec![a]);
    /// ```
    pub fn to_csv(assessments: &[Assessment]) -> String {
        let with_evidence = assessments
            .iter()
            .any(|a| a.notes.values().any(|n| n.evidence.is_some()));
        let columns = if with_evidence { 6 } else { 5 };
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(Vec::new());
        let mut rows: Vec<Vec<String>> =
            vec![COLUMNS[..columns].iter().map(|c| c.to_string()).collect()];
        for a in assessments {
            let mut keys: Vec<&IndicatorKey> = a.levels.keys().chain(a.notes.keys()).collect();
            keys.sort();
            keys.dedup();
            for k in keys {
                let note = a.notes.get(k);
                let mut row = vec![
                    csv_cell::write(&a.subject),
                    a.period.to_string(),
                    csv_cell::write(&k.0),
                    a.levels.get(k).map(|l| l.to_string()).unwrap_or_default(),
                    note.map(|n| csv_cell::write(&n.text)).unwrap_or_default(),
                ];
                if with_evidence {
                    let evidence = note.and_then(|n| n.evidence.as_deref());
                    row.push(evidence.map(csv_cell::write).unwrap_or_default());
                }
                rows.push(row);
            }
        }
        for row in rows {
            // Writing to a Vec cannot fail.
            let _ = w.write_record(&row);
        }
        String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
    }
}

fn bad(row: u64, column: &str, message: &str) -> Error {
    Error::Csv {
        row,
        column: column.to_owned(),
        detail: message.to_owned(),
    }
}

fn csv_error(row: u64, dialect: &Dialect, column: &str, e: &csv::Error) -> Error {
    // The reader counts lines from the header; a `sep=` line comes before.
    let row = e
        .position()
        .map(|p| p.line() + dialect.skipped_lines)
        .filter(|&l| l > dialect.skipped_lines)
        .unwrap_or(row);
    bad(row, column, &e.to_string())
}
