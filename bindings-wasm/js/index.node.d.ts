// Types of the egov-masterplan package's Node.js entry: the same classes
// and plain-object types as the web entry, with no browser-only names
// (`RequestInfo`, `BufferSource`), so a Node project needs no DOM lib.
export * from "./errors.mjs";
export {
  Framework, RadarLayout, Roadmap, Schedule, ArchitectureModel, errorKinds, version,
  assessmentsFromCsv, assessmentsToCsv,
} from "./egov_masterplan_wasm.js";
export type * from "./egov_masterplan_wasm.js";
/** Nothing to do on Node.js (the module is loaded on import). */
export default function init(input?: unknown): Promise<void>;
/** Nothing to do on Node.js (the module is loaded on import). */
export declare function initSync(module?: unknown): void;
