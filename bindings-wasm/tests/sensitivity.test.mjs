// saltelliSample and sobolAnalyze (the core's sensitivity module): SALib's
// points (the Rust doctest's hand-checked rows), the Ishigami indices
// against their closed forms, seeds, and the errors' classes.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { em, throwsEgov } from "./_helpers.mjs";

const ishigami = (m) => {
  const y = new Float64Array(m.rows);
  for (let i = 0; i < m.rows; i++) {
    const [a, b, c] = [...m.values.subarray(i * 3, i * 3 + 3)].map((u) => -Math.PI + 2 * Math.PI * u);
    y[i] = Math.sin(a) + 7 * Math.sin(b) ** 2 + 0.1 * c ** 4 * Math.sin(a);
  }
  return y;
};

describe("saltelliSample", () => {
  test("SALib's rows: A, AB_1, AB_2, B from point 16 of the sequence", () => {
    const m = em.saltelliSample(4, 2);
    assert.deepEqual([m.rows, m.columns, m.values.length], [16, 2, 32]);
    assert.ok(m.values instanceof Float64Array);
    // core/src/sensitivity/saltelli.rs doctest (SALib 1.5.1 sobol_sequence.sample(20, 4)[16]).
    assert.deepEqual([...m.values.subarray(0, 8)], [0.09375, 0.46875, 0.46875, 0.46875, 0.09375, 0.65625, 0.46875, 0.65625]);
  });

  test("a seed shifts the points; the same seed gives the same points", () => {
    const a = em.saltelliSample(16, 3, { seed: 11 });
    assert.deepEqual([...a.values], [...em.saltelliSample(16, 3, { seed: 11 }).values]);
    assert.notDeepEqual([...a.values], [...em.saltelliSample(16, 3).values]);
    assert.ok([...a.values].every((x) => x >= 0 && x < 1));
    assert.deepEqual([...em.saltelliSample(4, 2, { skip: 0 }).values.subarray(0, 2)], [0, 0]);
  });

  test("bad sizes: the core's InvalidFieldError or TooLargeError; non-numbers: TypeError", () => {
    const e = throwsEgov(() => em.saltelliSample(0, 2), { kind: "invalid_field", mentions: ["n"] });
    assert.ok(e instanceof em.InvalidFieldError);
    throwsEgov(() => em.saltelliSample(4, 501), { kind: "invalid_field", mentions: ["500"] });
    throwsEgov(() => em.saltelliSample(1 << 24, 100), { kind: "too_large", mentions: [] });
    assert.throws(() => em.saltelliSample(-1, 2), TypeError);
    assert.throws(() => em.saltelliSample(2.5, 2), TypeError);
    assert.throws(() => em.saltelliSample("4", 2), TypeError);
    assert.throws(() => em.saltelliSample(4, 2, { seed: -3 }), TypeError);
  });
});

describe("sobolAnalyze", () => {
  test("Ishigami at n = 2^12: within 0.02 of the closed forms", () => {
    // Saltelli et al., The Primer (2008): S1 = 0.3139, 0.4424, 0; ST = 0.5576, 0.4424, 0.2437.
    const s = em.sobolAnalyze(ishigami(em.saltelliSample(4096, 3)), 3);
    const near = (got, want) => got.forEach((g, j) => assert.ok(Math.abs(g - want[j]) < 0.02, `${g} vs ${want[j]}`));
    near(s.s1, [0.3139, 0.4424, 0]);
    near(s.st, [0.5576, 0.4424, 0.2437]);
    assert.deepEqual(Object.keys(s), ["s1", "s1Conf", "st", "stConf"]);
    assert.ok(s.s1Conf.every((c) => c > 0 && c < 0.1));
  });

  test("an array of numbers is read as a Float64Array; the seed decides the intervals only", () => {
    const y = ishigami(em.saltelliSample(256, 3));
    const a = em.sobolAnalyze(y, 3, { seed: 3 });
    assert.deepEqual(em.sobolAnalyze([...y], 3, { seed: 3 }), a);
    const b = em.sobolAnalyze(y, 3, { seed: 4, resamples: 50, confLevel: 0.9 });
    assert.deepEqual(b.s1, a.s1);
    assert.notDeepEqual(b.s1Conf, a.s1Conf);
  });

  test("bad outputs name the field", () => {
    throwsEgov(() => em.sobolAnalyze(new Float64Array(9), 2), { kind: "invalid_field", mentions: ["d + 2 = 4"] });
    const y = ishigami(em.saltelliSample(8, 3));
    y[3] = NaN;
    throwsEgov(() => em.sobolAnalyze(y, 3), { kind: "invalid_field", mentions: ["y[3]"] });
    throwsEgov(() => em.sobolAnalyze(ishigami(em.saltelliSample(8, 3)), 3, { confLevel: 1 }), { kind: "invalid_field", mentions: ["conf_level"] });
    assert.throws(() => em.sobolAnalyze("1,2,3", 1), TypeError);
    assert.throws(() => em.sobolAnalyze([1, "x", 3], 1), TypeError);
  });
});

