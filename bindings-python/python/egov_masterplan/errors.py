"""Exceptions raised by egov_masterplan.

Every error the core can report has its own class; all derive from
:class:`EgovError`, itself a :class:`ValueError`, so ``except ValueError``
still catches them. Each carries ``kind`` (the core's stable snake_case
name) and the fields worth acting on (``indicator``, ``level``, ``cycle``…).
The mapping from core error kinds to these classes lives in one place:
``bindings-python/src/errors.rs``.
"""

from __future__ import annotations

__all__ = [
    "EgovError",
    "JsonError",
    "SchemaVersionError",
    "DuplicateIdError",
    "InvalidFieldError",
    "InvalidOptionError",
    "ArithmeticOverflowError",
    "TooLargeError",
    "FrameworkError",
    "UnknownFrameworkError",
    "EmptyGroupError",
    "TierMismatchError",
    "InvalidWeightError",
    "WeightMismatchError",
    "InvalidScaleError",
    "LadderLevelOutOfScaleError",
    "LadderIncompleteError",
    "UnknownLadderError",
    "PredicateOverlapError",
    "PredicateGapError",
    "AssessmentError",
    "UnknownIndicatorError",
    "LevelOutOfRangeError",
    "LevelNotIntegerError",
    "FrameworkMismatchError",
    "MissingLevelsError",
    "NothingRatedError",
    "CsvError",
    "GapError",
    "UnknownNodeError",
    "UnknownPredicateError",
    "TargetUnreachableError",
    "RoadmapError",
    "UnknownDependencyError",
    "SelfDependencyError",
    "CycleError",
    "BudgetError",
    "ArchitectureError",
    "UnknownAgencyError",
    "DanglingRelationError",
    "RelationNotAllowedError",
    "InvalidReferenceError",
    "HostingCycleError",
]


class EgovError(ValueError):
    """Base of every egov_masterplan error; ``kind`` names the core error."""

    kind: str = "egov"


# Errors any input can raise.
class JsonError(EgovError):
    """A document is not well-formed JSON of the expected shape (``line``, ``column``)."""


class SchemaVersionError(EgovError):
    """A document's ``schema_version`` is not one this library reads."""


class DuplicateIdError(EgovError):
    """Two items of one kind share an ``id``."""


class InvalidFieldError(EgovError):
    """A ``field`` of ``what`` has a value outside what is allowed."""


class InvalidOptionError(EgovError):
    """A string option (``option``) is not one of ``allowed``."""


class ArithmeticOverflowError(EgovError):
    """Exact arithmetic would overflow (absurdly large weights or costs)."""


class TooLargeError(EgovError):
    """An input exceeds a documented bound (``egov_masterplan`` limits):
    ``what`` it is, its ``size`` and the ``limit``."""


# Framework documents.
class FrameworkError(EgovError):
    """A framework document is invalid, or the framework is unknown."""


class UnknownFrameworkError(FrameworkError):
    """No built-in framework has this ``id`` (see ``available``)."""


class EmptyGroupError(FrameworkError):
    """A domain or aspect has no children."""


class TierMismatchError(FrameworkError):
    """The tree's depth differs from the declared tiers."""


class InvalidWeightError(FrameworkError):
    """A weight is not a positive exact number."""


class WeightMismatchError(FrameworkError):
    """A declared group weight differs from its children's sum."""


class InvalidScaleError(FrameworkError):
    """The level scale is empty or out of bounds."""


class LadderLevelOutOfScaleError(FrameworkError):
    """A ladder defines a level outside the scale."""


class LadderIncompleteError(FrameworkError):
    """A ladder misses a level of the scale."""


class UnknownLadderError(FrameworkError):
    """An indicator names a ladder the framework does not define."""


class PredicateOverlapError(FrameworkError):
    """Two predicate bands overlap."""


class PredicateGapError(FrameworkError):
    """Predicate bands leave a gap or miss the scale's ends."""


# Assessments.
class AssessmentError(EgovError):
    """An assessment cannot be scored as given."""


class UnknownIndicatorError(AssessmentError):
    """The framework has no ``indicator`` of this id."""


class LevelOutOfRangeError(AssessmentError):
    """``level`` of ``indicator`` is outside ``min``–``max``."""


class LevelNotIntegerError(AssessmentError):
    """A level (``value``) of ``indicator`` is not a whole number."""


class FrameworkMismatchError(AssessmentError):
    """The assessment was made for another framework."""


class MissingLevelsError(AssessmentError):
    """Indicators (``missing``) are unrated under ``missing="error"``."""


class NothingRatedError(AssessmentError):
    """No indicator is rated."""


class CsvError(AssessmentError):
    """A CSV ``row``/``column`` is malformed."""


# Gaps and targets.
class GapError(EgovError):
    """A gap target cannot be understood or reached."""


class UnknownNodeError(GapError):
    """The framework has no node of this id."""


class UnknownPredicateError(GapError):
    """The framework has no predicate of this id."""


class TargetUnreachableError(GapError):
    """Even the top level everywhere does not reach the target."""


# Roadmaps.
class RoadmapError(EgovError):
    """A roadmap document is invalid."""


class UnknownDependencyError(RoadmapError):
    """``initiative`` depends on an unknown ``dependency``."""


class SelfDependencyError(RoadmapError):
    """An initiative depends on itself."""


class CycleError(RoadmapError):
    """Dependencies form a cycle; ``cycle`` lists its ids, first repeated last."""


class BudgetError(RoadmapError):
    """A budget entry (``year``) is invalid."""


# Architecture catalogs.
class ArchitectureError(EgovError):
    """An architecture catalog is invalid."""


class UnknownAgencyError(ArchitectureError):
    """An element or agency names an unknown ``agency``."""


class DanglingRelationError(ArchitectureError):
    """A relation names an unknown element."""


class RelationNotAllowedError(ArchitectureError):
    """A relation type is not allowed between the two domains."""


class InvalidReferenceError(ArchitectureError):
    """A reference code is malformed or belongs to another domain."""


class HostingCycleError(ArchitectureError):
    """``hosted-on`` relations form a cycle (``cycle``)."""


def _set_kinds() -> None:
    """Each class's ``kind`` as a class attribute too (from the one mapping
    in ``bindings-python/src/errors.rs``), so ``CycleError.kind == "cycle"``."""
    from ._native import error_kinds

    for kind, name in error_kinds():
        globals()[name].kind = kind


_set_kinds()
