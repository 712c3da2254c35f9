"""Writes the Python package's outputs for every shared vector into a
directory tree, the same files as the Rust vector_outputs
(tests/conformance/src/bin/vector_outputs.rs) and outputs.mjs
(WebAssembly); compare.py checks the trees agree.

    python tests/determinism/outputs.py DIR
"""

from __future__ import annotations

import dataclasses
import json
import pathlib
import sys
from fractions import Fraction
from typing import Any

import egov_masterplan as em

ROOT = pathlib.Path(__file__).resolve().parents[2]


def write(d: pathlib.Path, name: str, text: str) -> None:
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_text(text, encoding="utf-8", newline="")


def vector(name: str) -> dict:
    return json.loads((ROOT / "tests/vectors" / name).read_text(encoding="utf-8"))


def radar_variants(fw: em.Framework) -> list[tuple[str, str]]:
    groups = fw.tiers[:-1]
    return [(t, lang) for t in groups[:2] for lang in ("id", "en")]


def scoring_case(out: pathlib.Path, case: dict) -> None:
    fw = em.Framework.builtin(case["framework"])
    a = em.Assessment.from_json(json.dumps(case["assessment"]))
    write(out, "assessment.csv", em.Assessment.to_csv([a]))
    opts = case["options"]
    card = fw.score(a, predicate_basis=opts["predicate_basis"], missing=opts["missing"])
    write(out, "scorecard.json", card.to_json())
    for tier, lang in radar_variants(fw):
        write(out, f"radar-{tier}-{lang}.svg", card.to_radar_svg(tier, lang=lang, target=2.6, size=400))
    for lang in ("id", "en"):
        write(out, f"markdown-{lang}.md", card.to_markdown(lang))


def roadmap_case(out: pathlib.Path, doc: str) -> None:
    r = em.Roadmap.from_json(doc)
    write(out, "roadmap.json", r.to_json())
    write(out, "roadmap.dot", r.to_dot())
    write(out, "phases.json", json.dumps(r.phases()))
    write(out, "critical-path.json", json.dumps(r.critical_path()))
    s = r.schedule()
    write(out, "schedule.json", s.to_json())
    write(out, "schedule.csv", s.to_csv())
    write(out, "schedule.mmd", s.to_mermaid())
    for lang in ("id", "en"):
        write(out, f"gantt-{lang}.svg", s.to_gantt_svg(lang=lang))


def architecture_case(out: pathlib.Path, doc: str) -> None:
    m = em.ArchitectureModel.from_json(doc)
    write(out, "catalog.json", m.to_json())
    write(out, "archimate.xml", m.to_archimate_xml())
    write(out, "architecture.dot", m.to_dot())
    for lang in ("id", "en"):
        write(out, f"heatmap-{lang}.svg", m.to_heatmap_svg(lang=lang))


