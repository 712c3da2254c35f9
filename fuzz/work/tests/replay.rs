//! The fuzz targets' work (`fuzz/src/lib.rs`) on every input the fuzzer
//! once crashed on (`fuzz/regressions/<target>/`), and on the seed
//! documents it starts from, so that a fixed crash stays fixed without
//! cargo-fuzz or a nightly toolchain.

#[path = "../../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod fuzz;

use std::fs;
use std::path::Path;

/// Runs `target` on every file under `fuzz/regressions/<target>/`.
fn replay(target: &str, run: fn(&[u8]) -> bool) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../fuzz/regressions")
        .join(target);
    let Ok(entries) = fs::read_dir(&dir) else {
        return 0;
    };
    let mut files: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    files.sort();
    for f in &files {
        let data = fs::read(f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let _ = run(&data);
    }
    files.len()
}

#[test]
fn crashing_inputs_found_by_the_fuzzer_no_longer_crash() {
    let mut total = 0;
    total += replay("framework_json", fuzz::framework_json);
    total += replay("assessment_json", fuzz::assessment_json);
    total += replay("assessment_csv", fuzz::assessment_csv);
    total += replay("roadmap_json", fuzz::roadmap_json);
    total += replay("architecture_json", fuzz::architecture_json);
    println!("{total} regression inputs replayed");
}

#[test]
fn the_targets_run_on_the_sample_documents() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let read = |p: &str| fs::read(root.join(p)).unwrap_or_else(|e| panic!("{p}: {e}"));
    assert!(fuzz::framework_json(&read(
        "core/frameworks/spbe-2020.json"
    )));
    assert!(fuzz::framework_json(&read(
        "core/frameworks/pemdi-2025.json"
    )));
    let mut a = vec![3u8];
    a.extend(read("examples/data/bolmong-baseline-2019.json"));
    assert!(fuzz::assessment_json(&a));
    let mut csv = vec![0u8];
    csv.extend(read("examples/data/bolmong-assessments.csv"));
    assert!(fuzz::assessment_csv(&csv));
    assert!(fuzz::roadmap_json(&read(
        "examples/data/bolmong-roadmap.json"
    )));
    assert!(fuzz::architecture_json(&read(
        "examples/data/bolmong-architecture.json"
    )));
    // Not a document: nothing is exercised.
    assert!(!fuzz::roadmap_json(b"{\"schema_version\": 1"));
}
