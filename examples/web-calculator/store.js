// The calculator's shared page state and DOM helpers, used by app.js
// (state, rendering, actions) and results.js (the numbers and charts).

/** The built-in framework ids, official first: filled from the package's
 * `Framework.builtinIds()` once it has loaded. */
export const FRAMEWORK_IDS = [];
/** The values the core accepts for the scoring options (`optionValues`),
 * filled once the package has loaded. */
export const OPTION_VALUES = { lang: [], predicateBasis: [], missing: [] };

export const RADAR_SIZE = 360;
// Gap steps shown before "show all" (a blank SPBE form needs about 90).
export const GAP_SHOWN = 20;

export const $ = (id) => document.getElementById(id);
export const el = (tag, props = {}, ...children) => {
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

/**
 * Per framework id: the package's Framework, its document, indicator and
 * group ids (the orders of `scoreLevels`' input and output), leaves by id,
 * groups, each indicator's ladder levels (or null), the group tiers, the
 * decimals of published values, a reused level buffer and the level that
 * marks an unrated indicator in it.
 * @type {Map<string, {fw: any, doc: any, ids: string[], groupIds: string[], leaves: Map<string, any>, groups: any[], ladders: Map<string, any[] | null>, groupTiers: string[], decimals: number, levelBuffer: Uint8Array, unrated: number}>}
 */
export const frameworks = new Map();
/** Levels and notes of the frameworks not shown, kept while the page lives. */
export const stash = new Map();
/** Per indicator: its controls. */
export const rows = new Map();
/** Per group id: the elements that show its value. */
export const valueCells = new Map();

/**
 * What changes while the page lives: the loaded package (`api`), `state`
 * (what the share link holds),
 * the last numbers (`LevelScores`), the drawn radar (its layout and moving
 * elements), whether the gap list is expanded, and the published results
 * once the benchmark module has loaded (`benchmark`: the table, its latest
 * year and provinces, the positions asked so far; or `{error}`).
 */
export const store = { api: null, state: null, lastScores: null, radar: null, gapExpanded: false, benchmark: null };

/** The loaded framework being shown. */
export const current = () => frameworks.get(store.state.framework);

/** The scoring options of the current state. */
export const scoreOptions = () => ({ predicateBasis: store.state.basis, missing: store.state.missing });

/** A note's text and evidence link, whether written as text or an object. */
export const noteText = (note) => (note == null ? "" : typeof note === "string" ? note : note.text ?? "");
export const noteEvidence = (note) => (note && typeof note === "object" ? note.evidence ?? "" : "");

/** The tiers a radar can show: the framework's group tiers (the core's `groupTiers()`). */
export const radarTiers = (f) => f.groupTiers;
