// "How robust is our position?": where the live index's domain values would
// rank among every regional government with four published domain values,
// when each domain weight moves by up to ±20 % (the core's
// Benchmark.robustness: 500 seeded samples, so the same levels always give
// the same line). Computed in idle time after a change (tens of
// milliseconds), kept per set of domain values, written as text.

import { t } from "./i18n.js";
import { $, store, frameworks } from "./store.js";

/** Samples per answer: small, as the calculator needs only the interval. */
export const SAMPLES = 500;
const NOISE = 0.2;
let timer = null;

/** The live scores' domain values (the framework's top tier), or null. */
function domainValues(f, scores) {
  const values = f.doc.nodes.map((n) => scores.values[f.groupIds.indexOf(n.id)]);
  return values.length === 4 && values.every(Number.isFinite) ? values : null;
}

/** Clears the line now and schedules its answer for the current scores. */
export function scheduleRobustness() {
  const node = $("robustness");
  if (timer !== null) clearTimeout(timer);
  const b = store.benchmark;
  const f = frameworks.get(store.state.framework);
  const scores = store.lastScores;
  const values = b?.bench && f && f.doc.id === b.frameworkId && scores ? domainValues(f, scores) : null;
  if (!values) {
    node.textContent = "";
    node.hidden = true;
    return;
  }
  const key = values.join(",");
  b.robustness ??= new Map();
  const write = (r) => {
    const line = t(store.state.lang, "robustnessLine", {
      noise: Math.round(NOISE * 100), p05: r.p05, p95: r.p95, median: r.medianRank, count: r.count,
    });
    if (node.textContent !== line) node.textContent = line;
    node.hidden = false;
    node.dataset.key = key;
  };
  const known = b.robustness.get(key);
  if (known) return write(known);
  timer = setTimeout(() => {
    timer = null;
    try {
      const r = b.bench.robustness(b.year, values, { regional: true, weightNoise: NOISE, samples: SAMPLES, seed: 0 });
      b.robustness.set(key, r);
      write(r);
    } catch (e) {
      node.textContent = t(store.state.lang, "positionFailed", { msg: e?.message ?? String(e) });
      node.hidden = false;
    }
  }, 150);
}
