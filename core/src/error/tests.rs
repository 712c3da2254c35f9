//! The error table is complete: every variant has a kind, a class, a
//! family, documentation and fields, and `Error::fields` exposes exactly
//! the fields the table lists.

use super::*;
use std::collections::BTreeSet;

fn s(text: &str) -> String {
    text.to_owned()
}

fn list() -> Vec<String> {
    vec![s("a"), s("b")]
}

/// One value of every variant. A variant added to the enum without an
/// example here fails `every_kind_has_an_example`.
fn examples() -> Vec<Error> {
    vec![
        Error::Json {
            what: s("framework"),
            line: 1,
            column: 2,
            detail: s("expected value"),
        },
        Error::Toml {
            what: s("masterplan"),
            line: 3,
            column: 9,
            detail: s("invalid string"),
        },
        Error::DuplicateKey {
            what: s("assessment"),
            key: s("I1"),
            path: s("$.levels"),
            line: 1,
            column: 34,
        },
        Error::UnsupportedSchemaVersion {
            what: s("roadmap"),
            found: s("9"),
            supported: 1,
        },
        Error::UnknownFramework {
            id: s("x"),
            available: list(),
        },
        Error::DuplicateId {
            what: s("node"),
            id: s("I1"),
        },
        Error::EmptyGroup {
            id: s("D1"),
            tier: s("domain"),
        },
        Error::TierMismatch {
            id: s("I1"),
            detail: s("too deep"),
        },
        Error::InvalidWeight {
            id: s("I1"),
            value: s("-1"),
            reason: s("negative"),
        },
        Error::WeightMismatch {
            id: s("D1"),
            declared: s("10"),
            sum: s("9"),
        },
        Error::InvalidScale {
            min: 5,
            max: 1,
            reason: s("empty"),
        },
        Error::LadderLevelOutOfScale {
            ladder: s("l"),
            level: 9,
            min: 1,
            max: 5,
        },
        Error::LadderIncomplete {
            ladder: s("l"),
            missing: 3,
        },
        Error::UnknownLadder {
            indicator: s("I1"),
            ladder: s("x"),
            available: list(),
        },
        Error::PredicateOverlap {
            id: s("baik"),
            other: s("cukup"),
            detail: s("2.6"),
        },
        Error::PredicateGap {
            id: s("baik"),
            detail: s("gap"),
        },
        Error::InvalidField {
            what: s("roadmap"),
            field: s("cost"),
            detail: s("negative"),
        },
        Error::InvalidOption {
            option: s("lang"),
            value: s("fr"),
            allowed: list(),
        },
        Error::UnknownIndicator {
            framework: s("spbe-2020"),
            indicator: s("I99"),
        },
        Error::LevelOutOfRange {
            subject: s("x"),
            period: 2024,
            indicator: s("I1"),
            level: 7,
            min: 1,
            max: 5,
        },
        Error::LevelNotInteger {
            indicator: s("I1"),
            value: s("3.5"),
        },
        Error::FrameworkMismatch {
            expected: s("spbe-2020"),
            found: s("spbe-2018"),
        },
        Error::MissingLevels {
            subject: s("x"),
            period: 2024,
            missing: list(),
        },
        Error::NothingRated {
            subject: s("x"),
            period: 2024,
        },
        Error::Csv {
            row: 3,
            column: s("level"),
            detail: s("not a number"),
        },
        Error::FormFile {
            file: s("dinkes.xlsx"),
            detail: s("not an .xlsx workbook"),
        },
        Error::FormCell {
            sheet: s("Penilaian"),
            cell: s("D14"),
            detail: s("level 7 is outside 1–5"),
        },
        Error::UnknownNode {
            framework: s("spbe-2020"),
            id: s("D9"),
        },
        Error::UnknownPredicate {
            id: s("x"),
            available: list(),
        },
        Error::TargetUnreachable {
            target: s("5.1"),
            best: s("5"),
        },
        Error::Overflow {
            context: s("weights"),
        },
        Error::UnknownDependency {
            initiative: s("a"),
            dependency: s("b"),
        },
        Error::SelfDependency { id: s("a") },
        Error::Cycle { cycle: list() },
        Error::InvalidBudget {
            year: s("20x"),
            detail: s("not a year"),
        },
        Error::UnknownAgency {
            agency: s("x"),
            referenced_by: s("element y (owner)"),
        },
        Error::DanglingRelation {
            from: s("a"),
            to: s("b"),
            relation: s("serves"),
            missing: s("b"),
        },
        Error::RelationNotAllowed {
            from: s("a"),
            to: s("b"),
            relation: s("serves"),
            from_domain: s("data"),
            to_domain: s("layanan"),
        },
        Error::InvalidReference {
            element: s("a"),
            reference: s("X"),
            detail: s("bad prefix"),
        },
        Error::HostingCycle { cycle: list() },
        Error::UnknownInstitution {
            institution: s("x"),
            year: 2024,
            candidates: list(),
        },
        Error::EmptyCohort {
            year: 2024,
            cohort: s("kota in Aceh"),
        },
        Error::MasterplanPart {
            part: s("baseline"),
            file: s("baseline-2019.json"),
            error_kind: s("missing_levels"),
            detail: s("pemkab-x 2019: 1 indicator(s) not rated: I47"),
        },
        Error::TooLarge {
            what: s("document"),
            size: 2,
            limit: 1,
        },
    ]
}

