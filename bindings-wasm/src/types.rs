//! TypeScript types of the plain objects the bindings take and return,
//! emitted into the generated `.d.ts` (the roadmap, architecture and
//! benchmark types only into the builds that have those classes, the
//! assessment document into those with `Framework`, the CSV functions or
//! the Excel forms; the benchmark's and the forms' types are in
//! `types_benchmark` and `types_forms`, the benchmark charts' options in
//! `benchmark_charts`). Result keys are
//! camelCase (see `present`); the snake_case names of the shapes released
//! with them are declared `@deprecated`, as they stay readable for one
//! version.

use wasm_bindgen::prelude::*;

/// What the scoring and the CSV functions share (the forms module has the
/// CSV functions without `Framework`).
#[cfg(any(feature = "scoring", feature = "csv", feature = "xlsx"))]
#[wasm_bindgen(typescript_custom_section)]
const ASSESSMENT_TYPES: &'static str = r#"
/** `{indicator id: level}`; levels are whole numbers on the framework's scale. */
export type Levels = Record<string, number>;
/** An assessment document (as read by `Assessment::from_json`). */
export interface AssessmentDocument {
  subject: string;
  period: number;
  framework?: string;
  levels: Levels;
  notes?: Record<string, string | { text: string; evidence?: string | null }>;
}
"#;

#[cfg(feature = "scoring")]
#[wasm_bindgen(typescript_custom_section)]
const SCORING_TYPES: &'static str = r#"
/** A label language. */
export type Lang = "id" | "en";
/** Text in one language, or Indonesian and English side by side. */
export type Text = string | { id: string; en: string };
/** Scoring options; snake_case names are accepted too. */
export interface ScoreOptions {
  predicateBasis?: "exact" | "rounded";
  missing?: "error" | "lowest" | "renormalize";
  /** Subject and period for a bare level map (override a document's). */
  subject?: string;
  period?: number;
}
/** Radar chart options. */
export interface RadarOptions extends ScoreOptions {
  tier?: string;
  lang?: Lang;
  /** A uniform reference ring, e.g. 2.6. */
  target?: number;
  size?: number;
  /** The legend's name for the subject (escaped by the core). */
  subjectName?: string;
}
/** One group's value. `exact` is a reduced fraction such as "291/91". */
export interface NodeValue {
  id: string;
  tier: string;
  value: number | null;
  text: string | null;
  exact: string | null;
}
/** One indicator's part in the index. */
export interface IndicatorValue {
  id: string;
  level: number | null;
  counted: number | null;
  contribution: string;
}
/** The options a scorecard was made with. */
export interface ScorecardOptions {
  predicateBasis: "exact" | "rounded";
  missing: "error" | "lowest" | "renormalize";
  /** @deprecated Use `predicateBasis`; the snake_case name goes in the next version. */
  predicate_basis: "exact" | "rounded";
}
/**
 * A scored assessment: the core's canonical scorecard with camelCase keys
 * (`Framework.scoreJson` gives the canonical JSON text itself).
 */
export interface Scorecard {
  framework: string;
  subject: string;
  period: number;
  index: number;
  /** The index as published, e.g. "3.46" (rounded half-up). */
  indexText: string;
  /** The exact index as a reduced fraction, e.g. "691/200". */
  exactIndex: string;
  predicate: { id: string; label: Text };
  options: ScorecardOptions;
  nodes: NodeValue[];
  indicators: IndicatorValue[];
  coverage: { rated: number; total: number };
  /** @deprecated Use `indexText`; the snake_case name goes in the next version. */
  index_text: string;
  /** @deprecated Use `exactIndex`; the snake_case name goes in the next version. */
  exact_index: string;
}
/** `Framework.scoreLevels`: the live page's fast path. */
export interface LevelScores {
  index: number;
  indexText: string;
  exactIndex: string;
  predicate: string;
  /** One value per `groupIds()` entry; NaN where nothing is rated. */
  values: Float64Array;
}
/**
 * The moving parts of a drawn radar chart (`RadarLayout.shape`): the score
 * polygon's `points`, the vertices as `[cx, cy, …]`, the value labels as
 * `[x, y, textAnchor, text, …]` (one group of each per axis) and the
 * chart's `<desc>` text. Texts are plain: set them as DOM text.
 */
