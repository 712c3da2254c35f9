// tests/vectors/roadmap.json through the JS API, with the expectations of
// core/tests/roadmap.rs and bindings-python/tests/test_vectors_roadmap.py.
// Expected values are the vectors' hand-computed ones (each case's
// `working` shows how).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { em, vector, throwsEgov, throwsClass, frac, cmp, camelKeys } from "./_helpers.mjs";

const V = vector("roadmap.json");
const roadmap = (doc) => em.Roadmap.fromJson(JSON.stringify(doc));

/** The first day of the month `months` after the month of `iso`. */
function addMonths(iso, months) {
  const [y, m] = iso.split("-").map(Number);
  const k = m - 1 + months;
  return `${y + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}-01`;
}

/** The last day of the month `months` after the month of `iso`. */
function monthEnd(iso, months) {
  const first = new Date(`${addMonths(iso, months + 1)}T00:00:00Z`);
  first.setUTCDate(0);
  return first.toISOString().slice(0, 10);
}

/** The library's rupiah format: `Rp 1.000` (dot thousands). */
const rupiah = (n) => `Rp ${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".")}`;

/** What the text of an explanation must say, from its structured form. */
function explanationMentions(x) {
  switch (x.kind) {
    case "budget": return [String(x.year), rupiah(x.needed), rupiah(x.available)];
    case "predecessor": return [x.id, ...(x.ready ? [x.ready] : [])];
    case "deadline": return [x.deadline, x.finish];
    case "horizon": return [x.earliest_finish, x.horizon_end];
    default: throw new Error(`unknown explanation ${x.kind}`);
  }
}

// ------------------------------------------------------------------------ cpm

