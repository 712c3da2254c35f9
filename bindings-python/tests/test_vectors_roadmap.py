"""tests/vectors/roadmap.json through the Python API, with the expectations
of core/tests/roadmap.rs. Expected values are the vectors' hand-computed
ones (each case's `working` shows how)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from fractions import Fraction

import pytest

import egov_masterplan as em
from conftest import assert_error, example_text, load_vector

V = load_vector("roadmap.json")


def roadmap(doc: dict) -> "em.Roadmap":
    return em.Roadmap.from_json(json.dumps(doc))


def add_months(iso: str, months: int) -> date:
    d = date.fromisoformat(iso)
    m = d.month - 1 + months
    return date(d.year + m // 12, m % 12 + 1, 1)


def month_end(iso: str, months: int) -> str:
    """The last day of the month `months` after the month of `iso`."""
    first = add_months(iso, months + 1)
    return (first - timedelta(days=1)).isoformat()


def rupiah(n: int) -> str:
    """The library's rupiah format: `Rp 1.000` (dot thousands)."""
    return "Rp " + f"{n:,}".replace(",", ".")


# ------------------------------------------------------------------------ cpm


def test_critical_path_method_by_hand():
    case = V["cpm"]
    r = roadmap(case["roadmap"])
    exp = case["expected"]  # cpm.expected (see cpm.working)
    assert r.critical_path() == exp["critical_path"] == ["A", "C", "D"]
    assert [list(e) for e in r.critical_edges()] == exp["critical_edges"]
    assert r.phases() == exp["phases"]
    assert r.initiative_ids == ["A", "B", "C", "D", "E"]

    # Without a budget the schedule is the CPM's earliest dates.
    s = r.schedule()
    assert sorted(e.id for e in s.entries) == sorted(exp["times"])
    for e in s.entries:
        t = exp["times"][e.id]
        assert e.start == t["es"], e.id
        assert e.earliest_start == t["es"], e.id
        assert e.finish == t["ef"], e.id
        assert e.slack_months == t["float"], e.id
        assert e.critical is t["critical"], e.id
        assert e.delay_months == 0, e.id
        assert e.explanations == [], e.id
        # Hand: latest start/finish are the earliest ones shifted by the float.
        assert add_months(t["es"], t["float"]).isoformat() == t["ls"], e.id
        assert month_end(t["ef"], t["float"]) == t["lf"], e.id
    assert s.critical_path() == ["A", "C", "D"]
    assert s.phases() == exp["phases"]
    assert s.unscheduled == []


def test_phase_numbers_follow_the_generations():
    # cpm.expected.phases: A in 1; B, C, E in 2; D in 3.
    s = roadmap(V["cpm"]["roadmap"]).schedule()
    assert {e.id: e.phase for e in s.entries} == {"A": 1, "B": 2, "C": 2, "E": 2, "D": 3}


def test_deadlines_show_as_negative_float_and_explanations():
    # roadmap.rs: D must finish by 2020-07-31 but cannot before 2020-08-31.
    doc = load_vector("roadmap.json")["cpm"]["roadmap"]  # a fresh copy to edit
    doc["initiatives"][3]["deadline"] = "2020-07-31"
    s = roadmap(doc).schedule()
    d = next(e for e in s.entries if e.id == "D")
    assert d.slack_months == -1
    assert len(d.explanations) == 1
    assert "2020-07-31" in d.explanations[0] and "2020-08-31" in d.explanations[0]


# --------------------------------------------------------------------- budget


def explanation_mentions(x: dict) -> list:
    """What the text of an explanation (or unscheduled reason) must say,
    from its structured form in the vector."""
    if x["kind"] == "budget":
        return [str(x["year"]), rupiah(x["needed"]), rupiah(x["available"])]
    if x["kind"] == "predecessor":
        return [x["id"]] + ([x["ready"]] if "ready" in x else [])
    if x["kind"] == "deadline":
        return [x["deadline"], x["finish"]]
    if x["kind"] == "horizon":
        return [x["earliest_finish"], x["horizon_end"]]
    raise AssertionError(x)


