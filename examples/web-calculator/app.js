// SPBE / Pemdi maturity calculator: plain ES modules on top of the
// `egov-masterplan` WebAssembly package. Every number on the page is the
// Rust core's (score, gapTo, radarSvg); this file only keeps the state and
// draws it.
//
// Safety rule: text typed by the user (agency name, period, notes) reaches
// the page only through `textContent` or a control's `value`. The one
// `innerHTML` is the radar SVG, which the core generates and escapes; the
// agency name is not passed into it but written into its text nodes
// afterwards (see drawRadar).

import { t, text } from "./i18n.js";
import {
  toBase64Url,
  fromBase64Url,
  assessmentToCsv,
  assessmentsFromCsv,
  slug,
  download,
} from "./io.js";

// The package, relative to this file: examples/web-calculator/ → repo root.
// The scoring module: all the page needs, half the download of the full one.
const PACKAGE_URL = new URL("../../bindings-wasm/pkg/scoring/index.js", import.meta.url).href;
const FRAMEWORK_IDS = ["spbe-2020", "spbe-2018", "pemdi-2025"];
const STATE_VERSION = 1;
// A placeholder subject for the radar chart, replaced by the agency name in
// the chart's text nodes (so the name never goes through an HTML parser).
const SUBJECT_MARK = "calculator-subject-placeholder";
const RADAR_SIZE = 360;
// Gap steps shown before "show all" (a blank SPBE form needs about 90).
const GAP_SHOWN = 20;

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v == null) continue;
    if (k === "text") node.textContent = v;
    else if (k === "class") node.className = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else if (k in node && typeof v !== "string") node[k] = v;
    else node.setAttribute(k, v);
  }
  node.append(...children);
  return node;
};

/** @type {Map<string, {fw: any, doc: any, ids: string[], leaves: Map<string, any>, groups: any[]}>} */
const frameworks = new Map();
/** Levels and notes of the frameworks not shown, kept while the page lives. */
const stash = new Map();
/** Per indicator: its controls. */
const rows = new Map();
/** Per group id: the elements that show its value. */
const valueCells = new Map();

let state = defaultState();
let lastCard = null;
let hashTimer = 0;
let gapExpanded = false;

// ---------------------------------------------------------------- state --

function defaultState() {
  return {
    v: STATE_VERSION,
    framework: FRAMEWORK_IDS[0],
    subject: "",
    period: new Date().getFullYear(),
    levels: {},
    notes: {},
    lang: "id",
    basis: "exact",
    missing: "lowest",
    target: "sangat-baik",
    tier: "domain",
  };
}

const current = () => frameworks.get(state.framework);

function loadFramework(id) {
  const fw = api.Framework.builtin(id);
  const doc = fw.document();
  const leaves = new Map();
  const groups = [];
  const walk = (node, depth, parent) => {
    if (Array.isArray(node.children)) {
      groups.push({ node, depth, parent });
      for (const child of node.children) walk(child, depth + 1, node);
    } else {
      leaves.set(node.id, node);
    }
  };
  for (const node of doc.nodes) walk(node, 0, null);
  const ladderOf = (node) => node.ladder ?? (Object.keys(doc.ladders ?? {}).length === 1 ? Object.keys(doc.ladders)[0] : null);
  frameworks.set(id, { fw, doc, ids: fw.indicatorIds(), leaves, groups, ladderOf });
}

/** Orders `levels`/`notes` keys by the framework's indicator order. */
function ordered(map, ids) {
  const out = {};
  for (const id of ids) if (map[id] !== undefined) out[id] = map[id];
  return out;
}

/** The exportable state, in a fixed key order (also the share-link payload). */
function snapshot() {
  const { ids } = current();
  return {
    v: STATE_VERSION,
    framework: state.framework,
    subject: state.subject,
    period: state.period,
    levels: ordered(state.levels, ids),
    notes: ordered(state.notes, ids),
    lang: state.lang,
    basis: state.basis,
    missing: state.missing,
    target: state.target,
    tier: state.tier,
  };
}

/** The assessment document: {subject, period, framework, levels, notes}. */
function assessmentDocument() {
  const s = snapshot();
  return { subject: s.subject, period: s.period, framework: s.framework, levels: s.levels, notes: s.notes };
}

