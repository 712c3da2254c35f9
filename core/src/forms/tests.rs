//! Forms written and read back by the library itself; the Python suite
//! fills them with openpyxl as a person would.

use super::write::write_unchecked;
use super::*;
use crate::Framework;

fn spbe() -> Framework {
    Framework::builtin("spbe-2020").expect("built-in")
}

fn filled(levels: &[(&str, i64)]) -> FormOptions {
    let mut prev = Assessment::new("Dinas Kominfo", 2023);
    for (id, l) in levels {
        prev.set(*id, *l);
    }
    FormOptions {
        prefill: Some(prev),
        ..FormOptions::new("Dinas Kominfo", 2024)
    }
}

#[test]
fn the_same_options_give_the_same_bytes() {
    let fw = spbe();
    let opts = FormOptions::new("Dinas Kominfo", 2024);
    let a = fw.xlsx_form(&opts).expect("form");
    assert_eq!(a, fw.xlsx_form(&opts).expect("form"));
    let dated = FormOptions {
        issued: Some((2025, 1, 15)),
        ..opts.clone()
    };
    assert_ne!(a, fw.xlsx_form(&dated).expect("form"));
    let english = FormOptions {
        lang: crate::Lang::En,
        ..opts
    };
    let en = read_form(&fw.xlsx_form(&english).expect("form")).expect("read");
    assert_eq!(en.sheet, "Assessment");
}

#[test]
fn a_prefilled_form_reads_back_as_it_was_filled() {
    let fw = spbe();
    let mut opts = filled(&[("I1", 3), ("I10", 5), ("I47", 1)]);
    if let Some(p) = opts.prefill.as_mut() {
        p.set_note("I1", "Perbup 5/2023", Some("https://jdih.example/5".into()));
        p.set_note("I2", "belum ada", None);
    }
    let form = read_form(&fw.xlsx_form(&opts).expect("form")).expect("read");
    let a = &form.assessment;
    assert_eq!(
        (a.subject(), a.period(), a.framework()),
        ("Dinas Kominfo", 2024, Some("spbe-2020"))
    );
    let levels: Vec<(&str, i64)> = a.levels().collect();
    assert_eq!(levels, [("I1", 3), ("I10", 5), ("I47", 1)]);
    let note = a.note("I1").expect("note");
    assert_eq!(
        (note.text.as_str(), note.evidence.as_deref()),
        ("Perbup 5/2023", Some("https://jdih.example/5"))
    );
    assert_eq!(a.note("I2").map(|n| n.text.as_str()), Some("belum ada"));
    assert_eq!(form.empty.len(), 44);
    assert_eq!(form.empty.first().map(String::as_str), Some("I2"));
    assert!(form.problems.is_empty());
    assert_eq!(
        form.contact,
        [String::new(), String::new(), String::new(), String::new()]
    );
    assert_eq!(
        Assessment::from_xlsx(&fw.xlsx_form(&opts).expect("form")).expect("strict"),
        *a
    );
}

#[test]
fn a_bad_cell_is_named_by_sheet_and_cell() {
    // Rows: title (1), blank (2), header (3), D1 (4), A1 (5), I1 (6): the
    // level of I1 is cell D6.
    let fw = spbe();
    let bytes = write_unchecked(&fw, &filled(&[("I1", 7), ("I2", 0), ("I3", 4)])).expect("form");
    let form = read_form(&bytes).expect("read");
    let problems: Vec<String> = form.problems.iter().map(|e| e.to_string()).collect();
    assert_eq!(
        problems,
        [
            "Penilaian!D6: level 7 is outside 1–5",
            "Penilaian!D7: level 0 is outside 1–5"
        ]
    );
    assert_eq!(form.assessment.levels().collect::<Vec<_>>(), [("I3", 4)]);
    assert_eq!(
        form.empty.len(),
        44,
        "neither rated nor empty: the two bad cells"
    );
    let strict = Assessment::from_xlsx(&bytes).unwrap_err();
    assert_eq!(strict.kind(), "form_cell");
    assert_eq!(strict.fields()["cell"], "D6");
}

#[test]
fn what_is_not_a_form_is_a_file_error() {
    let e = read_form(b"subject,period\n").unwrap_err();
    assert_eq!(e.kind(), "form_file");
    assert!(
        e.to_string().starts_with("workbook: not an .xlsx workbook"),
        "{e}"
    );
    let mut plain = rust_xlsxwriter::Workbook::new();
    plain
        .add_worksheet()
        .write_string(0, 0, "subject")
        .expect("cell");
    let bytes = plain.save_to_buffer().expect("xlsx");
    let e = read_form(&bytes).unwrap_err();
    assert!(
        e.to_string()
            .contains("has no sheet `_egov` (sheets: Sheet1)"),
        "{e}"
    );
}

