"""Writes the side-by-side section of BENCHMARKS.md from one scripts/bench
run: criterion's medians (target/criterion/<group>/<bench>/new/estimates.json)
and the Python peers' JSON (target/bench/*.json), with the machine and the
versions. Everything between the BEGIN and END markers is replaced.

    python3 benches/report.py target/bench BENCHMARKS.md
"""

from __future__ import annotations

import datetime
import json
import os
import pathlib
import platform
import re
import subprocess
import sys

BEGIN = "<!-- scripts/bench: begin (generated; do not edit by hand) -->"
END = "<!-- scripts/bench: end -->"
CRITERION = pathlib.Path("target/criterion")
BENCHES = [
    ("dense", "index+predicate 1M×47", "`Framework::score_dense`, 1,000,000 × 47 levels: index and predicate"),
    ("dense", "index+predicate+12 groups 1M×47", "the same plus every domain and aspect value"),
    ("scorecards", "score_many 10k", "`Framework::score_many`: 10,000 full `Scorecard`s"),
    ("roadmap", "validate+phases 100k", "`Roadmap::new` (all checks) + `phases`, 100,000 initiatives"),
    ("roadmap", "phases 100k", "`phases` on a built roadmap"),
    ("roadmap", "cpm 100k", "`critical_path_method` on a built roadmap"),
    ("roadmap", "schedule 100k", "budget-constrained `schedule`"),
    ("roadmap", "all 100k", "`new` + `phases` + CPM + `schedule`"),
    ("benchmark", "spbe_published", "`Benchmark::spbe_published`: read the 1,236 published rows"),
    ("benchmark", "positions 2024 ×4 cohorts", "`Benchmark::position` by name, every 2024 institution in its 4 cohorts (2,368)"),
    ("benchmark", "position 3.10 among regional 2024", "one index value among the 523 regional governments"),
    ("benchmark", "movers 2023→2024 all", "`Benchmark::movers` over every institution"),
    ("composite", "rank_uncertainty 10k×600×47", "`rank_uncertainty`: 10,000 weight samples (±20 %), 600 units, 47 indicators"),
    ("composite", "saltelli_sample 1024×47", "`saltelli_sample`: 1,024 base points, 47 inputs (50,176 × 47)"),
    ("composite", "sobol_analyze ×600", "`sobol_analyze` of each of the 600 outputs, one after the other"),
    ("composite", "sobol_analyze_many 600", "`sobol_analyze_many`: the same 600 outputs in one call (parallel)"),
]


def criterion_median(group: str, name: str) -> float | None:
    """Criterion's median estimate in seconds (it stores nanoseconds)."""
    safe = lambda s: re.sub(r"[^\w+\-.×]", "_", s)  # noqa: E731 (criterion's directory names)
    for d in (CRITERION / group / name, CRITERION / safe(group) / safe(name)):
        f = d / "new" / "estimates.json"
        if f.exists():
            return json.loads(f.read_text())["median"]["point_estimate"] / 1e9
    return None


def ms(s: float | None) -> str:
    if s is None:
        return "—"
    return f"{s * 1e6:,.1f} µs" if s < 1e-3 else f"{s * 1e3:,.1f} ms"


def mib(x: float | None) -> str:
    return "—" if x is None else f"{x:,.0f} MiB"


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        mem = next(l for l in pathlib.Path("/proc/meminfo").read_text().splitlines() if l.startswith("MemTotal"))
        gib = int(mem.split()[1]) / 2**20
    except (OSError, StopIteration):
        gib = float("nan")
    return f"{model}, {os.cpu_count()} cores, {gib:.0f} GiB, {platform.system()} {platform.release()}"


