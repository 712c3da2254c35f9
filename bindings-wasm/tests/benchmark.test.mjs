// The Benchmark class: the published SPBE results 2023–2024 and the
// questions asked of them, checked against counts made here from
// core/data/spbe-results-2023-2024.csv (not asked of the library); each
// object result is its `…Json` text (the core's canonical JSON) parsed with
// camelCase keys; the benchmark module (`egov-masterplan/benchmark`) gives
// the same bytes as the full one.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { em, REPO, camelKeys, throwsEgov } from "./_helpers.mjs";

const CSV = readFileSync(`${REPO}core/data/spbe-results-2023-2024.csv`, "utf8");

/** The CSV's records (a field is quoted only when it holds a comma). */
function records(text) {
  const lines = text.trim().split("\n");
  const split = (line) => [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) =>
    m[1].startsWith('"') ? m[1].slice(1, -1).replaceAll('""', '"') : m[1]);
  const header = split(lines[0]);
  return lines.slice(1).map((line) => Object.fromEntries(split(line).map((v, i) => [header[i], v])));
}
const ROWS = records(CSV);
const REGIONAL = new Set(["provinsi", "kabupaten", "kota"]);
const LOCAL = new Set(["kabupaten", "kota"]);
const cents = (text) => {
  const [whole, frac = ""] = text.split(".");
  return Number(whole) * 100 + Number(frac.padEnd(2, "0"));
};
/** Rank (1 + higher), count and below of `value` among the rows `keep` chooses, counted plainly. */
function counted(year, value, keep) {
  const v = cents(value);
  const cohort = ROWS.filter((r) => Number(r.year) === year && r.index !== "" && keep(r)).map((r) => cents(r.index));
  return { rank: 1 + cohort.filter((x) => x > v).length, count: cohort.length, below: cohort.filter((x) => x < v).length };
}

const bench = em.Benchmark.spbePublished();
const BOLMONG = "Pemerintah Kab. Bolaang Mongondow";

