"""Everything the API returns pickles and unpickles equal (so it travels to
Dask workers): the native classes, every record type, and the exceptions
with their fields."""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle

import pytest

import egov_masterplan as em
from egov_masterplan import _records, errors
from conftest import EXAMPLES, example_text, levels_all, load_vector

ROADMAP = load_vector("roadmap.json")
FW = em.Framework.builtin("spbe-2020")


def tiny():
    return em.Framework.from_json(json.dumps(load_vector("errors.json")["valid_framework"]))


def budget(respect_budget=True):
    r = em.Roadmap.from_json(json.dumps(ROADMAP["budget"]["roadmap"]))
    return r.schedule(respect_budget=respect_budget)


def projection(basis="exact"):
    case = ROADMAP["projection"]
    s = em.Roadmap.from_json(json.dumps(case["roadmap"])).schedule()
    return s.project(FW, case["baseline"], predicate_basis=basis)


def catalog():
    return em.ArchitectureModel.from_json(json.dumps(load_vector("architecture.json")["analyses"]["catalog"]))


def bolmong():
    return em.ArchitectureModel.from_json(example_text("bolmong-architecture.json"))


def noted():
    return em.Assessment("dinas", 2024, levels_all(3, I5=4), framework="spbe-2020",
                         notes={"I5": {"text": "Perbup 7/2024", "evidence": "https://x/7"}})


NATIVE = {
    "Framework spbe-2020": lambda: FW,
    "Framework spbe-2018": lambda: em.Framework.builtin("spbe-2018"),
    "Framework pemdi-2025": lambda: em.Framework.builtin("pemdi-2025"),
    "Framework custom (errors.json valid_framework)": tiny,
    "Framework spbe-2020 read from JSON": lambda: em.Framework.from_json(FW.to_json()),
    "Assessment": noted,
    "Assessment mutated, out-of-scale level kept": lambda: _mutated(),
    "Scorecard": lambda: FW.score(noted()),
    "Scorecard rounded basis": lambda: FW.score(levels_all(3), predicate_basis="rounded"),
    "Scorecard renormalized": lambda: FW.score({"I1": 2, "I30": 5}, missing="renormalize"),
    "Scorecard lowest": lambda: FW.score({"I1": 2, "I30": 5}, missing="lowest"),
    "Scorecard custom framework": lambda: tiny().score({"I1": 1, "I2": 5, "I3": 4}),
    "Scorecard pemdi-2025": lambda: em.Framework.builtin("pemdi-2025").score(
        {i: 4 for i in em.Framework.builtin("pemdi-2025").indicator_ids}),
    "Roadmap cpm": lambda: em.Roadmap.from_json(json.dumps(ROADMAP["cpm"]["roadmap"])),
    "Roadmap bolmong": lambda: em.Roadmap.from_json(example_text("bolmong-roadmap.json")),
    "Schedule within budget": budget,
    "Schedule ignoring budget": lambda: budget(False),
    "Projection exact": projection,
    "Projection rounded": lambda: projection("rounded"),
    "ArchitectureModel vectors": catalog,
    "ArchitectureModel bolmong": bolmong,
    "ArchitectureModel as-is": lambda: bolmong().as_is(),
    "Benchmark spbe_published": em.Benchmark.spbe_published,
    "Benchmark from_csv (2024, Sulawesi Utara)": lambda: em.Benchmark.from_csv(_sulut_2024()),
}


def _sulut_2024() -> str:
    """The published table's 2024 rows of Sulawesi Utara, as CSV."""
    header, *rows = em.Benchmark.spbe_published().to_csv().splitlines(keepends=True)
    return header + "".join(r for r in rows if r.startswith("2024,") and ",Sulawesi Utara," in r)


def _mutated():
    a = em.Assessment("s", 2024)
    a.set("I1", 99)
    a.set_note("I2", "note only")
    return a


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
@pytest.mark.parametrize("name", list(NATIVE))
def test_native_objects_round_trip(name, protocol):
    obj = NATIVE[name]()
    back = pickle.loads(pickle.dumps(obj, protocol=protocol))
    assert type(back) is type(obj)
    assert back == obj
    assert repr(back) == repr(obj)
    assert copy.deepcopy(obj) == obj


def test_equality_is_not_trivial():
    """Unequal objects stay unequal after a round trip."""
    rt = lambda o: pickle.loads(pickle.dumps(o))  # noqa: E731
    assert rt(budget(True)) != budget(False)
    assert rt(projection("exact")) != projection("rounded")  # other scoring options
    assert rt(FW.score(levels_all(3))) != FW.score(levels_all(2))
    assert rt(FW) != rt(em.Framework.builtin("spbe-2018"))
    assert rt(noted()) != em.Assessment("dinas", 2024, levels_all(3))


def test_unpickled_objects_keep_working():
    card = pickle.loads(pickle.dumps(FW.score(levels_all(2))))
    # gaps.json cukup-to-baik-fewest-steps: all 2 → Baik in 21 steps.
    assert len(card.gap_to("baik").steps) == 21
    s = pickle.loads(pickle.dumps(budget()))
    assert [e.id for e in s.entries] == ["X", "Y", "Z"]  # roadmap.json budget
    p = pickle.loads(pickle.dumps(projection()))
    assert p.first_year_reaching("1.2") == 2022  # roadmap.json projection
    a = pickle.loads(pickle.dumps(noted()))
    assert a.notes["I5"] == ("Perbup 7/2024", "https://x/7")
    fw = pickle.loads(pickle.dumps(tiny()))
    assert str(fw.score({"I1": 1, "I2": 5, "I3": 4}).exact_index) == "34/9"  # hand, test_api


# ------------------------------------------------------------------ records


