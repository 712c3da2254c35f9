// tests/vectors/architecture.json through the JS API, with the expectations
// of core/tests/architecture_vectors.rs and
// bindings-python/tests/test_vectors_architecture.py. Expected values are the
// vector's hand-computed ones (`working` shows how).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { em, vector, throwsEgov, throwsClass } from "./_helpers.mjs";

const V = vector("architecture.json");
const EXP = V.analyses.expected;
const model = (doc) => em.ArchitectureModel.fromJson(JSON.stringify(doc));
const catalog = () => model(V.analyses.catalog);

describe("analyses", () => {
  test("the catalog round-trips through its JSON", () => {
    // analyses.catalog: 4 agencies, 8 elements, 10 relations in document order.
    const doc = V.analyses.catalog;
    const m = catalog();
    const back = JSON.parse(m.toJson());
    assert.equal(back.id, "vectors-small");
    assert.deepEqual(back.agencies.map((a) => a.id), doc.agencies.map((a) => a.id));
    assert.deepEqual(back.elements.map((e) => e.id), doc.elements.map((e) => e.id));
    assert.equal(back.relations.length, 10);
    assert.deepEqual(back.relations.map((r) => [r.from, r.type, r.to]), doc.relations.map((r) => [r.from, r.type, r.to]));
    assert.equal(em.ArchitectureModel.fromJson(m.toJson()).toJson(), m.toJson());
  });

  test("coverage counts", () => {
    const c = catalog().coverage();
    const exp = EXP.coverage; // analyses.expected.coverage
    assert.deepEqual(Object.keys(c).sort(), ["agencies", "counts", "domains"]);
    assert.deepEqual(c.agencies, exp.agencies);
    assert.deepEqual(c.domains, exp.domains);
    assert.deepEqual(c.counts, exp.counts);
    assert.equal(c.counts.length, c.agencies.length);
    for (const row of c.counts) assert.equal(row.length, c.domains.length);
  });

  for (const domain of Object.keys(EXP.coverage.gaps).sort()) {
    test(`coverage gaps in ${domain}`, () => {
      // A gap is an agency with no element in the domain (hand: zero cells).
      const c = catalog().coverage();
      const j = c.domains.indexOf(domain);
      assert.ok(j >= 0);
      const gaps = c.agencies.filter((_, i) => c.counts[i][j] === 0);
      assert.deepEqual(gaps, EXP.coverage.gaps[domain]);
    });
  }

  test("duplicate groups", () => {
    const got = catalog().duplicates();
    assert.deepEqual(got, EXP.duplicates); // analyses.expected.duplicates
    for (const g of got) assert.deepEqual(Object.keys(g).sort(), ["agencies", "basis", "elements", "key"]);
  });

  test("impact of one element", () => {
    const exp = EXP.impact; // analyses.expected.impact (failure of `dc`)
    const i = catalog().impactOf(exp.of);
    assert.equal(i.failed, exp.of);
    assert.deepEqual(i.elements.map((e) => e.id), exp.elements);
    for (const [id, path] of Object.entries(exp.paths)) {
      const e = i.elements.find((x) => x.id === id);
      assert.deepEqual(e.path, path, id);
    }
    assert.deepEqual(i.services, exp.services);
    assert.deepEqual(i.agencies, exp.agencies);
  });

  test("impact paths start at the failed element and end at the element", () => {
    // Hand: every explaining path starts from a relation touching `dc`, and
    // each element's domain is the one the catalog gives it.
    const domain = Object.fromEntries(V.analyses.catalog.elements.map((e) => [e.id, e.domain]));
    const i = catalog().impactOf("dc");
    for (const e of i.elements) {
      assert.equal(e.domain, domain[e.id], e.id);
      assert.ok([e.path[0][0], e.path[0][2]].includes("dc"), e.id);
      assert.ok([e.path.at(-1)[0], e.path.at(-1)[2]].includes(e.id), e.id);
      for (const step of e.path) assert.equal(step.length, 3);
    }
  });

  test("impact of an unknown element", () => {
    const err = throwsClass(() => catalog().impactOf("ghost"), em.EgovError);
    assert.ok(err.message.includes("ghost"), err.message);
    assert.equal(err.kind, "invalid_field");
    assert.ok(err instanceof em.InvalidFieldError);
  });

  test("unsupported elements and integration gaps", () => {
    const m = catalog();
    const u = m.unsupported();
    assert.deepEqual(u.map((x) => ({ element: x.element, problem: x.problem })), EXP.unsupported);
    for (const x of u) assert.ok(typeof x.description === "string" && x.description.length > 0);
    assert.deepEqual(m.integrationGaps(), EXP.integration_gaps);
  });

  test("the exports name every element", () => {
    const m = catalog();
    const xml = m.toArchimateXml();
    const dot = m.toDot();
    const svg = m.toHeatmapSvg(undefined);
    assert.match(xml, /^<\?xml/);
    assert.match(dot, /^(strict )?(di)?graph/);
    assert.match(svg, /^<svg/);
    for (const e of V.analyses.catalog.elements) {
      assert.ok(xml.includes(e.id), e.id);
      assert.ok(dot.includes(e.id), e.id);
    }
    for (const a of EXP.coverage.agencies) assert.ok(svg.includes(a), a);
    assert.notEqual(m.toHeatmapSvg({ lang: "en" }), m.toHeatmapSvg({ lang: "id" }));
  });
});

// --------------------------------------------------------------------- errors

describe("errors", () => {
  test("the vector file is complete", () => {
    // architecture_vectors.rs asserts at least 15 error cases.
    assert.ok(V.errors.length >= 15);
  });

  for (const c of V.errors) {
    test(c.name, () => {
      throwsEgov(() => model(c.catalog), c.error, c.name);
    });
  }

  test("a hosting cycle reports its full path", () => {
    const c = V.errors.find((e) => e.name === "hosted-on cycle of three");
    const err = throwsClass(() => model(c.catalog), em.HostingCycleError);
    // architecture_vectors.rs: host → rack → vm → host.
    assert.deepEqual(err.cycle, ["host", "rack", "vm", "host"]);
    assert.ok(err instanceof em.ArchitectureError);
  });

  test("structured fields of catalog errors", () => {
    const cases = Object.fromEntries(V.errors.map((c) => [c.name, c]));
    const owner = throwsClass(() => model(cases["unknown owner"].catalog), em.UnknownAgencyError);
    // vector `unknown owner`: element app is owned by dinas-x.
    assert.equal(owner.agency, "dinas-x");
    assert.ok(owner.referenced_by.includes("app") && owner.referenced_by.includes("owner"));
    const dup = throwsClass(() => model(cases["duplicate agency id"].catalog), em.DuplicateIdError);
    assert.deepEqual([dup.what, dup.id], ["agency", "setda"]);
    const kind = throwsClass(() => model(cases["kind outside the domain"].catalog), em.InvalidOptionError);
    assert.equal(kind.value, "server");
    assert.ok(kind.allowed.includes("khusus") && kind.allowed.includes("umum"));
  });

  test("the base of the error cases is valid", () => {
    // Each error case is the base catalog with one fault; the base itself
    // (the first case without its extra element) must load.
    const base = vector("architecture.json").errors[0].catalog; // a fresh copy
    base.elements.pop();
    assert.ok(model(base) instanceof em.ArchitectureModel);
  });
});
