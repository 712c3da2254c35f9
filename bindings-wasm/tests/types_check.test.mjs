// The package's TypeScript declarations: they resolve through package.json
// (each entry point its own: node/index.d.mts, web/index.d.ts,
// scoring/index.d.ts, benchmark/index.d.ts, forms/index.d.ts, which
// re-export their build's wasm-bindgen declarations and generated
// errors.d.ts), tests/*.test.ts type-check under
// strict NodeNext, and a few documented call forms are checked against
// small probe files compiled by the local TypeScript. entries.test.mjs
// checks that each entry declares exactly what it exports.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { ROOT, BROWSER, tsc, check } from "./_tsc.mjs";

describe("TypeScript declarations", { concurrency: true }, () => {
  test("package.json gives each entry point its own declarations", () => {
    const pkgJson = createRequire(import.meta.url).resolve("egov-masterplan/package.json");
    const pkgDir = dirname(pkgJson);
    const pkg = JSON.parse(readFileSync(pkgJson, "utf8"));
    // Node projects get the node entry's types (no DOM names); others the web entry's.
    assert.deepEqual(Object.keys(pkg.exports["."]), ["node", "types", "default"]);
    assert.deepEqual(pkg.exports["."].node, { types: "./node/index.d.mts", default: "./node/index.mjs" });
    assert.equal(pkg.exports["."].types, "./web/index.d.ts");
    assert.deepEqual(pkg.exports["./scoring"], { types: "./scoring/index.d.ts", default: "./scoring/index.js" });
    assert.deepEqual(pkg.exports["./benchmark"], { types: "./benchmark/index.d.ts", default: "./benchmark/index.js" });
    assert.deepEqual(pkg.exports["./forms"], { types: "./forms/index.d.ts", default: "./forms/index.js" });
    // Resolvers that ignore "exports" (node10) read index.d.ts: the web entry's.
    assert.equal(pkg.types, "./index.d.ts");
    assert.match(readFileSync(join(pkgDir, "index.d.ts"), "utf8"), /export \* from "\.\/web\/index\.js"/);
    for (const [entry, glue] of [["web/index.d.ts", "./egov_masterplan_wasm.js"], ["scoring/index.d.ts", "./egov_masterplan_wasm.js"],
      ["benchmark/index.d.ts", "./egov_masterplan_wasm.js"], ["forms/index.d.ts", "./egov_masterplan_wasm.js"],
      ["node/index.d.mts", "./egov_masterplan_wasm.js"]]) {
      assert.ok(readFileSync(join(pkgDir, entry), "utf8").includes(`from "${glue}"`), entry);
    }
    for (const f of ["web/errors.d.ts", "scoring/errors.d.ts", "benchmark/errors.d.ts", "forms/errors.d.ts",
      "node/errors.d.mts", "web/egov_masterplan_wasm.d.ts", "scoring/egov_masterplan_wasm.d.ts",
      "benchmark/egov_masterplan_wasm.d.ts", "forms/egov_masterplan_wasm.d.ts", "node/egov_masterplan_wasm.d.ts"]) {
      assert.ok(existsSync(join(pkgDir, f)), f);
    }
  });

  test("tests/types.test.ts type-checks (tsconfig.json: strict, NodeNext)", async () => {
    const { ok, output } = await tsc(["--noEmit", "-p", join(ROOT, "tsconfig.json")]);
    assert.ok(ok, output);
  });

  test("a caller that names a wrong export is rejected (the probe itself works)", async () => {
    const { ok, output } = await check('import { Framwork } from "egov-masterplan";\nexport const x = Framwork;\n');
    assert.equal(ok, false);
    assert.match(output, /TS2724|TS2305/);
  });

  test("options can be left out, as in JavaScript (the doc comments say \"Options: …\")", async () => {
    const { ok, output } = await check(`
      import { Framework, Roadmap, ArchitectureModel } from "egov-masterplan";
      const fw = Framework.builtin("spbe-2020");
      const levels = { I1: 3 };
      fw.score(levels);
      fw.gapTo(levels, "baik");
      fw.radarSvg(levels);
      fw.scoreMany([levels]);
      const schedule = Roadmap.fromJson("{}").schedule();
      schedule.project(fw, levels);
      schedule.toGanttSvg();
      ArchitectureModel.fromJson("{}").toHeatmapSvg();
    `);
    assert.ok(ok, output);
  });

  test("Benchmark: options and nearest can be left out, a subject is a name or an index (charts too)", async () => {
    const { ok, output } = await check(`
      import { Benchmark } from "egov-masterplan";
      const b = Benchmark.spbePublished();
      b.position(2024, "3.00");
      b.position(2024, 3.1);
      b.peers("Kota Bandung", 2024);
      b.movers(2023, 2024);
      b.distribution(2024);
      b.rows();
      Benchmark.fromCsv(b.toCsv());
      b.position(2024, 3, { local: true });
      b.distributionSvg(2024);
      b.distributionSvg(2024, "Kab. Bolaang Mongondow");
      b.rankingSvg("Kota Bandung", 2024);
      b.slopeSvg(2023, 2024);
      b.slopeSvg(2023, 2024, { names: ["Kota Manado"] });
    `);
    assert.ok(ok, output);
  });

  test("a browser project (bundler resolution, DOM lib) gets the web entry's types", async () => {
    // wasm-bindgen declares `[Symbol.dispose]()` on every class, so the
    // project's lib needs ESNext.Disposable (or ESNext), as the README says.
    const { ok, output } = await check(
      'import init, { Framework } from "egov-masterplan";\n'
        + 'await init(new URL("x.wasm", "https://example.test/"));\n'
        + 'export const id: string = Framework.builtin("spbe-2020").id;\n',
      BROWSER,
    );
    assert.ok(ok, output);
  });

  test("the declarations check in a Node-only project (no DOM lib)", async () => {
    // The `node` condition gives node/index.d.mts, which names no browser-only type.
    const { ok, output } = await check(
      'import { Framework } from "egov-masterplan";\nexport const id: string = Framework.builtin("spbe-2020").id;\n',
      { lib: ["ES2022"] },
    );
    assert.ok(ok, output);
  });
});
