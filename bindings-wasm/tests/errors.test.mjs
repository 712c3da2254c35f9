// The error classes of the package: one named class per core error kind
// (errorKinds()), all under EgovError, with the structured fields the core
// reports; and hostile inputs, which must only ever throw EgovError or
// TypeError (never a WebAssembly trap or an untyped Error).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { em, vector, throwsEgov, levelsAll } from "./_helpers.mjs";

const KINDS = em.errorKinds();
const FAMILIES = ["FrameworkError", "AssessmentError", "GapError", "RoadmapError", "ArchitectureError"];
// The base class of each error class: the same tree as the Python
// exceptions (printed from `type(cls).__mro__` of bindings-python).
const PARENT = {
  EgovError: ["JsonError", "SchemaVersionError", "DuplicateIdError", "InvalidFieldError", "InvalidOptionError",
    "ArithmeticOverflowError", "TooLargeError"],
  FrameworkError: ["UnknownFrameworkError", "EmptyGroupError", "TierMismatchError", "InvalidWeightError",
    "WeightMismatchError", "InvalidScaleError", "LadderLevelOutOfScaleError", "LadderIncompleteError",
    "UnknownLadderError", "PredicateOverlapError", "PredicateGapError"],
  AssessmentError: ["UnknownIndicatorError", "LevelOutOfRangeError", "LevelNotIntegerError",
    "FrameworkMismatchError", "MissingLevelsError", "NothingRatedError", "CsvError"],
  GapError: ["UnknownNodeError", "UnknownPredicateError", "TargetUnreachableError"],
  RoadmapError: ["UnknownDependencyError", "SelfDependencyError", "CycleError", "BudgetError"],
  ArchitectureError: ["UnknownAgencyError", "DanglingRelationError", "RelationNotAllowedError",
    "InvalidReferenceError", "HostingCycleError"],
};
const PARENT_OF = Object.fromEntries(Object.entries(PARENT).flatMap(([p, cs]) => cs.map((c) => [c, p])));

describe("error classes", () => {
  test("errorKinds() is a non-empty list of distinct [kind, className] pairs", () => {
    assert.ok(KINDS.length >= 37);
    for (const pair of KINDS) {
      assert.equal(pair.length, 2);
      assert.match(pair[0], /^[a-z_]+$/);
      assert.match(pair[1], /^[A-Z][A-Za-z]+Error$/);
    }
    assert.equal(new Set(KINDS.map(([k]) => k)).size, KINDS.length, "kinds are distinct");
    assert.equal(new Set(KINDS.map(([, c]) => c)).size, KINDS.length, "class names are distinct");
  });

  for (const [kind, className] of KINDS) {
    test(`${kind} → ${className}`, () => {
      const cls = em[className];
      assert.equal(typeof cls, "function", `${className} is exported`);
      assert.equal(cls.name, className);
      assert.equal(cls.kind, kind, "static kind");
      assert.ok(cls.prototype instanceof em.EgovError, "subclass of EgovError");
      assert.ok(cls.prototype instanceof Error, "subclass of Error");
      assert.equal(Object.getPrototypeOf(cls), em[PARENT_OF[className]], `parent ${PARENT_OF[className]}`);
      const err = new cls("message", { extra: 1 });
      assert.equal(err.name, className);
      assert.equal(err.kind, kind);
      assert.equal(err.message, "message");
      assert.equal(err.extra, 1);
      assert.equal(String(err), `${className}: message`);
      assert.ok(typeof err.stack === "string");
    });
  }

  test("the exported error classes are exactly the families and the kinds' classes", () => {
    const exported = Object.keys(em).filter((k) => /^[A-Z]\w*Error$/.test(k)).sort();
    const expected = ["EgovError", ...FAMILIES, ...KINDS.map(([, c]) => c)].sort();
    assert.deepEqual(exported, expected);
    for (const f of FAMILIES) {
      assert.equal(Object.getPrototypeOf(em[f]), em.EgovError, f);
      assert.equal(new em[f]("m").name, f);
    }
    assert.equal(Object.getPrototypeOf(em.EgovError), Error);
    assert.equal(em.EgovError.kind, "egov");
    assert.equal(new em.EgovError("m").kind, "egov");
  });

  test("makeError builds the registered class, or EgovError for an unknown name", () => {
    const e = em.makeError({ className: "CycleError", kind: "cycle", message: "m", fields: { cycle: ["a", "a"] } });
    assert.ok(e instanceof em.CycleError && e instanceof em.RoadmapError);
    assert.deepEqual(e.cycle, ["a", "a"]);
    const u = em.makeError({ className: "NopeError", kind: "nope", message: "m", fields: {} });
    assert.equal(u.constructor, em.EgovError);
    assert.equal(u.kind, "nope");
  });
});

