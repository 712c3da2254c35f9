// Type-level test of the package's declarations (the Node.js entry's
// node/index.d.mts → the generated egov_masterplan_wasm.d.ts and errors.d.mts;
// the scoring entry's scoring/index.d.ts, the benchmark entry's
// benchmark/index.d.ts, the forms entry's forms/index.d.ts): every class
// and plain-object type
// used the way a TypeScript caller would, and `@ts-expect-error` lines
// proving that wrong usage is rejected. Checked by
// `npx tsc --noEmit -p tsconfig.json` (and by tests/types_check.test.mjs);
// it is not executed.
//
// Options parameters are passed explicitly (`undefined` where there are
// none): the generated declarations type them `X | undefined` rather than
// optional, so `fw.score(levels)` does not type-check (see the todo test in
// types_check.test.mjs).
import init, {
  ArchitectureModel, AssessmentError, CycleError, DuplicateIdError, EgovError, Framework, FrameworkError,
  HostingCycleError, InvalidFieldError, InvalidOptionError, JsonError, LevelNotIntegerError, LevelOutOfRangeError,
  MissingLevelsError, RadarLayout, Roadmap, RoadmapError, Schedule, UnknownAgencyError, UnknownDependencyError,
  UnknownFrameworkError, UnknownIndicatorError, BudgetError, RelationNotAllowedError, errorKinds, errorTable, initSync,
  makeError, version,
} from "egov-masterplan";
import type {
  AssessmentDocument, Coverage, DuplicateGroup, ErrorKindInfo, ErrorTable, Explanation, FrameworkDocument, FrameworkNode,
  Gap, GapStep, Impact, IndicatorValue, LadderLevel, Lang, LevelScores, Levels, RadarShape, NodeValue, RadarOptions,
  ScheduleDocument, ScheduleEntry, Scorecard, ScorecardOptions, ScoreOptions, Text, UnscheduledReason, Unsupported,
  YearProjection,
} from "egov-masterplan";
import * as scoring from "egov-masterplan/scoring";
import * as benchmarkEntry from "egov-masterplan/benchmark";
import * as forms from "egov-masterplan/forms";
import * as em from "egov-masterplan";

await init();
initSync();
const v: string = version();
const kinds: Array<[string, string]> = errorKinds();
const table: ErrorTable = errorTable();
const firstKind: ErrorKindInfo | undefined = table.kinds[0];
const fieldTypes: Array<"text" | "integer" | "text_list"> = firstKind?.fields.map((f) => f.type) ?? [];
const properties: string[] = (firstKind?.fields ?? []).map((f) => f.property + f.name + table.root + firstKind?.familyClass);

// ------------------------------------------------------------------ Framework

const ids: string[] = Framework.builtinIds();
const fw: Framework = Framework.builtin(ids[0] ?? "spbe-2020");
const same: Framework = Framework.fromJson(fw.toJson());
const fwId: string = same.id;
const doc: FrameworkDocument = fw.document();
const tiers: string[] = doc.tiers;
const legalBasis: Text = doc.legalBasis;
const schemaVersion: number = doc.schemaVersion + doc.rounding.decimals;
const groupTiers: string[] = fw.groupTiers();
const ladderOfI1: LadderLevel[] | null = fw.indicatorLadder("I1");
const firstLevelName: Text | undefined = ladderOfI1?.[0]?.name;
const scale: { min: number; max: number } = doc.scale;
const ladders: LadderLevel[] = Object.values(doc.ladders)[0] ?? [];
const levelName: Text = ladders[0]?.name ?? "";
const nodes = doc["nodes"] as FrameworkNode[];
const children: FrameworkNode[] | undefined = nodes[0]?.children;
const predicateMin: string | number = doc.predicates[0]?.min ?? 0;

const levels: Levels = Object.fromEntries(fw.indicatorIds().map((id) => [id, 3]));
const assessment: AssessmentDocument = { subject: "diskominfo", period: 2024, framework: "spbe-2020", levels };
const options: ScoreOptions = { predicateBasis: "rounded", missing: "lowest", subject: "x", period: 2024 };