def test_budget_defers_with_explanations(budget_schedule):
    s = budget_schedule
    exp = V["budget"]["expected"]  # budget.expected (see budget.working)
    assert [e.id for e in s.entries] == [e["id"] for e in exp["entries"]]
    for e, want in zip(s.entries, exp["entries"]):
        assert (e.start, e.finish, e.delay_months) == (
            want["start"], want["finish"], want["delay_months"]), e.id
        assert len(e.explanations) == len(want["explanations"]), e.id
        for text, x in zip(e.explanations, want["explanations"]):
            for m in explanation_mentions(x):
                assert m in text, f"{e.id}: `{text}` lacks {m}"
    assert [u.id for u in s.unscheduled] == [u["id"] for u in exp["unscheduled"]]
    for u, want in zip(s.unscheduled, exp["unscheduled"]):
        assert isinstance(u, em.Unscheduled)
        for m in explanation_mentions(want["reason"]):
            assert m in u.reason, f"{u.id}: `{u.reason}` lacks {m}"
    spend = [{"year": y.year, "spent": y.spent, "cap": y.cap} for y in s.spend]
    assert spend == exp["spend"]


def test_budget_charges_add_up_to_the_spend(budget_schedule):
    """Hand identities: an entry's charges add up to its cost; a year's
    spend is the sum of that year's charges and stays within its cap."""
    s = budget_schedule
    by_year: dict = {}
    for e in s.entries:
        assert sum(e.charges.values()) == e.cost, e.id
        for year, amount in e.charges.items():
            by_year[year] = by_year.get(year, 0) + amount
    for y in s.spend:
        assert by_year.get(y.year, 0) == y.spent
        if y.cap is not None:
            assert y.spent <= y.cap
    # budget.roadmap: X costs 60 over 2020, Y 150 over 2021 (after deferral).
    charges = {e.id: e.charges for e in s.entries}
    assert charges["X"] == {2020: 60} and charges["Y"] == {2021: 150}


def test_ignoring_the_budget_starts_y_at_once():
    # roadmap.rs: without caps Y starts 2020-07-01 and 2020 spends 60 + 150 = 210.
    r = roadmap(V["budget"]["roadmap"])
    assert r.budget == {2020: 100, 2021: 1000}
    free = r.schedule(respect_budget=False)
    y = next(e for e in free.entries if e.id == "Y")
    assert y.start == "2020-07-01" and y.delay_months == 0
    assert free.spend[0].year == 2020 and free.spend[0].spent == 210


# ----------------------------------------------------------------- projection


def test_projection_by_hand(spbe2020):
    case = V["projection"]
    baseline = em.Assessment.from_json(json.dumps(case["baseline"]))
    s = roadmap(case["roadmap"]).schedule()
    p = s.project(spbe2020, baseline)
    exp = case["expected"]  # projection.expected (see projection.working)
    got = [
        {"year": y.year, "index_text": y.scorecard.index_text,
         "exact_index": str(y.scorecard.exact_index), "finished": y.finished}
        for y in p.years
    ]
    assert got == exp["years"]
    assert len(p) == 3
    assert p.years[1].scorecard.period == 2021
    assert p.index_by_year() == {y["year"]: float(y["index_text"]) for y in exp["years"]}
    target = exp["first_year"]["target"]
    assert p.first_year_reaching(target) == exp["first_year"]["exact"] == 2022
    rounded = s.project(spbe2020, baseline, predicate_basis="rounded")
    assert rounded.first_year_reaching(target) == exp["first_year"]["rounded"] == 2021
    assert p.first_year_reaching("baik") is None
    # The same target as a Fraction and a float (1.2 = 6/5).
    assert p.first_year_reaching(Fraction(6, 5)) == 2022
    assert p.first_year_reaching(1.2) == 2022
    # The baseline itself is unchanged.
    assert baseline.levels["I42"] == 1


