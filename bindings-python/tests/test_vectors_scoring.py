"""The shared scoring, error and gap vectors (tests/vectors/{scoring,errors,
gaps}.json) through the Python API, with exactly the expectations of
core/tests/vectors.rs. Every expected number comes from the vector case
named in the test id (each case's `source` field gives its hand working)."""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest

import egov_masterplan as em
from conftest import assert_error, load_vector

SCORING = load_vector("scoring.json")["cases"]
ERRORS = load_vector("errors.json")
GAPS = load_vector("gaps.json")["cases"]


def options(case: dict) -> dict:
    """The case's `options` as keyword arguments of Framework.score."""
    o = case.get("options") or {}
    return {k: o[k] for k in ("predicate_basis", "missing") if k in o}


def score(case: dict) -> "em.Scorecard":
    fw = em.Framework.builtin(case["framework"])
    # The assessment dict has a "levels" key: scored as a whole document.
    return fw.score(case["assessment"], **options(case))


def half_up(f: Fraction, decimals: int = 2) -> str:
    """Hand rounding (half-up, as the regulation publishes values)."""
    d = Decimal(f.numerator) / Decimal(f.denominator)
    return str(d.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))


# --------------------------------------------------------------- scoring.json


def test_scoring_vector_file_is_complete(vectors):
    # core/tests/vectors.rs asserts at least 14 cases.
    assert len(vectors("scoring.json")["cases"]) >= 14 and len(SCORING) >= 14


@pytest.mark.parametrize("case", SCORING, ids=[c["name"] for c in SCORING])
def test_scoring_vector(case):
    card = score(case)
    exp = case["expected"]  # values: this vector case (see its `source`)
    name = case["name"]
    assert card.index == exp["index"], name
    assert card.index_text == exp["index_text"], name
    assert isinstance(card.exact_index, Fraction)
    assert str(card.exact_index) == exp["exact_index"], name
    assert card.exact_index == Fraction(exp["exact_index"]), name
    assert card.predicate == exp["predicate"], name
    assert card.coverage == (exp["coverage"]["rated"], exp["coverage"]["total"]), name
    assert card.subject == case["assessment"]["subject"]
    assert card.period == case["assessment"]["period"]
    # Published text is the exact index rounded half-up (hand rounding).
    assert half_up(card.exact_index) == exp["index_text"], name

    records = {n.id: n for n in list(card.domains) + list(card.aspects)}
    for node_id, want in exp["nodes"].items():
        rec = records[node_id]
        if want is None:
            # Renormalize: a group with nothing rated has no value.
            assert rec.exact is None and rec.text is None and rec.value is None, node_id
            assert card.value(node_id) is None, node_id
            assert card.exact_value(node_id) is None, node_id
            continue
        assert rec.text == want["text"], f"{name} {node_id}"
        assert str(rec.exact) == want["exact"], f"{name} {node_id} exact"
        assert rec.value == float(want["text"]), f"{name} {node_id}"
        assert card.value(node_id) == float(want["text"]), f"{name} value({node_id})"
        assert card.exact_value(node_id) == Fraction(want["exact"]), f"{name} {node_id}"

    # The scorecard JSON carries the same figures.
    doc = json.loads(card.to_json())
    assert doc["index"] == exp["index"]
    assert doc["exact_index"] == exp["exact_index"]
    assert doc["predicate"]["id"] == exp["predicate"]
    assert card.options == (
        options(case).get("predicate_basis", "exact"),
        options(case).get("missing", "error"),
    )


@pytest.mark.parametrize("case", SCORING, ids=[c["name"] for c in SCORING])
def test_scoring_vector_every_input_form_agrees(case):
    """The same levels as an Assessment, as Assessment JSON, and as a bare
    level dict give the same scorecard as the whole document."""
    fw = em.Framework.builtin(case["framework"])
    a = case["assessment"]
    card = score(case)
    from_json = fw.score(em.Assessment.from_json(json.dumps(a)), **options(case))
    built = fw.score(em.Assessment(a["subject"], a["period"], a["levels"]), **options(case))
    bare = fw.score(a["levels"], subject=a["subject"], period=a["period"], **options(case))
    assert from_json == card
    assert built == card
    assert bare == card


