"""Composite frameworks over a cohort (Framework.score_cohort and
Framework.uncertainty): the shared vectors (tests/vectors/composite.json,
also run by the Rust and JS suites), the published EGDI 2022 ranks from
its components, and the uncertainty analysis's seeding and errors."""

from __future__ import annotations

import json
import math
import pathlib

import pandas as pd
import pytest

import egov_masterplan as em

ROOT = pathlib.Path(__file__).resolve().parents[2]
VECTORS = json.loads((ROOT / "tests/vectors/composite.json").read_text(encoding="utf-8"))
EGDI = ROOT / "core/data/international/egdi-2022.csv"


def framework(spec: object) -> em.Framework:
    return em.Framework.builtin(spec) if isinstance(spec, str) else em.Framework.from_json(json.dumps(spec))


def close(got: object, want: object, tol: float) -> None:
    if want is None:
        assert got is None
    else:
        assert isinstance(got, float) and isinstance(want, (int, float))
        assert math.isclose(got, want, abs_tol=tol), (got, want)


@pytest.mark.parametrize("case", VECTORS["cases"], ids=lambda c: c["name"])
def test_vector_cases(case: dict) -> None:
    fw = framework(case["framework"])
    data = {"id": case["cohort"]["ids"], **case["cohort"]["columns"]}
    s = fw.score_cohort(data)
    want = case["expected"]
    assert s.nodes == want["nodes"]
    for u, w in zip(s.units, want["units"]):
        assert (u["id"], u["rank"], u["group"], u["imputed"]) == (w["id"], w["rank"], w["group"], w["imputed"])
        close(u["index"], w["index"], case["tolerance"])
        for g, wv in zip(u["nodes"], w["nodes"]):
            close(g, wv, case["tolerance"])
    for e, w in zip(s.effective_weights, want["effective_weights"]):
        assert e["indicator"] == w["indicator"]
        for key in ("nominal", "effective", "correlation"):
            close(e[key], w[key], case["tolerance"])


@pytest.mark.parametrize("case", VECTORS["errors"], ids=lambda c: c["name"])
def test_vector_errors(case: dict) -> None:
    data = {"id": case["cohort"]["ids"], **case["cohort"]["columns"]}
    with pytest.raises(em.errors.EgovError) as info:
        framework(case["framework"]).score_cohort(data)
    assert info.value.kind == case["kind"]
    for word in case["contains"]:
        assert word in str(info.value)


def test_egdi_2022_from_a_dataframe_reproduces_every_published_rank() -> None:
    df = pd.read_csv(EGDI)
    fw = em.Framework.builtin("un-egdi-2022")
    s = fw.score_cohort(df)  # ids from the iso3 column
    frame = s.to_pandas()
    assert list(frame["rank"]) == list(df["rank"])
    assert frame.loc["IDN", "group"] == "high" and frame.loc["IDN", "rank"] == 77
    assert (frame["index"] - df.set_index("iso3")["egdi"]).abs().max() <= 1e-4 + 1e-12
    assert "<table>" in s._repr_html_() and "DNK" in s._repr_html_()
    # The same through a list of row dicts, with the country name as id.
    rows = df.to_dict("records")
    by_name = fw.score_cohort(rows, id_column="country")
    assert by_name.units[0]["id"] == "Denmark"


def test_uncertainty_is_seeded_and_reported() -> None:
    df = pd.read_csv(EGDI)
    fw = em.Framework.builtin("un-egdi-2022")
    a = fw.uncertainty(df, weight_noise=0.2, samples=300, seed=2022)
    assert a.to_json() == fw.uncertainty(df, weight_noise=0.2, samples=300, seed=2022).to_json()
    assert a.to_json() != fw.uncertainty(df, weight_noise=0.2, samples=300, seed=7).to_json()
    frame = a.to_pandas()
    assert frame.loc["IDN", "nominal_rank"] == 77
    assert frame.loc["IDN", "p05"] <= 77 <= frame.loc["IDN", "p95"]
    still = fw.uncertainty(df, weight_noise=0.0, samples=10).to_pandas()
    assert (still["p05"] == still["nominal_rank"]).all() and (still["p95"] == still["nominal_rank"]).all()
    mixed = fw.uncertainty(df, samples=50, seed=1, weights="dirichlet", concentration=50,
                           normalisers=["none", "percent-rank"], aggregators=["arithmetic", "power:2"],
                           exclusion=True)
    assert len(mixed) == 193 and mixed.samples == 50
    assert "p05" in mixed._repr_html_()


