// The shared scoring, error and gap vectors (tests/vectors/{scoring,errors,
// gaps}.json) through the JS API, with the expectations of
// core/tests/vectors.rs and bindings-python/tests/test_vectors_scoring.py.
// Every expected number comes from the vector case named in the test (each
// case's `source` field gives its hand working).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  em, vector, throwsEgov, frac, add, sub, cmp, ZERO, fracText, halfUp, camelKeys,
} from "./_helpers.mjs";

const SCORING = vector("scoring.json").cases;
const ERRORS = vector("errors.json");
const GAPS = vector("gaps.json").cases;

/** The case's `options`, snake_case as in the vectors (accepted as is). */
function options(c) {
  const o = c.options ?? {};
  return Object.fromEntries(["predicate_basis", "missing"].filter((k) => k in o).map((k) => [k, o[k]]));
}

/** The same options under their camelCase names. */
function camel(c) {
  const o = options(c);
  const out = {};
  if ("predicate_basis" in o) out.predicateBasis = o.predicate_basis;
  if ("missing" in o) out.missing = o.missing;
  return out;
}

/** Scores the case's whole assessment document with its framework. */
function score(c) {
  return em.Framework.builtin(c.framework).score(c.assessment, options(c));
}

// --------------------------------------------------------------- scoring.json

describe("scoring.json", () => {
  test("the vector file is complete", () => {
    // core/tests/vectors.rs asserts at least 14 cases.
    assert.ok(SCORING.length >= 14);
  });

  for (const c of SCORING) {
    test(c.name, () => {
      const card = score(c);
      const exp = c.expected; // values: this vector case (see its `source`)
      assert.equal(card.framework, c.framework);
      assert.equal(card.index, exp.index);
      assert.equal(card.indexText, exp.index_text);
      assert.equal(card.exactIndex, exp.exact_index);
      assert.equal(card.predicate.id, exp.predicate);
      assert.deepEqual(card.coverage, exp.coverage);
      assert.equal(card.subject, c.assessment.subject);
      assert.equal(card.period, c.assessment.period);
      assert.deepEqual(card.options, {
        predicateBasis: options(c).predicate_basis ?? "exact",
        missing: options(c).missing ?? "error",
      });
      // Published text is the exact index rounded half-up (hand rounding).
      assert.equal(halfUp(frac(card.exactIndex)), exp.index_text);
      assert.equal(card.index, Number(exp.index_text));

      const byId = new Map(card.nodes.map((n) => [n.id, n]));
      assert.equal(byId.size, card.nodes.length, "node ids are unique");
      for (const [id, want] of Object.entries(exp.nodes)) {
        const node = byId.get(id);
        assert.ok(node, `${c.name}: no node ${id}`);
        assert.deepEqual(Object.keys(node).sort(), ["exact", "id", "text", "tier", "value"]);
        if (want === null) {
          // Renormalize: a group with nothing rated has no value.
          assert.deepEqual([node.value, node.text, node.exact], [null, null, null], id);
          continue;
        }
        assert.equal(node.text, want.text, `${c.name} ${id}`);
        assert.equal(node.exact, want.exact, `${c.name} ${id} exact`);
        assert.equal(node.value, Number(want.text), `${c.name} ${id} value`);
        assert.equal(halfUp(frac(node.exact)), want.text, `${c.name} ${id} half-up`);
      }
      // Every group node has a tier of the framework other than the last.
      const tiers = em.Framework.builtin(c.framework).document().tiers;
      for (const n of card.nodes) assert.ok(tiers.slice(0, -1).includes(n.tier), `${n.id}: ${n.tier}`);
    });
  }

  for (const c of SCORING) {
    test(`${c.name}: every input form and option spelling agrees`, () => {
      const fw = em.Framework.builtin(c.framework);
      const a = c.assessment;
      const card = score(c);
      const bare = fw.score(a.levels, { subject: a.subject, period: a.period, ...options(c) });
      const camelCase = fw.score(a, camel(c));
      const [many] = fw.scoreMany([a], options(c));
      assert.deepEqual(bare, card);
      assert.deepEqual(camelCase, card);
      assert.deepEqual(many, card);
    });
  }

  for (const c of SCORING) {
    test(`${c.name}: contributions sum to the index`, () => {
      // Hand identity: the exact index is the sum of every indicator's
      // contribution (level × weight / total weight).
      const card = score(c);
      const inds = card.indicators;
      assert.equal(inds.length, card.coverage.total);
      assert.equal(inds.filter((i) => i.level !== null).length, card.coverage.rated);
      assert.deepEqual(inds.map((i) => i.id), em.Framework.builtin(c.framework).indicatorIds());
      if (c.options.missing !== "renormalize") {
        const sum = inds.reduce((s, i) => add(s, frac(i.contribution)), ZERO);
        assert.equal(fracText(sum), card.exactIndex);
      }
    });
  }

  test("exact and rounded bases differ only in the predicate", () => {
    // boundary-2024-*: 3.4985 prints 3.50; exact basis Baik, rounded Sangat Baik.
    const byName = Object.fromEntries(SCORING.map((c) => [c.name, c]));
    const exact = score(byName["boundary-2024-exact-basis"]);
    const rounded = score(byName["boundary-2024-rounded-basis"]);
    assert.equal(exact.exactIndex, "6997/2000");
    assert.equal(rounded.exactIndex, "6997/2000");
    assert.deepEqual([exact.predicate.id, rounded.predicate.id], ["baik", "sangat-baik"]);
    assert.notDeepEqual(exact, rounded); // the options are part of a scorecard
  });
});