const card: Scorecard = fw.score(levels, options);
const card2: Scorecard = fw.score(assessment, undefined);
const index: number = card.index;
const indexText: string = card.indexText;
const exact: string = card.exactIndex;
const deprecatedText: string = card.index_text + card.exact_index + card.options.predicate_basis;
const canonical: string = fw.scoreJson(levels, options) + fw.gapToJson(levels, "baik", options);
const predicateId: string = card.predicate.id;
const label: Text = card.predicate.label;
const labelEn: string = typeof label === "string" ? label : label.en;
const cardOptions: ScorecardOptions = card.options;
const basis: "exact" | "rounded" = cardOptions.predicateBasis;
const rated: number = card.coverage.rated + card.coverage.total;
const node: NodeValue | undefined = card.nodes[0];
const nodeValue: number | null = node?.value ?? null;
const nodeText: string | null = node?.text ?? null;
const indicator: IndicatorValue | undefined = card.indicators[0];
const counted: number | null = indicator?.counted ?? null;
const cards: Scorecard[] = fw.scoreMany([levels, assessment], { predicate_basis: "exact" } as ScoreOptions);

const gap: Gap = fw.gapTo(levels, "baik", undefined);
const gapByIndex: Gap = fw.gapTo(assessment, 3.5, options);
const step: GapStep | undefined = gap.steps[0];
const stepCost: number | null = step?.cost ?? null;
const fromTo: [number, number] = [step?.from ?? 0, step?.to ?? 0];
const reached: string = gap.reached;
const total: number | null = gapByIndex.totalCost;
const after: string | undefined = step ? step.indexAfter + step.indexAfterText + step.index_after_text : undefined;

const lang: Lang = "en";
const radarOptions: RadarOptions = { tier: "aspect", lang, target: 2.6, size: 480, missing: "error" };
const radar: string = fw.radarSvg(levels, radarOptions);
const live: LevelScores = fw.scoreLevels(new Uint8Array(47), { missing: "lowest" });
const layout: RadarLayout = fw.radarLayout({ tier: "domain", lang: "id", size: 360 });
const shape: RadarShape = layout.shape(live.values);
const moved: [string, string[], string[], string] = [shape.points, shape.vertices, shape.labels, shape.desc];
const axes: string[] = layout.axisIds();
const chartTitle: string = layout.title("Diskominfo", 2024, live.indexText, "Baik");
layout.free();
fw.free();

// ------------------------------------------------------- Roadmap and Schedule

const roadmap: Roadmap = Roadmap.fromJson("{}");
const phases: string[][] = roadmap.phases();
const critical: string[] = roadmap.criticalPath();
const dot: string = roadmap.toDot() + roadmap.toJson();
const schedule: Schedule = roadmap.schedule({ respectBudget: false });
const sched: ScheduleDocument = schedule.toObject();
const entry: ScheduleEntry | undefined = sched.entries[0];
const charges: Record<string, number> = entry?.charges ?? {};
const isCritical: boolean = entry?.critical ?? false;
const months: number = (entry?.startMonth ?? 0) + (entry?.durationMonths ?? 0) + (entry?.slackMonths ?? 0) + (entry?.delayMonths ?? 0);
const earliest: string | undefined = entry?.earliestStart;
const explanation: Explanation | undefined = entry?.explanations[0];
const explanationKind: string | undefined = explanation?.kind;
const reason: UnscheduledReason | undefined = sched.unscheduled[0]?.reason;
const unscheduledReason: string | undefined = reason ? reason.kind + (reason.earliestFinish ?? "") + (reason.horizonEnd ?? "") : undefined;
const schedCritical: string[] = sched.criticalPath;
const cap: number | null = sched.spend[0]?.cap ?? null;
const horizonEnd: string = sched.horizon.end;
const exports: string[] = [schedule.toJson(), schedule.toCsv(), schedule.toMermaid(),
  schedule.toGanttSvg({ lang: "id", width: 800 }), schedule.toGanttSvg(undefined)];
const cp: string[] = schedule.criticalPath();
const years: YearProjection[] = schedule.project(fw, levels, { predicateBasis: "exact" });
const yearCard: Scorecard | undefined = years[0]?.scorecard;
const finished: string[] = years[0]?.finished ?? [];

// ---------------------------------------------------------- ArchitectureModel

