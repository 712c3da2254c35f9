//! The repository is self-contained: no file refers to a location that only
//! exists on one machine.
//!
//! Every text file of the repository is read: the files git tracks plus the
//! new ones it does not ignore (`git ls-files --cached --others
//! --exclude-standard`); without git (a source archive), a walk that skips
//! `.git/`, `target/`, `node_modules/`, `.venv/`, `bindings-wasm/pkg/` and
//! `__pycache__/`. Binary files (a NUL byte, or not UTF-8) are skipped.
//!
//! A line fails when it holds
//!
//! - an absolute path that starts in a checkout or home directory or in the
//!   temporary directory: `/work/…`, `/home/…`, `/root/…`, `/tmp/…`, where
//!   the slash begins a path (it follows the start of the line, a space, a
//!   quote, a bracket or another character that cannot be part of a path or
//!   a URL's host). So `/usr/bin/chromium` (a system program, documented as
//!   such), `https://host/home/x` (a URL) and `target/tmp/…` (relative)
//!   pass. Code and scripts that need scratch space use `mktemp -d`,
//!   `CARGO_TARGET_TMPDIR` or a folder under `target/`, and data is found
//!   relative to the checkout (`CARGO_MANIFEST_DIR`, `$(dirname "$0")`);
//! - a relative path out of the repository into the `shared` folder that
//!   sat beside it during development (one or two levels up; test data is
//!   vendored, e.g. `core/tests/data/archimate/`).
//!
//! The patterns are assembled from pieces below, so this file holds none
//! of them literally; it is still exempt, since its own checks mention the
//! pieces.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Directories at the filesystem root that hold one machine's checkouts,
/// homes or scratch files.
const MACHINE_ROOTS: [&str; 4] = ["work", "home", "root", "tmp"];

/// Folders outside the repository that it once read.
const OUTSIDE: [&str; 2] = [concat!("..", "/shared/"), concat!("../..", "/shared")];

/// Files that may name the patterns (relative to the repository root).
const EXEMPT: [&str; 1] = ["tests/conformance/tests/repository_paths.rs"];

/// Folders a walk skips (build outputs, installed tools, git's own data).
const SKIPPED_DIRS: [&str; 6] = [
    ".git",
    "target",
    "node_modules",
    ".venv",
    "pkg",
    "__pycache__",
];

/// The repository's files, relative to `root`: from git when it can list
/// them, else by walking.
fn repository_files(root: &Path) -> Vec<PathBuf> {
    let listed = Command::new("git")
        .args([
            "ls-files",
            "-z",
            "--cached",
            "--others",
            "--exclude-standard",
        ])
        .current_dir(root)
        .output();
    match listed {
        Ok(out) if out.status.success() => out
            .stdout
            .split(|&b| b == 0)
            .filter(|name| !name.is_empty())
            .map(|name| PathBuf::from(String::from_utf8_lossy(name).into_owned()))
            .collect(),
        _ => {
            let mut files = Vec::new();
            walk(root, Path::new(""), &mut files);
            files
        }
    }
}

/// Collects the files under `root/dir`, skipping [`SKIPPED_DIRS`].
fn walk(root: &Path, dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(root.join(dir)) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let relative = dir.join(&name);
        match entry.file_type() {
            Ok(t) if t.is_dir() && !SKIPPED_DIRS.contains(&name.to_string_lossy().as_ref()) => {
                walk(root, &relative, files);
            }
            Ok(t) if t.is_file() => files.push(relative),
            _ => {}
        }
    }
}

/// Whether `c` can precede a path's first slash inside a longer path, a
/// word or a URL (so the slash does not begin an absolute path).
fn continues_a_path(c: char) -> bool {
    c.is_alphanumeric() || "/._~-+%$@:".contains(c)
}

/// What is wrong with one line, if anything.
fn machine_path(line: &str) -> Option<String> {
    for dir in MACHINE_ROOTS {
        let needle = format!("/{dir}/");
        for (at, _) in line.match_indices(&needle) {
            let before = line[..at].chars().next_back();
            if before.is_none_or(|c| !continues_a_path(c)) {
                return Some(format!("absolute path {needle}…"));
            }
        }
    }
    OUTSIDE
        .iter()
        .find(|p| line.contains(*p))
        .map(|p| format!("path outside the repository {p}…"))
}

#[test]
fn no_file_names_a_path_of_one_machine() {
    let root = egov_conformance::repo_root();
    let files = repository_files(&root);
    assert!(
        files.iter().any(|f| f == Path::new("Cargo.toml")),
        "the repository's files were not found under {}",
        root.display()
    );
    let mut found = Vec::new();
    let mut read = 0;
    for file in &files {
        if EXEMPT.iter().any(|e| Path::new(e) == file) {
            continue;
        }
        let Ok(bytes) = fs::read(root.join(file)) else {
            continue; // listed by git but deleted in the working tree
        };
        if bytes.contains(&0) {
            continue;
        }
        let Ok(text) = String::from_utf8(bytes) else {
            continue;
        };
        read += 1;
        for (n, line) in text.lines().enumerate() {
            if let Some(why) = machine_path(line) {
                let shown: String = line.trim().chars().take(120).collect();
                found.push(format!("{}:{}: {why}: {shown}", file.display(), n + 1));
            }
        }
    }
    assert!(read > 100, "only {read} text files read");
    assert!(
        found.is_empty(),
        "{} line(s) name a path that exists on one machine only:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_patterns_catch_machine_paths_and_spare_the_rest() {
    // Assembled so that this file does not hold the paths it looks for.
    let up = "..";
    let caught = [
        format!("let p = \"/{}/main/tests/vectors/x.json\";", "work"),
        format!("cd /{}/alice/egov && cargo test", "home"),
        format!("see /{}/.cargo/registry/src", "root"),
        format!("mkdir -p /{}/gen/src", "tmp"),
        format!("(`/{}/x`)", "tmp"),
        format!("concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/{up}/{up}/shared/schemas\")"),
        format!("S={up}/shared/schemas/archimate"),
    ];
    for line in &caught {
        assert!(machine_path(line).is_some(), "{line}");
    }
    let spared = [
        "if [ ! -x /usr/bin/chromium ]; then",
        "https://example.org/home/index.html",
        "CARGO_TARGET_DIR=target/tmp/build",
        "fuzz/work/src/lib.rs",
        "the shared vectors (tests/vectors)",
        "$OUT/tmp/file",
    ];
    for line in spared {
        assert_eq!(machine_path(line), None, "{line}");
    }
}
