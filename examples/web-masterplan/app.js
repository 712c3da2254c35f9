// The masterplan page: the manifest and its files in, the findings, the
// target table and the masterplan document out, on top of the
// `egov-masterplan` WebAssembly package (Masterplan.fromManifest, check,
// targets, toHtml, toMarkdown, toDocx). Every number is the Rust core's; this file
// reads the files, keeps the loaded plan and draws it in the current
// language.
//
// Safety rule: nothing from a file (names, titles, messages, ids) reaches
// the page other than through `textContent` or an attribute set with
// setAttribute; there is no `innerHTML` in this page. The downloads are
// the core's own documents (which escape what they print), offered as
// files, never shown in this page.

import { t, text } from "./i18n.js";
import { roundHalfUp } from "./format.js";

// The package's full browser module, relative to this file
// (examples/web-masterplan/ → repo root), and the sample plan
// (examples/data/), both from this page's own origin.
const PACKAGE_URL = new URL("../../bindings-wasm/pkg/web/index.js", import.meta.url).href;
const SAMPLE_DIR = new URL("../data/", import.meta.url).href;

const state = {
  lang: "id",
  api: null,
  /** The loaded Masterplan (the package's object), or null. */
  plan: null,
  /** What the plan came from (the manifest's file name) and what it says. */
  view: null,
  /** The status line as {key, vars, error} (re-translated on a language switch). */
  status: { key: "loading", vars: {}, error: false },
};

const $ = (id) => document.getElementById(id);

function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
}

// ------------------------------------------------------------- status --

function setStatus(key, vars = {}, error = false) {
  state.status = { key, vars, error };
  drawStatus();
}

function drawStatus() {
  const box = $("status");
  const { key, vars, error } = state.status;
  box.textContent = key ? t(state.lang, key, vars) : "";
  box.classList.toggle("error", error);
}

/** A thrown value's message: the core's errors are Error subclasses. */
const messageOf = (e) => (e && typeof e === "object" && "message" in e ? e.message : String(e));

// ------------------------------------------------------- reading files --

/** The file names a manifest refers to, in its order. */
function namedFiles(manifest) {
  const names = [];
  const add = (n) => {
    if (typeof n === "string" && n !== "" && !names.includes(n)) names.push(n);
  };
  add(manifest.baseline);
  if (Array.isArray(manifest.assessments)) manifest.assessments.forEach(add);
  add(manifest.architecture);
  add(manifest.roadmap);
  return names;
}

const baseName = (p) => String(p).split(/[\\/]/).pop();

/** Whether JSON text is a masterplan manifest (it has schema_version and government). */
function manifestOf(textValue) {
  try {
    const v = JSON.parse(textValue);
    return v && typeof v === "object" && !Array.isArray(v) && "schema_version" in v && "government" in v ? v : null;
  } catch {
    return null;
  }
}

/**
 * Loads a plan from `entries` ([{name, bytes}]): finds the manifest, keys
 * the other files by the paths the manifest writes (a file matches its
 * path or the path's last part) and hands them to the core as bytes. On
 * any failure the status says why and the shown plan stays as it was.
 */
function loadPlan(entries) {
  const decoder = new TextDecoder();
  const isManifestName = (f) => /^masterplan\.(json|toml)$/i.test(baseName(f.name));
  const jsons = entries.filter((f) => /\.json$/i.test(f.name));
  // JSON manifests are told by their content; a TOML file can only be a
  // manifest (the core reads it; it reports TOML's errors with line and column).
  let manifests = [
    ...jsons.map((f) => ({ file: f, text: decoder.decode(f.bytes) })).filter((m) => manifestOf(m.text) !== null),
    ...entries.filter((f) => /\.toml$/i.test(f.name)).map((f) => ({ file: f, text: decoder.decode(f.bytes) })),
  ];
  if (manifests.length === 0) {
    const byName = jsons.find((f) => baseName(f.name).toLowerCase() === "masterplan.json");
    if (byName) {
      // Named like a manifest but not one: let JSON.parse say why.
      try {
        JSON.parse(decoder.decode(byName.bytes));
        manifests = [{ file: byName, text: decoder.decode(byName.bytes) }];
      } catch (e) {
        return setStatus("badManifest", { file: byName.name, msg: messageOf(e) }, true);
      }
    }
  }
  if (manifests.length > 1) {
    const named = manifests.filter((m) => isManifestName(m.file));
    if (named.length === 1) manifests = named;
    else return setStatus("manyManifests", { names: manifests.map((m) => m.file.name).join(", ") }, true);
  }
  if (manifests.length === 0) return setStatus("noManifest", {}, true);
  const { file: manifestFile, text: manifestText } = manifests[0];

  let plan;
  try {
    // The paths the manifest writes, read by the core (JSON or TOML).
    const names = state.api.Masterplan.namedFiles(manifestText);
    const files = {};
    for (const f of entries) {
      if (f !== manifestFile) files[f.name] = f.bytes;
    }
    for (const path of names) {
      if (path in files) continue;
      const match = entries.find((f) => f !== manifestFile && baseName(f.name) === baseName(path));
      if (match) files[path] = match.bytes;
    }
    plan = state.api.Masterplan.fromManifest(manifestText, files);
  } catch (e) {
    // The core's message names the part and the file ("masterplan roadmap
    // `bolmong-roadmap.json`: the file was not found").
    return setStatus("failed", { file: manifestFile.name, msg: messageOf(e) }, true);
  }
  let view;
  try {
    view = readPlan(plan);
  } catch (e) {
    plan.free();
    return setStatus("failed", { file: manifestFile.name, msg: messageOf(e) }, true);
  }
  state.plan?.free();
  state.plan = plan;
  state.view = view;
  drawPlan();
  setStatus("loaded", { file: manifestFile.name, n: entries.length - 1 });
}

