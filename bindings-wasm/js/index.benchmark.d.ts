// Types of the package's benchmark entry (`egov-masterplan/benchmark`,
// benchmark/index.js): exactly its exports — Benchmark and the errors, no
// Framework, RadarLayout, Roadmap, Schedule or ArchitectureModel, which its
// module does not have.
export * from "./errors.js";
export { Benchmark, errorKinds, version } from "./egov_masterplan_wasm.js";
export type {
  InstitutionKind, PublishedResult, CohortOptions, Quartiles, Position, PeerRow, Peers, Movement,
  RobustnessOptions, RobustPosition,
  PredicateCount, Distribution,
} from "./egov_masterplan_wasm.js";
/** Loads the WebAssembly module (from next to this file unless given). */
export default function init(input?: string | URL | Request | Response | BufferSource | WebAssembly.Module): Promise<void>;