const model: ArchitectureModel = ArchitectureModel.fromJson("{}");
const coverage: Coverage = model.coverage();
const cell: number = coverage.counts[0]?.[0] ?? 0;
const domains: string[] = coverage.domains.concat(coverage.agencies);
const dups: DuplicateGroup[] = model.duplicates();
const dupBasis: string = dups[0]?.basis ?? "";
const impact: Impact = model.impactOf("dc");
const path: Array<[string, string, string]> = impact.elements[0]?.path ?? [];
const via: string[] = impact.agencies[0]?.via ?? [];
const services: string[] = impact.services;
const unsupported: Unsupported[] = model.unsupported();
const problem: string = unsupported[0]?.description ?? "";
const gaps: string[] = model.integrationGaps();
const xml: string = model.toArchimateXml() + model.toDot() + model.toJson() + model.toHeatmapSvg({ lang: "en", cell: 24 });

// --------------------------------------------------------------------- errors

function handle(e: unknown): string {
  if (e instanceof LevelOutOfRangeError) {
    const range: [string, number, number, number, string, number] = [e.indicator, e.level, e.min, e.max, e.subject, e.period];
    return range.join();
  }
  if (e instanceof CycleError) return e.cycle.join(" → ");
  if (e instanceof HostingCycleError) return e.cycle.join(" → ");
  if (e instanceof InvalidOptionError) return `${e.option}=${e.value} not in ${e.allowed.join(", ")}`;
  if (e instanceof UnknownFrameworkError) return e.id + e.available.join();
  if (e instanceof UnknownIndicatorError) return e.framework + e.indicator;
  if (e instanceof LevelNotIntegerError) return e.indicator + e.value;
  if (e instanceof MissingLevelsError) return e.missing.join() + e.subject + e.period;
  if (e instanceof JsonError) return `${e.what}:${e.line}:${e.column}`;
  if (e instanceof DuplicateIdError) return e.what + e.id;
  if (e instanceof InvalidFieldError) return e.what + e.field;
  if (e instanceof UnknownDependencyError) return e.initiative + e.dependency;
  if (e instanceof BudgetError) return e.year;
  if (e instanceof UnknownAgencyError) return e.agency + e.referencedBy + e.referenced_by;
  if (e instanceof RelationNotAllowedError) return e.fromDomain + e.toDomain + e.relation;
  if (e instanceof AssessmentError || e instanceof FrameworkError || e instanceof RoadmapError) return e.kind;
  if (e instanceof EgovError) {
    const k: string = e.kind;
    const name: string = e.name;
    const anyField: unknown = e["whatever"];
    return k + name + String(anyField);
  }
  return e instanceof Error ? e.message : String(e);
}
const classKind: "cycle" = CycleError.kind;
const className: string = CycleError.className;
const made: EgovError = makeError({ className: "CycleError", kind: "cycle", message: "m", fields: { cycle: [] } });
const built = new CycleError("a → a", { cycle: ["a", "a"] });

// --------------------------------------------------------- wrong usage fails

// @ts-expect-error a framework id is a string
Framework.builtin(42);
// @ts-expect-error fromJson takes JSON text, not an object
Framework.fromJson({ schema_version: 1 });
// @ts-expect-error a scorecard has no such field
card.grade;
// @ts-expect-error the index is a number
const wrongIndex: string = card.index;
// @ts-expect-error levels are numbers
fw.score({ I1: "3" }, undefined);
// @ts-expect-error not a missing-level policy
fw.score(levels, { missing: "zero" });
// @ts-expect-error not a predicate basis
fw.score(levels, { predicateBasis: "approximate" });
// @ts-expect-error the id is read-only
fw.id = "other";
// @ts-expect-error the constructor is private: use builtin/fromJson
new Framework();
// @ts-expect-error a step's cost may be null
gap.steps[0]!.cost.toFixed(0);
// @ts-expect-error a node's value may be null (renormalized groups)
card.nodes[0]!.value.toFixed(2);
// @ts-expect-error respectBudget is a boolean
roadmap.schedule({ respectBudget: "yes" });
// @ts-expect-error project needs a Framework object, not its id
schedule.project("spbe-2020", levels, undefined);
// @ts-expect-error path steps are [from, relation, to]
const shortStep: [string, string] = impact.elements[0]!.path[0]!;
// @ts-expect-error coverage counts are numbers
coverage.counts[0]![0]!.toUpperCase();
// @ts-expect-error an unknown language
model.toHeatmapSvg({ lang: "fr" });
// @ts-expect-error a level is a number
const levelText: string = new LevelOutOfRangeError("m").level;
// @ts-expect-error `allowed` is a list of strings
new InvalidOptionError("m").allowed.push(1);
// @ts-expect-error a field of EgovError is unknown until narrowed
const cycleOfBase: string[] = new EgovError("m").cycle;
// @ts-expect-error errorKinds() is a list of pairs
const kindNames: string[] = errorKinds();
// @ts-expect-error an indicator may have no ladder
fw.indicatorLadder("I1").length;
// @ts-expect-error the error table's keys are camelCase
table.kinds[0]!.class_name;
// @ts-expect-error a CycleError's kind is "cycle"
const notCycle: "hosting_cycle" = new CycleError("m").kind;
// Deprecated and a no-op (the classes are generated with their kinds), still declared.
import("egov-masterplan").then((m) => m.registerKinds(kinds));

