"""One workbook for many agencies, as openpyxl sees it and as a person fills
it: the cover's agency table (rows 16 on: agency, sheet link, contact
cells), one rating sheet per agency laid out as a single form (I1's level
is D6, I2's D7: see test_forms.py for the row map), the hidden `_egov`."""

from __future__ import annotations

import io

import openpyxl
import pytest

import egov_masterplan as em
from egov_masterplan import errors

FW = em.Framework.builtin("spbe-2020")
AGENCIES = ["Bappeda", "Dinas Kominfo", "Dinas P/K: Pendidikan"]


def workbook(**kwargs) -> bytes:
    data = FW.xlsx_workbook(None, subjects=kwargs.pop("subjects", AGENCIES), period=2024, **kwargs)
    assert data is not None
    return data


def book(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def saved(wb: openpyxl.Workbook) -> bytes:
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_the_workbook_as_openpyxl_sees_it():
    wb = book(workbook())
    # Excel refuses `/` and `:` in sheet names: they become `-`.
    assert wb.sheetnames == ["Sampul", "Bappeda", "Dinas Kominfo", "Dinas P-K- Pendidikan", "_egov"]
    assert wb["_egov"].sheet_state == "hidden"
    assert all(ws.protection.sheet for ws in wb.worksheets)
    cover = wb["Sampul"]
    table = [[cover.cell(r, c).value for c in (1, 2)] for r in (15, 16, 17, 18)]
    assert table == [["Instansi", "Lembar"], ["Bappeda", "Bappeda"], ["Dinas Kominfo", "Dinas Kominfo"],
                     ["Dinas P/K: Pendidikan", "Dinas P-K- Pendidikan"]]
    assert cover["B18"].hyperlink.location == "'Dinas P-K- Pendidikan'!A1"
    unlocked_cover = {c.coordinate for row in cover.iter_rows() for c in row if c.protection.locked is False}
    assert unlocked_cover == {f"{col}{r}" for col in "CDEF" for r in (16, 17, 18)}
    for name in wb.sheetnames[1:4]:
        ws = wb[name]
        ranges = sorted(str(r) for dv in ws.data_validations.dataValidation for r in dv.sqref.ranges)
        assert "D6:D15" in ranges and "D57:D62" in ranges and len(ranges) == 8
        assert ws["A6"].value == "I1" and ws["A62"].value == "I47"
    assert wb["Dinas Kominfo"]["A1"].value.endswith("— Dinas Kominfo — 2024")


def test_a_workbook_filled_with_openpyxl_reads_back():
    prev = [em.Assessment("Bappeda", 2022, {"I1": 1}), em.Assessment("Bappeda", 2023, {"I1": 4})]
    wb = book(workbook(prefill=prev))
    wb["Dinas Kominfo"]["D6"] = 3
    wb["Dinas Kominfo"]["D7"] = "2,0"
    wb["Dinas P-K- Pendidikan"]["D7"] = 6
    wb["Sampul"]["C17"] = "Sari"
    forms = em.read_workbook(saved(wb))
    assert [(f.sheet, f.assessment.subject, f.assessment.levels) for f in forms] == [
        ("Bappeda", "Bappeda", {"I1": 4}),  # from 2023, the latest
        ("Dinas Kominfo", "Dinas Kominfo", {"I1": 3, "I2": 2}),
        ("Dinas P-K- Pendidikan", "Dinas P/K: Pendidikan", {}),
    ]
    assert [f.contact[0] for f in forms] == ["", "Sari", ""]
    [bad] = forms[2].problems
    assert isinstance(bad, errors.FormCellError)
    assert str(bad) == "Dinas P-K- Pendidikan!D7: level 6 is outside 1–5"
    with pytest.raises(errors.FormFileError) as info:
        em.read_form(saved(wb))
    assert "a workbook of 3 agencies' sheets" in str(info.value)


def test_an_added_sheet_is_not_ignored():
    wb = book(workbook())
    wb.copy_worksheet(wb["Bappeda"])
    with pytest.raises(errors.FormFileError) as info:
        em.read_workbook(saved(wb))
    assert "`Bappeda Copy` is not part of the form" in str(info.value)


def test_read_forms_takes_workbooks_and_single_forms(tmp_path):
    (tmp_path / "semua.xlsx").write_bytes(workbook())
    single = FW.xlsx_form(None, subject="Dinas Kominfo", period=2024)
    assert single is not None
    (tmp_path / "kominfo.xlsx").write_bytes(single)
    _, report = em.read_forms([tmp_path / "semua.xlsx", tmp_path / "kominfo.xlsx"], FW,
                              expected=["Bappeda", "Dinkes"])
    assert [(r.subject, r.status, r.files) for r in report.rows] == [
        ("Bappeda", "incomplete", ("semua.xlsx!Bappeda",)),
        ("Dinkes", "missing", ()),
        ("Dinas Kominfo", "duplicate", ("semua.xlsx!Dinas Kominfo", "kominfo.xlsx")),
        ("Dinas P/K: Pendidikan", "incomplete", ("semua.xlsx!Dinas P-K- Pendidikan",)),
    ]


def test_same_arguments_same_bytes(tmp_path):
    assert workbook() == workbook()
    path = tmp_path / "semua.xlsx"
    assert FW.xlsx_workbook(path, subjects=AGENCIES, period=2024) is None
    assert path.read_bytes() == workbook()
    assert book(workbook(lang="en")).sheetnames[0] == "Cover"


def test_bad_workbook_arguments():
    with pytest.raises(errors.InvalidFieldError) as info:
        workbook(subjects=[])
    assert str(info.value) == "workbook: field `subjects` must name at least one agency"
    with pytest.raises(errors.InvalidFieldError) as info:
        workbook(subjects=["A", "A"])
    assert str(info.value) == "workbook: field `subjects[1]` repeats `A` (each agency gets one sheet)"
    with pytest.raises(errors.InvalidFieldError) as info:
        workbook(prefill=[em.Assessment("Dinkes", 2023, {})])
    assert "`prefill[0]` is an assessment of `Dinkes`, which is not among the subjects" in str(info.value)
    with pytest.raises(errors.LevelOutOfRangeError):
        workbook(prefill=[em.Assessment("Bappeda", 2023, {"I1": 9})])
    with pytest.raises(errors.TooLargeError):
        workbook(subjects=[f"OPD {k}" for k in range(1001)])
    with pytest.raises(TypeError):
        workbook(subjects="Bappeda")
