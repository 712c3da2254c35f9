// The Excel self-assessment forms (cargo feature `xlsx`): xlsxForm writes
// a form that readForm reads back (blank, prefilled, in English), the same
// options give the same bytes, a file that is not a form is a
// FormFileError, a cell a person filled in wrongly is a FormCellError
// (returned in `problems` by readForm, thrown by assessmentFromXlsx: the
// test edits a form's sheet XML, _xlsx.mjs), readForms consolidates many,
// xlsxWorkbook writes one workbook for many agencies that readWorkbook and
// readForms read back per agency sheet (readForm refuses it), and the forms
// module (egov-masterplan/forms) gives the full module's answers byte for
// byte.
import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { em } from "./_helpers.mjs";
import { setCell, unzip, zip } from "./_xlsx.mjs";

const PKG = dirname(createRequire(import.meta.url).resolve("egov-masterplan/package.json"));
const RATING = "xl/worksheets/sheet2.xml";
const PREVIOUS = {
  subject: "Dinas Kominfo",
  period: 2023,
  framework: "spbe-2020",
  levels: { I1: 3, I2: 5, I47: 1 },
  notes: { I1: "SK Walikota 2023", I2: { text: "Portal terpadu", evidence: "https://example.go.id/sk.pdf" } },
};

// The workbook of core/src/forms/workbook_tests.rs: Bappeda has two earlier
// assessments (its latest, 2023, pre-fills), Dinas Kesehatan none.
const THREE = {
  subjects: ["Bappeda", "Dinas Kominfo", "Dinas Kesehatan"],
  period: 2024,
  prefill: [
    { subject: "Bappeda", period: 2022, levels: { I1: 1 } },
    { subject: "Bappeda", period: 2023, levels: { I1: 4, I2: 2 } },
    { subject: "Dinas Kominfo", period: 2023, levels: { I47: 5 } },
  ],
};

