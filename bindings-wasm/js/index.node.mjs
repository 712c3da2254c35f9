// egov-masterplan for Node.js: the module is loaded synchronously on
// import; `init()` exists so that code written for browsers runs unchanged.
// Exactly what node/index.d.mts declares.
import wasm from "./egov_masterplan_wasm.js";
import { makeError } from "./errors.mjs";
import { guardClassArguments } from "./errors-runtime.mjs";

export * from "./errors.mjs";

wasm.__setErrorFactory(makeError);
guardClassArguments(wasm);

export const {
  Framework, RadarLayout, Roadmap, Schedule, ArchitectureModel, Benchmark, Masterplan, errorKinds, errorTable,
  optionValues, version,
  assessmentsFromCsv, assessmentsToCsv, xlsxForm, xlsxWorkbook, readForm, readWorkbook, assessmentFromXlsx,
  readForms, saltelliSample, sobolAnalyze, sensitivityBarsSvg,
} = wasm;

/** Nothing to do on Node.js (already loaded). */
export default async function init() {}

/** Nothing to do on Node.js (already loaded). */
export function initSync() {}