// ------------------------------------------------------------ scoring entry

await scoring.default();
const scoringFw: scoring.Framework = scoring.Framework.builtin("spbe-2020");
const scoringCard: scoring.Scorecard = scoringFw.score(levels, undefined);
const scoringError: typeof scoring.EgovError = scoring.LevelOutOfRangeError;
// @ts-expect-error the scoring module has no Roadmap
scoring.Roadmap.fromJson("{}");
// @ts-expect-error nor ArchitectureModel
scoring.ArchitectureModel;
// @ts-expect-error nor the CSV functions (the forms entry's)
scoring.assessmentsFromCsv("");

// -------------------------------------------------------------- forms entry

await forms.default();
const formsDocs: forms.AssessmentDocument[] = forms.assessmentsFromCsv("instansi;tahun;indikator;tingkat\nDinas X;2024;I1;3,0\n");
const formsFromBytes: forms.AssessmentDocument[] = forms.assessmentsFromCsv(new Uint8Array([0x61]));
const formsLevels: forms.Levels | undefined = formsDocs[0]?.levels;
const formsCsv: string = forms.assessmentsToCsv([assessment, ...formsFromBytes]);
const formsError: typeof forms.CsvError = forms.CsvError;
const formsCsvError = (e: forms.CsvError): [number, string] => [e.row, e.column];
// @ts-expect-error the forms module has no Framework
forms.Framework.builtin("spbe-2020");
// @ts-expect-error a CSV is text or bytes
forms.assessmentsFromCsv(42);

