//! The published-results table as CSV, read and written byte for byte.

use super::printed;
use super::record::{InstitutionKind, PublishedResult};
use crate::error::{Error, Result};
use crate::framework::Framework;
use crate::text::Lang;

/// The header, in order.
pub(crate) const COLUMNS: [&str; 12] = [
    "year",
    "report_table",
    "row",
    "institution",
    "kind",
    "province",
    "d1",
    "d2",
    "d3",
    "d4",
    "index",
    "predicate",
];

fn bad(row: u64, column: &str, detail: impl Into<String>) -> Error {
    Error::Csv {
        row,
        column: column.to_owned(),
        detail: detail.into(),
    }
}

/// Reads the table; `framework` gives the predicate labels.
pub(crate) fn read(text: &str, framework: &Framework) -> Result<Vec<PublishedResult>> {
    crate::limits::document("benchmark", text)?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(h)) => h,
        Some(Err(e)) => return Err(bad(1, "", e.to_string())),
        None => return Err(bad(1, "year", "the table is empty: expected a header row")),
    };
    if header.iter().ne(COLUMNS.iter().copied()) {
        return Err(bad(
            1,
            "",
            format!("the header must be `{}`", COLUMNS.join(",")),
        ));
    }
    let mut rows = Vec::new();
    for (i, record) in records.enumerate() {
        let line = i as u64 + 2;
        let record = record.map_err(|e| bad(line, "", e.to_string()))?;
        if record.len() != COLUMNS.len() {
            return Err(bad(
                line,
                "",
                format!("{} fields, expected {}", record.len(), COLUMNS.len()),
            ));
        }
        let cell = |k: usize| record.get(k).unwrap_or_default();
        rows.push(row(line, &cell, framework)?);
    }
    Ok(rows)
}

fn row<'a>(
    line: u64,
    cell: &dyn Fn(usize) -> &'a str,
    framework: &Framework,
) -> Result<PublishedResult> {
    let whole = |k: usize| -> Result<u32> {
        cell(k).parse::<u32>().map_err(|_| {
            bad(
                line,
                COLUMNS[k],
                format!("`{}` is not a whole number", cell(k)),
            )
        })
    };
    let value = |k: usize| -> Result<Option<crate::exact::Decimal>> {
        match cell(k) {
            "" => Ok(None),
            text => printed(text).map(Some).ok_or_else(|| {
                bad(
                    line,
                    COLUMNS[k],
                    format!("`{text}` is not a printed decimal such as 3.52"),
                )
            }),
        }
    };
    let year = i32::try_from(whole(0)?).map_err(|_| bad(line, "year", "is not a year"))?;
    let institution = cell(3).to_owned();
    if institution.trim().is_empty() {
        return Err(bad(line, "institution", "is empty"));
    }
    crate::limits::text("benchmark", "institution", &institution)?;
    let kind: InstitutionKind = cell(4).parse().map_err(|_| {
        bad(
            line,
            "kind",
            format!(
                "`{}` is not one of {}",
                cell(4),
                InstitutionKind::NAMES.join(", ")
            ),
        )
    })?;
    let province = match cell(5) {
        "" => None,
        p => Some(p.to_owned()),
    };
    if province.is_some() != kind.is_regional() {
        let expected = if kind.is_regional() {
            "a regional row needs its province"
        } else {
            "a central institution has no province"
        };
        return Err(bad(line, "province", expected));
    }
    let predicate = cell(11).to_owned();
    let predicate_id = framework
        .predicates()
        .iter()
        .find(|p| p.label.get(Lang::Id) == predicate)
        .map(|p| p.id.clone())
        .ok_or_else(|| {
            let labels: Vec<&str> = framework
                .predicates()
                .iter()
                .map(|p| p.label.get(Lang::Id))
                .collect();
            bad(
                line,
                "predicate",
                format!("`{predicate}` is not one of {}", labels.join(", ")),
            )
        })?;
    Ok(PublishedResult {
        year,
        report_table: whole(1)?,
        row: whole(2)?,
        institution,
        kind,
        province,
        d1: value(6)?,
        d2: value(7)?,
        d3: value(8)?,
        d4: value(9)?,
        index: value(10)?,
        predicate,
        predicate_id,
    })
}

/// Writes the table: LF line ends, a field quoted only when it must be.
pub(crate) fn write(rows: &[PublishedResult]) -> String {
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    let text = |d: Option<crate::exact::Decimal>| d.map(|d| d.to_string()).unwrap_or_default();
    let _ = out.write_record(COLUMNS);
    for r in rows {
        let _ = out.write_record([
            r.year.to_string(),
            r.report_table.to_string(),
            r.row.to_string(),
            r.institution.clone(),
            r.kind.as_str().to_owned(),
            r.province.clone().unwrap_or_default(),
            text(r.d1),
            text(r.d2),
            text(r.d3),
            text(r.d4),
            text(r.index),
            r.predicate.clone(),
        ]);
    }
    String::from_utf8(out.into_inner().unwrap_or_default()).unwrap_or_default()
}
