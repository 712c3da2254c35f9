// The national position line: where the live index would stand among the
// published SPBE results of the latest year, among every regional
// government and among the kabupaten and kota of a chosen province.
// Every number is the Rust core's (`Benchmark.position` of the package's
// benchmark module, which holds the published results and is loaded after
// the first paint); this file keeps the answers (the table never changes,
// so each index is asked once) and writes them as text.

import { t, text } from "./i18n.js";
import { $, el, store, frameworks } from "./store.js";
import { scheduleHash } from "./state.js";
import { scheduleRobustness } from "./robustness.js";

// The package's benchmark module, relative to this file (static files only:
// the published results are embedded in its .wasm).
const BENCHMARK_URL = new URL("../../bindings-wasm/pkg/benchmark/index.js", import.meta.url).href;

/**
 * Loads the benchmark module and the published results, then shows the
 * province picker and the position line. Resolves to whether it loaded
 * (a failure is shown on the page, never thrown).
 */
export async function loadBenchmark() {
  try {
    const api = await import(BENCHMARK_URL);
    await api.default();
    const bench = api.Benchmark.spbePublished();
    const year = bench.years().at(-1);
    const provinces = [...new Set(bench.rows(year).map((r) => r.province).filter((p) => p !== null))];
    provinces.sort((a, b) => a.localeCompare(b, "id"));
    store.benchmark = { bench, year, provinces, frameworkId: bench.frameworkId, positions: new Map() };
  } catch (e) {
    store.benchmark = { error: e?.message ?? String(e) };
    renderProvinceSelect();
    updatePosition();
    return false;
  }
  // A share link may name a province the table does not have.
  if (store.state.province && !store.benchmark.provinces.includes(store.state.province)) {
    store.state.province = "";
    scheduleHash();
  }
  renderProvinceSelect();
  updatePosition();
  warmUp(store.benchmark);
  return true;
}

/**
 * Where an index (its published text, "3.00") stands in the latest year:
 * among every regional government (`province` empty) or the kabupaten and
 * kota of `province` (its peers: the provincial government itself is left
 * out) — the core's position, asked once per index.
 */
export function positionOf(b, province, indexText) {
  const key = `${province}\n${indexText}`;
  let p = b.positions.get(key);
  if (p === undefined) {
    const r = b.bench.position(b.year, indexText, province ? { province, local: true } : { regional: true });
    p = { rank: r.rank, count: r.count, below: r.below, percentile: r.percentile };
    b.positions.set(key, p);
  }
  return p;
}

/**
 * Asks the core, in idle time, for the position among every regional
 * government of each index the framework's scale allows (1.00 … 5.00), so
 * that a level change only looks its answer up (the core's position takes
 * about 0.4 ms for 523 governments; see BENCHMARKS.md).
 */
function warmUp(b) {
  const f = frameworks.get(b.frameworkId);
  if (!f) return;
  const texts = [];
  for (let i = f.doc.scale.min * 100; i <= f.doc.scale.max * 100; i++) texts.push((i / 100).toFixed(2));
  const idle = window.requestIdleCallback ?? ((fn) => setTimeout(() => fn({ timeRemaining: () => 8 }), 20));
  let k = 0;
  const step = (deadline) => {
    while (k < texts.length && deadline.timeRemaining() > 1) positionOf(b, "", texts[k++]);
    if (k < texts.length) idle(step);
  };
  idle(step);
}

/** The province picker: none, or a province of the latest year's table. */
export function renderProvinceSelect() {
  const select = $("province");
  const lang = store.state.lang;
  const b = store.benchmark;
  const provinces = b?.provinces ?? [];
  select.replaceChildren(
    el("option", { value: "", text: t(lang, "provinceNone") }),
    ...provinces.map((p) => el("option", { value: p, text: p })),
  );
  select.value = provinces.includes(store.state.province) ? store.state.province : "";
  select.disabled = provinces.length === 0;
}

/**
 * Writes the position line for the current scores (`store.lastScores`;
 * none when they cannot be computed): the latest year's rank among every
 * regional government, the share below, and the rank in the chosen
 * province. Text only (`textContent`).
 */
export function updatePosition() {
  const node = $("position");
  const f = frameworks.get(store.state.framework);
  const scores = store.lastScores;
  const lang = store.state.lang;
  const b = store.benchmark;
  let line = "";
  if (!b) {
    line = t(lang, "positionLoading");
  } else if (b.error) {
    line = t(lang, "positionFailed", { msg: b.error });
  } else if (f && f.doc.id !== b.frameworkId) {
    const name = frameworks.get(b.frameworkId)?.doc.name ?? b.frameworkId;
    line = t(lang, "positionOther", { framework: text(name, lang) });
  } else if (scores) {
    try {
      // The core's competition rank is 1 + the governments with a higher
      // index: for an index below every one of them, count + 1, said as
      // "below all". The share below is never overstated: 250 of 523 is
      // "above 47%".
      const all = positionOf(b, "", scores.indexText);
      line = all.rank > all.count
        ? t(lang, "positionBelowAll", { year: b.year, count: all.count })
        : t(lang, "positionLine", { year: b.year, rank: all.rank, count: all.count, above: Math.floor(all.percentile) });
      const province = store.state.province;
      if (province && b.provinces.includes(province)) {
        const p = positionOf(b, province, scores.indexText);
        line += p.rank > p.count
          ? t(lang, "positionProvinceBelowAll", { province, count: p.count })
          : t(lang, "positionProvince", { province, rank: p.rank, count: p.count });
      }
    } catch (e) {
      line = t(lang, "positionFailed", { msg: e?.message ?? String(e) });
    }
  }
  if (node.textContent !== line) node.textContent = line;
  node.hidden = line === "";
  scheduleRobustness();
}