@pytest.mark.parametrize("case", SCORING, ids=[c["name"] for c in SCORING])
def test_scoring_vector_contributions_sum_to_the_index(case):
    """Hand identity: the exact index is the sum of every indicator's
    contribution (level × weight / total weight)."""
    card = score(case)
    inds = card.indicators
    assert len(inds) == card.coverage[1]
    assert sum(1 for i in inds if i.level is not None) == card.coverage[0]
    if case["options"].get("missing") != "renormalize":
        assert sum((i.contribution for i in inds), Fraction(0)) == card.exact_index


def test_scoring_vector_exact_and_rounded_bases_differ_only_in_predicate():
    # boundary-2024-*: 3.4985 prints 3.50; exact basis Baik, rounded Sangat Baik.
    by_name = {c["name"]: c for c in SCORING}
    exact = score(by_name["boundary-2024-exact-basis"])
    rounded = score(by_name["boundary-2024-rounded-basis"])
    assert exact.exact_index == rounded.exact_index == Fraction(6997, 2000)
    assert (exact.predicate, rounded.predicate) == ("baik", "sangat-baik")
    assert exact != rounded  # the options are part of a scorecard


# ----------------------------------------------------------------- errors.json


def test_the_base_of_the_framework_error_cases_is_valid(tiny):
    # errors.json valid_framework: aspects A1 (I1 w1, I2 w2; declared 3) and A2 (I3 w1.5).
    assert tiny.id == "tiny"
    assert tiny.tiers == ["aspect", "indicator"]
    assert tiny.indicator_ids == ["I1", "I2", "I3"]
    assert tiny.scale == (1, 5)


FRAMEWORK_CASES = ERRORS["framework_cases"]


@pytest.mark.parametrize("case", FRAMEWORK_CASES, ids=[c["name"] for c in FRAMEWORK_CASES])
def test_framework_error_vector(case):
    with pytest.raises(em.EgovError) as info:
        em.Framework.from_json(json.dumps(case["framework"]))
    assert_error(info.value, case["error"], case["name"])


ASSESSMENT_CASES = ERRORS["assessment_cases"]


@pytest.mark.parametrize("case", ASSESSMENT_CASES, ids=[c["name"] for c in ASSESSMENT_CASES])
def test_assessment_error_vector(case):
    fw = em.Framework.builtin(case["framework"])
    with pytest.raises(em.EgovError) as info:
        fw.score(case["assessment"], **options(case))
    assert_error(info.value, case["error"], case["name"])


@pytest.mark.parametrize("case", ASSESSMENT_CASES, ids=[c["name"] for c in ASSESSMENT_CASES])
def test_assessment_error_vector_through_assessment_objects(case):
    """Reading the document as an Assessment first fails the same way,
    whether the error comes from reading or from scoring."""
    fw = em.Framework.builtin(case["framework"])
    with pytest.raises(em.EgovError) as info:
        a = em.Assessment.from_json(json.dumps(case["assessment"]))
        fw.score(a, **options(case))
    assert_error(info.value, case["error"], case["name"])


# ------------------------------------------------------------------- gaps.json


def target_of(case: dict) -> str:
    t = case["target"]
    # A predicate id, or an index as decimal text (read as an exact index).
    return t["predicate"] if "predicate" in t else t["index"]


def gap_of(case: dict):
    card = score(case)
    costs = case.get("costs")
    if costs is not None:
        return card, card.cheapest_plan(target_of(case), costs)
    return card, card.gap_to(target_of(case))


