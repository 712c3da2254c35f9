// The masterplan document (Masterplan.toHtml, the same bytes as the Rust
// core's and the Python package's) in Chromium: it opens without a single
// network request, prints to A4 PDF, and no element is wider than the
// printable area (A4 210 mm less 2 × 16 mm margins = 178 mm, 672.76 CSS px).
// The screenshot of its first page is kept in target/ (and /tmp).
// Run from the repository root:  node --test examples/web-calculator/tests/

import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { useBrowser, env, TARGET } from "./_browser.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const em = await import(createRequire(import.meta.url).resolve("../../../bindings-wasm/pkg/node/index.mjs"));

useBrowser();

/** The sample masterplan from examples/data, through the node package. */
function samplePlan() {
  const dir = path.join(ROOT, "examples/data");
  const manifest = fs.readFileSync(path.join(dir, "masterplan.json"), "utf8");
  const m = JSON.parse(manifest);
  const names = [m.baseline, ...(m.assessments ?? []), m.architecture, m.roadmap];
  const files = Object.fromEntries(names.map((n) => [n, fs.readFileSync(path.join(dir, n))]));
  return em.Masterplan.fromJson(manifest, files);
}

const PRINTABLE_PX = ((210 - 2 * 16) / 25.4) * 96;

for (const lang of ["id", "en"]) {
  test(`the ${lang} document: no request, A4 pages, nothing wider than the page`, async () => {
    const html = samplePlan().toHtml({ lang });
    const page = await env.context.newPage();
    const requests = [];
    page.on("request", (r) => requests.push(r.url()));
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    // Served from memory at a page of its own: the document's own requests
    // are all that could appear.
    await page.route("http://127.0.0.1/masterplan.html", (route) =>
      route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
    );
    await page.goto("http://127.0.0.1/masterplan.html", { waitUntil: "load" });
    assert.deepEqual(requests, ["http://127.0.0.1/masterplan.html"]);
    assert.equal(await page.locator("h2").count(), 10); // seven chapters, three appendices
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages > 9, `${pages} pages: a page per chapter at least`);
    // Laid out at the printable width, as print media: nothing sticks out.
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: Math.floor(PRINTABLE_PX), height: 1000 });
    const wide = await page.evaluate((limit) => {
      const out = [];
      for (const e of document.querySelectorAll("body *")) {
        const r = e.getBoundingClientRect();
        if (r.width > 0 && r.right > limit + 0.5) out.push(`${e.tagName} ${Math.round(r.right)}`);
      }
      return out.slice(0, 5);
    }, PRINTABLE_PX);
    assert.deepEqual(wide, []);
    if (lang === "id") {
      await page.emulateMedia({ media: "screen" });
      await page.setViewportSize({ width: 900, height: 1270 });
      for (const dir of [TARGET, "/tmp"]) {
        await page.screenshot({ path: path.join(dir, "masterplan-first-page.png") });
      }
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
}