describe("Excel self-assessment forms", () => {
  test("a blank form reads back: nothing rated, all 47 indicators empty", () => {
    const bytes = em.xlsxForm("spbe-2020", { subject: "Dinas Kominfo", period: 2024 });
    assert.ok(bytes instanceof Uint8Array);
    assert.deepEqual([...bytes.subarray(0, 2)], [0x50, 0x4b]); // "PK": a zip container
    const form = em.readForm(bytes);
    assert.deepEqual(Object.keys(form), ["assessment", "frameworkVersion", "sheet", "empty", "problems", "contact"]);
    assert.deepEqual(form.assessment, { framework: "spbe-2020", subject: "Dinas Kominfo", period: 2024, levels: {} });
    assert.equal(form.frameworkVersion, "2020");
    assert.equal(form.sheet, "Penilaian");
    assert.equal(form.empty.length, 47);
    assert.deepEqual(form.empty.slice(0, 3), ["I1", "I2", "I3"]);
    assert.deepEqual(form.problems, []);
    assert.deepEqual(form.contact, ["", "", "", ""]);
    assert.deepEqual(em.assessmentFromXlsx(bytes), form.assessment);
  });

  test("a prefilled form round-trips levels, notes and evidence", () => {
    const bytes = em.xlsxForm("spbe-2020", { subject: "Dinas Kominfo", period: 2024, prefill: PREVIOUS });
    const form = em.readForm(bytes);
    // The form is for 2024; the answers are last period's, as pre-filled.
    assert.equal(form.assessment.subject, "Dinas Kominfo");
    assert.equal(form.assessment.period, 2024);
    assert.deepEqual(form.assessment.levels, PREVIOUS.levels);
    assert.deepEqual(form.assessment.notes, {
      I1: { text: "SK Walikota 2023" }, // a note in its canonical shape
      I2: { text: "Portal terpadu", evidence: "https://example.go.id/sk.pdf" },
    });
    assert.equal(form.empty.length, 44);
    assert.ok(!form.empty.includes("I1") && !form.empty.includes("I47"));
    // A bare level map is the options' subject and period.
    const levels = em.readForm(em.xlsxForm("spbe-2020", { subject: "Bappeda", period: 2025, prefill: { I3: 2 } }));
    assert.deepEqual(levels.assessment, { framework: "spbe-2020", subject: "Bappeda", period: 2025, levels: { I3: 2 } });
  });

  test("the same options give the same bytes", () => {
    const options = { subject: "Dinas Kominfo", period: 2024, lang: "en", prefill: PREVIOUS, issued: [2024, 3, 1] };
    const a = em.xlsxForm("spbe-2020", options);
    const b = em.xlsxForm("spbe-2020", structuredClone(options));
    assert.deepEqual(Buffer.from(a), Buffer.from(b));
    assert.deepEqual(Buffer.from(em.xlsxForm("spbe-2020", { subject: "X", period: 2024 })),
      Buffer.from(em.xlsxForm("spbe-2020", { subject: "X", period: 2024 })));
    // The date is the one given (docProps/core.xml), not the clock.
    const core = unzip(a).find((e) => e.name === "docProps/core.xml");
    assert.match(Buffer.from(core.data).toString("utf8"), /2024-03-01T00:00:00Z/);
    assert.notDeepEqual(Buffer.from(a), Buffer.from(em.xlsxForm("spbe-2020", { ...options, issued: [2024, 3, 2] })));
  });

  test("an English form's rating sheet is `Assessment`", () => {
    const form = em.readForm(em.xlsxForm("spbe-2020", { subject: "Dinas Kominfo", period: 2024, lang: "en" }));
    assert.equal(form.sheet, "Assessment");
    assert.equal(form.empty.length, 47);
    assert.equal(em.readForm(em.xlsxForm("spbe-2020", { subject: "D", period: 2024, lang: "id" })).sheet, "Penilaian");
  });

  test("the framework: a built-in id, a framework JSON document, or a Framework", () => {
    const options = { subject: "Dinas Kominfo", period: 2024, prefill: { I1: 2 } };
    const byId = em.xlsxForm("spbe-2020", options);
    const fw = em.Framework.builtin("spbe-2020");
    assert.deepEqual(Buffer.from(em.xlsxForm(fw.toJson(), options)), Buffer.from(byId));
    assert.deepEqual(Buffer.from(em.xlsxForm(fw, options)), Buffer.from(byId));
    const pemdi = em.readForm(em.xlsxForm("pemdi-2025", { subject: "D", period: 2025 }));
    assert.equal(pemdi.assessment.framework, "pemdi-2025");
    assert.equal(pemdi.empty.length, em.Framework.builtin("pemdi-2025").indicatorIds().length);
    assert.throws(() => em.xlsxForm("no-such-framework", options), em.FrameworkError);
    assert.throws(() => em.xlsxForm("{ not json", options), em.EgovError);
    assert.throws(() => em.xlsxForm(42, options), TypeError);
  });

  test("a bare level map prefills as the previous period's; a document keeps its period", () => {
    // The cover names the period pre-filled from, so the bytes tell.
    const form = (prefill) => Buffer.from(em.xlsxForm("spbe-2020", { subject: "Dinas Kominfo", period: 2024, prefill }));
    const doc = (period) => ({ subject: "Dinas Kominfo", period, levels: { I1: 2 } });
    assert.deepEqual(form({ I1: 2 }), form(doc(2023)));
    assert.notDeepEqual(form(doc(2022)), form(doc(2023)));
    assert.equal(em.readForm(form(doc(2022))).assessment.period, 2024);
  });

  test("a file that is not a form is a FormFileError", () => {
    for (const read of [em.readForm, em.assessmentFromXlsx]) {
      let err;
      assert.throws(() => read(new TextEncoder().encode("subject,period\n")), (e) => ((err = e), true));
      assert.ok(err instanceof em.FormFileError && err instanceof em.AssessmentError, String(err));
      assert.deepEqual([err.name, err.kind, err.file], ["FormFileError", "form_file", "workbook"]);
      assert.match(err.message, /not an \.xlsx workbook/);
    }
    // A zip that is no workbook.
    const text = zip([{ name: "hello.txt", data: new TextEncoder().encode("hello") }]);
    assert.throws(() => em.readForm(text), em.FormFileError);
    assert.throws(() => em.readForm(new Uint8Array([0x50, 0x4b, 3, 4])), em.FormFileError);
    assert.throws(() => em.readForm("not bytes"), TypeError);
    assert.throws(() => em.assessmentFromXlsx([1, 2]), TypeError);
  });

  test("cells filled in wrongly: FormCellError objects in `problems`, the first one thrown strictly", () => {
    let bytes = em.xlsxForm("spbe-2020", { subject: "Dinas Kominfo", period: 2024, prefill: { I1: 3 } });
    bytes = setCell(bytes, RATING, "D8", 7); // I3 (row 6 is I1)
    bytes = setCell(bytes, RATING, "D10", "tiga"); // I5
    bytes = setCell(bytes, RATING, "D12", 4); // I7: a good answer
    const form = em.readForm(bytes);
    assert.deepEqual(form.assessment.levels, { I1: 3, I7: 4 });
    assert.equal(form.empty.length, 43); // neither rated nor empty: I3, I5
    assert.ok(!form.empty.includes("I3") && !form.empty.includes("I5") && form.empty.includes("I2"));
    assert.equal(form.problems.length, 2);
    for (const p of form.problems) {
      assert.ok(p instanceof em.FormCellError && p instanceof em.AssessmentError && p instanceof Error, String(p));
      assert.equal(p.kind, "form_cell");
    }
    const [seven, word] = form.problems;
    assert.deepEqual([seven.sheet, seven.cell, seven.detail], ["Penilaian", "D8", "level 7 is outside 1–5"]);
    assert.equal(seven.message, "Penilaian!D8: level 7 is outside 1–5");
    assert.equal(word.cell, "D10");
    assert.match(word.message, /^Penilaian!D10: `tiga` is not a level/);
    let err;
    assert.throws(() => em.assessmentFromXlsx(bytes), (e) => ((err = e), true));
    assert.ok(err instanceof em.FormCellError, String(err));
    assert.equal(err.message, seven.message);
  });

  test("a prefill the framework does not accept cannot make a form", () => {
    const options = (prefill) => ({ subject: "D", period: 2024, prefill });
    assert.throws(() => em.xlsxForm("spbe-2020", options({ I1: 7 })), em.LevelOutOfRangeError);
    assert.throws(() => em.xlsxForm("spbe-2020", options({ X9: 3 })), em.EgovError);
    assert.throws(() => em.xlsxForm("spbe-2020", options({ I1: 2.5 })), em.EgovError);
    assert.throws(() => em.xlsxForm("spbe-2020", options("I1=3")), TypeError);
    assert.throws(() => em.xlsxForm("spbe-2020", { subject: "", period: 2024 }), em.EgovError);
    assert.throws(() => em.xlsxForm("spbe-2020", { period: 2024 }), TypeError);
    assert.throws(() => em.xlsxForm("spbe-2020", { subject: "D" }), TypeError);
    assert.throws(() => em.xlsxForm("spbe-2020", { subject: "D", period: 2024.5 }), TypeError);
    assert.throws(() => em.xlsxForm("spbe-2020", { subject: "D", period: 2024, lang: "fr" }), em.EgovError);
    assert.throws(() => em.xlsxForm("spbe-2020", { subject: "D", period: 2024, issued: [2024, 2, 30] }), em.EgovError);
    assert.throws(() => em.xlsxForm("spbe-2020", { subject: "D", period: 2024, issued: "2024-01-01" }), TypeError);
    assert.throws(() => em.xlsxForm("spbe-2020"), TypeError);
  });

  test("readForms: one batch and a report of who returned what", () => {
    const form = (subject, prefill) => em.xlsxForm("spbe-2020", { subject, period: 2024, prefill });
    const all = Object.fromEntries(em.Framework.builtin("spbe-2020").indicatorIds().map((id) => [id, 3]));
    const files = [
      { name: "kominfo.xlsx", bytes: form("Dinas Kominfo", all) },
      { name: "bappeda.xlsx", bytes: form("Bappeda", { I1: 2 }) },
      { name: "dinkes.xlsx", bytes: setCell(form("Dinas Kesehatan", { I1: 2 }), RATING, "D8", 9) },
      { name: "notes.txt", bytes: new TextEncoder().encode("hello") },
    ];
    const previous = [{ subject: "Dinas Kominfo", period: 2023, levels: { I1: 1 } }];
    const { assessments, report } = em.readForms(files, "spbe-2020", {
      expected: ["Dinas Kominfo", "Bappeda", "Dinas Kesehatan", "Inspektorat"],
      previous,
    });
    const status = Object.fromEntries(report.rows.map((r) => [r.subject, r.status]));
    assert.deepEqual(status, {
      "Dinas Kominfo": "complete",
      Bappeda: "incomplete",
      "Dinas Kesehatan": "invalid",
      Inspektorat: "missing",
      "notes.txt": "unreadable",
    });
    const kominfo = report.rows.find((r) => r.subject === "Dinas Kominfo");
    assert.deepEqual(kominfo.changes, [{ indicator: "I1", from: 1, to: 3 }]);
    assert.equal(kominfo.rated, 47);
    assert.deepEqual(report.rows.find((r) => r.subject === "Dinas Kesehatan").problems,
      ["Penilaian!D8: level 9 is outside 1–5"]);
    assert.ok(assessments.some((a) => a.subject === "Dinas Kominfo" && a.levels.I47 === 3));
    // flagMoreThan: a move of two steps is not flagged when 2 are allowed.
    const calm = em.readForms(files.slice(0, 1), "spbe-2020", { previous, flagMoreThan: 2 });
    assert.deepEqual(calm.report.rows[0].changes, []);
    assert.throws(() => em.readForms("files", "spbe-2020"), TypeError);
    assert.throws(() => em.readForms([{ name: "a", bytes: [1] }], "spbe-2020"), TypeError);
  });
});

