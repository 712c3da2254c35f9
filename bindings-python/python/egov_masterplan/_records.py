"""Plain records returned by the native classes: frozen dataclasses, so
they compare by value, print readably and pickle."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple

from ._literals import Domain, DuplicateBasis, InstitutionKind, RelationType, UnsupportedKind

if TYPE_CHECKING:  # pragma: no cover
    from ._native import Assessment, Scorecard
    from .errors import EgovError

__all__ = [
    "Node",
    "Predicate",
    "NodeScore",
    "IndicatorScore",
    "GapStep",
    "Gap",
    "RankEntry",
    "Trend",
    "ScheduleEntry",
    "Unscheduled",
    "YearSpend",
    "YearProjection",
    "ImpactedElement",
    "ImpactedAgency",
    "Impact",
    "DuplicateGroup",
    "Coverage",
    "Unsupported",
    "ArchitectureDiff",
    "PublishedResult",
    "Quartiles",
    "Position",
    "PeerRow",
    "Peers",
    "Movement",
    "FilledForm",
    "LevelChange",
    "ConsolidationRow",
    "PredicateCount",
    "Distribution",
    "Finding",
    "TargetStep",
    "TargetOutcome",
]


@dataclass(frozen=True)
class Node:
    """A node of a framework (domain, aspect, indicator)."""

    id: str
    tier: str
    name: str
    name_en: str
    weight: Fraction


@dataclass(frozen=True)
class Predicate:
    """A predicate band: ``min`` inclusive, ``max`` as declared."""

    id: str
    name: str
    name_en: str
    min: Fraction
    max: Optional[Fraction]


@dataclass(frozen=True)
class NodeScore:
    """A group's value: ``value`` as published, ``exact`` as a Fraction."""

    id: str
    tier: str
    name: Optional[str]
    value: Optional[float]
    text: Optional[str]
    exact: Optional[Fraction]


@dataclass(frozen=True)
class IndicatorScore:
    """One indicator's level, weight and contribution to the index."""

    id: str
    level: Optional[int]
    counted: Optional[int]
    weight: Fraction
    contribution: Fraction


@dataclass(frozen=True)
class GapStep:
    """Raise ``indicator`` from ``from_level`` to ``to_level``."""

    indicator: str
    from_level: int
    to_level: int
    gain: Fraction
    index_after: Fraction
    index_after_text: str
    cost: Optional[int]


@dataclass(frozen=True)
class Gap:
    """The distance to a target and the steps that reach it."""

    target: Fraction
    threshold: Fraction
    current: Fraction
    distance: Fraction
    steps: Tuple[GapStep, ...]
    total_cost: Optional[int]


@dataclass(frozen=True)
class RankEntry:
    """A scorecard's competition rank within its period."""

    subject: str
    period: int
    rank: int
    index: float
    exact_index: Fraction


@dataclass(frozen=True)
class Trend:
    """A subject's ``(period, index, predicate)`` points, oldest first."""

    subject: str
    points: Tuple[Tuple[int, float, str], ...]


@dataclass(frozen=True)
class ScheduleEntry:
    """One scheduled initiative (dates as ISO text, cost in rupiah)."""

    id: str
    name: str
    phase: int
    start: str
    finish: str
    start_month: int
    duration_months: int
    cost: int
    charges: Dict[int, int]
    earliest_start: str
    slack_months: int
    critical: bool
    delay_months: int
    explanations: List[str]


@dataclass(frozen=True)
class Unscheduled:
    """An initiative left out, and why."""

    id: str
    reason: str


@dataclass(frozen=True)
class YearSpend:
    """A year's spend against its cap."""

    year: int
    spent: int
    cap: Optional[int]


@dataclass(frozen=True)
class YearProjection:
    """The projected scorecard at the end of ``year``."""

    year: int
    finished: List[str]
    scorecard: "Scorecard"


