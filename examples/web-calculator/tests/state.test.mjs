// Browser tests: the share link, and JSON/CSV export then import, restore
// the whole state and the same numbers.
// Run from the repository root:  node --test examples/web-calculator/tests/

import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { useBrowser, XSS, VECTORS, env, open, textOf, checkDisplayed, watchFormsModule } from "./_browser.mjs";

useBrowser();

test("(2) the share link restores the whole state and the same numbers", async () => {
  const vector = VECTORS.find((v) => v.name === "bolmong-2024-published");
  const page = await open();
  await page.selectOption("#framework", "spbe-2020");
  await page.fill("#subject", "Pemkab Bolaang Mongondow — Diskominfo");
  await page.fill("#period", "2024");
  await page.selectOption("#basis", "rounded");
  await page.evaluate((levels) => window.calculator.setLevels(levels), vector.assessment.levels);
  await page.selectOption("#level-I47", "");
  await page.selectOption("#missing", "renormalize");
  await page.fill("#note-I1", "Perbup 12/2023 — \"arsitektur\", ümlaut & 漢字 ✓\nbaris kedua");
  await page.fill("#note-I42", XSS);
  await page.selectOption("#target", "memuaskan");
  await page.selectOption("#radar-tier", "aspect");
  await page.click("#lang-toggle");
  await page.evaluate(() => window.calculator.shareLink());
  const link = await page.inputValue("#share-link");
  assert.ok(link.startsWith(env.baseUrl + "#a="), link);
  assert.equal(page.url(), link, "the address bar holds the same link");

  const before = await page.evaluate(() => window.calculator.state());
  const shown = async (p) => ({
    index: await textOf(p, "index"),
    predicate: await p.getByTestId("predicate").getAttribute("data-predicate-id"),
    predicateName: await textOf(p, "predicate"),
    values: await p.locator('[data-testid^="value-"]').allTextContents(),
    gap: await p.locator("#gap-steps li").allTextContents(),
    subject: await p.inputValue("#subject"),
    note: await p.inputValue("#note-I1"),
    heading: await p.locator("#indicators-h").textContent(),
    radar: await p.locator("#radar").innerHTML(),
  });
  const a = await shown(page);
  assert.equal(before.levels.I47, undefined);
  assert.equal(before.lang, "en");

  const other = await open(link);
  const after = await other.evaluate(() => window.calculator.state());
  assert.deepEqual(after, before);
  const b = await shown(other);
  assert.deepEqual(b, a);
  assert.equal(await other.inputValue("#note-I42"), XSS);
  assert.equal(await other.locator("#lang-toggle").textContent(), "Bahasa Indonesia");
  assert.equal(await other.locator("#missing").inputValue(), "renormalize");
  assert.equal(await other.locator("#basis").inputValue(), "rounded");
  assert.equal(await other.locator("#target").inputValue(), "memuaskan");
  assert.equal(await other.locator("#radar-tier").inputValue(), "aspect");
  assert.equal(await other.inputValue("#share-link"), link);
  assert.deepEqual(other.dialogs, []);
  assert.deepEqual([...page.errors, ...other.errors], []);
  await page.close();
  await other.close();
});

