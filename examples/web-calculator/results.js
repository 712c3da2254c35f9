// The results panel: index, predicate, every group value, the radar chart,
// the national position (benchmark.js) and the gap to the target — every
// number from the Rust core (scoreLevels, radarSvg, RadarLayout.shape,
// Benchmark.position, gapTo). The one `innerHTML` is
// the radar SVG, which the core generates and escapes (the agency name
// included); later score changes only move its polygon and labels.

import { t, text } from "./i18n.js";
import { $, el, store, current, scoreOptions, valueCells, RADAR_SIZE, GAP_SHOWN } from "./store.js";
import { updatePosition } from "./benchmark.js";

function errorMessage(e) {
  // The unrated indicators are the core's MissingLevelsError's `missing`.
  if (e instanceof store.api.MissingLevelsError) return t(store.state.lang, "missingLevels", { n: e.missing.length });
  if (e?.kind === "nothing_rated") return t(store.state.lang, "nothingRated");
  return t(store.state.lang, "scoreError", { msg: e?.message ?? String(e) });
}

/** The levels in `indicatorIds()` order (`Framework.unratedLevel()` =
 * unrated), in a reused buffer. */
function levelArray(f) {
  const levels = store.state.levels;
  const buffer = f.levelBuffer;
  for (let i = 0; i < f.ids.length; i++) buffer[i] = levels[f.ids[i]] ?? f.unrated;
  return buffer;
}

/**
 * Recomputes and redraws the results: the numbers (index, predicate, every
 * group value) by `scoreLevels`, the radar in place by its `RadarLayout`
 * and, unless `gap` is false, the gap to the target. Returns the numbers
 * (`LevelScores`), or null when they cannot be computed.
 */
export function recompute({ gap = true } = {}) {
  const f = current();
  const lang = store.state.lang;
  const errorBox = $("score-error");
  const levels = levelArray(f);
  let scores;
  try {
    scores = f.fw.scoreLevels(levels, scoreOptions());
  } catch (e) {
    store.lastScores = null;
    errorBox.textContent = errorMessage(e);
    errorBox.hidden = false;
    showEmpty();
    updatePosition();
    return null;
  }
  errorBox.hidden = true;
  store.lastScores = scores;

  setText($("index"), scores.indexText);
  const predicate = $("predicate");
  const label = text(predicateById(f, scores.predicate).label, lang);
  if (predicate.dataset.predicateId !== scores.predicate) {
    predicate.dataset.predicateId = scores.predicate;
    document.body.dataset.predicate = scores.predicate;
  }
  setText(predicate, label);
  let rated = 0;
  for (let i = 0; i < levels.length; i++) if (levels[i] !== f.unrated) rated++;
  setText($("coverage"), t(lang, "coverage", { rated, total: levels.length }));
  // Group values as published: each is already rounded by the core to the
  // framework's decimals, and toFixed prints such a double exactly.
  const values = scores.values;
  for (let k = 0; k < f.groupIds.length; k++) {
    const shown = Number.isNaN(values[k]) ? "—" : values[k].toFixed(f.decimals);
    for (const cell of valueCells.get(f.groupIds[k]) ?? []) setText(cell, shown);
  }
  updateRadar(f, scores, label);
  updatePosition();
  if (gap) drawGap(f);
  return scores;
}

/** Sets an attribute when its value differs from the one last written. */
function setAttr(node, name, value, previous) {
  if (value !== previous) node.setAttribute(name, value);
}

/** Sets an element's text only when it changes (no needless relayout). */
function setText(node, value) {
  if (node.textContent !== value) node.textContent = value;
}

function predicateById(f, id) {
  return f.doc.predicates.find((p) => p.id === id) ?? f.doc.predicates[0];
}

function showEmpty() {
  $("index").textContent = "—";
  const predicate = $("predicate");
  predicate.textContent = "—";
  delete predicate.dataset.predicateId;
  delete document.body.dataset.predicate;
  $("coverage").textContent = t(store.state.lang, "coverage", { rated: Object.keys(store.state.levels).length, total: current().ids.length });
  for (const cells of valueCells.values()) for (const cell of cells) cell.textContent = "—";
  $("radar").replaceChildren();
  store.radar = null;
  $("gap-summary").textContent = "";
  $("gap-steps").replaceChildren();
}

function targetPredicate(f) {
  return f.doc.predicates.find((p) => p.id === store.state.target) ?? f.doc.predicates[0];
}

/** The agency name the chart shows (the framework's name when empty). */
function chartSubject(f) {
  return store.state.subject.trim() || text(f.doc.name, store.state.lang);
}

/**
 * Draws the whole radar with `radarSvg` (the core escapes every name,
 * the agency's included) and keeps its `RadarLayout` and the elements that
 * move, for `updateRadar`.
 */
