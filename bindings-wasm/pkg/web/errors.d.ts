/** Base of every egov-masterplan error; `kind` is the core's stable name. */
export declare class EgovError extends Error {
  constructor(message?: string, fields?: Record<string, unknown>);
  /** The core error kind, e.g. "cycle". */
  kind: string;
  /** The kind of this class. */
  static kind: string;
  [field: string]: unknown;
}
export declare class FrameworkError extends EgovError {}
export declare class AssessmentError extends EgovError {}
export declare class GapError extends EgovError {}
export declare class RoadmapError extends EgovError {}
export declare class ArchitectureError extends EgovError {}
export declare class JsonError extends EgovError { line: number; column: number; what: string }
export declare class SchemaVersionError extends EgovError {}
export declare class DuplicateIdError extends EgovError { id: string; what: string }
export declare class InvalidFieldError extends EgovError { field: string; what: string }
export declare class InvalidOptionError extends EgovError { option: string; value: string; allowed: string[] }
export declare class ArithmeticOverflowError extends EgovError {}
export declare class TooLargeError extends EgovError {}
export declare class UnknownFrameworkError extends FrameworkError { id: string; available: string[] }
export declare class EmptyGroupError extends FrameworkError {}
export declare class TierMismatchError extends FrameworkError {}
export declare class InvalidWeightError extends FrameworkError {}
export declare class WeightMismatchError extends FrameworkError {}
export declare class InvalidScaleError extends FrameworkError {}
export declare class LadderLevelOutOfScaleError extends FrameworkError {}
export declare class LadderIncompleteError extends FrameworkError {}
export declare class UnknownLadderError extends FrameworkError {}
export declare class PredicateOverlapError extends FrameworkError {}
export declare class PredicateGapError extends FrameworkError {}
export declare class UnknownIndicatorError extends AssessmentError { framework: string; indicator: string }
export declare class LevelOutOfRangeError extends AssessmentError {
  subject: string; period: number; indicator: string; level: number; min: number; max: number;
}
export declare class LevelNotIntegerError extends AssessmentError { indicator: string; value: string }
export declare class FrameworkMismatchError extends AssessmentError {}
export declare class MissingLevelsError extends AssessmentError { subject: string; period: number; missing: string[] }
export declare class NothingRatedError extends AssessmentError {}
export declare class CsvError extends AssessmentError { row: number; column: string }
export declare class UnknownNodeError extends GapError {}
export declare class UnknownPredicateError extends GapError {}
export declare class TargetUnreachableError extends GapError {}
export declare class UnknownDependencyError extends RoadmapError { initiative: string; dependency: string }
export declare class SelfDependencyError extends RoadmapError {}
export declare class CycleError extends RoadmapError { cycle: string[] }
export declare class BudgetError extends RoadmapError { year: string }
export declare class UnknownAgencyError extends ArchitectureError { agency: string; referenced_by: string }
export declare class DanglingRelationError extends ArchitectureError {}
export declare class RelationNotAllowedError extends ArchitectureError {}
export declare class InvalidReferenceError extends ArchitectureError {}
export declare class HostingCycleError extends ArchitectureError { cycle: string[] }
/** Sets each class's static `kind` from the core's table (done on load). */
export declare function registerKinds(kinds: Array<[string, string]>): void;
/** Builds the error object for a core error (registered on load). */
export declare function makeError(spec: {
  className: string; kind: string; message: string; fields: Record<string, unknown>;
}): EgovError;
