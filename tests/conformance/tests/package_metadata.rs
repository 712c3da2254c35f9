//! What the published packages carry beside the code: the crate's README
//! (its examples are the root README's, and both run as doctests), the
//! licence texts each package ships (links to the root's), and one version.

use egov_conformance::repo_path;
use std::fs;

/// The text of a repository file.
fn read(relative: &str) -> String {
    let path = repo_path(relative);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The fenced ```rust blocks of a Markdown text, fences included.
fn rust_blocks(markdown: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in markdown.lines() {
        match current.as_mut() {
            None if line.trim_end() == "```rust" => current = Some(format!("{line}\n")),
            None => {}
            Some(block) => {
                block.push_str(line);
                block.push('\n');
                if line.trim_end() == "```" {
                    blocks.push(current.take().unwrap());
                }
            }
        }
    }
    blocks
}

#[test]
fn the_crate_readme_shows_the_root_readmes_rust_examples() {
    let root = rust_blocks(&read("README.md"));
    let core = rust_blocks(&read("core/README.md"));
    assert!(
        core.len() >= 3,
        "core/README.md has {} Rust examples",
        core.len()
    );
    for block in &core {
        assert!(
            root.contains(block),
            "core/README.md has an example the root README.md lacks (keep them equal):\n{block}"
        );
    }
}

#[test]
fn every_package_ships_the_root_licence_texts() {
    let mit = read("LICENSE-MIT");
    let apache = read("LICENSE-APACHE");
    assert!(mit.starts_with("MIT License") && mit.contains("egov-masterplan contributors"));
    assert!(apache.contains("Apache License") && apache.contains("Version 2.0, January 2004"));
    assert!(apache.contains("END OF TERMS AND CONDITIONS"));
    // core/ and bindings-python/ hold links to the root files (cargo and
    // maturin copy what a link points to); a checkout without symlink
    // support would leave the link's path as text instead.
    for dir in ["core", "bindings-python"] {
        assert_eq!(
            read(&format!("{dir}/LICENSE-MIT")),
            mit,
            "{dir}/LICENSE-MIT"
        );
        assert_eq!(
            read(&format!("{dir}/LICENSE-APACHE")),
            apache,
            "{dir}/LICENSE-APACHE"
        );
    }
}

#[test]
fn the_workspace_version_is_the_only_version() {
    let version = env!("CARGO_PKG_VERSION");
    let cargo = read("Cargo.toml");
    assert!(
        cargo.contains(&format!("\nversion = \"{version}\"\n")),
        "Cargo.toml [workspace.package] version"
    );
    for manifest in [
        "core/Cargo.toml",
        "bindings-python/Cargo.toml",
        "bindings-wasm/Cargo.toml",
        "tests/conformance/Cargo.toml",
        "fuzz/work/Cargo.toml",
    ] {
        let text = read(manifest);
        assert!(
            text.lines().any(|l| l.trim() == "version.workspace = true"),
            "{manifest} takes the workspace version"
        );
    }
    // maturin takes the wheel's version from Cargo.
    let pyproject = read("bindings-python/pyproject.toml");
    assert!(pyproject.contains("dynamic = [\"version\"]"));
    assert!(!pyproject.lines().any(|l| l.starts_with("version")));
    // scripts/build-wasm writes the version into the npm package; the
    // committed package.json holds a placeholder only.
    let package = read("bindings-wasm/js/package.json");
    assert!(
        package.contains("\"version\": \"0.0.0-set-by-build-wasm\""),
        "bindings-wasm/js/package.json: the version is a placeholder"
    );
}
