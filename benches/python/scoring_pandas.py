#!/usr/bin/env python3
"""Scoring 1,000,000 SPBE assessments: ``Framework.score_many`` against the
pandas pipeline an analyst would write, and against bare NumPy.

The input is a wide DataFrame (columns ``subject``, ``period``, ``I1`` …
``I47``) generated deterministically: levels are
``numpy.random.default_rng(SEED).integers(1, 6, size=(rows, 47))`` (int64),
row ``r`` is subject ``opd-{r // 4:06d}`` in period ``2021 + r % 4`` (so
250,000 subjects × 4 periods at full size). The DataFrame is built from a
dict of columns, as reading a file column by column gives it.

Timed (median of ``--runs`` runs after one warm-up run, ``time.perf_counter``):

(a) ``egov``: ``fw.score_many(df)``, the full breakdown: published index,
    predicate (from the exact index), the 4 domains and 8 aspects (rounded
    half-up to 2 decimals on the exact values) and the competition rank
    within the period (on the exact index).

(b) ``pandas``: what an analyst would write for the same table: melt to
    long form, merge with the indicator → aspect → domain weight table
    (built from ``fw.nodes()``), aspect values ``Σ level·w / Σ w`` by
    groupby, domain values as the aspect-weighted mean of the (unrounded)
    aspect values, the index as the domain-weighted mean of the domains,
    rounding half-up as ``np.floor(x * 100 + 0.5) / 100``, the predicate
    with ``pd.cut`` on the bands (lower bound inclusive, on the unrounded
    index like egov's default ``predicate_basis="exact"``), and
    ``groupby("period").rank(method="min", ascending=False)``.

(a') ``egov_polars`` / ``egov_pyarrow``: ``fw.score_many`` on the same table
    as a Polars DataFrame / PyArrow Table (converted from the pandas one
    before timing; same columns), read through the Arrow PyCapsule stream
    interface, returning the same columns as a Polars DataFrame / PyArrow
    Table (skipped when polars or pyarrow is not installed).

(c) ``numpy``: the index only, unrounded, no predicate, domains or rank:
    ``X = df[ids].to_numpy(); index = X @ w / W``, and the same starting
    from the already-extracted matrix ``X`` (``numpy-matrix``).

After timing, the pandas output is aligned to egov's by (subject, period)
and compared value by value (exact float equality: both sides print
``k / 100``). Both are also checked against an exact integer reference
(weights in units of 1/20, so every value is an integer ratio), which says
which mismatches are float rounding at exact ``.xx5`` ties, at exact band
boundaries, or float noise between equal exact indices (rank).

``--profile`` also times the steps of ``score_many`` on a DataFrame
(``egov_masterplan._pandas.score_frame``) one by one; ``--no-pandas``
skips the pandas pipeline (about 35 s a run at full size) and the checks.

Run: ``python benches/python/scoring_pandas.py [--rows N] [--runs N]
[--profile] [--no-pandas]`` with the extension installed and pandas, numpy
and pyarrow (pinned in ``benches/python/requirements.txt``). The egov side
uses every core the process may run on (``taskset -c 0`` for one); pandas
is single-threaded.
"""

import argparse
import json
import math
import os
import platform
import statistics
import sys
import time

import numpy as np
import pandas as pd

import egov_masterplan as em
from scoring_reference import check

SEED = 20_240_527
PERIODS = (2021, 2022, 2023, 2024)
FRAMEWORK = "spbe-2020"


# --------------------------------------------------------------------------
# Input


