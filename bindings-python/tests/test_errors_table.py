"""The exception classes come from the core's one table of error kinds
(``_native.error_table_json()``, core/src/error/mod.rs): every kind has its
class with the right base, ``kind``, fields and docs; ``errors.pyi`` is what
``tools/gen_errors_stub.py`` renders from the same table and declares the
same classes; ``_native._core_error`` builds any kind exactly as the core
raises it."""

from __future__ import annotations

import ast
import importlib.util
import json
import pickle
import typing
from pathlib import Path

import pandas as pd
import pytest

import egov_masterplan as em
from egov_masterplan import _native, errors
from conftest import levels_all
from test_api_errors import TRIGGERS

TABLE = json.loads(_native.error_table_json())
KINDS = TABLE["kinds"]
FAMILIES = [f for f in TABLE["families"] if f["class_name"] != TABLE["root"]]
PY_TYPES = {"text": str, "integer": int, "text_list": typing.List[str]}
SAMPLE = {"text": "x", "integer": 7, "text_list": ["a", "b"]}

TOOL = Path(__file__).resolve().parents[1] / "tools" / "gen_errors_stub.py"
_spec = importlib.util.spec_from_file_location("gen_errors_stub", TOOL)
assert _spec and _spec.loader
gen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen)


def test_the_table_has_one_root_six_families_and_44_kinds():
    # core/src/error/table.rs: ROOT_CLASS, ErrorFamily::ALL (general is the
    # root's own), and the 44 variants of the declare_errors! list.
    assert TABLE["root"] == "EgovError"
    assert [f["class_name"] for f in FAMILIES] == [
        "FrameworkError", "AssessmentError", "GapError", "RoadmapError", "ArchitectureError",
        "BenchmarkError"]
    assert len(KINDS) == 44 == len({k["class_name"] for k in KINDS})


def test_families_derive_from_egov_error_which_is_a_value_error():
    assert em.EgovError is errors.EgovError and errors.EgovError.__bases__ == (ValueError,)
    for family in FAMILIES:
        cls = getattr(errors, family["class_name"])
        assert cls.__bases__ == (errors.EgovError,), family
        assert cls.__doc__ == family["doc"] and cls.__module__ == "egov_masterplan.errors"


@pytest.mark.parametrize("entry", KINDS, ids=lambda k: k["kind"])
def test_every_kind_has_its_class(entry):
    cls = getattr(errors, entry["class_name"])
    assert cls.__bases__ == (getattr(errors, entry["family_class"]),)
    assert cls.kind == entry["kind"]
    assert (cls.__module__, cls.__qualname__) == ("egov_masterplan.errors", entry["class_name"])
    assert cls.field_names == tuple(f["name"] for f in entry["fields"])
    assert cls.__annotations__ == {f["name"]: PY_TYPES[f["type"]] for f in entry["fields"]}
    assert cls.__doc__.startswith(entry["doc"] + "\n")
    for f in entry["fields"]:
        assert f"``{f['name']}``" in cls.__doc__ and f["doc"] in cls.__doc__, f["name"]


def test_all_lists_the_root_then_each_family_with_its_kinds():
    expected = ["EgovError"] + [k["class_name"] for k in KINDS if k["family"] == "general"]
    for family in FAMILIES:
        expected.append(family["class_name"])
        expected += [k["class_name"] for k in KINDS if k["family"] == family["family"]]
    assert errors.__all__ == expected and len(expected) == 51
    # Kinds the package root re-exports are the same objects.
    assert em.CycleError is errors.CycleError and em.LevelOutOfRangeError is errors.LevelOutOfRangeError


# ------------------------------------------------------------------ the stub


def test_errors_pyi_is_what_the_table_renders():
    stub = Path(errors.__file__).with_suffix(".pyi")
    source = TOOL.parents[1] / "python" / "egov_masterplan" / "errors.pyi"
    expected = gen.render(TABLE)
    for path in (source, stub):
        assert path.read_text(encoding="utf-8") == expected, (
            f"{path} differs from the core's table of error kinds: regenerate it with "
            "`.venv/bin/python bindings-python/tools/gen_errors_stub.py --write` "
            "(then reinstall the package)")


