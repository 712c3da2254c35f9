// Framework methods that give the core's answers the calculator used to
// work out itself: the ladder an indicator is rated on (its own, or the one
// it inherits) and the tiers that have values.
import { test } from "node:test";
import assert from "node:assert/strict";
import { em, vector } from "./_helpers.mjs";

/** The core/frameworks document of a built-in framework, as published. */
const published = (id) => JSON.parse(em.Framework.builtin(id).toJson());

test("indicatorLadder: SPBE rates policy indicators on `process`, services on `service`", () => {
  // core/frameworks/spbe-2020.json: I1 (domain 1) declares `process`, I42 (services) `service`.
  const fw = em.Framework.builtin("spbe-2020");
  const doc = published("spbe-2020");
  assert.deepEqual(fw.indicatorLadder("I1"), doc.ladders.process);
  assert.deepEqual(fw.indicatorLadder("I42"), doc.ladders.service);
  assert.deepEqual(fw.indicatorLadder("I1").map((l) => l.level), [1, 2, 3, 4, 5]);
  assert.equal(fw.indicatorLadder("I1")[2].name.en, "Defined");
  // Every indicator: the ladder it or its nearest group names (the
  // document's own statement, walked here by hand).
  const named = {};
  const walk = (node, inherited) => {
    const ladder = node.ladder ?? inherited;
    if (node.children) node.children.forEach((c) => walk(c, ladder));
    else named[node.id] = ladder;
  };
  doc.nodes.forEach((n) => walk(n, undefined));
  assert.equal(Object.keys(named).length, 47);
  for (const id of fw.indicatorIds()) assert.deepEqual(fw.indicatorLadder(id), doc.ladders[named[id]], id);
  assert.ok(Object.values(named).filter((l) => l === "service").length >= 5);
});

test("indicatorLadder: inherited from a group, the only ladder, or none", () => {
  const base = vector("errors.json").valid_framework; // one ladder, `process`; no node names one
  const only = em.Framework.fromJson(JSON.stringify(base));
  assert.deepEqual(only.indicatorLadder("I3"), base.ladders.process, "the framework's only ladder");

  const two = vector("errors.json").valid_framework;
  two.ladders.service = two.ladders.process.map((l) => ({ ...l, name: `S${l.level}` }));
  two.nodes[1].ladder = "service"; // A2 names it; its indicator I3 inherits it
  two.nodes[0].ladder = "process";
  const fw = em.Framework.fromJson(JSON.stringify(two));
  assert.deepEqual(fw.indicatorLadder("I3").map((l) => l.name), ["S1", "S2", "S3", "S4", "S5"]);
  assert.equal(fw.indicatorLadder("I1")[0].name, "R");

  const none = vector("errors.json").valid_framework;
  none.ladders = {};
  assert.equal(em.Framework.fromJson(JSON.stringify(none)).indicatorLadder("I1"), null);
});

test("indicatorLadder: an id that is not an indicator is an UnknownIndicatorError", () => {
  const fw = em.Framework.builtin("spbe-2020");
  for (const id of ["I99", "D1", "A1", ""]) {
    assert.throws(() => fw.indicatorLadder(id),
      (e) => e instanceof em.UnknownIndicatorError && e.indicator === id && e.framework === "spbe-2020", id);
  }
  assert.throws(() => fw.indicatorLadder(1), TypeError);
});

test("groupTiers: every tier but the indicators', the tiers a radar can show", () => {
  assert.deepEqual(em.Framework.builtin("spbe-2020").groupTiers(), ["domain", "aspect"]);
  const tiny = em.Framework.fromJson(JSON.stringify(vector("errors.json").valid_framework));
  assert.deepEqual(tiny.groupTiers(), ["aspect"]);
  for (const id of em.Framework.builtinIds()) {
    const fw = em.Framework.builtin(id);
    assert.deepEqual(fw.groupTiers(), published(id).tiers.slice(0, -1), id);
    // The radar's allowed tiers are the same list.
    const leaves = fw.document().tiers.at(-1);
    assert.throws(() => fw.radarLayout({ tier: leaves }),
      (e) => e instanceof em.InvalidOptionError && e.allowed.join() === fw.groupTiers().join(), id);
  }
});

test("optionValues: the names the core accepts for each scoring option", () => {
  // core/src/scoring/options.rs, batch.rs and text.rs: the closed sets.
  assert.deepEqual(em.optionValues("lang"), ["id", "en"]);
  assert.deepEqual(em.optionValues("predicateBasis"), ["exact", "rounded"]);
  assert.deepEqual(em.optionValues("missing"), ["error", "lowest", "renormalize"]);
  assert.deepEqual(em.optionValues("rankBasis"), em.optionValues("rank_basis"));
  // Each value is accepted by score(), and the error for another lists them.
  const fw = em.Framework.builtin("spbe-2020");
  for (const missing of em.optionValues("missing")) {
    assert.equal(typeof fw.score({ I1: 3 }, { missing: missing === "error" ? "lowest" : missing }).index, "number");
  }
  assert.throws(() => fw.score({ I1: 3 }, { missing: "zero" }),
    (e) => e instanceof em.InvalidOptionError && e.allowed.join() === em.optionValues("missing").join());
  assert.throws(() => em.optionValues("colour"),
    (e) => e instanceof em.InvalidOptionError && e.value === "colour");
  assert.throws(() => em.optionValues(7), TypeError);
});

test("unratedLevel marks an unrated indicator in scoreLevels input", () => {
  // core/src/scoring/dense.rs: DENSE_MISSING = 255.
  assert.equal(em.Framework.unratedLevel(), 255);
  const fw = em.Framework.builtin("spbe-2020");
  const levels = new Uint8Array(47).fill(3);
  levels[0] = em.Framework.unratedLevel();
  // I1 unrated, counted at the lowest level: 3 − 2 × 1.3 / 100 = 2.974 → 2.97.
  assert.equal(fw.scoreLevels(levels, { missing: "lowest" }).indexText, "2.97");
  assert.throws(() => fw.scoreLevels(levels), em.MissingLevelsError);
});
