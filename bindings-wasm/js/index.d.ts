// Types for TypeScript setups that do not read package.json "exports"
// (moduleResolution "node10"): the browser entry's, web/index.d.ts.
export * from "./web/index.js";
export { default } from "./web/index.js";
