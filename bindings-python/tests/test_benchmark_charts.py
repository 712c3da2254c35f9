"""The benchmark's pictures from Python: the core's SVG, the keyword
arguments read as `position` reads them, names escaped, errors typed.
Values from core/data/spbe-results-2023-2024.csv."""

from __future__ import annotations

import re
import xml.dom.minidom

import pytest

import egov_masterplan as em
from egov_masterplan import errors

B = em.Benchmark.spbe_published()
HEADER = "year,report_table,row,institution,kind,province,d1,d2,d3,d4,index,predicate\n"
HOSTILE = "<script>alert(1)</script> & Co"


def parsed(svg: str) -> xml.dom.minidom.Document:
    assert svg.startswith("<svg")
    return xml.dom.minidom.parseString(svg)


def texts(svg: str) -> list[str]:
    return [
        "".join(n.data for n in t.childNodes if n.nodeType == n.TEXT_NODE)
        for t in parsed(svg).getElementsByTagName("text")
    ]


def test_distribution_marks_the_subject_with_its_rank():
    svg = B.distribution_svg(2024, "Kab. Bolaang Mongondow", regional=True, lang="en")
    title = texts(svg)[0]
    assert "(n = 523)" in title and "regional governments" in title
    assert any("Kab. Bolaang Mongondow 2.73" in t for t in texts(svg))
    # Indonesian by default; the same picture without a subject has no mark.
    assert "pemerintah daerah" in texts(B.distribution_svg(2024, regional=True))[0]
    assert "2.73" not in " ".join(texts(B.distribution_svg(2024, regional=True)))
    # A self-assessed index is marked as well, the kabupaten/kota cohort counted.
    local = B.distribution_svg(2024, 3.1, local=True, lang="en")
    assert "(n = 485)" in texts(local)[0]


def test_ranking_has_one_bar_per_peer():
    # The 11 kabupaten of Sulawesi Utara in 2024 (peers' table), highest
    # first; each bar is labelled with its printed index.
    svg = B.ranking_svg("Kab. Bolaang Mongondow", 2024, lang="en")
    peers = B.peers("Kab. Bolaang Mongondow", 2024)
    assert len(peers.table) == 11
    labels = texts(svg)
    for row in peers.table:
        assert any(row.institution.replace("Pemerintah ", "") in t for t in labels), row.institution


def test_slope_of_a_chosen_set():
    # Manado 2.95 -> 3.93, Bolaang Mongondow 3.52 -> 2.73.
    svg = B.slope_svg(2023, 2024, ["Kota Manado", "kab. bolaang mongondow"], lang="en")
    # One label per institution at the right: its name and its later index.
    labels = [t for t in texts(svg) if re.search(r" \d\.\d\d$", t)]
    assert labels == ["Kota Manado 3.93", "Kab. Bolaang Mongondow 2.73"]
    # Without names: the cohort (Sulawesi Utara's 16 regional governments).
    whole = B.slope_svg(2023, 2024, province="Sulawesi Utara")
    assert whole != svg and "Kota Bitung" in whole
    with pytest.raises(errors.UnknownInstitutionError) as info:
        B.slope_svg(2023, 2024, ["Kab. Atlantis"])
    assert info.value.institution == "Kab. Atlantis"
    with pytest.raises(TypeError):
        B.slope_svg(2023, 2024, "Kota Manado")  # type: ignore[arg-type]


def test_names_are_escaped():
    row = f'2024,1,1,"{HOSTILE}",kabupaten,Jawa Timur,3.00,3.00,3.00,3.00,3.00,Baik\n'
    other = "2024,1,2,Kab. Lain,kabupaten,Jawa Timur,2.00,2.00,2.00,2.00,2.00,Cukup\n"
    b = em.Benchmark.from_csv(HEADER + row + other)
    for svg in (
        b.distribution_svg(2024, HOSTILE),
        b.ranking_svg(HOSTILE, 2024),
    ):
        assert "<script>" not in svg and "&lt;script&gt;" in svg
        parsed(svg)


def test_bad_arguments_are_typed_errors():
    with pytest.raises(errors.InvalidOptionError):
        B.distribution_svg(2024, lang="fr")  # type: ignore[arg-type]
    with pytest.raises(errors.InvalidOptionError):
        B.distribution_svg(2024, kind="desa")  # type: ignore[arg-type]
    with pytest.raises(errors.UnknownInstitutionError):
        B.ranking_svg("Kab. Atlantis", 2024)
    with pytest.raises(errors.EmptyCohortError):
        B.distribution_svg(2024, "3.10", province="Atlantis")


def test_width_is_the_cores_bounded_width():
    def width(svg: str) -> float:
        m = re.search(r'width="([0-9.]+)"', svg)
        assert m
        return float(m.group(1))

    assert width(B.distribution_svg(2024, width=960)) == 960
    assert width(B.distribution_svg(2024, width=10)) == 480
    assert width(B.distribution_svg(2024, width=100_000)) == 4096