// ------------------------------------------------------ kinds from real inputs

const fw = em.Framework.builtin("spbe-2020");
const lv = levelsAll(fw, 3);
const ERR = vector("errors.json");
const ARCH = vector("architecture.json");

const roadmap = (initiatives, extra = {}) => em.Roadmap.fromJson(JSON.stringify({
  schema_version: 1, id: "r", name: "r", horizon: { start: "2024-01-01", end: "2026-12-31" },
  initiatives: initiatives.map(([id, deps = []]) => ({
    id, name: id, area: "tata-kelola", owner: "setda", duration_months: 2, cost: 0, depends_on: deps,
  })),
  ...extra,
}));
const frameworkCase = (kind) => () => em.Framework.fromJson(JSON.stringify(ERR.framework_cases.find((c) => c.error.kind === kind).framework));
const catalogCase = (kind) => () => em.ArchitectureModel.fromJson(JSON.stringify(ARCH.errors.find((c) => c.error.kind === kind).catalog));

// [kind, what throws it, mentions, structured fields (deepEqual) or a check]
const TRIGGERS = [
  ["json", () => em.Framework.fromJson('{"schema_version": 1,'), [], (e) => {
    assert.equal(e.what, "framework");
    assert.ok(Number.isInteger(e.line) && Number.isInteger(e.column));
  }],
  ["unsupported_schema_version", () => em.Roadmap.fromJson('{"schema_version": 9}'), ["9"]],
  ["unknown_framework", () => em.Framework.builtin("spbe-2030"), ["spbe-2030"],
    { id: "spbe-2030", available: em.Framework.builtinIds() }],
  ["duplicate_id", () => roadmap([["a"], ["a"]]), ["a"], { id: "a", what: "initiative" }],
  ["empty_group", frameworkCase("empty_group"), ["A2"]],
  ["tier_mismatch", frameworkCase("tier_mismatch"), ["I3"]],
  ["invalid_weight", frameworkCase("invalid_weight"), ["I1"]],
  ["weight_mismatch", frameworkCase("weight_mismatch"), ["A1"]],
  ["invalid_scale", frameworkCase("invalid_scale"), ["5", "1"]],
  ["ladder_level_out_of_scale", frameworkCase("ladder_level_out_of_scale"), ["process"]],
  ["ladder_incomplete", frameworkCase("ladder_incomplete"), ["process"]],
  ["unknown_ladder", frameworkCase("unknown_ladder"), ["service"]],
  ["predicate_overlap", frameworkCase("predicate_overlap"), ["cukup"]],
  ["predicate_gap", frameworkCase("predicate_gap"), ["baik"]],
  ["invalid_field", () => fw.score(lv, { subject: "", period: 2024 }), ["subject"], { field: "subject", what: "assessment" }],
  ["invalid_option", () => fw.score(lv, { missing: "zero" }), ["zero"],
    { option: "missing", value: "zero", allowed: ["error", "lowest", "renormalize"] }],
  ["unknown_indicator", () => fw.score({ ...lv, I99: 3 }), ["I99"], { framework: "spbe-2020", indicator: "I99" }],
  ["level_out_of_range", () => fw.score({ ...lv, I5: 7 }, { subject: "dinas", period: 2024 }), ["I5", "7"],
    { subject: "dinas", period: 2024, indicator: "I5", level: 7, min: 1, max: 5 }],
  ["level_not_integer", () => fw.score({ ...lv, I2: 2.5 }), ["I2"], { indicator: "I2", value: "2.5" }],
  ["framework_mismatch", () => fw.score({ subject: "s", period: 1, framework: "pemdi-2025", levels: lv }), ["pemdi-2025"]],
  ["missing_levels", () => fw.score({ I1: 3 }, { subject: "s", period: 1 }), ["I47"], (e) => {
    assert.deepEqual([e.subject, e.period], ["s", 1]);
    assert.deepEqual(e.missing, fw.indicatorIds().slice(1));
  }],
  ["nothing_rated", () => fw.score({}, { missing: "renormalize", subject: "s", period: 1 }), ["s"]],
  ["unknown_predicate", () => fw.gapTo(lv, "luar-biasa", undefined), ["luar-biasa"]],
  ["target_unreachable", () => fw.gapTo(lv, 5.5, undefined), ["5.5"]],
  ["unknown_dependency", () => roadmap([["a", ["zz"]]]), ["zz"], { initiative: "a", dependency: "zz" }],
  ["self_dependency", () => roadmap([["a", ["a"]]]), ["a"]],
  ["cycle", () => roadmap([["a", ["b"]], ["b", ["a"]]]), ["a", "b"], (e) => {
    // The full cycle, first id repeated last.
    assert.ok(Array.isArray(e.cycle));
    assert.deepEqual(e.cycle, e.cycle[0] === "a" ? ["a", "b", "a"] : ["b", "a", "b"]);
  }],
  ["invalid_budget", () => roadmap([["a"]], { budget: { "2024": -1 } }), ["2024"], { year: "2024" }],
  ["unknown_agency", catalogCase("unknown_agency"), ["dinas-x"], { agency: "dinas-x", referenced_by: "element `app` (owner)" }],
  ["dangling_relation", catalogCase("dangling_relation"), ["ghost"]],
  ["relation_not_allowed", catalogCase("relation_not_allowed"), ["hosted-on"]],
  ["invalid_reference", catalogCase("invalid_reference"), ["XYZ.01"]],
  ["hosting_cycle", catalogCase("hosting_cycle"), ["host"], { cycle: ["host", "rack", "vm", "host"] }],
];
// Kinds that no JS entry point can produce: CSV input, node lookups and
// cheapest plans are not exposed, and overflow needs exact sums beyond i64.
const UNREACHABLE = new Set(["csv", "unknown_node", "too_large", "overflow"]);