def records() -> dict:
    card = FW.score(levels_all(2), subject="dinas", period=2023)
    cheap = card.cheapest_plan("baik", {f"I{i}": 50 for i in range(32, 42)})
    s = budget()
    m = catalog()
    big = bolmong()
    bench = em.Benchmark.spbe_published()
    peers = bench.peers("Kab. Bolaang Mongondow", 2024)
    distribution = bench.distribution(2024, regional=True)
    returned = FW.xlsx_form(None, subject="s", period=2024, prefill={"I1": 5}) or b""
    _, report = em.read_forms([("s.xlsx", returned)], FW, previous=[em.Assessment("s", 2023, {"I1": 2})])
    plan = em.Masterplan.load(EXAMPLES)
    return {
        "Node": tiny().nodes()[0],
        "Predicate": FW.predicates()[0],
        "NodeScore": card.domains[0],
        "NodeScore unrated": FW.score({"I1": 2}, missing="renormalize").domains[1],
        "IndicatorScore": card.indicators[0],
        "Gap": card.gap_to("baik"),
        "Gap with costs": cheap,
        "GapStep": cheap.steps[0],
        "RankEntry": em.rank([card])[0],
        "Trend": em.trends([card, FW.score(levels_all(3), subject="dinas", period=2024)])[0],
        "ScheduleEntry": s.entries[1],
        "Unscheduled": s.unscheduled[0],
        "YearSpend": s.spend[0],
        "YearSpend without cap": s.spend[-1],
        "YearProjection": projection().years[0],
        "Impact": m.impact_of("dc"),
        "ImpactedElement": m.impact_of("dc").elements[-1],
        "ImpactedAgency": m.impact_of("dc").agencies[0],
        "DuplicateGroup": m.duplicates()[0],
        "Coverage": m.coverage(),
        "Unsupported": m.unsupported()[0],
        "ArchitectureDiff": big.diff(big.as_is()),
        "PublishedResult": bench.lookup("Kab. Bolaang Mongondow", 2024),
        "PublishedResult with blanks": bench.lookup("Kementerian Pertanian", 2024),
        "Position": bench.position(2024, "Kab. Bolaang Mongondow", province="Sulawesi Utara"),
        "Position of an index": bench.position(2024, "3.10", regional=True),
        "Quartiles": distribution.index,
        "PeerRow": peers.table[0],
        "Peers": peers,
        "Movement": bench.movers(2023, 2024, province="Sulawesi Utara")[-1],
        "PredicateCount": distribution.predicates[0],
        "Distribution": distribution,
        # A form returned as written (no problems: exceptions compare by
        # identity, so a record holding one is not equal to its copy).
        "FilledForm": em.read_form(FW.xlsx_form(None, subject="s", period=2024, prefill={"I1": 3}) or b""),
        "LevelChange": report.rows[0].changes[0],
        "ConsolidationRow": report.rows[0],
        "Finding": plan.check()[0],
        "TargetOutcome met": plan.targets()[0],
        "TargetOutcome missed": plan.targets()[1],
        "TargetStep": plan.targets()[1].steps[0],
    }


RECORDS = records()


def test_every_record_type_is_covered():
    names = {type(r).__name__ for r in RECORDS.values()}
    assert names == set(_records.__all__)


@pytest.mark.parametrize("name", list(RECORDS))
def test_records_round_trip(name):
    r = RECORDS[name]
    assert dataclasses.is_dataclass(r)
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(r, protocol=protocol))
        assert type(back) is type(r) and back == r
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(r, dataclasses.fields(r)[0].name, None)


# --------------------------------------------------------------- exceptions


def _raised(call):
    try:
        call()
    except em.EgovError as e:
        return e
    raise AssertionError("did not raise")


EXCEPTIONS = {
    "LevelOutOfRangeError": lambda: FW.score(levels_all(3, I5=6), subject="d", period=2024),
    "UnknownIndicatorError": lambda: FW.score(levels_all(3, I48=1)),
    "MissingLevelsError": lambda: FW.score({"I1": 3}),
    "InvalidOptionError": lambda: FW.score(levels_all(3), missing="zero"),
    "UnknownFrameworkError": lambda: em.Framework.builtin("x"),
    "JsonError": lambda: em.Roadmap.from_json("{"),
    "CycleError": lambda: em.Roadmap.from_json(json.dumps(
        next(c for c in ROADMAP["errors"] if c["name"] == "three-node cycle")["roadmap"])),
    "CsvError": lambda: em.Assessment.from_csv("subject,period,indicator,level\nx,2024,I1,3.5\n"),
    "TargetUnreachableError": lambda: FW.score(levels_all(3)).gap_to("5.01"),
    "UnknownInstitutionError": lambda: em.Benchmark.spbe_published().lookup("Kab. Bolang Mongondow", 2024),
    "EmptyCohortError": lambda: em.Benchmark.spbe_published().distribution(2024, province="Atlantis"),
    "LevelNotIntegerError (from pandas)": lambda: FW.score_many(
        __import__("pandas").DataFrame([{"subject": "s", "period": 1, **levels_all(3, I5="x")}])),
}


@pytest.mark.parametrize("name", list(EXCEPTIONS))
def test_exceptions_round_trip_with_their_fields(name):
    e = _raised(EXCEPTIONS[name])
    assert type(e).__name__ == name.split(" ")[0]
    back = pickle.loads(pickle.dumps(e))
    assert type(back) is type(e)
    assert str(back) == str(e) and back.args == e.args
    assert back.kind == e.kind
    assert vars(back) == vars(e) and len(vars(e)) >= 1
    assert isinstance(back, errors.EgovError) and isinstance(back, ValueError)
