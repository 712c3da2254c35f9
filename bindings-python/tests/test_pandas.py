"""DataFrames in and out: `Framework.score_many(df)` (wide and long) agrees
with scoring each assessment alone; `to_pandas()` of every result type;
and the package without pandas."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import numpy as np
import pandas as pd
import pytest

import egov_masterplan as em
from egov_masterplan import errors
from conftest import VECTORS, levels_all, load_vector

FW = em.Framework.builtin("spbe-2020")
IDS = FW.indicator_ids
GROUPS = [n.id for n in FW.nodes() if n.tier != "indicator"]  # framework order

# core/tests/batch.rs: from all 3, raising I42 or I43 adds 0.03, I41 0.0275,
# I1 + I2 0.026; plus a 2023 period with a tie (all 2) and a lower one.
PEOPLE = [
    ("bappeda", 2024, levels_all(3, I41=4)),            # 3.0275
    ("bkpsdm", 2024, levels_all(3, I42=4)),             # 3.03
    ("bpkad", 2024, levels_all(3, I1=4, I2=4)),         # 3.026
    ("diskominfo", 2024, levels_all(3, I43=4)),         # 3.03
    ("dukcapil", 2023, levels_all(2)),                  # 2.00
    ("dinkes", 2023, levels_all(2)),                    # 2.00
    ("dishub", 2023, levels_all(1, I47=2)),             # 1.03
]
LABELS = [f"r{k}" for k in range(len(PEOPLE))]


def wide(people=PEOPLE, index=LABELS) -> pd.DataFrame:
    rows = [{"subject": s, "period": p, **lv} for s, p, lv in people]
    return pd.DataFrame(rows, index=index)


def long(people=PEOPLE) -> pd.DataFrame:
    rows = [{"subject": s, "period": p, "indicator": i, "level": v}
            for s, p, lv in people for i, v in lv.items()]
    return pd.DataFrame(rows)


def cards(people=PEOPLE, **options):
    return [FW.score(lv, subject=s, period=p, **options) for s, p, lv in people]


def assert_rows_match(out: pd.DataFrame, cs) -> None:
    """Every row equals the scorecard of the same assessment scored alone."""
    assert len(out) == len(cs)
    for (_, row), card in zip(out.iterrows(), cs):
        assert (row["subject"], row["period"]) == (card.subject, card.period)
        assert row["index"] == card.index, card.subject
        assert str(row["predicate"]) == card.predicate, card.subject
        for g in GROUPS:
            want = card.value(g)
            if want is None:
                assert np.isnan(row[g]), (card.subject, g)
            else:
                assert row[g] == want, (card.subject, g)


def ranks(cs, basis="exact") -> dict:
    return {(r.subject, r.period): r.rank for r in em.rank(cs, basis=basis)}


# ------------------------------------------------------------ score_many


def test_wide_equals_one_by_one_and_keeps_the_index():
    out = FW.score_many(wide())
    assert list(out.index) == LABELS
    assert list(out.columns) == ["subject", "period", "index", "predicate", *GROUPS, "rank"]
    assert_rows_match(out, cards())


def test_long_equals_one_by_one():
    out = FW.score_many(long())
    assert isinstance(out.index, pd.RangeIndex)
    assert_rows_match(out, cards())


def test_long_rows_in_any_order():
    shuffled = long().sample(frac=1.0, random_state=7)
    out = FW.score_many(shuffled).set_index(["subject", "period"])
    for card in cards():
        assert out.loc[(card.subject, card.period), "index"] == card.index


@pytest.mark.parametrize("basis", ["exact", "rounded"])
@pytest.mark.parametrize("shape", ["wide", "long"])
def test_rank_column_is_em_rank(basis, shape):
    out = FW.score_many(wide() if shape == "wide" else long(), rank_basis=basis)
    want = ranks(cards(), basis)
    assert {(s, p): r for s, p, r in zip(out["subject"], out["period"], out["rank"])} == want
    if basis == "exact":
        # batch.rs: 2024 ranks bkpsdm = diskominfo 1, bappeda 3, bpkad 4;
        # 2023: dukcapil = dinkes 1, dishub 3 (hand sums above).
        assert list(out["rank"]) == [3, 1, 4, 1, 1, 1, 3]
    else:
        # Published values: all four 2024 agencies print 3.03 and tie.
        assert list(out["rank"]) == [1, 1, 1, 1, 1, 1, 3]


@pytest.mark.parametrize("make", [
    lambda m: pd.DataFrame(np.ascontiguousarray(m), columns=IDS),
    lambda m: pd.DataFrame(np.asfortranarray(m), columns=IDS),
    lambda m: pd.DataFrame({i: m[:, k] for k, i in enumerate(IDS)}),
    lambda m: pd.DataFrame({i: m[:, k].astype(float) if k % 2 else m[:, k] for k, i in enumerate(IDS)}),
    lambda m: pd.DataFrame({i: m[:, k] for k, i in reversed(list(enumerate(IDS)))}),
    lambda m: pd.DataFrame({i: m[:, k].astype(np.int8) for k, i in enumerate(IDS)}),
], ids=["c-order", "f-order", "columns", "mixed-dtypes", "reversed-columns", "int8"])
def test_every_memory_layout_scores_alike(make):
    rng = np.random.default_rng(20240601)
    m = rng.integers(1, 6, size=(9, len(IDS)))
    df = make(m)
    df.insert(0, "period", [2023, 2024, 2025] * 3)
    df.insert(0, "subject", [f"s{r}" for r in range(9)])
    people = [(f"s{r}", [2023, 2024, 2025][r % 3], dict(zip(IDS, map(int, m[r])))) for r in range(9)]
    out = FW.score_many(df)
    assert_rows_match(out, cards(people))
    assert list(out["rank"]) == [ranks(cards(people))[(s, p)] for s, p, _ in people]
    # A bad cell is reported at its own row and indicator in every layout.
    bad = df.copy()
    bad.loc[4, "I5"] = 9
    with pytest.raises(em.LevelOutOfRangeError) as info:
        FW.score_many(bad)
    # Hand: periods cycle 2023, 2024, 2025, so row 4 is in 2024.
    assert (info.value.indicator, info.value.level, info.value.period) == ("I5", 9, 2024)


@pytest.mark.parametrize("case", [c for c in load_vector("scoring.json")["cases"]
                                  if c["expected"]["coverage"]["rated"]
                                  == c["expected"]["coverage"]["total"]],
                         ids=lambda c: c["name"])
def test_scoring_vectors_through_a_dataframe(case):
    # vectors.rs "the dense fast path agrees": each complete scoring.json case.
    fw = em.Framework.builtin(case["framework"])
    a = case["assessment"]
    df = pd.DataFrame([{"subject": a["subject"], "period": a["period"], **a["levels"]}])
    row = fw.score_many(df, **case["options"]).iloc[0]
    exp = case["expected"]
    assert row["index"] == exp["index"]
    assert str(row["predicate"]) == exp["predicate"]
    for node, want in exp["nodes"].items():
        assert row[node] == float(want["text"]), node


# --------------------------------------------------------------- missing


def with_gaps() -> list:
    """bappeda misses I5; dukcapil misses all of D3 (I21–I31)."""
    people = [list(p) for p in PEOPLE]
    people[0][2] = {k: v for k, v in people[0][2].items() if k != "I5"}
    people[4][2] = {k: v for k, v in people[4][2].items()
                    if not 21 <= int(k[1:]) <= 31}
    return [tuple(p) for p in people]


def wide_with_nan() -> pd.DataFrame:
    df = wide().astype({i: float for i in IDS})
    df.loc["r0", "I5"] = np.nan
    df.loc["r4", [f"I{i}" for i in range(21, 32)]] = np.nan
    return df


@pytest.mark.parametrize("missing", ["renormalize", "lowest"])
@pytest.mark.parametrize("shape", ["wide", "long", "long-nan"])
def test_missing_levels_follow_the_policy(missing, shape):
    if shape == "wide":
        df = wide_with_nan()
    elif shape == "long":
        df = long(with_gaps())
    else:  # unrated as NaN rows
        df = long().astype({"level": float})
        df.loc[(df.subject == "bappeda") & (df.indicator == "I5"), "level"] = np.nan
        df.loc[(df.subject == "dukcapil") & df.indicator.isin([f"I{i}" for i in range(21, 32)]),
               "level"] = np.nan
    out = FW.score_many(df, missing=missing)
    cs = cards(with_gaps(), missing=missing)
    assert_rows_match(out, cs)
    if missing == "renormalize":
        assert np.isnan(out["D3"].iloc[4])  # dukcapil rated nothing in D3
    assert list(out["rank"]) == [ranks(cs)[(c.subject, c.period)] for c in cs]


@pytest.mark.parametrize("df", [wide_with_nan(), long(with_gaps())], ids=["wide", "long"])
def test_missing_levels_under_the_error_policy(df):
    with pytest.raises(errors.MissingLevelsError) as info:
        FW.score_many(df, missing="error")
    # with_gaps: the first incomplete row is bappeda 2024, missing only I5.
    assert info.value.missing == ["I5"] and info.value.period == 2024


# -------------------------------------------------------------- bad cells


def wide_with(column, value, dtype=None):
    df = wide()
    if dtype is not None:
        df[column] = df[column].astype(dtype)
    df.loc["r1", column] = value
    return df


def long_with(value):
    df = long().astype({"level": object})
    df.loc[3, "level"] = value  # bappeda 2024, I4
    return df


@pytest.mark.parametrize("make,cls,attrs", [
    (lambda: wide_with("I5", 3.5, float), errors.LevelNotIntegerError, {"indicator": "I5", "value": "3.5"}),
    (lambda: wide_with("I5", "abc", object), errors.LevelNotIntegerError, {"indicator": "I5", "value": "abc"}),
    (lambda: wide_with("I5", 9), em.LevelOutOfRangeError, {"indicator": "I5", "level": 9, "min": 1, "max": 5}),
    (lambda: wide_with("I5", 0), em.LevelOutOfRangeError, {"indicator": "I5", "level": 0}),
    (lambda: wide_with("I5", np.inf, float), errors.LevelNotIntegerError, {"indicator": "I5"}),
    (lambda: wide().assign(I99=3), em.UnknownIndicatorError, {"indicator": "I99"}),
    (lambda: long_with(3.5), errors.LevelNotIntegerError, {"indicator": "I4"}),
    (lambda: long_with("abc"), errors.LevelNotIntegerError, {"indicator": "I4", "value": "abc"}),
    (lambda: long_with(9), em.LevelOutOfRangeError, {"indicator": "I4", "level": 9}),
    (lambda: long().replace({"indicator": {"I4": "I99"}}), em.UnknownIndicatorError, {"indicator": "I99"}),
    (lambda: pd.concat([long(), long().iloc[[3]]]), errors.DuplicateIdError, {"id": "I4"}),
    (lambda: wide().drop(columns="subject"), errors.InvalidFieldError, {"field": "subject"}),
    (lambda: long().drop(columns="period"), errors.InvalidFieldError, {"field": "period"}),
    (lambda: wide().assign(period="x"), errors.InvalidFieldError, {"field": "period"}),
], ids=["wide-3.5", "wide-abc", "wide-9", "wide-0", "wide-inf", "wide-unknown-column",
        "long-3.5", "long-abc", "long-9", "long-unknown-indicator", "long-duplicate",
        "no-subject", "no-period", "period-text"])
def test_bad_cells_raise_the_right_class(make, cls, attrs):
    with pytest.raises(cls) as info:
        FW.score_many(make())
    for k, v in attrs.items():
        assert getattr(info.value, k) == v, k


def test_bad_options_are_checked(spbe2020):
    with pytest.raises(errors.InvalidOptionError) as info:
        spbe2020.score_many(wide(), rank_basis="x")
    assert info.value.allowed == ["exact", "rounded"]


def test_empty_frames_give_empty_results():
    for df in (wide().iloc[:0], long().iloc[:0]):
        out = FW.score_many(df)
        assert len(out) == 0 and "index" in out.columns


def test_a_non_string_column_is_an_unknown_indicator():
    with pytest.raises(em.UnknownIndicatorError):
        FW.score_many(wide().assign(**{"I1": 3}).rename(columns={"I47": 5}))


def test_bool_cells_are_not_levels():
    with pytest.raises(errors.LevelNotIntegerError):
        FW.score_many(wide().assign(I5=True))


def test_fractional_periods_are_rejected():
    df = wide().astype({"period": float})
    df.loc["r0", "period"] = 2023.5
    with pytest.raises(errors.InvalidFieldError):
        FW.score_many(df)


# --------------------------------------------------------------- to_pandas


def test_scorecard_to_pandas(spbe2020):
    card = spbe2020.score(levels_all(3, I1=5))
    df = card.to_pandas()
    # 4 domains, 8 aspects, 47 indicators (PermenPANRB 59/2020).
    assert list(df["tier"].value_counts().sort_index().items()) == [
        ("aspect", 8), ("domain", 4), ("indicator", 47)]
    groups = df[df.tier != "indicator"].set_index("id")
    for g in GROUPS:
        assert groups.loc[g, "value"] == card.value(g)
        assert groups.loc[g, "exact"] == card.exact_value(g)
    inds = df[df.tier == "indicator"].set_index("id")
    assert inds.loc["I1", "level"] == 5 and inds.loc["I2", "level"] == 3
    # spbe-2020 indicator weights are percentages of the index: they sum to 100.
    assert inds["weight"].sum() == pytest.approx(100.0)
    assert inds["contribution"].sum() == pytest.approx(float(card.exact_index))


def test_scorecard_to_pandas_follows_the_frameworks_own_tiers():
    # pemdi-2025 (core/frameworks/pemdi-2025.json): 9 aspects, no domains, 35 indicators.
    fw = em.Framework.builtin("pemdi-2025")
    card = fw.score({i: 3 for i in fw.indicator_ids})
    df = card.to_pandas()
    assert fw.tiers == ["aspect", "indicator"]
    assert list(df["tier"].value_counts().sort_index().items()) == [("aspect", 9), ("indicator", 35)]
    assert list(df["id"][:9]) == [n.id for n in card.nodes] == [f"A{k}" for k in range(1, 10)]


def test_schedule_to_pandas(budget_schedule):
    df = budget_schedule.to_pandas()
    # roadmap.json budget: X, Y, Z scheduled (V and W are not), one row each.
    assert list(df["id"]) == ["X", "Y", "Z"]
    assert list(df["cost"]) == [60, 150, 0]
    assert list(df["start"]) == [pd.Timestamp(d) for d in ("2020-07-01", "2021-01-01", "2021-04-01")]
    assert list(df["finish"]) == [pd.Timestamp(d) for d in ("2020-12-31", "2021-03-31", "2021-05-31")]
    assert str(df["start"].dtype).startswith("datetime64")
    assert list(df["delay_months"]) == [0, 6, 6]
    assert df["explanations"].iloc[0] == "" and "2020" in df["explanations"].iloc[1]


def test_projection_to_pandas(projection):
    df = projection.to_pandas()
    # roadmap.json projection.expected: 1.12, 1.20, 1.31; P1, P2, P3.
    assert list(df["year"]) == [2020, 2021, 2022]
    assert list(df["index"]) == [1.12, 1.2, 1.31]
    assert list(df["finished"]) == ["P1", "P2", "P3"]
    assert list(df["predicate"]) == ["kurang"] * 3
    for row, y in zip(df.itertuples(), projection.years):
        for d in ("D1", "D2", "D3", "D4"):
            assert getattr(row, d) == y.scorecard.value(d)


def test_coverage_to_pandas(catalog):
    df = catalog.coverage().to_pandas()
    exp = load_vector("architecture.json")["analyses"]["expected"]["coverage"]
    assert list(df.index) == exp["agencies"]
    assert list(df.columns) == exp["domains"]
    assert df.to_numpy().tolist() == exp["counts"]


# ---------------------------------------------------------- without pandas


@pytest.mark.parametrize("blocked", [["pandas"], ["pandas", "numpy"]], ids=["pandas", "pandas+numpy"])
def test_the_package_works_without_pandas(blocked):
    code = textwrap.dedent("""
        import json, sys
        for name in BLOCKED:
            sys.modules[name] = None  # `import name` now raises ImportError
        import egov_masterplan as em
        fw = em.Framework.builtin("spbe-2020")
        card = fw.score({f"I{i}": 3 for i in range(1, 48)})
        assert card.index == 3.0
        assert len(fw.score_many([{f"I{i}": 3 for i in range(1, 48)}])) == 1
        v = json.load(open(VECTORS + "/roadmap.json"))
        schedule = em.Roadmap.from_json(json.dumps(v["budget"]["roadmap"])).schedule()
        projection = em.Roadmap.from_json(json.dumps(v["projection"]["roadmap"])).schedule(
            ).project(fw, v["projection"]["baseline"])
        a = json.load(open(VECTORS + "/architecture.json"))["analyses"]["catalog"]
        coverage = em.ArchitectureModel.from_json(json.dumps(a)).coverage()
        for obj in (card, schedule, projection, coverage):
            try:
                obj.to_pandas()
            except ImportError as e:
                assert "pip install" in str(e), e
            else:
                raise SystemExit(f"{type(obj).__name__}.to_pandas worked without pandas")
        print("OK")
    """).replace("BLOCKED", repr(blocked)).replace("VECTORS", repr(str(VECTORS)))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.strip() == "OK"
