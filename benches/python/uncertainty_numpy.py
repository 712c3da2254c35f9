#!/usr/bin/env python3
"""How robust 600 units' ranks are to their 47 weights (Monte Carlo,
10,000 samples at ±20 %): ``egov_masterplan.composite.rank_uncertainty``
against the vectorised NumPy code an analyst would write.

Inputs (deterministic): ``rng = numpy.random.default_rng(SEED)``; values
``X = rng.random((units, indicators))`` in [0, 1) (no missing values: the
NumPy code below would need ``nansum`` and per-row weight totals for
them), nominal weights ``w = rng.uniform(0.5, 1.5, indicators)``.

Timed (median of ``--runs`` runs after one warm-up run, ``time.perf_counter``):

- ``egov``: ``em.composite.rank_uncertainty(X, w, weight_noise=0.2,
  samples=10_000, seed=0)``: per sample each weight times a uniform factor
  in [0.8, 1.2] (ChaCha20, one stream per sample), every unit's weighted
  arithmetic mean, competition ranks; per unit nominal rank, median,
  p05, p95 (nearest rank) and mean absolute shift. Samples run in parallel
  on every core the process may use, the GIL released.
- ``numpy``: ``W = w * (1 + 0.2 * U(-1, 1))`` (samples × indicators, one
  ``default_rng`` call), rows renormalised, ``S = W @ X.T`` (samples ×
  units, BLAS on every core), competition ranks per row with
  ``scipy.stats.rankdata(-S, method="min", axis=1)`` (what an analyst
  reaches for: NumPy alone has no tie-aware rank), nominal ranks the same
  way from ``X @ (w / w.sum())``, then ``np.percentile(R, [5, 50, 95],
  axis=0, method="inverted_cdf")`` (the nearest-rank percentile, as egov)
  and ``np.abs(R - nominal).mean(axis=0)``.

Checked after timing: the nominal ranks are equal, and the intervals agree
statistically (the two draw different random numbers): the share of units
whose p05, median and p95 differ by at most 2 ranks (must be >= 95 %), and
the largest differences.

Memory peak: each side run once more in a fresh subprocess of this script
(``--memory egov|numpy``) that imports the same modules and generates the
same inputs, then resets the kernel's resident-set high-water mark
(``echo 5 > /proc/self/clear_refs``), runs the work and reports
``VmHWM − VmRSS before`` (``/proc/self/status``): the resident memory the
work added at its peak, outputs included; where the reset is not allowed,
``ru_maxrss`` after minus ``ru_maxrss`` before (``method`` in the JSON
says which). For NumPy also ``tracemalloc``'s peak (NumPy reports its
array buffers to it; Rust's allocations are invisible to it, hence RSS for
the comparison).

Run: ``python benches/python/uncertainty_numpy.py [--runs 5] [--quick]
[--json PATH]``; prints JSON.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import statistics
import time
from typing import Any, Callable, Dict

import numpy as np
import scipy
import scipy.stats

import egov_masterplan as em
from _bench_io import emit, memory_in_subprocess, status_kib

SEED = 20_241_116
NOISE = 0.2
FULL = {"units": 600, "indicators": 47, "samples": 10_000}
QUICK = {"units": 100, "indicators": 47, "samples": 500}


def inputs(units: int, indicators: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(SEED)
    x = rng.random((units, indicators))
    w = rng.uniform(0.5, 1.5, indicators)
    return x, w


def egov(x: np.ndarray, w: np.ndarray, samples: int) -> Dict[str, np.ndarray]:
    r = em.composite.rank_uncertainty(x, w, weight_noise=NOISE, samples=samples, seed=0)
    return {"nominal": r.nominal_rank, "median": r.median_rank, "p05": r.p05, "p95": r.p95, "shift": r.mean_shift}


def numpy_peer(x: np.ndarray, w: np.ndarray, samples: int) -> Dict[str, np.ndarray]:
    rng = np.random.default_rng(0)
    weights = w * (1.0 + NOISE * rng.uniform(-1.0, 1.0, (samples, len(w))))
    weights /= weights.sum(axis=1, keepdims=True)
    scores = weights @ x.T
    ranks = scipy.stats.rankdata(-scores, method="min", axis=1).astype(np.int64)
    nominal = scipy.stats.rankdata(-(x @ (w / w.sum())), method="min").astype(np.int64)
    p05, median, p95 = np.percentile(ranks, [5, 50, 95], axis=0, method="inverted_cdf")
    shift = np.abs(ranks - nominal).mean(axis=0)
    return {"nominal": nominal, "median": median, "p05": p05, "p95": p95, "shift": shift}


SIDES: Dict[str, Callable[[np.ndarray, np.ndarray, int], Dict[str, np.ndarray]]] = {
    "egov": egov,
    "numpy": numpy_peer,
}


def timed(f: Callable[[], Any], runs: int) -> tuple[float, list[float], Any]:
    result = f()  # warm-up
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        result = f()
        times.append(time.perf_counter() - t)
    return statistics.median(times), times, result


def peak_mib(work: Callable[[], Any]) -> Dict[str, Any]:
    """The resident memory `work` adds at its peak, in MiB (see the module
    documentation)."""
    gc.collect()
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        before = status_kib("VmRSS")
        result = work()
        peak = status_kib("VmHWM")
        method = "VmHWM after minus VmRSS before, high-water mark reset (/proc/self/clear_refs)"
    except OSError:
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        result = work()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        method = "ru_maxrss after minus ru_maxrss before"
    del result
    return {"mib": (peak - before) / 1024, "method": method}


def memory_child(side: str, sizes: Dict[str, int]) -> None:
    x, w = inputs(sizes["units"], sizes["indicators"])
    out = peak_mib(lambda: SIDES[side](x, w, sizes["samples"]))
    if side == "numpy":
        import tracemalloc

        gc.collect()
        tracemalloc.start()
        result = numpy_peer(x, w, sizes["samples"])
        out["tracemalloc_mib"] = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        del result
    print(json.dumps(out))


def memory(side: str, quick: bool) -> Dict[str, Any]:
    return memory_in_subprocess(__file__, side, quick)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--quick", action="store_true", help="small sizes, to check the harness")
    ap.add_argument("--json", help="also write the JSON here")
    ap.add_argument("--memory", choices=sorted(SIDES), help=argparse.SUPPRESS)
    args = ap.parse_args()
    sizes = QUICK if args.quick else FULL
    if args.memory:
        memory_child(args.memory, sizes)
        return
    x, w = inputs(sizes["units"], sizes["indicators"])
    t_egov, all_egov, ours = timed(lambda: egov(x, w, sizes["samples"]), args.runs)
    t_numpy, all_numpy, peer = timed(lambda: numpy_peer(x, w, sizes["samples"]), args.runs)
    nominal_mismatches = int(np.sum(ours["nominal"] != peer["nominal"]))
    checks: Dict[str, Any] = {"nominal_rank_mismatches": nominal_mismatches}
    for key in ("p05", "median", "p95"):
        diff = np.abs(ours[key].astype(np.int64) - peer[key].astype(np.int64))
        checks[f"{key}_within_2_share"] = float(np.mean(diff <= 2))
        checks[f"{key}_max_abs_diff"] = int(diff.max())
    checks["mean_shift_max_abs_diff"] = float(np.abs(ours["shift"] - peer["shift"]).max())
    checks["mean_shift_mean"] = float(ours["shift"].mean())
    ok = nominal_mismatches == 0 and all(checks[f"{k}_within_2_share"] >= 0.95 for k in ("p05", "median", "p95"))
    mem_egov, mem_numpy = memory("egov", args.quick), memory("numpy", args.quick)
    out = {
        **sizes,
        "weight_noise": NOISE,
        "runs": args.runs,
        "quick": args.quick,
        "median_s": {"egov": t_egov, "numpy": t_numpy},
        "all_s": {"egov": all_egov, "numpy": all_numpy},
        "ratio_numpy_over_egov": t_numpy / t_egov,
        "memory_peak_mib": {
            "egov": mem_egov["mib"],
            "numpy": mem_numpy["mib"],
            "numpy_tracemalloc": mem_numpy.get("tracemalloc_mib"),
            "method": mem_egov["method"] + "; measured in a fresh subprocess per side, after imports "
            "and input generation",
        },
        "checks": checks,
        "checks_pass": ok,
        "ranks_by": "scipy.stats.rankdata(-S, method='min', axis=1)",
        "cpus": len(os.sched_getaffinity(0)),
        "python": platform.python_version(),
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "egov": em.__version__,
    }
    emit(out, args.json, "uncertainty_numpy", ok)


if __name__ == "__main__":
    main()