describe("kinds from real inputs", () => {
  for (const [kind, fn, mentions, fields] of TRIGGERS) {
    test(kind, () => {
      const err = throwsEgov(fn, { kind, mentions }, kind);
      if (typeof fields === "function") fields(err);
      else if (fields) for (const [k, v] of Object.entries(fields)) assert.deepEqual(err[k], v, `${kind}.${k}`);
      // The fields are own enumerable data, so a spread or JSON keeps them.
      const plain = JSON.parse(JSON.stringify(err));
      assert.equal(plain.kind, kind);
      assert.equal(plain.name, err.name);
    });
  }

  test("every kind a JS caller can reach is triggered above", () => {
    const triggered = new Set(TRIGGERS.map(([k]) => k));
    const missing = KINDS.map(([k]) => k).filter((k) => !triggered.has(k));
    assert.deepEqual(missing.filter((k) => !UNREACHABLE.has(k)), []);
    assert.ok(triggered.size >= 33);
  });

  test("structured fields carry hostile strings exactly", () => {
    const id = 'I"\n</svg>\\`\u2028';
    const err = throwsEgov(() => fw.score({ ...lv, [id]: 3 }), { kind: "unknown_indicator", mentions: [] });
    assert.equal(err.indicator, id);
    const subject = 'dinas "x"\nline2';
    const range = throwsEgov(() => fw.score({ ...lv, I1: 0 }, { subject, period: -3 }), { kind: "level_out_of_range", mentions: [] });
    assert.deepEqual([range.subject, range.period, range.level], [subject, -3, 0]);
  });
});

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
    assert.equal(card.exact_index, c.expected.exact_index);
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