@pytest.mark.parametrize(
    "kwargs, word",
    [
        ({"weight_noise": 1.5}, "weight_noise"),
        ({"samples": 0}, "samples"),
        ({"weights": "dirichlet"}, "concentration"),
        ({"weights": "normal"}, "weights"),
        ({"normalisers": ["log"]}, "normaliser"),
        ({"aggregators": ["power:0"]}, "aggregator"),
    ],
)
def test_bad_uncertainty_options_name_the_field(kwargs: dict, word: str) -> None:
    fw = em.Framework.builtin("un-egdi-2022")
    data = {"id": ["A", "B"], "osi": [0.5, 0.6], "hci": [0.5, 0.6], "tii": [0.5, 0.6]}
    with pytest.raises(ValueError, match=word):
        fw.uncertainty(data, **kwargs)


def test_bad_cells_name_the_unit_and_column() -> None:
    fw = em.Framework.builtin("un-egdi-2022")
    with pytest.raises(em.errors.InvalidFieldError, match=r"osi\[B\]"):
        fw.score_cohort({"id": ["A", "B"], "osi": [0.5, "x"], "hci": [0.5, 0.6], "tii": [0.5, 0.6]})
    with pytest.raises(em.errors.InvalidFieldError, match="level framework"):
        em.Framework.builtin("spbe-2020").score_cohort({"id": ["A"], "I1": [3]})
    with pytest.raises(em.errors.InvalidFieldError, match="nope"):
        fw.score_cohort(pd.DataFrame({"osi": [0.5]}), id_column="nope")


def test_rank_interval_chart_escapes_and_highlights() -> None:
    fw = em.Framework.builtin("un-egdi-2022")
    data = {"id": ["<b>A</b>", "B", "C"], "osi": [0.9, 0.5, 0.2], "hci": [0.5, 0.9, 0.2], "tii": [0.7, 0.7, 0.2]}
    u = fw.uncertainty(data, samples=200, seed=3)
    import xml.etree.ElementTree as ET

    svg = u.to_svg(lang="en", highlight=["C"], limit=2)
    ET.fromstring(svg)  # well-formed
    assert "&lt;b&gt;A&lt;/b&gt;" in svg and "<b>" not in svg
    assert "Rank interval" in svg and ">C<" in svg  # C shown beyond the limit
    assert "Rentang peringkat" in u.to_svg()


def test_benchmark_weight_robustness() -> None:
    # Bolaang Mongondow among the 392 kabupaten of 2024: its published
    # domains recombine to 2.72, ranked 235 (core robustness.rs); without
    # noise the interval is that rank, and as a new subject with the same
    # domains it ties with itself in a cohort of 393.
    b = em.Benchmark.spbe_published()
    still = b.weight_robustness(2024, kind="kabupaten", weight_noise=0.0, samples=3)
    bolmong = next(r for r in still if r["institution"].endswith("Kab. Bolaang Mongondow"))
    assert (bolmong["nominal_rank"], bolmong["p05"], bolmong["p95"]) == (235, 235, 235)
    p = b.weight_robustness_of(2024, [2.3, 2.2, 1.0, 3.76], kind="kabupaten", samples=400, seed=2024)
    assert p["count"] == 393 and p["nominal_rank"] == 235 and p["p05"] < 235 < p["p95"]
    with pytest.raises(em.errors.InvalidFieldError, match="domains"):
        b.weight_robustness_of(2024, [2.3, 2.2, 1.0])


def test_benchmark_reweighted_ranks() -> None:
    # core reweight.rs (checked there by a Decimal script over the CSV):
    # Bolaang Mongondow 2.72, 235th of 392 kabupaten; with the Pemdi 2025
    # weights mapped onto the domains (5/35/25/35) 2.45, 229th.
    b = em.Benchmark.spbe_published()
    rows = b.reweighted_ranks(2024, "pemdi-2025", kind="kabupaten")
    bolmong = next(r for r in rows if r["institution"].endswith("Kab. Bolaang Mongondow"))
    assert (bolmong["index"], bolmong["rank"], bolmong["reweighted_index"], bolmong["reweighted_rank"]) == (2.72, 235, 2.45, 229)
    same = b.reweighted_ranks(2024, [5, 35, 25, 35], kind="kabupaten")
    assert same == rows
    with pytest.raises(em.errors.InvalidOptionError, match="pemdi"):
        b.reweighted_ranks(2024, "pemdi-2030")
