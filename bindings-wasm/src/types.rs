//! TypeScript types of the plain objects the bindings take and return,
//! emitted into the generated `.d.ts`.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** A label language. */
export type Lang = "id" | "en";
/** Text in one language, or Indonesian and English side by side. */
export type Text = string | { id: string; en: string };
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
/** A scored assessment: the core's canonical scorecard JSON. */
export interface Scorecard {
  framework: string;
  subject: string;
  period: number;
  index: number;
  index_text: string;
  exact_index: string;
  predicate: { id: string; label: Text };
  options: { predicate_basis: "exact" | "rounded"; missing: "error" | "lowest" | "renormalize" };
  nodes: NodeValue[];
  indicators: IndicatorValue[];
  coverage: { rated: number; total: number };
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
  index_after: string;
  index_after_text: string;
  cost: number | null;
}
/** The distance to a target and the steps that reach it (exact fractions as text). */
export interface Gap {
  target: string;
  threshold: string;
  current: string;
  distance: string;
  reached: string;
  steps: GapStep[];
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
/** A framework document (see core/frameworks/README.md). */
export interface FrameworkDocument {
  schema_version: number;
  id: string;
  version: string;
  name: Text;
  tiers: string[];
  scale: { min: number; max: number };
  ladders: Record<string, LadderLevel[]>;
  predicates: Array<{ id: string; label: Text; min: string | number; max?: string | number }>;
  [key: string]: unknown;
}
/** One scheduled initiative. */
export interface ScheduleEntry {
  id: string;
  name: Text;
  phase: number;
  start: string;
  finish: string;
  start_month: number;
  duration_months: number;
  cost: number;
  charges: Record<string, number>;
  earliest_start: string;
  slack_months: number;
  critical: boolean;
  delay_months: number;
  explanations: Array<{ kind: string; [key: string]: unknown }>;
}
/** A schedule: the core's canonical schedule JSON. */
export interface ScheduleDocument {
  roadmap: string;
  horizon: { start: string; end: string };
  phases: string[][];
  critical_path: string[];
  entries: ScheduleEntry[];
  unscheduled: Array<{ id: string; reason: { kind: string; [key: string]: unknown } }>;
  spend: Array<{ year: number; spent: number; cap: number | null }>;
}
/** The projected scorecard at the end of a plan year. */
export interface YearProjection { year: number; finished: string[]; scorecard: Scorecard }
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
