// Each entry point of the package declares exactly what it exports: the
// value names its declaration file gives (asked of the TypeScript compiler,
// resolving the package as a project of that kind would) are the names its
// module exports at run time, a probe importing every declared name
// type-checks, and the generated error classes declare every field of their
// kind with the table's type.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { BROWSER, NODE, check, declaredValues } from "./_tsc.mjs";
import { em } from "./_helpers.mjs";

const TS_TYPE = { text: "string", integer: "number", text_list: "string[]" };
/** A type each field type is not assignable to. */
const WRONG = { text: "number", integer: "string", text_list: "number[]" };
/** The Excel forms' functions: in the forms and full entries, not the scoring or benchmark ones. */
const EXCEL = ["xlsxForm", "xlsxWorkbook", "readForm", "readWorkbook", "assessmentFromXlsx", "readForms"];

const ENTRIES = [
  // [name, specifier for TypeScript, compiler options, specifier to import at run time]
  ["node (`egov-masterplan` on Node.js)", "egov-masterplan", NODE, "egov-masterplan"],
  ["web (`egov-masterplan` in a browser or bundler)", "egov-masterplan", BROWSER, "egov-masterplan/web/index.js"],
  ["scoring (`egov-masterplan/scoring`)", "egov-masterplan/scoring", BROWSER, "egov-masterplan/scoring"],
  ["benchmark (`egov-masterplan/benchmark`)", "egov-masterplan/benchmark", BROWSER, "egov-masterplan/benchmark"],
  ["forms (`egov-masterplan/forms`)", "egov-masterplan/forms", BROWSER, "egov-masterplan/forms"],
];

