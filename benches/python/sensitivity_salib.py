#!/usr/bin/env python3
"""Sobol' indices of a composite index's 47 weights for each of its 600
units: ``egov_masterplan.sensitivity`` against SALib 1.5.1, the reference
implementation.

Inputs (deterministic): ``rng = numpy.random.default_rng(SEED)``; values
``X = rng.random((units, 47))`` in [0, 1), nominal weights ``w =
rng.uniform(0.5, 1.5, 47)``. The model's 47 inputs are the weights, each
in ``[0.8, 1.2] × w`` (±20 %); its 600 outputs are every unit's composite,
the weighted arithmetic mean ``Y = (W @ X.T) / W.sum(axis=1)`` (the same
NumPy function on both sides). N = 1024 base points: 1024 · 49 = 50,176
model runs; then first-order and total indices of every unit's composite
(600 analyses, 100 bootstrap resamples each).

Timed, per step and in total (median of ``--runs`` runs after a warm-up on
one unit, ``time.perf_counter``):

- SALib: ``SALib.sample.sobol.sample(problem, N, calc_second_order=False,
  scramble=False)`` (scaled to the bounds), the model, then
  ``SALib.analyze.sobol.analyze(problem, Y[:, u], calc_second_order=False,
  num_resamples=100)`` for each unit (single-threaded NumPy; SALib has no
  batched analysis).
- egov: ``em.sensitivity.saltelli_sample(N, 47, skip=0)`` (the same
  unscrambled Sobol' points as SALib's, value for value) scaled with the
  same NumPy expression as SALib's ``scale_samples``, the model, then
  ``em.sensitivity.sobol_analyze_many(Y, 47)`` (one call, every column,
  in parallel on every core the process may use, the GIL released). The
  per-unit loop ``sobol_analyze(Y[:, u], 47)`` is timed too
  (``analyze_loop``).

Checked after timing: both sample matrices are equal, and for every unit
our ``S1`` and ``ST`` equal SALib's to 1e-9 (the confidence intervals come
from other bootstrap draws, so they are compared by size only: the median
ratio of the half-widths).

Memory peak: each side's whole pipeline run once more in a fresh
subprocess (``--memory egov|salib``) that imports the same modules and
generates the same inputs, then, per step, resets the kernel's
resident-set high-water mark (``echo 5 > /proc/self/clear_refs``) and
reports ``VmHWM − VmRSS before`` (``/proc/self/status``); the total is the
highest VmHWM of the steps minus VmRSS before the first. Both sides hold
the 50,176 × 600 float64 outputs (230 MiB).

Run: ``python benches/python/sensitivity_salib.py [--runs 3] [--quick]
[--json PATH]``; prints JSON. SALib takes about 80 s a run at full size.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import gc
import json
import os
import platform
import statistics
import time
import warnings
from typing import Any, Callable, Dict, List

import numpy as np
from SALib.analyze import sobol as salib_analyze
from SALib.sample import sobol as salib_sample

import egov_masterplan as em
from _bench_io import emit, memory_in_subprocess, status_kib

SEED = 20_241_117
FULL = {"units": 600, "indicators": 47, "base_points": 1024}
QUICK = {"units": 20, "indicators": 47, "base_points": 64}
RESAMPLES = 100


def inputs(units: int, indicators: int) -> tuple[np.ndarray, np.ndarray, dict]:
    rng = np.random.default_rng(SEED)
    x = rng.random((units, indicators))
    w = rng.uniform(0.5, 1.5, indicators)
    # Names as an array: SALib 1.5.1 calls pd.unique on them, which pandas
    # 3 refuses for a list.
    problem = {
        "num_vars": indicators,
        "names": np.array([f"w{i + 1}" for i in range(indicators)]),
        "bounds": [[0.8 * v, 1.2 * v] for v in w],
    }
    return x, w, problem


def model(weights: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Every unit's weighted mean for every row of weights: runs × units."""
    out: np.ndarray = (weights @ x.T) / weights.sum(axis=1, keepdims=True)
    return out


def salib_steps(problem: dict, x: np.ndarray, n: int) -> Dict[str, Callable[[Any], Any]]:
    def sample(_: Any) -> np.ndarray:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            s: np.ndarray = salib_sample.sample(problem, n, calc_second_order=False, scramble=False)
        return s

    def analyze(y: np.ndarray) -> List[Any]:
        return [
            salib_analyze.analyze(problem, y[:, u], calc_second_order=False, num_resamples=RESAMPLES, seed=1)
            for u in range(y.shape[1])
        ]

    return {"sample": sample, "model": lambda s: model(s, x), "analyze": analyze}


def egov_steps(problem: dict, x: np.ndarray, n: int, loop: bool = False) -> Dict[str, Callable[[Any], Any]]:
    bounds = np.array(problem["bounds"])
    lo, hi = bounds[:, 0], bounds[:, 1]
    d = problem["num_vars"]

    def sample(_: Any) -> np.ndarray:
        unit = em.sensitivity.saltelli_sample(n, d, skip=0)
        # SALib's scale_samples, operation for operation.
        return np.add(np.multiply(unit, hi - lo), lo)

    def analyze(y: np.ndarray) -> List[Any]:
        if loop:
            return [em.sensitivity.sobol_analyze(y[:, u], d, resamples=RESAMPLES) for u in range(y.shape[1])]
        return em.sensitivity.sobol_analyze_many(y, d, resamples=RESAMPLES)

    return {"sample": sample, "model": lambda s: model(s, x), "analyze": analyze}


