// Hostile inputs, which must only ever throw EgovError or TypeError (never a
// WebAssembly trap or an untyped Error), and random, mutated and truncated
// documents through every parser.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { em, vector, levelsAll } from "./_helpers.mjs";

const fw = em.Framework.builtin("spbe-2020");
const lv = levelsAll(fw, 3);
const ERR = vector("errors.json");
const ARCH = vector("architecture.json");

// ---------------------------------------------------------------- hostile input

const circular = { a: 1 };
circular.self = circular;
const HOSTILE = [
  undefined, null, 0, -0, -1, 1.5, NaN, Infinity, -Infinity, 2 ** 53 + 2, 1e308, -1e308, 5e-324, true, false,
  "", " ", "\"'\n\r\t\\", "\u0000", "\ud800", "<script>alert(1)</script>", "x".repeat(100000), "baik", "3.5",
  [], [[[]]], [[1, [2, [3, [4]]]]], [lv], {}, { a: { b: { c: [] } } }, Object.create(null), new Date(0), /re/,
  10n, Symbol("s"), () => 1, new Map([[1, 2]]), new Uint8Array(3), circular,
  { I1: NaN }, { I1: -1e308 }, { I1: "3" }, { levels: null }, { levels: [] }, { subject: 5, levels: lv },
  { predicateBasis: 5, missing: [] }, { tier: 5, lang: {}, size: NaN, target: "x" }, { respectBudget: "no" },
  { respect_budget: null, width: -1e308, cell: Infinity },
];
const show = (v) => { try { return typeof v === "symbol" ? v.toString() : String(v).slice(0, 40); } catch { return typeof v; } };

/** `fn` returns, or throws an EgovError or a TypeError; nothing else. */
function onlyTyped(fn, what) {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof em.EgovError || err instanceof TypeError,
      `${what}: threw ${err?.constructor?.name}: ${err?.message}`);
  }
}

const cpm = vector("roadmap.json").cpm.roadmap;
const schedule = em.Roadmap.fromJson(JSON.stringify(vector("roadmap.json").projection.roadmap)).schedule(undefined);
const model = em.ArchitectureModel.fromJson(JSON.stringify(ARCH.analyses.catalog));
const bench = em.Benchmark.spbePublished();
const SMALL_CSV = bench.toCsv().split("\n").slice(0, 40).join("\n") + "\n";
// A typed institution name is compared with every name of the year (edit
// distance), so its cost grows with its length: names of up to 1,000
// characters here (a 100,000-character name takes seconds; see the
// benchmark's lookup in the core).
const NAMES = HOSTILE.filter((v) => !(typeof v === "string" && v.length > 1000));

