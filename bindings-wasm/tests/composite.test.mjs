// Composite indices over a cohort (Framework.scoreCohort, scoreCohortJson,
// uncertainty, uncertaintyJson): the shared vector tests/vectors/composite.json
// (also read by core/tests/composite_vectors.rs and the Python suite), the
// published EGDI 2022 ranks, and the uncertainty options.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { em, vector, REPO, throwsEgov, camelKeys } from "./_helpers.mjs";

const doc = vector("composite.json");

const framework = (f) => (typeof f === "string" ? em.Framework.builtin(f) : em.Framework.fromJson(JSON.stringify(f)));

function close(name, got, want, tol) {
  if (want === null || want === undefined) {
    assert.equal(got, null, name);
  } else {
    assert.ok(typeof got === "number" && Math.abs(got - want) <= tol, `${name}: ${got} vs ${want}`);
  }
}

/** EGDI 2022 (core/data/international/egdi-2022.csv: plain CSV, no quotes). */
function egdi() {
  const [header, ...rows] = readFileSync(`${REPO}core/data/international/egdi-2022.csv`, "utf8")
    .trim()
    .split("\n")
    .map((l) => l.split(","));
  const col = (name) => header.indexOf(name);
  const cohort = {
    ids: rows.map((r) => r[col("iso3")]),
    columns: Object.fromEntries(["osi", "hci", "tii"].map((k) => [k, rows.map((r) => Number(r[col(k)]))])),
  };
  return { cohort, ranks: rows.map((r) => Number(r[col("rank")])) };
}

describe("composite vector (tests/vectors/composite.json)", () => {
  for (const c of doc.cases) {
    test(c.name, () => {
      const fw = framework(c.framework);
      const s = fw.scoreCohort(c.cohort);
      const want = c.expected;
      const tol = c.tolerance;
      assert.deepEqual(s.nodes, want.nodes, c.name);
      assert.equal(s.units.length, want.units.length);
      s.units.forEach((u, i) => {
        const w = want.units[i];
        assert.equal(u.id, w.id);
        close(`${c.name} ${u.id} index`, u.index, w.index, tol);
        assert.equal(u.rank, w.rank ?? null, `${c.name} ${u.id} rank`);
        assert.equal(u.group, w.group ?? null, `${c.name} ${u.id} group`);
        assert.equal(u.imputed, w.imputed, `${c.name} ${u.id} imputed`);
        assert.equal(u.nodes.length, w.nodes.length);
        u.nodes.forEach((g, k) => close(`${c.name} ${u.id} node ${k}`, g, w.nodes[k], tol));
      });
      assert.equal(s.effectiveWeights.length, want.effective_weights.length);
      s.effectiveWeights.forEach((e, i) => {
        const w = want.effective_weights[i];
        assert.equal(e.indicator, w.indicator);
        close(`${c.name} ${e.indicator} nominal`, e.nominal, w.nominal, tol);
        close(`${c.name} ${e.indicator} effective`, e.effective, w.effective, tol);
        close(`${c.name} ${e.indicator} correlation`, e.correlation, w.correlation, tol);
      });
      // The plain object is the canonical JSON with camelCase keys.
      assert.deepEqual(s, camelKeys(JSON.parse(fw.scoreCohortJson(c.cohort))));
    });
  }
  for (const e of doc.errors) {
    test(`error: ${e.name}`, () => {
      throwsEgov(() => framework(e.framework).scoreCohort(e.cohort), { kind: e.kind, mentions: e.contains }, e.name);
      throwsEgov(() => framework(e.framework).scoreCohortJson(e.cohort), { kind: e.kind, mentions: e.contains }, e.name);
    });
  }
});