/** Everything the page shows of a plan, read once from the core. */
function readPlan(plan) {
  const fw = plan.framework();
  const doc = fw.document();
  fw.free?.();
  return {
    title: plan.title,
    government: plan.governmentName,
    period: plan.period,
    sample: plan.sample,
    framework: doc.name,
    decimals: doc.rounding?.decimals ?? 2,
    predicates: Object.fromEntries(doc.predicates.map((p) => [p.id, p.label])),
    findings: plan.check(),
    targets: plan.targets(),
  };
}

async function readInputFiles(list) {
  const files = [...list];
  if (files.length === 0) return;
  setStatus("reading", { n: files.length });
  try {
    const entries = await Promise.all(
      files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    );
    loadPlan(entries);
  } catch (e) {
    setStatus("failed", { file: files[0].name, msg: messageOf(e) }, true);
  }
}

async function loadSample() {
  setStatus("readingSample");
  try {
    const get = async (name) => {
      const res = await fetch(new URL(name, SAMPLE_DIR));
      if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`);
      return { name, bytes: new Uint8Array(await res.arrayBuffer()) };
    };
    const manifest = await get("masterplan.json");
    const names = namedFiles(JSON.parse(new TextDecoder().decode(manifest.bytes)));
    const others = await Promise.all(names.map(get));
    loadPlan([manifest, ...others]);
  } catch (e) {
    setStatus("sampleFailed", { msg: messageOf(e) }, true);
  }
}

// ------------------------------------------------------------- drawing --

/** The interface labels that do not depend on a plan. */
function drawLabels() {
  const lang = state.lang;
  document.documentElement.lang = lang;
  document.title = t(lang, "pageTitle");
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(lang, node.dataset.i18n);
  const toggle = $("lang-toggle");
  toggle.textContent = t(lang, "langToggle");
  toggle.lang = lang === "id" ? "en" : "id";
  toggle.title = t(lang, "langToggleTitle");
  $("findings-h").textContent = t(lang, "findingsH");
  $("targets-h").textContent = t(lang, "targetsH");
  $("targets-hint").textContent = t(lang, "targetsHint");
  $("col-year").textContent = t(lang, "colYear");
  $("col-target").textContent = t(lang, "colTarget");
  $("col-projected").textContent = t(lang, "colProjected");
  $("col-status").textContent = t(lang, "colStatus");
  $("document-h").textContent = t(lang, "documentH");
  $("document-hint").textContent = t(lang, "documentHint");
  $("download-html").textContent = t(lang, "downloadHtml");
  $("download-md").textContent = t(lang, "downloadMd");
  $("download-docx").textContent = t(lang, "downloadDocx");
}

/** A target in words, as the core's summary writes it: "Indeks ≥ 3.00", "Predikat: Sangat Baik", "D3 ≥ 3.00". */
function targetText(o, view, lang) {
  if (o.measure === "predicate") {
    return `${t(lang, "predicate")}: ${text(view.predicates[o.predicate], lang) || o.predicate}`;
  }
  const subject = o.measure === "group" ? o.group : t(lang, "index");
  return `${subject} ≥ ${o.requiredText}`;
}

/** The status in words: "tercapai", or "kurang 0.21" (required − reached, rounded as the framework prints). */
function statusText(o, view, lang) {
  return o.met ? t(lang, "met") : t(lang, "shortBy", { x: roundHalfUp(o.shortBy, view.decimals) });
}

function drawPlan() {
  const view = state.view;
  const section = $("plan");
  if (!view) {
    section.hidden = true;
    return;
  }
  const lang = state.lang;
  const government = text(view.government, lang);
  $("plan-title").textContent = text(view.title, lang) || government;
  $("government").textContent = government;
  $("period").textContent = t(lang, "period", { start: view.period[0], end: view.period[1] });
  $("framework").textContent = t(lang, "framework", { name: text(view.framework, lang) });
  const notice = $("sample-notice");
  notice.hidden = !view.sample;
  notice.textContent = view.sample ? t(lang, "sampleNotice") : "";

  const findings = $("findings");
  findings.replaceChildren(
    ...(view.findings.length === 0
      ? [el("li", { class: "finding none", text: t(lang, "noFindings") })]
      : view.findings.map((f) =>
          el(
            "li",
            { class: `finding ${f.severity}`, "data-kind": f.kind, "data-severity": f.severity },
            el("span", { class: `badge ${f.severity}`, text: t(lang, f.severity === "error" ? "error" : "warning") }),
            el("span", { class: "message", text: text(f.message, lang) }),
          ),
        )),
  );

  const body = $("targets-body");
  body.replaceChildren(
    ...(view.targets.length === 0
      ? [el("tr", {}, el("td", { colspan: "4", class: "muted", text: t(lang, "noTargets") }))]
      : view.targets.map((o) => targetRow(o, view, lang))),
  );
  section.hidden = false;
}

function targetRow(o, view, lang) {
  const targetCell = el("td", { class: "target" }, el("span", { class: "target-text", text: targetText(o, view, lang) }));
  if (o.source) targetCell.append(el("span", { class: "source", text: text(o.source, lang) }));
  const statusCell = el(
    "td",
    { class: "status-cell" },
    el("span", { class: `badge ${o.met ? "met" : "short"}`, text: statusText(o, view, lang) }),
  );
  if (!o.met) {
    const lines = [];
    if (o.steps === null) lines.push(t(lang, "unreachable"));
    else {
      const list = o.steps.map((s) => `${s.indicator} ${s.from}→${s.to}`).join(", ");
      lines.push(t(lang, "steps", { n: o.steps.length, list }));
    }
    if (o.wouldCover.length > 0) {
      lines.push(
        `${t(lang, "wouldCover", { year: o.year, list: o.wouldCover.join(", ") })} ${t(lang, o.coveredByThem ? "coveredYes" : "coveredNo")}`,
      );
    }
    statusCell.append(
      el("details", { class: "why" }, el("summary", { text: t(lang, "details") }), ...lines.map((l) => el("p", { text: l }))),
    );
  }
  return el(
    "tr",
    { "data-met": String(o.met) },
    el("td", { class: "num year", text: String(o.year) }),
    targetCell,
    el("td", { class: "num projected", text: o.reachedText }),
    statusCell,
  );
}

function drawAll() {
  drawLabels();
  drawStatus();
  drawPlan();
}

// ----------------------------------------------------------- downloads --

/** Offers `content` as a file download (a blob URL of this page's origin). */
function download(filename, content, type) {
  const blob = new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The three documents: file extension, MIME type, and how to write it. */
const DOCUMENTS = {
  html: ["html", "text/html;charset=utf-8", (plan, lang) => plan.toHtml({ lang })],
  md: ["md", "text/markdown;charset=utf-8", (plan, lang) => plan.toMarkdown({ lang })],
  docx: [
    "docx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    (plan, lang) => plan.toDocx({ lang }),
  ],
};

function offer(kind) {
  if (!state.plan) return;
  const lang = state.lang;
  const [ext, type, write] = DOCUMENTS[kind];
  const name = `masterplan-${lang}.${ext}`;
  try {
    download(name, write(state.plan, lang), type);
    setStatus("downloaded", { file: name });
  } catch (e) {
    setStatus("downloadFailed", { file: name, msg: messageOf(e) }, true);
  }
}

// -------------------------------------------------------------- wiring --

function wire() {
  $("lang-toggle").addEventListener("click", () => {
    state.lang = state.lang === "id" ? "en" : "id";
    drawAll();
  });
  $("file-input").addEventListener("change", async (e) => {
    await readInputFiles(e.target.files ?? []);
    e.target.value = "";
  });
  $("sample").addEventListener("click", loadSample);
  $("download-html").addEventListener("click", () => offer("html"));
  $("download-md").addEventListener("click", () => offer("md"));
  $("download-docx").addEventListener("click", () => offer("docx"));
  const zone = $("drop-zone");
  // The whole page takes a drop (a file dropped beside the zone would
  // otherwise be opened by the browser, leaving the page).
  for (const type of ["dragenter", "dragover"]) {
    document.addEventListener(type, (e) => {
      if (!e.dataTransfer?.types?.includes("Files")) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = "copy";
      zone.classList.add("dragging");
    });
  }
  document.addEventListener("dragleave", (e) => {
    if (e.relatedTarget === null) zone.classList.remove("dragging");
  });
  document.addEventListener("drop", (e) => {
    if (!e.dataTransfer?.files) return;
    e.preventDefault();
    zone.classList.remove("dragging");
    if (state.api) readInputFiles(e.dataTransfer.files);
  });
}

async function start() {
  drawLabels();
  drawStatus();
  try {
    const api = await import(PACKAGE_URL);
    await api.default();
    state.api = api;
  } catch (e) {
    setStatus("loadFailed", { msg: messageOf(e) }, true);
    throw e;
  }
  wire();
  $("sample").disabled = false;
  setStatus("empty");
  document.body.classList.add("ready");
}

const ready = start();

// A small hook for tests and for the browser console.
window.masterplanPage = {
  ready,
  /** The loaded plan's findings and targets as the core gives them (or null). */
  view: () => (state.view ? structuredClone({ findings: state.view.findings, targets: state.view.targets }) : null),
  lang: () => state.lang,
};
