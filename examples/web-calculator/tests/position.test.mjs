// Browser test: the national position line. The expected ranks are
// counted here from core/data/spbe-results-2023-2024.csv (the published
// results), not asked of the library: rank = 1 + the regional governments
// of 2024 with a higher printed index, "above" = the share with a lower one,
// rounded down.
// Run from the repository root:  node --test examples/web-calculator/tests/

import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { useBrowser, TARGET, XSS, env, open, textOf } from "./_browser.mjs";

useBrowser();

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const CSV = fs.readFileSync(path.join(ROOT, "core/data/spbe-results-2023-2024.csv"), "utf8");

/** The CSV's records (a field is quoted only when it holds a comma). */
function records(text) {
  const lines = text.trim().split("\n");
  const split = (line) => [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) =>
    m[1].startsWith('"') ? m[1].slice(1, -1).replaceAll('""', '"') : m[1]);
  const header = split(lines[0]);
  return lines.slice(1).map((line) => Object.fromEntries(split(line).map((v, i) => [header[i], v])));
}

const ROWS = records(CSV);
assert.equal(ROWS.length, 1236);
const LATEST = Math.max(...ROWS.map((r) => Number(r.year)));
const REGIONAL = new Set(["provinsi", "kabupaten", "kota"]);
/** A printed value in hundredths ("3.05" → 305), exact. */
const cents = (text) => {
  const [whole, frac = ""] = text.split(".");
  return Number(whole) * 100 + Number(frac.padEnd(2, "0"));
};
const latestRegional = ROWS.filter((r) => Number(r.year) === LATEST && REGIONAL.has(r.kind) && r.index !== "");
const PROVINCES = [...new Set(ROWS.filter((r) => Number(r.year) === LATEST && r.province !== "").map((r) => r.province))];

/**
 * Rank, count and the share below, counted plainly: among every regional
 * government, or among the kabupaten and kota of `province`.
 */
function standing(indexText, province = "") {
  const v = cents(indexText);
  const inCohort = (r) => province === "" || (r.province === province && (r.kind === "kabupaten" || r.kind === "kota"));
  const cohort = latestRegional.filter(inCohort).map((r) => cents(r.index));
  const higher = cohort.filter((x) => x > v).length;
  const below = cohort.filter((x) => x < v).length;
  return { rank: higher + 1, count: cohort.length, above: Math.floor((below * 100) / cohort.length) };
}

/** The line the page should show; an index below every government is "below all". */
function expectedLine(lang, indexText, province = "") {
  const s = standing(indexText);
  const id = lang === "id";
  let line;
  if (s.rank > s.count) {
    line = id ? `Posisi ${LATEST}: di bawah semua ${s.count} pemerintah daerah`
      : `Standing ${LATEST}: below all ${s.count} regional governments`;
  } else {
    line = id ? `Posisi ${LATEST}: peringkat ${s.rank} dari ${s.count} pemerintah daerah (di atas ${s.above}%)`
      : `Standing ${LATEST}: rank ${s.rank} of ${s.count} regional governments (above ${s.above}%)`;
  }
  if (province) {
    const p = standing(indexText, province);
    if (p.rank > p.count) {
      line += id ? ` · kabupaten/kota ${province}: di bawah semua ${p.count}`
        : ` · regencies and cities of ${province}: below all ${p.count}`;
    } else {
      line += id ? ` · kabupaten/kota ${province}: ${p.rank} dari ${p.count}`
        : ` · regencies and cities of ${province}: ${p.rank} of ${p.count}`;
    }
  }
  return line;
}

const allLevels = (page, level) =>
  page.evaluate((l) => {
    const ids = window.calculator.framework().indicatorIds();
    return window.calculator.setLevels(Object.fromEntries(ids.map((id) => [id, l])));
  }, level);