@dataclass(frozen=True)
class ImpactedElement:
    """An element a failure reaches, with the shortest explaining path."""

    id: str
    domain: Domain
    path: List[Tuple[str, RelationType, str]]


@dataclass(frozen=True)
class ImpactedAgency:
    """An agency hit by a failure, through the elements it owns."""

    id: str
    via: List[str]


@dataclass(frozen=True)
class Impact:
    """What a failure of ``failed`` reaches."""

    failed: str
    elements: Tuple[ImpactedElement, ...]
    services: List[str]
    agencies: Tuple[ImpactedAgency, ...]


@dataclass(frozen=True)
class DuplicateGroup:
    """Applications of several agencies that do the same thing."""

    basis: DuplicateBasis
    key: str
    elements: List[str]
    agencies: List[str]


@dataclass(frozen=True)
class Coverage:
    """Elements per agency (rows) and domain (columns)."""

    agencies: List[str]
    domains: List[Domain]
    counts: List[List[int]]

    def count(self, agency: str, domain: Domain) -> int:
        """The count for one agency and domain (0 when unknown)."""
        if agency not in self.agencies or domain not in self.domains:
            return 0
        return self.counts[self.agencies.index(agency)][self.domains.index(domain)]

    def to_pandas(self) -> Any:
        """The matrix as a DataFrame (agencies × domains)."""
        from ._pandas import coverage_frame

        return coverage_frame(self)


@dataclass(frozen=True)
class Unsupported:
    """An element missing the support it needs."""

    element: str
    problem: UnsupportedKind
    description: str


@dataclass(frozen=True)
class ArchitectureDiff:
    """What changes from one catalog to another."""

    added: List[str]
    removed: List[str]
    added_relations: List[Tuple[str, RelationType, str]]
    removed_relations: List[Tuple[str, RelationType, str]]


# ------------------------------------------------------- national benchmark
#
# The published values are two-decimal numbers as printed (``3.52``); the
# records carry them as floats, as ``Scorecard.index`` carries a published
# index: the float a printed value reads as is unique to it and ordered as
# the decimals are, so equality, ranks and ties are those of the printed
# values. Computed values that are not printed (quartiles, interpolated
# between two printed values: 2.805, 3.0225) are exact ``Fraction``s, as
# ``Scorecard.exact_index`` is. The field names are the keys of the core's
# canonical JSON of each answer.


@dataclass(frozen=True)
class PublishedResult:
    """One institution's published result in one year, as printed.

    ``d1``–``d4`` (Kebijakan Internal, Tata Kelola, Manajemen, Layanan) and
    ``index`` are the printed values (``None`` for a blank cell);
    ``predicate`` is the label as printed (``"Sangat Baik"``) and
    ``predicate_id`` its id in the framework (``"sangat-baik"``);
    ``report_table`` and ``row`` locate the row in the year's report;
    ``province`` is ``None`` for a central institution."""

    year: int
    report_table: int
    row: int
    institution: str
    kind: InstitutionKind
    province: Optional[str]
    d1: Optional[float]
    d2: Optional[float]
    d3: Optional[float]
    d4: Optional[float]
    index: Optional[float]
    predicate: str
    predicate_id: str


@dataclass(frozen=True)
class Quartiles:
    """The quartiles of a cohort's published values by linear interpolation
    between order statistics (pandas' and NumPy's default), exact:
    ``Fraction`` because an interpolated quartile (3.0225) is no float;
    ``float(q.median)`` for plotting."""

    q1: Fraction
    median: Fraction
    q3: Fraction


@dataclass(frozen=True)
class Position:
    """Where an institution or an index value stands in a cohort in one
    year: ``rank`` is the competition rank on the published index (1 + the
    members with a higher one; ties share a rank), ``count`` the members
    with a published index, ``below`` those with a lower one, and
    ``percentile`` = 100 × below / count. ``institution`` is the name as
    printed, ``None`` when an index value was placed; ``cohort`` is the
    cohort in words (``"regional governments in Sulawesi Utara"``)."""

    year: int
    cohort: str
    institution: Optional[str]
    index: float
    rank: int
    count: int
    below: int
    percentile: float
    quartiles: Quartiles


