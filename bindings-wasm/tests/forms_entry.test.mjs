// The forms module (`egov-masterplan/forms`, cargo feature `csv`): the
// assessment CSV reader and writer without Framework, which the calculator
// loads on its first CSV export or import. It gives the full module's
// answers byte for byte (tests/vectors/assessment_csv.json, the scoring
// vectors' assessments), throws the package's error classes (its own
// errors.js), and the scoring module no longer has the CSV functions.
import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { em, vector } from "./_helpers.mjs";

const PKG = dirname(createRequire(import.meta.url).resolve("egov-masterplan/package.json"));
const hex = (h) => Uint8Array.from(h.match(/../g).map((b) => parseInt(b, 16)));

/** What a call gives: its value, or the error's class, kind, message and fields. */
function outcome(fn) {
  try {
    return { value: fn() };
  } catch (e) {
    return { error: { name: e.constructor.name, ...e, message: e.message } };
  }
}

describe("the forms module", () => {
  let forms;
  before(async () => {
    forms = await import("egov-masterplan/forms");
    await forms.default(readFileSync(join(PKG, "forms", "egov_masterplan_wasm_bg.wasm")));
  });

  test("it has the CSV functions and the errors, no class", () => {
    assert.equal(typeof forms.assessmentsFromCsv, "function");
    assert.equal(typeof forms.assessmentsToCsv, "function");
    for (const name of ["Framework", "RadarLayout", "Roadmap", "Schedule", "ArchitectureModel", "Benchmark", "errorTable"]) {
      assert.equal(forms[name], undefined, name);
    }
    for (const [, className] of em.errorKinds()) assert.equal(typeof forms[className], "function", className);
    assert.equal(forms.version(), em.version());
    assert.deepEqual(forms.errorKinds(), em.errorKinds());
  });

  test("every assessment_csv.json case reads as in the full module (text and bytes)", () => {
    for (const c of vector("assessment_csv.json").cases) {
      const input = c.bytes_hex !== undefined ? hex(c.bytes_hex) : c.text;
      const mine = outcome(() => forms.assessmentsFromCsv(input));
      assert.deepEqual(mine, outcome(() => em.assessmentsFromCsv(input)), c.name);
      if (c.error) {
        assert.equal(mine.error?.kind, c.error.kind, c.name);
      } else {
        assert.deepEqual(mine.value, c.assessments, c.name);
      }
    }
  });

  test("a CSV written with semicolons, Indonesian headers and a decimal comma", () => {
    const docs = forms.assessmentsFromCsv("instansi;tahun;indikator;tingkat\nDinas X;2024;I1;3,0\n");
    assert.deepEqual(docs, [{ subject: "Dinas X", period: 2024, levels: { I1: 3 } }]);
    assert.equal(forms.assessmentsToCsv(docs), "subject,period,indicator,level,note\nDinas X,2024,I1,3,\n");
  });

  test("it writes what the full module writes, and reads it back", () => {
    const docs = vector("scoring.json").cases
      .map((c) => c.assessment)
      .filter((a) => a && typeof a === "object" && "levels" in a);
    assert.ok(docs.length > 0);
    for (const doc of docs) {
      const text = forms.assessmentsToCsv([doc]);
      assert.equal(text, em.assessmentsToCsv([doc]));
      assert.deepEqual(forms.assessmentsFromCsv(text), em.assessmentsFromCsv(text));
    }
    const hostile = { subject: "=HYPERLINK(\"x\")", period: 2024, levels: { I1: 3 }, notes: { I1: "+1; \"a\"\nb" } };
    assert.equal(forms.assessmentsToCsv([hostile]), em.assessmentsToCsv([hostile]));
    assert.deepEqual(forms.assessmentsFromCsv(forms.assessmentsToCsv([hostile])), em.assessmentsFromCsv(em.assessmentsToCsv([hostile])));
  });

  test("its errors are the package's classes (its own errors.js)", () => {
    let err;
    assert.throws(() => forms.assessmentsFromCsv("subject,period,indicator,level\na,2024,I1,x\n"), (e) => ((err = e), true));
    assert.ok(err instanceof forms.CsvError, String(err));
    assert.ok(err instanceof forms.AssessmentError && err instanceof forms.EgovError && err instanceof Error);
    assert.deepEqual([err.name, err.kind, err.row, err.column], ["CsvError", "csv", 2, "level"]);
    assert.throws(() => forms.assessmentsToCsv([{ subject: "s", period: 1, levels: { I1: 2.5 } }]), forms.EgovError);
    assert.throws(() => forms.assessmentsFromCsv(42), TypeError);
    assert.throws(() => forms.assessmentsToCsv("not a list"), TypeError);
  });

  test("the scoring module has no CSV functions", async () => {
    const scoring = await import("egov-masterplan/scoring");
    assert.equal(scoring.assessmentsFromCsv, undefined);
    assert.equal(scoring.assessmentsToCsv, undefined);
    assert.equal(typeof scoring.Framework, "function");
  });
});