describe("EGDI 2022", () => {
  const fw = em.Framework.builtin("un-egdi-2022");
  const { cohort, ranks } = egdi();

  test("reproduces every published rank; Indonesia 77th, high", () => {
    const s = fw.scoreCohort(cohort);
    assert.equal(s.framework, "un-egdi-2022");
    assert.equal(s.units.length, 193);
    s.units.forEach((u, i) => assert.equal(u.rank, ranks[i], u.id));
    const idn = s.units.find((u) => u.id === "IDN");
    assert.equal(idn.rank, 77);
    assert.equal(idn.group, "high");
    assert.equal(idn.index.toFixed(4), "0.7160");
  });

  test("uncertainty: the same seed gives the same result; JSON and object agree", () => {
    const options = { weightNoise: 0.2, samples: 200, seed: 2022 };
    const a = fw.uncertainty(cohort, options);
    const b = fw.uncertainty(cohort, { ...options });
    assert.deepEqual(a, b);
    assert.equal(a.framework, "un-egdi-2022");
    assert.equal(a.samples, 200);
    assert.deepEqual(Object.keys(a.units[0]), ["id", "nominalRank", "medianRank", "p05", "p95", "meanShift"]);
    const json = fw.uncertaintyJson(cohort, options);
    assert.equal(json, fw.uncertaintyJson(cohort, options));
    assert.deepEqual(a, camelKeys(JSON.parse(json)));
    for (const u of a.units) assert.ok(u.p05 <= u.medianRank && u.medianRank <= u.p95, u.id);
  });

  test("uncertainty: no noise → p05 = p95 = nominal rank", () => {
    const u = fw.uncertainty(cohort, { weightNoise: 0, samples: 10 });
    assert.equal(u.samples, 10);
    u.units.forEach((x, i) => {
      assert.equal(x.nominalRank, ranks[i], x.id);
      assert.equal(x.p05, x.nominalRank, x.id);
      assert.equal(x.p95, x.nominalRank, x.id);
      assert.equal(x.meanShift, 0, x.id);
    });
  });

  test("uncertainty: mixed methods and Dirichlet weights run, seeded", () => {
    const mixed = { samples: 50, seed: 1, normalisers: ["none", "percent-rank"], aggregators: ["arithmetic", "power:2"], exclusion: true };
    assert.equal(fw.uncertaintyJson(cohort, mixed), fw.uncertaintyJson(cohort, mixed));
    const d = { samples: 50, seed: 1, weightModel: "dirichlet", concentration: 50 };
    assert.equal(fw.uncertainty(cohort, d).units.length, 193);
    assert.notEqual(fw.uncertaintyJson(cohort, d), fw.uncertaintyJson(cohort, { ...d, seed: 2 }));
    // The default options (1,000 samples, seed 0) and no options agree.
    const small = { ids: cohort.ids.slice(0, 5), columns: Object.fromEntries(Object.entries(cohort.columns).map(([k, v]) => [k, v.slice(0, 5)])) };
    assert.equal(fw.uncertaintyJson(small), fw.uncertaintyJson(small, { weightNoise: 0.2, samples: 1000, seed: 0 }));
    assert.equal(fw.uncertainty(small, undefined).samples, 1000);
  });
});

test("a composite framework's document: the composite block with camelCase keys", () => {
  for (const id of ["un-egdi-2022", "oecd-dgi-2019", "oecd-dgi-2023", "wb-gtmi-2022"]) {
    const fw = em.Framework.builtin(id);
    const d = fw.document();
    assert.deepEqual(d, camelKeys(JSON.parse(fw.toJson())), id);
    assert.equal(typeof d.composite, "object", id);
    assert.ok(!("rank_decimals" in d.composite), id);
  }
  assert.equal(em.Framework.builtin("un-egdi-2022").document().composite.rankDecimals, 4);
  // A level framework has no composite block (and gets none).
  assert.ok(!("composite" in em.Framework.builtin("spbe-2020").document()));
});