def run(steps: Dict[str, Callable[[Any], Any]]) -> tuple[Dict[str, float], Dict[str, Any]]:
    """Each step on the previous one's result: times and results."""
    times, results, previous = {}, {}, None
    for name, step in steps.items():
        t = time.perf_counter()
        previous = step(previous)
        times[name] = time.perf_counter() - t
        results[name] = previous
    return times, results


def timed(steps: Dict[str, Callable[[Any], Any]], runs: int) -> tuple[Dict[str, float], Dict[str, Any]]:
    all_times: Dict[str, List[float]] = {name: [] for name in list(steps) + ["total"]}
    results: Dict[str, Any] = {}
    for _ in range(runs):
        times, results = run(steps)
        for name, t in times.items():
            all_times[name].append(t)
        all_times["total"].append(sum(times.values()))
        gc.collect()
    return {name: statistics.median(ts) for name, ts in all_times.items()}, {"results": results, "all_s": all_times}


def warm_up(steps: Dict[str, Callable[[Any], Any]]) -> None:
    s = steps["sample"](None)
    y = steps["model"](s)
    steps["analyze"](np.ascontiguousarray(y[:, :1]))


def memory_child(side: str, sizes: Dict[str, int]) -> None:
    x, _, problem = inputs(sizes["units"], sizes["indicators"])
    steps = (salib_steps if side == "salib" else egov_steps)(problem, x, sizes["base_points"])
    gc.collect()
    out: Dict[str, Any] = {}
    start = status_kib("VmRSS")
    highest, previous = start, None
    for name, step in steps.items():
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        before = status_kib("VmRSS")
        previous = step(previous)
        peak = status_kib("VmHWM")
        out[name] = (peak - before) / 1024
        highest = max(highest, peak)
    out["total"] = (highest - start) / 1024
    print(json.dumps(out))


def memory(side: str, quick: bool) -> Dict[str, Any]:
    return memory_in_subprocess(__file__, side, quick)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="small sizes, to check the harness")
    ap.add_argument("--json", help="also write the JSON here")
    ap.add_argument("--memory", choices=["egov", "salib"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    sizes = QUICK if args.quick else FULL
    if args.memory:
        memory_child(args.memory, sizes)
        return
    x, _, problem = inputs(sizes["units"], sizes["indicators"])
    n, d = sizes["base_points"], sizes["indicators"]
    ours_steps, loop_steps, theirs_steps = (
        egov_steps(problem, x, n),
        egov_steps(problem, x, n, loop=True),
        salib_steps(problem, x, n),
    )
    for steps in (ours_steps, loop_steps, theirs_steps):
        warm_up(steps)
    t_egov, egov_run = timed(ours_steps, args.runs)
    t_loop, _ = timed({"analyze": lambda _: loop_steps["analyze"](egov_run["results"]["model"])}, args.runs)
    t_salib, salib_run = timed(theirs_steps, args.runs)

    ours, theirs = egov_run["results"], salib_run["results"]
    s1 = max(float(np.abs(o.S1 - t["S1"]).max()) for o, t in zip(ours["analyze"], theirs["analyze"]))
    st = max(float(np.abs(o.ST - t["ST"]).max()) for o, t in zip(ours["analyze"], theirs["analyze"]))
    conf_ratio = float(
        np.median(np.concatenate([o.S1_conf / t["S1_conf"] for o, t in zip(ours["analyze"], theirs["analyze"])]))
    )
    checks = {
        "samples_equal": bool(np.array_equal(ours["sample"], theirs["sample"])),
        "outputs_equal": bool(np.array_equal(ours["model"], theirs["model"])),
        "units_compared": len(ours["analyze"]),
        "S1_max_abs_diff": s1,
        "ST_max_abs_diff": st,
        "S1_conf_median_ratio": conf_ratio,
    }
    ok = bool(checks["samples_equal"]) and s1 <= 1e-9 and st <= 1e-9
    mem_egov, mem_salib = memory("egov", args.quick), memory("salib", args.quick)
    out = {
        **sizes,
        "model_runs": n * (d + 2),
        "resamples": RESAMPLES,
        "runs": args.runs,
        "quick": args.quick,
        "median_s": {
            "egov": t_egov,
            "egov_analyze_loop": t_loop["analyze"],
            "salib": t_salib,
        },
        "all_s": {"egov": egov_run["all_s"], "salib": salib_run["all_s"]},
        "ratio_salib_over_egov": {
            "total": t_salib["total"] / t_egov["total"],
            "sample": t_salib["sample"] / t_egov["sample"],
            "analyze": t_salib["analyze"] / t_egov["analyze"],
            "analyze_vs_loop": t_salib["analyze"] / t_loop["analyze"],
        },
        "memory_peak_mib": {
            "egov": mem_egov,
            "salib": mem_salib,
            "method": "per step: VmHWM after minus VmRSS before, high-water mark reset "
            "(/proc/self/clear_refs); total: highest VmHWM minus VmRSS before the first step; "
            "a fresh subprocess per side, after imports and input generation",
        },
        "checks": checks,
        "checks_pass": ok,
        "cpus": len(os.sched_getaffinity(0)),
        "python": platform.python_version(),
        "numpy": np.__version__,
        "salib": importlib.metadata.version("SALib"),
        "egov": em.__version__,
    }
    emit(out, args.json, "sensitivity_salib", ok)


if __name__ == "__main__":
    main()
