//! Workbooks of many agencies' forms, written and read back.

use super::workbook::{sheet_names, write_workbook};
use super::*;
use crate::Framework;

#[test]
fn sheet_names_are_legal_and_distinct() {
    let subjects: Vec<String> = [
        "Dinas Kominfo",
        "dinas kominfo",
        "Sampul",
        "'Quoted'",
        "[]",
        "Badan Perencanaan Pembangunan Daerah Kabupaten Bolaang Mongondow",
        "Badan Perencanaan Pembangunan Daerah Kabupaten Lain",
        "History",
    ]
    .map(String::from)
    .to_vec();
    let names = sheet_names(&subjects, &["Sampul", "_egov"], "Instansi");
    assert_eq!(
        names,
        [
            "Dinas Kominfo",
            "dinas kominfo (2)",
            "Sampul (2)",
            "Quoted",
            "--",
            "Badan Perencanaan Pembangunan D",
            "Badan Perencanaan Pembangun (2)",
            "History (2)",
        ]
    );
    assert!(names.iter().all(|n| n.encode_utf16().count() <= 31));
    assert_eq!(sheet_names(&["  ".into()], &[], "Agency"), ["Agency 1"]);
}

fn spbe() -> Framework {
    Framework::builtin("spbe-2020").expect("built-in")
}

fn rated(subject: &str, period: i32, levels: &[(&str, i64)]) -> Assessment {
    let mut a = Assessment::new(subject, period);
    for (id, l) in levels {
        a.set(*id, *l);
    }
    a
}

fn three() -> WorkbookOptions {
    WorkbookOptions {
        prefill: vec![
            rated("Bappeda", 2022, &[("I1", 1)]),
            rated("Bappeda", 2023, &[("I1", 4), ("I2", 2)]),
            rated("Dinas Kominfo", 2023, &[("I47", 5)]),
        ],
        ..WorkbookOptions::new(["Bappeda", "Dinas Kominfo", "Dinas Kesehatan"], 2024)
    }
}

#[test]
fn a_workbook_reads_back_one_form_per_agency() {
    let fw = spbe();
    let bytes = fw.xlsx_workbook(&three()).expect("workbook");
    assert_eq!(bytes, fw.xlsx_workbook(&three()).expect("again"));
    let forms = read_workbook("semua.xlsx", &bytes).expect("read");
    type Read<'a> = (&'a str, &'a str, i32, Vec<(&'a str, i64)>, usize);
    let got: Vec<Read> = forms
        .iter()
        .map(|f| {
            let a = &f.assessment;
            (
                f.sheet.as_str(),
                a.subject(),
                a.period(),
                a.levels().collect(),
                f.empty.len(),
            )
        })
        .collect();
    // Bappeda is pre-filled from its latest period (2023), not 2022.
    assert_eq!(
        got,
        [
            ("Bappeda", "Bappeda", 2024, vec![("I1", 4), ("I2", 2)], 45),
            ("Dinas Kominfo", "Dinas Kominfo", 2024, vec![("I47", 5)], 46),
            ("Dinas Kesehatan", "Dinas Kesehatan", 2024, vec![], 47),
        ]
    );
    assert!(forms.iter().all(|f| f.problems.is_empty()));
    // A single form reads as a workbook of one.
    let one = fw
        .xlsx_form(&FormOptions::new("Bappeda", 2024))
        .expect("form");
    let single = read_workbook("bappeda.xlsx", &one).expect("read");
    assert_eq!((single.len(), single[0].sheet.as_str()), (1, "Penilaian"));
}

#[test]
fn a_workbook_is_not_one_form() {
    let bytes = spbe().xlsx_workbook(&three()).expect("workbook");
    let e = read_form_named("semua.xlsx", &bytes).unwrap_err();
    assert_eq!(e.kind(), "form_file");
    assert_eq!(
        e.to_string(),
        "semua.xlsx: a workbook of 3 agencies' sheets (Bappeda, Dinas Kominfo, \
         Dinas Kesehatan), not one agency's form: read it as a workbook of forms"
    );
}

#[test]
fn a_bad_cell_names_the_agency_sheet() {
    let fw = spbe();
    let mut opts = three();
    opts.prefill
        .push(rated("Dinas Kesehatan", 2023, &[("I2", 9)]));
    let bytes = write_workbook(&fw, &opts, false).expect("workbook");
    let forms = read_workbook("semua.xlsx", &bytes).expect("read");
    let problems: Vec<String> = forms[2].problems.iter().map(|e| e.to_string()).collect();
    // Rows: title, blank, header, D1, A1, I1 (6), I2 (7).
    assert_eq!(problems, ["Dinas Kesehatan!D7: level 9 is outside 1–5"]);
    assert!(forms[0].problems.is_empty() && forms[1].problems.is_empty());
    assert_eq!(
        fw.xlsx_workbook(&opts).unwrap_err().kind(),
        "level_out_of_range"
    );
}

#[test]
fn consolidation_reads_each_sheet_of_a_workbook() {
    let fw = spbe();
    let book = fw.xlsx_workbook(&three()).expect("workbook");
    let kominfo = fw
        .xlsx_form(&FormOptions::new("Dinas Kominfo", 2024))
        .expect("form");
    let files = [
        ReturnedFile::new("semua.xlsx", book),
        ReturnedFile::new("kominfo.xlsx", kominfo),
    ];
    let opts = ConsolidationOptions {
        expected: vec!["Dinas Kesehatan".into(), "Disdukcapil".into()],
        ..ConsolidationOptions::default()
    };
    let report = consolidate(&files, &fw, &opts).expect("report");
    let rows: Vec<(&str, &str, Vec<&str>)> = report
        .rows
        .iter()
        .map(|r| {
            let files = r.files.iter().map(String::as_str).collect();
            (r.subject.as_str(), r.status.as_str(), files)
        })
        .collect();
    assert_eq!(
        rows,
        [
            (
                "Dinas Kesehatan",
                "incomplete",
                vec!["semua.xlsx!Dinas Kesehatan"]
            ),
            ("Disdukcapil", "missing", vec![]),
            ("Bappeda", "incomplete", vec!["semua.xlsx!Bappeda"]),
            (
                "Dinas Kominfo",
                "duplicate",
                vec!["semua.xlsx!Dinas Kominfo", "kominfo.xlsx"]
            ),
        ]
    );
}

#[test]
fn bad_workbook_options_are_refused() {
    let fw = spbe();
    let cases: [(WorkbookOptions, &str); 3] = [
        (
            WorkbookOptions::new(Vec::<String>::new(), 2024),
            "workbook: field `subjects` must name at least one agency",
        ),
        (
            WorkbookOptions::new(["Bappeda", "Dinkes", "Bappeda"], 2024),
            "workbook: field `subjects[2]` repeats `Bappeda` (each agency gets one sheet)",
        ),
        (
            WorkbookOptions {
                prefill: vec![rated("Dinkes", 2023, &[])],
                ..WorkbookOptions::new(["Bappeda"], 2024)
            },
            "workbook: field `prefill[0]` is an assessment of `Dinkes`, which is not among the subjects",
        ),
    ];
    for (opts, message) in cases {
        let e = fw.xlsx_workbook(&opts).unwrap_err();
        assert_eq!(
            (e.kind(), e.to_string()),
            ("invalid_field", message.to_owned())
        );
    }
    let many = WorkbookOptions::new((0..1001).map(|k| format!("OPD {k}")), 2024);
    assert_eq!(fw.xlsx_workbook(&many).unwrap_err().kind(), "too_large");
}
