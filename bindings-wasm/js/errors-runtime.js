// The hand-written part of the package's error classes: the root class
// `EgovError` and what the generated `errors.js` builds on. The family and
// kind classes (`RoadmapError`, `CycleError`, …) and their declarations are
// generated at build time from the core's table of error kinds
// (`errorTable()`) by bindings-wasm/scripts/gen-errors.mjs; scripts/build-wasm
// copies this file beside them (`errors-runtime.mjs` in node/).

/** Own properties an error's fields may not replace. */
const RESERVED = new Set(["message", "name", "kind", "stack", "cause"]);

/**
 * Base of every egov-masterplan error. `kind` is the core's stable name of
 * the error kind ("cycle"); each kind's class adds the kind's fields.
 */
export class EgovError extends Error {
  /**
   * @param {string} [message] the message (the core's, for a thrown error)
   * @param {Record<string, unknown>} [fields] the kind's fields, by JS name;
   *   none replaces `message`, `name`, `kind`, `stack` or `cause`
   */
  constructor(message, fields) {
    super(message);
    // The class's own name, kept by the generated classes as a string so
    // that a minifier renaming classes does not change `err.name`.
    this.name = Object.hasOwn(new.target, "className") ? new.target.className : new.target.name;
    this.kind = new.target.kind;
    if (fields) {
      for (const [key, value] of Object.entries(fields)) {
        if (!RESERVED.has(key)) this[key] = value;
      }
    }
  }
}
/** The kind of a bare `EgovError` (each kind's class has its own). */
EgovError.kind = "egov";
EgovError.className = "EgovError";

/**
 * Builds the error the core reports: `classes[className]` (`EgovError` for
 * an unknown name) with the core's message and fields, and its kind.
 */
export function buildError(classes, { className, kind, message, fields }) {
  const cls = Object.hasOwn(classes, className) ? classes[className] : EgovError;
  const err = new cls(message, fields);
  err.kind = kind;
  return err;
}

/**
 * Does nothing: the generated classes carry their kinds. Kept for one
 * version for code that called it.
 * @deprecated goes in the next version.
 */
export function registerKinds() {}

/**
 * Makes a wrong class argument a `TypeError` naming the parameter:
 * wasm-bindgen checks `Schedule.project`'s framework itself and throws a
 * plain `Error` ("expected instance of Framework"). Called by the entries.
 */
export function guardClassArguments({ Schedule, Framework }) {
  if (!Schedule || Schedule.prototype.project.guarded) return;
  const project = Schedule.prototype.project;
  const guarded = function (framework, baseline, options) {
    if (!(framework instanceof Framework)) throw new TypeError("framework: expected a Framework");
    return project.call(this, framework, baseline, options);
  };
  guarded.guarded = true;
  Schedule.prototype.project = guarded;
}
