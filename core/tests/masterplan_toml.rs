//! The masterplan manifest written as TOML: the sample's TOML and JSON
//! manifests (examples/data/) read the same, and TOML's own errors.

#![cfg(feature = "toml")]

use egov_masterplan::masterplan::{Manifest, Masterplan};
use egov_masterplan::Lang;
use std::path::Path;

fn data(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../examples/data")
            .join(name),
    )
    .expect("sample data")
}

#[test]
fn the_samples_toml_and_json_manifests_are_the_same_plan() {
    let json = Manifest::from_json(&data("masterplan.json")).expect("json");
    let toml = Manifest::from_toml(&data("masterplan.toml")).expect("toml");
    assert_eq!(json, toml);
    // `parse` tells them apart by the first character.
    assert_eq!(
        Manifest::parse(&data("masterplan.toml")).expect("toml"),
        json
    );
    assert_eq!(
        Manifest::parse(&data("masterplan.json")).expect("json"),
        json
    );
    // The same files give the same document.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/data");
    let from_json = Masterplan::load(dir.join("masterplan.json")).expect("loads");
    let from_toml = Masterplan::load(dir.join("masterplan.toml")).expect("loads");
    assert_eq!(
        from_json.to_markdown(Lang::Id).expect("md"),
        from_toml.to_markdown(Lang::Id).expect("md")
    );
    // The TOML plan remembers its TOML: `from_manifest` of its sources
    // gives it again.
    let (text, files) = from_toml.sources();
    assert!(text.starts_with("# The sample masterplan's manifest"));
    let again = Masterplan::from_manifest(text, files).expect("again");
    assert_eq!(again.manifest(), from_toml.manifest());
}

#[test]
fn a_directory_is_read_through_its_json_manifest_or_else_its_toml() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/data");
    // examples/data holds both: the JSON is read.
    let both = Masterplan::load(&data).expect("loads");
    assert!(both.sources().0.starts_with('{'));
    // A directory with only the TOML.
    let dir = std::env::temp_dir().join(format!("egov-toml-only-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    for name in [
        "masterplan.toml",
        "bolmong-baseline-2019.json",
        "bolmong-assessments.csv",
        "bolmong-architecture.json",
        "bolmong-roadmap.json",
    ] {
        std::fs::copy(data.join(name), dir.join(name)).expect("copy");
    }
    let only = Masterplan::load(&dir).expect("loads");
    std::fs::remove_dir_all(&dir).expect("clean up");
    assert!(only.sources().0.starts_with('#'));
    assert_eq!(only.manifest(), both.manifest());
}

#[test]
fn toml_errors_name_line_column_and_field() {
    let base = "schema_version = 1\nframework = \"spbe-2020\"\nbaseline = \"b.json\"\nroadmap = \"r.json\"\n\
                government = { id = \"pemkab-x\", name = \"X\" }\nperiod = { start = 2019, end = 2024 }\n";
    assert!(Manifest::from_toml(base).is_ok());
    // A syntax error: line 7, column 9 (the unquoted value after `title = `).
    let e = Manifest::from_toml(&format!("{base}title = Rencana\n")).unwrap_err();
    assert_eq!(e.kind(), "toml");
    assert_eq!(
        (e.fields()["line"].as_u64(), e.fields()["column"].as_u64()),
        (Some(7), Some(9))
    );
    // A key given twice is TOML's own error.
    let e = Manifest::from_toml(&format!("{base}sample = true\nsample = false\n")).unwrap_err();
    assert_eq!((e.kind(), e.fields()["line"].as_u64()), ("toml", Some(8)));
    // The schema version first, then the fields, as for JSON.
    let e =
        Manifest::from_toml(&base.replace("schema_version = 1", "schema_version = 2")).unwrap_err();
    assert_eq!(
        e.to_string(),
        "masterplan: schema_version 2 is not supported (this library reads schema_version up to 1)"
    );
    let e = Manifest::from_toml(&base.replace("schema_version = 1\n", "")).unwrap_err();
    assert_eq!(
        e.to_string(),
        "masterplan: field `schema_version` is required"
    );
    let e = Manifest::from_toml(&format!("{base}polices = []\n")).unwrap_err();
    assert_eq!(e.kind(), "toml");
    assert!(e.to_string().contains("unknown field `polices`"), "{e}");
    let e = Manifest::from_toml(&base.replace("end = 2024", "end = 2018")).unwrap_err();
    assert_eq!(
        e.to_string(),
        "masterplan: field `period` ends (2018) before it starts (2019)"
    );
    // A target's index as a TOML float reads as the decimal it prints as.
    let m = Manifest::from_toml(&format!("{base}[[targets]]\nyear = 2024\nindex = 2.5\n"))
        .expect("float");
    assert_eq!(
        m.targets[0].measure,
        egov_masterplan::masterplan::TargetMeasure::Index(
            egov_masterplan::Fraction::new(5, 2).expect("5/2")
        )
    );
}