const noteText = (note) => (note == null ? "" : typeof note === "string" ? note : note.text ?? "");
const noteEvidence = (note) => (note && typeof note === "object" ? note.evidence ?? "" : "");

/**
 * Checks an assessment (levels, notes, period) against framework `fid` with
 * the core, so that imports and share links fail with the core's message.
 */
function validateAssessment(fid, doc) {
  const f = frameworks.get(fid);
  if (!f) throw new Error(`unknown framework \`${fid}\`; expected one of ${FRAMEWORK_IDS.join(", ")}`);
  const levels = doc.levels ?? {};
  const notes = doc.notes ?? {};
  if (typeof levels !== "object" || Array.isArray(levels)) throw new Error("levels: expected {indicator: level}");
  if (typeof notes !== "object" || Array.isArray(notes)) throw new Error("notes: expected {indicator: note}");
  for (const id of Object.keys(notes)) {
    if (!f.leaves.has(id)) throw new Error(`notes: framework \`${fid}\` has no indicator \`${id}\``);
    const n = notes[id];
    const ok =
      typeof n === "string" ||
      (n && typeof n === "object" && typeof n.text === "string" && (n.evidence == null || typeof n.evidence === "string"));
    if (!ok) throw new Error(`notes.${id}: expected text or {text, evidence}`);
  }
  // The core validates subject/period types, indicator ids and level range.
  const subject = typeof doc.subject === "string" && doc.subject !== "" ? doc.subject : "x";
  f.fw.score({ subject, period: doc.period, levels, notes }, { missing: "lowest" });
  if (typeof doc.subject !== "string") throw new Error("subject: expected text");
}

/** Normalises a state object read from a share link; throws when invalid. */
function normaliseState(raw) {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw new Error("expected an object");
  if (raw.v !== STATE_VERSION) throw new Error(`unsupported version ${raw.v}`);
  const s = defaultState();
  s.framework = raw.framework;
  validateAssessment(raw.framework, raw);
  const f = frameworks.get(raw.framework);
  s.subject = raw.subject;
  s.period = raw.period;
  s.levels = { ...raw.levels };
  s.notes = { ...(raw.notes ?? {}) };
  if (raw.lang === "id" || raw.lang === "en") s.lang = raw.lang;
  if (raw.basis === "exact" || raw.basis === "rounded") s.basis = raw.basis;
  if (["lowest", "renormalize", "error"].includes(raw.missing)) s.missing = raw.missing;
  s.target = f.doc.predicates.some((p) => p.id === raw.target) ? raw.target : defaultTarget(f);
  s.tier = radarTiers(f).includes(raw.tier) ? raw.tier : radarTiers(f)[0];
  return s;
}

function defaultTarget(f) {
  const ids = f.doc.predicates.map((p) => p.id);
  return ids.includes("sangat-baik") ? "sangat-baik" : ids[0];
}

/** Tiers a radar chart can use: every tier above the indicators. */
const radarTiers = (f) => f.doc.tiers.slice(0, -1);

// ------------------------------------------------------------ rendering --

function applyStaticLabels() {
  const lang = state.lang;
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(lang, node.dataset.i18n);
  for (const node of document.querySelectorAll("[data-i18n-placeholder]")) {
    node.placeholder = t(lang, node.dataset.i18nPlaceholder);
  }
  const toggle = $("lang-toggle");
  toggle.textContent = t(lang, "langToggle");
  toggle.lang = lang === "id" ? "en" : "id";
  toggle.title = t(lang, "langToggleTitle");
  document.title = t(lang, "title");
}

function renderFrameworkSelect() {
  const select = $("framework");
  select.replaceChildren(
    ...FRAMEWORK_IDS.map((id) => {
      const f = frameworks.get(id);
      const status = t(state.lang, f.doc.status === "official" ? "official" : "provisional");
      return el("option", { value: id, text: `${text(f.doc.name, state.lang)} — ${status}` });
    }),
  );
  select.value = state.framework;
  const { doc } = current();
  const info = $("framework-info");
  info.replaceChildren(
    el("strong", { text: `${t(state.lang, "legalBasis")}: ` }),
    document.createTextNode(text(doc.legal_basis, state.lang)),
  );
  if (doc.status !== "official" && doc.notes) {
    info.append(el("br"), el("span", { class: "muted", text: text(doc.notes, state.lang) }));
  }
}

function levelOptionText(entry, lang) {
  return `${entry.level} · ${text(entry.name, lang)} — ${text(entry.criterion, lang)}`;
}

