"""How ``errors.py`` (at import) and ``tools/gen_errors_stub.py`` (for
``errors.pyi``) write the core's table of error kinds as Python: field
types, docstrings and the names of keyword fields. One module, so the
classes and their stub cannot drift apart."""

from __future__ import annotations

import keyword
from typing import Any, Dict, List, Mapping

__all__ = ["PYTHON_TYPES", "TYPE_NAMES", "alias", "root_doc", "kind_doc"]

# The table's field types as Python types, and as written in errors.pyi.
PYTHON_TYPES: Dict[str, Any] = {"text": str, "integer": int, "text_list": List[str]}
TYPE_NAMES: Dict[str, str] = {"text": "str", "integer": "int", "text_list": "list[str]"}


def alias(field: str) -> str:
    """The attribute a field is also readable as: ``from`` is a Python
    keyword, so ``err.from_`` reads it (PEP 8's trailing underscore)."""
    return field + "_" if keyword.iskeyword(field) else ""


def root_doc(table: Mapping[str, Any]) -> str:
    """The root class's docstring."""
    general = next(f for f in table["families"] if f["class_name"] == table["root"])
    return (
        f"{general['doc']} A ValueError.\n\n"
        "``kind`` is the core's name of a class's error kind (``\"egov\"`` on\n"
        "this root and on the family classes); ``field_names`` lists the\n"
        "fields a raised error carries as attributes."
    )


def kind_doc(entry: Mapping[str, Any]) -> str:
    """A kind class's docstring: the core's doc, its kind and its fields."""
    lines = [entry["doc"], "", f"Kind ``\"{entry['kind']}\"``. Attributes:", ""]
    for f in entry["fields"]:
        name = f"``{f['name']}`` ({TYPE_NAMES[f['type']]})"
        also = alias(f["name"])
        if also:
            name += f", also ``{also}``"
        lines.append(f"- {name}: {f['doc']}")
    return "\n".join(lines)
