// egov-masterplan for Node.js: the module is loaded synchronously on
// import; `init()` exists so that code written for browsers runs unchanged.
import wasm from "./egov_masterplan_wasm.js";
import { makeError, registerKinds, guardClassArguments } from "./errors.mjs";

export * from "./errors.mjs";

wasm.__setErrorFactory(makeError);
guardClassArguments(wasm);
registerKinds(wasm.errorKinds());

export const { Framework, RadarLayout, Roadmap, Schedule, ArchitectureModel, errorKinds, version, assessmentsFromCsv, assessmentsToCsv } = wasm;

/** Nothing to do on Node.js (already loaded). */
export default async function init() {}

/** Nothing to do on Node.js (already loaded). */
export function initSync() {}
