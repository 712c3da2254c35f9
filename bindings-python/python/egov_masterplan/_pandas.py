"""pandas conversions: DataFrames in and out. pandas and NumPy are optional
dependencies, imported only here and only when a pandas method is called.

The batch path (``score_frame``) does no per-row Python work: the columns
go to the core as NumPy arrays, and the core checks and scores them.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, Tuple

from . import _native

if TYPE_CHECKING:  # pragma: no cover
    from ._literals import MissingPolicy, PredicateBasis, RankBasis
    from ._native import Benchmark, ConsolidationReport, Framework, Projection, Schedule, Scorecard
    from ._records import Coverage
    from .errors import EgovError

_INSTALL = (
    "this method needs pandas and numpy: pip install 'egov-masterplan[pandas]' "
    "(or pip install pandas numpy)"
)


def require_pandas() -> Tuple[Any, Any]:
    """``(pandas, numpy)``, or an ImportError that says what to install."""
    try:
        import numpy as np
        import pandas as pd  # type: ignore[import-untyped,unused-ignore]
    except ImportError as e:  # pragma: no cover - exercised in a subprocess test
        raise ImportError(_INSTALL) from e
    return pd, np


def _field_error(field: str, detail: str) -> "EgovError":
    """The core's InvalidFieldError for a DataFrame ``field`` (class,
    message and attributes built by the core)."""
    return _native._core_error("invalid_field", {"what": "DataFrame", "field": field, "detail": detail})


def _numeric(pd: Any, np: Any, values: Any, indicators: Any) -> Any:
    """Level cells as int64 or float64 (NaN = unrated); text that is not a
    number raises LevelNotIntegerError naming the indicator."""
    arr = np.asarray(values)
    if arr.dtype.kind == "b" and arr.size:
        raise _not_integer(indicators(0), str(arr.reshape(-1)[0]))
    if arr.dtype.kind in "iuf":
        # int64 / float64 in place when already so (C or Fortran order, as
        # pandas blocks are); other widths converted keeping the layout.
        arr = arr.astype(np.float64 if arr.dtype.kind == "f" else np.int64, copy=False)
        if arr.flags.c_contiguous or arr.flags.f_contiguous:
            return arr
        return np.ascontiguousarray(arr)
    flat = pd.Series(arr.reshape(-1))
    numbers = pd.to_numeric(flat, errors="coerce")
    # Text that is not a number, and booleans (which to_numeric takes as 0/1).
    bad = (numbers.isna() & flat.notna()) | flat.map(lambda v: isinstance(v, (bool, np.bool_)))
    if bad.any():
        k = int(np.flatnonzero(bad.to_numpy())[0])
        raise _not_integer(indicators(k), str(flat.iloc[k]))
    return np.ascontiguousarray(numbers.to_numpy(dtype=np.float64).reshape(arr.shape))


def _not_integer(indicator: str, value: str) -> "EgovError":
    """The core's LevelNotIntegerError for a cell (built by the core)."""
    return _native._core_error("level_not_integer", {"indicator": indicator, "value": value})


def _periods(np: Any, values: Any) -> Any:
    """Whole years as int64; fractions, text and missing years are errors."""
    arr = np.asarray(values)
    if arr.dtype.kind in "iu":
        return np.ascontiguousarray(arr, dtype=np.int64)
    try:
        years = arr.astype(np.float64)
    except (TypeError, ValueError) as e:
        raise _field_error("period", "must hold whole years") from e
    whole = np.isfinite(years) & (years == np.trunc(years))
    if not whole.all():
        k = int(np.flatnonzero(~whole)[0])
        raise _field_error("period", f"must hold whole years; row {k} has {arr[k]!r}")
    return np.ascontiguousarray(years.astype(np.int64))


def score_frame(
    framework: "Framework",
    df: Any,
    predicate_basis: "PredicateBasis",
    missing: "MissingPolicy",
    rank_basis: "RankBasis",
) -> Any:
    """Scores a long (subject, period, indicator, level) or wide (subject,
    period, one column per indicator) DataFrame."""
    pd, np = require_pandas()

    # Long or wide, and the required columns: the core's rule.
    wide = _native._table_layout("DataFrame", [str(c) for c in df.columns])
    if wide is None:
        keys = pd.MultiIndex.from_arrays([df["subject"], df["period"]])
        row_codes, rows = keys.factorize()
        name_codes, names = pd.factorize(df["indicator"])
        names = [str(n) for n in names]
        levels = _numeric(pd, np, df["level"].to_numpy(), lambda k: names[name_codes[k]])
        if levels.dtype != np.float64:
            levels = levels.astype(np.float64)
        subjects = rows.get_level_values(0)
        periods = _periods(np, rows.get_level_values(1))
        result = _native._score_long(
            framework,
            np.ascontiguousarray(row_codes, dtype=np.int64),
            names,
            np.ascontiguousarray(name_codes, dtype=np.int64),
            levels,
            periods,
            predicate_basis,
            missing,
            rank_basis,
        )
        index = None
    else:
        labels = [df.columns[k] for k in wide]
        indicators = [str(c) for c in labels]
        width = len(indicators)
        levels = _numeric(
            pd, np, df[labels].to_numpy(), lambda k: indicators[k % width]
        )
        # The subject column as it is (no conversion to Python objects).
        subjects = df["subject"].array
        periods = _periods(np, df["period"])
        result = _native._score_wide(
            framework, indicators, levels, periods, predicate_basis, missing, rank_basis
        )
        index = df.index
    # The group values arrive column-major (groups × rows): transposed, they
    # are one float block pandas keeps without copying.
    frame = pd.DataFrame(
        result["node_values"].T, columns=result["node_ids"], index=index, copy=False
    )
    frame.insert(0, "subject", subjects)
    frame.insert(1, "period", periods)
    frame.insert(2, "index", result["index"])
    frame.insert(
        3,
        "predicate",
        pd.Categorical.from_codes(result["predicate"], categories=result["predicate_ids"]),
    )
    frame["rank"] = result["rank"]
    return frame


