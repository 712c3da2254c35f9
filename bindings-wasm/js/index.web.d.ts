// Types of the package's browser and bundler entry (`egov-masterplan`
// outside Node.js, web/index.js): exactly its exports. The error classes
// are generated from the core's table (errors.d.ts).
export * from "./errors.js";
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
/** Loads the WebAssembly module (from next to this file unless given). */
export default function init(input?: string | URL | Request | Response | BufferSource | WebAssembly.Module): Promise<void>;
/** Loads the module synchronously from its bytes or a compiled module. */
export declare function initSync(module: BufferSource | WebAssembly.Module): void;
