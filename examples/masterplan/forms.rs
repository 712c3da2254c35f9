//! The next self-assessment round on Excel: one form per sample agency,
//! pre-filled with its latest (made-up) assessment, written to
//! `target/masterplan/forms/`, read back and consolidated; and the same
//! round as one workbook with a sheet per agency.

use crate::Res;
use egov_masterplan::forms::{
    consolidate, read_workbook, ConsolidationOptions, FormOptions, ReturnedFile, WorkbookOptions,
};
use egov_masterplan::{Assessment, Framework, Lang};
use std::path::Path;

/// Writes the forms of period `next` into `dir`, reads them back and
/// prints the report; `latest` are the agencies' latest assessments.
pub fn run(fw: &Framework, latest: &[&Assessment], next: i32, dir: &Path, n: &mut u32) -> Res {
    crate::section(&format!("{n}. Self-assessment forms {next} (Excel)"));
    *n += 1;
    let forms = dir.join("forms");
    std::fs::create_dir_all(&forms)?;
    let forms = forms.canonicalize().unwrap_or(forms);
    let mut returned = Vec::new();
    for a in latest {
        let opts = FormOptions {
            prefill: Some((*a).clone()),
            issued: Some((2026, 1, 5)),
            ..FormOptions::new(a.subject(), next)
        };
        let bytes = fw.xlsx_form(&opts)?;
        let path = forms.join(format!("{}-{next}.xlsx", a.subject()));
        std::fs::write(&path, &bytes)?;
        println!("  {} ({} KB)", path.display(), bytes.len() / 1024);
        returned.push(ReturnedFile::new(
            format!("{}-{next}.xlsx", a.subject()),
            bytes,
        ));
    }
    // The same round as one workbook, a sheet per agency, for a regency
    // that passes one file around.
    let all = WorkbookOptions {
        prefill: latest.iter().map(|a| (*a).clone()).collect(),
        issued: Some((2026, 1, 5)),
        ..WorkbookOptions::new(latest.iter().map(|a| a.subject()), next)
    };
    let book = fw.xlsx_workbook(&all)?;
    let name = format!("semua-perangkat-daerah-{next}.xlsx");
    std::fs::write(forms.join(&name), &book)?;
    let sheets = read_workbook(&name, &book)?.len();
    println!(
        "  {} ({} KB, {sheets} agency sheets)",
        forms.join(&name).display(),
        book.len() / 1024
    );
    // Read back as if every agency returned its form unchanged: the report
    // an evaluator gets (complete, incomplete, missing, changes).
    let opts = ConsolidationOptions {
        expected: latest.iter().map(|a| a.subject().to_owned()).collect(),
        previous: latest.iter().map(|a| (*a).clone()).collect(),
        ..ConsolidationOptions::default()
    };
    let report = consolidate(&returned, fw, &opts)?;
    println!("\n  Consolidation ({} forms read back):", returned.len());
    for line in report.to_text(Lang::En).lines() {
        println!("    {line}");
    }
    println!();
    Ok(())
}
