// The scoring subset of egov-masterplan for pages that only score (the
// maturity calculator): Framework, RadarLayout, the CSV functions and the
// errors — the same core, a smaller module. `await init()` once, then use
// Framework. Exactly what scoring/index.d.ts declares.
import wasmInit, * as wasm from "./egov_masterplan_wasm.js";
import { makeError } from "./errors.js";

export * from "./errors.js";
export {
  Framework, RadarLayout, errorKinds, optionValues, version, assessmentsFromCsv, assessmentsToCsv,
} from "./egov_masterplan_wasm.js";

/** Loads the WebAssembly module (from next to this file unless given). */
export default async function init(input) {
  await wasmInit(input === undefined ? undefined : { module_or_path: input });
  wasm.__setErrorFactory(makeError);
}