describe("Benchmark", () => {
  test("spbePublished: every published row, the years, the framework; toCsv gives the file's bytes", () => {
    assert.deepEqual(bench.years(), [2023, 2024]);
    assert.equal(bench.frameworkId, "spbe-2020");
    assert.equal(bench.rows(undefined).length, ROWS.length);
    assert.equal(bench.rows(2024).length, ROWS.filter((r) => r.year === "2024").length);
    assert.deepEqual(bench.rows(2030), []);
    assert.equal(bench.toCsv(), CSV);
    // Every row as printed: the same values as the file, blanks as null.
    const num = (s) => (s === "" ? null : Number(s));
    bench.rows(undefined).forEach((row, i) => {
      const r = ROWS[i];
      assert.deepEqual(
        [row.year, row.reportTable, row.row, row.institution, row.kind, row.province, row.d1, row.d2, row.d3, row.d4, row.index, row.predicate],
        [Number(r.year), Number(r.report_table), Number(r.row), r.institution, r.kind, r.province || null,
          num(r.d1), num(r.d2), num(r.d3), num(r.d4), num(r.index), r.predicate],
        `row ${i + 2}`,
      );
    });
  });

  test("fromCsv reads what toCsv writes; the framework by id or as a Framework", () => {
    const fw = em.Framework.builtin("spbe-2020");
    for (const framework of [undefined, null, "spbe-2020", fw]) {
      const b = em.Benchmark.fromCsv(bench.toCsv(), framework);
      assert.equal(b.toCsv(), CSV);
      assert.equal(b.positionJson(2024, "3.00", { regional: true }), bench.positionJson(2024, "3.00", { regional: true }));
    }
    const header = CSV.slice(0, CSV.indexOf("\n") + 1);
    const small = em.Benchmark.fromCsv(`${header}2025,1,1,Pemerintah Kota Contoh,kota,Jawa Barat,,,,,3.10,Baik\n`, undefined);
    assert.deepEqual(small.years(), [2025]);
    assert.equal(small.lookup("Kota Contoh", 2025).index, 3.1);
    // A bad cell names its row and column; an unknown framework is the core's error.
    throwsEgov(() => em.Benchmark.fromCsv(`${header}2025,1,1,X,desa,,,,,,3.10,Baik\n`, undefined),
      { kind: "csv", mentions: ["desa"] });
    throwsEgov(() => em.Benchmark.fromCsv(header, "spbe-2030"), { kind: "unknown_framework", mentions: ["spbe-2030"] });
    assert.throws(() => em.Benchmark.fromCsv(CSV, 42), TypeError);
    assert.throws(() => em.Benchmark.fromCsv(42, undefined), TypeError);
  });

  test("lookup: forgiving names; unknown and ambiguous ones list candidates", () => {
    for (const name of ["Kabupaten Bolaang Mongondow", "kab bolaang  mongondow", BOLMONG, "Bolaang Mongondow"]) {
      const row = bench.lookup(name, 2024);
      assert.equal(row.institution, BOLMONG, name);
    }
    const row = bench.lookup("Kab. Bolaang Mongondow", 2024);
    assert.deepEqual([row.index, row.d3, row.predicate, row.predicateId, row.province], [2.73, 1, "Baik", "baik", "Sulawesi Utara"]);
    assert.deepEqual(row, camelKeys(JSON.parse(bench.lookupJson("Kab. Bolaang Mongondow", 2024))));
    const unknown = throwsEgov(() => bench.lookup("Kab. Bolang Mongondow", 2024), { kind: "unknown_institution", mentions: ["Bolang"] });
    assert.equal(unknown.candidates[0], BOLMONG);
    assert.equal(unknown.year, 2024);
    const ambiguous = throwsEgov(() => bench.lookup("Bandung", 2024), { kind: "unknown_institution", mentions: ["Bandung"] });
    assert.deepEqual(ambiguous.candidates, ["Pemerintah Kab. Bandung (Jawa Barat)", "Pemerintah Kota Bandung (Jawa Barat)"]);
    assert.throws(() => bench.lookup("Bandung", 2024.5), TypeError);
  });

  test("position of an index value: among regional governments, a province, a kind — as counted", () => {
    const cases = [
      [2024, "3.00", { regional: true }, (r) => REGIONAL.has(r.kind)],
      [2024, "3.00", { province: "Sulawesi Utara" }, (r) => r.province === "Sulawesi Utara"],
      [2023, "2.51", { kind: "kota" }, (r) => r.kind === "kota"],
      [2024, "4.50", { kind: "kabupaten", province: "Jawa Timur" }, (r) => r.kind === "kabupaten" && r.province === "Jawa Timur"],
      [2024, "1.00", undefined, () => true],
      [2024, "0.00", {}, () => true],
    ];
    for (const [year, value, options, keep] of cases) {
      const p = bench.position(year, value, options);
      const c = counted(year, value, keep);
      const what = `${year} ${value} ${JSON.stringify(options)}`;
      assert.deepEqual([p.rank, p.count, p.below], [c.rank, c.count, c.below], what);
      assert.equal(p.percentile, (c.below * 100) / c.count, what);
      assert.deepEqual([p.year, p.index, p.institution], [year, Number(value), null], what);
      assert.deepEqual(p, JSON.parse(bench.positionJson(year, value, options)), what);
    }
    const p = bench.position(2024, "3.00", { regional: true });
    assert.deepEqual([p.rank, p.count, p.below, p.cohort], [271, 523, 250, "regional governments"]);
    assert.deepEqual(p.quartiles, { median: 3.04, q1: 2.555, q3: 3.66 });
    // A number, text with spaces, a name: the same rule as the core's Subject::parse.
    assert.equal(bench.positionJson(2024, 3, { regional: true }), bench.positionJson(2024, " 3.00", { regional: true }));
    assert.equal(bench.positionJson(2024, 3.1, undefined), bench.positionJson(2024, "3.10", undefined));
    const named = bench.position(2024, "Kab. Bolaang Mongondow", { province: "Sulawesi Utara" });
    assert.deepEqual([named.institution, named.index, named.rank, named.count, named.below], [BOLMONG, 2.73, 9, 16, 7]);
    assert.equal(named.cohort, "regional governments in Sulawesi Utara");
  });

  test("position: bad subjects, cohorts and years", () => {
    throwsEgov(() => bench.position(2024, "3,10", undefined), { kind: "invalid_field", mentions: ["3,10"] });
    throwsEgov(() => bench.position(2024, -1, undefined), { kind: "invalid_field", mentions: ["-1"] });
    throwsEgov(() => bench.position(2024, NaN, undefined), { kind: "invalid_field", mentions: ["NaN"] });
    throwsEgov(() => bench.position(2024, "Kab. Atlantis", undefined), { kind: "unknown_institution", mentions: ["Atlantis"] });
    const empty = throwsEgov(() => bench.position(2024, 3, { province: "Atlantis" }), { kind: "empty_cohort", mentions: ["Atlantis"] });
    assert.deepEqual([empty.year, empty.cohort], [2024, "regional governments in Atlantis"]);
    throwsEgov(() => bench.position(2030, 3, undefined), { kind: "empty_cohort", mentions: ["2030"] });
    const kind = throwsEgov(() => bench.position(2024, 3, { kind: "desa" }), { kind: "invalid_option", mentions: ["desa"] });
    assert.deepEqual(kind.allowed, ["kementerian", "lembaga", "provinsi", "kabupaten", "kota"]);
    for (const options of [{ kind: 5 }, { province: ["x"] }, { regional: "yes" }, 5, "x"]) {
      assert.throws(() => bench.position(2024, 3, options), TypeError, JSON.stringify(options));
    }
    for (const year of [2024.5, NaN, Infinity, 2 ** 40]) assert.throws(() => bench.position(year, 3, undefined), TypeError, String(year));
    for (const subject of [null, undefined, {}, true]) assert.throws(() => bench.position(2024, subject, undefined), TypeError);
  });

  test("local: only kabupaten and kota (in a province, or everywhere), as counted", () => {
    // The 15 kabupaten and kota of Sulawesi Utara in 2024 (the province's
    // own 3.01 left out); above Bolaang Mongondow's 2.73: Manado 3.93,
    // Minahasa Utara 3.37, Bitung 3.31, Tomohon 3.03, Minahasa Tenggara
    // 3.02, Kotamobagu 2.93, Bolaang Mongondow Timur 2.88.
    const local = { province: "Sulawesi Utara", local: true };
    const p = bench.position(2024, "Kab. Bolaang Mongondow", local);
    assert.deepEqual([p.institution, p.index, p.rank, p.count, p.below], [BOLMONG, 2.73, 8, 15, 7]);
    assert.deepEqual(counted(2024, "2.73", (r) => r.province === "Sulawesi Utara" && LOCAL.has(r.kind)),
      { rank: 8, count: 15, below: 7 });
    assert.equal(p.cohort, "regencies and cities in Sulawesi Utara");
    assert.deepEqual(p, JSON.parse(bench.positionJson(2024, "Kab. Bolaang Mongondow", local)));
    // Everywhere: the 523 regional governments of 2024 less the 38 provinces.
    const all = bench.position(2024, "3.00", { local: true });
    assert.equal(all.count, 485);
    assert.equal(all.count, ROWS.filter((r) => r.year === "2024" && r.index !== "" && LOCAL.has(r.kind)).length);
    assert.equal(all.cohort, "regencies and cities");
    // It implies regional; with `regional` too it is the same cohort; false and null are absent.
    assert.equal(bench.positionJson(2024, 3, { local: true, regional: true }), bench.positionJson(2024, 3, { local: true }));
    assert.equal(bench.positionJson(2024, 3, { regional: true, local: false }), bench.positionJson(2024, 3, { regional: true }));
    assert.equal(bench.positionJson(2024, 3, { local: null }), bench.positionJson(2024, 3, undefined));
    // With a kind: that kind's own; movers and distribution read it too.
    assert.equal(bench.position(2024, 3, { kind: "kota", local: true }).count,
      ROWS.filter((r) => r.year === "2024" && r.index !== "" && r.kind === "kota").length);
    throwsEgov(() => bench.position(2024, 3, { kind: "provinsi", local: true }), { kind: "empty_cohort", mentions: ["2024"] });
    assert.equal(bench.distribution(2024, local).count, 15);
    const moves = bench.movers(2023, 2024, local);
    assert.ok(moves.length > 0 && moves.every((m) => LOCAL.has(m.kind) && m.province === "Sulawesi Utara"));
    assert.equal(moves.length, bench.movers(2023, 2024, { province: "Sulawesi Utara" }).filter((m) => m.kind !== "provinsi").length);
    // Not a boolean: a TypeError naming the option, as for `regional`.
    for (const value of ["yes", 1, {}, []]) {
      assert.throws(() => bench.position(2024, 3, { local: value }), (e) => e instanceof TypeError && e.message.includes("options.local"),
        JSON.stringify(value));
    }
  });

  test("peers: the province's institutions of the kind ranked, the nearest of the kind (default 5)", () => {
    const p = bench.peers("Kab. Bolaang Mongondow", 2024, undefined);
    assert.deepEqual(p, camelKeys(JSON.parse(bench.peersJson("Kab. Bolaang Mongondow", 2024, undefined))));
    assert.deepEqual([p.year, p.institution, p.kind, p.province], [2024, BOLMONG, "kabupaten", "Sulawesi Utara"]);
    const kabSulut = ROWS.filter((r) => r.year === "2024" && r.kind === "kabupaten" && r.province === "Sulawesi Utara");
    assert.equal(p.table.length, kabSulut.length);
    const me = p.table.find((r) => r.subject);
    assert.deepEqual([me.institution, me.rank, me.index, me.predicateId], [BOLMONG, 4, 2.73, "baik"]);
    assert.equal(p.nearest.length, 5);
    assert.ok(p.nearest.every((r) => !r.subject));
    assert.equal(bench.peers("Kab. Bolaang Mongondow", 2024, 2).nearest.length, 2);
    assert.equal(bench.peers("Kab. Bolaang Mongondow", 2024, 0).nearest.length, 0);
    for (const n of [-1, 1.5, NaN]) assert.throws(() => bench.peers("Kab. Bolaang Mongondow", 2024, n), TypeError, String(n));
  });

  test("movers: institutions in both years, the biggest rise first", () => {
    const moves = bench.movers(2023, 2024, { province: "Sulawesi Utara" });
    assert.equal(JSON.stringify(moves), JSON.stringify(camelKeys(JSON.parse(bench.moversJson(2023, 2024, { province: "Sulawesi Utara" })))));
    const last = moves.at(-1);
    assert.deepEqual([last.institution, last.indexFrom, last.indexTo, last.change, last.predicateFrom, last.predicateTo],
      [BOLMONG, 3.52, 2.73, -0.79, "sangat-baik", "baik"]);
    assert.deepEqual(last.domainChanges, [-1.3, -1, -1.73, -0.2]);
    for (let i = 1; i < moves.length; i++) assert.ok(moves[i - 1].change >= moves[i].change);
    assert.equal(bench.movers(2023, 2024, undefined).length, 585);
    assert.deepEqual(bench.movers(2024, 2024, { province: "Atlantis" }), []);
  });

  test("distribution: predicate counts and quartiles of a cohort", () => {
    const d = bench.distribution(2024, { regional: true });
    assert.deepEqual(d, JSON.parse(bench.distributionJson(2024, { regional: true })));
    assert.equal(d.count, ROWS.filter((r) => r.year === "2024" && REGIONAL.has(r.kind)).length);
    assert.deepEqual(d.predicates.map((p) => [p.id, p.count]),
      [["memuaskan", 29], ["sangat-baik", 138], ["baik", 215], ["cukup", 123], ["kurang", 18]]);
    for (const p of d.predicates) {
      assert.equal(p.count, ROWS.filter((r) => r.year === "2024" && REGIONAL.has(r.kind) && r.predicate === p.label).length, p.id);
    }
    assert.deepEqual(d.index, bench.position(2024, 3, { regional: true }).quartiles);
    assert.equal(d.domains.length, 4);
    throwsEgov(() => bench.distribution(2024, { province: "Atlantis" }), { kind: "empty_cohort", mentions: ["Atlantis"] });
  });

  test("the benchmark module (egov-masterplan/benchmark) gives the full module's bytes", async () => {
    const entry = await import("egov-masterplan/benchmark");
    const dir = dirname(createRequire(import.meta.url).resolve("egov-masterplan/package.json"));
    await entry.default(readFileSync(join(dir, "benchmark", "egov_masterplan_wasm_bg.wasm")));
    const b = entry.Benchmark.spbePublished();
    assert.equal(b.toCsv(), bench.toCsv());
    for (const [year, subject, options] of [[2024, "3.00", { regional: true }], [2024, "Kab. Bolaang Mongondow", { province: "Sulawesi Utara" }]]) {
      assert.equal(b.positionJson(year, subject, options), bench.positionJson(year, subject, options));
    }
    assert.equal(b.distributionJson(2024, undefined), bench.distributionJson(2024, undefined));
    assert.equal(b.moversJson(2023, 2024, undefined), bench.moversJson(2023, 2024, undefined));
    assert.equal(b.peersJson("Kota Bandung", 2024, 3), bench.peersJson("Kota Bandung", 2024, 3));
    // Its errors are the package's classes.
    assert.throws(() => b.lookup("Bandung", 2024), (e) => e instanceof entry.UnknownInstitutionError && e.candidates.length === 2);
    assert.equal(entry.version(), em.version());
    // The local cohort is there; the charts are not (feature benchmark-charts).
    assert.equal(b.positionJson(2024, 3, { local: true }), bench.positionJson(2024, 3, { local: true }));
    for (const chart of ["distributionSvg", "rankingSvg", "slopeSvg"]) {
      assert.equal(typeof b[chart], "undefined", chart);
      assert.equal(typeof bench[chart], "function", chart);
    }
  });
});

