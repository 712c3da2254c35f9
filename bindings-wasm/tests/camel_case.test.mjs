// Result objects have camelCase keys everywhere (the core's snake_case JSON
// is renamed per known object shape in the binding), except the keys of
// data maps (indicator ids, years, ladder names), which are never renamed.
// The snake_case names released before stay one version as deprecated,
// non-enumerable aliases; the canonical JSON text (toJson, scoreJson,
// gapToJson) keeps the core's snake_case.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { em, vector, levelsAll, camelKeys, masterplanSample } from "./_helpers.mjs";

const DATA_MAPS = new Set(["levels", "notes", "charges", "ladders"]);

/** Every own enumerable key path of `value` that is not camelCase (data maps' keys excepted). */
function snakeKeys(value, path = "$") {
  if (Array.isArray(value)) return value.flatMap((v, i) => snakeKeys(v, `${path}[${i}]`));
  if (value === null || typeof value !== "object" || ArrayBuffer.isView(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => [
    ...(/_/.test(k) ? [`${path}.${k}`] : []),
    ...(DATA_MAPS.has(k) && v && typeof v === "object" && !Array.isArray(v)
      ? Object.entries(v).flatMap(([id, x]) => snakeKeys(x, `${path}.${k}[${id}]`))
      : snakeKeys(v, `${path}.${k}`)),
  ]);
}

const fw = em.Framework.builtin("spbe-2020");
const lv = levelsAll(fw, 3, { I1: 1 });
const ROADMAPS = vector("roadmap.json");
const schedule = em.Roadmap.fromJson(JSON.stringify(ROADMAPS.budget.roadmap)).schedule(undefined);
const projection = em.Roadmap.fromJson(JSON.stringify(ROADMAPS.projection.roadmap)).schedule(undefined)
  .project(fw, ROADMAPS.projection.baseline, undefined);
const model = em.ArchitectureModel.fromJson(JSON.stringify(vector("architecture.json").analyses.catalog));
const bench = em.Benchmark.spbePublished();
const sample = masterplanSample();
const plan = em.Masterplan.fromJson(sample.manifest, sample.files);

/** Every method that returns a plain object, with a real result. */
const RESULTS = {
  score: () => fw.score(lv, { subject: "dinas", period: 2024 }),
  scoreMany: () => fw.scoreMany([lv, lv], { subject: "dinas", period: 2024 }),
  gapTo: () => fw.gapTo(lv, "sangat-baik", undefined),
  scoreLevels: () => fw.scoreLevels(Uint8Array.from(fw.indicatorIds(), () => 3), undefined),
  document: () => fw.document(),
  indicatorLadder: () => fw.indicatorLadder("I1"),
  "RadarLayout.shape": () => fw.radarLayout(undefined).shape(new Float64Array(12).fill(3)),
  errorTable: () => em.errorTable(),
  assessmentsFromCsv: () => em.assessmentsFromCsv("subject,period,indicator,level,note\nd,2024,I1,3,ok\n"),
  "Schedule.toObject": () => schedule.toObject(),
  "Schedule.project": () => projection,
  coverage: () => model.coverage(),
  duplicates: () => model.duplicates(),
  impactOf: () => model.impactOf("dc"),
  unsupported: () => model.unsupported(),
  "Benchmark.rows": () => bench.rows(2024),
  "Benchmark.lookup": () => bench.lookup("Kab. Bolaang Mongondow", 2024),
  "Benchmark.position": () => bench.position(2024, "Kab. Bolaang Mongondow", { province: "Sulawesi Utara" }),
  "Benchmark.peers": () => bench.peers("Kab. Bolaang Mongondow", 2024, 3),
  "Benchmark.movers": () => bench.movers(2023, 2024, { regional: true }),
  "Benchmark.distribution": () => bench.distribution(2024, { kind: "kota" }),
  "Masterplan.check": () => plan.check(),
  "Masterplan.targets": () => plan.targets(),
  "Masterplan.projection": () => plan.projection(),
};

describe("camelCase keys", () => {
  for (const [name, call] of Object.entries(RESULTS)) {
    test(`${name}: no snake_case key outside data maps`, () => {
      const value = call();
      assert.deepEqual(snakeKeys(value), []);
      assert.notDeepEqual(JSON.stringify(value), "{}");
    });
  }

  test("the renamed keys keep the core's key order", () => {
    const card = RESULTS.score();
    assert.deepEqual(Object.keys(card), ["framework", "subject", "period", "index", "indexText", "exactIndex",
      "predicate", "options", "nodes", "indicators", "coverage"]);
    assert.deepEqual(Object.keys(card.options), ["predicateBasis", "missing"]);
    assert.deepEqual(Object.keys(schedule.toObject().entries[0]), ["id", "name", "phase", "start", "finish",
      "startMonth", "durationMonths", "cost", "charges", "earliestStart", "slackMonths", "critical", "delayMonths",
      "explanations"]);
  });

  test("scoreJson and gapToJson are the core's snake_case text of the same results", () => {
    const options = { subject: "dinas", period: 2024 };
    const text = fw.scoreJson(lv, options);
    assert.match(text, /^\{"framework":"spbe-2020","subject":"dinas","period":2024,"index":[\d.]+,"index_text":"/);
    assert.deepEqual(camelKeys(JSON.parse(text)), fw.score(lv, options));
    const gap = fw.gapToJson(lv, "sangat-baik", undefined);
    assert.ok(gap.includes('"index_after_text":') && gap.includes('"total_cost":null'));
    assert.deepEqual(camelKeys(JSON.parse(gap)), fw.gapTo(lv, "sangat-baik", undefined));
    assert.ok(schedule.toJson().includes('"critical_path":'), "toJson keeps the file format");
  });
});

describe("Benchmark results (new: camelCase only, no aliases)", () => {
  test("the …Json texts keep the core's snake_case; the objects rename it, with no snake_case alias", () => {
    const row = bench.lookupJson("Kab. Bolaang Mongondow", 2024);
    assert.ok(row.includes('"report_table":38') && row.includes('"predicate_id":"baik"'));
    const obj = bench.lookup("Kab. Bolaang Mongondow", 2024);
    assert.deepEqual(obj, camelKeys(JSON.parse(row)));
    assert.equal(obj.reportTable, 38);
    assert.ok(!("report_table" in obj) && !("predicate_id" in obj));
    const move = bench.movers(2023, 2024, { province: "Sulawesi Utara" })[0];
    assert.deepEqual(Object.keys(move).sort(), ["change", "domainChanges", "indexFrom", "indexTo", "institution", "kind",
      "predicateFrom", "predicateTo", "province"]);
    assert.ok(!("index_from" in move));
    const peers = bench.peers("Kab. Bolaang Mongondow", 2024, 1);
    assert.ok(!("predicate_id" in peers.table[0]) && !("predicate_id" in peers.nearest[0]));
    assert.ok(bench.peersJson("Kab. Bolaang Mongondow", 2024, 1).includes('"predicate_id":'));
  });
});

describe("data keys are never renamed", () => {
  // errors.json's tiny framework with ladder names and indicator ids that
  // look like the renamed keys.
  const doc = vector("errors.json").valid_framework;
  doc.ladders = { legal_basis: doc.ladders.process, index_text: doc.ladders.process };
  doc.nodes[0].children[0].id = "index_text";
  doc.nodes[0].children[0].ladder = "legal_basis";
  doc.nodes[0].children[1].ladder = "index_text";
  doc.nodes[1].children[0].ladder = "index_text";
  const tiny = em.Framework.fromJson(JSON.stringify(doc));

  test("a framework's ladder names", () => {
    const d = tiny.document();
    assert.deepEqual(Object.keys(d.ladders).sort(), ["index_text", "legal_basis"]);
    assert.deepEqual(d.ladders.legal_basis, camelKeys(doc.ladders.legal_basis));
    assert.equal(d.nodes[0].children[0].ladder, "legal_basis");
    assert.equal(d.legalBasis, "test");
  });

  test("indicator ids in level maps and scorecards", () => {
    const levels = { index_text: 3, I2: 4, I3: 5 };
    const card = tiny.score(levels, { subject: "s", period: 1 });
    assert.deepEqual(card.indicators.map((i) => i.id), ["index_text", "I2", "I3"]);
    const [back] = em.assessmentsFromCsv(em.assessmentsToCsv([{ subject: "s", period: 1, levels }]));
    assert.deepEqual(back.levels, { index_text: 3, I2: 4, I3: 5 });
  });

  test("years in a schedule entry's charges", () => {
    const entry = schedule.toObject().entries.find((e) => e.id === "X");
    assert.deepEqual(entry.charges, { 2020: 60 }); // roadmap.json budget: X costs 60 in 2020
  });
});

describe("deprecated snake_case aliases", () => {
  test("read and write the camelCase value, and are not enumerable", () => {
    const card = RESULTS.score();
    assert.equal(card.index_text, card.indexText);
    assert.equal(card.exact_index, card.exactIndex);
    assert.equal(card.options.predicate_basis, "exact");
    const d = Object.getOwnPropertyDescriptor(card, "index_text");
    assert.equal(d.enumerable, false);
    card.index_text = "9.99";
    assert.equal(card.indexText, "9.99");
    assert.ok(!JSON.stringify(card).includes("_text"));
    assert.ok(!("index_text" in { ...card }), "a spread copies only the camelCase keys");
    assert.deepEqual(Object.keys(structuredClone(card)), Object.keys(card));
  });

  test("every released snake_case name is still readable", () => {
    const gap = RESULTS.gapTo();
    assert.deepEqual([gap.total_cost, gap.steps[0].index_after, gap.steps[0].index_after_text],
      [gap.totalCost, gap.steps[0].indexAfter, gap.steps[0].indexAfterText]);
    const d = RESULTS.document();
    assert.deepEqual([d.schema_version, d.legal_basis], [1, d.legalBasis]);
    const s = schedule.toObject();
    assert.deepEqual(s.critical_path, s.criticalPath);
    const e = s.entries[0];
    assert.deepEqual([e.start_month, e.duration_months, e.earliest_start, e.slack_months, e.delay_months],
      [e.startMonth, e.durationMonths, e.earliestStart, e.slackMonths, e.delayMonths]);
    assert.equal(projection[0].scorecard.index_text, projection[0].scorecard.indexText);
  });

  test("the error table (new in this version) has no aliases", () => {
    const kind = em.errorTable().kinds[0];
    assert.equal(kind.class_name, undefined);
    assert.equal(kind.className, "JsonError");
  });
});