describe("bad input: typed errors naming the key, never a panic", () => {
  const fw = em.Framework.builtin("un-egdi-2022");
  const cohort = { ids: ["A", "B"], columns: { osi: [0.9, 0.5], hci: [0.5, 0.9], tii: [0.7, null] } };
  const field = (mentions) => ({ kind: "invalid_field", mentions });

  test("uncertainty options", () => {
    throwsEgov(() => fw.uncertainty(cohort, { weightNoise: 1.5 }), field(["weightNoise", "1.5"]));
    throwsEgov(() => fw.uncertainty(cohort, { samples: 0 }), field(["samples"]));
    throwsEgov(() => fw.uncertainty(cohort, { samples: 1.5 }), field(["samples"]));
    throwsEgov(() => fw.uncertainty(cohort, { weightNoice: 0.1 }), field(["weightNoice", "weightNoise"]));
    throwsEgov(() => fw.uncertainty(cohort, { weightModel: "dirichlet" }), field(["concentration"]));
    throwsEgov(() => fw.uncertainty(cohort, { weightModel: "dirichlet", concentration: 0 }), field(["concentration"]));
    throwsEgov(() => fw.uncertainty(cohort, { concentration: 5 }), field(["concentration"]));
    throwsEgov(() => fw.uncertainty(cohort, { weightModel: "normal" }), { kind: "invalid_option", mentions: ["weightModel", "dirichlet"] });
    throwsEgov(() => fw.uncertainty(cohort, { weightNoise: "0.2" }), field(["weightNoise", "number"]));
    throwsEgov(() => fw.uncertainty(cohort, { seed: -1 }), field(["seed"]));
    throwsEgov(() => fw.uncertainty(cohort, { seed: 2 ** 53 }), field(["seed"]));
    throwsEgov(() => fw.uncertainty(cohort, { exclusion: "yes" }), field(["exclusion"]));
    throwsEgov(() => fw.uncertainty(cohort, { normalisers: "none" }), field(["normalisers"]));
    throwsEgov(() => fw.uncertainty(cohort, { normalisers: ["nope"] }), { kind: "invalid_option", mentions: ["nope", "percent-rank"] });
    throwsEgov(() => fw.uncertainty(cohort, { aggregators: ["power:0"] }), { kind: "invalid_option", mentions: ["power:0"] });
    throwsEgov(() => fw.uncertainty(cohort, [1]), field(["options"]));
    throwsEgov(() => fw.uncertaintyJson(cohort, { samples: 0 }), field(["samples"]));
    // Null and undefined options mean the defaults.
    assert.equal(fw.uncertainty({ ids: ["A"], columns: { osi: [1], hci: [1], tii: [1] } }, { seed: null, samples: 3 }).samples, 3);
  });

  test("cohorts", () => {
    for (const bad of [null, 3, "x", [], () => 1]) {
      throwsEgov(() => fw.scoreCohort(bad), field(["cohort"]), String(bad));
    }
    throwsEgov(() => fw.scoreCohort({ ids: ["A"] }), field(["columns"]));
    throwsEgov(() => fw.scoreCohort({ columns: {} }), field(["ids"]));
    throwsEgov(() => fw.scoreCohort({ ...cohort, extra: 1 }), field(["extra"]));
    throwsEgov(() => fw.scoreCohort({ ids: "A", columns: {} }), field(["ids"]));
    throwsEgov(() => fw.scoreCohort({ ids: [1], columns: {} }), field(["ids"]));
    throwsEgov(() => fw.scoreCohort({ ids: ["A"], columns: { osi: 0.5 } }), field(["osi"]));
    throwsEgov(() => fw.scoreCohort({ ids: ["A"], columns: { osi: ["0.5"] } }), field(["osi[A]"]));
    throwsEgov(() => fw.scoreCohort({ ids: ["A"], columns: { osi: [NaN], hci: [1], tii: [1] } }), field(["osi[A]"]));
    throwsEgov(() => fw.scoreCohort({ ...cohort, groups: ["g"] }), field(["groups"]));
    throwsEgov(() => fw.scoreCohort({ ...cohort, groups: "g" }), field(["groups"]));
    // A unit without any value has no index, which uncertainty refuses.
    const empty = { ids: ["A", "B"], columns: { osi: [0.5, null], hci: [0.5, null], tii: [0.5, null] } };
    assert.equal(fw.scoreCohort(empty).units[1].index, null);
    throwsEgov(() => fw.uncertainty(empty, { samples: 5 }), field(["B"]));
  });

  test("groups are accepted; null marks a missing value", () => {
    const s = fw.scoreCohort({ ...cohort, groups: ["x", "x"] });
    assert.equal(s.units.length, 2);
    assert.ok(s.units.every((u) => typeof u.index === "number"));
  });

  test("a level framework is not composite", () => {
    throwsEgov(() => em.Framework.builtin("spbe-2020").scoreCohort(cohort), field(["level framework"]));
  });
});