/** The indicator tree: one heading per group, one row per indicator. */
function renderTree() {
  const f = current();
  const lang = state.lang;
  rows.clear();
  for (const key of [...valueCells.keys()]) valueCells.set(key, valueCells.get(key).filter((n) => n.closest("#values-body")));
  const tiers = f.doc.tiers;
  const renderNode = (node, depth) => {
    if (Array.isArray(node.children)) {
      const level = Math.min(3 + depth, 6);
      const value = el("span", { class: "group-value", dataset: { testid: `heading-value-${node.id}` }, text: "—" });
      addValueCell(node.id, value);
      const tierName = t(lang, `tier_${tiers[depth]}`);
      const heading = el(
        `h${level}`,
        { class: "group-heading", id: `group-${node.id}` },
        el("span", { class: "group-tier", text: `${tierName} ${node.id}` }),
        el("span", { class: "group-name", text: text(node.name, lang) }),
        value,
      );
      const section = el("section", { class: `group depth-${depth}`, "aria-labelledby": `group-${node.id}` }, heading);
      for (const child of node.children) section.append(renderNode(child, depth + 1));
      return section;
    }
    return renderIndicator(f, node, lang);
  };
  $("tree").replaceChildren(...f.doc.nodes.map((n) => renderNode(n, 0)));
}

function renderIndicator(f, node, lang) {
  const id = node.id;
  const ladder = f.doc.ladders?.[f.ladderOf(node)] ?? [];
  const select = el("select", { id: `level-${id}`, dataset: { testid: `level-${id}`, indicator: id } });
  select.append(el("option", { value: "", text: t(lang, "notRated") }));
  const levels = ladder.length
    ? ladder
    : Array.from({ length: f.doc.scale.max - f.doc.scale.min + 1 }, (_, i) => ({ level: f.doc.scale.min + i, name: "", criterion: "" }));
  for (const entry of levels) select.append(el("option", { value: String(entry.level), text: levelOptionText(entry, lang) }));
  const level = state.levels[id];
  select.value = level == null ? "" : String(level);

  const criterion = el("p", { class: "criterion", id: `criterion-${id}`, "aria-live": "off" });
  const note = el("textarea", {
    id: `note-${id}`,
    rows: 1,
    maxLength: 2000,
    dataset: { testid: `note-${id}`, indicator: id },
  });
  note.value = noteText(state.notes[id]);
  const evidence = el("p", { class: "evidence" });
  const printLevel = el("p", { class: "print-only print-level" });
  const printNote = el("p", { class: "print-only print-note" });
  const weight = el("span", { class: "weight", text: t(lang, "weight", { w: node.weight }) });

  const row = el(
    "div",
    { class: "indicator", id: `row-${id}` },
    el(
      "div",
      { class: "indicator-head" },
      el(
        "label",
        { for: `level-${id}`, class: "indicator-label" },
        el("span", { class: "indicator-id", text: id }),
        " ",
        el("span", { class: "indicator-name", text: text(node.name, lang) }),
      ),
      weight,
    ),
    el("div", { class: "indicator-level" }, select, criterion, printLevel),
    el(
      "div",
      { class: "indicator-note" },
      el("label", { for: `note-${id}`, class: "note-label" }, t(lang, "note"), el("span", { class: "sr-only", text: ` ${id}` })),
      note,
      evidence,
      printNote,
    ),
  );
  rows.set(id, { select, criterion, note, evidence, printLevel, printNote, ladder: levels });
  syncRow(id);
  return row;
}

/** Updates one indicator row's derived texts from the state. */
function syncRow(id) {
  const r = rows.get(id);
  if (!r) return;
  const lang = state.lang;
  const level = state.levels[id];
  const want = level == null ? "" : String(level);
  if (r.select.value !== want) r.select.value = want;
  const entry = r.ladder.find((e) => e.level === level);
  r.criterion.textContent = entry ? text(entry.criterion, lang) : "";
  r.printLevel.textContent = entry
    ? `${t(lang, "levelOf", { id })}: ${entry.level} · ${text(entry.name, lang)}`
    : `${t(lang, "levelOf", { id })}: ${t(lang, "notRated").replace(/^—\s*/, "")}`;
  const note = state.notes[id];
  const nt = noteText(note);
  if (r.note.value !== nt) r.note.value = nt;
  r.printNote.textContent = nt ? `${t(lang, "note")}: ${nt}` : "";
  const ev = noteEvidence(note);
  r.evidence.textContent = ev ? `${t(lang, "evidence")}: ${ev}` : "";
  r.evidence.hidden = !ev;
  r.select.closest(".indicator")?.classList.toggle("unrated", level == null);
}

