// Browser tests of the Excel self-assessment forms: "Download form (.xlsx)"
// writes the package's form (xlsxForm) for the current framework, subject
// and period, pre-filled with the current levels and notes; "Open filled
// form (.xlsx / .csv)" reads it back (readForm) into the same assessment,
// reports every refused cell and the empty indicators, and still takes a
// CSV. Both load the forms module, which the first paint does not fetch.
// Run from the repository root:  node --test examples/web-calculator/tests/

import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { useBrowser, VECTORS, TARGET, open, textOf, checkDisplayed, watchFormsModule } from "./_browser.mjs";
import { createRequire } from "node:module";
import { setCell, unzip } from "../../../bindings-wasm/tests/_xlsx.mjs";

const em = await import(createRequire(import.meta.url).resolve("../../../bindings-wasm/pkg/node/index.mjs"));

useBrowser();

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const RATING = "xl/worksheets/sheet2.xml";
/** Screenshots for the record (target/, and /tmp for a quick look). */
const SHOTS = [TARGET, "/tmp"];

test("download the form, open it again: the same levels and notes; the first paint fetches no forms file", async () => {
  const vector = VECTORS.find((v) => v.framework === "spbe-2020" && v.expected && Object.keys(v.assessment.levels ?? {}).length >= 40);
  assert.ok(vector, "a spbe-2020 vector rating most indicators");
  const page = await open();
  // The first paint (and the published results after it) did not need it.
  const formsFiles = await watchFormsModule(page);

  // The two controls, in both languages.
  assert.equal(await textOf(page, "export-xlsx"), "Unduh formulir (.xlsx)");
  assert.equal(await page.textContent('label[for="open-form"]'), "Buka formulir terisi (.xlsx / .csv)…");
  await page.click("#lang-toggle");
  assert.equal(await textOf(page, "export-xlsx"), "Download form (.xlsx)");
  assert.equal(await page.textContent('label[for="open-form"]'), "Open filled form (.xlsx / .csv)…");
  await page.click("#lang-toggle");

  await page.selectOption("#framework", "spbe-2020");
  await page.fill("#subject", "Dinas Kominfo");
  await page.fill("#period", "2024");
  await page.evaluate((levels) => window.calculator.setLevels(levels), vector.assessment.levels);
  await page.fill('textarea[data-indicator="I1"]', "SK Walikota 2023");
  const expected = await page.evaluate(() => window.calculator.assessment());
  const shown = await textOf(page, "index");

  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-xlsx")]);
  assert.equal(download.suggestedFilename(), "spbe-2020-dinas-kominfo-2024.xlsx");
  const bytes = fs.readFileSync(await download.path());
  assert.deepEqual([...bytes.subarray(0, 2)], [0x50, 0x4b]);
  assert.ok(unzip(bytes).some((e) => e.name === RATING));
  assert.match(await textOf(page, "io-status"), /spbe-2020-dinas-kominfo-2024\.xlsx/);
  assert.ok(formsFiles().includes("/bindings-wasm/pkg/forms/egov_masterplan_wasm_bg.wasm"), formsFiles().join("\n"));
  // The page's own bytes: the same as the download.
  const again = await page.evaluate(async () => Array.from(await window.calculator.exportXlsx()));
  assert.deepEqual(Buffer.from(again), bytes);

  // Cleared, then the form opened: the same assessment and numbers.
  await page.evaluate(() => window.calculator.setLevels({}));
  await page.fill('textarea[data-indicator="I1"]', "");
  await page.fill("#subject", "lain");
  await page.setInputFiles("#open-form", { name: download.suggestedFilename(), mimeType: XLSX, buffer: bytes });
  await page.waitForFunction(() => document.getElementById("io-status").textContent.includes("dimuat"));
  const back = await page.evaluate(() => window.calculator.assessment());
  assert.deepEqual(back, expected);
  assert.equal(await textOf(page, "index"), shown);
  await checkDisplayed(page, { ...vector, name: `${vector.name} via the form` });
  const empty = 47 - Object.keys(vector.assessment.levels).length;
  const status = await textOf(page, "io-status");
  assert.ok(status.startsWith("Formulir spbe-2020-dinas-kominfo-2024.xlsx dimuat."), status);
  if (empty > 0) assert.ok(status.includes(`${empty} indikator belum diisi.`), status);
  assert.equal(await page.getAttribute("#io-status", "class"), "status");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a form with refused cells: every problem per cell in the status, the good answers applied; a CSV opens too", async () => {
  const page = await open();
  await page.selectOption("#framework", "spbe-2020");
  await page.fill("#subject", "Dinas Kesehatan");
  await page.fill("#period", "2024");
  await page.evaluate(() => window.calculator.setLevels({ I1: 3, I2: 2 }));
  const bytes = Buffer.from(await page.evaluate(async () => Array.from(await window.calculator.exportXlsx())));
  // Filled in by hand: I3 = 7 (off the scale), I5 = "tiga", I7 = 4.
  let filled = setCell(bytes, RATING, "D8", 7);
  filled = setCell(filled, RATING, "D10", "tiga");
  filled = setCell(filled, RATING, "D12", 4);
  await page.evaluate(() => window.calculator.setLevels({}));
  await page.setInputFiles("#open-form", { name: "dinkes.xlsx", mimeType: XLSX, buffer: Buffer.from(filled) });
  await page.waitForFunction(() => document.getElementById("io-status").textContent.includes("dinkes.xlsx"));
  const status = await textOf(page, "io-status");
  assert.equal(status, [
    "Formulir dinkes.xlsx dimuat.",
    "42 indikator belum diisi.",
    "2 isian tidak dapat diterima (indikator itu tidak dinilai):",
    "• Penilaian!D8: level 7 is outside 1–5",
    "• Penilaian!D10: `tiga` is not a level: choose one of 1–5 from the list",
  ].join("\n"));
  assert.match(await page.getAttribute("#io-status", "class"), /\berror\b/);
  const doc = await page.evaluate(() => window.calculator.assessment());
  assert.deepEqual(doc.levels, { I1: 3, I2: 2, I7: 4 });
  assert.equal(doc.subject, "Dinas Kesehatan");
  const data = page.locator("#data");
  await data.scrollIntoViewIfNeeded();
  for (const dir of SHOTS) await data.screenshot({ path: path.join(dir, "calculator-form-problems.png") });

  // Not a workbook: the reader's error, nothing changed.
  await page.setInputFiles("#open-form", { name: "rusak.xlsx", mimeType: XLSX, buffer: Buffer.from("PK no zip") });
  await page.waitForFunction(() => document.getElementById("io-status").textContent.includes("rusak.xlsx"));
  assert.match(await textOf(page, "io-status"), /^Gagal memuat rusak\.xlsx: rusak\.xlsx: not an \.xlsx workbook/);
  assert.deepEqual((await page.evaluate(() => window.calculator.assessment())).levels, { I1: 3, I2: 2, I7: 4 });

  // A CSV through the same control: the CSV import.
  await page.setInputFiles("#open-form", {
    name: "penilaian.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("instansi;tahun;indikator;tingkat\nDinas Z;2023;I1;4\n"),
  });
  await page.waitForFunction(() => document.getElementById("io-status").textContent.includes("penilaian.csv"));
  const csvDoc = await page.evaluate(() => window.calculator.assessment());
  assert.deepEqual([csvDoc.subject, csvDoc.period, csvDoc.levels], ["Dinas Z", 2023, { I1: 4 }]);
  assert.equal(await textOf(page, "io-status"), "Penilaian dimuat dari penilaian.csv.");

  // An English page writes an English form (rating sheet "Assessment").
  await page.click("#lang-toggle");
  const english = Buffer.from(await page.evaluate(async () => Array.from(await window.calculator.exportXlsx())));
  const workbook = Buffer.from(unzip(english).find((e) => e.name === "xl/workbook.xml").data).toString("utf8");
  assert.match(workbook, /<sheet name="Assessment"/);
  const { width } = page.viewportSize();
  await page.setViewportSize({ width, height: 900 });
  for (const dir of SHOTS) await data.screenshot({ path: path.join(dir, "calculator-form-buttons-en.png") });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a workbook of many agencies opens its first agency's sheet and says so", async () => {
  // Written by the package (the node module), filled by hand in the first
  // sheet (sheet2.xml: the cover is sheet1): I1 = 4, I2 = 9 (refused).
  const book = em.xlsxWorkbook("spbe-2020", { subjects: ["Dinas P/K: Pendidikan", "Bappeda"], period: 2025 });
  let filled = setCell(Buffer.from(book), RATING, "D6", 4);
  filled = setCell(filled, RATING, "D7", 9);
  const page = await open();
  await page.setInputFiles("#open-form", { name: "semua.xlsx", mimeType: XLSX, buffer: Buffer.from(filled) });
  await page.waitForFunction(() => document.getElementById("io-status").textContent.includes("semua.xlsx"));
  assert.equal(await textOf(page, "io-status"), [
    "Formulir semua.xlsx dimuat.",
    "Berkas memuat lembar 2 instansi; yang pertama (Dinas P/K: Pendidikan, lembar Dinas P-K- Pendidikan) dimuat.",
    "45 indikator belum diisi.",
    "1 isian tidak dapat diterima (indikator itu tidak dinilai):",
    "• Dinas P-K- Pendidikan!D7: level 9 is outside 1–5",
  ].join("\n"));
  const doc = await page.evaluate(() => window.calculator.assessment());
  assert.deepEqual([doc.subject, doc.period, doc.levels], ["Dinas P/K: Pendidikan", 2025, { I1: 4 }]);
  assert.deepEqual(page.errors, []);
  await page.close();
});
