#!/usr/bin/env python3
"""The national benchmark's positions, timed against pandas.

The work of ``core/benches/benchmark.rs`` ("positions 2024 ×4 cohorts"):
every institution of 2024 placed in its four cohorts (all institutions,
its kind, the regional governments, its province for a regional row):
2,368 positions, each a competition rank (1 + members with a higher
index), the members counted and those below. Three ways:

- ``egov``: ``Benchmark.position`` called 2,368 times from Python (each
  call finds the name as ``lookup`` does, forgivingly);
- ``pandas_loop``: what the Python suite's cross-check does and what an
  analyst writes first: per row, a boolean mask per cohort and two
  comparisons (``(s > v).sum()``);
- ``pandas_vectorised``: ``groupby(...).rank(method="min",
  ascending=False)`` and ``transform("count")`` for the cohorts an
  institution belongs to, ``np.searchsorted`` in the sorted regional values
  for the regional cohort (where central institutions are placed, not
  members): the fast pandas answer.

All three work on whole hundredths (integers), so no float decides a tie;
the answers are compared and the mismatches printed (must be 0).

Run: ``python benches/python/benchmark_pandas.py [--runs 5]``; prints JSON.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import statistics
import time
from decimal import Decimal

import numpy as np
import pandas as pd

import egov_masterplan as em

CSV = pathlib.Path(__file__).resolve().parents[2] / "core" / "data" / "spbe-results-2023-2024.csv"
REGIONAL = ("provinsi", "kabupaten", "kota")


def table() -> pd.DataFrame:
    df = pd.read_csv(CSV, dtype=str, keep_default_na=False)
    df["year"] = df["year"].astype(int)
    df["index_c"] = [int(Decimal(t) * 100) if t else None for t in df["index"]]
    return df[df["year"] == 2024].reset_index(drop=True)


def asks(y24: pd.DataFrame) -> list[tuple[str, str, dict]]:
    """(institution, cohort key, keyword arguments), in the Rust bench's order."""
    out = []
    for row in y24.itertuples(index=False):
        out.append((row.institution, "all", {}))
        out.append((row.institution, "kind", {"kind": row.kind}))
        out.append((row.institution, "regional", {"regional": True}))
        if row.province:
            out.append((row.institution, "province", {"province": row.province}))
    return out


def egov(b: em.Benchmark, work: list) -> dict:
    out = {}
    for name, key, kw in work:
        p = b.position(2024, name, **kw)
        out[(name, key)] = (p.rank, p.count, p.below)
    return out


def pandas_loop(y24: pd.DataFrame) -> dict:
    out = {}
    regional = y24[y24["kind"].isin(REGIONAL)]
    for row in y24.itertuples(index=False):
        v = row.index_c
        cohorts = [("all", y24), ("kind", y24[y24["kind"] == row.kind]), ("regional", regional)]
        if row.province:
            cohorts.append(("province", y24[y24["province"] == row.province]))
        for key, members in cohorts:
            s = members["index_c"].dropna()
            out[(row.institution, key)] = (int((s > v).sum()) + 1, len(s), int((s < v).sum()))
    return out


def pandas_vectorised(y24: pd.DataFrame) -> dict:
    out = {}
    # Members of their own cohort (all, their kind, their province): a
    # grouped rank.
    df = y24.assign(all="all")
    for key in ("all", "kind", "province"):
        part = df if key != "province" else df[df["province"] != ""]
        g = part.groupby(key)["index_c"]
        rank = g.rank(method="min", ascending=False).astype(int)
        below = g.rank(method="min", ascending=True).astype(int) - 1
        count = g.transform("count")
        for name, r, c, b in zip(part["institution"], rank, count, below):
            out[(name, key)] = (r, int(c), b)
    # Every institution among the regional governments (central ones are
    # placed, not members): two searches in the sorted values.
    values = np.sort(y24.loc[y24["kind"].isin(REGIONAL), "index_c"].to_numpy(dtype=np.int64))
    v = y24["index_c"].to_numpy(dtype=np.int64)
    below = np.searchsorted(values, v, side="left")
    above = len(values) - np.searchsorted(values, v, side="right")
    for name, a, b in zip(y24["institution"], above, below):
        out[(name, "regional")] = (int(a) + 1, len(values), int(b))
    return out


def timed(f, *args, runs: int) -> tuple[float, dict]:
    f(*args)  # warm-up
    times, result = [], {}
    for _ in range(runs):
        t = time.perf_counter()
        result = f(*args)
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    y24 = table()
    b = em.Benchmark.spbe_published()
    work = asks(y24)
    assert len(work) == 615 * 3 + 523
    t_egov, r_egov = timed(egov, b, work, runs=args.runs)
    t_loop, r_loop = timed(pandas_loop, y24, runs=args.runs)
    t_vec, r_vec = timed(pandas_vectorised, y24, runs=args.runs)
    mismatches = sum(r_egov[k] != r_loop.get(k) for k in r_egov) + sum(r_egov[k] != r_vec.get(k) for k in r_egov)
    print(json.dumps({
        "positions": len(work),
        "runs": args.runs,
        "median_s": {"egov": t_egov, "pandas_loop": t_loop, "pandas_vectorised": t_vec},
        "mismatches": mismatches,
        "pandas": pd.__version__,
    }, indent=2))


if __name__ == "__main__":
    main()