function addValueCell(id, node) {
  if (!valueCells.has(id)) valueCells.set(id, []);
  valueCells.get(id).push(node);
}

function renderValuesTable() {
  const f = current();
  const lang = state.lang;
  for (const key of [...valueCells.keys()]) valueCells.set(key, valueCells.get(key).filter((n) => !n.closest("#values-body")));
  const body = $("values-body");
  body.replaceChildren(
    ...f.groups.map(({ node, depth }) => {
      const value = el("td", { class: "num", dataset: { testid: `value-${node.id}` }, text: "—" });
      addValueCell(node.id, value);
      return el(
        "tr",
        { class: `depth-${depth}` },
        el("th", { scope: "row", text: node.id }),
        el("td", { text: text(node.name, lang) }),
        value,
      );
    }),
  );
}

function renderTargetSelect() {
  const f = current();
  const select = $("target");
  select.replaceChildren(
    ...f.doc.predicates.map((p) =>
      el("option", {
        value: p.id,
        text: t(state.lang, "targetOption", { label: text(p.label, state.lang), min: p.min }),
      }),
    ),
  );
  select.value = state.target;
}

function renderTierSelect() {
  const f = current();
  const select = $("radar-tier");
  select.replaceChildren(...radarTiers(f).map((tier) => el("option", { value: tier, text: t(state.lang, `tier_${tier}`) })));
  select.value = state.tier;
  select.disabled = radarTiers(f).length < 2;
}

function renderSetup() {
  $("subject").value = state.subject;
  $("period").value = String(state.period);
  $("basis").value = state.basis;
  $("missing").value = state.missing;
}

/** Everything that depends on the language or the framework. */
function renderAll() {
  applyStaticLabels();
  renderFrameworkSelect();
  renderSetup();
  renderValuesTable();
  renderTree();
  renderTargetSelect();
  renderTierSelect();
  renderSubject();
  recompute();
}

function renderSubject() {
  const name = state.subject.trim();
  const shown = $("subject-display");
  shown.textContent = name || t(state.lang, "noSubject");
  shown.classList.toggle("muted", !name);
  $("period-display").textContent = `· ${t(state.lang, "periodShort", { period: state.period })}`;
}

// ------------------------------------------------------------- results --

const scoreOptions = () => ({ predicateBasis: state.basis, missing: state.missing });

function errorMessage(e) {
  if (e?.kind === "missing_levels") {
    const total = current().ids.length;
    const rated = Object.keys(state.levels).length;
    return t(state.lang, "missingLevels", { n: total - rated });
  }
  if (e?.kind === "nothing_rated") return t(state.lang, "nothingRated");
  return t(state.lang, "scoreError", { msg: e?.message ?? String(e) });
}

/**
 * Recomputes and redraws the results: scorecard (index, predicate, every
 * group value), the radar chart and, unless `gap` is false, the gap to the
 * target. Returns the scorecard (or null when it cannot be computed).
 */
function recompute({ gap = true } = {}) {
  const f = current();
  const lang = state.lang;
  const errorBox = $("score-error");
  let card;
  try {
    card = f.fw.score(state.levels, { ...scoreOptions(), subject: state.subject.trim() || "assessment", period: state.period });
  } catch (e) {
    lastCard = null;
    errorBox.textContent = errorMessage(e);
    errorBox.hidden = false;
    showEmpty();
    return null;
  }
  errorBox.hidden = true;
  lastCard = card;

  $("index").textContent = card.index_text;
  const predicate = $("predicate");
  predicate.textContent = text(card.predicate.label, lang);
  predicate.dataset.predicateId = card.predicate.id;
  document.body.dataset.predicate = card.predicate.id;
  $("coverage").textContent = t(lang, "coverage", card.coverage);
  for (const node of card.nodes) {
    for (const cell of valueCells.get(node.id) ?? []) cell.textContent = node.text ?? "—";
  }
  drawRadar(f);
  if (gap) drawGap(f);
  return card;
}

