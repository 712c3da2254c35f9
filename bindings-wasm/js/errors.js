// Named Error subclasses for every core error kind (the same names as the
// Python exceptions). Each carries `kind` (the core's stable snake_case
// name) and the fields worth acting on (`indicator`, `level`, `cycle`, …).
// Which class each kind gets comes from the core (`errorKinds()`, read by
// `registerKinds`); the tree of base classes is here.

/** Base of every egov-masterplan error. */
export class EgovError extends Error {
  constructor(message, fields) {
    super(message);
    this.name = new.target.name;
    this.kind = new.target.kind ?? "egov";
    if (fields) Object.assign(this, fields);
  }
}
EgovError.kind = "egov";

/** A framework document is invalid, or the framework is unknown. */
export class FrameworkError extends EgovError {}
/** An assessment cannot be scored as given. */
export class AssessmentError extends EgovError {}
/** A gap target cannot be understood or reached. */
export class GapError extends EgovError {}
/** A roadmap document is invalid. */
export class RoadmapError extends EgovError {}
/** An architecture catalog is invalid. */
export class ArchitectureError extends EgovError {}

function named(base, name) {
  // A named subclass: `class CycleError extends RoadmapError {}`; its
  // `kind` is set from the core's table by `registerKinds`.
  return { [name]: class extends base {} }[name];
}

export const JsonError = named(EgovError, "JsonError");
export const SchemaVersionError = named(EgovError, "SchemaVersionError");
export const DuplicateIdError = named(EgovError, "DuplicateIdError");
export const InvalidFieldError = named(EgovError, "InvalidFieldError");
export const InvalidOptionError = named(EgovError, "InvalidOptionError");
export const ArithmeticOverflowError = named(EgovError, "ArithmeticOverflowError");
export const TooLargeError = named(EgovError, "TooLargeError");
export const UnknownFrameworkError = named(FrameworkError, "UnknownFrameworkError");
export const EmptyGroupError = named(FrameworkError, "EmptyGroupError");
export const TierMismatchError = named(FrameworkError, "TierMismatchError");
export const InvalidWeightError = named(FrameworkError, "InvalidWeightError");
export const WeightMismatchError = named(FrameworkError, "WeightMismatchError");
export const InvalidScaleError = named(FrameworkError, "InvalidScaleError");
export const LadderLevelOutOfScaleError = named(FrameworkError, "LadderLevelOutOfScaleError");
export const LadderIncompleteError = named(FrameworkError, "LadderIncompleteError");
export const UnknownLadderError = named(FrameworkError, "UnknownLadderError");
export const PredicateOverlapError = named(FrameworkError, "PredicateOverlapError");
export const PredicateGapError = named(FrameworkError, "PredicateGapError");
export const UnknownIndicatorError = named(AssessmentError, "UnknownIndicatorError");
export const LevelOutOfRangeError = named(AssessmentError, "LevelOutOfRangeError");
export const LevelNotIntegerError = named(AssessmentError, "LevelNotIntegerError");
export const FrameworkMismatchError = named(AssessmentError, "FrameworkMismatchError");
export const MissingLevelsError = named(AssessmentError, "MissingLevelsError");
export const NothingRatedError = named(AssessmentError, "NothingRatedError");
export const CsvError = named(AssessmentError, "CsvError");
export const UnknownNodeError = named(GapError, "UnknownNodeError");
export const UnknownPredicateError = named(GapError, "UnknownPredicateError");
export const TargetUnreachableError = named(GapError, "TargetUnreachableError");
export const UnknownDependencyError = named(RoadmapError, "UnknownDependencyError");
export const SelfDependencyError = named(RoadmapError, "SelfDependencyError");
export const CycleError = named(RoadmapError, "CycleError");
export const BudgetError = named(RoadmapError, "BudgetError");
export const UnknownAgencyError = named(ArchitectureError, "UnknownAgencyError");
export const DanglingRelationError = named(ArchitectureError, "DanglingRelationError");
export const RelationNotAllowedError = named(ArchitectureError, "RelationNotAllowedError");
export const InvalidReferenceError = named(ArchitectureError, "InvalidReferenceError");
export const HostingCycleError = named(ArchitectureError, "HostingCycleError");

const CLASSES = {
  JsonError, SchemaVersionError, DuplicateIdError, InvalidFieldError, InvalidOptionError,
  ArithmeticOverflowError, TooLargeError, UnknownFrameworkError, EmptyGroupError,
  TierMismatchError, InvalidWeightError, WeightMismatchError, InvalidScaleError,
  LadderLevelOutOfScaleError, LadderIncompleteError, UnknownLadderError, PredicateOverlapError,
  PredicateGapError, UnknownIndicatorError, LevelOutOfRangeError, LevelNotIntegerError,
  FrameworkMismatchError, MissingLevelsError, NothingRatedError, CsvError, UnknownNodeError,
  UnknownPredicateError, TargetUnreachableError, UnknownDependencyError, SelfDependencyError,
  CycleError, BudgetError, UnknownAgencyError, DanglingRelationError, RelationNotAllowedError,
  InvalidReferenceError, HostingCycleError,
};

/** Sets each class's static `kind` from the core's `[kind, className]` table. */
export function registerKinds(kinds) {
  for (const [k, className] of kinds) {
    if (CLASSES[className]) CLASSES[className].kind = k;
  }
}

/** Builds the error the core reports (registered with the wasm module). */
export function makeError({ className, kind: k, message, fields }) {
  const cls = CLASSES[className] ?? EgovError;
  const err = new cls(message, fields);
  err.kind = k;
  return err;
}

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