describe("each entry declares exactly its exports", { concurrency: true }, () => {
  for (const [name, specifier, options, runtime] of ENTRIES) {
    test(`${name}: declared values = run-time exports`, async () => {
      const declared = await declaredValues(specifier, options);
      const exported = Object.keys(await import(runtime)).sort();
      assert.deepEqual(declared, exported);
      // The error classes of the table are among them, every one.
      for (const { className } of em.errorTable().kinds) assert.ok(declared.includes(className), className);
    });

    test(`${name}: a module importing every declared name type-checks`, async () => {
      const names = (await declaredValues(specifier, options)).filter((n) => n !== "default");
      const source = `import init, { ${names.join(", ")} } from "${specifier}";\n`
        + `export const used = [init, ${names.join(", ")}];\n`;
      const { ok, output } = await check(source, options);
      assert.ok(ok, output);
    });
  }

  test("the scoring entry has no roadmap or architecture classes (declared or at run time)", async () => {
    const scoring = await declaredValues("egov-masterplan/scoring", BROWSER);
    for (const missing of ["Roadmap", "Schedule", "ArchitectureModel", "initSync"]) {
      assert.ok(!scoring.includes(missing), missing);
    }
    assert.ok(scoring.includes("Framework") && scoring.includes("RadarLayout"));
    const { ok, output } = await check(
      'import { Roadmap } from "egov-masterplan/scoring";\nexport const r = Roadmap;\n', BROWSER);
    assert.equal(ok, false);
    assert.match(output, /has no exported member 'Roadmap'/);
  });

  test("the benchmark entry has Benchmark and no other class; the scoring entry has no Benchmark", async () => {
    const benchmark = await declaredValues("egov-masterplan/benchmark", BROWSER);
    assert.deepEqual(benchmark.filter((n) => !/Error$/.test(n) && n !== "makeError" && n !== "registerKinds"),
      ["Benchmark", "default", "errorKinds", "version"]);
    const scoring = await declaredValues("egov-masterplan/scoring", BROWSER);
    assert.ok(!scoring.includes("Benchmark"));
    for (const specifier of ["egov-masterplan/scoring", "egov-masterplan/benchmark"]) {
      const other = specifier.endsWith("scoring") ? "Benchmark" : "Framework";
      const { ok, output } = await check(`import { ${other} } from "${specifier}";\nexport const r = ${other};\n`, BROWSER);
      assert.equal(ok, false, specifier);
      assert.match(output, new RegExp(`has no exported member '${other}'`));
    }
    // The full entries have it, with its static constructors.
    for (const options of [NODE, BROWSER]) assert.ok((await declaredValues("egov-masterplan", options)).includes("Benchmark"));
  });

  test("the forms entry has the CSV functions and the Excel forms, no class; the scoring entry has neither", async () => {
    const forms = await declaredValues("egov-masterplan/forms", BROWSER);
    assert.deepEqual(forms.filter((n) => !/Error$/.test(n) && n !== "makeError" && n !== "registerKinds"),
      ["assessmentFromXlsx", "assessmentsFromCsv", "assessmentsToCsv", "default", "errorKinds", "readForm", "readForms",
        "readWorkbook", "version", "xlsxForm", "xlsxWorkbook"]);
    const scoring = await declaredValues("egov-masterplan/scoring", BROWSER);
    const benchmark = await declaredValues("egov-masterplan/benchmark", BROWSER);
    for (const name of EXCEL) {
      assert.ok(!scoring.includes(name) && !benchmark.includes(name), name);
    }
    for (const name of ["assessmentsFromCsv", "assessmentsToCsv"]) {
      assert.ok(!scoring.includes(name), name);
      assert.equal((await import("egov-masterplan/scoring"))[name], undefined, `${name} at run time`);
    }
    for (const [specifier, other] of [["egov-masterplan/forms", "Framework"], ["egov-masterplan/forms", "Benchmark"],
      ["egov-masterplan/scoring", "assessmentsFromCsv"], ["egov-masterplan/scoring", "assessmentsToCsv"]]) {
      const { ok, output } = await check(`import { ${other} } from "${specifier}";\nexport const r = ${other};\n`, BROWSER);
      assert.equal(ok, false, `${specifier}: ${other}`);
      assert.match(output, new RegExp(`has no exported member '${other}'`));
    }
    // The assessment document's type comes with the functions.
    const { ok, output } = await check(
      'import init, { assessmentsFromCsv, assessmentsToCsv, type AssessmentDocument } from "egov-masterplan/forms";\n'
        + "await init();\n"
        + 'const docs: AssessmentDocument[] = assessmentsFromCsv(new Uint8Array([0x61]));\n'
        + "export const text: string = assessmentsToCsv(docs);\n",
      BROWSER,
    );
    assert.ok(ok, output);
    // The Excel forms' types come with them.
    const excel = await check(
      'import init, { xlsxForm, readForm, type FilledForm, type FormOptions } from "egov-masterplan/forms";\n'
        + "await init();\n"
        + 'const options: FormOptions = { subject: "Dinas X", period: 2024, lang: "en" };\n'
        + 'export const form: FilledForm = readForm(xlsxForm("spbe-2020", options));\n',
      BROWSER,
    );
    assert.ok(excel.ok, excel.output);
    const workbook = await check(
      'import init, { xlsxWorkbook, readWorkbook, type FilledForm, type WorkbookOptions } from "egov-masterplan/forms";\n'
        + "await init();\n"
        + 'const options: WorkbookOptions = { subjects: ["Dinas X", "Dinas Y"], period: 2024, prefill: [] };\n'
        + 'export const forms: FilledForm[] = readWorkbook(xlsxWorkbook("spbe-2020", options), "semua.xlsx");\n',
      BROWSER,
    );
    assert.ok(workbook.ok, workbook.output);
    // The full entries keep them.
    for (const options of [NODE, BROWSER]) {
      const full = await declaredValues("egov-masterplan", options);
      assert.ok(full.includes("assessmentsFromCsv") && full.includes("assessmentsToCsv"));
      for (const name of EXCEL) assert.ok(full.includes(name), name);
    }
  });

  test("every error class declares its kind and each field with the table's type", async () => {
    // One probe: reading each field as its declared type compiles, and
    // reading it as another type is an error (so no field is `any`/`unknown`).
    const lines = ['import * as em from "egov-masterplan";'];
    for (const k of em.errorTable().kinds) {
      lines.push(`export function read${k.className}(e: em.${k.className}) {`);
      lines.push(`  const kind: ${JSON.stringify(k.kind)} = em.${k.className}.kind;`);
      lines.push(`  const base: em.${k.familyClass} = e;`);
      for (const f of k.fields) {
        lines.push(`  const ${f.property}: ${TS_TYPE[f.type]} = e.${f.property};`);
        lines.push(`  // @ts-expect-error ${f.property} is ${TS_TYPE[f.type]}`);
        lines.push(`  const wrong_${f.property}: ${WRONG[f.type]} = e.${f.property};`);
        if (f.property !== f.name) lines.push(`  const alias_${f.name}: ${TS_TYPE[f.type]} = e.${f.name};`);
      }
      const used = k.fields.map((f) => f.property).join(", ");
      lines.push(`  return [kind, base, ${used}];`, "}");
    }
    const { ok, output } = await check(`${lines.join("\n")}\n`);
    assert.ok(ok, output);
  });
});
