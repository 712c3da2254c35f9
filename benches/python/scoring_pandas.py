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

``--profile`` also times the steps of ``score_many`` one by one for each
input kind (medians): on the DataFrame (``egov_masterplan._pandas.
score_frame``) and on the Polars DataFrame and PyArrow Table
(``egov_masterplan._frames.score_arrow``), each step in one of three
phases: ``input`` (the frame's columns to NumPy arrays), ``core`` (the
native call) and ``output`` (the result frame); with ``--json`` they go
under ``profile_median_s``. ``--no-pandas`` skips the pandas pipeline
(about 30 s a run at full size) and the checks.

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
    """The steps of ``score_many`` timed one by one (medians), per input
    kind: ``{kind: {step: seconds}}`` for ``pandas`` (``_pandas.score_frame``,
    wide path) and ``polars`` / ``pyarrow`` (``_frames.score_arrow``, wide
    path; when installed), each step named ``input:`` (the frame to NumPy
    arrays), ``core:`` (the native call) or ``output:`` (the result frame),
    and ``score_many`` itself timed whole just before its steps (the VM is
    noisy: steps and whole are compared within one stretch); and a few
    timings for comparison that are not part of ``score_many``."""
    from egov_masterplan import _frames, _native, _pandas

    opts = ("exact", "error", "exact")
    kinds, extra = {}, {}

    def step(steps, name, f):
        out, med, _ = timed(runs, f)
        steps[name] = med
        return out

    s = kinds["pandas"] = {}
    step(s, "whole: fw.score_many(df)", lambda: fw.score_many(df))
    step(s, "input: _table_layout", lambda: _native._table_layout("DataFrame", [str(c) for c in df.columns]))
    labels = [c for c in df.columns if str(c) not in ("subject", "period")]
    ids = [str(c) for c in labels]
    width = len(ids)
    sel = step(s, "input: df[ids] (column selection)", lambda: df[labels])
    raw = step(s, "input: .to_numpy()", lambda: sel.to_numpy())
    levels = step(s, "input: _numeric (dtype and layout check)",
                  lambda: _pandas._numeric(pd, np, raw, lambda k: ids[k % width]))
    subjects = step(s, 'input: df["subject"].array', lambda: df["subject"].array)
    periods = step(s, "input: _periods", lambda: _pandas._periods(np, df["period"]))
    result = step(s, f"core: _native._score_wide ({levels.dtype}, "
                     f"{'C' if levels.flags.c_contiguous else 'Fortran'} order)",
                  lambda: _native._score_wide(fw, ids, levels, periods, *opts))

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

    step(s, "output: pandas DataFrame", frame)
    c_order = np.ascontiguousarray(levels)
    extra["pandas: _native._score_wide (int64, C order)"] = timed(
        runs, lambda: _native._score_wide(fw, ids, c_order, periods, *opts))[1]
    extra["pandas: np.ascontiguousarray(levels) (transpose, for scale)"] = timed(
        runs, lambda: np.ascontiguousarray(levels))[1]
    extra['pandas: df["subject"].to_numpy() (object strings, the old way)'] = timed(
        runs, lambda: df["subject"].to_numpy())[1]
    del c_order, levels, raw, sel, result

    polars_df, arrow_table = arrow_inputs(df)
    for kind, data in (("polars", polars_df), ("pyarrow", arrow_table)):
        if data is None:
            continue
        pa, pc, _ = _frames.require_pyarrow()
        s = kinds[kind] = {}
        step(s, "whole: fw.score_many(df)", lambda: fw.score_many(data))
        if kind == "polars":
            table = step(s, "input: pa.table(df) (__arrow_c_stream__ export)", lambda: pa.table(data))
        else:
            table = data  # score_arrow takes a pa.Table as it is
        names = list(table.column_names)
        wide = step(s, "input: _table_layout", lambda: _native._table_layout("DataFrame", names))
        ids = [names[k] for k in wide]
        columns = step(s, f"input: _levels × {len(wide)} + np.ascontiguousarray",
                       lambda: [np.ascontiguousarray(_frames._levels(pa, pc, np, table.column(k))[0])
                                for k in wide])
        subjects = step(s, 'input: table.column("subject")', lambda: table.column("subject"))
        periods = step(s, "input: _periods_of",
                       lambda: _frames._periods_of(pa, pc, np, table.column("period")))
        result = step(s, "core: _native._score_columns",
                      lambda: _native._score_columns(fw, ids, columns, periods, *opts))
        # _frames._output builds the pa.Table (a Table passed as the input
        # returns it); for Polars input it then converts it to a DataFrame.
        out = step(s, "output: pa.table (_frames._output)",
                   lambda: _frames._output(pa, np, table, result, subjects, periods))
        if kind == "polars":
            import polars as pl
            enum = pl.Enum([str(p) for p in result["predicate_ids"]])
            step(s, "output: pl.from_arrow + predicate to Enum",
                 lambda: pl.from_arrow(out).with_columns(pl.col("predicate").cast(enum)))
            extra["polars: levels chunks per column (after the export)"] = table.column(wide[0]).num_chunks
        del table, columns, result, out
    return kinds, extra


def print_profile(kinds, extra, t_npm):
    """The per-kind step tables, with the phase subtotals and the ratios to
    NumPy's ``X @ w / W`` (``t_npm``, the median timed above)."""
    for kind, times in kinds.items():
        whole = times["whole: fw.score_many(df)"]
        steps = {k: v for k, v in times.items() if not k.startswith("whole:")}
        total = sum(steps.values())
        print()
        print(f"score_many({kind} input) step by step (medians):")
        for name, t in steps.items():
            print(f"  {name:<60} {t * 1e3:>8.1f} ms {100 * t / total:>5.1f} %")
        for phase in ("input", "core", "output"):
            t = sum(v for k, v in steps.items() if k.startswith(phase + ":"))
            print(f"  {'= ' + phase:<60} {t * 1e3:>8.1f} ms {100 * t / total:>5.1f} %")
        print(f"  {'sum of steps':<60} {total * 1e3:>8.1f} ms ({total / t_npm:.2f}× X @ w / W)")
        print(f"  {'score_many, timed whole just before the steps':<60} {whole * 1e3:>8.1f} ms "
              f"({whole / t_npm:.2f}× X @ w / W; target ≤ 1.5×: "
              f"{'met' if whole / t_npm <= 1.5 else 'NOT met'})")
    print("for comparison:")
    for name, t in extra.items():
        print(f"  {name:<64} " + (f"{t * 1e3:>8.1f} ms" if isinstance(t, float) else f"{t:>8}"))


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
    # The steps right after the whole calls, before the long pandas run:
    # on a shared machine, the closer in time, the more comparable.
    kinds, extra = profile(fw, df, args.runs) if args.profile else (None, None)
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
    if args.profile:
        print_profile(kinds, extra, t_npm)
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
                # --profile: {input kind: {step: median seconds}} ("whole: …"
                # is score_many itself, timed just before the steps)
                "profile_median_s": kinds,
            }, out, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
