"""Notebook display (`_repr_html_`) and the SVG/Markdown renderings: the
expected numbers are there, the markup is a well-formed fragment, and a
hostile name never appears raw. Mirrors core/tests/html.rs (which renders
in both languages; the bindings display in Indonesian)."""

from __future__ import annotations

import json
import re

import pytest

import egov_masterplan as em
from conftest import ESCAPED, HOSTILE, levels_all, load_vector

FW = em.Framework.builtin("spbe-2020")
ROADMAP = load_vector("roadmap.json")


def assert_fragment(html: str) -> None:
    """html.rs assert_fragment: every opened tag closed in order; no script
    or document-level tag."""
    stack = []
    for tag in html.split("<")[1:]:
        body = tag[: tag.index(">")]
        if body.startswith("/"):
            assert stack.pop() == body[1:].strip(), body
        elif not body.endswith("/"):
            stack.append(body.split()[0] if body.split() else "")
    assert stack == [], stack
    for bad in ("<script", "<html", "<head", "<body", "<style", "<link"):
        assert bad not in html, bad


def rows(html: str, cls: str) -> list:
    """html.rs rows: the text of every body cell of the table of class `cls`."""
    start = html.index(f'<table class="{cls}"')
    table = html[start: start + html[start:].index("</table>")]
    body = table[table.index("<tbody>"):]
    return [[re.sub(r"^[^>]*>", "", c.split("</td>")[0]) for c in row.split("<td")[1:]]
            for row in body.split("<tr>")[1:]]


def card(subject: str = "bappeda"):
    """html.rs card: D1 (I1–I10) at 4, D3 (I21–I31) at 2, the rest at 3:
    (13 × 4 + 25 × 3 + 16.5 × 2 + 45.5 × 3) / 100 = 2.965 → 2.97, Baik."""
    levels = levels_all(3, **{f"I{i}": 4 for i in range(1, 11)},
                        **{f"I{i}": 2 for i in range(21, 32)})
    return FW.score(levels, subject=subject, period=2023)


def schedule(hostile: bool = False):
    doc = load_vector("roadmap.json")["budget"]["roadmap"]  # a fresh copy
    if hostile:  # as html.rs: initiatives Y and V renamed; plus the roadmap's own name
        doc["initiatives"][1]["name"] = HOSTILE
        doc["initiatives"][4]["name"] = HOSTILE
        doc["initiatives"][0]["id"] = HOSTILE  # X: nothing depends on it
        doc["name"] = HOSTILE
    return em.Roadmap.from_json(json.dumps(doc)).schedule()


def projection(subject: str = "pemkab"):
    case = ROADMAP["projection"]
    baseline = dict(case["baseline"], subject=subject)
    s = em.Roadmap.from_json(json.dumps(case["roadmap"])).schedule()
    return s.project(FW, baseline)


def catalog(hostile: bool = False):
    doc = load_vector("architecture.json")["analyses"]["catalog"]
    if hostile:  # as html.rs: agency name, catalog name and id
        doc["agencies"][1]["name"] = HOSTILE
        doc["name"] = HOSTILE
        doc["id"] = HOSTILE
    return em.ArchitectureModel.from_json(json.dumps(doc))


def benchmark(hostile: bool = False):
    """The published table; with a hostile framework id (the only text of
    its display that is not a number, a year or a kind)."""
    b = em.Benchmark.spbe_published()
    if not hostile:
        return b
    doc = json.loads(FW.to_json())
    doc["id"] = HOSTILE
    return em.Benchmark.from_csv(b.to_csv(), em.Framework.from_json(json.dumps(doc)))


# ------------------------------------------------------------------ content


def test_benchmark_html():
    html = benchmark()._repr_html_()
    assert_fragment(html)
    assert html.startswith('<div class="egov-benchmark"')
    assert "1236 baris, kerangka spbe-2020</p>" in html
    # core/data/spbe-results-2023-2024.md, "Counts": per kind, then the year's total.
    assert rows(html, "egov-benchmark-counts") == [
        ["2023", "34", "58", "38", "398", "93", "621"],
        ["2024", "34", "58", "38", "392", "93", "615"],
    ]
    for kind in ("kementerian", "lembaga", "provinsi", "kabupaten", "kota"):
        assert f">{kind}</th>" in html
    # The latest year's histogram among the regional governments, inline.
    assert html.count("<svg") == 1 and "(n = 523)" in html
    assert html == benchmark()._repr_html_()


