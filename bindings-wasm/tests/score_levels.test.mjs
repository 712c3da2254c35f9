// Framework.scoreLevels, the calculator's fast path, gives the same numbers
// as Framework.score (which the shared vectors pin), with no JSON.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Framework, MissingLevelsError } from "egov-masterplan";

const vectors = JSON.parse(readFileSync(new URL("../../tests/vectors/scoring.json", import.meta.url)));

for (const c of vectors.cases) {
  test(`scoreLevels agrees with score: ${c.name}`, () => {
    const fw = Framework.builtin(c.framework);
    const ids = fw.indicatorIds();
    const levels = Uint8Array.from(ids, (id) => c.assessment.levels[id] ?? 255);
    const options = { predicateBasis: c.options.predicate_basis, missing: c.options.missing };
    const fast = fw.scoreLevels(levels, options);
    const card = fw.score(c.assessment, options);
    assert.equal(fast.indexText, c.expected.index_text);
    assert.equal(fast.exactIndex, c.expected.exact_index);
    assert.equal(fast.predicate, c.expected.predicate);
    assert.equal(fast.index, card.index);
    const groups = fw.groupIds();
    assert.equal(fast.values.length, groups.length);
    groups.forEach((id, k) => {
      const node = card.nodes.find((n) => n.id === id);
      if (node.value === null) assert.ok(Number.isNaN(fast.values[k]), id);
      else assert.equal(fast.values[k], node.value, id);
    });
  });
}

test("scoreLevels checks the length and reports unrated indicators", () => {
  const fw = Framework.builtin("spbe-2020");
  assert.throws(() => fw.scoreLevels(new Uint8Array(3)), TypeError);
  const levels = new Uint8Array(47).fill(3);
  levels[6] = 255;
  assert.throws(() => fw.scoreLevels(levels), MissingLevelsError);
});