describe("sensitivityBarsSvg", () => {
  const s = { s1: [0.2, 0.6, -0.02], s1Conf: [0.02, 0.03, 0.03], st: [0.25, 0.7, NaN], stConf: [0.02, 0.04, 0.01] };
  const tooltips = (svg) => [...svg.matchAll(/<g class="input"><title>([^<]*)<\/title>/g)].map((m) => m[1]);

  test("the core's chart: bars by total index, names escaped, Indonesian by default", () => {
    const svg = em.sensitivityBarsSvg(s, ["<b>w</b> & co", "layanan"]);
    assert.ok(svg.startsWith("<svg") && svg.includes('width="640.00"'));
    assert.ok(!svg.includes("<b>") && svg.includes("&lt;b&gt;w&lt;/b&gt; &amp; co"));
    for (const word of ["Indeks sensitivitas Sobol", "Orde pertama (S1)", "Total (ST)"]) assert.ok(svg.includes(word), word);
    assert.deepEqual(tooltips(svg), [
      "layanan: S1 0.60 ± 0.03; ST 0.70 ± 0.04",
      "&lt;b&gt;w&lt;/b&gt; &amp; co: S1 0.20 ± 0.02; ST 0.25 ± 0.02",
      "x3: S1 -0.02 ± 0.03; ST –",
    ]);
    assert.equal(svg, em.sensitivityBarsSvg(s, ["<b>w</b> & co", "layanan"], undefined));
  });

  test("options; sobolAnalyze's result and Float64Arrays as they are", () => {
    const en = em.sensitivityBarsSvg(s, null, { lang: "en", width: 1000, sortByTotal: false });
    for (const word of ["Sobol sensitivity indices", "First order (S1)", "Total (ST)"]) assert.ok(en.includes(word), word);
    assert.ok(!en.includes("Orde") && en.includes('width="1000.00"'));
    assert.deepEqual(tooltips(en).map((t) => t.split(":")[0]), ["x1", "x2", "x3"]);
    const analysed = em.sobolAnalyze(ishigami(em.saltelliSample(64, 3)), 3);
    const typed = Object.fromEntries(Object.entries(analysed).map(([k, v]) => [k, Float64Array.from(v)]));
    assert.equal(em.sensitivityBarsSvg(typed, ["a", "b", "c"]), em.sensitivityBarsSvg(analysed, ["a", "b", "c"]));
    assert.equal(tooltips(em.sensitivityBarsSvg({ s1: [], s1Conf: [], st: [], stConf: [] })).length, 0);
  });

  test("bad arguments: TypeError, or the core's error for a language", () => {
    assert.throws(() => em.sensitivityBarsSvg(undefined), TypeError);
    assert.throws(() => em.sensitivityBarsSvg(5), TypeError);
    assert.throws(() => em.sensitivityBarsSvg({ s1: [1] }), TypeError);
    assert.throws(() => em.sensitivityBarsSvg({ ...s, st: ["x"] }), TypeError);
    assert.throws(() => em.sensitivityBarsSvg(s, "abc"), TypeError);
    assert.throws(() => em.sensitivityBarsSvg(s, [1]), TypeError);
    assert.throws(() => em.sensitivityBarsSvg(s, null, { width: "wide" }), TypeError);
    assert.throws(() => em.sensitivityBarsSvg(s, null, { sortByTotal: 1 }), TypeError);
    assert.throws(() => em.sensitivityBarsSvg(s, null, { lang: 5 }), TypeError);
    throwsEgov(() => em.sensitivityBarsSvg(s, null, { lang: "fr" }), { kind: "invalid_option", mentions: ["fr"] });
    // Anything else: a chart, a TypeError or an EgovError, never a trap.
    const odd = [undefined, null, NaN, -1, 1e308, Infinity, "", "<script>", [], [NaN], [Infinity, -Infinity], {}, true,
      Symbol("s"), 10n, () => 1, new Float64Array(3), Object.create(null), { lang: {}, width: NaN, sortByTotal: null }];
    for (const v of odd) {
      for (const call of [
        () => em.sensitivityBarsSvg(v, v, v),
        () => em.sensitivityBarsSvg({ s1: v, s1Conf: v, st: v, stConf: v }),
        () => em.sensitivityBarsSvg(s, [v]),
        () => em.sensitivityBarsSvg(s, null, { lang: v, width: v, sortByTotal: v }),
      ]) {
        try {
          assert.ok(call().startsWith("<svg"));
        } catch (err) {
          assert.ok(err instanceof em.EgovError || err instanceof TypeError, `${err?.constructor?.name}: ${err?.message}`);
        }
      }
    }
  });
});