def test_scorecard_html():
    html = card()._repr_html_()
    assert_fragment(html)
    assert html.startswith('<div class="egov-scorecard"')
    assert ">bappeda — 2023 <span" in html and ">(spbe-2020)</span></h3>" in html
    # html.rs: index 2.97, Baik; 47 of 47 rated.
    assert 'Indeks: <strong style="font-size:18px">2.97</strong> — Baik</p>' in html
    assert "Indikator dinilai: <span>47/47</span>" in html
    groups = rows(html, "egov-groups")
    assert [r[0] for r in groups] == ["D1", "D2", "D3", "D4", *[f"A{i}" for i in range(1, 9)]]
    # html.rs: D1 4.00, D3 2.00, A6 2.00, A8 3.00; A2's name.
    assert groups[0][2:] == ["Domain", "4.00"] and groups[2][2:] == ["Domain", "2.00"]
    assert groups[9][2:] == ["Aspek", "2.00"] and groups[11][2:] == ["Aspek", "3.00"]
    assert groups[5][1] == "Perencanaan Strategis SPBE"
    assert html.count("<svg") == 1
    assert html == card()._repr_html_()


def test_scorecard_html_prints_unrated_groups_as_a_dash():
    # html.rs: I1–I10 at 2 under renormalize: D1 2.00, the rest unrated; 10/47.
    c = FW.score({f"I{i}": 2 for i in range(1, 11)}, missing="renormalize",
                 subject="dpmptsp", period=2022)
    html = c._repr_html_()
    assert_fragment(html)
    groups = rows(html, "egov-groups")
    assert groups[0][3] == "2.00" and groups[1][3] == "–" and groups[11][3] == "–"
    assert ">2.00</strong> — Cukup</p>" in html and ">10/47</span>" in html


def test_schedule_html():
    s = schedule()
    html = s._repr_html_()
    assert_fragment(html)
    assert html.startswith('<div class="egov-schedule"')
    assert html.count("<svg") == 1
    entries = rows(html, "egov-entries")
    # roadmap.json budget.expected: X 2020-07..12 (60), Y deferred to 2021 (150), Z after Y.
    assert [r[:6] for r in entries] == [
        ["X", "Inisiatif X", "1", "2020-07-01", "2020-12-31", "Rp 60"],
        ["Y", "Inisiatif Y", "1", "2021-01-01", "2021-03-31", "Rp 150"],
        ["Z", "Inisiatif Z", "2", "2021-04-01", "2021-05-31", "Rp 0"]]
    for r, e in zip(entries, s.entries):
        assert r[6:] == [str(e.slack_months), "ya" if e.critical else "tidak"]
    assert ">Tidak terjadwal</h4>" in html
    # The reasons in the fragment's language (Indonesian by default).
    assert "pendahulu W tidak terjadwal" in html
    assert "setelah cakrawala rencana berakhir 2022-12-31" in html
    # Spend: 2020 60 of 100 (40 left), 2021 150 of 1.000 (850), 2022 no cap.
    assert rows(html, "egov-spend") == [
        ["2020", "Rp 60", "Rp 100", "Rp 40"],
        ["2021", "Rp 150", "Rp 1.000", "Rp 850"],
        ["2022", "Rp 0", "–", "–"]]


def test_schedule_html_over_budget_and_without_unscheduled():
    # html.rs: ignoring caps, 2020 spends 60 + 150 = 210 against 100: −Rp 110.
    free = em.Roadmap.from_json(json.dumps(ROADMAP["budget"]["roadmap"])).schedule(respect_budget=False)
    spend = rows(free._repr_html_(), "egov-spend")
    assert spend[0][:3] == ["2020", "Rp 210", "Rp 100"] and "−Rp 110" in spend[0][3]
    cpm = em.Roadmap.from_json(json.dumps(ROADMAP["cpm"]["roadmap"])).schedule()._repr_html_()
    assert_fragment(cpm)
    assert "egov-unscheduled" not in cpm and len(rows(cpm, "egov-entries")) == 5


