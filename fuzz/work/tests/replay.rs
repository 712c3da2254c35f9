//! Replays the committed fuzz samples through the targets' work, without
//! cargo-fuzz or a nightly toolchain:
//!
//! - `fuzz/seeds/<target>/`: the minimised seed corpus, derived from
//!   `tests/vectors/` and `examples/data/` (see `fuzz/seeds/README.md`);
//!   every target must have at least one sample;
//! - `fuzz/regressions/<target>/` (when present): the inputs the fuzzer once
//!   crashed on, kept after the fix.
//!
//! A sample's name states what the target must return: `valid-*` is a
//! document that parses, so the target runs every operation on it and
//! returns `true`; `invalid-*` is rejected by the parser and returns
//! `false`. Any other name fails the test, and so does a panic (a broken
//! invariant inside the work, such as a JSON round trip that changes the
//! document).

use egov_fuzz_work as work;
use std::fs;
use std::path::{Path, PathBuf};

/// What a target runs on one input: whether it parsed.
type Work = fn(&[u8]) -> bool;

/// Every target, with the function its cargo-fuzz binary calls.
const TARGETS: [(&str, Work); 5] = [
    ("framework_json", work::framework_json),
    ("assessment_json", work::assessment_json),
    ("assessment_csv", work::assessment_csv),
    ("roadmap_json", work::roadmap_json),
    ("architecture_json", work::architecture_json),
];

/// `fuzz/<kind>/<target>` of this repository.
fn folder(kind: &str, target: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(kind)
        .join(target)
}

/// The files of `dir`, sorted by name.
fn samples(dir: &Path) -> Vec<PathBuf> {
    let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let mut files: Vec<PathBuf> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

/// What a sample's name says the target returns (see the module docs).
fn expected(file: &Path) -> Result<bool, String> {
    let name = file.file_name().unwrap().to_string_lossy();
    if name.starts_with("valid-") {
        Ok(true)
    } else if name.starts_with("invalid-") {
        Ok(false)
    } else {
        Err(format!(
            "{}: name a sample valid-* (parses) or invalid-* (rejected)",
            file.display()
        ))
    }
}

/// Runs `run` on every file of `dir`; returns one line per sample whose
/// result is not the expected one (a panic propagates and fails the test).
fn replay(dir: &Path, run: Work) -> (usize, Vec<String>) {
    let files = samples(dir);
    let mut wrong = Vec::new();
    for file in &files {
        let data = fs::read(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        match expected(file) {
            Ok(want) => {
                let got = run(&data);
                if got != want {
                    wrong.push(format!(
                        "{}: returned {got}, expected {want}",
                        file.display()
                    ));
                }
            }
            Err(message) => wrong.push(message),
        }
    }
    (files.len(), wrong)
}

#[test]
fn every_target_has_seeds_and_each_seed_gives_the_expected_result() {
    let mut wrong = Vec::new();
    for (target, run) in TARGETS {
        let dir = folder("seeds", target);
        assert!(dir.is_dir(), "{} is missing", dir.display());
        let (count, mut bad) = replay(&dir, run);
        assert!(count >= 1, "{} holds no sample", dir.display());
        let valid = samples(&dir)
            .iter()
            .filter(|f| expected(f) == Ok(true))
            .count();
        assert!(valid >= 1, "{} holds no valid-* sample", dir.display());
        wrong.append(&mut bad);
    }
    assert!(
        wrong.is_empty(),
        "unexpected results:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn crashing_inputs_found_by_the_fuzzer_no_longer_crash() {
    let mut wrong = Vec::new();
    for (target, run) in TARGETS {
        let dir = folder("regressions", target);
        if dir.is_dir() {
            wrong.append(&mut replay(&dir, run).1);
        }
    }
    assert!(
        wrong.is_empty(),
        "unexpected results:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_targets_run_on_the_sample_documents() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let read = |p: &str| fs::read(root.join(p)).unwrap_or_else(|e| panic!("{p}: {e}"));
    assert!(work::framework_json(&read(
        "core/frameworks/spbe-2020.json"
    )));
    assert!(work::framework_json(&read(
        "core/frameworks/pemdi-2025.json"
    )));
    let mut a = vec![3u8];
    a.extend(read("examples/data/bolmong-baseline-2019.json"));
    assert!(work::assessment_json(&a));
    let mut csv = vec![0u8];
    csv.extend(read("examples/data/bolmong-assessments.csv"));
    assert!(work::assessment_csv(&csv));
    assert!(work::roadmap_json(&read(
        "examples/data/bolmong-roadmap.json"
    )));
    assert!(work::architecture_json(&read(
        "examples/data/bolmong-architecture.json"
    )));
    // Not a document, or no option byte: nothing is exercised.
    assert!(!work::roadmap_json(b"{\"schema_version\": 1"));
    assert!(!work::assessment_json(b""));
    assert!(!work::assessment_csv(b""));
}
