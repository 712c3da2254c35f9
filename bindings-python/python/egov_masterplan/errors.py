"""Exceptions raised by egov_masterplan.

Every error the core can report has its own class; all derive from
:class:`EgovError`, itself a :class:`ValueError`, so ``except ValueError``
still catches them. Between the two sits a family class
(:class:`FrameworkError`, :class:`AssessmentError`, :class:`GapError`,
:class:`RoadmapError`, :class:`ArchitectureError`) for the kinds that
belong to one; errors any input can raise derive from :class:`EgovError`
directly. Each class has ``kind`` (the core's stable snake_case name) and
``field_names``; a raised exception has every field of its kind as an
attribute (``indicator``, ``level``, ``cycle``…).

The classes are built here at import from the core's one table of error
kinds (``_native.error_table_json()``, declared in
``core/src/error/mod.rs``): names, bases, docs and fields all come from it.
``errors.pyi`` declares the same classes for type checkers; it is generated
from the same table by ``bindings-python/tools/gen_errors_stub.py``.
"""

from __future__ import annotations

import json
from typing import Any, ClassVar, Dict, List, Mapping, Tuple

from . import _native
from ._error_docs import PYTHON_TYPES, alias, kind_doc, root_doc

_TABLE: Dict[str, Any] = json.loads(_native.error_table_json())


def _alias_property(field: str) -> "property":
    """A read-only property returning attribute ``field``."""

    def get(self: BaseException) -> Any:
        return getattr(self, field)

    return property(get, doc=f"The ``{field}`` field (a Python keyword).")


class EgovError(ValueError):
    """Base of every egov_masterplan error (its docstring comes from the core's table)."""

    kind: ClassVar[str] = "egov"
    field_names: ClassVar[Tuple[str, ...]] = ()


def _build(table: Mapping[str, Any]) -> Dict[str, type]:
    """Every class of the table by name, the root first, then each family
    followed by its kinds (errors of no family first)."""
    if table["root"] != EgovError.__name__:
        raise ImportError(f"the core's root error class is {table['root']!r}, not EgovError")
    EgovError.__doc__ = root_doc(table)
    made: Dict[str, type] = {table["root"]: EgovError}

    def define(name: str, base: type, namespace: Dict[str, Any]) -> None:
        namespace.update({"__module__": __name__, "__qualname__": name})
        made[name] = type(name, (base,), namespace)

    for family in table["families"]:
        name = family["class_name"]
        if name not in made:
            define(name, EgovError, {"__doc__": family["doc"]})
        for entry in table["kinds"]:
            if entry["family"] != family["family"]:
                continue
            namespace: Dict[str, Any] = {
                "__doc__": kind_doc(entry),
                "__annotations__": {f["name"]: PYTHON_TYPES[f["type"]] for f in entry["fields"]},
                "kind": entry["kind"],
                "field_names": tuple(f["name"] for f in entry["fields"]),
            }
            for f in entry["fields"]:
                if alias(f["name"]):
                    namespace[alias(f["name"])] = _alias_property(f["name"])
            define(entry["class_name"], made[entry["family_class"]], namespace)
    return made


_CLASSES = _build(_TABLE)
globals().update(_CLASSES)
__all__: List[str] = list(_CLASSES)