function showEmpty() {
  $("index").textContent = "—";
  const predicate = $("predicate");
  predicate.textContent = "—";
  delete predicate.dataset.predicateId;
  delete document.body.dataset.predicate;
  $("coverage").textContent = t(state.lang, "coverage", { rated: Object.keys(state.levels).length, total: current().ids.length });
  for (const cells of valueCells.values()) for (const cell of cells) cell.textContent = "—";
  $("radar").replaceChildren();
  $("gap-summary").textContent = "";
  $("gap-steps").replaceChildren();
}

function targetPredicate(f) {
  return f.doc.predicates.find((p) => p.id === state.target) ?? f.doc.predicates[0];
}

function drawRadar(f) {
  const figure = $("radar");
  const target = Number(targetPredicate(f).min);
  let svg;
  try {
    svg = f.fw.radarSvg(state.levels, {
      ...scoreOptions(),
      subject: SUBJECT_MARK,
      period: state.period,
      lang: state.lang,
      tier: state.tier,
      target: Number.isFinite(target) ? target : undefined,
      size: RADAR_SIZE,
    });
  } catch (e) {
    figure.replaceChildren(el("p", { class: "error", text: errorMessage(e) }));
    return;
  }
  // The SVG is generated and XML-escaped by the core; no user text is in it.
  figure.innerHTML = svg;
  // Now put the agency name into the chart's text nodes (nodeValue never
  // parses markup): in full in the <title>, shortened in the header, and
  // as a short word in the legend, where the core places the target entry
  // at a fixed distance that a long name would run into.
  const name = state.subject.trim() || text(f.doc.name, state.lang);
  const short = name.length > 44 ? `${name.slice(0, 42).trimEnd()}…` : name;
  const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.nodeValue.includes(SUBJECT_MARK)) continue;
    const parent = n.parentElement;
    const shown = parent?.closest("title") ? name : parent?.closest(".legend") ? t(state.lang, "legendSelf") : short;
    n.nodeValue = n.nodeValue.split(SUBJECT_MARK).join(shown);
  }
}

function drawGap(f) {
  const lang = state.lang;
  const summary = $("gap-summary");
  const list = $("gap-steps");
  const predicate = targetPredicate(f);
  const label = text(predicate.label, lang);
  let gap;
  try {
    gap = f.fw.gapTo(state.levels, predicate.id, scoreOptions());
  } catch (e) {
    summary.textContent = `${t(lang, "gapUnavailable")} ${e?.message ?? ""}`.trim();
    list.replaceChildren();
    return;
  }
  if (gap.steps.length === 0) {
    summary.textContent = t(lang, "gapReached", { target: label });
    list.replaceChildren();
    showGapToggle(0);
    return;
  }
  summary.textContent = t(lang, "gapSteps", { n: gap.steps.length, target: label });
  list.replaceChildren(
    ...gap.steps.map((step, i) => {
      const node = f.leaves.get(step.indicator);
      return el(
        "li",
        { dataset: { indicator: step.indicator }, hidden: !gapExpanded && i >= GAP_SHOWN },
        el("span", { class: "indicator-id", text: step.indicator }),
        " ",
        el("span", { class: "gap-name", text: node ? text(node.name, lang) : "" }),
        el("span", {
          class: "gap-move",
          text: t(lang, "gapStep", { from: step.from, to: step.to, after: step.index_after_text }),
        }),
      );
    }),
  );
  showGapToggle(gap.steps.length);
}

/** The "show all steps" button, for long plans only. */
function showGapToggle(n) {
  const button = $("gap-more");
  button.hidden = n <= GAP_SHOWN;
  button.setAttribute("aria-expanded", String(gapExpanded));
  button.textContent = t(state.lang, gapExpanded ? "gapLess" : "gapMore", { n: gapExpanded ? GAP_SHOWN : n });
}

// ------------------------------------------------------------ share link --

function shareLink() {
  const base = location.href.split("#")[0];
  return `${base}#a=${toBase64Url(JSON.stringify(snapshot()))}`;
}

function writeHash() {
  clearTimeout(hashTimer);
  hashTimer = 0;
  const link = shareLink();
  $("share-link").value = link;
  if (location.href !== link) history.replaceState(null, "", link);
  return link;
}

function scheduleHash() {
  clearTimeout(hashTimer);
  hashTimer = setTimeout(writeHash, 150);
}