@dataclass(frozen=True)
class PeerRow:
    """One row of a peer table: ``rank`` is the competition rank within the
    table (1 = highest index); ``subject`` marks the institution asked
    about."""

    institution: str
    province: Optional[str]
    index: float
    predicate_id: str
    rank: int
    subject: bool


@dataclass(frozen=True)
class Peers:
    """An institution's peers in one year: ``table`` holds the institutions
    of its kind and province (for a central body: its kind), itself among
    them, highest index first; ``nearest`` the institutions of its kind
    anywhere whose index is nearest to its own (nearest first, ties by
    name, itself excluded), ranked within the whole kind."""

    year: int
    institution: str
    kind: InstitutionKind
    province: Optional[str]
    table: Tuple[PeerRow, ...]
    nearest: Tuple[PeerRow, ...]


@dataclass(frozen=True)
class Movement:
    """One institution's change between two evaluations: ``change`` is
    ``index_to - index_from`` computed exactly on the printed values (a
    two-decimal value, as a float); ``domain_changes`` the same for D1–D4
    (``None`` where either year left the domain blank); the predicates are
    ids. ``institution`` is the name as printed in the later year."""

    institution: str
    kind: InstitutionKind
    province: Optional[str]
    index_from: float
    index_to: float
    change: float
    domain_changes: Tuple[Optional[float], ...]
    predicate_from: str
    predicate_to: str


@dataclass(frozen=True)
class PredicateCount:
    """How many rows of a cohort carry one predicate (``label`` as
    printed, in Indonesian)."""

    id: str
    label: str
    count: int


@dataclass(frozen=True)
class Distribution:
    """The spread of a cohort's published results in one year: ``count``
    rows; ``predicates`` per predicate of the framework, highest first;
    ``index`` the quartiles of the index; ``domains`` those of D1–D4
    (``None`` for a domain no row of the cohort has)."""

    year: int
    cohort: str
    count: int
    predicates: Tuple[PredicateCount, ...]
    index: Quartiles
    domains: Tuple[Optional[Quartiles], ...]


@dataclass(frozen=True)
class FilledForm:
    """A returned self-assessment form as read: ``assessment`` holds every
    acceptable answer; ``empty`` the indicators left without a level (in
    framework order); ``problems`` the cells that could not be accepted
    (``FormCellError`` instances naming sheet and cell, not raised; those
    indicators are neither rated nor empty); ``contact`` the cover's
    answers (name, position, phone or e-mail, date filled in)."""

    assessment: "Assessment"
    framework_version: str
    sheet: str
    empty: Tuple[str, ...]
    problems: Tuple["EgovError", ...]
    contact: Tuple[str, str, str, str]


@dataclass(frozen=True)
class LevelChange:
    """A level that moved more than the flag allows since the previous
    period (``from_level`` → ``to_level``)."""

    indicator: str
    from_level: int
    to_level: int


@dataclass(frozen=True)
class ConsolidationRow:
    """One agency's line of a consolidation report: ``status`` is
    ``complete``, ``incomplete``, ``invalid``, ``duplicate``, ``missing`` or
    ``unreadable`` (then ``subject`` is the file's name); ``problems`` are
    sentences naming sheet and cell."""

    subject: str
    period: Optional[int]
    status: str
    files: Tuple[str, ...]
    rated: int
    empty: Tuple[str, ...]
    problems: Tuple[str, ...]
    changes: Tuple[LevelChange, ...]


# The masterplan's records live in their own file; they are part of this
# module (``__all__``) all the same.
from ._records_masterplan import Finding, TargetOutcome, TargetStep  # noqa: E402
