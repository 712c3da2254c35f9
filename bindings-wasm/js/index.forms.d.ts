// Types of the package's forms entry (`egov-masterplan/forms`,
// forms/index.js): exactly its exports — the assessment CSV reader and
// writer, the Excel self-assessment forms and the errors, no Framework,
// RadarLayout, Roadmap, Schedule, ArchitectureModel or Benchmark, which its
// module does not have (a framework is a built-in id or a framework JSON
// document there).
export * from "./errors.js";
export {
  assessmentsFromCsv, assessmentsToCsv, xlsxForm, xlsxWorkbook, readForm, readWorkbook, assessmentFromXlsx,
  readForms, errorKinds, version,
} from "./egov_masterplan_wasm.js";
export type {
  Levels, AssessmentDocument, FormOptions, WorkbookOptions, FormCellProblem, FilledForm, ReadFormsOptions,
  ReturnStatus, ConsolidationRow, ConsolidationReport, Consolidation,
} from "./egov_masterplan_wasm.js";
/** Loads the WebAssembly module (from next to this file unless given). */
export default function init(input?: string | URL | Request | Response | BufferSource | WebAssembly.Module): Promise<void>;
