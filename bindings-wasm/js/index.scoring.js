// The scoring subset of egov-masterplan for pages that only score (the
// maturity calculator's first paint): Framework, RadarLayout and the errors
// — the same core, a smaller module (the CSV functions are in the forms
// entry). `await init()` once, then use Framework. Exactly what
// scoring/index.d.ts declares.
import wasmInit, * as wasm from "./egov_masterplan_wasm.js";
import { makeError } from "./errors.js";

export * from "./errors.js";
export { Framework, RadarLayout, errorKinds, optionValues, version } from "./egov_masterplan_wasm.js";

/** Loads the WebAssembly module (from next to this file unless given). */
export default async function init(input) {
  await wasmInit(input === undefined ? undefined : { module_or_path: input });
  wasm.__setErrorFactory(makeError);
}
