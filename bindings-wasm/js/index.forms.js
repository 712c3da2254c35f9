// The assessment forms of egov-masterplan for pages that read or write
// filled-in assessments (the maturity calculator loads it on its first CSV
// or Excel export or import): assessmentsFromCsv, assessmentsToCsv, the
// Excel self-assessment forms (xlsxForm, xlsxWorkbook, readForm, readWorkbook,
// assessmentFromXlsx, readForms) and the errors — the same core, without
// Framework. `await init()` once, then use the functions. Exactly what
// forms/index.d.ts declares.
import wasmInit, * as wasm from "./egov_masterplan_wasm.js";
import { makeError } from "./errors.js";

export * from "./errors.js";
export {
  assessmentsFromCsv, assessmentsToCsv, xlsxForm, xlsxWorkbook, readForm, readWorkbook, assessmentFromXlsx,
  readForms, errorKinds, version,
} from "./egov_masterplan_wasm.js";

/** Loads the WebAssembly module (from next to this file unless given). */
export default async function init(input) {
  await wasmInit(input === undefined ? undefined : { module_or_path: input });
  wasm.__setErrorFactory(makeError);
}
