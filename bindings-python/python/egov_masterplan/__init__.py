"""egov-masterplan: plan and track e-Government development.

Exact SPBE maturity scoring (PermenPANRB 59/2020), gap analysis, roadmaps
scheduled under a budget, the SPBE architecture catalog, and the national
benchmark of published SPBE results (``Benchmark``), and whole masterplans
whose parts are cross-checked and whose targets are checked against the
projected roadmap (``Masterplan``) — the Rust core behind a typed Python API.

The closed sets of string values it takes and returns have ``Literal``
types exported here (``Lang``, ``PredicateBasis``, ``MissingPolicy``,
``RankBasis``, ``Status``, ``Domain``, ``RelationType``, …), so a type
checker rejects ``lang="fr"`` before the core does.

>>> import egov_masterplan as em
>>> fw = em.Framework.builtin("spbe-2020")
>>> card = fw.score({f"I{i}": 3 for i in range(1, 48)})
>>> card.index, card.predicate
(3.0, 'baik')
"""

from __future__ import annotations

from typing import Iterable, List

from . import composite, errors, sensitivity
from ._literals import (
    Domain,
    DuplicateBasis,
    InstitutionKind,
    Lang,
    MissingPolicy,
    PredicateBasis,
    RankBasis,
    RelationType,
    Status,
    UnsupportedKind,
)
from ._native import (
    ArchitectureModel,
    Assessment,
    Benchmark,
    CohortScores,
    CohortUncertainty,
    ConsolidationReport,
    Framework,
    Masterplan,
    Projection,
    Roadmap,
    Schedule,
    Scorecard,
    __version__,
    rank_scorecards,
    read_form,
    read_forms,
    read_workbook,
    trend_scorecards,
)
from ._records import (
    ArchitectureDiff,
    ConsolidationRow,
    Coverage,
    Distribution,
    DuplicateGroup,
    FilledForm,
    Finding,
    Gap,
    GapStep,
    Impact,
    ImpactedAgency,
    ImpactedElement,
    IndicatorScore,
    LevelChange,
    Movement,
    Node,
    NodeScore,
    PeerRow,
    Peers,
    Position,
    Predicate,
    PredicateCount,
    PublishedResult,
    Quartiles,
    RankEntry,
    ScheduleEntry,
    TargetOutcome,
    TargetStep,
    Trend,
    Unscheduled,
    Unsupported,
    YearProjection,
    YearSpend,
)
from .errors import (
    ArchitectureError,
    AssessmentError,
    BudgetError,
    CycleError,
    EgovError,
    FrameworkError,
    LevelOutOfRangeError,
    RoadmapError,
    UnknownIndicatorError,
)

__all__ = [
    "__version__",
    "errors",
    "composite",
    "sensitivity",
    "Framework",
    "CohortScores",
    "CohortUncertainty",
    "Assessment",
    "Scorecard",
    "Roadmap",
    "Schedule",
    "Projection",
    "ArchitectureModel",
    "Benchmark",
    "ConsolidationReport",
    "Masterplan",
    "rank",
    "trends",
    "read_form",
    "read_forms",
    "read_workbook",
    "Node",
    "Predicate",
    "NodeScore",
    "IndicatorScore",
    "Gap",
    "GapStep",
    "RankEntry",
    "Trend",
    "ScheduleEntry",
    "Unscheduled",
    "YearSpend",
    "YearProjection",
    "Impact",
    "ImpactedElement",
    "ImpactedAgency",
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
    "PredicateCount",
    "Distribution",
    "FilledForm",
    "LevelChange",
    "ConsolidationRow",
    "Finding",
    "TargetOutcome",
    "TargetStep",
    "Lang",
    "PredicateBasis",
    "MissingPolicy",
    "RankBasis",
    "Status",
    "Domain",
    "RelationType",
    "DuplicateBasis",
    "UnsupportedKind",
    "InstitutionKind",
    "EgovError",
    "FrameworkError",
    "AssessmentError",
    "UnknownIndicatorError",
    "LevelOutOfRangeError",
    "RoadmapError",
    "CycleError",
    "BudgetError",
    "ArchitectureError",
]


def rank(scorecards: Iterable[Scorecard], *, basis: RankBasis = "exact") -> List[RankEntry]:
    """Competition ranks ("1224") within each period, highest index first;
    ``basis`` is ``"exact"`` or ``"rounded"`` (published values)."""
    return rank_scorecards(list(scorecards), basis=basis)


def trends(scorecards: Iterable[Scorecard]) -> List[Trend]:
    """Each subject's index across its periods, oldest first."""
    return trend_scorecards(list(scorecards))


