// The npm package as `npm pack` would publish it (bindings-wasm/pkg, made by
// scripts/build-wasm): every file package.json names is packed, every packed
// file is reachable from those entry points (or is the declaration beside a
// reachable module), the README and the licence texts travel with it, and
// its version is the Cargo workspace's.
//
// Run by `scripts/check-packages npm` (scripts/test's packages step):
//   node --test bindings-wasm/tests/npm-package.check.mjs
// Not a `*.test.mjs` file, so the node:test suite does not run it: it needs
// `npm` and `cargo`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const PKG = path.join(REPO, "bindings-wasm", "pkg");

const packed = JSON.parse(
  execFileSync("npm", ["pack", "--dry-run", "--json", "--loglevel=error"], { cwd: PKG, encoding: "utf8" }),
)[0];
const files = new Set(packed.files.map((f) => f.path));
const manifest = JSON.parse(readFileSync(path.join(PKG, "package.json"), "utf8"));
const cargo = JSON.parse(
  execFileSync("cargo", ["metadata", "--no-deps", "--format-version", "1"], { cwd: REPO, encoding: "utf8" }),
);
const crate = (name) => cargo.packages.find((p) => p.name === name);

/** Every string in a package.json field (exports conditions nest). */
function targets(value) {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(targets);
  if (value && typeof value === "object") return Object.values(value).flatMap(targets);
  return [];
}

/** Packed paths a package.json target names ("./web/*" names a folder's files). */
function resolve(target) {
  const rel = path.posix.normalize(target.replace(/^\.\//, ""));
  if (!rel.includes("*")) return files.has(rel) ? [rel] : [];
  const [before, after] = rel.split("*");
  return [...files].filter((f) => f.startsWith(before) && f.endsWith(after));
}

const entryTargets = [
  ...targets(manifest.exports),
  ...targets(manifest.types),
  ...targets(manifest.main),
  ...targets(manifest.module),
  ...targets(manifest.browser),
  ...(Array.isArray(manifest.sideEffects) ? manifest.sideEffects : []),
];

/** Relative module paths one file refers to, resolved inside the package. */
function references(file) {
  const text = readFileSync(path.join(PKG, file), "utf8");
  const dir = path.posix.dirname(file);
  const found = [];
  const patterns = [
    /\bfrom\s+["'](\.{1,2}\/[^"']+)["']/g, // import … from / export … from
    /\bimport\s*\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g, // dynamic import
    /\brequire\s*\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g, // CommonJS
    /new URL\(\s*["']([^"':]+)["']\s*,\s*import\.meta\.url\s*\)/g, // a file beside an ES module
    /`\$\{__dirname\}\/([^`$]+)`/g, // a file beside a CommonJS module
  ];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) found.push(path.posix.normalize(path.posix.join(dir, m[1])));
  }
  // In a declaration file, "./x.js" means "./x.d.ts" ("./x.mjs": "./x.d.mts").
  if (/\.d\.m?ts$/.test(file)) {
    return found.map((f) => f.replace(/\.js$/, ".d.ts").replace(/\.mjs$/, ".d.mts"));
  }
  return found;
}

/** The declaration files that may sit beside a module. */
function companions(file) {
  if (file.endsWith(".mjs")) return [file.replace(/\.mjs$/, ".d.mts")];
  if (file.endsWith(".js")) return [file.replace(/\.js$/, ".d.ts")];
  if (file.endsWith(".wasm")) return [`${file}.d.ts`];
  return [];
}

test("the version is the Cargo workspace's", () => {
  const version = crate("egov-masterplan-wasm").version;
  assert.equal(version, crate("egov-masterplan").version);
  assert.equal(manifest.version, version, "bindings-wasm/pkg/package.json");
  assert.equal(packed.version, version, "npm pack");
  assert.equal(packed.filename, `egov-masterplan-${version}.tgz`);
});

test("the metadata is the crate's", () => {
  assert.equal(manifest.name, "egov-masterplan");
  assert.equal(manifest.license, crate("egov-masterplan").license);
  assert.match(manifest.repository?.url ?? "", /github\.com\/egov-masterplan\/egov-masterplan/);
  assert.equal(`${manifest.repository.url}`.replace(/^git\+|\.git$/g, ""), crate("egov-masterplan").repository);
});

test("README.md and the licence texts are packed, equal to the repository's", () => {
  for (const [name, source] of [
    ["README.md", "bindings-wasm/README.md"],
    ["LICENSE-MIT", "LICENSE-MIT"],
    ["LICENSE-APACHE", "LICENSE-APACHE"],
  ]) {
    assert.ok(files.has(name), `${name} is packed`);
    assert.equal(readFileSync(path.join(PKG, name), "utf8"), readFileSync(path.join(REPO, source), "utf8"), name);
  }
});

test("every path package.json names is packed", () => {
  assert.ok(entryTargets.length >= 10, `${entryTargets.length} targets`);
  const missing = entryTargets.filter((t) => resolve(t).length === 0);
  assert.deepEqual(missing, [], "exports / types / main / sideEffects name files that are not packed");
  for (const f of ["package.json", "index.d.ts", "web/index.js", "node/index.mjs", "scoring/index.js", "benchmark/index.js",
    "forms/index.js"]) {
    assert.ok(files.has(f), f);
  }
});

test("every packed file is reachable from the entry points", () => {
  const reached = new Set(["package.json", "README.md", "LICENSE-MIT", "LICENSE-APACHE"]);
  const queue = entryTargets.flatMap(resolve);
  while (queue.length > 0) {
    const file = queue.pop();
    if (reached.has(file)) continue;
    reached.add(file);
    assert.ok(files.has(file), `${file} is referenced but not packed`);
    if (/\.(m?js|d\.m?ts)$/.test(file)) {
      queue.push(...references(file).filter((f) => !reached.has(f)));
      // Node reads the nearest package.json for a module's type.
      const local = path.posix.join(path.posix.dirname(file), "package.json");
      if (files.has(local)) reached.add(local);
    }
  }
  for (const file of [...reached]) {
    for (const c of companions(file)) if (files.has(c)) reached.add(c);
  }
  const stray = [...files].filter((f) => !reached.has(f)).sort();
  assert.deepEqual(stray, [], "packed files nothing refers to");
  // The five builds each carry their module.
  for (const dir of ["web", "node", "scoring", "benchmark", "forms"]) {
    assert.ok(reached.has(`${dir}/egov_masterplan_wasm_bg.wasm`), `${dir}'s .wasm is reachable`);
  }
});