function readHash() {
  const m = /^#a=([A-Za-z0-9_-]*)$/.exec(location.hash);
  if (!m) return null;
  return normaliseState(JSON.parse(fromBase64Url(m[1])));
}

// ------------------------------------------------------------- actions --

function setFramework(id) {
  if (id === state.framework || !frameworks.has(id)) return;
  stash.set(state.framework, { levels: state.levels, notes: state.notes });
  const saved = stash.get(id) ?? { levels: {}, notes: {} };
  state.framework = id;
  state.levels = saved.levels;
  state.notes = saved.notes;
  const f = current();
  if (!f.doc.predicates.some((p) => p.id === state.target)) state.target = defaultTarget(f);
  if (!radarTiers(f).includes(state.tier)) state.tier = radarTiers(f)[0];
  renderAll();
  scheduleHash();
}

function setLevel(id, value) {
  if (value === "" || value == null) delete state.levels[id];
  else state.levels[id] = Number(value);
  syncRow(id);
  recompute();
  scheduleHash();
}

function setNote(id, value) {
  const old = state.notes[id];
  const evidence = noteEvidence(old);
  if (evidence) state.notes[id] = { text: value, evidence };
  else if (value === "") delete state.notes[id];
  else state.notes[id] = value;
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
  stash.set(state.framework, { levels: state.levels, notes: state.notes });
  state.framework = fid;
  state.subject = doc.subject;
  state.period = doc.period;
  state.levels = { ...(doc.levels ?? {}) };
  for (const [k, v] of Object.entries(state.levels)) state.levels[k] = Number(v);
  state.notes = { ...(doc.notes ?? {}) };
  const f = current();
  if (!f.doc.predicates.some((p) => p.id === state.target)) state.target = defaultTarget(f);
  if (!radarTiers(f).includes(state.tier)) state.tier = radarTiers(f)[0];
  renderAll();
  writeHash();
}

/** The current framework if it has every id, else the first that does. */
function guessFramework(ids) {
  const fits = (fid) => ids.every((id) => frameworks.get(fid).leaves.has(id));
  if (fits(state.framework)) return state.framework;
  return FRAMEWORK_IDS.find(fits) ?? state.framework;
}

function fileBase() {
  const name = slug(state.subject) || (state.lang === "en" ? "assessment" : "penilaian");
  return `${state.framework}-${name}-${state.period}`;
}

function exportJsonText() {
  return JSON.stringify(assessmentDocument(), null, 2) + "\n";
}

function exportCsvText() {
  return assessmentToCsv(assessmentDocument(), current().ids);
}

async function importFile(input, kind) {
  const file = input.files?.[0];
  if (!file) return;
  try {
    const content = await file.text();
    if (kind === "json") {
      applyAssessment(JSON.parse(content));
      setStatus(t(state.lang, "imported", { file: file.name }));
    } else {
      const docs = assessmentsFromCsv(content);
      applyAssessment(docs[0]);
      setStatus(
        docs.length > 1
          ? t(state.lang, "importedFirst", { n: docs.length, subject: docs[0].subject, period: docs[0].period })
          : t(state.lang, "imported", { file: file.name }),
      );
    }
  } catch (e) {
    setStatus(t(state.lang, "importFailed", { file: file.name, msg: e?.message ?? String(e) }), true);
  } finally {
    input.value = "";
  }
}