describe("Excel workbooks of many agencies", () => {
  test("a workbook of three agencies reads back to three forms, each pre-filled from its latest assessment", () => {
    const bytes = em.xlsxWorkbook("spbe-2020", THREE);
    assert.ok(bytes instanceof Uint8Array);
    assert.deepEqual([...bytes.subarray(0, 2)], [0x50, 0x4b]);
    const forms = em.readWorkbook(bytes, "semua.xlsx");
    assert.ok(Array.isArray(forms));
    assert.deepEqual(
      forms.map((f) => [f.sheet, f.assessment.subject, f.assessment.period, f.assessment.levels, f.empty.length]),
      [
        // Bappeda from 2023, not 2022.
        ["Bappeda", "Bappeda", 2024, { I1: 4, I2: 2 }, 45],
        ["Dinas Kominfo", "Dinas Kominfo", 2024, { I47: 5 }, 46],
        ["Dinas Kesehatan", "Dinas Kesehatan", 2024, {}, 47],
      ],
    );
    for (const form of forms) {
      assert.deepEqual(Object.keys(form), ["assessment", "frameworkVersion", "sheet", "empty", "problems", "contact"]);
      assert.equal(form.assessment.framework, "spbe-2020");
      assert.equal(form.frameworkVersion, "2020");
      assert.deepEqual(form.problems, []);
      assert.deepEqual(form.contact, ["", "", "", ""]);
    }
    // The name is optional (errors then say `workbook`, as readForm's do).
    assert.deepEqual(em.readWorkbook(bytes), forms);
    // Sheets are named after the agencies, Excel's forbidden characters replaced.
    const named = em.readWorkbook(em.xlsxWorkbook("spbe-2020",
      { subjects: ["Dinas Kesehatan", "Dinas P/K: Pendidikan"], period: 2024 }));
    assert.deepEqual(named.map((f) => [f.sheet, f.assessment.subject]),
      [["Dinas Kesehatan", "Dinas Kesehatan"], ["Dinas P-K- Pendidikan", "Dinas P/K: Pendidikan"]]);
    // In English, and a single form reads as a workbook of one.
    const english = em.readWorkbook(em.xlsxWorkbook("spbe-2020", { ...THREE, lang: "en" }));
    assert.deepEqual(english.map((f) => f.assessment.levels), forms.map((f) => f.assessment.levels));
    const single = em.readWorkbook(em.xlsxForm("spbe-2020", { subject: "Bappeda", period: 2024 }), "bappeda.xlsx");
    assert.deepEqual(single.map((f) => f.sheet), ["Penilaian"]);
    assert.deepEqual(single[0], em.readForm(em.xlsxForm("spbe-2020", { subject: "Bappeda", period: 2024 })));
  });

  test("the same options give the same bytes", () => {
    const options = { ...THREE, lang: "en", issued: [2024, 3, 1] };
    const a = em.xlsxWorkbook("spbe-2020", options);
    assert.deepEqual(Buffer.from(a), Buffer.from(em.xlsxWorkbook("spbe-2020", structuredClone(options))));
    assert.deepEqual(Buffer.from(em.xlsxWorkbook("spbe-2020", THREE)), Buffer.from(em.xlsxWorkbook("spbe-2020", THREE)));
    const core = unzip(a).find((e) => e.name === "docProps/core.xml");
    assert.match(Buffer.from(core.data).toString("utf8"), /2024-03-01T00:00:00Z/);
    assert.notDeepEqual(Buffer.from(a), Buffer.from(em.xlsxWorkbook("spbe-2020", { ...options, issued: [2024, 3, 2] })));
    // A Framework or its JSON document gives the same bytes as its id.
    const fw = em.Framework.builtin("spbe-2020");
    assert.deepEqual(Buffer.from(em.xlsxWorkbook(fw, options)), Buffer.from(a));
    assert.deepEqual(Buffer.from(em.xlsxWorkbook(fw.toJson(), options)), Buffer.from(a));
  });

  test("readForm refuses a workbook of many agencies", () => {
    const bytes = em.xlsxWorkbook("spbe-2020", THREE);
    for (const read of [em.readForm, em.assessmentFromXlsx]) {
      let err;
      assert.throws(() => read(bytes), (e) => ((err = e), true));
      assert.ok(err instanceof em.FormFileError && err instanceof em.AssessmentError, String(err));
      assert.deepEqual([err.name, err.kind, err.file], ["FormFileError", "form_file", "workbook"]);
      assert.equal(err.message, "workbook: a workbook of 3 agencies' sheets (Bappeda, Dinas Kominfo, "
        + "Dinas Kesehatan), not one agency's form: read it as a workbook of forms");
    }
    // readWorkbook's errors name the file.
    let err;
    assert.throws(() => em.readWorkbook(new TextEncoder().encode("hello"), "semua.xlsx"), (e) => ((err = e), true));
    assert.ok(err instanceof em.FormFileError, String(err));
    assert.equal(err.file, "semua.xlsx");
    assert.match(err.message, /^semua\.xlsx: not an \.xlsx workbook/);
    assert.throws(() => em.readWorkbook("semua.xlsx"), TypeError);
    assert.throws(() => em.readWorkbook(bytes, 42), TypeError);
  });

  test("readForms reads each agency sheet of a workbook: files name.xlsx!Sheet", () => {
    const files = [
      { name: "semua.xlsx", bytes: em.xlsxWorkbook("spbe-2020", THREE) },
      { name: "kominfo.xlsx", bytes: em.xlsxForm("spbe-2020", { subject: "Dinas Kominfo", period: 2024 }) },
    ];
    const { assessments, report } = em.readForms(files, "spbe-2020", { expected: ["Dinas Kesehatan", "Disdukcapil"] });
    assert.deepEqual(report.rows.map((r) => [r.subject, r.status, r.files]), [
      ["Dinas Kesehatan", "incomplete", ["semua.xlsx!Dinas Kesehatan"]],
      ["Disdukcapil", "missing", []],
      ["Bappeda", "incomplete", ["semua.xlsx!Bappeda"]],
      ["Dinas Kominfo", "duplicate", ["semua.xlsx!Dinas Kominfo", "kominfo.xlsx"]],
    ]);
    const bappeda = assessments.find((a) => a.subject === "Bappeda");
    assert.deepEqual(bappeda.levels, { I1: 4, I2: 2 });
  });

  test("bad workbook options: InvalidFieldError from the core, TypeError for the wrong shape", () => {
    const cases = [
      [{ subjects: [], period: 2024 }, "subjects", "workbook: field `subjects` must name at least one agency"],
      [{ subjects: ["Bappeda", "Dinkes", "Bappeda"], period: 2024 }, "subjects[2]",
        "workbook: field `subjects[2]` repeats `Bappeda` (each agency gets one sheet)"],
      [{ subjects: ["Bappeda"], period: 2024, prefill: [{ subject: "Dinkes", period: 2023, levels: {} }] }, "prefill[0]",
        "workbook: field `prefill[0]` is an assessment of `Dinkes`, which is not among the subjects"],
    ];
    for (const [options, field, message] of cases) {
      let err;
      assert.throws(() => em.xlsxWorkbook("spbe-2020", options), (e) => ((err = e), true));
      assert.ok(err instanceof em.InvalidFieldError && err instanceof em.EgovError, String(err));
      assert.deepEqual([err.kind, err.what, err.field, err.message], ["invalid_field", "workbook", field, message]);
    }
    const many = { subjects: Array.from({ length: 1001 }, (_, k) => `OPD ${k}`), period: 2024 };
    assert.throws(() => em.xlsxWorkbook("spbe-2020", many), em.TooLargeError);
    // A prefill the framework does not accept, checked as xlsxForm checks it.
    const bad = (levels) => ({ subjects: ["D"], period: 2024, prefill: [{ subject: "D", period: 2023, levels }] });
    assert.throws(() => em.xlsxWorkbook("spbe-2020", bad({ I1: 7 })), em.LevelOutOfRangeError);
    assert.throws(() => em.xlsxWorkbook("spbe-2020", bad({ X9: 3 })), em.EgovError);
    assert.throws(() => em.xlsxWorkbook("spbe-2020", { subjects: ["D"], period: 2024, lang: "fr" }), em.EgovError);
    assert.throws(() => em.xlsxWorkbook("spbe-2020", { subjects: ["D"], period: 2024, issued: [2024, 2, 30] }),
      em.EgovError);
    // The wrong shapes: xlsxForm's `subject`, subjects not strings, a bare level map as prefill.
    for (const options of [
      { subject: "D", period: 2024 },
      { subjects: "D", period: 2024 },
      { subjects: ["D", 7], period: 2024 },
      { subjects: ["D"] },
      { subjects: ["D"], period: 2024.5 },
      { subjects: ["D"], period: 2024, prefill: { I1: 3 } },
      { subjects: ["D"], period: 2024, prefill: ["D"] },
      { subjects: ["D"], period: 2024, issued: "2024-01-01" },
      undefined,
    ]) {
      assert.throws(() => em.xlsxWorkbook("spbe-2020", options), TypeError, JSON.stringify(options));
    }
    assert.throws(() => em.xlsxWorkbook(42, { subjects: ["D"], period: 2024 }), TypeError);
    assert.throws(() => em.xlsxWorkbook("no-such-framework", { subjects: ["D"], period: 2024 }), em.FrameworkError);
  });
});

