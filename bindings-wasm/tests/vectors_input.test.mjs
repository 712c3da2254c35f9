// tests/vectors/duplicate_keys.json and tests/vectors/assessment_csv.json
// through the JS API, with the expectations of core/tests/duplicate_keys.rs,
// core/tests/csv_dialects.rs and the Python suite: a repeated JSON key is
// an error in every reader; CSV as spreadsheets write it (separators,
// byte-order marks, Indonesian headers, decimal commas, Windows-1252).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { em, vector } from "./_helpers.mjs";

const READERS = {
  framework: (t) => em.Framework.fromJson(t),
  assessment: (t) => em.Framework.builtin("spbe-2020").score(JSON.parse(t)),
  roadmap: (t) => em.Roadmap.fromJson(t),
  architecture: (t) => em.ArchitectureModel.fromJson(t),
};

describe("duplicate keys", () => {
  const cases = vector("duplicate_keys.json").cases;
  test("the vectors cover every reader", () => {
    assert.deepEqual([...new Set(cases.map((c) => c.reader))].sort(), ["architecture", "assessment", "framework", "roadmap"]);
  });
  for (const c of cases.filter((c) => c.reader !== "assessment")) {
    test(c.name, () => {
      let err;
      assert.throws(() => READERS[c.reader](c.document), (e) => ((err = e), true));
      assert.ok(err instanceof em.DuplicateKeyError, `${c.name}: ${err}`);
      assert.ok(err instanceof em.EgovError);
      const { kind, what, key, path, line, column } = err;
      assert.deepEqual({ kind, what, key, path, line, column }, c.expected);
    });
  }
  test("JS's own JSON.parse keeps the last value (what the library refuses)", () => {
    // An assessment reaches the JS API as an object, where a key cannot
    // repeat: JSON.parse already chose. The text readers above cannot.
    const doc = cases.find((c) => c.reader === "assessment").document;
    assert.equal(JSON.parse(doc).levels.I1, 5);
  });
});

describe("assessment CSV as spreadsheets write it", () => {
  const hex = (h) => Uint8Array.from(h.match(/../g).map((b) => parseInt(b, 16)));
  for (const c of vector("assessment_csv.json").cases) {
    test(c.name, () => {
      const input = c.bytes_hex !== undefined ? hex(c.bytes_hex) : c.text;
      if (c.error) {
        let err;
        assert.throws(() => em.assessmentsFromCsv(input), (e) => ((err = e), true));
        assert.ok(err instanceof em.CsvError, String(err));
        assert.deepEqual([err.kind, err.row, err.column], [c.error.kind, c.error.row, c.error.column]);
        assert.ok(err.detail.includes(c.error.contains), err.detail);
        return;
      }
      const docs = em.assessmentsFromCsv(input);
      assert.deepEqual(docs, c.assessments);
      if (c.text !== undefined) {
        assert.deepEqual(em.assessmentsFromCsv(new TextEncoder().encode(c.text)), docs, "its UTF-8 bytes");
      }
    });
  }
});
