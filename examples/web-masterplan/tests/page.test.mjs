// The masterplan page (examples/web-masterplan/) in Chromium: the sample
// button, files chosen with the file input (JSON, CSV, Excel workbooks) or
// dropped, a missing file, the language switch, the downloads (the same
// bytes as the node package's toHtml / toMarkdown), no request beyond
// 127.0.0.1, and a hostile name shown as text.
// Run from the repository root:  node --test examples/web-masterplan/tests/
//
// Uses the calculator's test helpers (examples/web-calculator/tests/
// _browser.mjs): the static server on 127.0.0.1 (repository root) and one
// Chromium through playwright-core.

import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { useBrowser, env, TARGET, XSS } from "../../web-calculator/tests/_browser.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../../..");
const DATA = path.join(ROOT, "examples/data");
const em = await import(createRequire(import.meta.url).resolve("../../../bindings-wasm/pkg/node/index.mjs"));
const { roundHalfUp } = await import("../format.js");

useBrowser();

const pageUrl = () => new URL("../web-masterplan/", env.baseUrl).href;

// ------------------------------------------------------------ the sample --

const MANIFEST_TEXT = fs.readFileSync(path.join(DATA, "masterplan.json"), "utf8");
const MANIFEST = JSON.parse(MANIFEST_TEXT);
const MANIFEST_TOML = fs.readFileSync(path.join(DATA, "masterplan.toml"), "utf8");
const NAMES = [MANIFEST.baseline, ...MANIFEST.assessments, MANIFEST.architecture, MANIFEST.roadmap];
const sampleFiles = () => Object.fromEntries(NAMES.map((n) => [n, fs.readFileSync(path.join(DATA, n))]));
const MIME = { ".json": "application/json", ".toml": "application/toml", ".csv": "text/csv", ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };
/** Files for setInputFiles: [{name, mimeType, buffer}]. */
const upload = (files) =>
  Object.entries(files).map(([name, buffer]) => ({ name, mimeType: MIME[path.extname(name)] ?? "application/octet-stream", buffer: Buffer.from(buffer) }));

// The core's hand-checked values (core/tests/masterplan.rs).
const EXPECTED_ID = [
  ["2021", "Indeks ≥ 2.00", "2.04", "tercapai"],
  ["2022", "Indeks ≥ 3.00", "2.80", "kurang 0.21"],
  ["2024", "Predikat: Sangat Baik", "3.43", "kurang 0.07"],
  ["2024", "D3 ≥ 3.00", "2.91", "kurang 0.09"],
];
const EXPECTED_EN = [
  ["2021", "Index ≥ 2.00", "2.04", "met"],
  ["2022", "Index ≥ 3.00", "2.80", "short by 0.21"],
  ["2024", "Predicate: Very good", "3.43", "short by 0.07"],
  ["2024", "D3 ≥ 3.00", "2.91", "short by 0.09"],
];

/** The target table of the core's summaryHtml: [[year, target, projected, status]]. */
function summaryRows(plan, lang) {
  const html = plan.summaryHtml({ lang });
  const body = html.slice(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
  const unescape = (s) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
  return [...body.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1].matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((c) => unescape(c[1])));
}

// ---------------------------------------------------------------- page --

/** Opens the page and waits until the package is loaded; records errors, dialogs and requests. */
async function open() {
  const page = await env.context.newPage();
  page.errors = [];
  page.dialogs = [];
  page.requests = [];
  page.on("pageerror", (e) => page.errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") page.errors.push(`console: ${m.text()}`);
  });
  page.on("dialog", async (d) => {
    page.dialogs.push(d.message());
    await d.dismiss();
  });
  page.on("request", (r) => page.requests.push(r.url()));
  await page.goto(pageUrl(), { waitUntil: "load" });
  await page.waitForFunction(() => window.masterplanPage && window.masterplanPage.ready);
  const outcome = await page.evaluate(() => window.masterplanPage.ready.then(() => "ok", (e) => `failed: ${e}`));
  assert.equal(outcome, "ok");
  assert.equal(await page.isEnabled("#sample"), true);
  return page;
}

const statusText = (page) => page.textContent('[data-testid="status"]');

/** Waits until the status line matches `re` (the plan is read or refused). */
async function waitStatus(page, re) {
  await page.waitForFunction((src) => new RegExp(src).test(document.getElementById("status").textContent), re.source);
  return statusText(page);
}

async function shownRows(page) {
  return page.$$eval("#targets-body tr", (rows) =>
    rows.map((r) => [
      r.querySelector("td.year").textContent,
      r.querySelector(".target-text").textContent,
      r.querySelector("td.projected").textContent,
      r.querySelector(".status-cell .badge").textContent,
    ]),
  );
}

