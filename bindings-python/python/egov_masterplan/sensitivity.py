"""Global sensitivity analysis with SALib's split: sample, run your model,
analyze.

``saltelli_sample(n, d)`` gives an ``(n * (d + 2), d)`` matrix in ``[0, 1)``
(from the Sobol' sequence; unscrambled, SALib's
``saltelli.sample(problem, n, calc_second_order=False)`` value for value);
evaluate the model on every row (scale the columns to the inputs' ranges
first); ``sobol_analyze(y, d)`` gives each input's first-order index ``S1``
(the share of the output's variance it explains alone) and total index
``ST`` (alone and with the others), with bootstrap confidence intervals —
the numbers SALib's ``sobol.analyze(..., calc_second_order=False)`` gives
for the same outputs. ``sobol_analyze_many(Y, d)`` analyses every column of
a model with many outputs (``Y`` runs × outputs: an index's every unit) in
one call, in parallel. Needs numpy.

>>> import numpy as np
>>> from egov_masterplan import sensitivity
>>> x = sensitivity.saltelli_sample(1024, 2)
>>> y = x[:, 0] + 2 * x[:, 1]          # the second input explains 4/5
>>> s = sensitivity.sobol_analyze(y, 2)
>>> [round(float(v), 1) for v in s.S1]
[0.2, 0.8]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, List, Optional, Sequence

from . import _native
from ._literals import Lang

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import numpy.typing as npt

__all__ = ["SobolIndices", "saltelli_sample", "sobol_analyze", "sobol_analyze_many"]


def saltelli_sample(n: int, d: int, *, skip: Optional[int] = None, seed: Optional[int] = None) -> "np.ndarray":
    """The Saltelli sample of ``n`` base points in ``d`` dimensions: rows A,
    AB_1 … AB_d, B for each base point (A with column j taken from B), a
    float64 array of shape ``(n * (d + 2), d)`` in ``[0, 1)``.

    ``skip``: points of the Sobol' sequence skipped first (default, as
    SALib: the smallest power of two >= n, at least 16). ``seed``: a random
    digital shift of every dimension (independent replicates); ``None``
    gives the plain sequence.
    """
    sample: np.ndarray = _native._saltelli_sample(n, d, skip, seed)
    return sample


@dataclass(frozen=True)
class SobolIndices:
    """Sobol' indices per input, in input order (float64 arrays)."""

    S1: "np.ndarray"
    """First-order indices."""
    S1_conf: "np.ndarray"
    """Half-widths of their confidence intervals."""
    ST: "np.ndarray"
    """Total indices."""
    ST_conf: "np.ndarray"
    """Half-widths of their confidence intervals."""

    def __getitem__(self, key: str) -> "np.ndarray":
        """SALib's keys: ``s["S1"]``, ``s["S1_conf"]``, ``s["ST"]``, ``s["ST_conf"]``."""
        if key not in ("S1", "S1_conf", "ST", "ST_conf"):
            raise KeyError(key)
        value: np.ndarray = getattr(self, key)
        return value

    def to_pandas(self, names: Optional[Sequence[str]] = None) -> Any:
        """One row per input (``names``, default ``x1``, ``x2``, …) with the
        columns ``S1``, ``S1_conf``, ``ST``, ``ST_conf`` (SALib's
        ``to_df()`` puts the same numbers in two frames): a pandas
        DataFrame."""
        import pandas as pd  # type: ignore[import-untyped,unused-ignore]

        labels = list(names) if names is not None else [f"x{i + 1}" for i in range(len(self.S1))]
        if len(labels) != len(self.S1):
            raise ValueError(f"names: {len(labels)} given for {len(self.S1)} inputs")
        return pd.DataFrame(
            {"S1": self.S1, "S1_conf": self.S1_conf, "ST": self.ST, "ST_conf": self.ST_conf},
            index=pd.Index(labels, name="input"),
        )

    def to_svg(
        self,
        names: Optional[Sequence[str]] = None,
        *,
        lang: Lang = "id",
        width: int = 640,
        sort_by_total: bool = True,
    ) -> str:
        """The indices as an SVG bar chart: per input (``names``, then
        ``x1``, ``x2``, … for the rest) a bar of ``S1`` over a bar of
        ``ST``, each with a whisker of ± its confidence half-width, the
        values printed at the right; the axis widens past 0 or 1 to fit a
        negative estimate or a wide interval. Inputs by ``ST``, highest
        first, unless ``sort_by_total`` is false. ``lang``: ``"id"``
        (default) or ``"en"``; ``width`` in pixels (360 to 4,096). A value
        that is not a number has no bar and prints as "–"; names are
        escaped.
        """
        return _native._sensitivity_bars_svg(
            [float(v) for v in self.S1],
            [float(v) for v in self.S1_conf],
            [float(v) for v in self.ST],
            [float(v) for v in self.ST_conf],
            None if names is None else list(names),
            lang,
            width,
            sort_by_total,
        )

    def _repr_html_(self) -> str:
        from html import escape

        rows = "".join(
            f"<tr><th>x{i + 1}</th><td>{s1:.4f} ± {c1:.4f}</td><td>{st:.4f} ± {ct:.4f}</td></tr>"
            for i, (s1, c1, st, ct) in enumerate(zip(self.S1, self.S1_conf, self.ST, self.ST_conf))
        )
        return (
            f"<table><caption>{escape('Sobol indices')}</caption>"
            "<thead><tr><th>input</th><th>S1</th><th>ST</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>"
        )


def sobol_analyze(
    y: "npt.ArrayLike",
    d: int,
    *,
    resamples: int = 100,
    conf_level: float = 0.95,
    seed: int = 0,
) -> SobolIndices:
    """Sobol' first-order (Saltelli 2010) and total (Jansen) indices of the
    ``d`` inputs from ``y``, the model's outputs on the rows of a
    ``saltelli_sample`` of dimension ``d`` (``len(y) == n * (d + 2)``),
    normalised as SALib does; confidence intervals from ``resamples``
    bootstrap resamples drawn from ``seed``, at ``conf_level``.
    """
    import numpy as np

    values: Any = np.ascontiguousarray(np.asarray(y, dtype=np.float64).ravel())
    out = _native._sobol_analyze(values, d, resamples, conf_level, seed)
    return SobolIndices(S1=out["S1"], S1_conf=out["S1_conf"], ST=out["ST"], ST_conf=out["ST_conf"])


def sobol_analyze_many(
    y: "npt.ArrayLike",
    d: int,
    *,
    resamples: int = 100,
    conf_level: float = 0.95,
    seed: int = 0,
) -> List[SobolIndices]:
    """``sobol_analyze`` of every column of ``y``, a 2-D array with one row
    per row of a ``saltelli_sample`` of dimension ``d`` and one column per
    output of the model (``y[:, u]``: output ``u``): one ``SobolIndices``
    per column, each exactly what ``sobol_analyze(y[:, u], d, ...)`` gives
    with the same options. One native call, the columns analysed in
    parallel with the GIL released.
    """
    import numpy as np

    values: Any = np.ascontiguousarray(np.asarray(y, dtype=np.float64))
    if values.ndim != 2:
        raise _native._core_error(
            "invalid_field",
            {
                "what": "sobol analysis",
                "field": "y",
                "detail": f"has {values.ndim} dimension(s); expected a 2-D array, runs × outputs",
            },
        )
    out = _native._sobol_analyze_many(values, d, resamples, conf_level, seed)
    return [
        SobolIndices(S1=out["S1"][u], S1_conf=out["S1_conf"][u], ST=out["ST"][u], ST_conf=out["ST_conf"][u])
        for u in range(values.shape[1])
    ]
