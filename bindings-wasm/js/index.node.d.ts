// Types of the package's Node.js entry (node/index.mjs, installed as
// node/index.d.mts): exactly its exports, the same classes and plain-object
// types as the web entry, with no browser-only names (`Request`,
// `BufferSource`), so a Node project needs no DOM lib.
export * from "./errors.mjs";
export {
  Framework, RadarLayout, Roadmap, Schedule, ArchitectureModel, Benchmark, Masterplan, errorKinds, errorTable,
  optionValues, version,
  assessmentsFromCsv, assessmentsToCsv, xlsxForm, xlsxWorkbook, readForm, readWorkbook, assessmentFromXlsx,
  readForms, saltelliSample, sobolAnalyze, sensitivityBarsSvg,
} from "./egov_masterplan_wasm.js";
export type {
  Lang, Text, Levels, AssessmentDocument, ScoreOptions, RadarOptions, NodeValue, IndicatorValue,
  ScorecardOptions, Scorecard, LevelScores, RadarShape, GapStep, Gap, LadderLevel, FrameworkNode,
  FrameworkDocument, ErrorFieldInfo, ErrorKindInfo, ErrorFamilyInfo, ErrorTable,
  Explanation, ScheduleEntry, UnscheduledReason, ScheduleDocument, YearProjection,
  Coverage, DuplicateGroup, Impact, Unsupported,
  InstitutionKind, PublishedResult, CohortOptions, Quartiles, Position, PeerRow, Peers, Movement,
  RobustnessOptions, RobustPosition,
  PredicateCount, Distribution, BenchmarkChartOptions, DistributionSvgOptions, SlopeSvgOptions,
  FormOptions, WorkbookOptions, FormCellProblem, FilledForm, ReadFormsOptions, ReturnStatus, ConsolidationRow,
  ConsolidationReport, Consolidation,
  MasterplanFiles, FindingKind, Finding, TargetStep, TargetOutcome,
  SaltelliOptions, SampleMatrix, SobolOptions, SobolIndices, SensitivityBarsOptions,
  CohortInput, CohortScores, UnitScore, EffectiveWeight, CohortUncertaintyOptions, CohortUncertainty, UnitInterval,
} from "./egov_masterplan_wasm.js";
/** Nothing to do on Node.js (the module is loaded on import). */
export default function init(input?: unknown): Promise<void>;
/** Nothing to do on Node.js (the module is loaded on import). */
export declare function initSync(module?: unknown): void;
