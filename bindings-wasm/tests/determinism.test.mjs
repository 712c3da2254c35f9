// Determinism and agreement with the native core: the same input gives
// byte-identical output every time, documents round-trip through their JSON,
// and the WebAssembly build prints exactly what the native Rust core prints.
//
// fixtures/rust-outputs.json holds the native core's outputs for the shared
// vectors, made by the egov-conformance crate's rust_outputs
// (tests/conformance/src/bin/rust_outputs.rs; `scripts/determinism` checks it
// is current, and `cargo run -p egov-conformance --bin rust_outputs -- --write`
// regenerates it). The Python package could not serve as the reference: its
// installed extension (bindings-python/python/egov_masterplan/_native.abi3.so)
// predates the core change that added `text` to every scorecard node, so its
// `Scorecard.to_json()` lacks `nodes[].text`.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { em, vector, fixture, levelsAll, camelKeys } from "./_helpers.mjs";

const RUST = fixture("rust-outputs.json");
const SCORING = vector("scoring.json").cases;
const GAPS = vector("gaps.json").cases;
const ROADMAPS = vector("roadmap.json");
const CATALOG = vector("architecture.json").analyses.catalog;

/**
 * The JS form of the core's canonical JSON text: parsed, keys in camelCase
 * (data maps' keys kept), printed in the core's key order.
 */
const camelText = (rustJson) => JSON.stringify(camelKeys(JSON.parse(rustJson)));

describe("the same input gives the same bytes", () => {
  for (const c of SCORING) {
    test(`score twice: ${c.name}`, () => {
      const fw = em.Framework.builtin(c.framework);
      const first = JSON.stringify(fw.score(c.assessment, c.options));
      const second = JSON.stringify(fw.score(c.assessment, c.options));
      const fresh = JSON.stringify(em.Framework.builtin(c.framework).score(structuredClone(c.assessment), c.options));
      assert.equal(second, first);
      assert.equal(fresh, first);
    });
  }

  test("the order of the level keys does not matter", () => {
    const c = SCORING[0];
    const fw = em.Framework.builtin(c.framework);
    const reversed = { ...c.assessment, levels: Object.fromEntries(Object.entries(c.assessment.levels).reverse()) };
    assert.equal(JSON.stringify(fw.score(reversed, c.options)), JSON.stringify(fw.score(c.assessment, c.options)));
  });

  test("scoreMany gives each assessment's own scorecard, in order", () => {
    const fw = em.Framework.builtin("spbe-2020");
    const cases = SCORING.filter((c) => c.framework === "spbe-2020" && c.options.missing === "error"
      && c.options.predicate_basis === "exact");
    const many = fw.scoreMany(cases.map((c) => c.assessment), undefined);
    assert.equal(many.length, cases.length);
    cases.forEach((c, i) => assert.equal(JSON.stringify(many[i]), JSON.stringify(fw.score(c.assessment, undefined)), c.name));
  });

  test("gaps, charts, schedules and analyses twice", () => {
    const c = GAPS[0];
    const fw = em.Framework.builtin(c.framework);
    const twice = (f) => assert.equal(JSON.stringify(f()), JSON.stringify(f()));
    twice(() => fw.gapTo(c.assessment, "baik", c.options));
    twice(() => fw.radarSvg(c.assessment, { lang: "en", target: 2.6 }));
    const r = em.Roadmap.fromJson(JSON.stringify(ROADMAPS.budget.roadmap));
    twice(() => r.schedule(undefined).toJson());
    twice(() => r.schedule(undefined).toObject());
    twice(() => r.schedule(undefined).toCsv());
    twice(() => r.phases());
    const m = em.ArchitectureModel.fromJson(JSON.stringify(CATALOG));
    twice(() => [m.coverage(), m.duplicates(), m.impactOf("dc"), m.unsupported(), m.integrationGaps()]);
    twice(() => m.toArchimateXml());
  });

  test("outputs are fresh objects (mutating one does not change the next)", () => {
    const fw = em.Framework.builtin("spbe-2020");
    const lv = levelsAll(fw, 3);
    const card = fw.score(lv, undefined);
    const before = JSON.stringify(card);
    card.nodes.length = 0;
    card.index = 99;
    assert.equal(JSON.stringify(fw.score(lv, undefined)), before);
  });
});

