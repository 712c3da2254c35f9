"""The closed sets of string values the API takes and returns, as
``Literal`` types, so a type checker rejects ``lang="fr"`` before the core
does. Each lists exactly the values the core accepts or produces (its
``FromStr``/``as_str`` names, in the core's order); the test suite checks
every option alias against the ``allowed`` list of the core's
``InvalidOptionError``. All are exported by :mod:`egov_masterplan`.

Each is written as a ``Union`` of one-value ``Literal``s, which type
checkers read exactly as ``Literal["id", "en"]`` (PEP 586): mypy.stubtest
(2.4) reports a runtime ``Literal["id", "en"]`` alias as "not a Union",
while this form is checked clean. ``typing.get_args(Lang)`` gives
``(Literal["id"], Literal["en"])``."""

from __future__ import annotations

from typing import Literal, Union

__all__ = [
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
]

Lang = Union[Literal["id"], Literal["en"]]
"""A language labels are printed in (option ``lang``): Bahasa Indonesia
(the default) or English."""

PredicateBasis = Union[Literal["exact"], Literal["rounded"]]
"""Which index picks the predicate band (option ``predicate_basis``): the
exact one (2024 practice, the default) or the published, rounded one (2023
practice)."""

MissingPolicy = Union[
    Literal["error"],
    Literal["lowest"],
    Literal["renormalize"],
]
"""What unrated indicators do (option ``missing``): raise
``MissingLevelsError`` (the default), count at the scale's lowest level, or
be left out with the rated ones re-weighted."""

RankBasis = Union[Literal["exact"], Literal["rounded"]]
"""Which index ranks scorecards (option ``rank_basis`` / ``basis``): the
exact one (the default) or the published one (equal published values tie)."""

Status = Union[Literal["official"], Literal["provisional"]]
"""A framework's status (``Framework.status``): built from the regulation
and checked against published results, or from secondary sources."""

Domain = Union[
    Literal["proses-bisnis"],
    Literal["data-informasi"],
    Literal["infrastruktur"],
    Literal["aplikasi"],
    Literal["keamanan"],
    Literal["layanan"],
]
"""The six SPBE architecture domains (Perpres 95/2018), in the core's order."""

RelationType = Union[
    Literal["realizes"],
    Literal["serves"],
    Literal["uses"],
    Literal["reads"],
    Literal["writes"],
    Literal["hosted-on"],
    Literal["connects-to"],
    Literal["secures"],
    Literal["depends-on"],
]
"""The typed relations between architecture elements."""

DuplicateBasis = Union[Literal["function"], Literal["reference"]]
"""What a group of candidate duplicate applications shares
(``DuplicateGroup.basis``): the same function, or the same reference code."""

UnsupportedKind = Union[
    Literal["service-without-application"],
    Literal["application-without-hosting"],
    Literal["data-without-owner"],
]
"""The support an element lacks (``Unsupported.problem``)."""


InstitutionKind = Union[
    Literal["kementerian"],
    Literal["lembaga"],
    Literal["provinsi"],
    Literal["kabupaten"],
    Literal["kota"],
]
"""What kind of institution a published result is (the report's table
groups; option ``kind`` of the ``Benchmark`` questions): a ministry, another
central body, a provincial, regency or city government."""