function wire() {
  $("lang-toggle").addEventListener("click", () => {
    state.lang = state.lang === "id" ? "en" : "id";
    renderAll();
    scheduleHash();
  });
  $("framework").addEventListener("change", (e) => setFramework(e.target.value));
  $("subject").addEventListener("input", (e) => {
    state.subject = e.target.value;
    renderSubject();
    drawRadar(current());
    scheduleHash();
  });
  $("period").addEventListener("input", (e) => {
    const v = e.target.value.trim();
    if (!/^\d{1,4}$/.test(v)) return; // keep the last valid year while typing
    state.period = Number(v);
    renderSubject();
    recompute();
    scheduleHash();
  });
  $("period").addEventListener("change", (e) => {
    if (e.target.value.trim() !== String(state.period)) e.target.value = String(state.period);
  });
  for (const [id, key] of [
    ["basis", "basis"],
    ["missing", "missing"],
    ["target", "target"],
    ["radar-tier", "tier"],
  ]) {
    $(id).addEventListener("change", (e) => {
      state[key] = e.target.value;
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
      if (state.levels[id] !== want) setLevel(id, e.target.value);
    }
  };
  tree.addEventListener("change", onLevel);
  tree.addEventListener("input", (e) => {
    const id = e.target.dataset?.indicator;
    if (!id) return;
    if (e.target.tagName === "TEXTAREA") setNote(id, e.target.value);
    else onLevel(e);
  });

  $("gap-more").addEventListener("click", () => {
    gapExpanded = !gapExpanded;
    drawGap(current());
  });
  $("export-json").addEventListener("click", () => {
    const name = `${fileBase()}.json`;
    download(name, exportJsonText(), "application/json");
    setStatus(t(state.lang, "exported", { file: name }));
  });
  $("export-csv").addEventListener("click", () => {
    const name = `${fileBase()}.csv`;
    download(name, exportCsvText(), "text/csv");
    setStatus(t(state.lang, "exported", { file: name }));
  });
  $("import-json").addEventListener("change", (e) => importFile(e.target, "json"));
  $("import-csv").addEventListener("change", (e) => importFile(e.target, "csv"));
  $("print").addEventListener("click", () => window.print());
  $("reset").addEventListener("click", () => {
    if (!window.confirm(t(state.lang, "resetConfirm"))) return;
    state.levels = {};
    state.notes = {};
    renderTree();
    recompute();
    writeHash();
  });
  $("copy-link").addEventListener("click", async () => {
    const link = writeHash();
    try {
      await navigator.clipboard.writeText(link);
      setStatus(t(state.lang, "copied"));
    } catch {
      $("share-link").select();
      setStatus(t(state.lang, "copyFailed"));
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
        state = restored;
        renderAll();
        $("share-link").value = shareLink();
      }
    } catch (e) {
      setStatus(t(state.lang, "hashFailed", { msg: e?.message ?? String(e) }), true);
    }
  });
}

// ----------------------------------------------------------------- start --

let api;

async function start() {
  try {
    api = await import(PACKAGE_URL);
    await api.default();
  } catch (e) {
    const box = $("load-status");
    box.textContent = t(state.lang, "loadFailed", { msg: e?.message ?? String(e) });
    box.classList.add("error");
    throw e;
  }
  for (const id of FRAMEWORK_IDS) loadFramework(id);
  let hashError = null;
  try {
    const restored = readHash();
    if (restored) state = restored;
  } catch (e) {
    hashError = e;
  }
  wire();
  renderAll();
  $("share-link").value = hashError ? shareLink() : writeHash();
  $("load-status").hidden = true;
  document.body.classList.add("ready");
  if (hashError) setStatus(t(state.lang, "hashFailed", { msg: hashError.message ?? String(hashError) }), true);
}

const ready = start();

// A small hook for tests and for the browser console.
window.calculator = {
  ready,
  /** Replaces every level: `{I1: 3, …}` (levels not given become unrated). */
  setLevels(levels) {
    const f = current();
    for (const [id, v] of Object.entries(levels)) {
      if (!f.leaves.has(id)) throw new Error(`framework ${f.doc.id} has no indicator ${id}`);
      if (!Number.isInteger(v)) throw new Error(`${id}: level ${v} is not a whole number`);
    }
    state.levels = { ...levels };
    for (const id of f.ids) syncRow(id);
    const card = recompute();
    scheduleHash();
    return card;
  },
  /** Changes settings: {framework, subject, period, basis, missing, target, tier, lang}. */
  set(partial) {
    if (partial.framework) setFramework(partial.framework);
    for (const key of ["subject", "period", "basis", "missing", "target", "tier", "lang"]) {
      if (key in partial) state[key] = partial[key];
    }
    renderAll();
    writeHash();
  },
  /** The state (what the share link holds). */
  state: () => structuredClone(snapshot()),
  /** The assessment document as exported. */
  assessment: () => structuredClone(assessmentDocument()),
  /** The last scorecard from the core. */
  scorecard: () => structuredClone(lastCard),
  recompute,
  /** Sets the levels and redraws only the results (for timing). */
  update(levels, options) {
    state.levels = levels;
    return recompute(options);
  },
  /** The current framework object of the package. */
  framework: () => current().fw,
  exportJson: exportJsonText,
  exportCsv: exportCsvText,
  shareLink: writeHash,
};