export function drawRadar(f) {
  const figure = $("radar");
  const s = store.state;
  const target = Number(targetPredicate(f).min);
  const options = { tier: s.tier, lang: s.lang, size: RADAR_SIZE };
  store.radar?.layout.free();
  store.radar = null;
  let svg;
  try {
    svg = f.fw.radarSvg(s.levels, {
      ...scoreOptions(),
      ...options,
      subjectName: chartSubject(f),
      period: s.period,
      target: Number.isFinite(target) ? target : undefined,
    });
  } catch (e) {
    figure.replaceChildren(el("p", { class: "error", text: errorMessage(e) }));
    return;
  }
  // The SVG is generated and XML-escaped by the core.
  figure.innerHTML = svg;
  const chart = figure.firstElementChild;
  store.radar = {
    key: radarKey(f),
    layout: f.fw.radarLayout(options),
    polygon: chart.querySelector("polygon.score"),
    vertices: [...chart.querySelectorAll("g.vertices circle")],
    labels: [...chart.querySelectorAll("g.values text")],
    title: chart.querySelector("title"),
    desc: chart.querySelector("desc"),
    index: chart.querySelector("tspan.index"),
    predicate: chart.querySelector("tspan.predicate"),
  };
  // What the fresh chart shows, as a shape, so that updates write only changes.
  const r = store.radar;
  r.shown = {
    points: r.polygon.getAttribute("points"),
    vertices: r.vertices.flatMap((c) => [c.getAttribute("cx"), c.getAttribute("cy")]),
    labels: r.labels.flatMap((t) => [t.getAttribute("x"), t.getAttribute("y"), t.getAttribute("text-anchor"), t.textContent]),
    desc: r.desc.textContent,
  };
}

/** What a full redraw depends on besides the scores. */
function radarKey(f) {
  const s = store.state;
  return JSON.stringify([f.doc.id, s.tier, s.lang, s.target, s.period, chartSubject(f)]);
}

/**
 * Moves the drawn radar to new scores: the score polygon, its vertices,
 * the value labels, title, description and header — the strings the core's
 * `RadarLayout.shape` gives, the same as a full redraw would print.
 */
function updateRadar(f, scores, predicateLabel) {
  const r = store.radar;
  if (!r || r.key !== radarKey(f) || !r.polygon.isConnected) {
    drawRadar(f);
    return;
  }
  const shape = r.layout.shape(scores.values);
  // Only what moved is written: a level change usually moves one axis.
  const last = r.shown;
  if (shape.points !== last.points) r.polygon.setAttribute("points", shape.points);
  r.vertices.forEach((c, i) => {
    setAttr(c, "cx", shape.vertices[2 * i], last.vertices[2 * i]);
    setAttr(c, "cy", shape.vertices[2 * i + 1], last.vertices[2 * i + 1]);
  });
  r.labels.forEach((label, i) => {
    setAttr(label, "x", shape.labels[4 * i], last.labels[4 * i]);
    setAttr(label, "y", shape.labels[4 * i + 1], last.labels[4 * i + 1]);
    setAttr(label, "text-anchor", shape.labels[4 * i + 2], last.labels[4 * i + 2]);
    if (shape.labels[4 * i + 3] !== last.labels[4 * i + 3]) label.textContent = shape.labels[4 * i + 3];
  });
  if (shape.desc !== last.desc) r.desc.textContent = shape.desc;
  r.shown = shape;
  if (scores.indexText !== r.index.textContent || predicateLabel !== r.predicate.textContent) {
    r.title.textContent = r.layout.title(chartSubject(f), store.state.period, scores.indexText, predicateLabel);
  }
  setText(r.index, scores.indexText);
  setText(r.predicate, predicateLabel);
}

export function drawGap(f) {
  const lang = store.state.lang;
  const summary = $("gap-summary");
  const list = $("gap-steps");
  const predicate = targetPredicate(f);
  const label = text(predicate.label, lang);
  let gap;
  try {
    gap = f.fw.gapTo(store.state.levels, predicate.id, scoreOptions());
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
        { dataset: { indicator: step.indicator }, hidden: !store.gapExpanded && i >= GAP_SHOWN },
        el("span", { class: "indicator-id", text: step.indicator }),
        " ",
        el("span", { class: "gap-name", text: node ? text(node.name, lang) : "" }),
        el("span", {
          class: "gap-move",
          text: t(lang, "gapStep", { from: step.from, to: step.to, after: step.indexAfterText }),
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
  button.setAttribute("aria-expanded", String(store.gapExpanded));
  button.textContent = t(store.state.lang, store.gapExpanded ? "gapLess" : "gapMore", { n: store.gapExpanded ? GAP_SHOWN : n });
}
