// Types of the egov-masterplan package (both the web and the Node entry).
export * from "./errors.js";
export {
  Framework, RadarLayout, Roadmap, Schedule, ArchitectureModel, errorKinds, version,
  assessmentsFromCsv, assessmentsToCsv,
} from "./web/egov_masterplan_wasm.js";
export type * from "./web/egov_masterplan_wasm.js";
/** Loads the WebAssembly module (a no-op on Node.js). */
export default function init(input?: string | URL | Request | Response | BufferSource | WebAssembly.Module): Promise<void>;
/** Loads the module synchronously (a no-op on Node.js). */
export declare function initSync(module?: BufferSource | WebAssembly.Module): void;
