// The calculator's state as data: the defaults, the loaded frameworks, the
// exported assessment document, checks of imported documents and share
// links (by the core), and the share link in the address bar.

import { toBase64Url, fromBase64Url } from "./io.js";
import { $, store, current, frameworks, FRAMEWORK_IDS, OPTION_VALUES, radarTiers } from "./store.js";

const STATE_VERSION = 1;
let hashTimer = 0;

// ---------------------------------------------------------------- state --

export function defaultState() {
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
    province: "",
  };
}

export function loadFramework(id) {
  const fw = store.api.Framework.builtin(id);
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
  const ids = fw.indicatorIds();
  frameworks.set(id, {
    fw, doc, ids, leaves, groups,
    // The ladder each indicator is rated on (its own or inherited; null
    // for none), and the tiers a radar can show: the core's answers.
    ladders: new Map(ids.map((i) => [i, fw.indicatorLadder(i)])),
    groupTiers: fw.groupTiers(),
    groupIds: fw.groupIds(),
    decimals: doc.rounding.decimals,
    levelBuffer: new Uint8Array(ids.length),
    unrated: store.api.Framework.unratedLevel(),
  });
}

/** Orders `levels`/`notes` keys by the framework's indicator order. */
function ordered(map, ids) {
  const out = {};
  for (const id of ids) if (map[id] !== undefined) out[id] = map[id];
  return out;
}

/** The exportable state, in a fixed key order (also the share-link payload). */
export function snapshot() {
  const { ids } = current();
  return {
    v: STATE_VERSION,
    framework: store.state.framework,
    subject: store.state.subject,
    period: store.state.period,
    levels: ordered(store.state.levels, ids),
    notes: ordered(store.state.notes, ids),
    lang: store.state.lang,
    basis: store.state.basis,
    missing: store.state.missing,
    target: store.state.target,
    tier: store.state.tier,
    province: store.state.province,
  };
}

/** The assessment document: {subject, period, framework, levels, notes}. */
export function assessmentDocument() {
  const s = snapshot();
  return { subject: s.subject, period: s.period, framework: s.framework, levels: s.levels, notes: s.notes };
}

/**
 * Checks an assessment (levels, notes, period) against framework `fid` with
 * the core, so that imports and share links fail with the core's message.
 */
export function validateAssessment(fid, doc) {
  const f = frameworks.get(fid);
  if (!f) throw new Error(`unknown framework \`${fid}\`; expected one of ${FRAMEWORK_IDS.join(", ")}`);
  // The core reads the whole document: the period, the levels (indicator
  // ids, whole numbers on the scale) and the notes (indicator ids, text or
  // {text, evidence}). The page allows an unnamed assessment, which the
  // core does not, so an empty subject is checked under a stand-in name.
  const subject = typeof doc.subject === "string" && doc.subject !== "" ? doc.subject : "x";
  f.fw.score({ subject, period: doc.period, levels: doc.levels ?? {}, notes: doc.notes ?? {} }, { missing: "lowest" });
  if (typeof doc.subject !== "string") throw new Error("subject: expected text");
}

/** Normalises a state object read from a share link; throws when invalid. */
export function normaliseState(raw) {
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
  // Values the core accepts (optionValues); anything else keeps the default.
  if (OPTION_VALUES.lang.includes(raw.lang)) s.lang = raw.lang;
  if (OPTION_VALUES.predicateBasis.includes(raw.basis)) s.basis = raw.basis;
  if (OPTION_VALUES.missing.includes(raw.missing)) s.missing = raw.missing;
  s.target = f.doc.predicates.some((p) => p.id === raw.target) ? raw.target : defaultTarget(f);
  s.tier = radarTiers(f).includes(raw.tier) ? raw.tier : radarTiers(f)[0];
  // The comparison province (checked against the published table once it
  // has loaded; links made before it existed have none).
  if (typeof raw.province === "string" && raw.province.length <= 100) s.province = raw.province;
  return s;
}

export function defaultTarget(f) {
  const ids = f.doc.predicates.map((p) => p.id);
  return ids.includes("sangat-baik") ? "sangat-baik" : ids[0];
}

// ------------------------------------------------------------ share link --

export function shareLink() {
  const base = location.href.split("#")[0];
  return `${base}#a=${toBase64Url(JSON.stringify(snapshot()))}`;
}

export function writeHash() {
  clearTimeout(hashTimer);
  hashTimer = 0;
  const link = shareLink();
  $("share-link").value = link;
  if (location.href !== link) history.replaceState(null, "", link);
  return link;
}

export function scheduleHash() {
  clearTimeout(hashTimer);
  hashTimer = setTimeout(writeHash, 150);
}

export function readHash() {
  const m = /^#a=([A-Za-z0-9_-]*)$/.exec(location.hash);
  if (!m) return null;
  return normaliseState(JSON.parse(fromBase64Url(m[1])));
}
