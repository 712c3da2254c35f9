// The scoring subset of egov-masterplan for pages that only score (the
// maturity calculator): Framework, errors — the same core, a smaller
// module. `await init()` once, then use Framework.
import wasmInit, * as wasm from "./egov_masterplan_wasm.js";
import { makeError, registerKinds } from "./errors.js";

export * from "./errors.js";
export { Framework, RadarLayout, errorKinds, version, assessmentsFromCsv, assessmentsToCsv } from "./egov_masterplan_wasm.js";

/** Loads the WebAssembly module (from next to this file unless given). */
export default async function init(input) {
  await wasmInit(input === undefined ? undefined : { module_or_path: input });
  wasm.__setErrorFactory(makeError);
  registerKinds(wasm.errorKinds());
}