#[test]
fn bad_options_are_refused() {
    let fw = spbe();
    let blank = FormOptions::new(" ", 2024);
    assert_eq!(fw.xlsx_form(&blank).unwrap_err().kind(), "invalid_field");
    assert_eq!(
        fw.xlsx_form(&filled(&[("I1", 9)])).unwrap_err().kind(),
        "level_out_of_range"
    );
    assert_eq!(
        fw.xlsx_form(&filled(&[("I99", 3)])).unwrap_err().kind(),
        "unknown_indicator"
    );
    let feb30 = FormOptions {
        issued: Some((2024, 2, 30)),
        ..FormOptions::new("x", 2024)
    };
    assert_eq!(fw.xlsx_form(&feb30).unwrap_err().kind(), "invalid_field");
}

#[test]
fn consolidation_reports_every_agency() {
    let fw = spbe();
    let all: Vec<(&str, i64)> = fw.indicators().map(|n| (n.id(), 3)).collect();
    let complete = {
        let mut o = filled(&all);
        o.subject = "Bappeda".into();
        fw.xlsx_form(&o).expect("form")
    };
    let partial = fw
        .xlsx_form(&filled(&[("I1", 5), ("I2", 2)]))
        .expect("form");
    let invalid = {
        let mut o = filled(&[("I1", 8)]);
        o.subject = "Dinkes".into();
        write_unchecked(&fw, &o).expect("form")
    };
    let files = vec![
        ReturnedFile::new("bappeda.xlsx", complete.clone()),
        ReturnedFile::new("kominfo.xlsx", partial),
        ReturnedFile::new("dinkes.xlsx", invalid),
        ReturnedFile::new("bappeda (1).xlsx", complete),
        ReturnedFile::new("notes.txt", b"hello".to_vec()),
    ];
    let mut previous = Assessment::new("Dinas Kominfo", 2023);
    previous.set("I1", 2).set("I2", 2);
    let opts = ConsolidationOptions {
        expected: vec![
            "Dinas Kominfo".into(),
            "Bappeda".into(),
            "Disdukcapil".into(),
        ],
        previous: vec![previous],
        flag_more_than: 1,
    };
    let report = consolidate(&files, &fw, &opts).expect("report");
    let summary: Vec<(&str, &str, usize)> = report
        .rows
        .iter()
        .map(|r| (r.subject.as_str(), r.status.as_str(), r.files.len()))
        .collect();
    assert_eq!(
        summary,
        [
            ("Dinas Kominfo", "incomplete", 1),
            ("Bappeda", "duplicate", 2),
            ("Disdukcapil", "missing", 0),
            ("Dinkes", "invalid", 1),
            ("notes.txt", "unreadable", 1),
        ]
    );
    let kominfo = &report.rows[0];
    assert_eq!((kominfo.rated, kominfo.empty.len()), (2, 45));
    // I1 went from 2 to 5 (three steps); I2 stayed.
    assert_eq!(
        kominfo.changes,
        [LevelChange {
            indicator: "I1".into(),
            from: 2,
            to: 5
        }]
    );
    assert_eq!(
        report.rows[3].problems,
        ["Penilaian!D6: level 8 is outside 1–5"]
    );
    assert!(report.rows[4].problems[0].starts_with("notes.txt: not an .xlsx workbook"));
    // Only the incomplete return is in the batch: duplicates and invalid
    // returns wait for the evaluator.
    let subjects: Vec<&str> = report.assessments.iter().map(|a| a.subject()).collect();
    assert_eq!(subjects, ["Dinas Kominfo"]);
    assert!(matches!(report.rows[1].status, ReturnStatus::Duplicate));
    let text = report.to_text(crate::Lang::Id);
    assert!(
        text.starts_with(
            "Dinas Kominfo 2024: belum lengkap [kominfo.xlsx]; dinilai 2, kosong 45; I1 2 → 5\n"
        ),
        "{text}"
    );
    assert!(text.contains("Disdukcapil: belum kembali\n"));
    let json: serde_json::Value = serde_json::from_str(&report.to_json()).expect("json");
    assert_eq!(
        json["rows"][0]["changes"][0],
        serde_json::json!({"indicator": "I1", "from": 2, "to": 5})
    );
    assert_eq!(json["rows"][2]["period"], serde_json::Value::Null);
}
