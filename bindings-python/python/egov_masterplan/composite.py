"""Composite indices: how robust a ranking is to its weights.

``rank_uncertainty(values, weights)`` recombines every unit's normalised
indicator values (a units × indicators array, NaN for missing) with the
weights moving at random — each multiplied by a uniform factor in
``[1 - weight_noise, 1 + weight_noise]``, then renormalised — ``samples``
times, ranks the units in every sample (competition ranks, "1224", highest
score first) and gives, per unit, its nominal rank, the median and the
5th–95th percentile of its ranks (nearest rank) and its mean absolute rank
shift. Sample ``k`` draws from its own seeded ChaCha20 stream, so a seed
gives the same result on any number of threads and in every language; the
samples run in parallel, with the GIL released. Needs numpy.

>>> import numpy as np
>>> from egov_masterplan import composite
>>> values = np.array([[0.9, 0.5], [0.5, 0.8], [0.1, 0.2]])
>>> r = composite.rank_uncertainty(values, [1.0, 1.0], weight_noise=0.5, seed=1)
>>> r.nominal_rank.tolist(), r.p05.tolist(), r.p95.tolist()
([1, 2, 3], [1, 1, 3], [2, 2, 3])
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, Optional, Sequence, Union

from . import _native

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    import numpy.typing as npt

__all__ = ["AggregatorName", "RankUncertainty", "rank_uncertainty"]

AggregatorName = Union[Literal["arithmetic"], Literal["geometric"], Literal["harmonic"], Literal["power"]]
"""How a unit's values are combined (option ``aggregator``): the weighted
arithmetic, geometric, harmonic or power mean (of order ``power``)."""

_COLUMNS = ("nominal_rank", "median_rank", "p05", "p95", "mean_shift")


@dataclass(frozen=True)
class RankUncertainty:
    """Per unit, in the order of the rows of ``values``: its rank under the
    nominal weights and across the samples."""

    nominal_rank: "np.ndarray"
    """Competition rank with the nominal weights (int64)."""
    median_rank: "np.ndarray"
    """Median rank across the samples (int64)."""
    p05: "np.ndarray"
    """5th percentile of the ranks, nearest rank: the best end of the
    interval (int64)."""
    p95: "np.ndarray"
    """95th percentile of the ranks, nearest rank: the worst end (int64)."""
    mean_shift: "np.ndarray"
    """Mean absolute difference between a sample's rank and the nominal one
    (float64)."""

    def __len__(self) -> int:
        """The number of units."""
        return len(self.nominal_rank)

    def to_pandas(self, ids: Optional[Sequence[Any]] = None) -> Any:
        """One row per unit with the columns ``nominal_rank``,
        ``median_rank``, ``p05``, ``p95``, ``mean_shift``, indexed by
        ``ids`` when given (one per unit): a pandas DataFrame."""
        import pandas as pd  # type: ignore[import-untyped,unused-ignore]

        index = None
        if ids is not None:
            labels = list(ids)
            if len(labels) != len(self):
                raise ValueError(f"ids: {len(labels)} given for {len(self)} units")
            index = pd.Index(labels, name="unit")
        return pd.DataFrame({name: getattr(self, name) for name in _COLUMNS}, index=index)

    def _repr_html_(self) -> str:
        """The first 20 units by nominal rank, as an HTML table."""
        from html import escape

        import numpy as np

        order = np.argsort(self.nominal_rank, kind="stable")[:20]
        rows = "".join(
            f"<tr><th>{int(u)}</th><td>{int(self.nominal_rank[u])}</td><td>{int(self.median_rank[u])}</td>"
            f"<td>{int(self.p05[u])}–{int(self.p95[u])}</td><td>{float(self.mean_shift[u]):.2f}</td></tr>"
            for u in order
        )
        more = len(self) - len(order)
        caption = f"Rank uncertainty, {len(self)} units" + (f" (first 20 by nominal rank; {more} more)" if more else "")
        return (
            f"<table><caption>{escape(caption)}</caption>"
            "<thead><tr><th>unit</th><th>nominal</th><th>median</th><th>p05–p95</th><th>mean shift</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>"
        )


def rank_uncertainty(
    values: "npt.ArrayLike",
    weights: "npt.ArrayLike",
    *,
    weight_noise: float = 0.2,
    samples: int = 1000,
    seed: int = 0,
    aggregator: AggregatorName = "arithmetic",
    power: float = 1.0,
    decimals: Optional[int] = None,
) -> RankUncertainty:
    """How each unit's rank moves when the weights move (see the module
    documentation).

    ``values``: a 2-D array, one row per unit and one column per indicator
    (normalised values; NaN for missing, left out with the other weights
    renormalised). ``weights``: one nominal weight per indicator (finite,
    >= 0). ``weight_noise``: each weight moves by up to this share of itself,
    in ``[0, 1)``. ``samples``: Monte Carlo samples (at least 1), drawn
    from ``seed``. ``aggregator``: ``"arithmetic"``, ``"geometric"``,
    ``"harmonic"`` or ``"power"`` (of order ``power``). ``decimals``: rank on
    the scores rounded to this many decimals, as the index is published (so
    that units printed alike tie); ``None``, the scores as computed.

    Bad input raises the library's ``InvalidFieldError`` (a ``ValueError``)
    naming the field; an unknown aggregator, ``InvalidOptionError``.
    """
    import numpy as np

    matrix: Any = np.ascontiguousarray(np.asarray(values, dtype=np.float64))
    nominal = np.asarray(weights, dtype=np.float64).tolist()
    out = _native._rank_uncertainty(matrix, nominal, weight_noise, samples, seed, aggregator, power, decimals)
    return RankUncertainty(**{name: out[name] for name in _COLUMNS})