describe("documents round-trip through their JSON", () => {
  for (const id of em.Framework.builtinIds()) {
    test(`Framework ${id}`, () => {
      const fw = em.Framework.builtin(id);
      const text = fw.toJson();
      const back = em.Framework.fromJson(text);
      assert.equal(back.toJson(), text);
      assert.equal(back.id, id);
      assert.deepEqual(back.indicatorIds(), fw.indicatorIds());
      assert.deepEqual(fw.document(), camelKeys(JSON.parse(text)));
      const lv = levelsAll(fw, 2);
      assert.equal(JSON.stringify(back.score(lv, undefined)), JSON.stringify(fw.score(lv, undefined)));
    });
  }

  test("builtinIds lists the official framework first", () => {
    assert.deepEqual(em.Framework.builtinIds(), ["spbe-2020", "spbe-2018", "pemdi-2025"]);
    assert.deepEqual(em.Framework.builtinCompositeIds(),
      ["un-egdi-2022", "oecd-dgi-2019", "oecd-dgi-2023", "wb-gtmi-2022"]);
  });

  test("Roadmap and ArchitectureModel", () => {
    for (const name of ["cpm", "budget", "projection"]) {
      const r = em.Roadmap.fromJson(JSON.stringify(ROADMAPS[name].roadmap));
      assert.equal(em.Roadmap.fromJson(r.toJson()).toJson(), r.toJson(), name);
    }
    const m = em.ArchitectureModel.fromJson(JSON.stringify(CATALOG));
    assert.equal(em.ArchitectureModel.fromJson(m.toJson()).toJson(), m.toJson());
  });

  test("Schedule.toObject() is the parsed toJson() with camelCase keys, in the same order", () => {
    const s = em.Roadmap.fromJson(JSON.stringify(ROADMAPS.budget.roadmap)).schedule(undefined);
    assert.equal(JSON.stringify(s.toObject()), camelText(s.toJson()));
  });
});

// ------------------------------------------------------- the native Rust core

describe("the WebAssembly build prints what the native core prints", () => {
  test("the regulation worked example's canonical scorecard", () => {
    const c = SCORING.find((s) => s.name === "regulation-worked-example");
    const fw = em.Framework.builtin(c.framework);
    const card = fw.score(c.assessment, c.options);
    const rust = RUST.scoring[c.name];
    assert.equal(fw.scoreJson(c.assessment, c.options), rust);
    assert.equal(JSON.stringify(card), camelText(rust));
    assert.deepEqual(card, camelKeys(JSON.parse(rust)));
    assert.equal(card.indexText, "3.28");
    // The canonical text itself: compact, fields in the documented order.
    assert.ok(rust.startsWith('{"framework":"spbe-2020","subject":"vector-regulation-worked-example","period":2024,'
      + '"index":3.28,"index_text":"3.28","exact_index":"3281/1000","predicate":{"id":"baik"'));
    assert.ok(rust.includes('{"id":"D4","tier":"domain","value":3.2,"text":"3.20","exact":"291/91"}'));
  });

  for (const c of SCORING) {
    test(`scorecard: ${c.name}`, () => {
      const fw = em.Framework.builtin(c.framework);
      assert.equal(fw.scoreJson(c.assessment, c.options), RUST.scoring[c.name], "the canonical JSON, byte for byte");
      assert.equal(JSON.stringify(fw.score(c.assessment, c.options)), camelText(RUST.scoring[c.name]));
    });
  }

  for (const c of GAPS.filter((g) => RUST.gaps[g.name] !== undefined)) {
    test(`gap (fewest steps): ${c.name}`, () => {
      const fw = em.Framework.builtin(c.framework);
      const target = c.target.predicate ?? c.target.index;
      assert.equal(fw.gapToJson(c.assessment, target, c.options), RUST.gaps[c.name], "the canonical JSON, byte for byte");
      assert.equal(JSON.stringify(fw.gapTo(c.assessment, target, c.options)), camelText(RUST.gaps[c.name]));
    });
  }

  test("radar chart of the worked example", () => {
    const c = SCORING.find((s) => s.name === "regulation-worked-example");
    assert.equal(em.Framework.builtin(c.framework).radarSvg(c.assessment, c.options), RUST.radar_svg);
  });

  for (const id of em.Framework.builtinIds()) {
    test(`framework JSON: ${id}`, () => {
      assert.equal(em.Framework.builtin(id).toJson(), RUST.frameworks[id]);
    });
  }

  for (const name of ["cpm", "budget", "projection"]) {
    test(`roadmap ${name}: JSON, DOT, schedule, CSV, Mermaid, Gantt`, () => {
      const want = RUST.roadmaps[name];
      const r = em.Roadmap.fromJson(JSON.stringify(ROADMAPS[name].roadmap));
      const s = r.schedule(undefined);
      assert.equal(r.toJson(), want.roadmap_json);
      assert.equal(r.toDot(), want.dot);
      assert.equal(s.toJson(), want.schedule_json);
      assert.equal(r.schedule({ respectBudget: false }).toJson(), want.schedule_json_ignoring_budget);
      assert.equal(s.toCsv(), want.csv);
      assert.equal(s.toMermaid(), want.mermaid);
      assert.equal(s.toGanttSvg(undefined), want.gantt_svg);
    });
  }

  const projected = () => {
    const p = ROADMAPS.projection;
    const s = em.Roadmap.fromJson(JSON.stringify(p.roadmap)).schedule(undefined);
    return s.project(em.Framework.builtin(p.framework), p.baseline, undefined);
  };

  test("projection: every year's scorecard has the native values", () => {
    const years = projected();
    assert.equal(years.length, RUST.projection.length);
    years.forEach((y, i) => {
      const want = RUST.projection[i];
      assert.deepEqual([y.year, y.finished], [want.year, want.finished]);
      assert.deepEqual(y.scorecard, camelKeys(JSON.parse(want.scorecard)), String(y.year));
    });
  });

  test("projection: every year's scorecard is the canonical scorecard, camelCase, in its key order", () => {
    projected().forEach((y, i) => {
      assert.equal(JSON.stringify(y.scorecard), camelText(RUST.projection[i].scorecard), String(y.year));
    });
  });

  test("projection: a year's scorecard equals scoring that year's levels directly", () => {
    // Hand: 2020 raises I42 and I43 to 3 (projection.working).
    const p = ROADMAPS.projection;
    const fw = em.Framework.builtin(p.framework);
    const [y2020] = projected();
    const direct = fw.score({ ...p.baseline.levels, I42: 3, I43: 3 }, { subject: p.baseline.subject, period: 2020 });
    assert.deepEqual(y2020.scorecard, direct);
  });

  test("architecture: JSON, DOT, ArchiMate, heatmap", () => {
    const m = em.ArchitectureModel.fromJson(JSON.stringify(CATALOG));
    assert.equal(m.toJson(), RUST.architecture.json);
    assert.equal(m.toDot(), RUST.architecture.dot);
    assert.equal(m.toArchimateXml(), RUST.architecture.archimate_xml);
    assert.equal(m.toHeatmapSvg(undefined), RUST.architecture.heatmap_svg);
  });

  test("version() is the package's version", async () => {
    const { readFileSync } = await import("node:fs");
    const { createRequire } = await import("node:module");
    const pkgJson = createRequire(import.meta.url).resolve("egov-masterplan/package.json");
    assert.equal(em.version(), JSON.parse(readFileSync(pkgJson, "utf8")).version);
  });
});

