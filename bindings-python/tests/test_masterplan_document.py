"""The masterplan document of the sample (examples/data/masterplan.json)
from Python: HTML that a strict HTML5 parser (html5lib) reads without one
error, in both languages; Markdown with every chapter; the notebook
summary. The numbers are the core's (core/tests/masterplan.rs checks them
by hand)."""

from __future__ import annotations

import html5lib
import pytest

import egov_masterplan as em
from conftest import EXAMPLES

PLAN = em.Masterplan.load(EXAMPLES)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_html_parses_strictly(lang: str) -> None:
    html = PLAN.to_html(lang)  # type: ignore[arg-type]
    doc = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(html)
    chapters = [h.text for h in doc.iter("h2")]
    assert len(chapters) == 10  # seven chapters and three appendices
    assert doc.find("head/title").text.startswith("Rencana Induk SPBE" if lang == "id" else "SPBE Masterplan")
    # Trend, baseline radar, six agencies' radars, heatmap, Gantt.
    assert len(doc.findall(".//figure")) == 10
    assert html == PLAN.to_html(lang)  # type: ignore[arg-type]


def test_markdown_and_summary() -> None:
    md = PLAN.to_markdown("en")
    assert [line for line in md.splitlines() if line.startswith("## ")][2] == "## 3. Needs Analysis"
    assert "2022: Index ≥ 3.00 — projected 2.80, short by 0.21." in md
    summary = PLAN._repr_html_()
    assert summary.startswith('<div class="egov-masterplan">')
    assert "<td>kurang 0.21</td>" in summary  # Indonesian in a notebook
    assert "short by 0.21" in PLAN.summary_html("en")
    with pytest.raises(em.errors.InvalidOptionError):
        PLAN.to_html("fr")  # type: ignore[arg-type]


@pytest.mark.parametrize("lang,chapter", [("id", "3. Analisis Kebutuhan"), ("en", "3. Needs Analysis")])
def test_the_word_document_opens_in_python_docx(tmp_path, lang: str, chapter: str) -> None:
    import io
    import zipfile

    import docx  # python-docx

    data = PLAN.to_docx(lang=lang)  # type: ignore[arg-type]
    assert data is not None
    # A zip of well-formed XML parts.
    from xml.dom import minidom

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            if name.endswith((".xml", ".rels", ".svg")):
                minidom.parseString(z.read(name))
    doc = docx.Document(io.BytesIO(data))
    headings = [p.text for p in doc.paragraphs if p.style is not None and p.style.name == "Heading 1"]
    assert len(headings) == 10 and headings[2] == chapter
    assert [p.style.name for p in doc.paragraphs if p.style is not None][0] == "Title"
    assert len(doc.tables) == PLAN.to_html(lang).count("<table>")  # type: ignore[arg-type]
    assert len(doc.inline_shapes) == 10  # trend, radars (baseline, six agencies), heatmap, Gantt
    # What python-docx (and Word 2013) shows of each picture is its PNG: the
    # chart rendered at twice the size its SVG's width and height give
    # (Indonesian: trend 640 x 320, radar 420 x 420, agency radars 300 x 300,
    # heatmap 710 x 1026, Gantt 960 x 1046; the English heatmap is wider,
    # its longest label being longer).
    import re

    sizes, twice_svg = [], []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for n in range(1, 11):
            head = z.read(f"word/media/figure{n}.svg").decode()
            w, h = re.search(r'width="([\d.]+)" height="([\d.]+)"', head).groups()  # type: ignore[union-attr]
            twice_svg.append((round(2 * float(w)), round(2 * float(h))))
    for shape in doc.inline_shapes:
        rid = shape._inline.graphic.graphicData.pic.blipFill.blip.embed
        image = doc.part.related_parts[rid].image
        assert image.content_type == "image/png"
        sizes.append((image.px_width, image.px_height))
    assert sizes == twice_svg
    if lang == "id":
        assert sizes == [(1280, 640), (840, 840)] + [(600, 600)] * 6 + [(1420, 2052), (1920, 2092)]
    header = doc.sections[0].header.paragraphs[0].text
    assert header.endswith("— 2019–2024")
    path = tmp_path / "masterplan.docx"
    assert PLAN.to_docx(path, lang=lang) is None  # type: ignore[arg-type]
    assert path.read_bytes() == data
