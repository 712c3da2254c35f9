// Drawing the calculator's controls: the setup selects, the indicator tree
// with one level picker per indicator (level name and criterion from its
// ladder), the group value table. User text only through textContent and
// control values.

import { t, text } from "./i18n.js";
import {
  $, el, store, current, frameworks, rows, valueCells, FRAMEWORK_IDS, noteText, noteEvidence,
  radarTiers,
} from "./store.js";
import { recompute } from "./results.js";
import { renderProvinceSelect } from "./benchmark.js";

function applyStaticLabels() {
  const lang = store.state.lang;
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
      const status = t(store.state.lang, f.doc.status === "official" ? "official" : "provisional");
      return el("option", { value: id, text: `${text(f.doc.name, store.state.lang)} — ${status}` });
    }),
  );
  select.value = store.state.framework;
  const { doc } = current();
  const info = $("framework-info");
  info.replaceChildren(
    el("strong", { text: `${t(store.state.lang, "legalBasis")}: ` }),
    document.createTextNode(text(doc.legalBasis, store.state.lang)),
  );
  if (doc.status !== "official" && doc.notes) {
    info.append(el("br"), el("span", { class: "muted", text: text(doc.notes, store.state.lang) }));
  }
}

function levelOptionText(entry, lang) {
  return `${entry.level} · ${text(entry.name, lang)} — ${text(entry.criterion, lang)}`;
}

/** The indicator tree: one heading per group, one row per indicator. */
export function renderTree() {
  const f = current();
  const lang = store.state.lang;
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
  const ladder = f.ladders.get(id) ?? [];
  const select = el("select", { id: `level-${id}`, dataset: { testid: `level-${id}`, indicator: id } });
  select.append(el("option", { value: "", text: t(lang, "notRated") }));
  const levels = ladder.length
    ? ladder
    : Array.from({ length: f.doc.scale.max - f.doc.scale.min + 1 }, (_, i) => ({ level: f.doc.scale.min + i, name: "", criterion: "" }));
  for (const entry of levels) select.append(el("option", { value: String(entry.level), text: levelOptionText(entry, lang) }));
  const level = store.state.levels[id];
  select.value = level == null ? "" : String(level);

  const criterion = el("p", { class: "criterion", id: `criterion-${id}`, "aria-live": "off" });
  const note = el("textarea", {
    id: `note-${id}`,
    rows: 1,
    maxLength: 2000,
    dataset: { testid: `note-${id}`, indicator: id },
  });
  note.value = noteText(store.state.notes[id]);
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
export function syncRow(id) {
  const r = rows.get(id);
  if (!r) return;
  const lang = store.state.lang;
  const level = store.state.levels[id];
  const want = level == null ? "" : String(level);
  if (r.select.value !== want) r.select.value = want;
  const entry = r.ladder.find((e) => e.level === level);
  r.criterion.textContent = entry ? text(entry.criterion, lang) : "";
  r.printLevel.textContent = entry
    ? `${t(lang, "levelOf", { id })}: ${entry.level} · ${text(entry.name, lang)}`
    : `${t(lang, "levelOf", { id })}: ${t(lang, "notRated").replace(/^—\s*/, "")}`;
  const note = store.state.notes[id];
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
  const lang = store.state.lang;
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
        text: t(store.state.lang, "targetOption", { label: text(p.label, store.state.lang), min: p.min }),
      }),
    ),
  );
  select.value = store.state.target;
}

function renderTierSelect() {
  const f = current();
  const select = $("radar-tier");
  select.replaceChildren(...radarTiers(f).map((tier) => el("option", { value: tier, text: t(store.state.lang, `tier_${tier}`) })));
  select.value = store.state.tier;
  select.disabled = radarTiers(f).length < 2;
}

function renderSetup() {
  $("subject").value = store.state.subject;
  $("period").value = String(store.state.period);
  $("basis").value = store.state.basis;
  $("missing").value = store.state.missing;
}

/** Everything that depends on the language or the framework. */
export function renderAll() {
  applyStaticLabels();
  renderFrameworkSelect();
  renderSetup();
  renderValuesTable();
  renderTree();
  renderTargetSelect();
  renderTierSelect();
  renderProvinceSelect();
  renderSubject();
  recompute();
}

export function renderSubject() {
  const name = store.state.subject.trim();
  const shown = $("subject-display");
  shown.textContent = name || t(store.state.lang, "noSubject");
  shown.classList.toggle("muted", !name);
  $("period-display").textContent = `· ${t(store.state.lang, "periodShort", { period: store.state.period })}`;
}

// ------------------------------------------------------------ share link --
