// Assessment CSV through the core (the calculator's import/export format)
// and the radar's options.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Framework, assessmentsFromCsv, assessmentsToCsv, CsvError } from "egov-masterplan";

test("CSV round trip keeps levels and notes", () => {
  const doc = { subject: "dinas-a", period: 2024, levels: { I2: 4, I1: 3 }, notes: { I1: "ada SK" } };
  const text = assessmentsToCsv([doc]);
  // Header and natural indicator order, as the core writes them (csv_io.rs).
  assert.equal(text, "subject,period,indicator,level,note\ndinas-a,2024,I1,3,ada SK\ndinas-a,2024,I2,4,\n");
  const [back] = assessmentsFromCsv(text);
  assert.equal(back.subject, "dinas-a");
  assert.equal(back.period, 2024);
  assert.deepEqual(back.levels, { I1: 3, I2: 4 });
  assert.equal(assessmentsToCsv([back]), text);
});

test("a bad CSV row is a CsvError naming the row and column", () => {
  assert.throws(
    () => assessmentsFromCsv("subject,period,indicator,level\na,2024,I1,x\n"),
    (e) => e instanceof CsvError && e.row === 2 && e.column === "level",
  );
  assert.throws(() => assessmentsFromCsv(42), TypeError);
});

test("the radar defaults to the framework's top tier and escapes the subject name", () => {
  const fw = Framework.builtin("pemdi-2025");
  const levels = Object.fromEntries(fw.indicatorIds().map((id) => [id, 3]));
  const svg = fw.radarSvg(levels, { subjectName: "<b>Dinas</b>" });
  assert.match(svg, /^<svg/);
  assert.ok(svg.includes("&lt;b&gt;Dinas&lt;/b&gt;"));
  assert.ok(!svg.includes("<b>"));
});
