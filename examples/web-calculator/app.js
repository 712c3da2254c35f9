// SPBE / Pemdi maturity calculator: plain ES modules on top of the
// `egov-masterplan` WebAssembly package. Every number on the page is the
// Rust core's (scoreLevels, gapTo, radarSvg, RadarLayout, and
// Benchmark.position from the package's benchmark module, loaded after the
// first paint; the CSV reader and writer and the Excel forms are its
// forms module's, loaded on the first CSV or Excel export or import);
// this file only keeps the state and draws it.
//
// Safety rule: text typed by the user (agency name, period, notes) reaches
// the page only through `textContent` or a control's `value`. The one
// `innerHTML` is the radar SVG, which the core generates and XML-escapes,
// the agency name included (see drawRadar in results.js).

import { t, text } from "./i18n.js";
import { slug, download, loadForms } from "./io.js";
import { exportCsvText, exportXlsxBytes, isXlsx } from "./files.js";
import {
  defaultState, loadFramework, snapshot, assessmentDocument, validateAssessment, defaultTarget,
  shareLink, writeHash, scheduleHash, readHash,
} from "./state.js";
import {
  $, el, store, current, frameworks, stash, FRAMEWORK_IDS, OPTION_VALUES, noteEvidence, radarTiers, scoreOptions,
} from "./store.js";
import { recompute, drawRadar, drawGap } from "./results.js";
import { renderAll, renderSubject, renderTree, syncRow } from "./render.js";
import { loadBenchmark, updatePosition } from "./benchmark.js";

// The package, relative to this file: examples/web-calculator/ → repo root.
// The scoring module: all the first paint needs, less than half the
// download of the full one (CSV and Excel export and import load the
// forms module when first used: io.js).
const PACKAGE_URL = new URL("../../bindings-wasm/pkg/scoring/index.js", import.meta.url).href;
store.state = defaultState();

// ------------------------------------------------------------- actions --

function setFramework(id) {
  if (id === store.state.framework || !frameworks.has(id)) return;
  stash.set(store.state.framework, { levels: store.state.levels, notes: store.state.notes });
  const saved = stash.get(id) ?? { levels: {}, notes: {} };
  store.state.framework = id;
  store.state.levels = saved.levels;
  store.state.notes = saved.notes;
  const f = current();
  if (!f.doc.predicates.some((p) => p.id === store.state.target)) store.state.target = defaultTarget(f);
  if (!radarTiers(f).includes(store.state.tier)) store.state.tier = radarTiers(f)[0];
  renderAll();
  scheduleHash();
}

function setLevel(id, value) {
  if (value === "" || value == null) delete store.state.levels[id];
  else store.state.levels[id] = Number(value);
  syncRow(id);
  recompute();
  scheduleHash();
}

function setNote(id, value) {
  const old = store.state.notes[id];
  const evidence = noteEvidence(old);
  if (evidence) store.state.notes[id] = { text: value, evidence };
  else if (value === "") delete store.state.notes[id];
  else store.state.notes[id] = value;
  syncRow(id);
  scheduleHash();
}

function setStatus(message, isError = false) {
  const box = $("io-status");
  box.textContent = message;
  box.classList.toggle("error", isError);
}

/** Replaces the assessment with `doc` ({subject, period, framework?, levels, notes?}). */
function applyAssessment(doc) {
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) throw new Error("expected an assessment object");
  let fid = doc.framework;
  if (fid == null) fid = guessFramework(Object.keys({ ...(doc.levels ?? {}), ...(doc.notes ?? {}) }));
  validateAssessment(fid, doc);
  stash.set(store.state.framework, { levels: store.state.levels, notes: store.state.notes });
  store.state.framework = fid;
  store.state.subject = doc.subject;
  store.state.period = doc.period;
  store.state.levels = { ...(doc.levels ?? {}) };
  for (const [k, v] of Object.entries(store.state.levels)) store.state.levels[k] = Number(v);
  // A note without evidence is kept as its text (the core's readers give
  // every note as {text, evidence?}).
  store.state.notes = Object.fromEntries(
    Object.entries(doc.notes ?? {}).map(([k, n]) => [k, n && typeof n === "object" && !n.evidence ? n.text : n]),
  );
  const f = current();
  if (!f.doc.predicates.some((p) => p.id === store.state.target)) store.state.target = defaultTarget(f);
  if (!radarTiers(f).includes(store.state.tier)) store.state.tier = radarTiers(f)[0];
  renderAll();
  writeHash();
}