// ------------------------------------------------------------------- limits

test("amounts stay exact in toObject(): the core bounds them at 2^53 - 1", () => {
  // Every cost, every cap and the total are at most MAX_AMOUNT = 2^53 - 1,
  // so plain-object outputs (JSON numbers read as doubles) are exact.
  // Costs are given as digit strings and written into the JSON text as
  // numbers, so that amounts beyond doubles reach the core unrounded.
  const doc = (a, b) => JSON.stringify({
    schema_version: 1, id: "big", name: "big", horizon: { start: "2020-01-01", end: "2020-12-31" },
    initiatives: [["a", "A"], ["b", "B"]].map(([id, cost]) => ({ id, name: id, area: "tata-kelola", owner: "x", duration_months: 1, cost, depends_on: [] })),
  }).replace('"cost":"A"', `"cost":${a}`).replace('"cost":"B"', `"cost":${b}`);
  // 2^52 + (2^52 - 1) = 2^53 - 1: at the bound.
  const atBound = em.Roadmap.fromJson(doc("4503599627370496", "4503599627370495")).schedule({ respectBudget: false });
  assert.ok(atBound.toJson().includes('"spent":9007199254740991'));
  const o = atBound.toObject();
  assert.deepEqual(o.entries.map((e) => e.cost).sort(), [4503599627370495, 4503599627370496]);
  assert.equal(o.spend.reduce((sum, y) => sum + y.spent, 0), Number.MAX_SAFE_INTEGER);
  for (const y of o.spend) assert.ok(Number.isSafeInteger(y.spent));
  // One above: a named error, not a rounded number.
  assert.throws(() => em.Roadmap.fromJson(doc("4503599627370496", "4503599627370496")),
    (e) => e instanceof em.InvalidFieldError && e.message.includes("initiatives[b].cost"));
  assert.throws(() => em.Roadmap.fromJson(doc("9223372036854775807", "0")),
    (e) => e instanceof em.InvalidFieldError && e.message.includes("9223372036854775807"));
});
