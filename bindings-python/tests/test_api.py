"""The Python surface: input forms (level dicts, whole documents, NumPy
integers), Assessment round trips through JSON and CSV, framework
description, ranking, and option validation. Exceptions and hostile input
are in test_api_errors.py."""

from __future__ import annotations

import doctest
import json
from fractions import Fraction

import numpy as np
import pytest

import egov_masterplan as em
from egov_masterplan import errors
from conftest import example_text, levels_all

# ---------------------------------------------------------------- input forms


def test_readme_example(spbe2020):
    # README "Python": 3 on I1–I31 (54.5 %), 4 on I32–I47 (45.5 %):
    # (54.5 × 3 + 45.5 × 4) / 100 = 3.455 exactly, published half-up as 3.46.
    levels = {f"I{i}": 3 if i <= 31 else 4 for i in range(1, 48)}
    card = spbe2020.score(levels, subject="diskominfo", period=2024)
    assert card.index == 3.46 and str(card.exact_index) == "691/200"
    assert card.predicate == "baik" and card.value("D4") == 4.0
    gap = card.gap_to("sangat-baik")
    assert [(s.indicator, s.to_level) for s in gap.steps] == [("I42", 5), ("I43", 5)]
    with pytest.raises(em.LevelOutOfRangeError) as info:
        spbe2020.score({**levels, "I5": 7})
    assert info.value.indicator == "I5"


def test_module_doctest():
    assert doctest.testmod(em).failed == 0


def test_levels_dict_document_dict_and_assessment_agree(spbe2020):
    levels = levels_all(3)  # hand: every indicator at 3 → index 3.00, Baik
    a = spbe2020.score(levels, subject="dinas", period=2024)
    b = spbe2020.score({"subject": "dinas", "period": 2024, "levels": levels})
    c = spbe2020.score(em.Assessment("dinas", 2024, levels))
    assert a == b == c
    assert (a.index, a.predicate, a.subject, a.period) == (3.0, "baik", "dinas", 2024)
    # Without subject/period a bare level dict gets placeholders.
    bare = spbe2020.score(levels)
    assert (bare.subject, bare.period) == ("assessment", 0)


@pytest.mark.parametrize("dtype", [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint64])
def test_numpy_integers_as_levels(spbe2020, dtype):
    plain = spbe2020.score(levels_all(4, I7=2))
    assert spbe2020.score({k: dtype(v) for k, v in levels_all(4, I7=2).items()}) == plain


def test_whole_floats_are_levels_and_fractional_ones_are_not(spbe2020):
    assert spbe2020.score(levels_all(3, I1=3.0)) == spbe2020.score(levels_all(3))
    assert spbe2020.score(levels_all(3, I1=np.float64(3.0))) == spbe2020.score(levels_all(3))
    with pytest.raises(errors.LevelNotIntegerError) as info:
        spbe2020.score(levels_all(3, I1=np.float32(3.5)))
    assert (info.value.indicator, info.value.value) == ("I1", "3.5")


def test_score_many_of_a_list(spbe2020):
    cards = spbe2020.score_many([levels_all(3), em.Assessment("x", 2020, levels_all(2))])
    assert [(c.subject, c.period, c.index) for c in cards] == [
        ("assessment-0", 0, 3.0), ("x", 2020, 2.0)]  # hand: uniform levels
    with pytest.raises(em.LevelOutOfRangeError) as info:
        spbe2020.score_many([levels_all(3), levels_all(3, I30=9)])
    # batch.rs: the error names the bad assessment.
    assert str(info.value).startswith("assessment-1 0: indicator `I30` level 9")


def test_framework_description(spbe2020, tiny):
    assert em.Framework.builtin_ids() == ["spbe-2020", "spbe-2018", "pemdi-2025"]
    assert em.Framework.builtin_composite_ids() == [
        "un-egdi-2022", "oecd-dgi-2019", "oecd-dgi-2023", "wb-gtmi-2022",
    ]
    # PermenPANRB 59/2020: 4 domains, 8 aspects, 47 indicators; bands as in
    # errors.json valid_framework (4.2, 3.5, 2.6, 1.8, 1).
    assert spbe2020.tier_ids("domain") == ["D1", "D2", "D3", "D4"]
    assert spbe2020.tier_ids("aspect") == [f"A{i}" for i in range(1, 9)]
    assert spbe2020.indicator_ids == [f"I{i}" for i in range(1, 48)]
    assert spbe2020.tier_ids("nope") == []
    assert [(p.id, p.min) for p in spbe2020.predicates()] == [
        ("memuaskan", Fraction(21, 5)), ("sangat-baik", Fraction(7, 2)),
        ("baik", Fraction(13, 5)), ("cukup", Fraction(9, 5)), ("kurang", Fraction(1))]
    # errors.json valid_framework: A1 (I1 1, I2 2) = 3 and A2 (I3 1.5).
    assert [(n.id, n.tier, n.weight) for n in tiny.nodes()] == [
        ("A1", "aspect", Fraction(3)), ("I1", "indicator", Fraction(1)),
        ("I2", "indicator", Fraction(2)), ("A2", "aspect", Fraction(3, 2)),
        ("I3", "indicator", Fraction(3, 2))]
    assert em.Framework.from_json(tiny.to_json()) == tiny
    assert em.Framework.from_json(tiny.to_json(pretty=True)) == tiny
    assert tiny != spbe2020


