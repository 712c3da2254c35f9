"""Duplicate keys in JSON text (tests/vectors/duplicate_keys.json, shared
with the Rust and JS suites): every reader rejects the document with
DuplicateKeyError naming the key, the path of its object, its line and
column."""

from __future__ import annotations

import pytest

import egov_masterplan as em
from conftest import load_vector
from egov_masterplan import errors

CASES = load_vector("duplicate_keys.json")["cases"]
READERS = {
    "framework": em.Framework.from_json,
    "assessment": em.Assessment.from_json,
    "roadmap": em.Roadmap.from_json,
    "architecture": em.ArchitectureModel.from_json,
}


def test_the_vectors_cover_every_reader():
    assert {c["reader"] for c in CASES} == set(READERS)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_a_repeated_key_is_an_error_naming_it(case):
    with pytest.raises(errors.DuplicateKeyError) as info:
        READERS[case["reader"]](case["document"])
    e = info.value
    expected = case["expected"]
    assert e.kind == expected["kind"]
    assert (e.what, e.key, e.path, e.line, e.column) == (
        expected["what"], expected["key"], expected["path"], expected["line"], expected["column"])
    assert f"key `{expected['key']}` appears twice" in str(e)
    assert isinstance(e, ValueError)


def test_json_module_would_have_kept_the_last_value():
    # What the library refuses to do silently: Python's own json keeps 5.
    import json

    doc = CASES[0]["document"]
    assert json.loads(doc)["levels"]["I1"] == 5
