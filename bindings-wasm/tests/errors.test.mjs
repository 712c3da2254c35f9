// The error classes of the package, generated from the core's table of
// error kinds (errorTable()): one named class per kind under its family
// class, all under EgovError, each thrown with the core's message and every
// field the table declares for its kind, typed as declared.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { em, vector, throwsEgov, levelsAll } from "./_helpers.mjs";

const TABLE = em.errorTable();
const KINDS = em.errorKinds();
const FAMILIES = ["FrameworkError", "AssessmentError", "GapError", "RoadmapError", "ArchitectureError", "BenchmarkError"];
/** The JS type check of each field type of the table. */
const IS_TYPE = {
  text: (v) => typeof v === "string",
  integer: (v) => Number.isSafeInteger(v),
  text_list: (v) => Array.isArray(v) && v.every((s) => typeof s === "string"),
};

describe("the error table", () => {
  test("errorTable() is the core's table: root, families, every kind with typed fields", () => {
    assert.equal(TABLE.root, "EgovError");
    assert.deepEqual(TABLE.families.map((f) => f.className), ["EgovError", ...FAMILIES]);
    assert.deepEqual(TABLE.kinds.map((k) => [k.kind, k.className]), KINDS, "the same kinds as errorKinds()");
    assert.ok(TABLE.kinds.length >= 37);
    for (const k of TABLE.kinds) {
      assert.ok(k.doc.length > 10, k.kind);
      assert.ok(k.fields.length > 0, k.kind);
      assert.ok(FAMILIES.includes(k.familyClass) || k.familyClass === "EgovError", k.kind);
      for (const f of k.fields) {
        assert.ok(f.type in IS_TYPE, `${k.kind}.${f.name}: ${f.type}`);
        assert.equal(f.property, f.name.replace(/_([a-z])/g, (_, c) => c.toUpperCase()), `${k.kind}.${f.name}`);
      }
    }
    // Spot checks against core/src/error/mod.rs.
    const cycle = TABLE.kinds.find((k) => k.kind === "cycle");
    assert.deepEqual([cycle.className, cycle.familyClass], ["CycleError", "RoadmapError"]);
    assert.deepEqual(cycle.fields.map((f) => [f.name, f.type]), [["cycle", "text_list"]]);
    const agency = TABLE.kinds.find((k) => k.kind === "unknown_agency");
    assert.deepEqual(agency.fields.map((f) => f.property), ["agency", "referencedBy"]);
  });

  for (const k of TABLE.kinds) {
    test(`${k.kind} → ${k.className} extends ${k.familyClass}`, () => {
      const cls = em[k.className];
      assert.equal(typeof cls, "function", `${k.className} is exported`);
      assert.equal(cls.name, k.className);
      assert.equal(cls.kind, k.kind, "static kind");
      assert.equal(Object.getPrototypeOf(cls), em[k.familyClass], "base class");
      assert.ok(cls.prototype instanceof em.EgovError && cls.prototype instanceof Error);
      const err = new cls("message", { extra: 1 });
      assert.deepEqual([err.name, err.kind, err.message, err.extra], [k.className, k.kind, "message", 1]);
      assert.equal(String(err), `${k.className}: message`);
      assert.ok(typeof err.stack === "string");
    });
  }

  test("the exported error classes are exactly the families and the kinds' classes", () => {
    const exported = Object.keys(em).filter((k) => /^[A-Z]\w*Error$/.test(k)).sort();
    assert.deepEqual(exported, ["EgovError", ...FAMILIES, ...KINDS.map(([, c]) => c)].sort());
    for (const f of FAMILIES) {
      assert.equal(Object.getPrototypeOf(em[f]), em.EgovError, f);
      assert.equal(new em[f]("m").name, f);
    }
    assert.equal(Object.getPrototypeOf(em.EgovError), Error);
    assert.equal(em.EgovError.kind, "egov");
    assert.equal(new em.EgovError("m").kind, "egov");
    class LocalError extends em.EgovError {}
    assert.equal(new LocalError("m").name, "LocalError", "a caller's subclass keeps its own name");
  });

  test("makeError builds the table's class, or EgovError for an unknown name", () => {
    const e = em.makeError({ className: "CycleError", kind: "cycle", message: "m", fields: { cycle: ["a", "a"] } });
    assert.ok(e instanceof em.CycleError && e instanceof em.RoadmapError);
    assert.deepEqual(e.cycle, ["a", "a"]);
    for (const name of ["NopeError", "toString", "__proto__", "constructor"]) {
      const u = em.makeError({ className: name, kind: "nope", message: "m", fields: {} });
      assert.equal(u.constructor, em.EgovError, name);
      assert.equal(u.kind, "nope");
    }
  });

  test("registerKinds (deprecated) is a no-op: the classes carry their kinds", () => {
    em.registerKinds([["cycle", "HostingCycleError"]]);
    assert.deepEqual([em.CycleError.kind, em.HostingCycleError.kind], ["cycle", "hosting_cycle"]);
  });

  test("fields never replace message, name, kind or stack", () => {
    const err = new em.JsonError("the core's message", {
      message: "evil", name: "Evil", kind: "evil", stack: "evil", detail: "d", line: 1,
    });
    assert.deepEqual([err.message, err.name, err.kind, err.detail, err.line], ["the core's message", "JsonError", "json", "d", 1]);
    assert.notEqual(err.stack, "evil");
  });

  test("snake_case field names stay as deprecated, non-enumerable aliases", () => {
    const err = new em.RelationNotAllowedError("m", { fromDomain: "aplikasi", toDomain: "infrastruktur" });
    assert.deepEqual([err.from_domain, err.to_domain], ["aplikasi", "infrastruktur"]);
    err.from_domain = "data";
    assert.equal(err.fromDomain, "data", "the alias writes the camelCase field");
    assert.deepEqual(Object.keys(err).sort(), ["fromDomain", "kind", "name", "toDomain"]);
    assert.ok(!JSON.stringify(err).includes("_domain"));
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
const bench = em.Benchmark.spbePublished();
const catalogCase = (kind) => () => em.ArchitectureModel.fromJson(JSON.stringify(ARCH.errors.find((c) => c.error.kind === kind).catalog));

const PLAN_MANIFEST = JSON.stringify({
  schema_version: 1, government: { id: "pemkab-x", name: "X" }, period: { start: 2024, end: 2025 },
  framework: "spbe-2020", baseline: "b.json", roadmap: "r.json",
});

// [kind, what throws it, mentions, structured fields (deepEqual) or a check]
const TRIGGERS = [
  ["json", () => em.Framework.fromJson('{"schema_version": 1,'), [], (e) => {
    assert.equal(e.what, "framework");
    assert.ok(Number.isInteger(e.line) && Number.isInteger(e.column));
  }],
  ["duplicate_key", () => em.Framework.fromJson('{"schema_version": 1, "id": "a", "id": "b"}'), ["id"],
    { what: "framework", key: "id", path: "$", line: 1, column: 37 }],
  ["unsupported_schema_version", () => em.Roadmap.fromJson('{"schema_version": 9}'), ["9"]],
  ["unknown_framework", () => em.Framework.builtin("spbe-2030"), ["spbe-2030"],
    { id: "spbe-2030", available: [...em.Framework.builtinIds(), ...em.Framework.builtinCompositeIds()] }],
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
  ["csv", () => em.assessmentsFromCsv("subject,period,indicator,level\na,2024,I1,x\n"), ["level"], { row: 2, column: "level" }],
  ["unknown_agency", catalogCase("unknown_agency"), ["dinas-x"], { agency: "dinas-x", referencedBy: "element `app` (owner)" }],
  ["dangling_relation", catalogCase("dangling_relation"), ["ghost"]],
  ["relation_not_allowed", catalogCase("relation_not_allowed"), ["hosted-on"]],
  ["invalid_reference", catalogCase("invalid_reference"), ["XYZ.01"]],
  ["hosting_cycle", catalogCase("hosting_cycle"), ["host"], { cycle: ["host", "rack", "vm", "host"] }],
  ["too_large", () => roadmap([["é".repeat(257)]]), ["257"], { size: 257, limit: 256 }],
  ["unknown_institution", () => bench.lookup("Kab. Bolang Mongondow", 2024), ["Bolang Mongondow", "2024"], (e) => {
    assert.deepEqual([e.institution, e.year], ["Kab. Bolang Mongondow", 2024]);
    assert.equal(e.candidates[0], "Pemerintah Kab. Bolaang Mongondow");
    assert.ok(e.candidates.length <= 5);
  }],
  ["empty_cohort", () => bench.position(2024, "3.00", { province: "Atlantis" }), ["Atlantis"],
    { year: 2024, cohort: "regional governments in Atlantis" }],
  // A masterplan manifest as TOML with an unquoted value (line 2, column 9),
  // and one whose baseline file was not given.
  ["toml", () => em.Masterplan.fromToml("schema_version = 1\ntitle = x\n", {}), ["TOML"],
    (e) => assert.deepEqual([e.what, e.line, e.column], ["masterplan", 2, 9])],
  ["masterplan_part", () => em.Masterplan.fromJson(PLAN_MANIFEST, {}), ["b.json"],
    { part: "baseline", file: "b.json", errorKind: "file", detail: "the file was not found" }],
];
// Kinds that no JS entry point can produce: node lookups are not exposed,
// overflow needs exact sums beyond i64, and the Excel forms are not in the
// npm package yet.
const UNREACHABLE = new Set(["unknown_node", "overflow", "form_file", "form_cell"]);

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

    test(`${kind}: every field the table declares, with its JS type`, () => {
      const err = throwsEgov(fn, { kind, mentions: [] }, kind);
      const declared = TABLE.kinds.find((k) => k.kind === kind).fields;
      for (const f of declared) {
        assert.ok(Object.hasOwn(err, f.property), `${kind}: no field ${f.property}`);
        assert.ok(IS_TYPE[f.type](err[f.property]), `${kind}.${f.property} is not ${f.type}: ${JSON.stringify(err[f.property])}`);
        if (f.property !== f.name) assert.deepEqual(err[f.name], err[f.property], `${kind}: alias ${f.name}`);
      }
      // Nothing else: the own enumerable keys are the name, kind and fields.
      assert.deepEqual(Object.keys(err).sort(), ["kind", "name", ...declared.map((f) => f.property)].sort());
    });
  }

  test("every kind a JS caller can reach is triggered above", () => {
    const triggered = new Set(TRIGGERS.map(([k]) => k));
    const missing = KINDS.map(([k]) => k).filter((k) => !triggered.has(k));
    assert.deepEqual(missing.filter((k) => !UNREACHABLE.has(k)), []);
    assert.ok(triggered.size >= 35);
  });

  test("the message is the core's; the field `detail` is only its detail", () => {
    // errors.json / a truncated document: the core's message names what was
    // read, the position and the parser's detail; `detail` is the last part.
    const json = throwsEgov(() => em.Framework.fromJson('{"schema_version": 1,'), { kind: "json", mentions: [] });
    assert.match(json.message, /^framework: invalid JSON at line 1, column \d+: /);
    assert.ok(json.detail.length > 0 && json.detail !== json.message);
    assert.equal(json.message, `framework: invalid JSON at line ${json.line}, column ${json.column}: ${json.detail}`);
    const field = throwsEgov(() => fw.score(lv, { subject: "", period: 2024 }), { kind: "invalid_field", mentions: [] });
    assert.equal(field.message, `assessment: field \`subject\` ${field.detail}`);
    assert.equal(field.detail, "must not be empty");
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
