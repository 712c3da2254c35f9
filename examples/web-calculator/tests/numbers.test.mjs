// Browser tests: the calculator shows the shared scoring vectors' numbers
// (the regulation's worked example entered through the level selects, every
// other vector through the page's hook), and the gap list.
// Run from the repository root:  node --test examples/web-calculator/tests/

import { test } from "node:test";
import assert from "node:assert/strict";
import { useBrowser, VECTORS, FRAMEWORK_DOCS, open, textOf, checkDisplayed, uiBasis, uiMissing } from "./_browser.mjs";

useBrowser();

test("(1) the worked example, entered through the level selects, shows the regulation's numbers", async () => {
  const vector = VECTORS.find((v) => v.name === "regulation-worked-example");
  const page = await open();
  await page.selectOption("#framework", vector.framework);
  await page.selectOption("#basis", uiBasis(vector));
  await page.selectOption("#missing", uiMissing(vector));
  await page.fill("#subject", "Kabupaten Contoh");
  for (const [id, level] of Object.entries(vector.assessment.levels)) {
    await page.selectOption(`#level-${id}`, String(level));
  }
  await checkDisplayed(page, vector);
  assert.equal(await textOf(page, "index"), "3.28");
  assert.equal(await textOf(page, "value-D4"), "3.20");
  // The level picker shows each level's name and short criterion (both
  // ladders of SPBE: process for I1, service for I42).
  const ladders = FRAMEWORK_DOCS["spbe-2020"].ladders;
  const options = async (id) => page.locator(`#level-${id} option`).allTextContents();
  const i1 = await options("I1");
  const i42 = await options("I42");
  assert.equal(i1.length, 6);
  assert.equal(i1[3], `3 · ${ladders.process[2].name.id} — ${ladders.process[2].criterion.id}`);
  assert.equal(i42[4], `4 · ${ladders.service[3].name.id} — ${ladders.service[3].criterion.id}`);
  // The radar chart and the gap to the default target are drawn.
  assert.equal(await page.locator("#radar svg").count(), 1);
  assert.match(await page.locator("#radar svg title").textContent(), /Kabupaten Contoh — \d{4}: Indeks 3\.28 \(Baik\)/);
  await page.selectOption("#target", "sangat-baik");
  assert.match(await textOf(page, "gap-summary"), /\d+ langkah/);
  const steps = await page.locator("#gap-steps li").count();
  assert.ok(steps > 0);
  await page.selectOption("#target", "baik");
  assert.equal(await page.locator("#gap-steps li").count(), 0);
  assert.match(await textOf(page, "gap-summary"), /sudah tercapai/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("(1) every other scoring vector, set through the hook, shows the expected values", async () => {
  const page = await open();
  for (const vector of VECTORS) {
    await page.evaluate(
      ({ framework, basis, missing }) => window.calculator.set({ framework, basis, missing }),
      { framework: vector.framework, basis: uiBasis(vector), missing: uiMissing(vector) },
    );
    await page.evaluate((levels) => window.calculator.setLevels(levels), vector.assessment.levels);
    await checkDisplayed(page, vector);
  }
  // English names too (one case).
  const vector = VECTORS.find((v) => v.name === "boundary-2024-rounded-basis");
  await page.evaluate(() => window.calculator.set({ lang: "en" }));
  await page.evaluate(
    ({ framework, basis, missing }) => window.calculator.set({ framework, basis, missing }),
    { framework: vector.framework, basis: uiBasis(vector), missing: uiMissing(vector) },
  );
  await page.evaluate((levels) => window.calculator.setLevels(levels), vector.assessment.levels);
  await checkDisplayed(page, vector, "en");
  // A long plan shows its first 20 steps and a button for the rest.
  await page.evaluate(() => window.calculator.set({ framework: "spbe-2020", missing: "lowest", target: "memuaskan" }));
  await page.evaluate(() => window.calculator.setLevels({}));
  const steps = await page.locator("#gap-steps li").count();
  assert.ok(steps > 90, `steps: ${steps}`);
  assert.equal(await page.locator("#gap-steps li:visible").count(), 20);
  assert.equal(await page.locator("#gap-more").textContent(), `Show all ${steps} steps`);
  await page.click("#gap-more");
  assert.equal(await page.locator("#gap-steps li:visible").count(), steps);
  assert.equal(await page.getAttribute("#gap-more", "aria-expanded"), "true");
  await page.click("#gap-more");
  assert.equal(await page.locator("#gap-steps li:visible").count(), 20);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("(1) the radar moved in place equals the chart drawn afresh", async () => {
  // The live path only moves the drawn chart (RadarLayout.shape); after any
  // run of changes its markup must equal radarSvg's for the same state.
  const vector = VECTORS.find((v) => v.name === "regulation-worked-example");
  const page = await open();
  await page.selectOption("#framework", "spbe-2020");
  await page.fill("#subject", "Diskominfo <Bolmong> & \"Kota\"");
  await page.evaluate((levels) => window.calculator.setLevels(levels), vector.assessment.levels);
  const compare = (levelSets) =>
    page.evaluate((sets) => {
      const radar = document.getElementById("radar");
      const moved = [];
      for (const levels of sets) {
        window.calculator.update(levels, { gap: false });
        moved.push(radar.innerHTML);
        window.calculator.redrawRadar();
        moved.push(radar.innerHTML);
      }
      return moved;
    }, levelSets);
  const base = vector.assessment.levels;
  const sets = [
    { ...base, I1: 5 },
    { ...base, I1: 1, I12: 5, I47: 5 },
    Object.fromEntries(Object.keys(base).map((id) => [id, 5])),
    Object.fromEntries(Object.keys(base).map((id) => [id, 1])),
    base,
  ];
  for (const settings of [{}, { tier: "aspect", lang: "en" }, { tier: "domain", target: "memuaskan", basis: "rounded" }]) {
    await page.evaluate((s) => window.calculator.set(s), settings);
    const html = await compare(sets);
    assert.ok(html[0].includes("<polygon"), "a chart is drawn");
    for (let i = 0; i < html.length; i += 2) {
      assert.equal(html[i], html[i + 1], `${JSON.stringify(settings)} change ${i / 2}: moved chart differs from a fresh one`);
    }
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});

/** Each indicator's ladder name in a framework file: its own, its nearest group's, or the file's only ladder. */
function laddersByHand(doc) {
  const only = Object.keys(doc.ladders ?? {}).length === 1 ? Object.keys(doc.ladders)[0] : undefined;
  const out = {};
  const walk = (node, inherited) => {
    const ladder = node.ladder ?? inherited;
    if (node.children) node.children.forEach((c) => walk(c, ladder));
    else out[node.id] = ladder ?? only;
  };
  doc.nodes.forEach((n) => walk(n, undefined));
  return out;
}

test("(1) every level picker lists its indicator's ladder; the missing count is the core's", async () => {
  // The page asks the core (Framework.indicatorLadder); the expected lists
  // come from the framework files, walked by hand.
  const page = await open();
  for (const [framework, doc] of Object.entries(FRAMEWORK_DOCS)) {
    await page.evaluate((f) => window.calculator.set({ framework: f, lang: "id" }), framework);
    const shown = await page.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll("#tree select")].map((s) =>
        [s.dataset.indicator, [...s.options].slice(1).map((o) => o.textContent)])));
    const name = (t) => (typeof t === "string" ? t : t.id);
    const expected = Object.fromEntries(Object.entries(laddersByHand(doc)).map(([id, ladder]) =>
      [id, doc.ladders[ladder].map((l) => `${l.level} · ${name(l.name)} — ${name(l.criterion)}`)]));
    assert.deepEqual(shown, expected, framework);
  }
  // Three of 47 SPBE indicators unrated under "every indicator must be rated".
  await page.evaluate(() => window.calculator.set({ framework: "spbe-2020", missing: "error" }));
  await page.evaluate(() => window.calculator.setLevels(Object.fromEntries(
    Array.from({ length: 44 }, (_, i) => [`I${i + 1}`, 3]))));
  assert.match(await page.locator("#score-error").textContent(), /^3 indikator belum dinilai/);
  assert.deepEqual(page.errors, []);
  await page.close();
});
