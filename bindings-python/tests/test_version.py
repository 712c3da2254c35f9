"""One version: the installed package, its metadata and ``__version__`` are
the Cargo workspace's (``[workspace.package] version`` in the root
``Cargo.toml``, which maturin gives the wheel through ``dynamic =
["version"]`` and the extension reads as ``CARGO_PKG_VERSION``)."""

from __future__ import annotations

import importlib.metadata
import re

import egov_masterplan as em
from conftest import REPO


def cargo_version() -> str:
    """The ``version`` of ``[workspace.package]`` in the root Cargo.toml."""
    text = (REPO / "Cargo.toml").read_text(encoding="utf-8")
    section = re.search(r"^\[workspace\.package\]\n(.*?)(?=^\[)", text, re.S | re.M)
    assert section, "Cargo.toml has a [workspace.package] table"
    found = re.search(r'^version = "([^"]+)"$', section.group(1), re.M)
    assert found, "[workspace.package] sets version"
    return found.group(1)


def test_version_is_cargos() -> None:
    version = cargo_version()
    assert em.__version__ == version
    assert importlib.metadata.version("egov-masterplan") == version


def test_pyproject_takes_the_version_from_cargo() -> None:
    pyproject = (REPO / "bindings-python" / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject
    assert not re.search(r"^version\s*=", pyproject, re.M)
