// The results panel: index, predicate, every group value, the radar chart
// and the gap to the target — every number from the Rust core (score,
// radarSvg, gapTo). The one `innerHTML` is the radar SVG, which the core
// generates and escapes; the agency name goes into its text nodes after.

import { t, text } from "./i18n.js";
import { $, el, store, current, scoreOptions, valueCells, SUBJECT_MARK, RADAR_SIZE, GAP_SHOWN } from "./store.js";

function errorMessage(e) {
  if (e?.kind === "missing_levels") {
    const total = current().ids.length;
    const rated = Object.keys(store.state.levels).length;
    return t(store.state.lang, "missingLevels", { n: total - rated });
  }
  if (e?.kind === "nothing_rated") return t(store.state.lang, "nothingRated");
  return t(store.state.lang, "scoreError", { msg: e?.message ?? String(e) });
}

/**
 * Recomputes and redraws the results: scorecard (index, predicate, every
 * group value), the radar chart and, unless `gap` is false, the gap to the
 * target. Returns the scorecard (or null when it cannot be computed).
 */
export function recompute({ gap = true } = {}) {
  const f = current();
  const lang = store.state.lang;
  const errorBox = $("score-error");
  let card;
  try {
    card = f.fw.score(store.state.levels, { ...scoreOptions(), subject: store.state.subject.trim() || "assessment", period: store.state.period });
  } catch (e) {
    store.lastCard = null;
    errorBox.textContent = errorMessage(e);
    errorBox.hidden = false;
    showEmpty();
    return null;
  }
  errorBox.hidden = true;
  store.lastCard = card;

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
  $("coverage").textContent = t(store.state.lang, "coverage", { rated: Object.keys(store.state.levels).length, total: current().ids.length });
  for (const cells of valueCells.values()) for (const cell of cells) cell.textContent = "—";
  $("radar").replaceChildren();
  $("gap-summary").textContent = "";
  $("gap-steps").replaceChildren();
}

function targetPredicate(f) {
  return f.doc.predicates.find((p) => p.id === store.state.target) ?? f.doc.predicates[0];
}

export function drawRadar(f) {
  const figure = $("radar");
  const target = Number(targetPredicate(f).min);
  let svg;
  try {
    svg = f.fw.radarSvg(store.state.levels, {
      ...scoreOptions(),
      subject: SUBJECT_MARK,
      period: store.state.period,
      lang: store.state.lang,
      tier: store.state.tier,
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
  const name = store.state.subject.trim() || text(f.doc.name, store.state.lang);
  const short = name.length > 44 ? `${name.slice(0, 42).trimEnd()}…` : name;
  const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.nodeValue.includes(SUBJECT_MARK)) continue;
    const parent = n.parentElement;
    const shown = parent?.closest("title") ? name : parent?.closest(".legend") ? t(store.state.lang, "legendSelf") : short;
    n.nodeValue = n.nodeValue.split(SUBJECT_MARK).join(shown);
  }
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
  button.setAttribute("aria-expanded", String(store.gapExpanded));
  button.textContent = t(store.state.lang, store.gapExpanded ? "gapLess" : "gapMore", { n: store.gapExpanded ? GAP_SHOWN : n });
}