describe("the forms module's Excel forms", () => {
  let forms;
  before(async () => {
    forms = await import("egov-masterplan/forms");
    await forms.default(readFileSync(join(PKG, "forms", "egov_masterplan_wasm_bg.wasm")));
  });

  test("it has the Excel functions and gives the full module's bytes and readings", () => {
    for (const name of ["xlsxForm", "xlsxWorkbook", "readForm", "readWorkbook", "assessmentFromXlsx", "readForms"]) {
      assert.equal(typeof forms[name], "function", name);
    }
    const options = { subject: "Dinas Kominfo", period: 2024, lang: "en", prefill: PREVIOUS, issued: [2024, 3, 1] };
    const bytes = forms.xlsxForm("spbe-2020", options);
    assert.deepEqual(Buffer.from(bytes), Buffer.from(em.xlsxForm("spbe-2020", options)));
    const fwJson = em.Framework.builtin("spbe-2018").toJson();
    assert.deepEqual(Buffer.from(forms.xlsxForm(fwJson, { subject: "D", period: 2019 })),
      Buffer.from(em.xlsxForm("spbe-2018", { subject: "D", period: 2019 })));
    const bad = setCell(bytes, RATING, "D8", 0);
    const mine = forms.readForm(bad);
    const theirs = em.readForm(bad);
    assert.deepEqual({ ...mine, problems: mine.problems.map((p) => p.message) },
      { ...theirs, problems: theirs.problems.map((p) => p.message) });
    assert.ok(mine.problems[0] instanceof forms.FormCellError);
    assert.ok(!(mine.problems[0] instanceof em.FormCellError)); // its own errors.js
    assert.throws(() => forms.assessmentFromXlsx(bad), forms.FormCellError);
    assert.throws(() => forms.readForm(new Uint8Array(8)), forms.FormFileError);
    const batch = forms.readForms([{ name: "a.xlsx", bytes }], "spbe-2020", { expected: ["Dinas Kominfo"] });
    assert.deepEqual(batch, em.readForms([{ name: "a.xlsx", bytes }], "spbe-2020", { expected: ["Dinas Kominfo"] }));
    const book = forms.xlsxWorkbook("spbe-2020", THREE);
    assert.deepEqual(Buffer.from(book), Buffer.from(em.xlsxWorkbook("spbe-2020", THREE)));
    assert.deepEqual(forms.readWorkbook(book, "semua.xlsx"), em.readWorkbook(book, "semua.xlsx"));
    assert.throws(() => forms.readForm(book), forms.FormFileError);
    assert.throws(() => forms.xlsxWorkbook("spbe-2020", { subjects: [], period: 2024 }), forms.InvalidFieldError);
  });

  test("the scoring and benchmark modules have no Excel functions", async () => {
    for (const specifier of ["egov-masterplan/scoring", "egov-masterplan/benchmark"]) {
      const mod = await import(specifier);
      for (const name of ["xlsxForm", "xlsxWorkbook", "readForm", "readWorkbook", "assessmentFromXlsx", "readForms"]) {
        assert.equal(mod[name], undefined, `${specifier}: ${name}`);
      }
    }
  });
});