describe("hostile inputs", () => {
  test("object parameters: EgovError or TypeError only", () => {
    const calls = {
      "score(v)": (v) => fw.score(v, undefined),
      "score(levels, v)": (v) => fw.score(lv, v),
      "score(levels, {subject: v, period: v})": (v) => fw.score(lv, { subject: v, period: v }),
      "score(levels, {predicateBasis: v, missing: v})": (v) => fw.score(lv, { predicateBasis: v, missing: v }),
      "score({levels: v})": (v) => fw.score({ subject: "s", period: 1, levels: v }, undefined),
      "score({I1: v})": (v) => fw.score({ ...lv, I1: v }, undefined),
      "scoreMany(v)": (v) => fw.scoreMany(v, undefined),
      "scoreMany([v])": (v) => fw.scoreMany([v], undefined),
      "gapTo(levels, v)": (v) => fw.gapTo(lv, v, undefined),
      "gapTo(v, baik)": (v) => fw.gapTo(v, "baik", undefined),
      "radarSvg(levels, v)": (v) => fw.radarSvg(lv, v),
      "radarSvg(levels, {tier, lang, size, target: v})": (v) => fw.radarSvg(lv, { tier: v, lang: v, size: v, target: v }),
      "Roadmap.schedule(v)": (v) => em.Roadmap.fromJson(JSON.stringify(cpm)).schedule(v),
      "Schedule.toGanttSvg(v)": (v) => schedule.toGanttSvg(v),
      "Schedule.project(fw, v)": (v) => schedule.project(fw, v, undefined),
      "Schedule.project(fw, levels, v)": (v) => schedule.project(fw, lv, v),
      "ArchitectureModel.toHeatmapSvg(v)": (v) => model.toHeatmapSvg(v),
      "Benchmark.position(v, 3)": (v) => bench.position(v, 3, undefined),
      "Benchmark.position(2024, 3, v)": (v) => bench.position(2024, 3, v),
      "Benchmark.position(2024, 3, {kind, province, regional: v})": (v) =>
        bench.position(2024, 3, { kind: v, province: v, regional: v }),
      "Benchmark.lookup(name, v)": (v) => bench.lookup("Kota Bandung", v),
      "Benchmark.peers(name, 2024, v)": (v) => bench.peers("Kota Bandung", 2024, v),
      "Benchmark.movers(v, v, v)": (v) => bench.movers(v, v, v),
      "Benchmark.distribution(2024, v)": (v) => bench.distribution(2024, v),
      "Benchmark.rows(v)": (v) => bench.rows(v),
      "Benchmark.fromCsv(csv, v)": (v) => em.Benchmark.fromCsv(SMALL_CSV, v),
      "Benchmark.position(2024, 3, {local: v})": (v) => bench.position(2024, 3, { local: v }),
      "Benchmark.distributionSvg(v, 3)": (v) => bench.distributionSvg(v, 3, undefined),
      "Benchmark.distributionSvg(2024, 3, v)": (v) => bench.distributionSvg(2024, 3, v),
      "Benchmark.distributionSvg(2024, 3, {local, lang, width: v})": (v) =>
        bench.distributionSvg(2024, 3, { local: v, lang: v, width: v }),
      "Benchmark.rankingSvg(name, v)": (v) => bench.rankingSvg("Kota Bandung", v, undefined),
      "Benchmark.rankingSvg(name, 2024, v)": (v) => bench.rankingSvg("Kota Bandung", 2024, v),
      "Benchmark.slopeSvg(v, v, v)": (v) => bench.slopeSvg(v, v, v),
      "Benchmark.slopeSvg(2023, 2024, {names: v})": (v) => bench.slopeSvg(2023, 2024, { names: v }),
    };
    for (const [what, call] of Object.entries(calls)) {
      for (const v of HOSTILE) onlyTyped(() => call(v), `${what} with ${show(v)}`);
    }
  });

  test("string parameters given null, undefined or any string", () => {
    const strings = HOSTILE.filter((v) => typeof v === "string" || v === null || v === undefined);
    for (const v of strings) {
      onlyTyped(() => em.Framework.builtin(v), `builtin(${show(v)})`);
      onlyTyped(() => em.Framework.fromJson(v), `Framework.fromJson(${show(v)})`);
      onlyTyped(() => em.Roadmap.fromJson(v), `Roadmap.fromJson(${show(v)})`);
      onlyTyped(() => em.ArchitectureModel.fromJson(v), `ArchitectureModel.fromJson(${show(v)})`);
      onlyTyped(() => model.impactOf(v), `impactOf(${show(v)})`);
      onlyTyped(() => em.Benchmark.fromCsv(v, undefined), `Benchmark.fromCsv(${show(v)})`);
    }
    for (const v of NAMES) {
      onlyTyped(() => bench.lookup(v, 2024), `Benchmark.lookup(${show(v)})`);
      onlyTyped(() => bench.position(2024, v, undefined), `Benchmark.position(2024, ${show(v)})`);
      onlyTyped(() => bench.peers(v, 2024, undefined), `Benchmark.peers(${show(v)})`);
      onlyTyped(() => bench.distributionSvg(2024, v, undefined), `Benchmark.distributionSvg(2024, ${show(v)})`);
      onlyTyped(() => bench.rankingSvg(v, 2024, undefined), `Benchmark.rankingSvg(${show(v)})`);
      onlyTyped(() => bench.slopeSvg(2023, 2024, { names: [v] }), `Benchmark.slopeSvg({names: [${show(v)}]})`);
    }
  });

  test("string parameters given a number, boolean or object", () => {
    const others = HOSTILE.filter((v) => !(typeof v === "string" || v === null || v === undefined));
    for (const v of others) {
      onlyTyped(() => em.Framework.builtin(v), `builtin(${show(v)})`);
      onlyTyped(() => em.Framework.fromJson(v), `Framework.fromJson(${show(v)})`);
      onlyTyped(() => em.Roadmap.fromJson(v), `Roadmap.fromJson(${show(v)})`);
      onlyTyped(() => em.ArchitectureModel.fromJson(v), `ArchitectureModel.fromJson(${show(v)})`);
      onlyTyped(() => model.impactOf(v), `impactOf(${show(v)})`);
      onlyTyped(() => em.Benchmark.fromCsv(v, undefined), `Benchmark.fromCsv(${show(v)})`);
      onlyTyped(() => bench.lookup(v, 2024), `Benchmark.lookup(${show(v)})`);
      onlyTyped(() => bench.position(2024, v, undefined), `Benchmark.position(2024, ${show(v)})`);
      onlyTyped(() => bench.distributionSvg(2024, v, undefined), `Benchmark.distributionSvg(2024, ${show(v)})`);
      onlyTyped(() => bench.rankingSvg(v, 2024, undefined), `Benchmark.rankingSvg(${show(v)})`);
    }
  });

  test("Schedule.project given something other than a Framework is a TypeError", () => {
    // wasm-bindgen's own check throws a plain Error; the entry guards it.
    for (const v of [{}, null, undefined, schedule, 42]) {
      assert.throws(() => schedule.project(v, lv, undefined), (e) => e instanceof TypeError && /framework/.test(e.message), show(v));
    }
  });

  test("input bounds (core/src/limits.rs) are TooLargeError with what, size and limit", () => {
    const roadmap = (id) => JSON.stringify({
      schema_version: 1, id: "r", name: "r", horizon: { start: "2020-01-01", end: "2020-12-31" },
      initiatives: [{ id, name: "x", area: "aplikasi", owner: "x", duration_months: 1, cost: 0, depends_on: [] }],
    });
    // 256 characters of two UTF-8 bytes each: a valid id; 257: too long.
    assert.ok(em.Roadmap.fromJson(roadmap("é".repeat(256))));
    assert.throws(() => em.Roadmap.fromJson(roadmap("é".repeat(257))),
      (e) => e instanceof em.TooLargeError && e.size === 257 && e.limit === 256 && e.what.includes("initiatives[].id"));
    assert.throws(() => em.Framework.fromJson(" ".repeat(64 * 2 ** 20 + 1)),
      (e) => e instanceof em.TooLargeError && e.limit === 64 * 2 ** 20 && e.what === "framework document (bytes)");
  });

  test("the module still works after every hostile call", () => {
    const c = vector("scoring.json").cases[0];
    const card = em.Framework.builtin(c.framework).score(c.assessment, c.options);
    assert.equal(card.exactIndex, c.expected.exact_index);
  });
});