def rustc() -> str:
    try:
        return subprocess.run(["rustc", "--version"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "rustc (unknown)"


def section(out: pathlib.Path) -> str:
    sp = json.loads((out / "scoring_pandas.json").read_text())
    nx = json.loads((out / "roadmap_networkx.json").read_text())
    bp = json.loads((out / "benchmark_pandas.json").read_text())
    # Issue 16's peers (absent from runs before them).
    un = json.loads((out / "uncertainty_numpy.json").read_text()) if (out / "uncertainty_numpy.json").exists() else None
    sa = json.loads((out / "sensitivity_salib.json").read_text()) if (out / "sensitivity_salib.json").exists() else None
    crit = {(g, n): criterion_median(g, n) for g, n, _ in BENCHES}
    lines = [
        BEGIN,
        "## Side by side: one run of `scripts/bench`",
        "",
        f"- Date: {datetime.date.today().isoformat()}. Machine: {machine()}.",
        f"- {rustc()}; Python {sp['python']}, pandas {sp['pandas']}, numpy {sp['numpy']}, {sp['pyarrow']}, "
        f"polars {sp.get('polars')}, "
        f"networkx {nx['networkx']}; egov-masterplan {sp['egov']}.",
        "- Rust: criterion medians (`cargo bench -p egov-masterplan --bench scoring --bench roadmap "
        "--bench benchmark --bench composite`). "
        f"Python: median of {sp['runs']} runs after a warm-up (`benches/python/scoring_pandas.py`, "
        f"{sp['rows']:,} assessments), of {nx['runs']} runs (`benches/python/roadmap_networkx.py`), of "
        f"{bp['runs']} runs after a warm-up (`benches/python/benchmark_pandas.py`)"
        + (f", of {un['runs']} runs after a warm-up (`benches/python/uncertainty_numpy.py`, NumPy {un['numpy']}, "
           f"SciPy {un['scipy']})" if un else "")
        + (f" and of {sa['runs']} runs after a warm-up on one unit (`benches/python/sensitivity_salib.py`, "
           f"SALib {sa['salib']})" if sa else "")
        + "; the same inputs on both sides (see the sections above). All measured in this one run, one after the "
        "other.",
        "",
        "| Rust benchmark | What | Median |",
        "|---|---|---|",
    ]
    for g, n, what in BENCHES:
        lines.append(f"| `{g}/{n}` | {what} | {ms(crit[(g, n)])} |")
    t = sp["median_s"]
    lines += ["", "| Work | egov-masterplan | Peer | Ratio |", "|---|---|---|---|"]

    def row(work: str, ours: float | None, peer_name: str, peer: float | None, faster: bool = True) -> None:
        if ours is None or peer is None:
            ratio = "—"
        elif faster and ours > peer:
            ratio = f"{ours / peer:.2f}× its time (slower)"
        elif faster:
            ratio = f"**{peer / ours:.1f}× faster**"
        else:
            ratio = f"{ours / peer:.2f}× its time"
        lines.append(f"| {work} | {ms(ours)} | {peer_name}: {ms(peer)} | {ratio} |")

    row(f"Score {sp['rows']:,} assessments, full breakdown (`score_many(df)`)", t["egov"],
        "pandas melt/merge/groupby", t["pandas"])
    row("the same, against the index alone", t["egov"], "NumPy `df[ids].to_numpy() @ w / W`",
        t["numpy_from_frame"], faster=False)
    row("the same, against the index on a ready matrix", t["egov"], "NumPy `X @ w / W`",
        t["numpy_matrix"], faster=False)
    # The same table as Polars and PyArrow frames (the Arrow path).
    for key, name in (("egov_polars", "Polars"), ("egov_pyarrow", "PyArrow")):
        if t.get(key) is not None:
            row(f"`score_many` on the same table as a {name} frame", t[key], "NumPy `X @ w / W`",
                t["numpy_matrix"], faster=False)
    phases, cpm = crit[("roadmap", "phases 100k")], crit[("roadmap", "cpm 100k")]
    row("Phases, 100,000 initiatives (built graph)", phases, "networkx `topological_generations`",
        nx["phases"]["median_s"])
    row("Critical path method (built graph)", cpm, "networkx passes over `topological_sort`", nx["cpm"]["median_s"])
    both = None if phases is None or cpm is None else phases + cpm
    row("Phases + CPM (built graph)", both, "networkx", nx["phases+cpm_median_s"])
    row("From the records to phases", crit[("roadmap", "validate+phases 100k")], "networkx build + generations",
        nx["build"]["median_s"] + nx["phases"]["median_s"])
    bt = bp["median_s"]
    row(f"{bp['positions']:,} positions of 2024 from Python (`Benchmark.position` per call)", bt["egov"],
        "pandas, a mask per cohort and row", bt["pandas_loop"])
    row("the same", bt["egov"], "pandas `groupby().rank()` + `np.searchsorted`, all at once",
        bt["pandas_vectorised"], faster=False)
    if un:
        row(f"Rank uncertainty: {un['samples']:,} weight samples × {un['units']} units × {un['indicators']} "
            "indicators (`composite.rank_uncertainty`)", un["median_s"]["egov"],
            "NumPy `W @ X.T` + `scipy.stats.rankdata` + `np.percentile`", un["median_s"]["numpy"])
    if sa:
        e, t = sa["median_s"]["egov"], sa["median_s"]["salib"]
        row(f"Sobol' indices of {sa['indicators']} weights for each of {sa['units']} units: sample, model, "
            "analyze (`sobol_analyze_many`)", e["total"], "SALib", t["total"])
        row(f"the Saltelli sample ({sa['model_runs']:,} × {sa['indicators']}, scaled)", e["sample"],
            "SALib `sobol.sample`", t["sample"])
        row(f"the {sa['units']} analyses ({sa['resamples']} resamples each), one call", e["analyze"],
            "SALib `sobol.analyze` per unit", t["analyze"])
        row("the same, `sobol_analyze` per unit from Python", sa["median_s"]["egov_analyze_loop"],
            "SALib `sobol.analyze` per unit", t["analyze"])
    if un or sa:
        lines += ["", "| Memory peak (resident, a fresh process per side) | egov-masterplan | Peer |", "|---|---|---|"]
        if un:
            m = un["memory_peak_mib"]
            lines.append(f"| Rank uncertainty | {mib(m['egov'])} | NumPy: {mib(m['numpy'])} |")
        if sa:
            m = sa["memory_peak_mib"]
            lines.append(f"| Sobol' pipeline (incl. the {sa['model_runs']:,} × {sa['units']} outputs) | "
                         f"{mib(m['egov'].get('total'))} | SALib: {mib(m['salib'].get('total'))} |")
            lines.append(f"| the analyses alone | {mib(m['egov'].get('analyze'))} | "
                         f"SALib: {mib(m['salib'].get('analyze'))} |")
    mism = sp.get("egov_vs_exact_reference_mismatches")
    if mism is not None:
        lines += ["", f"egov's scoring output against the exact integer reference: {mism} mismatches."]
    lines += ["", f"egov's positions against both pandas computations: {bp['mismatches']} mismatches."]
    if un:
        c = un["checks"]
        lines += ["", f"Rank uncertainty: nominal ranks against SciPy's, {c['nominal_rank_mismatches']} mismatches; "
                  f"p05 / median / p95 within 2 ranks of NumPy's for {c['p05_within_2_share']:.1%} / "
                  f"{c['median_within_2_share']:.1%} / {c['p95_within_2_share']:.1%} of units (other random draws)."]
    if sa:
        c = sa["checks"]
        lines += ["", f"Sobol': the sample matrix {'equals' if c['samples_equal'] else 'differs from'} SALib's; S1 and ST of all "
                  f"{c['units_compared']} units within {max(c['S1_max_abs_diff'], c['ST_max_abs_diff']):.0e} "
                  "of SALib's."]
    lines.append(END)
    return "\n".join(lines)


def main(out: str, doc: str) -> int:
    path = pathlib.Path(doc)
    text = path.read_text(encoding="utf-8")
    new = section(pathlib.Path(out))
    if BEGIN in text and END in text:
        text = text[: text.index(BEGIN)] + new + text[text.index(END) + len(END):]
    else:
        anchor = "\n## Scoring ("
        at = text.index(anchor) if anchor in text else len(text)
        text = text[:at] + "\n\n" + new + "\n" + text[at:]
    path.write_text(text, encoding="utf-8")
    print(new)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