def plain(value: Any) -> Any:
    """A record as the JSON value the core writes for the same answer (its
    fields are the JSON keys; exact Fractions as the floats they are
    nearest, as the core's JSON writes them)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Fraction):
        return float(value)
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def record_json(value: Any) -> str:
    return json.dumps(plain(value), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def benchmark_outputs(out: pathlib.Path) -> None:
    """The national benchmark's answers, from the records the package hands
    out: Bolaang Mongondow's rows of 2023 and 2024, its 2024 position in five
    cohorts, a self-assessed 3.10 among the regional governments, the movers
    of Sulawesi Utara, the regional governments' distribution, its peers and
    the three charts in both languages."""
    b = em.Benchmark.spbe_published()
    name = "Kab. Bolaang Mongondow"
    for year in (2023, 2024):
        write(out, f"lookup-bolaang-mongondow-{year}.json", record_json(b.lookup(name, year)))
    cohorts: dict[str, dict[str, Any]] = {
        "all": {},
        "kabupaten": {"kind": "kabupaten"},
        "sulawesi-utara": {"province": "Sulawesi Utara"},
        "regional": {"regional": True},
        "sulawesi-utara-local": {"province": "Sulawesi Utara", "local": True},
    }
    for key, cohort in cohorts.items():
        write(out, f"position-2024-{key}.json", record_json(b.position(2024, name, **cohort)))
    write(out, "position-2024-regional-3.10.json", record_json(b.position(2024, "3.10", regional=True)))
    moves = b.movers(2023, 2024, province="Sulawesi Utara")
    write(out, "movers-2023-2024-sulawesi-utara.json", record_json(moves))
    write(out, "distribution-2024-regional.json", record_json(b.distribution(2024, regional=True)))
    write(out, "peers-bolaang-mongondow-2024.json", record_json(b.peers(name, 2024, 5)))
    for lang in ("id", "en"):
        write(out, f"distribution-2024-regional-{lang}.svg", b.distribution_svg(2024, name, regional=True, lang=lang))
        write(out, f"ranking-bolaang-mongondow-2024-{lang}.svg", b.ranking_svg(name, 2024, lang=lang))
        chosen = b.slope_svg(2023, 2024, ["Kota Manado", name], lang=lang)
        write(out, f"slope-2023-2024-chosen-{lang}.svg", chosen)


def forms_outputs(out: pathlib.Path, fw: em.Framework, a: em.Assessment) -> None:
    """The Excel forms of the next period (see vector_outputs.rs)."""
    out.mkdir(parents=True, exist_ok=True)
    nxt = a.period + 1
    files = []
    for lang in ("id", "en"):
        data = fw.xlsx_form(None, subject=a.subject, period=nxt, prefill=a, lang=lang, issued=(2026, 1, 5))
        assert data is not None
        (out / f"form-{lang}.xlsx").write_bytes(data)
        files.append((f"form-{lang}.xlsx", data))
    book = fw.xlsx_workbook(None, subjects=[a.subject, "Dinas P/K: Pendidikan"], period=nxt, prefill=[a],
                            issued=(2026, 1, 5))
    assert book is not None
    (out / "workbook-id.xlsx").write_bytes(book)
    _, report = em.read_forms([files[0], ("workbook-id.xlsx", book)], fw, expected=[a.subject, "Bappeda"],
                              previous=[a])
    write(out, "consolidation.json", report.to_json())


def masterplan_outputs(out: pathlib.Path) -> None:
    """The sample masterplan's cross-checks and target outcomes (the core's
    JSON), its document (HTML, Markdown) and summary in both languages."""
    mp = em.Masterplan.load(ROOT / "examples/data")
    write(out, "check.json", mp.check_json())
    write(out, "targets.json", mp.targets_json())
    for lang in ("id", "en"):
        write(out, f"masterplan-{lang}.html", mp.to_html(lang))
        write(out, f"masterplan-{lang}.md", mp.to_markdown(lang))
        write(out, f"summary-{lang}.html", mp.summary_html(lang))
        (out / f"masterplan-{lang}.docx").write_bytes(mp.to_docx(lang=lang) or b"")


def sensitivity_outputs(out: pathlib.Path) -> None:
    """A seeded Saltelli sample, and the Sobol' indices of
    y = x1 + 2·x2·x3 + x1·x3 (the Rust side's order of operations)."""
    from egov_masterplan import sensitivity

    shifted = sensitivity.saltelli_sample(16, 3, seed=11)
    write(out, "sample.json", json.dumps({"rows": shifted.shape[0], "columns": shifted.shape[1],
                                          "values": shifted.ravel().tolist()}))
    x = sensitivity.saltelli_sample(256, 3)
    y = x[:, 0] + 2.0 * x[:, 1] * x[:, 2] + x[:, 0] * x[:, 2]
    s = sensitivity.sobol_analyze(y, 3, seed=5)
    write(out, "indices.json", json.dumps({"s1": s.S1.tolist(), "s1_conf": s.S1_conf.tolist(),
                                           "st": s.ST.tolist(), "st_conf": s.ST_conf.tolist()}))


def composite_outputs(out: pathlib.Path) -> None:
    """The shared vector's case scored; EGDI 2022 scored and its rank
    uncertainty under three seeded option sets (as vector_outputs.rs)."""
    case = vector("composite.json")["cases"][0]
    fw = em.Framework.from_json(json.dumps(case["framework"]))
    data = {"id": case["cohort"]["ids"], **case["cohort"]["columns"]}
    write(out / "vector", "scores.json", fw.score_cohort(data).to_json())
    lines = (ROOT / "core/data/international/egdi-2022.csv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    rows = [dict(zip(header, line.split(","))) for line in lines[1:]]
    egdi_data = {"iso3": [r["iso3"] for r in rows]}
    for k in ("osi", "hci", "tii"):
        egdi_data[k] = [float(r[k]) for r in rows]
    egdi = em.Framework.builtin("un-egdi-2022")
    d = out / "egdi-2022"
    write(d, "scores.json", egdi.score_cohort(egdi_data).to_json())
    base = dict(weight_noise=0.2, samples=500, seed=2022)
    write(d, "uncertainty-uniform.json", egdi.uncertainty(egdi_data, **base).to_json())
    write(d, "uncertainty-mixed.json", egdi.uncertainty(
        egdi_data, normalisers=["none", "percent-rank"], aggregators=["arithmetic", "power:2"],
        exclusion=True, **base).to_json())
    write(d, "uncertainty-dirichlet.json", egdi.uncertainty(
        egdi_data, weights="dirichlet", concentration=50.0, **base).to_json())


def main(out: pathlib.Path) -> None:
    for file in ("scoring", "gaps"):
        for case in vector(f"{file}.json")["cases"]:
            scoring_case(out / file / case["name"], case)
    roadmaps = vector("roadmap.json")
    for key in ("cpm", "budget", "projection"):
        roadmap_case(out / "roadmap" / key, json.dumps(roadmaps[key]["roadmap"]))
    roadmap_case(out / "roadmap" / "bolmong", (ROOT / "examples/data/bolmong-roadmap.json").read_text(encoding="utf-8"))
    catalog = vector("architecture.json")["analyses"]["catalog"]
    architecture_case(out / "architecture" / "vectors", json.dumps(catalog))
    sample = (ROOT / "examples/data/bolmong-architecture.json").read_text(encoding="utf-8")
    architecture_case(out / "architecture" / "bolmong", sample)
    benchmark_outputs(out / "benchmark" / "spbe-published")
    case = vector("scoring.json")["cases"][1]
    a = em.Assessment.from_json(json.dumps(case["assessment"]))
    forms_outputs(out / "forms" / "bolmong-2024-published", em.Framework.builtin(case["framework"]), a)
    masterplan_outputs(out / "masterplan" / "sample")
    sensitivity_outputs(out / "sensitivity")
    composite_outputs(out / "composite")


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]))