test("the counts the expectations rest on", () => {
  // 2024: 523 regional governments with a published index, from 1.03 to
  // 4.77; Sulawesi Utara has 16 (its province, 11 regencies, 4 cities), of
  // which the 15 kabupaten and kota are the province line's cohort; 38
  // provinces.
  assert.equal(LATEST, 2024);
  assert.equal(latestRegional.length, 523);
  assert.equal(standing("3.00", "Sulawesi Utara").count, 15);
  assert.equal(PROVINCES.length, 38);
  // Kab. Bolaang Mongondow's own 2.73: eighth of its province's fifteen
  // kabupaten and kota (seven published more).
  assert.equal(standing("2.73", "Sulawesi Utara").rank, 8);
  assert.deepEqual([standing("1.00").rank, standing("5.00").rank, standing("5.00").above], [524, 1, 100]);
});

test("the position line: all levels 3, a province, a level change, both languages, the share link", async () => {
  const page = await open();
  await page.selectOption("#framework", "spbe-2020");
  assert.equal(await page.evaluate(() => window.calculator.benchmarkReady), true);
  await allLevels(page, 3);
  assert.equal(await textOf(page, "index"), "3.00");
  const line = () => textOf(page, "position");
  assert.equal(await line(), expectedLine("id", "3.00"));
  assert.equal(await line(), "Posisi 2024: peringkat 271 dari 523 pemerintah daerah (di atas 47%)");

  // The province picker: none, then the latest year's 38 provinces.
  const options = await page.locator("#province option").evaluateAll((os) => os.map((o) => [o.value, o.textContent]));
  assert.deepEqual(options[0], ["", "— Tidak ada —"]);
  assert.deepEqual(options.slice(1).map(([v]) => v).sort(), [...PROVINCES].sort());
  assert.ok(options.slice(1).every(([v, label]) => v === label));
  await page.selectOption("#province", "Sulawesi Utara");
  assert.equal(await line(), expectedLine("id", "3.00", "Sulawesi Utara"));
  assert.match(await line(), / · kabupaten\/kota Sulawesi Utara: 6 dari 15$/);
  assert.equal(await page.evaluate(() => window.calculator.state().province), "Sulawesi Utara");

  // Every level change moves the line with the index.
  for (const change of [{ I1: 5 }, { I1: 5, I42: 1 }, { I1: 1, I2: 1, I3: 1 }]) {
    await page.evaluate((c) => {
      const ids = window.calculator.framework().indicatorIds();
      window.calculator.setLevels({ ...Object.fromEntries(ids.map((id) => [id, 3])), ...c });
    }, change);
    const index = await textOf(page, "index");
    assert.notEqual(index, "3.00", JSON.stringify(change));
    assert.equal(await line(), expectedLine("id", index, "Sulawesi Utara"), JSON.stringify(change));
  }
  // Through the select, as a user would.
  await page.selectOption("#level-I5", "5");
  const index = await textOf(page, "index");
  assert.equal(await line(), expectedLine("id", index, "Sulawesi Utara"));

  // The language toggle.
  await page.click("#lang-toggle");
  assert.equal(await line(), expectedLine("en", index, "Sulawesi Utara"));
  assert.equal(await page.locator('label[for="province"]').textContent(), "Compare within province");
  assert.equal(await page.locator('#province option[value=""]').textContent(), "— None —");
  assert.equal(await page.inputValue("#province"), "Sulawesi Utara");

  // The share link carries the province.
  const link = await page.evaluate(() => window.calculator.shareLink());
  const again = await open(link);
  assert.equal(await again.evaluate(() => window.calculator.benchmarkReady), true);
  assert.equal(await again.inputValue("#province"), "Sulawesi Utara");
  assert.equal(await textOf(again, "position"), expectedLine("en", index, "Sulawesi Utara"));

  // An index below every published one: "below all", here and in the province.
  await allLevels(page, 1);
  assert.equal(await textOf(page, "index"), "1.00");
  assert.equal(await line(), "Standing 2024: below all 523 regional governments · regencies and cities of Sulawesi Utara: below all 15");
  assert.equal(await line(), expectedLine("en", "1.00", "Sulawesi Utara"));
  // And above every one: rank 1, above 100 %.
  await allLevels(page, 5);
  assert.equal(await line(), "Standing 2024: rank 1 of 523 regional governments (above 100%) · regencies and cities of Sulawesi Utara: 1 of 15");
  // Three indicators rated, the others counted at the lowest level.
  await page.evaluate(() => window.calculator.setLevels({ I1: 5, I2: 5, I5: 5 }));
  const lastIndex = await textOf(page, "index");
  assert.equal(await line(), expectedLine("en", lastIndex, "Sulawesi Utara"));

  // No province again: the line drops its second part.
  await page.selectOption("#province", "");
  assert.equal(await line(), expectedLine("en", lastIndex));

  // Another framework: no national standing (the results are SPBE 2020's).
  await page.selectOption("#framework", "spbe-2018");
  assert.match(await line(), /^National standing only for the .*2020.* framework/);
  await page.selectOption("#framework", "spbe-2020");
  assert.equal(await line(), expectedLine("en", await textOf(page, "index")));

  assert.deepEqual([...page.errors, ...again.errors], []);
  await page.close();
  await again.close();
});

