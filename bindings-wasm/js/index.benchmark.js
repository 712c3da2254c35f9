// The national benchmark of egov-masterplan for pages that only compare
// (the maturity calculator loads it after its first paint): Benchmark, with
// every published SPBE result of 2023 and 2024 embedded, and the errors —
// the same core, without Framework. `await init()` once, then use
// Benchmark. Exactly what benchmark/index.d.ts declares.
import wasmInit, * as wasm from "./egov_masterplan_wasm.js";
import { makeError } from "./errors.js";

export * from "./errors.js";
export { Benchmark, errorKinds, version } from "./egov_masterplan_wasm.js";

/** Loads the WebAssembly module (from next to this file unless given). */
export default async function init(input) {
  await wasmInit(input === undefined ? undefined : { module_or_path: input });
  wasm.__setErrorFactory(makeError);
}
