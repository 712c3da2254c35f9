// Types of the package's forms entry (`egov-masterplan/forms`,
// forms/index.js): exactly its exports — the assessment CSV reader and
// writer and the errors, no Framework, RadarLayout, Roadmap, Schedule,
// ArchitectureModel or Benchmark, which its module does not have.
export * from "./errors.js";
export { assessmentsFromCsv, assessmentsToCsv, errorKinds, version } from "./egov_masterplan_wasm.js";
export type { Levels, AssessmentDocument } from "./egov_masterplan_wasm.js";
/** Loads the WebAssembly module (from next to this file unless given). */
export default function init(input?: string | URL | Request | Response | BufferSource | WebAssembly.Module): Promise<void>;