async function shownFindings(page) {
  return page.$$eval("#findings li", (items) =>
    items.map((li) => ({
      severity: li.dataset.severity,
      badge: li.querySelector(".badge")?.textContent,
      message: li.querySelector(".message")?.textContent,
    })),
  );
}

/** Checks the shown sample plan (Indonesian unless `lang`). */
async function checkSample(page, lang = "id") {
  const findings = await shownFindings(page);
  assert.equal(findings.length, 1, JSON.stringify(findings));
  assert.equal(findings[0].severity, "warning");
  assert.equal(findings[0].badge, lang === "id" ? "Peringatan" : "Warning");
  assert.match(findings[0].message, /sec-tte/);
  const plan = em.Masterplan.fromJson(MANIFEST_TEXT, sampleFiles());
  assert.equal(findings[0].message, plan.check()[0].message[lang]);
  const rows = await shownRows(page);
  assert.deepEqual(rows, lang === "id" ? EXPECTED_ID : EXPECTED_EN);
  // The same words and numbers as the core's own summary table.
  assert.deepEqual(rows, summaryRows(plan, lang));
  assert.equal(await page.textContent("#plan-title"), MANIFEST.title[lang]);
  assert.equal(await page.textContent('[data-testid="government"]'), MANIFEST.government.name[lang]);
  assert.equal(await page.textContent('[data-testid="period"]'), lang === "id" ? "Periode 2019–2024" : "Period 2019–2024");
  assert.equal(await page.isVisible('[data-testid="sample-notice"]'), true);
  plan.free();
}

// ---------------------------------------------------------------- tests --

test("the fraction rounding matches the core's half-up (BigInt, halves away from zero)", () => {
  assert.equal(roundHalfUp("41/200", 2), "0.21");
  assert.equal(roundHalfUp("71/1000", 2), "0.07");
  assert.equal(roundHalfUp("1/11", 2), "0.09");
  assert.equal(roundHalfUp("1/8", 2), "0.13");
  assert.equal(roundHalfUp("-1/8", 2), "-0.13");
  assert.equal(roundHalfUp("3", 2), "3.00");
  assert.equal(roundHalfUp("0", 2), "0.00");
  assert.equal(roundHalfUp("5/2", 0), "3");
  assert.equal(roundHalfUp("123456789012345678901/1000", 2), "123456789012345678.90");
  assert.equal(roundHalfUp("n/a", 2), "n/a");
});