def generate(ids, rows, seed=SEED):
    """The wide DataFrame: subject, period, one int64 column per indicator."""
    rng = np.random.default_rng(seed)
    levels = rng.integers(1, 6, size=(rows, len(ids)), dtype=np.int64)
    p = len(PERIODS)
    r = np.arange(rows)
    names = np.array([f"opd-{k:06d}" for k in range(-(-rows // p))], dtype=object)
    data = {"subject": names[r // p], "period": np.array(PERIODS, dtype=np.int64)[r % p]}
    for j, i in enumerate(ids):
        data[i] = levels[:, j]
    return pd.DataFrame(data)


def weight_tables(fw):
    """The analyst's tables from the framework tree (nodes come top-down in
    document order: an aspect belongs to the last domain before it, an
    indicator to the last aspect)."""
    indicators, aspects, domains = [], [], []
    domain = aspect = None
    for n in fw.nodes():
        if n.tier == "domain":
            domain = n.id
            domains.append((n.id, float(n.weight)))
        elif n.tier == "aspect":
            aspect = n.id
            aspects.append((n.id, domain, float(n.weight)))
        else:
            indicators.append((n.id, aspect, domain, float(n.weight)))
    return (
        pd.DataFrame(indicators, columns=["indicator", "aspect", "domain", "w"]),
        pd.DataFrame(aspects, columns=["aspect", "domain", "aspect_w"]),
        pd.DataFrame(domains, columns=["domain", "domain_w"]),
    )


def bands(fw):
    """``pd.cut`` bins and labels, lowest band first."""
    preds = sorted(fw.predicates(), key=lambda p: p.min)
    return [float(p.min) for p in preds] + [math.inf], [p.id for p in preds]


# --------------------------------------------------------------------------
# The three contenders


def egov(fw, df):
    return fw.score_many(df)


def arrow_inputs(df):
    """The same table as a Polars DataFrame and a PyArrow Table (``None``
    for a library that is not installed)."""
    try:
        import pyarrow as pa
    except ImportError:
        return None, None
    table = pa.Table.from_pandas(df, preserve_index=False)
    try:
        import polars as pl
    except ImportError:
        return None, table
    return pl.from_arrow(table), table


def same_scores(ours, other):
    """Whether an Arrow result has the pandas result's columns and values."""
    got = other.to_pandas()
    return list(got.columns) == list(ours.columns) and all(
        np.array_equal(got[c].astype(str).to_numpy() if c in ("subject", "predicate") else got[c].to_numpy(),
                       ours[c].astype(str).to_numpy() if c in ("subject", "predicate") else ours[c].to_numpy(),
                       equal_nan=c not in ("subject", "predicate"))
        for c in ours.columns)


def round2(x):
    """Half-up to 2 decimals, as the regulation (and as an analyst writes it)."""
    return np.floor(x * 100 + 0.5) / 100


def pandas_pipeline(df, tables, cut):
    ind, asp, dom = tables
    bins, labels = cut
    long = df.melt(id_vars=["subject", "period"], value_vars=list(ind["indicator"]),
                   var_name="indicator", value_name="level")
    long = long.merge(ind, on="indicator", how="left")
    long["lw"] = long["level"] * long["w"]

    a = long.groupby(["subject", "period", "aspect"], sort=False)[["lw", "w"]].sum()
    a["value"] = a["lw"] / a["w"]
    a = a.reset_index().merge(asp, on="aspect")
    a["vw"] = a["value"] * a["aspect_w"]

    d = a.groupby(["subject", "period", "domain"], sort=False)[["vw", "aspect_w"]].sum()
    d["value"] = d["vw"] / d["aspect_w"]
    d = d.reset_index().merge(dom, on="domain")
    d["vw"] = d["value"] * d["domain_w"]

    i = d.groupby(["subject", "period"], sort=False)[["vw", "domain_w"]].sum()
    exact = i["vw"] / i["domain_w"]

    out = pd.DataFrame({"index": round2(exact)})
    out["predicate"] = pd.cut(exact, bins=bins, labels=labels, right=False)
    domains = d.set_index(["subject", "period", "domain"])["value"].unstack()
    aspects = a.set_index(["subject", "period", "aspect"])["value"].unstack()
    out = out.join(round2(domains)).join(round2(aspects))
    out["rank"] = exact.groupby(level="period").rank(method="min", ascending=False).astype("int64")
    return out.reset_index()


def numpy_index(df, ids, w, total):
    x = df[ids].to_numpy()
    return x @ w / total


def numpy_index_matrix(x, w, total):
    return x @ w / total


# --------------------------------------------------------------------------
# Timing


def timed(runs, f, *args):
    """Median and best seconds of ``runs`` runs after one warm-up run, and
    the last result."""
    result = f(*args)  # warm-up
    times = []
    for _ in range(runs):
        result = None
        t0 = time.perf_counter()
        result = f(*args)
        times.append(time.perf_counter() - t0)
    return result, statistics.median(times), min(times)


def profile(fw, df, runs):
    """The steps of ``score_frame`` (wide path) timed one by one."""
    from egov_masterplan import _native, _pandas

    steps = {}

    def step(name, f):
        out, med, _ = timed(runs, f)
        steps[name] = med
        return out

    labels = [c for c in df.columns if str(c) not in ("subject", "period")]
    ids = [str(c) for c in labels]
    width = len(ids)
    sel = step("df[ids] (column selection)", lambda: df[labels])
    raw = step(".to_numpy()", lambda: sel.to_numpy())
    levels = step("_numeric (dtype and layout check)",
                  lambda: _pandas._numeric(pd, np, raw, lambda k: ids[k % width]))
    subjects = step('df["subject"].array', lambda: df["subject"].array)
    periods = step("_periods", lambda: _pandas._periods(np, df["period"]))
    result = step(f"_native._score_wide ({levels.dtype}, "
                  f"{'C' if levels.flags.c_contiguous else 'Fortran'} order)",
                  lambda: _native._score_wide(fw, ids, levels, periods, "exact", "error", "exact"))

    def frame():
        out = pd.DataFrame(result["node_values"].T, columns=result["node_ids"],
                           index=df.index, copy=False)
        out.insert(0, "subject", subjects)
        out.insert(1, "period", periods)
        out.insert(2, "index", result["index"])
        out.insert(3, "predicate", pd.Categorical.from_codes(
            result["predicate"], categories=result["predicate_ids"]))
        out["rank"] = result["rank"]
        return out

    step("output DataFrame", frame)
    total = sum(steps.values())
    # For comparison, not part of score_many:
    extra = {}
    c_order = np.ascontiguousarray(levels)
    for name, f in [
        ("_native._score_wide (int64, C order)",
         lambda: _native._score_wide(fw, ids, c_order, periods, "exact", "error", "exact")),
        ("np.ascontiguousarray(levels) (transpose, for scale)",
         lambda: np.ascontiguousarray(levels)),
        ("df[\"subject\"].to_numpy() (object strings, the old way)",
         lambda: df["subject"].to_numpy()),
    ]:
        extra[name] = timed(runs, f)[1]
    return steps, total, extra


# --------------------------------------------------------------------------


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=1_000_000, help="assessments (default 1,000,000)")
    ap.add_argument("--runs", type=int, default=5, help="timed runs per contender (default 5)")
    ap.add_argument("--profile", action="store_true", help="also time the steps of score_many")
    ap.add_argument("--no-pandas", action="store_true",
                    help="skip the (slow) pandas pipeline and the output checks")
    ap.add_argument("--json", metavar="PATH",
                    help="also write versions and medians (seconds) as JSON (scripts/bench)")
    args = ap.parse_args(argv)

    fw = em.Framework.builtin(FRAMEWORK)
    ids = fw.indicator_ids
    t0 = time.perf_counter()
    df = generate(ids, args.rows)
    try:
        import pyarrow
        arrow = f"pyarrow {pyarrow.__version__}"
    except ImportError:
        arrow = "no pyarrow"
    print(f"python {platform.python_version()}, pandas {pd.__version__}, numpy {np.__version__}, "
          f"{arrow} (subject dtype {df['subject'].dtype!r}), egov-masterplan {em.__version__}, "
          f"{len(os.sched_getaffinity(0))} core(s) available")
    print(f"{args.rows:,} assessments × {len(ids)} indicators, {len(PERIODS)} periods "
          f"(generated in {time.perf_counter() - t0:.1f} s); {args.runs} runs + 1 warm-up")

    tables, cut = weight_tables(fw), bands(fw)
    w = tables[0].set_index("indicator").loc[ids, "w"].to_numpy()
    total = w.sum()

    ours, t_egov, b_egov = timed(args.runs, egov, fw, df)
    t_pl = b_pl = t_pa = b_pa = math.nan
    polars_df, arrow_table = arrow_inputs(df)
    versions = {}
    if polars_df is not None:
        import polars
        versions["polars"] = polars.__version__
        out, t_pl, b_pl = timed(args.runs, egov, fw, polars_df)
        assert same_scores(ours, out), "polars result differs from pandas"
        del out
    if arrow_table is not None:
        out, t_pa, b_pa = timed(args.runs, egov, fw, arrow_table)
        assert same_scores(ours, out), "pyarrow result differs from pandas"
        del out
    del polars_df, arrow_table
    x = df[ids].to_numpy()
    _, t_np, b_np = timed(args.runs, numpy_index, df, ids, w, total)
    _, t_npm, b_npm = timed(args.runs, numpy_index_matrix, x, w, total)
    del x
    if args.no_pandas:
        theirs, t_pd, b_pd = None, math.nan, math.nan
    else:
        theirs, t_pd, b_pd = timed(args.runs, pandas_pipeline, df, tables, cut)

    print()
    print(f"{'contender':<44} {'median':>10} {'best':>10} {'egov is':>12}")
    for name, med, best in [
        ("(a) egov fw.score_many(df) (full breakdown)", t_egov, b_egov),
        ("(a') egov fw.score_many(polars DataFrame)", t_pl, b_pl),
        ("(a') egov fw.score_many(pyarrow Table)", t_pa, b_pa),
        ("(b) pandas melt/merge/groupby (full)", t_pd, b_pd),
        ("(c) numpy df[ids].to_numpy() @ w / W", t_np, b_np),
        ("(c') numpy X @ w / W (X extracted)", t_npm, b_npm),
    ]:
        if math.isnan(med):
            continue
        ratio = med / t_egov
        rel = f"{ratio:.1f}× faster" if ratio >= 1 else f"{1 / ratio:.2f}× slower"
        if name.startswith("(a"):
            rel = "—"
        print(f"{name:<44} {med * 1e3:>8.1f} ms {best * 1e3:>7.1f} ms {rel:>12}")
    print()
    if not math.isnan(t_pd):
        print(f"egov vs pandas: {t_pd / t_egov:.1f}× (target ≥ 30×: "
              f"{'met' if t_pd / t_egov >= 30 else 'NOT met'})")
    print(f"egov vs numpy (from the DataFrame): {t_egov / t_np:.2f}× numpy's time "
          f"(target ≤ 2×: {'met' if t_egov / t_np <= 2 else 'NOT met'})")
    print(f"egov vs numpy (from the matrix): {t_egov / t_npm:.2f}× numpy's time")

    mismatches = None
    if theirs is not None:
        mismatches = check(fw, df, ids, ours, theirs)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump({
                "rows": args.rows, "runs": args.runs, "python": platform.python_version(),
                "pandas": pd.__version__, "numpy": np.__version__, "pyarrow": arrow,
                "egov": em.__version__, "polars": versions.get("polars"),
                "median_s": {"egov": t_egov, "pandas": None if math.isnan(t_pd) else t_pd,
                             "egov_polars": None if math.isnan(t_pl) else t_pl,
                             "egov_pyarrow": None if math.isnan(t_pa) else t_pa,
                             "numpy_from_frame": t_np, "numpy_matrix": t_npm},
                "egov_vs_exact_reference_mismatches": mismatches,
            }, out, indent=2)
    if args.profile:
        steps, total_steps, extra = profile(fw, df, args.runs)
        print()
        print("score_many(df) step by step (medians):")
        for name, t in steps.items():
            print(f"  {name:<52} {t * 1e3:>8.1f} ms {100 * t / total_steps:>5.1f} %")
        print(f"  {'sum of steps':<52} {total_steps * 1e3:>8.1f} ms")
        print("for comparison:")
        for name, t in extra.items():
            print(f"  {name:<52} {t * 1e3:>8.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
