"""Excel self-assessment forms, opened, filled and saved with openpyxl as a
person's spreadsheet would, then read back by the library. Row numbers by
hand from the SPBE 2020 structure (core/frameworks/spbe-2020.json): title
(1), blank (2), header (3), D1 (4), A1 (5), I1–I10 (6–15), D2 (16), A2 (17),
I11–I14 (18–21), A3 (22), I15–I18 (23–26), A4 (27), I19–I20 (28–29), D3
(30), A5 (31), I21–I28 (32–39), A6 (40), I29–I31 (41–43), D4 (44), A7 (45),
I32–I41 (46–55), A8 (56), I42–I47 (57–62)."""

from __future__ import annotations

import io

import openpyxl
import pytest

import egov_masterplan as em
from egov_masterplan import errors

FW = em.Framework.builtin("spbe-2020")
RUNS = ["D6:D15", "D18:D21", "D23:D26", "D28:D29", "D32:D39", "D41:D43", "D46:D55", "D57:D62"]
ROW_OF = {f"I{i}": r for i, r in zip(range(1, 48), [
    *range(6, 16), *range(18, 22), *range(23, 27), *range(28, 30), *range(32, 40), *range(41, 44),
    *range(46, 56), *range(57, 63)])}


def form(**kwargs) -> bytes:
    data = FW.xlsx_form(None, subject=kwargs.pop("subject", "Dinas Kominfo"), period=kwargs.pop("period", 2024),
                        **kwargs)
    assert data is not None
    return data


def book(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def saved(wb: openpyxl.Workbook) -> bytes:
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_the_form_as_openpyxl_sees_it():
    wb = book(form())
    assert wb.sheetnames == ["Sampul", "Penilaian", "_egov"]
    assert [ws.sheet_state for ws in wb.worksheets] == ["visible", "visible", "hidden"]
    ws = wb["Penilaian"]
    assert all(w.protection.sheet for w in wb.worksheets)
    # The drop-down: a list of the scale on every indicator row, nowhere else.
    ranges = [r for dv in ws.data_validations.dataValidation for r in dv.sqref.ranges]
    assert [str(r) for r in sorted(ranges, key=lambda r: r.min_row)] == RUNS
    assert {(dv.type, dv.formula1) for dv in ws.data_validations.dataValidation} == {("list", '"1,2,3,4,5"')}
    # Every indicator in its row, with its weight and five criteria.
    for ind, row in ROW_OF.items():
        assert ws.cell(row, 1).value == ind
        criteria = [ws.cell(row, c).value for c in range(7, 12)]
        assert all(isinstance(t, str) and ": " in t for t in criteria), (ind, criteria)
    assert ws["G6"].value.startswith("Rintisan: ")
    assert ws["C6"].value == pytest.approx(1.3)  # I1 weighs 1.3 of 100
    assert [ws.cell(3, c).value for c in range(1, 7)] == [
        "Id", "Indikator", "Bobot (%)", "Tingkat", "Catatan", "Bukti (tautan)"]


def test_only_the_answer_cells_are_unlocked():
    wb = book(form())
    unlocked = {
        (ws.title, cell.coordinate)
        for ws in wb.worksheets
        for row in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=ws.max_column)
        for cell in row
        if cell.protection.locked is False
    }
    answers = {("Penilaian", f"{col}{r}") for r in ROW_OF.values() for col in "DEF"}
    contact = {("Sampul", f"B{r}") for r in (7, 8, 9, 10)}
    assert unlocked == answers | contact
    assert len(unlocked) == 47 * 3 + 4


def test_a_form_filled_with_openpyxl_reads_back():
    wb = book(form())
    ws = wb["Penilaian"]
    ws["D6"] = 3               # I1: a number
    ws["D7"] = "4"             # I2: text, as a pasted value
    ws["D8"] = 7               # I3: off the scale
    ws["D9"] = "tiga"          # I4: a word
    ws["D10"] = "2,0"          # I5: Indonesian decimal comma
    ws["E6"] = "Perbup 5/2023"
    ws["F6"] = "https://jdih.example/5"
    wb["Sampul"]["B7"] = "Budi Santoso"
    filled = em.read_form(saved(wb))
    a = filled.assessment
    assert (a.subject, a.period) == ("Dinas Kominfo", 2024)
    assert a.levels == {"I1": 3, "I2": 4, "I5": 2}
    assert a.notes["I1"] == ("Perbup 5/2023", "https://jdih.example/5")
    cells = [(p.sheet, p.cell, p.detail) for p in filled.problems]
    assert cells == [
        ("Penilaian", "D8", "level 7 is outside 1–5"),
        ("Penilaian", "D9", "`tiga` is not a level: choose one of 1–5 from the list"),
    ]
    assert all(isinstance(p, errors.FormCellError) for p in filled.problems)
    assert len(filled.empty) == 47 - 5 and filled.empty[0] == "I6"
    assert filled.contact == ("Budi Santoso", "", "", "")
    with pytest.raises(errors.FormCellError) as info:
        em.Assessment.from_xlsx(saved(wb))
    assert str(info.value) == "Penilaian!D8: level 7 is outside 1–5"