@pytest.mark.parametrize("case", GAPS, ids=[c["name"] for c in GAPS])
def test_gap_vector(case):
    name = case["name"]
    if "expected_error" in case:
        with pytest.raises(em.EgovError) as info:
            gap_of(case)
        assert_error(info.value, case["expected_error"], name)
        return
    card, gap = gap_of(case)
    exp = case["expected"]  # values: this vector case (see its `source`)
    assert isinstance(gap, em.Gap)
    assert str(gap.target) == exp["target"], name
    assert gap.target == Fraction(exp["target"])
    assert str(gap.threshold) == exp["threshold"], name
    assert gap.threshold == Fraction(exp["threshold"])
    assert str(gap.current) == exp["current"], name
    assert gap.current == Fraction(exp["current"]) == card.exact_index
    assert str(gap.distance) == exp["distance"], name
    assert gap.distance == Fraction(exp["distance"])
    reached = gap.steps[-1].index_after if gap.steps else gap.current
    assert str(reached) == exp["reached"], name
    if "steps" in exp:
        got = [
            {"indicator": s.indicator, "from": s.from_level, "to": s.to_level,
             "index_after": str(s.index_after)}
            for s in gap.steps
        ]
        assert got == exp["steps"], name
    if "step_count" in exp:
        assert len(gap.steps) == exp["step_count"], name
    if "total_cost" in exp:
        assert gap.total_cost == exp["total_cost"], name


@pytest.mark.parametrize("case", [c for c in GAPS if "expected" in c],
                         ids=[c["name"] for c in GAPS if "expected" in c])
def test_gap_vector_steps_are_consistent(case):
    """Hand identities on every step: one level at a time, the gain is the
    index difference, the printed text is the exact value rounded half-up,
    costs add up, and the plan ends at or above the threshold."""
    card, gap = gap_of(case)
    before = gap.current
    for s in gap.steps:
        assert s.to_level == s.from_level + 1
        assert s.gain == s.index_after - before
        assert s.index_after_text == half_up(s.index_after)
        before = s.index_after
    assert before >= gap.threshold
    assert gap.distance == max(gap.threshold - gap.current, Fraction(0))
    if case.get("costs") is None:
        assert gap.total_cost is None and all(s.cost is None for s in gap.steps)
    else:
        costs = case["costs"]
        assert all(s.cost == costs[s.indicator] for s in gap.steps)
        assert sum(s.cost for s in gap.steps) == gap.total_cost
    assert card.meets(target_of(case)) == (not gap.steps)


def test_gap_targets_in_every_form_agree():
    # gaps.json cukup-to-baik-fewest-steps: Baik = 2.6 = 13/5 as predicate,
    # decimal text, float and Fraction.
    case = next(c for c in GAPS if c["name"] == "cukup-to-baik-fewest-steps")
    card = score(case)
    by_predicate = card.gap_to("baik")
    for target in ("2.6", 2.6, Fraction(13, 5)):
        assert card.gap_to(target) == by_predicate, target
    assert by_predicate.target == Fraction(13, 5)


def test_gap_target_text_follows_the_core_rule():
    # GapTarget: FromStr (core/src/scoring/gap/target.rs): text starting with
    # a digit (after spaces) is an exact decimal index, anything else a
    # predicate id. spbe-2020: Baik starts at 2.6, Sangat Baik at 3.5.
    card = em.Framework.builtin("spbe-2020").score({f"I{i}": 3 for i in range(1, 48)})
    assert card.gap_to(" 2.60").target == Fraction(13, 5) == card.gap_to("baik").target
    assert card.gap_to("3.5").target == Fraction(7, 2) == card.gap_to("sangat-baik").target
    with pytest.raises(em.errors.InvalidFieldError) as info:
        card.gap_to("3,5")
    assert vars(info.value) == {"what": "gap target", "field": "index",
                                "detail": "`3,5` is not a finite decimal number"}
    with pytest.raises(em.errors.UnknownPredicateError) as info:
        card.meets("luar-biasa")
    assert info.value.id == "luar-biasa" and "sangat-baik" in info.value.available
    assert (card.meets("cukup"), card.meets("3.01"), card.meets(3)) == (True, False, True)
