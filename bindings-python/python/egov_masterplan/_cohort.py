"""Cohorts for composite frameworks: the columns a ``Framework.score_cohort``
or ``Framework.uncertainty`` call reads from a pandas DataFrame, a dict of
columns or a list of row dicts, and the results as DataFrames and HTML.
The cells themselves are checked by the core (numbers, or None/NaN for
missing)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional, Sequence, Tuple

if TYPE_CHECKING:  # pragma: no cover
    from ._native import CohortScores, CohortUncertainty

#: Columns taken as the units' ids, in this order, when none is named.
ID_CANDIDATES = ("iso3", "id", "code", "unit", "country", "name")


def _pick_id(names: Sequence[str], id_column: Optional[str]) -> Optional[str]:
    if id_column is not None:
        return id_column
    return next((c for c in ID_CANDIDATES if c in names), None)


def columns(
    data: Any, id_column: Optional[str], group_column: Optional[str], indicators: List[str]
) -> Tuple[List[str], Dict[str, List[Any]], Optional[List[str]]]:
    """``(ids, {indicator: values}, groups)`` from ``data``. Indicator
    columns the data lacks are left out (the core names them)."""
    from ._native import _core_error

    def missing(field: str, detail: str) -> Exception:
        return _core_error("invalid_field", {"what": "cohort", "field": field, "detail": detail})

    if hasattr(data, "columns") and hasattr(data, "iloc"):  # pandas
        names = [str(c) for c in data.columns]
        key = _pick_id(names, id_column)
        if key is not None and key not in names:
            raise missing(key, f"is not a column; the DataFrame has: {', '.join(names)}")
        ids = [str(x) for x in (data[key].tolist() if key is not None else data.index.tolist())]
        table = {c: data[c].tolist() for c in indicators if c in names}
        if group_column is not None and group_column not in names:
            raise missing(group_column, "is not a column of the DataFrame")
        groups = [str(g) for g in data[group_column].tolist()] if group_column else None
        return ids, table, groups
    if isinstance(data, Mapping):  # {column: values}
        names = [str(c) for c in data]
        key = _pick_id(names, id_column)
        if key is None or key not in data:
            raise missing(id_column or "id", f"names no column; the data has: {', '.join(names)}")
        ids = [str(x) for x in data[key]]
        table = {c: list(data[c]) for c in indicators if c in data}
        groups = [str(g) for g in data[group_column]] if group_column else None
        return ids, table, groups
    rows: List[Mapping[str, Any]] = list(data)  # [{column: value}, ...]
    names = [str(c) for c in rows[0]] if rows else []
    key = _pick_id(names, id_column)
    if key is None:
        raise missing(id_column or "id", f"names no column; the rows have: {', '.join(names)}")
    ids = [str(r.get(key)) for r in rows]
    table = {c: [r.get(c) for r in rows] for c in indicators if any(c in r for r in rows)}
    groups = [str(r.get(group_column)) for r in rows] if group_column else None
    return ids, table, groups


def scores_frame(result: "CohortScores") -> Any:
    """One row per unit, indexed by id: index, rank, group, each group
    node, imputed."""
    from ._pandas import require_pandas

    pd, _ = require_pandas()
    rows = []
    for u in result.units:
        row = {"id": u["id"], "index": u["index"], "rank": u["rank"], "group": u["group"]}
        row.update(dict(zip(result.nodes, u["nodes"])))
        row["imputed"] = u["imputed"]
        rows.append(row)
    frame = pd.DataFrame(rows).set_index("id")
    frame["rank"] = frame["rank"].astype("Int64")
    return frame


def uncertainty_frame(result: "CohortUncertainty") -> Any:
    """One row per unit, indexed by id: nominal and median rank, p05, p95,
    mean shift."""
    from ._pandas import require_pandas

    pd, _ = require_pandas()
    columns = ["id", "nominal_rank", "median_rank", "p05", "p95", "mean_shift"]
    return pd.DataFrame(result.units, columns=columns).set_index("id")


def _table(head: Sequence[str], rows: Sequence[Sequence[Any]], caption: str) -> str:
    def cell(v: Any) -> str:
        return "–" if v is None else (f"{v:.4f}" if isinstance(v, float) else str(v))

    out = [f"<table><caption>{html.escape(caption)}</caption><thead><tr>"]
    out += [f"<th>{html.escape(h)}</th>" for h in head]
    out.append("</tr></thead><tbody>")
    for r in rows:
        out.append("<tr>" + "".join(f"<td>{html.escape(cell(v))}</td>" for v in r) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def scores_html(result: "CohortScores") -> str:
    """The first 50 units by rank as an HTML table (names escaped)."""
    units = sorted(result.units, key=lambda u: (u["rank"] is None, u["rank"] or 0, u["id"]))[:50]
    return _table(
        ["id", "indeks / index", "peringkat / rank", "kelompok / group"],
        [[u["id"], u["index"], u["rank"], u["group"]] for u in units],
        f"{result.framework}: {len(result.units)} unit",
    )


def uncertainty_html(result: "CohortUncertainty") -> str:
    """The first 50 units by nominal rank with their intervals."""
    units = sorted(result.units, key=lambda u: (u["nominal_rank"], u["id"]))[:50]
    return _table(
        ["id", "nominal", "median", "p05", "p95", "rata-rata geser / mean shift"],
        [[u["id"], u["nominal_rank"], u["median_rank"], u["p05"], u["p95"], u["mean_shift"]] for u in units],
        f"{result.framework}: {result.samples} sampel / samples",
    )
