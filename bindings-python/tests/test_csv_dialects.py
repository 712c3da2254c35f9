"""Assessment CSV as spreadsheets write it (tests/vectors/assessment_csv.json,
shared with the Rust and JS suites), read from text and from bytes."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import egov_masterplan as em
from conftest import load_vector
from egov_masterplan import errors

CASES = load_vector("assessment_csv.json")["cases"]


def read(case: dict) -> list[em.Assessment]:
    if "bytes_hex" in case:
        return em.Assessment.from_csv(bytes.fromhex(case["bytes_hex"]))
    text = case["text"]
    # Text and its UTF-8 bytes read the same.
    assert [a.to_json() for a in em.Assessment.from_csv(text.encode("utf-8"))] == [
        a.to_json() for a in em.Assessment.from_csv(text)]
    return em.Assessment.from_csv(text)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_each_case(case):
    if "error" in case:
        with pytest.raises(errors.CsvError) as info:
            read(case)
        e, want = info.value, case["error"]
        assert (e.kind, e.row, e.column) == (want["kind"], want["row"], want["column"])
        assert want["contains"] in e.detail
        return
    got = [json.loads(a.to_json()) for a in read(case)]
    assert got == case["assessments"]


def test_pandas_reads_the_same_excel_file():
    # What an analyst would do with pandas: sep=";" and decimal="," must be
    # known in advance; the library finds them.
    import io

    case = next(c for c in CASES if c["name"].startswith("Indonesian header names"))
    df = pd.read_csv(io.StringIO(case["text"]), sep=";", decimal=",")
    levels = dict(zip(df["indikator"], df["tingkat"]))
    assert levels == case["assessments"][0]["levels"]


def test_other_types_are_type_errors():
    with pytest.raises(TypeError, match="str or bytes"):
        em.Assessment.from_csv(3)  # type: ignore[arg-type]
