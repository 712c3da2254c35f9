//! Long-format CSV for spreadsheet users:
//! `subject,period,indicator,level[,note[,evidence]]`, one row per rated
//! indicator, any number of subjects and periods in one file.

use super::assessment::{Assessment, IndicatorKey, Note};
use crate::csv_cell;
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

impl Assessment {
    /// Reads long-format CSV into one assessment per (subject, period), in
    /// order of first appearance. The header names the columns (any order);
    /// `note` and `evidence` are optional; an empty `level` leaves the
    /// indicator unrated (a row may carry only a note).
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
        let mut reader = csv::ReaderBuilder::new()
            .trim(csv::Trim::All)
            .from_reader(text.as_bytes());
        let header = reader
            .headers()
            .map_err(|e| csv_error(1, "header", &e))?
            .clone();
        let mut index = [None; 6];
        for (i, name) in header.iter().enumerate() {
            let name = name.trim_start_matches('\u{feff}');
            let slot = COLUMNS.iter().position(|c| c.eq_ignore_ascii_case(name));
            match slot {
                Some(s) if index[s].is_none() => index[s] = Some(i),
                Some(_) => return Err(bad(1, name, "appears twice in the header")),
                None => {
                    return Err(bad(
                        1,
                        name,
                        &format!("is not a known column; expected: {}", COLUMNS.join(", ")),
                    ))
                }
            }
        }
        for (s, name) in REQUIRED.iter().enumerate() {
            if index[s].is_none() {
                return Err(bad(1, name, "is missing from the header"));
            }
        }
        let mut out: Vec<Assessment> = Vec::new();
        // (subject, period) → position in `out`; looked up, never iterated.
        let mut index_of: std::collections::HashMap<(String, i32), usize> =
            std::collections::HashMap::new();
        for (n, record) in reader.records().enumerate() {
            let row = n as u64 + 2;
            let record = record.map_err(|e| csv_error(row, "row", &e))?;
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
            let level = field(3);
            if !level.is_empty() {
                let l: i64 = level
                    .parse()
                    .map_err(|_| bad(row, "level", &format!("`{level}` is not a whole number")))?;
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

fn csv_error(row: u64, column: &str, e: &csv::Error) -> Error {
    let row = e
        .position()
        .map(|p| p.line())
        .filter(|&l| l > 0)
        .unwrap_or(row);
    bad(row, column, &e.to_string())
}