#[test]
fn every_kind_has_an_example() {
    let examples: Vec<&str> = examples().iter().map(Error::kind).collect();
    let table: Vec<&str> = ERROR_KINDS.iter().map(|k| k.kind).collect();
    assert_eq!(
        examples, table,
        "one example per kind, in declaration order"
    );
}

#[test]
fn fields_expose_exactly_the_declared_fields() {
    for e in examples() {
        let info = e.info();
        let fields = e.fields();
        let exposed: BTreeSet<&str> = fields.keys().map(String::as_str).collect();
        let declared: BTreeSet<&str> = info.fields.iter().map(|f| f.name).collect();
        assert_eq!(exposed, declared, "{}", info.kind);
        for f in info.fields {
            let value = &e.fields()[f.name];
            let fits = match f.ty {
                FieldType::Text => value.is_string(),
                FieldType::Integer => value.is_i64() || value.is_u64(),
                FieldType::TextList => value
                    .as_array()
                    .is_some_and(|a| a.iter().all(|v| v.is_string())),
            };
            assert!(fits, "{}.{}: {value} is not {:?}", info.kind, f.name, f.ty);
        }
    }
}

#[test]
fn kinds_and_classes_are_unique_named_and_documented() {
    let kinds: BTreeSet<&str> = ERROR_KINDS.iter().map(|k| k.kind).collect();
    let classes: BTreeSet<&str> = ERROR_KINDS.iter().map(|k| k.class_name).collect();
    let families: BTreeSet<&str> = ErrorFamily::ALL.iter().map(|f| f.class_name()).collect();
    assert_eq!(kinds.len(), ERROR_KINDS.len());
    assert_eq!(classes.len(), ERROR_KINDS.len());
    assert_eq!(families.len(), ErrorFamily::ALL.len());
    assert!(
        classes.is_disjoint(&families),
        "a kind's class may not be a family's"
    );
    for k in &ERROR_KINDS {
        assert!(
            k.kind.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
            "{}",
            k.kind
        );
        assert!(
            k.class_name.ends_with("Error") && k.class_name.is_ascii(),
            "{}",
            k.class_name
        );
        assert!(!k.doc_text().is_empty(), "{} has no doc", k.kind);
        assert!(!k.fields.is_empty(), "{} has no fields", k.kind);
        for f in k.fields {
            assert!(
                !k.field_doc(f.name).is_empty(),
                "{}.{} has no doc",
                k.kind,
                f.name
            );
            // `message`, `name`, `stack` and `args` belong to the exception
            // objects of JS or Python and cannot carry a field.
            assert!(
                !["message", "name", "stack", "cause", "args"].contains(&f.name),
                "{}.{}",
                k.kind,
                f.name
            );
        }
        assert_eq!(ErrorKind::find(k.kind), Some(k));
        assert_eq!(Error::class_name_of(k.kind), k.class_name);
    }
    assert_eq!(Error::class_name_of("nope"), ROOT_CLASS);
}

#[test]
fn the_table_json_lists_every_kind_with_its_family_class() {
    let table: serde_json::Value = serde_json::from_str(&ErrorKind::table_json()).unwrap();
    assert_eq!(
        table["families"].as_array().unwrap().len(),
        ErrorFamily::ALL.len()
    );
    let entries = table["kinds"].as_array().unwrap();
    assert_eq!(entries.len(), ERROR_KINDS.len());
    let cycle = entries.iter().find(|e| e["kind"] == "cycle").unwrap();
    assert_eq!(cycle["class_name"], "CycleError");
    assert_eq!(cycle["family"], "roadmap");
    assert_eq!(cycle["family_class"], "RoadmapError");
    assert_eq!(cycle["fields"][0]["type"], "text_list");
    let level = entries
        .iter()
        .find(|e| e["kind"] == "level_out_of_range")
        .unwrap();
    let names: Vec<&str> = level["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["subject", "period", "indicator", "level", "min", "max"]
    );
    assert_eq!(level["fields"][1]["type"], "integer");
}

#[test]
fn messages_name_the_offending_values() {
    let examples = examples();
    let e = examples
        .iter()
        .find(|e| e.kind() == "level_out_of_range")
        .unwrap();
    assert_eq!(
        e.to_string(),
        "x 2024: indicator `I1` level 7 is outside the scale 1–5"
    );
    assert_eq!(e.family(), ErrorFamily::Assessment);
    let e = examples
        .iter()
        .find(|e| e.kind() == "duplicate_key")
        .unwrap();
    assert_eq!(
        e.to_string(),
        "assessment: key `I1` appears twice in the object at $.levels (line 1, column 34); \
         each key may appear once"
    );
}

#[test]
fn every_example_is_rebuilt_from_its_kind_and_fields() {
    for e in examples() {
        assert_eq!(Error::from_fields(e.kind(), &e.fields()).as_ref(), Some(&e));
    }
}
