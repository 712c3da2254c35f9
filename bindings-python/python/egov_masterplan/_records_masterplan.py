"""The masterplan's plain records (``Masterplan.check``,
``Masterplan.targets``): frozen dataclasses, re-exported by ``_records``."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Optional, Tuple

__all__ = ["Finding", "TargetStep", "TargetOutcome"]

# --------------------------------------------------------------- masterplan
#
# The field names are the keys of the core's JSON (``Masterplan.check_json``,
# ``Masterplan.targets_json``), with bilingual text as ``name``/``name_en``
# pairs (``message``/``message_en``, ``source``/``source_en``) as elsewhere
# in the package, and exact values as ``Fraction``s where the JSON writes
# fraction text (``"41/200"``).


@dataclass(frozen=True)
class Finding:
    """A cross-check between the parts of a masterplan that did not pass:
    ``kind`` (``unknown-owner``, ``to-be-not-created``, …), ``severity``
    (``error`` or ``warning``), the ``ids`` on both sides
    (``(initiative, agency)``, …) and the finding as a sentence in
    Indonesian (``message``) and English (``message_en``)."""

    kind: str
    severity: str
    ids: Tuple[str, ...]
    message: str
    message_en: str


@dataclass(frozen=True)
class TargetStep:
    """One extra level step a missed target needs: raise ``indicator`` from
    ``from_level`` to ``to_level``, adding ``gain``; ``value_after`` is the
    target's value (the index, or the group's value) after it, exactly and
    as printed."""

    indicator: str
    from_level: int
    to_level: int
    gain: Fraction
    value_after: Fraction
    value_after_text: str


@dataclass(frozen=True)
class TargetOutcome:
    """Whether the scheduled roadmap reaches one target of the manifest.

    ``measure`` is ``index``, ``predicate`` (then ``predicate`` is its id)
    or ``group`` (then ``group`` is the domain or aspect); ``source`` /
    ``source_en`` where the target comes from. ``required`` (a predicate's
    lower bound) and ``reached`` (the projected value at the end of
    ``year``) are exact, ``*_text`` as the framework prints them; ``met`` is
    decided on the exact values and ``short_by`` is ``required - reached``
    for a miss (else 0). For a miss, ``steps`` holds the fewest extra level
    steps that meet it (``None`` when met or unreachable), ``would_cover``
    the initiatives not finished by the end of the year whose raises would
    lift the value, and ``covered_by_them`` whether they together meet
    it."""

    year: int
    measure: str
    group: Optional[str]
    predicate: Optional[str]
    source: Optional[str]
    source_en: Optional[str]
    required: Fraction
    required_text: str
    reached: Fraction
    reached_text: str
    met: bool
    short_by: Fraction
    steps: Optional[Tuple[TargetStep, ...]]
    would_cover: Tuple[str, ...]
    covered_by_them: bool
