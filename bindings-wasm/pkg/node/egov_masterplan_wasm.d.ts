/* tslint:disable */
/* eslint-disable */

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



/**
 * Elements in the six SPBE architecture domains, owned by agencies.
 */
export class ArchitectureModel {
    private constructor();
    free(): void;
    [Symbol.dispose](): void;
    /**
     * Elements per agency and domain: `{agencies, domains, counts}`.
     */
    coverage(): Coverage;
    /**
     * Candidate duplicate applications.
     */
    duplicates(): DuplicateGroup[];
    /**
     * Reads and validates a catalog document (JSON text).
     */
    static fromJson(json: string): ArchitectureModel;
    /**
     * What a failure of element `id` reaches.
     */
    impactOf(id: string): Impact;
    /**
     * Applications with no integration link.
     */
    integrationGaps(): string[];
    /**
     * ArchiMate 3.1 Open Exchange Format XML.
     */
    toArchimateXml(): string;
    /**
     * Graphviz DOT.
     */
    toDot(): string;
    /**
     * The coverage heatmap as SVG text. Options: `lang`, `cell`.
     */
    toHeatmapSvg(options: { lang?: Lang; cell?: number } | void): string;
    /**
     * The catalog as canonical JSON text.
     */
    toJson(): string;
    /**
     * Elements missing support: `{element, problem, description}[]`.
     */
    unsupported(): Unsupported[];
}

/**
 * A maturity framework: a weighted tree of domains, aspects and indicators.
 */
export class Framework {
    private constructor();
    free(): void;
    [Symbol.dispose](): void;
    /**
     * The ids of the built-in frameworks, official first.
     */
    static builtinIds(): string[];
    /**
     * A built-in framework: `spbe-2020`, `spbe-2018` or `pemdi-2025`.
     */
    static builtin(id: string): Framework;
    /**
     * The framework document as a plain object (tiers, scale, ladders with
     * each level's name and criterion, predicates, the node tree).
     */
    document(): FrameworkDocument;
    /**
     * Reads and validates a framework document (JSON text).
     */
    static fromJson(json: string): Framework;
    /**
     * The fewest level steps from `levels` to `target` (a predicate id or
     * an index).
     */
    gapTo(levels: Levels | AssessmentDocument, target_value: string | number, options: ScoreOptions | void): Gap;
    /**
     * Indicator ids in framework order.
     */
    indicatorIds(): string[];
    /**
     * A radar chart (SVG text) of one tier. Options: the scoring options
     * plus `tier` (`"domain"`), `lang`, `target` (a uniform ring), `size`.
     */
    radarSvg(levels: Levels | AssessmentDocument, options: RadarOptions | void): string;
    /**
     * Scores many assessments; one scorecard each, in order.
     */
    scoreMany(assessments: Array<Levels | AssessmentDocument>, options: ScoreOptions | void): Scorecard[];
    /**
     * Scores one assessment: `{I1: 3, …}` or an assessment document.
     * Options: `predicateBasis` (`"exact"` | `"rounded"`), `missing`
     * (`"error"` | `"lowest"` | `"renormalize"`), `subject`, `period`.
     */
    score(levels: Levels | AssessmentDocument, options: ScoreOptions | void): Scorecard;
    /**
     * The framework document as JSON text.
     */
    toJson(): string;
    /**
     * The framework's id.
     */
    readonly id: string;
}

/**
 * Initiatives with dependencies, durations, costs and budget caps.
 */
export class Roadmap {
    private constructor();
    free(): void;
    [Symbol.dispose](): void;
    /**
     * The critical path (critical path method, no budget limit).
     */
    criticalPath(): string[];
    /**
     * Reads and validates a roadmap document (JSON text).
     */
    static fromJson(json: string): Roadmap;
    /**
     * Topological generations: initiatives that can run side by side.
     */
    phases(): string[][];
    /**
     * Places the initiatives in time. Options: `respectBudget` (default
     * true).
     */
    schedule(options: { respectBudget?: boolean } | void): Schedule;
    /**
     * The dependency graph as Graphviz DOT.
     */
    toDot(): string;
    /**
     * The roadmap as canonical JSON text.
     */
    toJson(): string;
}

/**
 * A roadmap placed in time.
 */
export class Schedule {
    private constructor();
    free(): void;
    [Symbol.dispose](): void;
    /**
     * The critical path (before the budget).
     */
    criticalPath(): string[];
    /**
     * The projected scorecard at the end of every plan year, from
     * `baseline`'s levels raised as initiatives finish.
     */
    project(framework: Framework, baseline: Levels | AssessmentDocument, options: ScoreOptions | void): YearProjection[];
    /**
     * One row per initiative as CSV text (formula-safe).
     */
    toCsv(): string;
    /**
     * A Gantt chart as SVG text. Options: `lang`, `width`.
     */
    toGanttSvg(options: { lang?: Lang; width?: number } | void): string;
    /**
     * The schedule as canonical JSON text.
     */
    toJson(): string;
    /**
     * A Mermaid `gantt` diagram.
     */
    toMermaid(): string;
    /**
     * The schedule as a plain object (entries, unscheduled, spend).
     */
    toObject(): ScheduleDocument;
}

/**
 * Registers `factory({className, kind, message, fields})`, which returns
 * the error object to throw. Called once by the package's entry module.
 */
export function __setErrorFactory(factory: Function): void;

/**
 * The error kinds and their class names, `[kind, className][]`.
 */
export function errorKinds(): Array<[string, string]>;

/**
 * The library version.
 */
export function version(): string;