export interface RadarShape {
  points: string;
  vertices: string[];
  labels: string[];
  desc: string;
}
/** One level step of a plan. */
export interface GapStep {
  indicator: string;
  from: number;
  to: number;
  gain: string;
  /** The exact index after the step. */
  indexAfter: string;
  /** The index after the step as published. */
  indexAfterText: string;
  cost: number | null;
  /** @deprecated Use `indexAfter`; the snake_case name goes in the next version. */
  index_after: string;
  /** @deprecated Use `indexAfterText`; the snake_case name goes in the next version. */
  index_after_text: string;
}
/** The distance to a target and the steps that reach it (exact fractions as text). */
export interface Gap {
  target: string;
  threshold: string;
  current: string;
  distance: string;
  reached: string;
  steps: GapStep[];
  totalCost: number | null;
  /** @deprecated Use `totalCost`; the snake_case name goes in the next version. */
  total_cost: number | null;
}
/** A level of a ladder: its name and short criterion. */
export interface LadderLevel { level: number; name: Text; criterion: Text }
/** A node of the framework tree. */
export interface FrameworkNode {
  id: string;
  name: Text;
  weight?: string | number;
  ladder?: string;
  children?: FrameworkNode[];
  [key: string]: unknown;
}
/**
 * A framework document with camelCase keys (`Framework.document()`; the
 * file itself, snake_case, is `toJson()`: see core/frameworks/README.md).
 */
export interface FrameworkDocument {
  schemaVersion: number;
  id: string;
  version: string;
  name: Text;
  description?: Text;
  legalBasis: Text;
  /** "official" or "provisional". */
  status: string;
  notes?: Text;
  tiers: string[];
  scale: { min: number; max: number };
  /** Levels by ladder name. */
  ladders: Record<string, LadderLevel[]>;
  rounding: { decimals: number; mode: string };
  predicates: Array<{ id: string; label: Text; min: string | number; max?: string | number }>;
  /** A composite framework's method (schema 2: `un-egdi-2022`, …); absent on a level framework. */
  composite?: {
    normaliser?: { kind: string; [key: string]: unknown };
    /** `"arithmetic"`, `"geometric"`, `"harmonic"` or `{ power }`. */
    aggregator?: string | { power: number | string };
    imputation?: string;
    rankDecimals?: number;
  };
  nodes: FrameworkNode[];
  /** @deprecated Use `schemaVersion`; the snake_case name goes in the next version. */
  schema_version: number;
  /** @deprecated Use `legalBasis`; the snake_case name goes in the next version. */
  legal_basis: Text;
  [key: string]: unknown;
}
/** One field of an error kind: `name` in the core, `property` on the JS error. */
export interface ErrorFieldInfo {
  name: string;
  property: string;
  type: "text" | "integer" | "text_list";
  doc: string;
}
/** One error kind: its class, the family class it derives from, its fields. */
export interface ErrorKindInfo {
  kind: string;
  className: string;
  family: string;
  familyClass: string;
  doc: string;
  fields: ErrorFieldInfo[];
}
/** One family of error kinds (a base class under `EgovError`). */
export interface ErrorFamilyInfo { family: string; className: string; doc: string }
/** The core's table of error kinds (`errorTable()`). */
export interface ErrorTable { root: string; families: ErrorFamilyInfo[]; kinds: ErrorKindInfo[] }
"#;

#[cfg(feature = "roadmap")]
#[wasm_bindgen(typescript_custom_section)]
const ROADMAP_TYPES: &'static str = r#"
/** Why an initiative starts late (`kind`: "predecessor", "budget", "deadline"). */
export interface Explanation { kind: string; [key: string]: unknown }
/** One scheduled initiative. */
export interface ScheduleEntry {
  id: string;
  name: Text;
  phase: number;
  start: string;
  finish: string;
  startMonth: number;
  durationMonths: number;
  cost: number;
  /** Cost charged per year: `{year: amount}`. */
  charges: Record<string, number>;
  earliestStart: string;
  slackMonths: number;
  critical: boolean;
  delayMonths: number;
  explanations: Explanation[];
  /** @deprecated Use `startMonth`; the snake_case name goes in the next version. */
  start_month: number;
  /** @deprecated Use `durationMonths`; the snake_case name goes in the next version. */
  duration_months: number;
  /** @deprecated Use `earliestStart`; the snake_case name goes in the next version. */
  earliest_start: string;
  /** @deprecated Use `slackMonths`; the snake_case name goes in the next version. */
  slack_months: number;
  /** @deprecated Use `delayMonths`; the snake_case name goes in the next version. */
  delay_months: number;
}
/** Why an initiative is not scheduled (`kind`: "horizon", "budget", "predecessor"). */
export interface UnscheduledReason {
  kind: string;
  /** `horizon`: when it could finish at the earliest. */
  earliestFinish?: string;
  /** `horizon`: the last day of the plan. */
  horizonEnd?: string;
  /** @deprecated Use `earliestFinish`; the snake_case name goes in the next version. */
  earliest_finish?: string;
  /** @deprecated Use `horizonEnd`; the snake_case name goes in the next version. */
  horizon_end?: string;
  [key: string]: unknown;
}
/** A schedule: the core's canonical schedule with camelCase keys (`toJson()` is the JSON text). */
export interface ScheduleDocument {
  roadmap: string;
  horizon: { start: string; end: string };
  phases: string[][];
  criticalPath: string[];
  entries: ScheduleEntry[];
  unscheduled: Array<{ id: string; reason: UnscheduledReason }>;
  spend: Array<{ year: number; spent: number; cap: number | null }>;
  /** @deprecated Use `criticalPath`; the snake_case name goes in the next version. */
  critical_path: string[];
}
/** The projected scorecard at the end of a plan year. */
export interface YearProjection { year: number; finished: string[]; scorecard: Scorecard }
"#;

