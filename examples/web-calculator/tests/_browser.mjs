// What the calculator's browser tests share: a static server on 127.0.0.1,
// one Chromium (playwright-core, no browser download) per test file, page
// opening, and the check of displayed numbers against a scoring vector.
// Run from the repository root:  node --test examples/web-calculator/tests/
//
// Needs: bindings-wasm/pkg built (scripts/build-wasm), playwright-core in
// bindings-wasm/node_modules (npm install there) and a Chromium binary
// (/usr/bin/chromium, or CHROMIUM=/path/to/chrome).

import { before, after } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../../..");
export const TARGET = path.join(ROOT, "target");
const require = createRequire(path.join(ROOT, "bindings-wasm", "package.json"));
const { chromium } = require("playwright-core");

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
export const XSS = "<img src=x onerror=alert(1)>";

export const VECTORS = JSON.parse(fs.readFileSync(path.join(ROOT, "tests/vectors/scoring.json"), "utf8")).cases;
export const FRAMEWORK_DOCS = Object.fromEntries(
  ["spbe-2020", "spbe-2018", "pemdi-2025"].map((id) => [
    id,
    JSON.parse(fs.readFileSync(path.join(ROOT, "core/frameworks", `${id}.json`), "utf8")),
  ]),
);

// ------------------------------------------------------- static server --

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".csv": "text/csv; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".ts": "text/plain; charset=utf-8",
};

/** Serves the repository root on 127.0.0.1 (a free port). */
function startServer() {
  const server = http.createServer((req, res) => {
    const send = (status, body, headers = {}) => {
      res.writeHead(status, {
        "Cache-Control": "no-store",
        // Cross-origin isolation gives performance.now() a fine resolution.
        "Cross-Origin-Opener-Policy": "same-origin",
        "Cross-Origin-Embedder-Policy": "require-corp",
        ...headers,
      });
      res.end(body);
    };
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, "http://127.0.0.1").pathname);
    } catch {
      return send(400, "bad request");
    }
    const file = path.resolve(ROOT, "." + pathname);
    if (file !== ROOT && !file.startsWith(ROOT + path.sep)) return send(403, "forbidden");
    fs.stat(file, (err, st) => {
      if (err) return send(404, "not found");
      if (st.isDirectory()) {
        if (!pathname.endsWith("/")) return send(301, "", { Location: pathname + "/" });
        const index = path.join(file, "index.html");
        return fs.readFile(index, (e, body) =>
          e ? send(404, "not found") : send(200, body, { "Content-Type": TYPES[".html"] }),
        );
      }
      fs.readFile(file, (e, body) => {
        if (e) return send(404, "not found");
        send(200, body, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
      });
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

// ------------------------------------------------------------- browser --

let server;
let userDataDir;
/** The browser context and the calculator's address, set by `useBrowser`. */
export const env = { context: null, baseUrl: "" };

/** Starts the server and Chromium before the file's tests, stops them after. */
export function useBrowser() {
  before(start);
  after(stop);
}

async function start() {
  fs.mkdirSync(TARGET, { recursive: true });
  server = await startServer();
  env.baseUrl = `http://127.0.0.1:${server.address().port}/examples/web-calculator/`;
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "calculator-chromium-"));
  env.context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  for (const p of env.context.pages()) await p.close();
}

async function stop() {
  await env.context?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
}

/**
 * Opens the calculator (or `url`) and waits until the package is loaded.
 * Retries: the package may be rebuilt (pkg/ removed and rewritten) while
 * the tests run.
 */
export async function open(url = env.baseUrl, { viewport } = {}) {
  const page = await env.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  page.errors = [];
  page.dialogs = [];
  page.on("pageerror", (e) => page.errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") page.errors.push(`console: ${m.text()}`);
  });
  page.on("dialog", async (d) => {
    page.dialogs.push(d.message());
    await d.dismiss();
  });
  let last;
  for (let attempt = 1; attempt <= 8; attempt++) {
    try {
      await page.goto(url, { waitUntil: "load" });
      await page.waitForFunction(() => window.calculator && window.calculator.ready, null, { timeout: 15_000 });
      const outcome = await page.evaluate(() =>
        window.calculator.ready.then(
          () => "ok",
          (e) => `failed: ${e}`,
        ),
      );
      if (outcome === "ok") {
        page.errors.length = 0;
        return page;
      }
      last = new Error(outcome);
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 2_000));
  }
  await page.close();
  throw last;
}

export const textOf = (page, testid) => page.locator(`[data-testid="${testid}"]`).first().textContent();

function labelOf(text, lang) {
  return typeof text === "string" ? text : text[lang];
}

/** Checks the displayed numbers against a vector's expected values. */
export async function checkDisplayed(page, vector, lang = "id") {
  const exp = vector.expected;
  assert.equal(await textOf(page, "index"), exp.index_text, `${vector.name}: index`);
  const predicate = page.getByTestId("predicate");
  assert.equal(await predicate.getAttribute("data-predicate-id"), exp.predicate, `${vector.name}: predicate id`);
  const band = FRAMEWORK_DOCS[vector.framework].predicates.find((p) => p.id === exp.predicate);
  assert.equal(await predicate.textContent(), labelOf(band.label, lang), `${vector.name}: predicate name`);
  for (const [id, value] of Object.entries(exp.nodes)) {
    const shown = value === null ? "—" : value.text;
    assert.equal(await textOf(page, `value-${id}`), shown, `${vector.name}: ${id} in the values table`);
    assert.equal(await textOf(page, `heading-value-${id}`), shown, `${vector.name}: ${id} in its heading`);
  }
  assert.match(await textOf(page, "coverage"), new RegExp(`^${exp.coverage.rated}/${exp.coverage.total}\\b`));
}

export const uiBasis = (vector) => vector.options.predicate_basis;
export const uiMissing = (vector) => vector.options.missing;

/**
 * Records the page's requests for the lazily loaded forms module and checks
 * that the first paint (and the published results after it) fetched none;
 * returns a function listing the forms files fetched so far.
 */
export async function watchFormsModule(page) {
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  const formsFiles = () => requests.filter((p) => p.startsWith("/bindings-wasm/pkg/forms/"));
  assert.equal(await page.evaluate(() => window.calculator.benchmarkReady), true);
  assert.equal(
    await page.evaluate(() => performance.getEntriesByType("resource").some((e) => e.name.includes("/pkg/forms/"))),
    false,
    "no forms file before the first forms action",
  );
  assert.deepEqual(formsFiles(), []);
  return formsFiles;
}