// ----------------------------------------------------------------- errors.json

describe("errors.json", () => {
  test("the base of the framework error cases is valid", () => {
    // errors.json valid_framework: aspects A1 (I1 w1, I2 w2; declared 3) and A2 (I3 w1.5).
    const tiny = em.Framework.fromJson(JSON.stringify(ERRORS.valid_framework));
    assert.equal(tiny.id, "tiny");
    assert.deepEqual(tiny.indicatorIds(), ["I1", "I2", "I3"]);
    const doc = tiny.document();
    assert.deepEqual(doc.tiers, ["aspect", "indicator"]);
    assert.deepEqual(doc.scale, { min: 1, max: 5 });
  });

  describe("framework_cases", () => {
    for (const c of ERRORS.framework_cases) {
      test(c.name, () => {
        throwsEgov(() => em.Framework.fromJson(JSON.stringify(c.framework)), c.error, c.name);
      });
    }
  });

  describe("assessment_cases", () => {
    for (const c of ERRORS.assessment_cases) {
      test(c.name, () => {
        const fw = em.Framework.builtin(c.framework);
        throwsEgov(() => fw.score(c.assessment, options(c)), c.error, c.name);
      });
      test(`${c.name} (camelCase options, scoreMany, gapTo)`, () => {
        // The same failure whichever entry point reads the assessment.
        const fw = em.Framework.builtin(c.framework);
        throwsEgov(() => fw.score(c.assessment, camel(c)), c.error, c.name);
        throwsEgov(() => fw.scoreMany([c.assessment], options(c)), c.error, c.name);
        throwsEgov(() => fw.gapTo(c.assessment, "baik", options(c)), c.error, c.name);
      });
    }
  });
});

// ------------------------------------------------------------------- gaps.json

const targetOf = (c) => c.target.predicate ?? c.target.index;

/** Why a case cannot run through the JS API, or null. */
function skipReason(c) {
  if (c.costs === undefined) return null;
  const fw = em.Framework.builtin(c.framework);
  if (typeof fw.cheapestPlan === "function") return null;
  return "costs need cheapestPlan, which the JS API does not expose (Framework has only gapTo)";
}

