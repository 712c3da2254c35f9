"""Data frames beyond pandas: ``Framework.score_many`` on any object that
exports the Arrow PyCapsule stream interface (``__arrow_c_stream__``):
Polars DataFrames, PyArrow Tables and RecordBatchReaders, DuckDB relations.

The data is read once through the capsule (``pyarrow.table(obj)``), each
column goes to NumPy without Python objects per cell (zero-copy for numeric
columns without nulls), and the core checks and scores it as on the pandas
path: a wide table's level columns are read in place, one by one
(``_score_columns``: no gathering into one block), a long one goes through
``_score_long``. The result mirrors
the pandas one column by column (names, types, values): a Polars DataFrame
for Polars input, else a PyArrow Table. pyarrow and numpy are optional
dependencies, imported only here and only when such an object is scored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, List, Optional, Tuple

from . import _native
from ._pandas import _not_integer, _periods

if TYPE_CHECKING:  # pragma: no cover
    from ._literals import MissingPolicy, PredicateBasis, RankBasis
    from ._native import Framework
    from .errors import EgovError

_INSTALL = (
    "scoring an Arrow data frame (Polars, PyArrow, DuckDB) needs pyarrow and numpy: "
    "pip install pyarrow numpy"
)


def require_pyarrow() -> Tuple[Any, Any, Any]:
    """``(pyarrow, pyarrow.compute, numpy)``, or an ImportError that says
    what to install."""
    try:
        import numpy as np
        import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]
        import pyarrow.compute as pc  # type: ignore[import-untyped,unused-ignore]
    except ImportError as e:
        raise ImportError(_INSTALL) from e
    return pa, pc, np


def _is_polars(data: Any) -> bool:
    return type(data).__module__.split(".", 1)[0] == "polars"


def _plain(pa: Any, pc: Any, col: Any) -> Any:
    """A dictionary-encoded (categorical) column as its values."""
    if pa.types.is_dictionary(col.type):
        values = col.type.value_type
        if pa.types.is_string_view(values):  # Polars' categoricals: no take kernel
            values = pa.large_string()
        chunks = col.chunks if isinstance(col, pa.ChunkedArray) else [col]
        return pa.chunked_array(
            [c.dictionary.cast(values).take(c.indices) for c in chunks], type=values
        )
    return col


def _keys(pa: Any, pc: Any, col: Any) -> Any:
    """A key column (subject, period, indicator) that Arrow can hash and
    take from: categorical as its values, string views (Polars' strings)
    as large strings."""
    col = _plain(pa, pc, col)
    if pa.types.is_string_view(col.type):
        return pc.cast(col, pa.large_string())
    if pa.types.is_binary_view(col.type):
        return pc.cast(col, pa.large_binary())
    return col


def _first_valid(col: Any) -> int:
    """The position of the first non-null cell (0 if none)."""
    mask = col.is_valid().to_numpy(zero_copy_only=False)
    hits = mask.nonzero()[0]
    return int(hits[0]) if len(hits) else 0


def _text_levels(np: Any, col: Any) -> Tuple[Any, Optional[Tuple[int, str]]]:
    """Levels of a column that is not numeric, as the pandas path reads
    them (``pd.to_numeric``): numbers in text are numbers, nulls unrated.
    Returns the float64 values, or the first cell that is not a number
    (row, text). Only reached for text, boolean and other non-numeric
    columns, so reading it cell by cell costs nothing on the fast path."""
    values = col.to_pylist()
    out = np.empty(len(values), dtype=np.float64)
    for k, v in enumerate(values):
        if v is None:
            out[k] = np.nan
            continue
        if isinstance(v, (bool, np.bool_)):
            return out, (k, str(v))
        try:
            out[k] = float(v)
        except (TypeError, ValueError):
            return out, (k, str(v))
        if isinstance(v, str) and out[k] != out[k]:  # "nan" is text, not a level
            return out, (k, v)
    return out, None


def _levels(pa: Any, pc: Any, np: Any, col: Any) -> Tuple[Any, Optional[Tuple[int, str]]]:
    """One level column as a NumPy array (int64 when integral without
    nulls, else float64 with NaN for nulls), or its first bad cell."""
    col = _plain(pa, pc, col)
    t = col.type
    if pa.types.is_integer(t):
        arr = col.to_numpy()  # ints with nulls come back as float64 + NaN
        return arr.astype(np.float64 if arr.dtype.kind == "f" else np.int64, copy=False), None
    if pa.types.is_floating(t):
        return col.to_numpy().astype(np.float64, copy=False), None
    if pa.types.is_null(t):
        return np.full(len(col), np.nan), None
    if pa.types.is_boolean(t):
        k = _first_valid(col)
        return None, (k, str(col[k].as_py()) if len(col) else "")
    if pa.types.is_decimal(t) or pa.types.is_string(t) or pa.types.is_large_string(t) or (
        pa.types.is_string_view(t)
    ):
        try:
            return pc.cast(col, pa.float64()).to_numpy(), None
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            pass
    return _text_levels(np, col)


def _periods_of(pa: Any, pc: Any, np: Any, col: Any) -> Any:
    """The period column as int64 years (the pandas path's ``_periods``)."""
    col = _plain(pa, pc, col)
    if pa.types.is_integer(col.type) or pa.types.is_floating(col.type):
        return _periods(np, col.to_numpy())
    return _periods(np, col.to_numpy(zero_copy_only=False))


def _codes(pa: Any, pc: Any, np: Any, col: Any, nulls: bool) -> Tuple[Any, Any]:
    """``(codes, uniques)`` in order of first appearance (``pd.factorize``);
    a null is a value of its own if ``nulls``, else code -1."""
    uniques = pc.unique(col)
    if not nulls:
        uniques = pc.drop_null(uniques)
    codes = pc.index_in(col, value_set=uniques, skip_nulls=not nulls)
    codes = pc.fill_null(codes, -1).to_numpy()
    return np.ascontiguousarray(codes, dtype=np.int64), uniques


def _first_rows(np: Any, codes: Any) -> Any:
    """The first row of each code, for codes numbered in order of first
    appearance (each first appearance raises the running maximum by one)."""
    if not len(codes):
        return np.zeros(0, dtype=np.int64)
    running = np.maximum.accumulate(codes)
    return np.flatnonzero(np.concatenate(([True], running[1:] > running[:-1])))


def score_arrow(
    framework: "Framework",
    data: Any,
    predicate_basis: "PredicateBasis",
    missing: "MissingPolicy",
    rank_basis: "RankBasis",
) -> Any:
    """Scores a long (subject, period, indicator, level) or wide (subject,
    period, one column per indicator) Arrow table; a Polars DataFrame for
    Polars input, else a PyArrow Table."""
    pa, pc, np = require_pyarrow()
    table = data if isinstance(data, pa.Table) else pa.table(data)
    names: List[str] = list(table.column_names)

    # Long or wide, and the required columns: the core's rule.
    wide = _native._table_layout("DataFrame", names)
    if wide is None:
        subject = _keys(pa, pc, table.column("subject"))
        period = _keys(pa, pc, table.column("period"))
        s_codes, _ = _codes(pa, pc, np, subject, True)
        p_codes, p_uniques = _codes(pa, pc, np, period, True)
        pairs = s_codes * max(len(p_uniques), 1) + p_codes
        row_codes, _ = _codes(pa, pc, np, pa.array(pairs), True)
        first = _first_rows(np, row_codes)
        name_codes, indicators = _codes(pa, pc, np, _keys(pa, pc, table.column("indicator")), False)
        ids = [str(n) for n in indicators.to_pylist()]
        levels, bad = _levels(pa, pc, np, table.column("level"))
        if bad is not None:
            k, value = bad
            code = int(name_codes[k])
            raise _not_integer(ids[code] if code >= 0 else "None", value)
        subjects = subject.take(pa.array(first))
        periods = _periods_of(pa, pc, np, period.take(pa.array(first)))
        result = _native._score_long(
            framework,
            row_codes,
            ids,
            name_codes,
            np.ascontiguousarray(levels, dtype=np.float64),
            periods,
            predicate_basis,
            missing,
            rank_basis,
        )
    else:
        ids = [names[k] for k in wide]
        columns = []
        first_bad: Optional[Tuple[int, int, str]] = None
        for j, k in enumerate(wide):
            arr, bad = _levels(pa, pc, np, table.column(k))
            if bad is not None:
                # The first bad cell in row-major order, as pandas reports it.
                if first_bad is None or (bad[0], j) < first_bad[:2]:
                    first_bad = (bad[0], j, bad[1])
            columns.append(arr)
        if first_bad is not None:
            raise _not_integer(ids[first_bad[1]], first_bad[2])
        subjects = table.column("subject")
        periods = _periods_of(pa, pc, np, table.column("period"))
        # The columns as they are (no gathering into one block): the core
        # reads them in place.
        result = _native._score_columns(
            framework,
            ids,
            [np.ascontiguousarray(a) for a in columns],
            periods,
            predicate_basis,
            missing,
            rank_basis,
        )
    return _output(pa, np, data, result, subjects, periods)


def _output(pa: Any, np: Any, data: Any, result: Any, subjects: Any, periods: Any) -> Any:
    """The result table: the pandas path's columns, names and types."""
    predicate_ids = [str(p) for p in result["predicate_ids"]]
    columns = {
        "subject": subjects,
        "period": pa.array(periods, type=pa.int64()),
        "index": pa.array(result["index"], type=pa.float64()),
        # pandas: a Categorical over the framework's predicates (int8 codes).
        "predicate": pa.DictionaryArray.from_arrays(
            pa.array(result["predicate"].astype(np.int8), type=pa.int8()),
            pa.array(predicate_ids, type=pa.string()),
        ),
    }
    # One contiguous float64 row per group (NaN where a group has no value,
    # as in pandas): taken by Arrow without copying.
    for g, values in zip(result["node_ids"], result["node_values"]):
        columns[str(g)] = pa.array(values, type=pa.float64())
    columns["rank"] = pa.array(result["rank"], type=pa.uint32())
    table = pa.table(columns)
    if _is_polars(data):
        import polars as pl  # type: ignore[import-not-found,unused-ignore]  # the caller's own

        frame: Any = pl.from_arrow(table)
        # An Enum keeps the framework's predicates as its categories, as the
        # pandas Categorical does (a Polars Categorical would not).
        return frame.with_columns(pl.col("predicate").cast(pl.Enum(predicate_ids)))
    return table

