// egov-masterplan for browsers (and any ES module host with fetch):
// `await init()` once, then use the classes. The numbers are the Rust
// core's, identical to the Python and Rust APIs. Exactly what
// web/index.d.ts declares.
import wasmInit, * as wasm from "./egov_masterplan_wasm.js";
import { makeError } from "./errors.js";
import { guardClassArguments } from "./errors-runtime.js";

export * from "./errors.js";
export {
  Framework, RadarLayout, Roadmap, Schedule, ArchitectureModel, Benchmark, Masterplan, errorKinds, errorTable,
  optionValues, version,
  assessmentsFromCsv, assessmentsToCsv, xlsxForm, xlsxWorkbook, readForm, readWorkbook, assessmentFromXlsx,
  readForms, saltelliSample, sobolAnalyze, sensitivityBarsSvg,
} from "./egov_masterplan_wasm.js";

function ready() {
  wasm.__setErrorFactory(makeError);
  guardClassArguments(wasm);
}

/** Loads the WebAssembly module (from next to this file unless given). */
export default async function init(input) {
  await wasmInit(input === undefined ? undefined : { module_or_path: input });
  ready();
}

/** Loads the module synchronously from its bytes or a compiled module. */
export function initSync(module) {
  wasm.initSync({ module });
  ready();
}