/** The current framework if it has every id, else the first that does. */
function guessFramework(ids) {
  const fits = (fid) => ids.every((id) => frameworks.get(fid).leaves.has(id));
  if (fits(store.state.framework)) return store.state.framework;
  return FRAMEWORK_IDS.find(fits) ?? store.state.framework;
}

function fileBase() {
  const name = slug(store.state.subject) || (store.state.lang === "en" ? "assessment" : "penilaian");
  return `${store.state.framework}-${name}-${store.state.period}`;
}

function exportJsonText() {
  return JSON.stringify(assessmentDocument(), null, 2) + "\n";
}

/**
 * A returned form: its answers applied, then what was empty or refused. A
 * workbook of many agencies opens its first agency's sheet.
 */
async function openForm(file, bytes) {
  const { readWorkbook } = await loadForms();
  const forms = readWorkbook(bytes, file.name);
  const form = forms[0];
  applyAssessment(form.assessment);
  const lang = store.state.lang;
  const lines = [t(lang, "formRead", { file: file.name })];
  if (forms.length > 1) {
    lines.push(t(lang, "formWorkbook", { n: forms.length, subject: form.assessment.subject, sheet: form.sheet }));
  }
  if (form.empty.length > 0) lines.push(t(lang, "formEmpty", { n: form.empty.length }));
  if (form.problems.length > 0) {
    lines.push(t(lang, "formProblems", { n: form.problems.length }));
    // Each a FormCellError: "Penilaian!D8: level 7 is outside 1–5".
    for (const p of form.problems) lines.push(`• ${p.message}`);
  }
  setStatus(lines.join("\n"), form.problems.length > 0);
}

async function importFile(input, kind) {
  const file = input.files?.[0];
  if (!file) return;
  try {
    const bytes = kind === "json" ? null : new Uint8Array(await file.arrayBuffer());
    if (kind === "form" && isXlsx(file, bytes)) {
      await openForm(file, bytes);
    } else if (kind === "json") {
      applyAssessment(JSON.parse(await file.text()));
      setStatus(t(store.state.lang, "imported", { file: file.name }));
    } else {
      const { assessmentsFromCsv } = await loadForms();
      // The file's bytes: the core reads UTF-8, or else Windows-1252 (what
      // Excel's "CSV" saves on Windows).
      const docs = assessmentsFromCsv(bytes);
      if (docs.length === 0) throw new Error(t(store.state.lang, "csvEmpty"));
      applyAssessment(docs[0]);
      setStatus(
        docs.length > 1
          ? t(store.state.lang, "importedFirst", { n: docs.length, subject: docs[0].subject, period: docs[0].period })
          : t(store.state.lang, "imported", { file: file.name }),
      );
    }
  } catch (e) {
    setStatus(t(store.state.lang, "importFailed", { file: file.name, msg: e?.message ?? String(e) }), true);
  } finally {
    input.value = "";
  }
}