def test_the_stub_declares_every_runtime_class_with_its_base_doc_and_fields():
    tree = ast.parse(gen.render(TABLE))
    classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
    assert list(classes) == errors.__all__
    for name, node in classes.items():
        cls = getattr(errors, name)
        assert [ast.unparse(b) for b in node.bases] == [cls.__bases__[0].__name__], name
        assert ast.get_docstring(node) == cls.__doc__.strip(), name
        declared = {ast.unparse(s.target): ast.unparse(s.annotation)
                    for s in node.body if isinstance(s, ast.AnnAssign)}
        properties = {s.name: ast.unparse(s.returns)
                      for s in node.body if isinstance(s, ast.FunctionDef)}
        if name == "EgovError":
            assert declared == {"kind": "ClassVar[str]", "field_names": "ClassVar[tuple[str, ...]]"}
            continue
        names = {"text": "str", "integer": "int", "text_list": "list[str]"}
        entry = next((k for k in KINDS if k["class_name"] == name), {"fields": []})
        expected = {f["name"]: names[f["type"]] for f in entry["fields"]}
        # `from` is a keyword: the stub declares the `from_` property instead.
        if "from" in expected:
            assert properties == {"from_": expected.pop("from")}
        assert declared == expected, name


def test_the_tool_checks_and_prints(capsys):
    assert gen.main(["--check"]) == 0
    assert gen.main([]) == 0
    assert capsys.readouterr().out == gen.render(TABLE)


# --------------------------------------------------------------- _core_error


@pytest.mark.parametrize("kind", sorted(TRIGGERS))
def test_core_error_rebuilds_what_the_core_raised(kind):
    with pytest.raises(em.EgovError) as info:
        TRIGGERS[kind]()
    e = info.value
    rebuilt = _native._core_error(kind, dict(vars(e)))
    assert type(rebuilt) is type(e) and str(rebuilt) == str(e) and vars(rebuilt) == vars(e)


@pytest.mark.parametrize("entry", KINDS, ids=lambda k: k["kind"])
def test_every_kind_can_be_built_and_pickled(entry):
    fields = {f["name"]: SAMPLE[f["type"]] for f in entry["fields"]}
    e = _native._core_error(entry["kind"], fields)
    assert type(e) is getattr(errors, entry["class_name"]) and vars(e) == fields
    back = pickle.loads(pickle.dumps(e))
    assert type(back) is type(e) and str(back) == str(e) and vars(back) == vars(e)
    if "from" in fields:
        assert back.from_ == "x"


def test_core_error_messages_are_the_cores():
    # core/src/error/mod.rs: the #[error] formats of unknown_node and cycle.
    e = _native._core_error("unknown_node", {"framework": "spbe-2020", "id": "D9"})
    assert isinstance(e, errors.UnknownNodeError) and isinstance(e, errors.GapError)
    assert str(e) == "framework `spbe-2020` has no node `D9`"
    e = _native._core_error("cycle", {"cycle": ["a", "b", "a"]})
    assert str(e) == "dependency cycle: a → b → a" and e.cycle == ["a", "b", "a"]


@pytest.mark.parametrize("kind,fields,error,says", [
    ("nope", {}, ValueError, "unknown error kind `nope`"),
    ("cycle", {}, TypeError, "cycle: fields must be exactly {cycle: list[str]}"),
    ("cycle", {"cycle": ["a"], "extra": 1}, TypeError, "{cycle: list[str]}"),
    ("level_not_integer", {"indicator": "I1", "value": 3}, TypeError,
     "{indicator: str, value: str}"),
    ("too_large", {"what": "x", "size": -1, "limit": 1}, TypeError, "size: int"),
])
def test_core_error_rejects_wrong_kinds_and_fields(kind, fields, error, says):
    with pytest.raises(error) as info:
        _native._core_error(kind, fields)
    assert says in str(info.value)
    assert not isinstance(info.value, em.EgovError)


def test_pandas_errors_are_built_by_the_core(spbe2020):
    # _pandas.py reports bad cells through _core_error: the core's wording.
    df = pd.DataFrame([{"subject": "s", "period": 2024, **levels_all(3, I5="abc")}])
    with pytest.raises(errors.LevelNotIntegerError) as info:
        spbe2020.score_many(df)
    assert str(info.value) == "indicator `I5`: level `abc` is not a whole number"
    assert vars(info.value) == {"indicator": "I5", "value": "abc"}
    with pytest.raises(errors.InvalidFieldError) as info:
        spbe2020.score_many(df.drop(columns="subject"))
    assert vars(info.value) == {
        "what": "DataFrame", "field": "subject",
        "detail": "is missing: expected columns subject, period and either indicator + level "
                  "(long) or one column per indicator (wide)"}
    assert str(info.value).startswith("DataFrame: field `subject` is missing: expected columns")