// The Excel self-assessment forms: a framework is a built-in id or a
// framework JSON document (no Framework class here).
const formBytes: Uint8Array = forms.xlsxForm("spbe-2020", { subject: "Dinas X", period: 2024 });
const formOptions: forms.FormOptions = {
  subject: "Dinas X", period: 2024, lang: "en", prefill: { I1: 3 }, issued: [2024, 3, 1],
};
forms.xlsxForm('{"id": "custom"}', formOptions);
forms.xlsxForm("spbe-2020", { subject: "Dinas X", period: 2024, prefill: formsDocs[0] });
const filled: forms.FilledForm = forms.readForm(formBytes);
const filledDoc: forms.AssessmentDocument = filled.assessment;
const filledVersion: string = filled.frameworkVersion;
const filledSheet: string = filled.sheet;
const filledEmpty: string[] = filled.empty;
const [contactName, , , filledOn]: [string, string, string, string] = filled.contact;
const cellProblem: forms.FormCellProblem | undefined = filled.problems[0];
const problemWhere: string | undefined = cellProblem && `${cellProblem.sheet}!${cellProblem.cell}: ${cellProblem.detail}`;
const problemKind: "form_cell" | undefined = cellProblem?.kind;
const problemIsError: Error | undefined = cellProblem;
const asClass = (p: unknown): string | null => (p instanceof forms.FormCellError ? p.cell : null);
const strict: forms.AssessmentDocument = forms.assessmentFromXlsx(formBytes);
const fileError = (e: forms.FormFileError): [string, string] => [e.file, e.detail];
const batch: forms.Consolidation = forms.readForms([{ name: "x.xlsx", bytes: formBytes }], "spbe-2020");
const batchRow: forms.ConsolidationRow | undefined = forms.readForms(
  [{ name: "x.xlsx", bytes: formBytes }], "spbe-2020", { expected: ["Dinas X"], previous: [strict], flagMoreThan: 2 },
).report.rows[0];
const batchStatus: forms.ReturnStatus | undefined = batchRow?.status;
const batchChange: number | undefined = batchRow?.changes[0]?.to;
const batchDocs: forms.AssessmentDocument[] = batch.assessments;
// @ts-expect-error a form needs a subject and a period
forms.xlsxForm("spbe-2020", { subject: "Dinas X" });
// @ts-expect-error the language is "id" or "en"
forms.xlsxForm("spbe-2020", { subject: "Dinas X", period: 2024, lang: "fr" });
// @ts-expect-error issued is [year, month, day]
forms.xlsxForm("spbe-2020", { subject: "Dinas X", period: 2024, issued: "2024-03-01" });
// @ts-expect-error a form is bytes, not text
forms.readForm("x.xlsx");
// @ts-expect-error the rating sheet's problems are cells, not strings
const problemText: string = filled.problems[0];
// One workbook for many agencies, read back per agency sheet.
const workbookOptions: forms.WorkbookOptions = {
  subjects: ["Dinas X", "Dinas Y"], period: 2024, lang: "id", prefill: formsDocs, issued: [2024, 3, 1],
};
const workbookBytes: Uint8Array = forms.xlsxWorkbook("spbe-2020", workbookOptions);
forms.xlsxWorkbook('{"id": "custom"}', { subjects: ["Dinas X"], period: 2024 });
const workbookForms: forms.FilledForm[] = forms.readWorkbook(workbookBytes, "semua.xlsx");
const workbookSheet: string | undefined = forms.readWorkbook(workbookBytes)[0]?.sheet;
// @ts-expect-error a workbook takes subjects, not a subject
forms.xlsxWorkbook("spbe-2020", { subject: "Dinas X", period: 2024 });
// @ts-expect-error a workbook's prefill is a list of assessments, not a level map
forms.xlsxWorkbook("spbe-2020", { subjects: ["Dinas X"], period: 2024, prefill: { I1: 3 } });
// @ts-expect-error the file's name is text
forms.readWorkbook(workbookBytes, 42);
// @ts-expect-error readWorkbook gives a list of forms
const workbookOne: forms.FilledForm = forms.readWorkbook(workbookBytes);
// @ts-expect-error the scoring module has no Excel forms
scoring.xlsxForm("spbe-2020", { subject: "Dinas X", period: 2024 });
// @ts-expect-error nor workbooks
scoring.xlsxWorkbook("spbe-2020", { subjects: ["Dinas X"], period: 2024 });
// The full entry has them too, and takes a Framework.
const fullForm: Uint8Array = em.xlsxForm(Framework.builtin("spbe-2020"), { subject: "Dinas X", period: 2024 });
const fullFilled: em.FilledForm = em.readForm(fullForm);
const fullBook: em.FilledForm[] = em.readWorkbook(em.xlsxWorkbook(Framework.builtin("spbe-2020"), workbookOptions));
const fullBookOptions: em.WorkbookOptions = workbookOptions;

export const usedForms = [formsLevels, formsCsv, formsError, formsCsvError, filledDoc, filledVersion, filledSheet,
  filledEmpty, contactName, filledOn, problemWhere, problemKind, problemIsError, asClass, fileError, batchStatus,
  batchChange, batchDocs, problemText, fullFilled];

export const used = [v, properties, fieldTypes, legalBasis, schemaVersion, groupTiers, firstLevelName, deprecatedText,
  canonical, after, months, earliest, schedCritical, className, notCycle, scoringCard, scoringError, fwId, tiers, scale, levelName, children, predicateMin, card2, index, indexText, exact,
  predicateId, labelEn, basis, rated, nodeValue, nodeText, counted, cards, stepCost, fromTo, reached, total, radar,
  phases, critical, dot, charges, isCritical, explanationKind, unscheduledReason, cap, horizonEnd, exports, cp,
  yearCard, finished, cell, domains, dupBasis, path, via, services, problem, gaps, xml, handle, classKind, made,
  built, wrongIndex, shortStep, levelText, cycleOfBase, kindNames];