function gapOf(c) {
  const fw = em.Framework.builtin(c.framework);
  if (c.costs !== undefined) return fw.cheapestPlan(c.assessment, targetOf(c), c.costs, options(c));
  return fw.gapTo(c.assessment, targetOf(c), options(c));
}

describe("gaps.json", () => {
  for (const c of GAPS) {
    test(c.name, { skip: skipReason(c) ?? false }, () => {
      if (c.expected_error) {
        throwsEgov(() => gapOf(c), c.expected_error, c.name);
        return;
      }
      const gap = gapOf(c);
      const card = score(c);
      const exp = c.expected; // values: this vector case (see its `source`)
      assert.equal(gap.target, exp.target);
      assert.equal(gap.threshold, exp.threshold);
      assert.equal(gap.current, exp.current);
      assert.equal(gap.current, card.exactIndex);
      assert.equal(gap.distance, exp.distance);
      assert.equal(gap.reached, exp.reached);
      const last = gap.steps.length ? gap.steps.at(-1).indexAfter : gap.current;
      assert.equal(last, exp.reached);
      if ("steps" in exp) {
        const got = gap.steps.map((s) => ({ indicator: s.indicator, from: s.from, to: s.to, indexAfter: s.indexAfter }));
        assert.deepEqual(got, camelKeys(exp.steps));
      }
      if ("step_count" in exp) assert.equal(gap.steps.length, exp.step_count);
      if ("total_cost" in exp) assert.equal(gap.totalCost, exp.total_cost);
      else assert.equal(gap.totalCost, null);
    });
  }

  for (const c of GAPS.filter((g) => g.expected)) {
    test(`${c.name}: steps are consistent`, { skip: skipReason(c) ?? false }, () => {
      // Hand identities on every step: one level at a time, the gain is the
      // index difference, the printed text is the exact value rounded
      // half-up, and the plan ends at or above the threshold.
      const gap = gapOf(c);
      let before = frac(gap.current);
      for (const s of gap.steps) {
        assert.equal(s.to, s.from + 1);
        assert.equal(s.gain, fracText(sub(frac(s.indexAfter), before)));
        assert.equal(s.indexAfterText, halfUp(frac(s.indexAfter)));
        before = frac(s.indexAfter);
        if (c.costs === undefined) assert.equal(s.cost, null);
        else assert.equal(s.cost, c.costs[s.indicator]);
      }
      assert.ok(cmp(before, frac(gap.threshold)) >= 0);
      const d = sub(frac(gap.threshold), frac(gap.current));
      assert.equal(gap.distance, fracText(cmp(d, ZERO) > 0 ? d : ZERO));
    });
  }

  test("cost vectors without cheapestPlan: gapTo still gives the fewest-steps plan", () => {
    // gaps.json cheapest-plan scores the same assessment as
    // cukup-to-baik-fewest-steps; without costs the plan is that one.
    const cheap = GAPS.find((c) => c.name === "cheapest-plan");
    const fewest = GAPS.find((c) => c.name === "cukup-to-baik-fewest-steps");
    const fw = em.Framework.builtin(cheap.framework);
    const gap = fw.gapTo(cheap.assessment, targetOf(cheap), options(cheap));
    assert.deepEqual(gap, fw.gapTo(fewest.assessment, targetOf(fewest), options(fewest)));
    assert.equal(gap.totalCost, null);
  });

  test("targets in every form agree", () => {
    // cukup-to-baik-fewest-steps: Baik = 2.6 = 13/5 as predicate, decimal
    // text and number.
    const c = GAPS.find((g) => g.name === "cukup-to-baik-fewest-steps");
    const fw = em.Framework.builtin(c.framework);
    const byPredicate = fw.gapTo(c.assessment, "baik", options(c));
    for (const target of ["2.6", 2.6, "2.60"]) {
      assert.deepEqual(fw.gapTo(c.assessment, target, options(c)), byPredicate, String(target));
    }
    assert.equal(byPredicate.target, "13/5");
  });
});
