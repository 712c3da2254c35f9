//! Duplicate keys (`tests/vectors/duplicate_keys.json`, also read by the
//! Python and JS suites): every JSON reader rejects a document whose object
//! repeats a key, naming the key, its object's path, line and column.

use egov_masterplan::{ArchitectureModel, Assessment, Error, Framework, Roadmap};
use serde_json::Value;

fn vectors() -> Value {
    let path = format!(
        "{}/../tests/vectors/duplicate_keys.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).expect("vector file is JSON")
}

fn read(reader: &str, text: &str) -> Result<(), Error> {
    match reader {
        "framework" => Framework::from_json(text).map(drop),
        "assessment" => Assessment::from_json(text).map(drop),
        "roadmap" => Roadmap::from_json(text).map(drop),
        "architecture" => ArchitectureModel::from_json(text).map(drop),
        other => panic!("unknown reader {other}"),
    }
}

#[test]
fn every_reader_rejects_a_repeated_key() {
    let v = vectors();
    let cases = v["cases"].as_array().expect("cases");
    let readers: std::collections::BTreeSet<&str> =
        cases.iter().filter_map(|c| c["reader"].as_str()).collect();
    assert_eq!(
        readers.into_iter().collect::<Vec<_>>(),
        ["architecture", "assessment", "framework", "roadmap"]
    );
    for case in cases {
        let name = case["name"].as_str().unwrap_or("?");
        let reader = case["reader"].as_str().expect("reader");
        let err = read(reader, case["document"].as_str().expect("document")).expect_err(name);
        let mut fields = Value::Object(err.fields());
        fields["kind"] = Value::from(err.kind());
        assert_eq!(fields, case["expected"], "{name}: {err}");
        let key = case["expected"]["key"].as_str().unwrap_or("?");
        assert!(
            err.to_string()
                .contains(&format!("key `{key}` appears twice")),
            "{err}"
        );
    }
}

#[test]
fn without_the_repeat_the_documents_read_on() {
    // The first case with its second `"I1": 5` removed is read normally.
    let a = Assessment::from_json(
        r#"{"subject": "dinkes", "period": 2024, "levels": {"I1": 3, "I2": 4}}"#,
    )
    .expect("no duplicate");
    assert_eq!(a.level("I1"), Some(3));
}