// ----------------------------------------------------------------- Masterplan

import { Masterplan } from "egov-masterplan";
import type { Finding, FindingKind, MasterplanFiles, TargetOutcome, TargetStep } from "egov-masterplan";

const planFiles: MasterplanFiles = { "baseline.json": "{}", "assessments.xlsx": new Uint8Array(4) };
const plan: Masterplan = Masterplan.fromJson("{}", planFiles);
const planFindings: Finding[] = plan.check();
const findingKind: FindingKind | undefined = planFindings[0]?.kind;
const findingText: string = planFindings.map((f) => `${f.severity}: ${f.ids.join()} ${f.message.id} / ${f.message.en}`).join();
const planFindingsJson: string = plan.checkJson() + plan.targetsJson();
const outcomes: TargetOutcome[] = plan.targets();
const outcome: TargetOutcome | undefined = outcomes[0];
const outcomeText: string | undefined = outcome
  ? `${outcome.year} ${outcome.measure} ${outcome.group ?? ""}${outcome.predicate ?? ""} ${outcome.required}`
    + `${outcome.requiredText}${outcome.reached}${outcome.reachedText}${outcome.shortBy}${outcome.wouldCover.join()}`
  : undefined;
const outcomeMet: boolean = (outcome?.met ?? false) && (outcome?.coveredByThem ?? false);
const outcomeSource: Text | null | undefined = outcome?.source;
const targetSteps: TargetStep[] | null | undefined = outcome?.steps;
const targetStep: TargetStep | undefined = targetSteps?.[0];
const stepText: string | undefined = targetStep
  ? `${targetStep.indicator} ${targetStep.from}→${targetStep.to} ${targetStep.gain} ${targetStep.valueAfter} ${targetStep.valueAfterText}`
  : undefined;
const governmentId: string = plan.governmentId;
const governmentName: Text = plan.governmentName;
const planTitle: Text | null = plan.title;
const [planStart, planEnd]: [number, number] = plan.period;
const planSample: boolean = plan.sample;
const planFw: Framework = plan.framework();
const planRoadmap: Roadmap = plan.roadmap();
const planSchedule: Schedule = plan.schedule();
const planCatalog: ArchitectureModel | undefined = plan.architecture();
const planBaseline: AssessmentDocument = plan.baseline();
const planAssessments: AssessmentDocument[] = plan.assessments();
const planDocx: Uint8Array = plan.toDocx({ lang: "en" });
const planDocuments: string = plan.toHtml() + plan.toHtml({ lang: "en" }) + plan.toMarkdown({ lang: "id" }) + plan.summaryHtml();
// @ts-expect-error: a language the package does not write
plan.toHtml({ lang: "fr" });
const planYears: YearProjection[] = plan.projection();
// @ts-expect-error a file is text or bytes
Masterplan.fromJson("{}", { "roadmap.json": 5 });
// @ts-expect-error the manifest is JSON text
Masterplan.fromJson({ schema_version: 1 }, planFiles);
// @ts-expect-error outcome keys are camelCase
outcome?.short_by;
// @ts-expect-error steps may be null (met, or unreachable)
outcome!.steps.length;
// @ts-expect-error not a finding kind
const wrongKind: FindingKind = "unknown-thing";
// @ts-expect-error the period is read-only
plan.period = [2020, 2021];
// @ts-expect-error the scoring module has no Masterplan
scoring.Masterplan;
// @ts-expect-error nor the forms module
forms.Masterplan;
// @ts-expect-error nor the benchmark module
benchmarkEntry.Masterplan; // (see types_benchmark.test.ts for the module's own API)

export const usedMasterplan = [findingKind, findingText, planFindingsJson, outcomeText, outcomeMet, outcomeSource, stepText,
  governmentId, governmentName, planTitle, planStart, planEnd, planSample, planFw, planRoadmap, planSchedule, planCatalog,
  planBaseline, planAssessments, planYears, wrongKind];