def test_tiny_framework_by_hand(tiny):
    # A1 = (1·1 + 2·5) / 3 = 11/3; A2 = 4; index = (3·11/3 + 1.5·4) / 4.5 = 34/9.
    card = tiny.score({"I1": 1, "I2": 5, "I3": 4})
    assert card.exact_value("A1") == Fraction(11, 3)
    assert card.exact_value("A2") == Fraction(4)
    assert card.exact_index == Fraction(34, 9)
    assert card.index_text == "3.78" and card.predicate == "sangat-baik"


def test_indicator_records(spbe2020):
    # PermenPANRB 59/2020: D1 weighs 13 % over its 10 indicators, so I1 weighs
    # 1.3 (of a total of 100); at level 3 it adds 3 × 1.3 / 100 = 39/1000.
    card = spbe2020.score(levels_all(3))
    i1 = card.indicators[0]
    assert (i1.id, i1.level, i1.counted) == ("I1", 3, 3)
    assert i1.weight == Fraction(13, 10) and i1.contribution == Fraction(39, 1000)
    assert card.value("I1") == 3.0 and card.value("nope") is None


def test_rank_and_trends_mirror_the_rust_suite(spbe2020):
    # core/tests/batch.rs: from all 3, I42/I43 add 0.03, I41 0.0275, I1+I2 0.026.
    def card(subject, period, base, *raised):
        return spbe2020.score(levels_all(base, **{i: base + 1 for i in raised}),
                              subject=subject, period=period)
    cards = [card("bappeda", 2024, 3, "I41"), card("bkpsdm", 2024, 3, "I42"),
             card("bpkad", 2024, 3, "I1", "I2"), card("diskominfo", 2024, 3, "I43"),
             card("dukcapil", 2023, 2)]
    got = [(r.period, r.subject, r.rank, r.index) for r in em.rank(cards)]
    assert got == [(2023, "dukcapil", 1, 2.0), (2024, "bkpsdm", 1, 3.03),
                   (2024, "diskominfo", 1, 3.03), (2024, "bappeda", 3, 3.03),
                   (2024, "bpkad", 4, 3.03)]
    assert [r.rank for r in em.rank(cards, basis="rounded")] == [1, 1, 1, 1, 1]
    series = [card("bpkad", 2024, 3), card("bappeda", 2022, 2),
              card("bpkad", 2022, 2, "I42"), card("bpkad", 2023, 2, "I42", "I43")]
    t = em.trends(series)
    assert [x.subject for x in t] == ["bappeda", "bpkad"]
    # 2.03 (Cukup) → 2.06 → 3.00 (Baik)
    assert t[1].points == ((2022, 2.03, "cukup"), (2023, 2.06, "cukup"), (2024, 3.0, "baik"))
    with pytest.raises(errors.DuplicateIdError) as info:
        em.trends([card("x", 2024, 3), card("x", 2024, 4)])
    assert "x 2024" in str(info.value)


# ------------------------------------------------------- Assessment round trip


def test_assessment_fields_and_mutation():
    a = em.Assessment("bappeda", 2024, {"I2": 4, "I10": 3}, framework="spbe-2020",
                      notes={"I10": {"text": "Perbup 7/2024", "evidence": "https://x/7"}})
    assert (a.subject, a.period, a.framework) == ("bappeda", 2024, "spbe-2020")
    assert a.levels == {"I2": 4, "I10": 3}
    assert a.notes == {"I10": ("Perbup 7/2024", "https://x/7")}
    a.set("I1", 2)
    assert list(a.levels) == ["I1", "I2", "I10"]  # natural id order
    assert a.unset("I2") == 4 and a.unset("I2") is None
    a.set_note("I1", "only text")
    assert a.notes["I1"] == ("only text", None)


