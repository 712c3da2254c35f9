// TypeScript helpers of the declaration tests (not a test file itself):
// running the local tsc on the project or on a probe module placed next to
// the package, and asking the compiler what an entry point declares.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import ts from "typescript";

export const ROOT = fileURLToPath(new URL("../", import.meta.url)); // bindings-wasm/
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
const run = promisify(execFile);

/** Options of a Node.js project: strict, NodeNext (the `node` condition). */
export const NODE = { strict: true, module: "NodeNext", moduleResolution: "NodeNext", noEmit: true, types: ["node"] };
/** Options of a browser project: bundler resolution (no `node` condition), DOM. */
export const BROWSER = {
  strict: true, module: "ESNext", moduleResolution: "bundler", target: "ES2022", noEmit: true,
  lib: ["ES2022", "ESNext.Disposable", "DOM"], types: [],
};

/** Runs tsc; resolves to {ok, output}. */
export async function tsc(args) {
  try {
    const { stdout, stderr } = await run(process.execPath, [TSC, ...args], { cwd: ROOT });
    return { ok: true, output: stdout + stderr };
  } catch (err) {
    return { ok: false, output: `${err.stdout ?? ""}${err.stderr ?? ""}` || String(err) };
  }
}

/** Runs `fn(dir)` in a fresh directory next to the package, removed after. */
async function inProbeDir(fn) {
  const dir = mkdtempSync(join(ROOT, ".tsprobe-"));
  try {
    return await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Type-checks `source` as a module next to the package (NODE options, overridden by `compilerOptions`). */
export function check(source, compilerOptions = {}) {
  return inProbeDir(async (dir) => {
    writeFileSync(join(dir, "probe.ts"), source);
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({
      compilerOptions: { ...NODE, ...compilerOptions }, files: ["probe.ts"],
    }));
    return tsc(["-p", join(dir, "tsconfig.json")]);
  });
}

/** The value names (classes, functions, `default`) the declarations of `specifier` export, sorted. */
export function declaredValues(specifier, options) {
  return inProbeDir(async (dir) => {
    const file = join(dir, "probe.ts");
    writeFileSync(file, `import * as entry from "${specifier}";\nexport { entry };\n`);
    const { options: parsed, errors } = ts.convertCompilerOptionsFromJson(options, dir);
    if (errors.length) throw new Error(ts.flattenDiagnosticMessageText(errors[0].messageText, "\n"));
    const program = ts.createProgram([file], parsed);
    const checker = program.getTypeChecker();
    const [importDecl] = program.getSourceFile(file).statements;
    const module = checker.getSymbolAtLocation(importDecl.moduleSpecifier);
    if (!module) throw new Error(`${specifier}: no declarations found`);
    const isValue = (s) => {
      const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
      return (target.flags & ts.SymbolFlags.Value) !== 0;
    };
    return checker.getExportsOfModule(module).filter(isValue).map((s) => s.name).sort();
  });
}
