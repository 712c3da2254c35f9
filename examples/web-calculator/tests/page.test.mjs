// Browser tests: language toggle, a hostile agency name, keyboard-only use,
// 360 px layout, screenshots and the print view.
// Run from the repository root:  node --test examples/web-calculator/tests/

import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { useBrowser, TARGET, XSS, VECTORS, env, open, textOf } from "./_browser.mjs";

useBrowser();

test("(4) the language toggle switches every label and back", async () => {
  const page = await open();
  await page.selectOption("#framework", "spbe-2020");
  const h = (sel) => page.locator(sel).first().textContent();
  assert.equal(await page.getAttribute("html", "lang"), "id");
  assert.equal(await h("h1"), "Kalkulator Indeks SPBE");
  assert.equal(await h("#indicators-h"), "Indikator");
  assert.equal(await h("#group-D1 .group-name"), "Kebijakan Internal SPBE");
  assert.equal(await h('label[for="subject"]'), "Nama instansi");
  assert.equal(await h("#level-I1 option"), "— Belum dinilai");
  await page.evaluate(() => window.calculator.setLevels({ I1: 3 }));
  const idTexts = await page.locator("label, h1, h2, h3, button, th").allTextContents();

  await page.click("#lang-toggle");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.equal(await h("h1"), "SPBE index calculator");
  assert.equal(await h("#indicators-h"), "Indicators");
  assert.equal(await h("#group-D1 .group-name"), "Internal SPBE policy");
  assert.equal(await h('label[for="subject"]'), "Agency name");
  assert.equal(await h("#level-I1 option"), "— Not rated");
  assert.equal(await h('#level-I1 option[value="3"]'), "3 · Defined — The full scope is covered and one common standard applies in every unit.");
  assert.equal(await h("#predicate"), "Poor");
  assert.match(await h("#radar svg title"), /Index 1\.\d\d \(Poor\)/);
  // Every label, heading, button and table header changed, except names
  // that are the same in both languages (codes, "Domain", "JSON"…).
  const enTexts = await page.locator("label, h1, h2, h3, button, th").allTextContents();
  assert.equal(enTexts.length, idTexts.length);
  const same = idTexts.filter((s, i) => s === enTexts[i] && /[a-z]{4,}/i.test(s) && !/^(I|D|A)\d+$/.test(s));
  assert.ok(same.length <= 4, `unchanged labels: ${JSON.stringify(same)}`);

  await page.click("#lang-toggle");
  assert.equal(await page.getAttribute("html", "lang"), "id");
  assert.equal(await h("h1"), "Kalkulator Indeks SPBE");
  assert.equal(await h("#group-D1 .group-name"), "Kebijakan Internal SPBE");
  assert.equal(await h("#predicate"), "Kurang");
  assert.deepEqual(await page.locator("label, h1, h2, h3, button, th").allTextContents(), idTexts);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("(5) an agency name with markup shows as text and runs nothing", async () => {
  const page = await open();
  await page.evaluate(() => {
    window.__alerts = 0;
    window.alert = () => window.__alerts++;
  });
  await page.fill("#subject", XSS);
  await page.fill("#note-I5", XSS);
  await page.evaluate(() => window.calculator.setLevels({ I1: 2 }));
  await page.waitForTimeout(300);
  assert.equal(await textOf(page, "subject-display"), XSS);
  assert.equal(await page.inputValue("#subject"), XSS);
  assert.equal(await page.inputValue("#note-I5"), XSS);
  assert.equal(await page.locator("img").count(), 0, "no <img> element");
  assert.equal(await page.evaluate(() => window.__alerts), 0);
  // The radar chart carries the name as text too.
  assert.equal(await page.locator("#radar svg text").first().textContent(), XSS);
  assert.equal(await page.locator("#radar svg img, #radar img").count(), 0);
  // Print text and share link reload: still text.
  assert.equal(await page.locator("#row-I5 .print-note").textContent(), `Catatan: ${XSS}`);
  const link = await page.evaluate(() => window.calculator.shareLink());
  const again = await open(link);
  await again.waitForTimeout(300);
  assert.equal(await textOf(again, "subject-display"), XSS);
  assert.equal(await again.locator("img").count(), 0);
  assert.deepEqual(page.dialogs, []);
  assert.deepEqual(again.dialogs, []);
  assert.deepEqual([...page.errors, ...again.errors], []);
  await page.close();
  await again.close();
});

test("(6) keyboard only: Tab reaches a level select, arrow keys change it", async () => {
  const page = await open();
  await page.selectOption("#framework", "spbe-2020");
  await page.evaluate(() => window.calculator.setLevels({}));
  await page.evaluate(() => document.activeElement?.blur());
  // The skip link is the first stop; Enter moves to the indicators.
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.className), "skip-link");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.id), "level-I1");
  // The focus ring is visible.
  const outline = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  assert.equal(outline.style, "solid");
  assert.ok(outline.width >= 2);
  const indexBefore = await textOf(page, "index");
  await page.keyboard.press("ArrowDown"); // — → 1
  await page.keyboard.press("ArrowDown"); // 1 → 2
  await page.keyboard.press("ArrowDown"); // 2 → 3
  assert.equal(await page.inputValue("#level-I1"), "3");
  assert.equal(await page.evaluate(() => window.calculator.state().levels.I1), 3);
  assert.notEqual(await textOf(page, "index"), indexBefore);
  assert.equal(await textOf(page, "value-A1"), "1.20"); // (3·1.3 + 1·11.7)/13
  // Tab to the note, type, Tab to the next select, Home/End work too.
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.id), "note-I1");
  await page.keyboard.type("diketik dengan papan ketik");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.id), "level-I2");
  await page.keyboard.press("End");
  assert.equal(await page.inputValue("#level-I2"), "5");
  const state = await page.evaluate(() => window.calculator.state());
  assert.equal(state.notes.I1, "diketik dengan papan ketik");
  assert.equal(state.levels.I2, 5);
  // Shift+Tab back up to the framework select and change it with keys.
  await page.focus("#framework");
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.inputValue("#framework"), "spbe-2018");
  assert.equal(await page.locator("#tree select").count(), 35);
  await page.keyboard.press("ArrowUp");
  assert.equal(await page.inputValue("#framework"), "spbe-2020");
  assert.equal(await page.inputValue("#level-I2"), "5", "levels kept per framework");
  // The language toggle works from the keyboard.
  await page.focus("#lang-toggle");
  await page.keyboard.press("Enter");
  assert.equal(await page.locator("h1").textContent(), "SPBE index calculator");
  await page.keyboard.press("Space");
  assert.equal(await page.locator("h1").textContent(), "Kalkulator Indeks SPBE");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("(7) at 360 px there is no horizontal scroll; screenshots", async () => {
  const vector = VECTORS.find((v) => v.name === "regulation-worked-example");
  const setUp = async (page) => {
    await page.selectOption("#framework", "spbe-2020");
    await page.fill("#subject", "Pemerintah Kabupaten Contoh");
    await page.fill("#period", "2024");
    await page.evaluate((levels) => window.calculator.setLevels(levels), vector.assessment.levels);
    await page.fill("#note-I11", "Arsitektur SPBE ditetapkan dengan Perbup 12/2023; reviu tahunan belum berjalan.");
    await page.fill("#note-I42", "SP4N-LAPOR! terintegrasi dengan aplikasi pengaduan daerah.");
  };
  // Full-page screenshots draw sticky parts where the page is scrolled to:
  // start from the top, with no focus ring left by the last fill().
  const top = (page) =>
    page.evaluate(() => {
      document.activeElement?.blur();
      window.scrollTo(0, 0);
    });
  const overflow = (page) =>
    page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
      width: window.innerWidth,
      wide: [...document.querySelectorAll("body *")]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
        .slice(0, 5)
        .map((e) => e.tagName + "#" + e.id + "." + e.className),
    }));

  const narrow = await open(env.baseUrl, { viewport: { width: 360, height: 780 } });
  await setUp(narrow);
  for (const lang of ["id", "en"]) {
    const o = await overflow(narrow);
    assert.ok(o.scroll <= o.width && o.body <= o.width, `${lang}: ${JSON.stringify(o)}`);
    if (lang === "id") {
      await top(narrow);
      await narrow.screenshot({ path: path.join(TARGET, "calculator-360.png"), fullPage: true });
      await narrow.click("#lang-toggle");
    }
  }
  // Every control keeps a usable size.
  const tooSmall = await narrow.evaluate(() =>
    [...document.querySelectorAll("select, input, textarea, button")]
      .filter((e) => e.offsetParent !== null)
      .filter((e) => e.getBoundingClientRect().height < 24 || e.getBoundingClientRect().width < 24)
      .map((e) => e.id),
  );
  assert.deepEqual(tooSmall, []);
  assert.deepEqual(narrow.errors, []);
  await narrow.close();

  const wide = await open(env.baseUrl, { viewport: { width: 1280, height: 900 } });
  await setUp(wide);
  await wide.selectOption("#target", "sangat-baik");
  const o = await overflow(wide);
  assert.ok(o.scroll <= o.width, JSON.stringify(o));
  await top(wide);
  await wide.screenshot({ path: path.join(TARGET, "calculator.png"), fullPage: true });
  // The print view hides the controls and shows levels and notes as text.
  await wide.emulateMedia({ media: "print" });
  assert.equal(await wide.locator("#data").isVisible(), false);
  assert.equal(await wide.locator("#level-I11").isVisible(), false);
  assert.equal(await wide.locator("#row-I11 .print-level").textContent(), "Tingkat I11: 3 · Terdefinisi");
  assert.equal(await wide.locator("#row-I11 .print-note").isVisible(), true);
  await wide.screenshot({ path: path.join(TARGET, "calculator-print.png"), fullPage: true });
  await wide.emulateMedia({ media: "screen" });
  assert.deepEqual(wide.errors, []);
  await wide.close();
});
