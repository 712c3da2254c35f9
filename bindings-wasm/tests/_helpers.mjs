// Shared helpers of the node:test suites (not a test file itself: node
// --test only runs `*.test.mjs`). The vectors are the ones the Rust suite
// (core/tests/vectors.rs, roadmap.rs, architecture_vectors.rs) and the Python
// suite (bindings-python/tests/test_vectors_*.py) read.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as em from "egov-masterplan";

export const REPO = fileURLToPath(new URL("../../", import.meta.url));
export const VECTORS = `${REPO}tests/vectors/`;
export const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));

const cache = new Map();

/** A fresh (deep) parse of tests/vectors/<name>. */
export function vector(name) {
  if (!cache.has(name)) cache.set(name, readFileSync(VECTORS + name, "utf8"));
  return JSON.parse(cache.get(name));
}

/** A fresh parse of tests/fixtures/<name> (JSON). */
export function fixture(name) {
  return JSON.parse(readFileSync(FIXTURES + name, "utf8"));
}

/**
 * The sample masterplan (examples/data/masterplan.json) as
 * `Masterplan.fromJson` takes it: the manifest's text and every file it
 * names, as text.
 */
export function masterplanSample() {
  const dir = `${REPO}examples/data/`;
  const manifest = readFileSync(`${dir}masterplan.json`, "utf8");
  const m = JSON.parse(manifest);
  const names = [m.framework?.file, m.baseline, ...(m.assessments ?? []), m.architecture, m.roadmap].filter(Boolean);
  const files = Object.fromEntries(names.map((n) => [n, readFileSync(dir + n, "utf8")]));
  return { manifest, files };
}

/** `[kind, className]` of the core, as a Map kind → class name. */
export const CLASS_OF_KIND = new Map(em.errorKinds());

/**
 * Mirrors `assert_error` of core/tests/vectors.rs and conftest.py: the error
 * is an EgovError (and an Error), its kind is the expected one, its class is
 * the one the core maps that kind to, and the message mentions every
 * expected string.
 */
export function assertEgovError(err, expected, name = "") {
  assert.ok(err instanceof em.EgovError, `${name}: not an EgovError: ${err?.constructor?.name}: ${err}`);
  assert.ok(err instanceof Error, name);
  assert.equal(err.kind, expected.kind, `${name}: ${err.message}`);
  const className = CLASS_OF_KIND.get(expected.kind);
  assert.ok(className, `${name}: kind ${expected.kind} is not in errorKinds()`);
  assert.equal(err.name, className, name);
  assert.equal(err.constructor, em[className], `${name}: constructor`);
  assert.ok(err instanceof em[className], name);
  assert.equal(err.constructor.kind, expected.kind, `${name}: static kind`);
  for (const m of expected.mentions) {
    assert.ok(err.message.includes(m), `${name}: \`${err.message}\` should mention \`${m}\``);
  }
  return err;
}

/** Runs `fn`, which must throw the expected EgovError; returns the error. */
export function throwsEgov(fn, expected, name = "") {
  let caught;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  assert.ok(caught !== undefined, `${name}: nothing was thrown`);
  return assertEgovError(caught, expected, name);
}

/** Runs `fn`, which must throw an instance of `cls`; returns the error. */
export function throwsClass(fn, cls, name = "") {
  let caught;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  assert.ok(caught !== undefined, `${name}: nothing was thrown`);
  assert.ok(caught instanceof cls, `${name}: ${caught?.constructor?.name}: ${caught?.message}`);
  return caught;
}

/** A snake_case name in camelCase (`index_after_text` → `indexAfterText`). */
export const camel = (name) => name.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());

/** Maps whose keys are data (ids, years, ladder names): never renamed. */
const DATA_MAPS = new Set(["levels", "notes", "charges", "budget", "ladders", "raises"]);

/**
 * `value` (a vector's or the core's snake_case JSON, parsed) with every key
 * in camelCase except the keys of the data maps: the tests' own statement
 * of the JS naming rule, to compare the package's results with.
 */
export function camelKeys(value, dataMap = false) {
  if (Array.isArray(value)) return value.map((v) => camelKeys(v));
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [dataMap ? k : camel(k), camelKeys(v, !dataMap && DATA_MAPS.has(k))]),
  );
}

/** `{I1..In: level}` of a framework with some indicators overridden. */
export function levelsAll(fw, level, raised = {}) {
  return { ...Object.fromEntries(fw.indicatorIds().map((id) => [id, level])), ...raised };
}

// ------------------------------------------------------------- fractions
// Exact values come back as reduced fraction text ("291/91", "3", "-1").
// These BigInt helpers check the hand identities without floats.

function gcd(a, b) {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
}

function make(n, d) {
  if (d === 0n) throw new RangeError("zero denominator");
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}

/** Parses "a/b", "a" or a decimal "2.6" into a reduced BigInt fraction. */
export function frac(text) {
  const s = String(text).trim();
  if (s.includes("/")) {
    const [n, d] = s.split("/");
    return make(BigInt(n), BigInt(d));
  }
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) throw new SyntaxError(`not a fraction: ${s}`);
  const decimals = m[3] ?? "";
  const n = BigInt(m[2] + decimals) * (m[1] ? -1n : 1n);
  return make(n, 10n ** BigInt(decimals.length));
}

export const add = (a, b) => make(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a, b) => make(a.n * b.d - b.n * a.d, a.d * b.d);
export const cmp = (a, b) => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
export const ZERO = { n: 0n, d: 1n };
/** The core's text of a fraction: "n/d", or "n" when whole. */
export const fracText = (f) => (f.d === 1n ? `${f.n}` : `${f.n}/${f.d}`);

/** Hand rounding, half-up to `decimals` places (as the regulation prints). */
export function halfUp(f, decimals = 2) {
  const scale = 10n ** BigInt(decimals);
  const neg = f.n < 0n;
  const n = neg ? -f.n : f.n;
  let q = (n * scale * 2n + f.d) / (2n * f.d);
  const whole = q / scale;
  const rest = (q % scale).toString().padStart(decimals, "0");
  return `${neg && q !== 0n ? "-" : ""}${whole}${decimals ? `.${rest}` : ""}`;
}

export { em };
