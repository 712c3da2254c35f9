//! Assessment CSV as spreadsheets write it (`tests/vectors/assessment_csv.json`,
//! also read by the Python and JS suites): separators, byte-order marks,
//! Indonesian headers, decimal commas, Windows-1252, and every rejection
//! naming its row and column.

use egov_masterplan::{Assessment, Error};
use serde_json::Value;

fn vectors() -> Value {
    let path = format!(
        "{}/../tests/vectors/assessment_csv.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).expect("vector file is JSON")
}

fn bytes_of(hex: &str) -> Vec<u8> {
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex"))
        .collect()
}

fn read(case: &Value) -> Result<Vec<Assessment>, Error> {
    match (case["text"].as_str(), case["bytes_hex"].as_str()) {
        (Some(text), _) => {
            // The same answer from the text's bytes.
            let from_bytes = Assessment::from_csv_bytes(text.as_bytes());
            let from_text = Assessment::from_csv(text);
            assert_eq!(from_text, from_bytes, "{}", case["name"]);
            from_text
        }
        (None, Some(hex)) => Assessment::from_csv_bytes(&bytes_of(hex)),
        _ => panic!("{}: no text", case["name"]),
    }
}

#[test]
fn every_case_reads_or_fails_as_written() {
    let v = vectors();
    let cases = v["cases"].as_array().expect("cases");
    assert!(cases.len() >= 20);
    for case in cases {
        let name = &case["name"];
        match (read(case), case.get("error")) {
            (Ok(all), None) => {
                let got: Vec<Value> = all
                    .iter()
                    .map(|a| serde_json::from_str(&a.to_json()).expect("json"))
                    .collect();
                assert_eq!(Value::from(got), case["assessments"], "{name}");
                // Written back in the canonical format, read back equal.
                let again = Assessment::from_csv(&Assessment::to_csv(&all)).expect("round trip");
                assert_eq!(again, all, "{name}");
            }
            (
                Err(Error::Csv {
                    row,
                    column,
                    detail,
                }),
                Some(want),
            ) => {
                assert_eq!(Some(row), want["row"].as_u64(), "{name}: {detail}");
                assert_eq!(Some(column.as_str()), want["column"].as_str(), "{name}");
                let piece = want["contains"].as_str().expect("contains");
                assert!(detail.contains(piece), "{name}: {detail}");
            }
            (got, want) => panic!("{name}: got {got:?}, expected {want:?}"),
        }
    }
}

#[test]
fn writing_keeps_the_canonical_format() {
    let read = Assessment::from_csv("instansi;tahun;indikator;tingkat\r\nx;2024;I1;3,0\r\n")
        .expect("read");
    assert_eq!(
        Assessment::to_csv(&read),
        "subject,period,indicator,level,note\nx,2024,I1,3,\n"
    );
}
