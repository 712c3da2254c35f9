"""Plain records returned by the native classes: frozen dataclasses, so
they compare by value, print readably and pickle."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple

from ._literals import Domain, DuplicateBasis, RelationType, UnsupportedKind

if TYPE_CHECKING:  # pragma: no cover
    from ._native import Scorecard

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
