//! Conformance tools of the egov-masterplan repository (not published):
//!
//! - `vector_outputs DIR` writes the native core's outputs for every shared
//!   vector into a directory tree, which `scripts/determinism` compares
//!   with the Python and WebAssembly outputs;
//! - `rust_outputs [--write | --check]` makes
//!   `bindings-wasm/tests/fixtures/rust-outputs.json`, the native outputs
//!   the WebAssembly build must reproduce byte for byte;
//! - the root `README.md`'s Rust examples run as this crate's doctests
//!   (the published crate tests its own `core/README.md` instead);
//! - `tests/` checks the repository itself (no machine-specific paths).
//!
//! Every path is found from this crate's manifest directory, so the tools
//! work in any checkout.

use std::path::{Path, PathBuf};

/// The root README's Rust examples, compiled and run as doctests
/// (`cargo test --doc -p egov-conformance`).
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
pub struct RootReadmeDoctests;

/// The repository's root directory (two levels above this crate).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A file or directory of the repository, from its path relative to the root
/// (`"tests/vectors/scoring.json"`).
pub fn repo_path(relative: &str) -> PathBuf {
    repo_root().join(relative)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_root_is_the_repository() {
        assert!(repo_path("Cargo.toml").is_file());
        assert!(repo_path("tests/vectors/scoring.json").is_file());
        assert!(repo_path("core/Cargo.toml").is_file());
    }
}