#[cfg(feature = "architecture")]
#[wasm_bindgen(typescript_custom_section)]
const ARCHITECTURE_TYPES: &'static str = r#"
/** Elements per agency (rows) and domain (columns). */
export interface Coverage { agencies: string[]; domains: string[]; counts: number[][] }
/** Applications of several agencies that do the same thing. */
export interface DuplicateGroup { basis: string; key: string; elements: string[]; agencies: string[] }
/** What a failure reaches; paths are `[from, relation, to]` steps. */
export interface Impact {
  failed: string;
  elements: Array<{ id: string; domain: string; path: Array<[string, string, string]> }>;
  services: string[];
  agencies: Array<{ id: string; via: string[] }>;
}
/** An element missing the support it needs. */
export interface Unsupported { element: string; problem: string; description: string }
"#;

#[cfg(feature = "masterplan")]
#[wasm_bindgen(typescript_custom_section)]
const MASTERPLAN_TYPES: &'static str = r#"
/**
 * The files a masterplan manifest names, by path as the manifest writes
 * it: text (read as UTF-8) or bytes (an Excel assessment must be bytes).
 */
export type MasterplanFiles = Record<string, string | Uint8Array>;
/** What a masterplan finding is about. */
export type FindingKind =
  | "unknown-owner" | "unknown-subject" | "lowering-raise" | "unknown-element" | "lifecycle-conflict"
  | "to-be-not-created" | "target-outside-period" | "unknown-target" | "unknown-policy-indicator"
  | "horizon-short";
/**
 * One cross-check between a masterplan's parts that did not pass
 * (`Masterplan.check`): the ids on both sides (`[initiative, agency]`, …)
 * and the finding as a sentence in Indonesian and English.
 */
export interface Finding {
  kind: FindingKind;
  /** `error`: the parts contradict each other; `warning`: probably a mistake, or a gap worth a look. */
  severity: "error" | "warning";
  ids: string[];
  message: { id: string; en: string };
}
/**
 * One extra level step that would meet a missed target (exact fractions
 * as text); for a group target `valueAfter` is the group's value.
 */
export interface TargetStep {
  indicator: string;
  from: number;
  to: number;
  gain: string;
  /** The exact value after the step. */
  valueAfter: string;
  /** The value after the step as the framework prints it. */
  valueAfterText: string;
}
/**
 * Whether the scheduled roadmap reaches one target of the manifest
 * (`Masterplan.targets`): exact values as fraction text ("41/200"),
 * printed values as the framework rounds them ("2.80").
 */
export interface TargetOutcome {
  year: number;
  measure: "index" | "predicate" | "group";
  /** The group's id for a `group` target, else null. */
  group: string | null;
  /** The predicate's id for a `predicate` target, else null. */
  predicate: string | null;
  /** Where the target comes from (RPJMD, Renstra), if the manifest says. */
  source: Text | null;
  /** The value asked for, exactly (a predicate's lower bound). */
  required: string;
  requiredText: string;
  /** The projected value at the end of the year, exactly. */
  reached: string;
  reachedText: string;
  met: boolean;
  /** `required − reached` when missed, else "0". */
  shortBy: string;
  /** For a miss, the fewest extra level steps that meet it; null when met or unreachable. */
  steps: TargetStep[] | null;
  /** For a miss, the initiatives not finished by the end of the year that would lift the value, by id. */
  wouldCover: string[];
  /** Whether those initiatives together would have met the target. */
  coveredByThem: boolean;
}
"#;