test("the published results load after the first paint, from the package's files only", async () => {
  const page = await env.context.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(env.baseUrl, { waitUntil: "load" });
  assert.equal(await page.evaluate(() => window.calculator.ready.then(() => window.calculator.benchmarkReady)), true);
  const paths = requests.map((u) => new URL(u));
  assert.ok(paths.every((u) => u.origin === new URL(env.baseUrl).origin), "no other server");
  const files = paths.map((u) => u.pathname);
  assert.ok(files.every((p) => p.startsWith("/examples/web-calculator/") || p.startsWith("/bindings-wasm/pkg/")), files.join("\n"));
  const scoring = files.indexOf("/bindings-wasm/pkg/scoring/egov_masterplan_wasm_bg.wasm");
  const benchmark = files.indexOf("/bindings-wasm/pkg/benchmark/egov_masterplan_wasm_bg.wasm");
  assert.ok(scoring >= 0 && benchmark > scoring, "the scoring module first, the benchmark module after");
  assert.ok(!files.some((p) => p.includes("/pkg/web/") || p.includes("/pkg/node/")), "not the full module");
  assert.ok(!files.some((p) => p.includes("/pkg/forms/")), "not the forms module (the first CSV action loads it)");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a share link with a province the results do not have: dropped, shown as text nowhere", async () => {
  const page = await open();
  await page.selectOption("#framework", "spbe-2020");
  assert.equal(await page.evaluate(() => window.calculator.benchmarkReady), true);
  await allLevels(page, 2);
  await page.evaluate((p) => window.calculator.set({ province: p }), XSS);
  const link = await page.evaluate(() => window.calculator.shareLink());
  const again = await open(link);
  assert.equal(await again.evaluate(() => window.calculator.benchmarkReady), true);
  assert.equal(await again.evaluate(() => window.calculator.state().province), "");
  assert.equal(await again.inputValue("#province"), "");
  assert.equal(await textOf(again, "position"), expectedLine("id", "2.00"));
  assert.equal(await again.locator("img").count(), 0);
  assert.deepEqual([...page.errors, ...again.errors], []);
  await page.close();
  await again.close();
});

test("screenshot of the position line (target/calculator-position.png)", async () => {
  const page = await open(env.baseUrl, { viewport: { width: 1280, height: 900 } });
  await page.selectOption("#framework", "spbe-2020");
  assert.equal(await page.evaluate(() => window.calculator.benchmarkReady), true);
  await page.fill("#subject", "Pemerintah Kabupaten Contoh");
  await allLevels(page, 3);
  await page.selectOption("#province", "Sulawesi Utara");
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
  });
  assert.equal(await textOf(page, "position"), expectedLine("id", "3.00", "Sulawesi Utara"));
  await page.screenshot({ path: path.join(TARGET, "calculator-position.png"), clip: { x: 0, y: 0, width: 1280, height: 560 } });
  // At 360 px the line wraps inside the bar.
  await page.setViewportSize({ width: 360, height: 780 });
  const o = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  assert.ok(o.scroll <= o.width, JSON.stringify(o));
  await page.screenshot({ path: path.join(TARGET, "calculator-position-360.png"), clip: { x: 0, y: 0, width: 360, height: 420 } });
  assert.deepEqual(page.errors, []);
  await page.close();
});