def test_a_complete_form_scores():
    wb = book(form())
    for row in ROW_OF.values():
        wb["Penilaian"].cell(row, 4).value = 3
    card = FW.score(em.Assessment.from_xlsx(saved(wb)))
    assert card.index_text == "3.00"


def test_a_copied_sheet_is_not_ignored():
    wb = book(form())
    wb.copy_worksheet(wb["Penilaian"])
    with pytest.raises(errors.FormFileError) as info:
        em.read_form(saved(wb))
    assert "`Penilaian Copy` is not part of the form" in str(info.value)


def test_prefill_and_english(tmp_path):
    prev = em.Assessment("Dinas Kominfo", 2023, {"I1": 2, "I47": 5}, notes={"I1": "draf"})
    path = tmp_path / "kominfo.xlsx"
    assert FW.xlsx_form(path, subject="Dinas Kominfo", period=2024, prefill=prev, lang="en") is None
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Cover", "Assessment", "_egov"]
    assert (wb["Assessment"]["D6"].value, wb["Assessment"]["D62"].value) == (2, 5)
    assert wb["Assessment"]["E6"].value == "draf"
    a = em.Assessment.from_xlsx(path)
    assert (a.period, a.levels) == (2024, {"I1": 2, "I47": 5})


def test_the_cover_names_the_prefill_period():
    # The cover's last instruction (B18) names the period pre-filled from:
    # a dict of levels counts as the previous period's; a document, an
    # Assessment, keep their own.
    line = lambda data: book(data)["Sampul"]["B18"].value  # noqa: E731
    assert line(form(prefill={"I1": 2})) == (
        "Tingkat, catatan dan bukti terisi dari penilaian periode 2023: periksa dan perbarui.")
    doc = {"subject": "Dinas Kominfo", "period": 2021, "levels": {"I1": 2}}
    assert "periode 2021:" in line(form(prefill=doc))
    assert "periode 2022:" in line(form(prefill=em.Assessment("Dinas Kominfo", 2022, {"I1": 2})))
    assert book(form())["Sampul"]["B18"].value is None


def test_many_returned_files(tmp_path):
    full = {f"I{i}": 3 for i in range(1, 48)}
    (tmp_path / "bappeda.xlsx").write_bytes(form(subject="Bappeda", prefill=full))
    (tmp_path / "kominfo.xlsx").write_bytes(form(prefill={"I1": 5}))
    (tmp_path / "bappeda-2.xlsx").write_bytes(form(subject="Bappeda", prefill=full))
    (tmp_path / "notes.xlsx").write_bytes(b"not a workbook")
    previous = [em.Assessment("Dinas Kominfo", 2023, {"I1": 2})]
    files = [tmp_path / n for n in ("kominfo.xlsx", "bappeda.xlsx", "bappeda-2.xlsx", "notes.xlsx")]
    batch, report = em.read_forms(files, FW, expected=["Dinas Kominfo", "Bappeda", "Dinkes"],
                                  previous=previous)
    assert [a.subject for a in batch] == ["Dinas Kominfo"]
    rows = report.rows
    assert [(r.subject, r.status) for r in rows] == [
        ("Dinas Kominfo", "incomplete"), ("Bappeda", "duplicate"), ("Dinkes", "missing"),
        ("notes.xlsx", "unreadable")]
    assert rows[0].changes == (em.LevelChange("I1", 2, 5),)
    assert rows[1].files == ("bappeda.xlsx", "bappeda-2.xlsx")
    df = report.to_pandas()
    assert list(df["status"].astype(str)) == ["incomplete", "duplicate", "missing", "unreadable"]
    assert df.loc[0, "changes"] == "I1 2→5" and df.loc[0, "empty"] == 46
    html = report._repr_html_()
    assert "belum kembali" in html and "notes.xlsx" in html
    # (name, bytes) pairs work as well as paths.
    _, again = em.read_forms([("k.xlsx", (tmp_path / "kominfo.xlsx").read_bytes())], FW)
    assert again.rows[0].files == ("k.xlsx",)


def test_bad_arguments():
    with pytest.raises(errors.InvalidOptionError):
        form(lang="fr")  # type: ignore[arg-type]
    with pytest.raises(errors.InvalidFieldError):
        form(subject=" ")
    with pytest.raises(errors.LevelOutOfRangeError):
        form(prefill={"I1": 9})
    with pytest.raises(errors.FormFileError) as info:
        em.read_form(b"subject,period\n")
    assert str(info.value).startswith("workbook: not an .xlsx workbook")
    with pytest.raises(FileNotFoundError):
        em.read_form("/nonexistent/form.xlsx")
    with pytest.raises(TypeError):
        em.read_form(3)  # type: ignore[arg-type]
