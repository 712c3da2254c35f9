"""The ``Literal`` option types, checked two ways: their values are exactly
what the core accepts (the ``allowed`` list of its ``InvalidOptionError``)
or produces, and ``mypy --strict`` accepts the snippets in ``typing/ok_*``
and rejects exactly the marked lines of ``typing/bad_*``."""

from __future__ import annotations

import json
import re
import typing
from pathlib import Path

import pytest
from mypy import api

import egov_masterplan as em
from egov_masterplan import errors
from conftest import levels_all, load_vector

SNIPPETS = Path(__file__).parent / "typing"
FW = em.Framework.builtin("spbe-2020")
BENCHMARK = em.Benchmark.spbe_published()
CATALOG = load_vector("architecture.json")["analyses"]["catalog"]


def values(alias: object) -> tuple:
    """The strings of a Union-of-Literals alias, in order."""
    return tuple(v for member in typing.get_args(alias) for v in typing.get_args(member))


def allowed(call) -> list:
    """The ``allowed`` values of the InvalidOptionError ``call`` raises."""
    with pytest.raises(errors.InvalidOptionError) as info:
        call()
    return info.value.allowed


def _catalog(**edit) -> str:
    doc = json.loads(json.dumps(CATALOG))
    doc["elements"][0].update(edit.get("element", {}))
    if "relation" in edit:
        doc["relations"][0]["type"] = edit["relation"]
    return json.dumps(doc)


@pytest.mark.parametrize("alias,call", [
    (em.Lang, lambda: FW.name("fr")),
    (em.PredicateBasis, lambda: FW.score(levels_all(3), predicate_basis="floor")),
    (em.MissingPolicy, lambda: FW.score(levels_all(3), missing="zero")),
    (em.RankBasis, lambda: em.rank([], basis="x")),
    (em.Status, lambda: em.Framework.from_json(json.dumps({**json.loads(FW.to_json()), "status": "draft"}))),
    (em.Domain, lambda: em.ArchitectureModel.from_json(_catalog(element={"domain": "x"}))),
    (em.RelationType, lambda: em.ArchitectureModel.from_json(_catalog(relation="x"))),
    (em.InstitutionKind, lambda: BENCHMARK.position(2024, 3, kind="desa")),
], ids=["Lang", "PredicateBasis", "MissingPolicy", "RankBasis", "Status", "Domain", "RelationType",
        "InstitutionKind"])
def test_option_aliases_are_the_values_the_core_allows(alias, call):
    assert list(values(alias)) == allowed(call)


def test_result_aliases_cover_what_the_core_returns(catalog):
    assert {FW.status, em.Framework.builtin("pemdi-2025").status} == set(values(em.Status))
    assert FW.score(levels_all(3), predicate_basis="rounded", missing="lowest").options == ("rounded", "lowest")
    assert tuple(catalog.coverage().domains) == values(em.Domain)
    assert {g.basis for g in catalog.duplicates()} <= set(values(em.DuplicateBasis))
    assert {u.problem for u in catalog.unsupported()} <= set(values(em.UnsupportedKind))
    assert {t for _, t, _ in catalog.relations} <= set(values(em.RelationType))
    assert {r.kind for r in BENCHMARK.rows()} == set(values(em.InstitutionKind))
    # Every alias is exported from the package root.
    for name in ("Lang", "PredicateBasis", "MissingPolicy", "RankBasis", "Status", "Domain",
                 "RelationType", "DuplicateBasis", "UnsupportedKind", "InstitutionKind"):
        assert name in em.__all__ and getattr(em, name) is getattr(em._literals, name)


@pytest.fixture(scope="module")
def mypy_output(tmp_path_factory) -> dict:
    """``{(file name, line): error code}`` of mypy --strict over the
    snippets (Python 3.10, the oldest mypy 2 targets), plus the raw text."""
    files = sorted(str(p) for p in SNIPPETS.glob("*.py"))
    stdout, stderr, _ = api.run([
        "--strict", "--python-version", "3.10", "--no-error-summary", "--hide-error-context",
        "--cache-dir", str(tmp_path_factory.mktemp("mypy-cache")), *files])
    assert not stderr, stderr
    found = {}
    for line in stdout.splitlines():
        m = re.match(r"(.+?):(\d+): error: .*\[([a-z-]+)\]$", line)
        assert m, f"unexpected mypy output: {line}"
        found[(Path(m[1]).name, int(m[2]))] = m[3]
    return {"errors": found, "text": stdout}


def expected_errors(name: str) -> dict:
    """``{(name, line): code}`` of the ``# expect: code`` markers of a snippet."""
    lines = (SNIPPETS / name).read_text(encoding="utf-8").splitlines()
    return {(name, i): m[1] for i, text in enumerate(lines, 1)
            if (m := re.search(r"# expect: ([a-z-]+)$", text))}


def test_right_literals_type_check(mypy_output):
    assert [k for k in mypy_output["errors"] if k[0] == "ok_options.py"] == []


def test_wrong_literals_are_type_errors(mypy_output):
    expected = expected_errors("bad_options.py")
    assert len(expected) == 19
    got = {k: v for k, v in mypy_output["errors"].items() if k[0] == "bad_options.py"}
    assert got == expected, mypy_output["text"]
    # mypy names the allowed values in its message.
    assert ("""Argument 1 to "name" of "Framework" has incompatible type "Literal['fr']"; """
            """expected "Literal['id', 'en']\"""") in mypy_output["text"]