describe("Benchmark.robustness", () => {
  test("a self-assessment's rank interval among the kabupaten", () => {
    // Bolaang Mongondow's own published 2024 domains (2.30, 2.20, 1.00,
    // 3.76) as a new subject: without noise its rank is the institution's
    // recombined one, 235 among 392 kabupaten (core robustness.rs), in a
    // cohort of 393 with it.
    const domains = [2.3, 2.2, 1.0, 3.76];
    const still = bench.robustness(2024, domains, { kind: "kabupaten", weightNoise: 0, samples: 5 });
    assert.deepEqual(still, { count: 393, nominalRank: 235, medianRank: 235, p05: 235, p95: 235, meanShift: 0 });
    const noisy = bench.robustness(2024, new Float64Array(domains), { kind: "kabupaten", samples: 300, seed: 4 });
    assert.ok(noisy.p05 < 235 && 235 < noisy.p95, JSON.stringify(noisy));
    assert.equal(bench.robustnessJson(2024, domains, { kind: "kabupaten", samples: 300, seed: 4 }),
      JSON.stringify({ count: 393, nominal_rank: noisy.nominalRank, median_rank: noisy.medianRank,
        p05: noisy.p05, p95: noisy.p95, mean_shift: noisy.meanShift }));
  });

  test("bad arguments name what is wrong", () => {
    assert.throws(() => bench.robustness(2024, [1, 2, 3], undefined), /expected one per domain \(4\)/);
    assert.throws(() => bench.robustness(2024, [1, 2, 3, 4], { weightNoice: 0.1 }), /options\.weightNoice: unknown option/);
    assert.throws(() => bench.robustness(2024, [1, 2, 3, 4], { samples: 1.5 }), /options\.samples/);
    assert.throws(() => bench.robustness(2024, [1, 2, 3, 4], { weightNoise: 1 }), /weight_noise/);
  });
});