def test_assessment_json_round_trip():
    a = em.Assessment("s", 2023, levels_all(2, I5=5), framework="spbe-2020",
                      notes={"I5": {"text": "n"}})
    b = em.Assessment.from_json(a.to_json())
    assert b == a and b.to_json() == a.to_json()
    b.set("I5", 4)
    assert b != a


def test_assessment_csv_round_trip(spbe2020):
    # assessment_csv.rs: several subjects, a quoted comma, a note without a level.
    text = ("subject,period,indicator,level,note,evidence\n"
            "dukcapil,2023,I1,1,,\n"
            "dukcapil,2023,I2,2,,\n"
            "bappeda,2024,I2,4,,\n"
            "bappeda,2024,I3,,only a note,\n"
            "bappeda,2024,I10,3,\"Perbup 7/2024, pasal 3\",https://jdih.example/7\n")
    all_ = em.Assessment.from_csv(text)
    assert [(a.subject, a.period) for a in all_] == [("dukcapil", 2023), ("bappeda", 2024)]
    assert all_[1].levels == {"I2": 4, "I10": 3}
    assert all_[1].notes["I10"] == ("Perbup 7/2024, pasal 3", "https://jdih.example/7")
    assert em.Assessment.to_csv(all_) == text
    assert em.Assessment.from_csv(em.Assessment.to_csv(all_)) == all_
    assert spbe2020.assessments_from_csv(text) == all_


def test_sample_csv_matches_json_scoring(spbe2020):
    all_ = em.Assessment.from_csv(example_text("bolmong-assessments.csv"))
    assert len(all_) == 12  # 6 agencies × 2022, 2023
    assert em.Assessment.to_csv(all_) == example_text("bolmong-assessments.csv")
    for a in all_:
        assert spbe2020.score(a) == spbe2020.score(json.loads(a.to_json()))
    # bappeda 2023 has the levels of scoring.json boundary-2024-exact-basis: 3.4985.
    bappeda = next(a for a in all_ if (a.subject, a.period) == ("bappeda", 2023))
    assert spbe2020.score(bappeda).exact_index == Fraction(6997, 2000)


@pytest.mark.parametrize("text,row,column", [
    # assessment_csv.rs malformed_rows_name_row_and_column
    ("subject,period,indicator\nx,2024,I1\n", 1, "level"),
    ("subject,period,indicator,level,colour\n", 1, "colour"),
    ("subject,period,indicator,level\nx,2024,I1,3.5\n", 2, "level"),
    ("subject,period,indicator,level\nx,2024,I1,3\nx,twenty,I2,3\n", 3, "period"),
    ("subject,period,indicator,level\nx,2024,I1,3\nx,2024,I1,4\n", 3, "indicator"),
])
def test_csv_errors_name_row_and_column(text, row, column):
    with pytest.raises(errors.CsvError) as info:
        em.Assessment.from_csv(text)
    assert (info.value.kind, info.value.row, info.value.column) == ("csv", row, column)
    assert isinstance(info.value, em.AssessmentError)


# ----------------------------------------------------------------- options


@pytest.mark.parametrize("call,option,allowed", [
    (lambda fw: fw.score(levels_all(3), predicate_basis="approx"), "predicate_basis", ["exact", "rounded"]),
    (lambda fw: fw.score(levels_all(3), missing="zero"), "missing", ["error", "lowest", "renormalize"]),
    (lambda fw: fw.score_many([levels_all(3)], missing="zero"), "missing", ["error", "lowest", "renormalize"]),
    (lambda fw: em.rank([fw.score(levels_all(3))], basis="x"), "rank_basis", ["exact", "rounded"]),
    (lambda fw: fw.name("fr"), "lang", ["id", "en"]),
    (lambda fw: fw.score(levels_all(3)).to_markdown("fr"), "lang", ["id", "en"]),
    (lambda fw: fw.score(levels_all(3)).to_radar_svg("x"), "tier", ["domain", "aspect", "indicator"]),
])
def test_invalid_options_list_the_allowed_values(spbe2020, call, option, allowed):
    # Allowed values: errors.json `unknown predicate basis` / `unknown missing
    # policy` mentions, and the core's Lang, RankBasis and radar tiers.
    with pytest.raises(errors.InvalidOptionError) as info:
        call(spbe2020)
    e = info.value
    assert (e.kind, e.option, e.allowed) == ("invalid_option", option, allowed)
    assert all(a in str(e) for a in allowed) and e.value in str(e)