def scorecard_frame(card: "Scorecard") -> Any:
    """One row per group (every tier, in framework order) and indicator."""
    pd, _ = require_pandas()
    rows = []
    indicator_tier = card.framework.tiers[-1]
    for n in card.nodes:
        rows.append(
            {"tier": n.tier, "id": n.id, "name": n.name, "value": n.value,
             "exact": n.exact, "level": None, "weight": None, "contribution": None}
        )
    for i in card.indicators:
        rows.append(
            {"tier": indicator_tier, "id": i.id, "name": None, "value": None, "exact": None,
             "level": i.level, "weight": float(i.weight),
             "contribution": float(i.contribution)}
        )
    return pd.DataFrame(rows)


def schedule_frame(schedule: "Schedule") -> Any:
    """One row per scheduled initiative; dates as datetime64."""
    pd, _ = require_pandas()
    frame = pd.DataFrame([dataclasses.asdict(e) for e in schedule.entries])
    if len(frame):
        for col in ("start", "finish", "earliest_start"):
            frame[col] = pd.to_datetime(frame[col])
        frame["explanations"] = frame["explanations"].map("; ".join)
    return frame


def projection_frame(projection: "Projection") -> Any:
    """One row per plan year: index, predicate, domains, finished initiatives."""
    pd, _ = require_pandas()
    rows = []
    for y in projection.years:
        card = y.scorecard
        row = {"year": y.year, "index": card.index, "predicate": card.predicate}
        for d in card.domains:
            row[d.id] = d.value
        row["finished"] = ", ".join(y.finished)
        rows.append(row)
    return pd.DataFrame(rows)


def coverage_frame(coverage: "Coverage") -> Any:
    """Agencies × domains element counts."""
    pd, _ = require_pandas()
    return pd.DataFrame(coverage.counts, index=coverage.agencies, columns=coverage.domains)


def benchmark_frame(benchmark: "Benchmark") -> Any:
    """One row per published row, in table order, with the CSV's columns:
    ``year``, ``report_table``, ``row`` (int64), ``institution``, ``kind``
    (categorical, the core's kinds in order), ``province`` (missing for
    central institutions; text columns in pandas' default string dtype), ``d1``–``d4`` and ``index`` (float64, NaN for a
    blank cell) and ``predicate`` (the printed label, categorical ordered by
    the framework's bands, lowest first, so ``df.predicate >= "Baik"``
    selects Baik and better).

    The values are printed two-decimal numbers; float64 is their
    exact-enough reading: each is the float its text parses to (what
    ``pd.read_csv`` gives), distinct printed values stay distinct and in
    order, so sorting, ranks and ties computed on the frame are those of
    the printed values. Sums and differences carry float rounding
    (``Benchmark.movers`` computes changes exactly)."""
    from typing import get_args

    from ._literals import InstitutionKind

    pd, np = require_pandas()
    rows = benchmark.rows()
    kinds = [v for member in get_args(InstitutionKind) for v in get_args(member)]
    bands = sorted(benchmark.framework.predicates(), key=lambda p: p.min)

    def values(name: str) -> Any:
        return np.array([getattr(r, name) for r in rows], dtype=np.float64)

    frame = pd.DataFrame({
        "year": np.array([r.year for r in rows], dtype=np.int64),
        "report_table": np.array([r.report_table for r in rows], dtype=np.int64),
        "row": np.array([r.row for r in rows], dtype=np.int64),
        "institution": [r.institution for r in rows],
        "kind": pd.Categorical([r.kind for r in rows], categories=kinds),
        "province": [r.province for r in rows],
        **{name: values(name) for name in ("d1", "d2", "d3", "d4", "index")},
        "predicate": pd.Categorical(
            [r.predicate for r in rows], categories=[p.name for p in bands], ordered=True
        ),
    })
    return frame


def consolidation_frame(report: "ConsolidationReport") -> Any:
    """One row per agency of a consolidation report: ``subject``,
    ``period`` (nullable Int64), ``status`` (categorical in the core's
    order), ``files`` (joined with ``; ``), ``rated``, ``empty`` (a count),
    ``problems`` (joined with newlines) and ``changes`` (``I1 2→5``, joined
    with ``; ``)."""
    pd, _ = require_pandas()
    rows = report.rows
    statuses = ["complete", "incomplete", "invalid", "duplicate", "missing", "unreadable"]
    return pd.DataFrame({
        "subject": [r.subject for r in rows],
        "period": pd.array([r.period for r in rows], dtype="Int64"),
        "status": pd.Categorical([r.status for r in rows], categories=statuses),
        "files": ["; ".join(r.files) for r in rows],
        "rated": [r.rated for r in rows],
        "empty": [len(r.empty) for r in rows],
        "problems": ["\n".join(r.problems) for r in rows],
        "changes": ["; ".join(f"{c.indicator} {c.from_level}\u2192{c.to_level}" for c in r.changes) for r in rows],
    })