def test_projection_accepts_a_baseline_dict(spbe2020, projection):
    case = V["projection"]
    s = roadmap(case["roadmap"]).schedule()
    assert s.project(spbe2020, case["baseline"]) == projection
    assert s.project(spbe2020, case["baseline"]["levels"]).index_by_year() == projection.index_by_year()


def test_projection_rejects_bad_raises(spbe2020):
    # roadmap.rs projection_rejects_bad_raises.
    case = load_vector("roadmap.json")["projection"]  # a fresh copy to edit
    doc = case["roadmap"]
    doc["initiatives"][2]["raises"] = {"I99": 3}
    with pytest.raises(em.UnknownIndicatorError) as info:
        roadmap(doc).schedule().project(spbe2020, case["baseline"])
    assert info.value.kind == "unknown_indicator" and "I99" in str(info.value)
    assert info.value.indicator == "I99"
    doc["initiatives"][2]["raises"] = {"I32": 6}
    with pytest.raises(em.LevelOutOfRangeError) as info:
        roadmap(doc).schedule().project(spbe2020, case["baseline"])
    message = str(info.value)
    assert "P3" in message and "I32" in message, message
    assert (info.value.indicator, info.value.level) == ("I32", 6)


# --------------------------------------------------------------------- errors


def test_error_vector_file_is_complete(vectors):
    # roadmap.rs asserts at least 16 error cases.
    assert len(vectors("roadmap.json")["errors"]) >= 16


@pytest.mark.parametrize("case", V["errors"], ids=[c["name"] for c in V["errors"]])
def test_every_error_names_the_offender(case):
    with pytest.raises(em.EgovError) as info:
        roadmap(case["roadmap"])
    assert_error(info.value, case["error"], case["name"])


def test_a_cycle_reports_its_full_path():
    case = next(c for c in V["errors"] if c["name"] == "three-node cycle")
    with pytest.raises(em.CycleError) as info:
        roadmap(case["roadmap"])
    # roadmap.rs: the cycle is a → b → c → a, first id repeated last.
    assert info.value.cycle == ["a", "b", "c", "a"]
    assert isinstance(info.value, em.RoadmapError)


def test_structured_fields_of_roadmap_errors():
    cases = {c["name"]: c for c in V["errors"]}
    with pytest.raises(em.errors.UnknownDependencyError) as info:
        roadmap(cases["unknown dependency"]["roadmap"])
    # vector `unknown dependency`: b depends on zz.
    assert (info.value.initiative, info.value.dependency) == ("b", "zz")
    with pytest.raises(em.BudgetError) as info:
        roadmap(cases["budget key not a year"]["roadmap"])
    assert info.value.year == "tahun-1"
    with pytest.raises(em.errors.InvalidOptionError) as info:
        roadmap(cases["unknown area"]["roadmap"])
    assert info.value.value == "hukum"
    assert "tata-kelola" in info.value.allowed and "audit-tik" in info.value.allowed


# ------------------------------------------------------------------- examples


def test_sample_roadmap_respects_its_invariants(spbe2020):
    """examples/data/bolmong-roadmap.json: no expected figures are published
    for it, so only the schedule's invariants are checked."""
    r = em.Roadmap.from_json(example_text("bolmong-roadmap.json"))
    assert em.Roadmap.from_json(r.to_json()) == r
    s = r.schedule()
    placed = [e.id for e in s.entries] + [u.id for u in s.unscheduled]
    assert sorted(placed) == sorted(r.initiative_ids)
    finish = {e.id: e.finish for e in s.entries}
    for e in s.entries:
        assert e.start >= e.earliest_start
        assert sum(e.charges.values()) == e.cost
    for y in s.spend:
        assert y.cap is None or y.spent <= y.cap
    # The critical path (computed before the budget) names only scheduled
    # initiatives, and is the roadmap's own critical path.
    cp = s.critical_path()
    assert cp == r.critical_path()
    assert all(i in finish for i in cp)
    p = s.project(spbe2020, json.loads(example_text("bolmong-baseline-2019.json")))
    indices = [y.scorecard.exact_index for y in p.years]
    assert indices == sorted(indices), "raising levels never lowers the index"
