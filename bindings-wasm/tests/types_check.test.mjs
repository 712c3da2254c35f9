// The package's TypeScript declarations: they resolve through package.json
// (`types` / `exports["."].types` → index.d.ts, which re-exports
// web/egov_masterplan_wasm.d.ts and errors.d.ts), tests/types.test.ts
// type-checks under strict NodeNext, and a few documented call forms are
// checked against small probe files compiled by the local TypeScript.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const ROOT = fileURLToPath(new URL("../", import.meta.url)); // bindings-wasm/
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
const run = promisify(execFile);

/** Runs tsc; resolves to {ok, output}. */
async function tsc(args) {
  try {
    const { stdout, stderr } = await run(process.execPath, [TSC, ...args], { cwd: ROOT });
    return { ok: true, output: stdout + stderr };
  } catch (err) {
    return { ok: false, output: `${err.stdout ?? ""}${err.stderr ?? ""}` || String(err) };
  }
}

/** Type-checks `source` as a module next to the package (strict, NodeNext). */
async function check(source, compilerOptions = {}) {
  const dir = mkdtempSync(join(ROOT, ".tsprobe-"));
  try {
    writeFileSync(join(dir, "probe.ts"), source);
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({
      compilerOptions: {
        strict: true, module: "NodeNext", moduleResolution: "NodeNext", noEmit: true, types: ["node"], ...compilerOptions,
      },
      files: ["probe.ts"],
    }));
    return await tsc(["-p", join(dir, "tsconfig.json")]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("TypeScript declarations", { concurrency: true }, () => {
  test("package.json points TypeScript at index.d.ts, which re-exports the declarations", () => {
    const pkgJson = createRequire(import.meta.url).resolve("egov-masterplan/package.json");
    const pkgDir = dirname(pkgJson);
    const pkg = JSON.parse(readFileSync(pkgJson, "utf8"));
    assert.equal(pkg.types, "./index.d.ts");
    // Node projects get the node entry's types (no DOM names); others the web entry's.
    assert.deepEqual(Object.keys(pkg.exports["."]), ["node", "types", "default"]);
    assert.deepEqual(pkg.exports["."].node, { types: "./node/index.d.mts", default: "./node/index.mjs" });
    assert.equal(pkg.exports["."].types, "./index.d.ts");
    const index = readFileSync(join(pkgDir, "index.d.ts"), "utf8");
    assert.match(index, /from "\.\/errors\.js"/);
    assert.match(index, /from "\.\/web\/egov_masterplan_wasm\.js"/);
    const nodeIndex = readFileSync(join(pkgDir, "node/index.d.mts"), "utf8");
    assert.match(nodeIndex, /from "\.\/egov_masterplan_wasm\.js"/);
    for (const f of ["index.d.ts", "errors.d.ts", "web/egov_masterplan_wasm.d.ts", "node/index.d.mts", "node/errors.d.mts", "node/egov_masterplan_wasm.d.ts"]) {
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

  test("a browser project (bundler resolution, DOM lib) gets the web entry's types", async () => {
    // wasm-bindgen declares `[Symbol.dispose]()` on every class, so the
    // project's lib needs ESNext.Disposable (or ESNext), as the README says.
    const { ok, output } = await check(
      'import init, { Framework } from "egov-masterplan";\n'
        + 'await init(new URL("x.wasm", "https://example.test/"));\n'
        + 'export const id: string = Framework.builtin("spbe-2020").id;\n',
      { module: "ESNext", moduleResolution: "bundler", target: "ES2022", lib: ["ES2022", "ESNext.Disposable", "DOM"], types: [] },
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