function wire() {
  $("lang-toggle").addEventListener("click", () => {
    store.state.lang = store.state.lang === "id" ? "en" : "id";
    renderAll();
    scheduleHash();
  });
  $("framework").addEventListener("change", (e) => setFramework(e.target.value));
  $("subject").addEventListener("input", (e) => {
    store.state.subject = e.target.value;
    renderSubject();
    drawRadar(current());
    scheduleHash();
  });
  $("period").addEventListener("input", (e) => {
    const v = e.target.value.trim();
    if (!/^\d{1,4}$/.test(v)) return; // keep the last valid year while typing
    store.state.period = Number(v);
    renderSubject();
    recompute();
    scheduleHash();
  });
  $("period").addEventListener("change", (e) => {
    if (e.target.value.trim() !== String(store.state.period)) e.target.value = String(store.state.period);
  });
  for (const [id, key] of [
    ["basis", "basis"],
    ["missing", "missing"],
    ["target", "target"],
    ["radar-tier", "tier"],
  ]) {
    $(id).addEventListener("change", (e) => {
      store.state[key] = e.target.value;
      recompute();
      scheduleHash();
    });
  }
  // One listener for every level select and note field.
  const tree = $("tree");
  const onLevel = (e) => {
    const id = e.target.dataset?.indicator;
    if (id && e.target.tagName === "SELECT") {
      const want = e.target.value === "" ? undefined : Number(e.target.value);
      if (store.state.levels[id] !== want) setLevel(id, e.target.value);
    }
  };
  tree.addEventListener("change", onLevel);
  tree.addEventListener("input", (e) => {
    const id = e.target.dataset?.indicator;
    if (!id) return;
    if (e.target.tagName === "TEXTAREA") setNote(id, e.target.value);
    else onLevel(e);
  });

  $("province").addEventListener("change", (e) => {
    store.state.province = e.target.value;
    updatePosition();
    scheduleHash();
  });
  $("gap-more").addEventListener("click", () => {
    store.gapExpanded = !store.gapExpanded;
    drawGap(current());
  });
  $("export-json").addEventListener("click", () => {
    const name = `${fileBase()}.json`;
    download(name, exportJsonText(), "application/json");
    setStatus(t(store.state.lang, "exported", { file: name }));
  });
  $("export-csv").addEventListener("click", async () => {
    const name = `${fileBase()}.csv`;
    try {
      download(name, await exportCsvText(), "text/csv");
      setStatus(t(store.state.lang, "exported", { file: name }));
    } catch (e) {
      setStatus(t(store.state.lang, "exportFailed", { file: name, msg: e?.message ?? String(e) }), true);
    }
  });
  $("export-xlsx").addEventListener("click", async () => {
    const name = `${fileBase()}.xlsx`;
    try {
      download(name, await exportXlsxBytes(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      setStatus(t(store.state.lang, "exported", { file: name }));
    } catch (e) {
      setStatus(t(store.state.lang, "exportFailed", { file: name, msg: e?.message ?? String(e) }), true);
    }
  });
  $("import-json").addEventListener("change", (e) => importFile(e.target, "json"));
  $("import-csv").addEventListener("change", (e) => importFile(e.target, "csv"));
  $("open-form").addEventListener("change", (e) => importFile(e.target, "form"));
  $("print").addEventListener("click", () => window.print());
  $("reset").addEventListener("click", () => {
    if (!window.confirm(t(store.state.lang, "resetConfirm"))) return;
    store.state.levels = {};
    store.state.notes = {};
    renderTree();
    recompute();
    writeHash();
  });
  $("copy-link").addEventListener("click", async () => {
    const link = writeHash();
    try {
      await navigator.clipboard.writeText(link);
      setStatus(t(store.state.lang, "copied"));
    } catch {
      $("share-link").select();
      setStatus(t(store.state.lang, "copyFailed"));
    }
  });
  // The skip link moves focus without touching the address (which holds
  // the share-link state).
  document.querySelector(".skip-link").addEventListener("click", (e) => {
    e.preventDefault();
    const target = $("indicators");
    target.focus();
    target.scrollIntoView();
  });
  $("share-link").addEventListener("focus", (e) => e.target.select());
  window.addEventListener("hashchange", () => {
    try {
      const restored = readHash();
      if (restored) {
        store.state = restored;
        renderAll();
        $("share-link").value = shareLink();
      }
    } catch (e) {
      setStatus(t(store.state.lang, "hashFailed", { msg: e?.message ?? String(e) }), true);
    }
  });
}

// ----------------------------------------------------------------- start --

async function start() {
  try {
    store.api = await import(PACKAGE_URL);
    await store.api.default();
  } catch (e) {
    const box = $("load-status");
    box.textContent = t(store.state.lang, "loadFailed", { msg: e?.message ?? String(e) });
    box.classList.add("error");
    throw e;
  }
  FRAMEWORK_IDS.push(...store.api.Framework.builtinIds());
  for (const option of Object.keys(OPTION_VALUES)) {
    OPTION_VALUES[option] = store.api.optionValues(option);
  }
  store.state.framework = FRAMEWORK_IDS[0];
  for (const id of FRAMEWORK_IDS) loadFramework(id);
  let hashError = null;
  try {
    const restored = readHash();
    if (restored) store.state = restored;
  } catch (e) {
    hashError = e;
  }
  wire();
  renderAll();
  $("share-link").value = hashError ? shareLink() : writeHash();
  $("load-status").hidden = true;
  document.body.classList.add("ready");
  if (hashError) setStatus(t(store.state.lang, "hashFailed", { msg: hashError.message ?? String(hashError) }), true);
}

const ready = start();
// The published results come after the first paint (their module is loaded
// only then): the position line says it is loading until they are in.
const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const benchmarkReady = ready.then(afterPaint).then(loadBenchmark, () => false);

// A small hook for tests and for the browser console.
window.calculator = {
  ready,
  /** Settles once the published results are loaded (true) or failed (false). */
  benchmarkReady,
  /** Replaces every level: `{I1: 3, …}` (levels not given become unrated). */
  setLevels(levels) {
    const f = current();
    for (const [id, v] of Object.entries(levels)) {
      if (!f.leaves.has(id)) throw new Error(`framework ${f.doc.id} has no indicator ${id}`);
      if (!Number.isInteger(v)) throw new Error(`${id}: level ${v} is not a whole number`);
    }
    store.state.levels = { ...levels };
    for (const id of f.ids) syncRow(id);
    const card = recompute();
    scheduleHash();
    return card;
  },
  /** Changes settings: {framework, subject, period, basis, missing, target, tier, lang, province}. */
  set(partial) {
    if (partial.framework) setFramework(partial.framework);
    for (const key of ["subject", "period", "basis", "missing", "target", "tier", "lang", "province"]) {
      if (key in partial) store.state[key] = partial[key];
    }
    renderAll();
    writeHash();
  },
  /** The state (what the share link holds). */
  state: () => structuredClone(snapshot()),
  /** The assessment document as exported. */
  assessment: () => structuredClone(assessmentDocument()),
  /** The last scorecard from the core. */
  /** The full scorecard of the current levels, from the core (or null). */
  scorecard() {
    try {
      return current().fw.score(store.state.levels, scoreOptions());
    } catch {
      return null;
    }
  },
  recompute,
  /** Draws the radar afresh from the core's radarSvg (the live path only moves it). */
  redrawRadar: () => drawRadar(current()),
  /** Sets the levels and redraws only the results (for timing). */
  update(levels, options) {
    store.state.levels = levels;
    return recompute(options);
  },
  /** The current framework object of the package. */
  framework: () => current().fw,
  /** The published results (the benchmark module's `Benchmark`), once loaded. */
  benchmark: () => store.benchmark?.bench ?? null,
  exportJson: exportJsonText,
  /** The CSV export's text (a promise: the forms module loads on first use). */
  exportCsv: exportCsvText,
  /** The form download's bytes (a promise: the forms module loads on first use). */
  exportXlsx: exportXlsxBytes,
  shareLink: writeHash,
};