test("(3) JSON export then import restores the assessment; CSV too", async () => {
  const vector = VECTORS.find((v) => v.name === "pemdi-2025-thirds");
  const page = await open();
  await page.selectOption("#framework", vector.framework);
  await page.fill("#subject", "Dinas Kominfo, Kota \"Contoh\"");
  await page.fill("#period", "2025");
  await page.evaluate((levels) => window.calculator.setLevels(levels), vector.assessment.levels);
  await page.fill("#note-I20", "Bukti: SK Wali Kota, 2025");
  await page.fill("#note-I3", "baris 1\nbaris 2");
  const expected = await page.evaluate(() => window.calculator.assessment());
  assert.deepEqual(Object.keys(expected), ["subject", "period", "framework", "levels", "notes"]);

  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-json")]);
  assert.match(download.suggestedFilename(), /^pemdi-2025-dinas-kominfo-kota-contoh-2025\.json$/);
  const exported = fs.readFileSync(await download.path(), "utf8");
  assert.deepEqual(JSON.parse(exported), expected);
  assert.equal(exported, await page.evaluate(() => window.calculator.exportJson()));

  const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.click("#export-csv")]);
  const csv = fs.readFileSync(await csvDownload.path(), "utf8");
  assert.equal(csv.split("\n")[0], "subject,period,indicator,level,note");
  assert.ok(csv.includes('"Dinas Kominfo, Kota ""Contoh""",2025,I3,3,"baris 1\nbaris 2"'), csv);

  // Clear everything (another framework, no levels), then import.
  await page.selectOption("#framework", "spbe-2020");
  await page.evaluate(() => window.calculator.setLevels({}));
  await page.fill("#subject", "");
  await page.setInputFiles("#import-json", {
    name: download.suggestedFilename(),
    mimeType: "application/json",
    buffer: Buffer.from(exported),
  });
  await page.waitForFunction(() => window.calculator.state().framework === "pemdi-2025");
  assert.deepEqual(await page.evaluate(() => window.calculator.assessment()), expected);
  assert.equal(await page.inputValue("#subject"), expected.subject);
  assert.equal(await page.inputValue("#note-I3"), "baris 1\nbaris 2");
  await checkDisplayed(page, vector);
  assert.match(await textOf(page, "io-status"), /dimuat/);

  // CSV: clear, import, same assessment (this one has no surrounding spaces).
  await page.evaluate(() => window.calculator.setLevels({ I1: 1 }));
  await page.fill("#note-I3", "");
  await page.setInputFiles("#import-csv", { name: "a.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.waitForFunction(() => window.calculator.state().notes.I3 === "baris 1\nbaris 2");
  assert.deepEqual(await page.evaluate(() => window.calculator.assessment()), expected);
  await checkDisplayed(page, vector);

  // A bad file is reported and changes nothing.
  await page.setInputFiles("#import-json", {
    name: "bad.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ ...expected, levels: { I1: 9 } })),
  });
  await page.waitForFunction(() => document.querySelector("#io-status").textContent.includes("bad.json"));
  assert.match(await textOf(page, "io-status"), /level 9 is outside the scale/);
  assert.deepEqual(await page.evaluate(() => window.calculator.assessment()), expected);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("CSV goes through the forms module, loaded on the first CSV action only; a spreadsheet's CSV imports", async () => {
  const page = await open();
  // The first paint (and the published results after it) did not need it.
  const formsFiles = await watchFormsModule(page);

  // Export: loads the module (once), then writes the core's CSV.
  await page.selectOption("#framework", "spbe-2020");
  await page.fill("#subject", "Dinas Y");
  await page.fill("#period", "2023");
  await page.evaluate(() => window.calculator.setLevels({ I1: 2, I2: 4 }));
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-csv")]);
  assert.equal(download.suggestedFilename(), "spbe-2020-dinas-y-2023.csv");
  const csv = fs.readFileSync(await download.path(), "utf8");
  assert.equal(csv, "subject,period,indicator,level,note\nDinas Y,2023,I1,2,\nDinas Y,2023,I2,4,\n");
  assert.equal(csv, await page.evaluate(() => window.calculator.exportCsv()));
  assert.match(await textOf(page, "io-status"), /spbe-2020-dinas-y-2023\.csv/);
  assert.ok(formsFiles().includes("/bindings-wasm/pkg/forms/egov_masterplan_wasm_bg.wasm"), formsFiles().join("\n"));
  const loaded = formsFiles().length;

  // Import a CSV as Excel with Indonesian settings writes it: semicolons,
  // Indonesian headers, a decimal comma. The level shows up.
  await page.setInputFiles("#import-csv", {
    name: "penilaian.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("instansi;tahun;indikator;tingkat\nDinas X;2024;I1;3,0\n"),
  });
  await page.waitForFunction(() => window.calculator.state().subject === "Dinas X");
  const state = await page.evaluate(() => window.calculator.state());
  assert.equal(state.framework, "spbe-2020");
  assert.equal(state.period, 2024);
  assert.deepEqual(state.levels, { I1: 3 });
  assert.equal(await page.inputValue("#level-I1"), "3");
  assert.equal(await page.inputValue("#level-I2"), "");
  assert.equal(await page.inputValue("#subject"), "Dinas X");
  assert.match(await textOf(page, "io-status"), /penilaian\.csv/);

  // Excel's "CSV" on Windows saves Windows-1252: 0x96 is the en dash.
  await page.setInputFiles("#import-csv", {
    name: "pu.csv",
    mimeType: "text/csv",
    buffer: Buffer.concat([
      Buffer.from("instansi;tahun;indikator;tingkat\r\nDinas PU "),
      Buffer.from([0x96]),
      Buffer.from(" Bina Marga;2024;I2;4\r\n"),
    ]),
  });
  await page.waitForFunction(() => window.calculator.state().subject === "Dinas PU \u2013 Bina Marga");
  assert.deepEqual((await page.evaluate(() => window.calculator.state())).levels, { I2: 4 });

  // The core's CSV error is shown as it is, and changes nothing.
  await page.setInputFiles("#import-csv", {
    name: "buruk.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("instansi;tahun;indikator;tingkat\nDinas X;2024;I1;3,5\n"),
  });
  await page.waitForFunction(() => document.querySelector("#io-status").textContent.includes("buruk.csv"));
  assert.equal(
    await textOf(page, "io-status"),
    "Gagal memuat buruk.csv: CSV row 2, column `level`: `3,5` is not a whole number: levels are whole (3 or 3,0), never rounded",
  );
  assert.ok(await page.locator("#io-status").evaluate((n) => n.classList.contains("error")));
  assert.deepEqual((await page.evaluate(() => window.calculator.state())).levels, { I2: 4 });

  // The module was loaded once: the later actions fetched nothing more.
  assert.equal(formsFiles().length, loaded, formsFiles().join("\n"));
  assert.deepEqual(page.errors, []);
  await page.close();
});