def test_projection_html():
    html = projection()._repr_html_()
    assert_fragment(html)
    assert html.startswith('<div class="egov-projection"')
    assert ">Proyeksi indeks — pemkab</h3>" in html
    # roadmap.json projection.expected: 1.12, 1.20 (1.195 half-up), 1.31.
    assert rows(html, "egov-years") == [
        ["2020", "1.12", "Kurang", "P1"],
        ["2021", "1.20", "Kurang", "P2"],
        ["2022", "1.31", "Kurang", "P3"]]


def test_architecture_html():
    html = catalog()._repr_html_()
    assert_fragment(html)
    assert html.startswith('<div class="egov-architecture"')
    assert ">Katalog kecil untuk vektor uji <span" in html and ">(vectors-small)</span></h3>" in html
    # architecture.json analyses.catalog: 4 agencies, 8 elements, 10 relations.
    assert "Instansi: <strong>4</strong> · Elemen: <strong>8</strong> · Relasi: <strong>10</strong>" in html
    # Elements per domain and agencies without one (coverage vector, columns).
    assert rows(html, "egov-domains") == [
        ["Proses Bisnis", "1", "3"], ["Data dan Informasi", "1", "3"],
        ["Infrastruktur", "2", "3"], ["Aplikasi", "2", "2"],
        ["Keamanan", "1", "3"], ["Layanan", "1", "3"]]
    assert html.count("<svg") == 1 and ">Dinas Kesehatan</text>" in html


def test_svg_and_markdown_renderings():
    c = card()
    svg = c.to_radar_svg()
    assert svg.startswith("<svg") and 'width="480.00"' in svg  # default size 480
    assert "2.97" in svg
    assert c.to_radar_svg("aspect", size=300).count("A8") >= 1
    assert 'width="300.00"' in c.to_radar_svg(size=300)
    md = c.to_markdown()
    assert "**2.97** — Baik" in md and "| **D1** |" in md
    assert "**2.97** — Good" in c.to_markdown("en")
    assert schedule().to_gantt_svg().startswith("<svg")
    assert ">Phase 1</text>" in schedule().to_gantt_svg(lang="en")
    assert catalog().to_heatmap_svg().startswith("<svg")


# ------------------------------------------------------------------ hostile


def hostile_outputs() -> dict:
    c = card(HOSTILE)
    s = schedule(hostile=True)
    p = projection(HOSTILE)
    m = catalog(hostile=True)
    b = benchmark(hostile=True)
    return {
        "Scorecard._repr_html_": c._repr_html_(),
        "Scorecard.to_radar_svg": c.to_radar_svg(),
        "Scorecard.to_markdown": c.to_markdown(),
        "Schedule._repr_html_": s._repr_html_(),
        "Schedule.to_gantt_svg": s.to_gantt_svg(),
        "Projection._repr_html_": p._repr_html_(),
        "ArchitectureModel._repr_html_": m._repr_html_(),
        "ArchitectureModel.to_heatmap_svg": m.to_heatmap_svg(),
        "Benchmark._repr_html_": b._repr_html_(),
    }


HOSTILE_OUTPUTS = hostile_outputs()


@pytest.mark.parametrize("name", list(HOSTILE_OUTPUTS))
def test_hostile_names_are_escaped(name):
    out = HOSTILE_OUTPUTS[name]
    assert HOSTILE not in out and "<script" not in out
    assert ESCAPED in out or "&lt;script&gt;" in out


def test_hostile_names_land_where_expected():
    html = HOSTILE_OUTPUTS["Scorecard._repr_html_"]
    assert_fragment(html)
    assert f">{ESCAPED} — 2023 <span" in html
    sched = HOSTILE_OUTPUTS["Schedule._repr_html_"]
    assert_fragment(sched)
    entries = rows(sched, "egov-entries")
    assert entries[0][0] == ESCAPED and entries[1][1] == ESCAPED  # X's id, Y's name
    assert f"<li><code>V</code> {ESCAPED} — " in sched
    assert f">Proyeksi indeks — {ESCAPED}</h3>" in HOSTILE_OUTPUTS["Projection._repr_html_"]
    arch = HOSTILE_OUTPUTS["ArchitectureModel._repr_html_"]
    assert_fragment(arch)
    assert f">{ESCAPED} <span" in arch and f">({ESCAPED})</span></h3>" in arch
    assert f">{ESCAPED}</text>" in arch  # the agency row of the heatmap
    bench = HOSTILE_OUTPUTS["Benchmark._repr_html_"]
    assert_fragment(bench)
    assert f"kerangka {ESCAPED}</p>" in bench