describe("cpm", () => {
  const exp = V.cpm.expected; // cpm.expected (see cpm.working)

  test("critical path method by hand", () => {
    const r = roadmap(V.cpm.roadmap);
    assert.deepEqual(r.criticalPath(), exp.critical_path);
    assert.deepEqual(r.criticalPath(), ["A", "C", "D"]);
    assert.deepEqual(r.phases(), exp.phases);

    // Without a budget the schedule is the CPM's earliest dates.
    const s = r.schedule();
    const doc = s.toObject();
    assert.deepEqual(doc.entries.map((e) => e.id).sort(), Object.keys(exp.times).sort());
    for (const e of doc.entries) {
      const t = exp.times[e.id];
      assert.equal(e.start, t.es, e.id);
      assert.equal(e.earliestStart, t.es, e.id);
      assert.equal(e.finish, t.ef, e.id);
      assert.equal(e.slackMonths, t.float, e.id);
      assert.equal(e.critical, t.critical, e.id);
      assert.equal(e.delayMonths, 0, e.id);
      assert.deepEqual(e.explanations, [], e.id);
      // Hand: latest start/finish are the earliest ones shifted by the float.
      assert.equal(addMonths(t.es, t.float), t.ls, e.id);
      assert.equal(monthEnd(t.ef, t.float), t.lf, e.id);
    }
    assert.deepEqual(s.criticalPath(), ["A", "C", "D"]);
    assert.deepEqual(doc.criticalPath, ["A", "C", "D"]);
    assert.deepEqual(doc.phases, exp.phases);
    assert.deepEqual(doc.unscheduled, []);
    assert.equal(doc.roadmap, V.cpm.roadmap.id);
    assert.deepEqual(doc.horizon, V.cpm.roadmap.horizon);
  });

  test("phase numbers follow the generations", () => {
    // cpm.expected.phases: A in 1; B, C, E in 2; D in 3.
    const entries = roadmap(V.cpm.roadmap).schedule().toObject().entries;
    assert.deepEqual(Object.fromEntries(entries.map((e) => [e.id, e.phase])), { A: 1, B: 2, C: 2, E: 2, D: 3 });
  });

  test("deadlines show as negative float with a structured explanation", () => {
    // roadmap.rs: D must finish by 2020-07-31 but cannot before 2020-08-31.
    const doc = vector("roadmap.json").cpm.roadmap; // a fresh copy to edit
    doc.initiatives[3].deadline = "2020-07-31";
    const d = roadmap(doc).schedule().toObject().entries.find((e) => e.id === "D");
    assert.equal(d.slackMonths, -1);
    assert.deepEqual(d.explanations, [{ kind: "deadline", deadline: "2020-07-31", finish: "2020-08-31" }]);
  });

  test("the dependency graph and diagrams name every initiative", () => {
    const r = roadmap(V.cpm.roadmap);
    const s = r.schedule();
    const dot = r.toDot();
    const mermaid = s.toMermaid();
    const csv = s.toCsv().trim().split("\n");
    assert.match(dot, /^digraph/);
    assert.match(mermaid, /^gantt/);
    assert.equal(csv.length, 1 + 5);
    for (const id of ["A", "B", "C", "D", "E"]) {
      assert.ok(dot.includes(`"${id}" [label=`), id);
      assert.match(mermaid, new RegExp(`[:,] ?${id}, \\d{4}-`), id);
      assert.ok(csv.some((row) => row.startsWith(`${id},`)), id);
    }
    // The highlighted edges of the DOT graph are cpm.expected.critical_edges
    // (the JS API has no criticalEdges(); the graph shows them).
    const highlighted = dot.split("\n").filter((l) => l.includes("->") && l.includes("penwidth=2"))
      .map((l) => [...l.matchAll(/"([^"]+)"/g)].slice(0, 2).map((m) => m[1]));
    assert.deepEqual(highlighted, V.cpm.expected.critical_edges);
    assert.match(s.toGanttSvg(undefined), /^<svg/);
  });

  test("the roadmap JSON round-trips", () => {
    const r = roadmap(V.cpm.roadmap);
    assert.equal(em.Roadmap.fromJson(r.toJson()).toJson(), r.toJson());
    assert.deepEqual(JSON.parse(r.toJson()).initiatives.map((i) => i.id), ["A", "B", "C", "D", "E"]);
  });
});

// --------------------------------------------------------------------- budget

describe("budget", () => {
  const exp = V.budget.expected; // budget.expected (see budget.working)
  const scheduled = () => roadmap(V.budget.roadmap).schedule({ respectBudget: true }).toObject();

  test("the budget defers with explanations", () => {
    const doc = scheduled();
    assert.deepEqual(doc.entries.map((e) => e.id), exp.entries.map((e) => e.id));
    doc.entries.forEach((e, i) => {
      const want = exp.entries[i];
      assert.deepEqual([e.start, e.finish, e.delayMonths], [want.start, want.finish, want.delay_months], e.id);
      assert.deepEqual(e.explanations, want.explanations, e.id);
    });
    assert.deepEqual(doc.unscheduled, camelKeys(exp.unscheduled));
    assert.deepEqual(doc.spend, exp.spend);
  });

  test("the default is to respect the budget (also as respect_budget)", () => {
    const r = roadmap(V.budget.roadmap);
    const want = r.schedule({ respectBudget: true }).toJson();
    assert.equal(r.schedule(undefined).toJson(), want);
    assert.equal(r.schedule({}).toJson(), want);
    assert.equal(r.schedule({ respect_budget: true }).toJson(), want);
    assert.equal(r.schedule({ respect_budget: false }).toJson(), r.schedule({ respectBudget: false }).toJson());
  });

  test("the CSV explains every deferral in words", () => {
    // The text forms carry the structured explanations' figures.
    const csv = roadmap(V.budget.roadmap).schedule(undefined).toCsv();
    const rows = new Map(csv.trim().split("\n").slice(1).map((row) => [row.split(",")[0], row]));
    for (const want of exp.entries) {
      for (const x of want.explanations) {
        for (const m of explanationMentions(x)) assert.ok(rows.get(want.id).includes(m), `${want.id}: ${m}`);
      }
    }
    for (const u of exp.unscheduled) {
      for (const m of explanationMentions(u.reason)) assert.ok(rows.get(u.id).includes(m), `${u.id}: ${m}`);
    }
  });

  test("charges add up to the spend", () => {
    // Hand identities: an entry's charges add up to its cost; a year's spend
    // is the sum of that year's charges and stays within its cap.
    const doc = scheduled();
    const byYear = {};
    for (const e of doc.entries) {
      assert.equal(Object.values(e.charges).reduce((a, b) => a + b, 0), e.cost, e.id);
      for (const [year, amount] of Object.entries(e.charges)) byYear[year] = (byYear[year] ?? 0) + amount;
    }
    for (const y of doc.spend) {
      assert.equal(byYear[y.year] ?? 0, y.spent);
      if (y.cap !== null) assert.ok(y.spent <= y.cap);
    }
    // budget.roadmap: X costs 60 over 2020, Y 150 over 2021 (after deferral).
    const charges = Object.fromEntries(doc.entries.map((e) => [e.id, e.charges]));
    assert.deepEqual(charges.X, { 2020: 60 });
    assert.deepEqual(charges.Y, { 2021: 150 });
  });

  test("ignoring the budget starts Y at once", () => {
    // roadmap.rs: without caps Y starts 2020-07-01 and 2020 spends 60 + 150 = 210.
    const r = roadmap(V.budget.roadmap);
    assert.deepEqual(JSON.parse(r.toJson()).budget, { 2020: 100, 2021: 1000 });
    const free = r.schedule({ respectBudget: false }).toObject();
    const y = free.entries.find((e) => e.id === "Y");
    assert.equal(y.start, "2020-07-01");
    assert.equal(y.delayMonths, 0);
    assert.deepEqual([free.spend[0].year, free.spend[0].spent], [2020, 210]);
  });
});

// ----------------------------------------------------------------- projection

describe("projection", () => {
  const c = V.projection;
  const exp = c.expected; // projection.expected (see projection.working)
  const fw = em.Framework.builtin(c.framework);
  const schedule = () => roadmap(c.roadmap).schedule(undefined);

  /** The first year whose index reaches `target` on the given basis. */
  function firstYear(years, target, basis) {
    const t = frac(target);
    const hit = years.find((y) => cmp(frac(basis === "rounded" ? y.scorecard.indexText : y.scorecard.exactIndex), t) >= 0);
    return hit ? hit.year : null;
  }

  test("projection by hand", () => {
    const years = schedule().project(fw, c.baseline, undefined);
    const got = years.map((y) => ({
      year: y.year, index_text: y.scorecard.indexText, exact_index: y.scorecard.exactIndex, finished: y.finished,
    }));
    assert.deepEqual(got, exp.years);
    assert.equal(years.length, 3);
    assert.equal(years[1].scorecard.period, 2021);
    assert.equal(years[1].scorecard.subject, c.baseline.subject);
    assert.deepEqual(years.map((y) => y.scorecard.index), exp.years.map((y) => Number(y.index_text)));
    for (const y of years) assert.deepEqual(Object.keys(y).sort(), ["finished", "scorecard", "year"]);
  });

  test("the first year reaching 1.2: 2022 exact, 2021 rounded", () => {
    // The hand working: 1.195 < 1.2 exactly but prints 1.20.
    const target = exp.first_year.target;
    const exact = schedule().project(fw, c.baseline, undefined);
    const rounded = schedule().project(fw, c.baseline, { predicateBasis: "rounded" });
    assert.equal(firstYear(exact, target, "exact"), exp.first_year.exact);
    assert.equal(firstYear(rounded, target, "rounded"), exp.first_year.rounded);
    for (const y of rounded) assert.equal(y.scorecard.options.predicateBasis, "rounded");
    // The same exact indices on either basis; only the predicate basis differs.
    assert.deepEqual(rounded.map((y) => y.scorecard.exactIndex), exact.map((y) => y.scorecard.exactIndex));
    assert.equal(firstYear(exact, "2.6", "exact"), null);
  });

  test("a bare level map gives the same indices; the baseline is not changed", () => {
    const baseline = vector("roadmap.json").projection.baseline;
    const before = JSON.stringify(baseline);
    const fromDoc = schedule().project(fw, baseline, undefined);
    const fromLevels = schedule().project(fw, baseline.levels, undefined);
    assert.deepEqual(fromLevels.map((y) => [y.year, y.scorecard.exactIndex]), fromDoc.map((y) => [y.year, y.scorecard.exactIndex]));
    assert.equal(JSON.stringify(baseline), before);
    assert.equal(baseline.levels.I42, 1);
  });

  test("bad raises are rejected with structured errors", () => {
    // roadmap.rs projection_rejects_bad_raises.
    const doc = vector("roadmap.json").projection.roadmap; // a fresh copy to edit
    doc.initiatives[2].raises = { I99: 3 };
    const unknown = throwsEgov(() => roadmap(doc).schedule(undefined).project(fw, c.baseline, undefined),
      { kind: "unknown_indicator", mentions: ["I99"] });
    assert.ok(unknown instanceof em.UnknownIndicatorError && unknown instanceof em.AssessmentError);
    assert.equal(unknown.indicator, "I99");
    assert.equal(unknown.framework, "spbe-2020");
    doc.initiatives[2].raises = { I32: 6 };
    const range = throwsClass(() => roadmap(doc).schedule(undefined).project(fw, c.baseline, undefined), em.LevelOutOfRangeError);
    assertMentions(range, ["P3", "I32"]);
    assert.deepEqual([range.indicator, range.level, range.min, range.max], ["I32", 6, 1, 5]);
  });
});

function assertMentions(err, mentions) {
  for (const m of mentions) assert.ok(err.message.includes(m), `\`${err.message}\` should mention \`${m}\``);
}

// --------------------------------------------------------------------- errors

describe("errors", () => {
  test("the vector file is complete", () => {
    // roadmap.rs asserts at least 16 error cases.
    assert.ok(V.errors.length >= 16);
  });

  for (const c of V.errors) {
    test(c.name, () => {
      throwsEgov(() => roadmap(c.roadmap), c.error, c.name);
    });
  }

  test("a cycle reports its full path", () => {
    const c = V.errors.find((e) => e.name === "three-node cycle");
    const err = throwsClass(() => roadmap(c.roadmap), em.CycleError);
    // roadmap.rs: the cycle is a → b → c → a, first id repeated last.
    assert.deepEqual(err.cycle, ["a", "b", "c", "a"]);
    assert.ok(err instanceof em.RoadmapError);
  });

  test("structured fields of roadmap errors", () => {
    const cases = Object.fromEntries(V.errors.map((c) => [c.name, c]));
    const dep = throwsClass(() => roadmap(cases["unknown dependency"].roadmap), em.UnknownDependencyError);
    // vector `unknown dependency`: b depends on zz.
    assert.deepEqual([dep.initiative, dep.dependency], ["b", "zz"]);
    const budget = throwsClass(() => roadmap(cases["budget key not a year"].roadmap), em.BudgetError);
    assert.equal(budget.year, "tahun-1");
    const area = throwsClass(() => roadmap(cases["unknown area"].roadmap), em.InvalidOptionError);
    assert.equal(area.value, "hukum");
    assert.ok(Array.isArray(area.allowed));
    assert.ok(area.allowed.includes("tata-kelola") && area.allowed.includes("audit-tik"));
    const dup = throwsClass(() => roadmap(cases["the same predecessor twice"].roadmap), em.DuplicateIdError);
    assert.deepEqual([dup.id, dup.what], ["a", "dependency of `b`"]);
    const json = throwsClass(() => roadmap(cases["misspelt field"].roadmap), em.JsonError);
    assert.equal(json.what, "roadmap");
    assert.ok(Number.isInteger(json.line) && Number.isInteger(json.column));
  });
});