// ------------------------------------------------------------ random documents

/** A small seeded PRNG (mulberry32), so failures reproduce. */
function prng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomValue(rand, depth = 0) {
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const r = rand();
  if (depth > 3 || r < 0.5) {
    return pick([null, true, false, 0, -1, 1, 3, 2.5, 1e300, -1e-300, 2 ** 63, "", "a", "I1", "baik", "2020-01-01",
      "\"\n\\", "1/3", "NaN", "\u{1F600}", "x".repeat(1 + Math.floor(rand() * 50)), Math.floor(rand() * 1e6)]);
  }
  if (r < 0.75) return Array.from({ length: Math.floor(rand() * 4) }, () => randomValue(rand, depth + 1));
  const keys = ["schema_version", "id", "name", "nodes", "levels", "weight", "children", "initiatives", "elements",
    "relations", "agencies", "tiers", "scale", "budget", "horizon", "depends_on", "predicates", "ladders", "x"];
  return Object.fromEntries(Array.from({ length: Math.floor(rand() * 5) }, () => [pick(keys), randomValue(rand, depth + 1)]));
}

/** Replaces (or deletes) one random place of a document. */
function mutate(doc, rand) {
  let node = doc;
  for (let i = 0; i < 6; i++) {
    const keys = node && typeof node === "object" ? Object.keys(node) : [];
    if (!keys.length) break;
    const k = keys[Math.floor(rand() * keys.length)];
    const child = node[k];
    if (!child || typeof child !== "object" || rand() < 0.3) {
      if (rand() < 0.2 && !Array.isArray(node)) delete node[k];
      else node[k] = randomValue(rand, 2);
      return doc;
    }
    node = child;
  }
  return doc;
}

