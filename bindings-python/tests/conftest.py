"""Shared fixtures: the JSON vectors in ``<repo>/tests/vectors`` (the same
files the Rust suite reads in ``core/tests/vectors.rs``, ``roadmap.rs`` and
``architecture_vectors.rs``) and the sample data in ``<repo>/examples/data``.

Test modules that parametrize over vector cases need the data at collection
time, before fixtures exist; they call :func:`load_vector` directly.
"""

from __future__ import annotations

import copy
import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

import pytest

import egov_masterplan as em

REPO = Path(__file__).resolve().parents[2]
VECTORS = REPO / "tests" / "vectors"
EXAMPLES = REPO / "examples" / "data"

HOSTILE = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


@lru_cache(maxsize=None)
def _read(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def load_vector(name: str) -> Any:
    """A fresh (deep-copied) parse of ``tests/vectors/<name>``."""
    return copy.deepcopy(_read(VECTORS / name))


def example_text(name: str) -> str:
    """The text of ``examples/data/<name>``."""
    return (EXAMPLES / name).read_text(encoding="utf-8")


def error_class_name(kind: str) -> str:
    """The exception class the bindings map a core error kind to."""
    return dict(em._native.error_kinds())[kind]


def assert_error(err: BaseException, expected: dict, name: str = "") -> None:
    """Mirrors ``assert_error`` of core/tests/vectors.rs: the kind matches,
    the class is the one mapped to that kind, and the message mentions every
    expected string."""
    assert isinstance(err, em.EgovError), f"{name}: {type(err)}: {err}"
    assert isinstance(err, ValueError)
    assert err.kind == expected["kind"], f"{name}: {err}"
    assert type(err).__name__ == error_class_name(expected["kind"]), name
    message = str(err)
    for m in expected["mentions"]:
        assert m in message, f"{name}: `{message}` should mention `{m}`"


@pytest.fixture(scope="session")
def vectors() -> Callable[[str], Any]:
    """``vectors("scoring.json")`` → the parsed vector file (a fresh copy)."""
    return load_vector


@pytest.fixture(scope="session")
def spbe2020() -> "em.Framework":
    return em.Framework.builtin("spbe-2020")


@pytest.fixture(scope="session")
def tiny() -> "em.Framework":
    """The base framework of the error vectors (errors.json valid_framework)."""
    return em.Framework.from_json(json.dumps(load_vector("errors.json")["valid_framework"]))


@pytest.fixture
def budget_schedule() -> "em.Schedule":
    """roadmap.json `budget` scheduled within its caps."""
    return em.Roadmap.from_json(json.dumps(load_vector("roadmap.json")["budget"]["roadmap"])).schedule()


@pytest.fixture
def projection(spbe2020: "em.Framework") -> "em.Projection":
    """roadmap.json `projection`: baseline all 1, raised by P1, P2, P3."""
    case = load_vector("roadmap.json")["projection"]
    schedule = em.Roadmap.from_json(json.dumps(case["roadmap"])).schedule()
    return schedule.project(spbe2020, case["baseline"])


@pytest.fixture
def catalog() -> "em.ArchitectureModel":
    """architecture.json `analyses` catalog."""
    return em.ArchitectureModel.from_json(json.dumps(load_vector("architecture.json")["analyses"]["catalog"]))


def levels_all(level: int, n: int = 47, **raised: int) -> dict:
    """``{I1..In: level}`` with some indicators overridden."""
    out = {f"I{i}": level for i in range(1, n + 1)}
    out.update(raised)
    return out