test("the sample button: one warning about sec-tte, four targets with the core's numbers; a screenshot", async () => {
  const page = await open();
  assert.equal(await page.isHidden('[data-testid="plan"]'), true);
  assert.equal(await page.getAttribute('[data-testid="status"]', "role"), "status");
  assert.equal(await statusText(page), "Belum ada rencana yang dimuat.");
  await page.click("#sample");
  assert.match(await waitStatus(page, /dimuat dari/), /^Rencana dimuat dari masterplan\.json dan 4 berkas lain\.$/);
  await checkSample(page);
  // The details of a miss: the fewest steps and the initiatives left out.
  const why = await page.$$eval("#targets-body tr", (rows) => rows.map((r) => r.querySelector("details")?.textContent ?? null));
  assert.equal(why[0], null);
  assert.match(why[1], /7 langkah tingkat tambahan: I42 3→4/);
  assert.match(why[3], /stretch-command-center/);
  await page.setViewportSize({ width: 1100, height: 1100 });
  await page.click("#targets-body tr:nth-child(2) summary");
  for (const dir of [TARGET, "/tmp"]) await page.screenshot({ path: path.join(dir, "web-masterplan.png"), fullPage: true });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("the EN toggle re-labels everything, the shown plan included, and back", async () => {
  const page = await open();
  await page.click("#sample");
  await waitStatus(page, /dimuat dari/);
  await page.click("#lang-toggle");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.equal(await page.textContent("#lang-toggle"), "Bahasa Indonesia");
  assert.equal(await page.textContent("#page-title"), "SPBE masterplan: check and download");
  assert.equal(await page.textContent('label[for="file-input"]'), "Choose files…");
  assert.equal(await page.textContent("#sample"), "Try the sample");
  assert.equal(await page.textContent("#download-html"), "Download document (HTML)");
  assert.equal(await page.textContent("#download-md"), "Download Markdown");
  assert.equal(await page.textContent("#download-docx"), "Download document (Word)");
  assert.equal(await page.textContent("#findings-h"), "Cross-check findings");
  assert.equal(await page.textContent("#targets-h"), "Targets and projection");
  assert.deepEqual(await page.$$eval("table.targets thead th", (ths) => ths.map((th) => th.textContent)), ["Year", "Target", "Projected", "Status"]);
  assert.equal(await statusText(page), "Plan loaded from masterplan.json and 4 other files.");
  await checkSample(page, "en");
  await page.click("#lang-toggle");
  assert.equal(await page.getAttribute("html", "lang"), "id");
  assert.equal(await page.textContent("#download-html"), "Unduh dokumen (HTML)");
  assert.equal(await page.textContent("#sample"), "Coba data contoh");
  assert.deepEqual(await page.$$eval("table.targets thead th", (ths) => ths.map((th) => th.textContent)), ["Tahun", "Target", "Proyeksi", "Status"]);
  await checkSample(page, "id");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("files chosen with the file input give the same plan (JSON or TOML manifest); only masterplan.json shows the core's error naming the file", async () => {
  const page = await open();
  // Only the manifest: the core names the first part it lacks; nothing else changes.
  await page.setInputFiles("#file-input", upload({ "masterplan.json": MANIFEST_TEXT }));
  const refused = await waitStatus(page, /tidak dapat dibaca/);
  assert.equal(
    refused,
    "Rencana tidak dapat dibaca dari masterplan.json: masterplan baseline `bolmong-baseline-2019.json`: the file was not found",
  );
  assert.match(await page.getAttribute("#status", "class"), /\berror\b/);
  assert.equal(await page.isHidden('[data-testid="plan"]'), true);

  // Everything (in another order): the sample's plan.
  const all = { ...sampleFiles(), "masterplan.json": MANIFEST_TEXT };
  await page.setInputFiles("#file-input", upload(Object.fromEntries(Object.entries(all).reverse())));
  await waitStatus(page, /dimuat dari/);
  assert.doesNotMatch(await page.getAttribute("#status", "class"), /\berror\b/);
  await checkSample(page);

  // The roadmap missing: the error names it, the shown plan stays.
  const noRoadmap = { ...all };
  delete noRoadmap[MANIFEST.roadmap];
  await page.setInputFiles("#file-input", upload(noRoadmap));
  assert.match(await waitStatus(page, /tidak dapat dibaca/), /masterplan roadmap `bolmong-roadmap\.json`: the file was not found/);
  await checkSample(page);

  // No manifest among the files.
  await page.setInputFiles("#file-input", upload(sampleFiles()));
  assert.match(await waitStatus(page, /Tidak ada manifest/), /masterplan\.json/);
  await checkSample(page);

  // The manifest as TOML (examples/data/masterplan.toml): the same plan;
  // a TOML syntax error is the core's, with its line and column.
  await page.setInputFiles("#file-input", upload({ ...sampleFiles(), "masterplan.toml": MANIFEST_TOML }));
  await waitStatus(page, /dimuat dari masterplan\.toml/);
  await checkSample(page);
  const broken = MANIFEST_TOML.replace('framework = "spbe-2020"', "framework = spbe");
  await page.setInputFiles("#file-input", upload({ ...sampleFiles(), "masterplan.toml": broken }));
  assert.match(await waitStatus(page, /tidak dapat dibaca/), /masterplan: invalid TOML at line 12, column 13: /);
  await checkSample(page);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("the assessments as Excel workbooks (xlsxWorkbook, one per year): the same as the node package reads", async () => {
  const docs = em.assessmentsFromCsv(fs.readFileSync(path.join(DATA, MANIFEST.assessments[0])));
  const files = { ...sampleFiles() };
  delete files[MANIFEST.assessments[0]];
  const names = [];
  for (const period of [...new Set(docs.map((d) => d.period))]) {
    const year = docs.filter((d) => d.period === period);
    const name = `opd-${period}.xlsx`;
    files[name] = em.xlsxWorkbook(MANIFEST.framework, { subjects: year.map((d) => d.subject), period, prefill: year });
    names.push(name);
  }
  const manifest = JSON.stringify({ ...MANIFEST, assessments: names });
  const plan = em.Masterplan.fromJson(manifest, files);
  assert.equal(plan.assessments().length, docs.length);

  const page = await open();
  await page.setInputFiles("#file-input", upload({ ...files, "masterplan.json": manifest }));
  await waitStatus(page, /dimuat dari/);
  assert.deepEqual(await shownRows(page), summaryRows(plan, "id"));
  const view = await page.evaluate(() => window.masterplanPage.view());
  assert.deepEqual(view.targets, plan.targets());
  assert.deepEqual(view.findings, plan.check());
  plan.free();
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("files dropped on the page load the plan", async () => {
  const page = await open();
  const payload = Object.entries({ ...sampleFiles(), "masterplan.json": MANIFEST_TEXT }).map(([name, b]) => [name, Buffer.from(b).toString("base64")]);
  await page.evaluate((items) => {
    const dt = new DataTransfer();
    for (const [name, b64] of items) {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], name));
    }
    const zone = document.getElementById("drop-zone");
    zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, payload);
  await waitStatus(page, /dimuat dari/);
  await checkSample(page);
  assert.equal(await page.evaluate(() => document.getElementById("drop-zone").classList.contains("dragging")), false);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("the downloads are the node package's toHtml / toMarkdown / toDocx for the same files, in the current language", async () => {
  const plan = em.Masterplan.fromJson(MANIFEST_TEXT, sampleFiles());
  const page = await open();
  await page.click("#sample");
  await waitStatus(page, /dimuat dari/);
  const get = async (button) => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
    return { name: download.suggestedFilename(), text: fs.readFileSync(await download.path(), "utf8") };
  };
  const html = await get("#download-html");
  assert.equal(html.name, "masterplan-id.html");
  assert.ok(html.text === plan.toHtml({ lang: "id" }), "the HTML download equals toHtml({lang: 'id'})");
  assert.equal(await statusText(page), "Diunduh: masterplan-id.html");
  const md = await get("#download-md");
  assert.equal(md.name, "masterplan-id.md");
  assert.ok(md.text === plan.toMarkdown({ lang: "id" }), "the Markdown download equals toMarkdown({lang: 'id'})");
  await page.click("#lang-toggle");
  const htmlEn = await get("#download-html");
  assert.equal(htmlEn.name, "masterplan-en.html");
  assert.ok(htmlEn.text === plan.toHtml({ lang: "en" }), "the English HTML equals toHtml({lang: 'en'})");
  const mdEn = await get("#download-md");
  assert.equal(mdEn.name, "masterplan-en.md");
  assert.ok(mdEn.text === plan.toMarkdown({ lang: "en" }));
  assert.equal(await statusText(page), "Downloaded: masterplan-en.md");
  // Word: the same bytes as the package's toDocx.
  const [word] = await Promise.all([page.waitForEvent("download"), page.click("#download-docx")]);
  assert.equal(word.suggestedFilename(), "masterplan-en.docx");
  assert.deepEqual(fs.readFileSync(await word.path()), Buffer.from(plan.toDocx({ lang: "en" })));
  plan.free();
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("no request leaves 127.0.0.1 (loading, the sample, the downloads)", async () => {
  const page = await open();
  await page.click("#sample");
  await waitStatus(page, /dimuat dari/);
  await Promise.all([page.waitForEvent("download"), page.click("#download-html")]);
  const origin = new URL(pageUrl()).origin;
  const outside = page.requests.filter((u) => !(u.startsWith(`${origin}/`) || u.startsWith(`blob:${origin}/`)));
  assert.deepEqual(outside, []);
  // What it fetched: the page, the calculator's style, the package and the sample.
  const paths = page.requests.filter((u) => u.startsWith(origin)).map((u) => new URL(u).pathname);
  assert.ok(paths.includes("/examples/web-calculator/style.css"));
  assert.ok(paths.includes("/bindings-wasm/pkg/web/egov_masterplan_wasm_bg.wasm"));
  for (const n of ["masterplan.json", ...NAMES]) assert.ok(paths.includes(`/examples/data/${n}`), n);
  const resources = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
  assert.deepEqual(resources.filter((u) => !u.startsWith(`${origin}/`)), []);
  await page.close();
});

test("a hostile government name shows as text: no element, no dialog", async () => {
  const m = JSON.parse(MANIFEST_TEXT);
  m.government.name = XSS;
  delete m.title;
  m.targets[0].source = { id: XSS, en: XSS };
  const manifest = JSON.stringify(m);
  const page = await open();
  await page.setInputFiles("#file-input", upload({ ...sampleFiles(), "masterplan.json": manifest }));
  await waitStatus(page, /dimuat dari/);
  assert.equal(await page.textContent('[data-testid="government"]'), XSS);
  assert.equal(await page.textContent("#plan-title"), XSS);
  assert.equal(await page.textContent("#targets-body tr:first-child .source"), XSS);
  assert.equal(await page.locator("main img").count(), 0);
  await page.waitForTimeout(200);
  assert.deepEqual(page.dialogs, []);
  // The download is the core's document, which escapes the name.
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-html")]);
  const html = fs.readFileSync(await download.path(), "utf8");
  assert.ok(!html.includes(XSS));
  assert.ok(html.includes("&lt;img src=x onerror=alert(1)&gt;"));
  assert.deepEqual(page.errors, []);
  await page.close();
});