const PARSERS = {
  Framework: [(t) => em.Framework.fromJson(t), () => ERR.valid_framework],
  Roadmap: [(t) => em.Roadmap.fromJson(t), () => vector("roadmap.json").budget.roadmap],
  ArchitectureModel: [(t) => em.ArchitectureModel.fromJson(t), () => vector("architecture.json").analyses.catalog],
};

describe("random documents", () => {
  for (const [name, [parse, valid]] of Object.entries(PARSERS)) {
    test(`${name}.fromJson: random JSON, mutated and truncated documents`, () => {
      const rand = prng(name.length * 7919);
      for (let i = 0; i < 200; i++) {
        const text = JSON.stringify(randomValue(rand));
        onlyTyped(() => parse(text), `random #${i}: ${text.slice(0, 80)}`);
      }
      for (let i = 0; i < 200; i++) {
        const text = JSON.stringify(mutate(mutate(valid(), rand), rand));
        onlyTyped(() => parse(text), `mutated #${i}: ${text.slice(0, 80)}`);
      }
      const whole = JSON.stringify(valid(), null, 1);
      for (let n = 0; n < whole.length; n += 13) onlyTyped(() => parse(whole.slice(0, n)), `prefix ${n}`);
    });
  }

  test("score: random level maps and mutated assessment documents", () => {
    const rand = prng(2024);
    const base = vector("scoring.json").cases[0].assessment;
    for (let i = 0; i < 300; i++) {
      const doc = mutate(structuredClone(base), rand);
      onlyTyped(() => fw.score(doc, undefined), `mutated #${i}`);
      const levels = Object.fromEntries(fw.indicatorIds().map((id) => [id, rand() < 0.9 ? 1 + Math.floor(rand() * 5) : randomValue(rand, 3)]));
      onlyTyped(() => fw.score(levels, { missing: rand() < 0.5 ? "lowest" : "renormalize" }), `levels #${i}`);
    }
  });
});

describe("random benchmark tables", () => {
  test("Benchmark.fromCsv: mutated cells, bytes and prefixes of a real table", () => {
    const rand = prng(13);
    const lines = SMALL_CSV.trimEnd().split("\n");
    const cells = ["", "x", "-1", "3.5.1", "99999999", "1e3", "\"", "\"a,b\"", "kota", "Baik", "NaN", ",", "é".repeat(300)];
    for (let i = 0; i < 300; i++) {
      const rows = lines.map((l) => l.split(","));
      const row = rows[1 + Math.floor(rand() * (rows.length - 1))];
      row[Math.floor(rand() * row.length)] = cells[Math.floor(rand() * cells.length)];
      const text = `${rows.map((r) => r.join(",")).join("\n")}\n`;
      onlyTyped(() => {
        const b = em.Benchmark.fromCsv(text, undefined);
        // What it read, it answers about and writes back.
        for (const y of b.years()) onlyTyped(() => b.distribution(y, undefined), `distribution ${y}`);
        em.Benchmark.fromCsv(b.toCsv(), undefined);
      }, `mutated #${i}`);
    }
    for (let i = 0; i < 100; i++) {
      const bytes = [...SMALL_CSV];
      bytes[Math.floor(rand() * bytes.length)] = String.fromCharCode(Math.floor(rand() * 128));
      onlyTyped(() => em.Benchmark.fromCsv(bytes.join(""), undefined), `byte #${i}`);
    }
    for (let n = 0; n < SMALL_CSV.length; n += 97) onlyTyped(() => em.Benchmark.fromCsv(SMALL_CSV.slice(0, n), undefined), `prefix ${n}`);
  });
});
