// Types of the package's scoring entry (`egov-masterplan/scoring`,
// scoring/index.js): exactly its exports — no Roadmap, Schedule,
// ArchitectureModel or Benchmark, which its module does not have, and no
// CSV functions (the forms entry's).
export * from "./errors.js";
export { Framework, RadarLayout, errorKinds, optionValues, version } from "./egov_masterplan_wasm.js";
export type {
  Lang, Text, Levels, AssessmentDocument, ScoreOptions, RadarOptions, NodeValue, IndicatorValue,
  ScorecardOptions, Scorecard, LevelScores, RadarShape, GapStep, Gap, LadderLevel, FrameworkNode,
  FrameworkDocument, ErrorFieldInfo, ErrorKindInfo, ErrorFamilyInfo, ErrorTable,
} from "./egov_masterplan_wasm.js";
/** Loads the WebAssembly module (from next to this file unless given). */
export default function init(input?: string | URL | Request | Response | BufferSource | WebAssembly.Module): Promise<void>;
