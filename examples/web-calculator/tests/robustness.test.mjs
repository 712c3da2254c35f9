// Browser test: the "how robust is our position?" line. Its numbers are the
// core's Benchmark.robustness for the page's domain values, asked here of
// the Node package with the page's settings (every regional government,
// ±20 %, 500 samples, seed 0); what this test checks is the page: the
// domain values it sends, the line in both languages, its updating.
// Run from the repository root:  node --test examples/web-calculator/tests/

import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { useBrowser, open, TARGET } from "./_browser.mjs";
import { createRequire } from "node:module";

const em = await import(createRequire(import.meta.url).resolve("../../../bindings-wasm/pkg/node/index.mjs"));

useBrowser();

const bench = em.Benchmark.spbePublished();
const expected = (domains) => bench.robustness(2024, domains, { regional: true, weightNoise: 0.2, samples: 500, seed: 0 });

const setAll = (page, level, extra = {}) =>
  page.evaluate(([l, x]) => {
    const ids = window.calculator.framework().indicatorIds();
    window.calculator.setLevels({ ...Object.fromEntries(ids.map((id) => [id, l])), ...x });
  }, [level, extra]);

const robustness = (page) => page.waitForFunction(() => {
  const n = document.getElementById("robustness");
  return !n.hidden && n.textContent !== "" ? n.textContent : null;
}).then((h) => h.jsonValue());

test("the robustness line: its numbers, a change, both languages", async () => {
  const page = await open();
  await page.selectOption("#framework", "spbe-2020");
  assert.equal(await page.evaluate(() => window.calculator.benchmarkReady), true);
  await setAll(page, 3);
  // All levels 3: every domain is 3.00.
  const r = expected([3, 3, 3, 3]);
  assert.ok(r.p05 <= r.nominalRank && r.nominalRank <= r.p95 && r.p95 <= r.count, JSON.stringify(r));
  assert.equal(await robustness(page),
    `Bila bobot domain bergeser ±20 %: peringkat ${r.p05}–${r.p95} (median ${r.medianRank}) dari ${r.count} pemerintah daerah`);
  // A change of domain 4 only (I42 is in D4): the line follows.
  await setAll(page, 3, { I42: 5 });
  await page.waitForFunction(() => document.getElementById("robustness").dataset.key !== "3,3,3,3");
  const key = await page.evaluate(() => document.getElementById("robustness").dataset.key);
  const values = key.split(",").map(Number);
  assert.deepEqual([values[0], values[1], values[2]], [3, 3, 3]);
  assert.ok(values[3] > 3, key);
  const r2 = expected(values);
  assert.equal(await robustness(page),
    `Bila bobot domain bergeser ±20 %: peringkat ${r2.p05}–${r2.p95} (median ${r2.medianRank}) dari ${r2.count} pemerintah daerah`);
  await page.click("#lang-toggle");
  assert.equal(await robustness(page),
    `If the domain weights move by ±20 %: rank ${r2.p05}–${r2.p95} (median ${r2.medianRank}) of ${r2.count} regional governments`);
  await page.locator(".summary-bar").first().screenshot({ path: path.join(TARGET, "calculator-robustness.png") });
  await page.close();
});
