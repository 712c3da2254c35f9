"""egov_masterplan.composite.rank_uncertainty: nominal ranks worked out by
hand, seeds, the no-noise case, missing values and typed errors."""

from __future__ import annotations

import doctest

import numpy as np
import pytest

import egov_masterplan as em
from egov_masterplan import composite

# Four units, three indicators, weights 2 : 1 : 1 (total 4). Every value is
# a binary fraction, so the sums below are exact in floating point:
#   A: (2·0.75 + 0.25 + 0.5 ) / 4 = 2.25 / 4 = 0.5625
#   B: (2·0.5  + 1.0  + 0.75) / 4 = 2.75 / 4 = 0.6875
#   C: (2·0.5  + 0.25 + 0.25) / 4 = 1.5  / 4 = 0.375
#   D: (2·0.25 + 0.75 + 1.0 ) / 4 = 2.25 / 4 = 0.5625
# Competition ranks, highest first: B 1, A and D tie at 2, C 4 (no 3).
VALUES = np.array(
    [
        [0.75, 0.25, 0.5],
        [0.5, 1.0, 0.75],
        [0.5, 0.25, 0.25],
        [0.25, 0.75, 1.0],
    ]
)
WEIGHTS = [2.0, 1.0, 1.0]


def random_values(units: int = 30, indicators: int = 5) -> np.ndarray:
    return np.random.default_rng(7).random((units, indicators))


def test_nominal_ranks_are_the_hand_computed_competition_ranks() -> None:
    r = composite.rank_uncertainty(VALUES, WEIGHTS, samples=200, seed=3)
    assert r.nominal_rank.tolist() == [2, 1, 4, 2]
    for name in ("nominal_rank", "median_rank", "p05", "p95"):
        assert getattr(r, name).dtype == np.int64
    assert r.mean_shift.dtype == np.float64
    assert len(r) == 4
    # The intervals hold the nominal rank's neighbourhood: ranks 1 to 4.
    assert np.all((r.p05 >= 1) & (r.p05 <= r.median_rank) & (r.median_rank <= r.p95) & (r.p95 <= 4))


def test_decimals_rank_the_rounded_scores() -> None:
    # To 0 decimals A, B and D print as 1 and tie first, C prints as 0.
    r = composite.rank_uncertainty(VALUES, WEIGHTS, weight_noise=0.0, samples=1, decimals=0)
    assert r.nominal_rank.tolist() == [1, 1, 4, 1]


def test_no_noise_one_sample_gives_intervals_equal_to_the_nominal_rank() -> None:
    r = composite.rank_uncertainty(VALUES, WEIGHTS, weight_noise=0.0, samples=1)
    for name in ("median_rank", "p05", "p95"):
        assert np.array_equal(getattr(r, name), r.nominal_rank)
    assert np.array_equal(r.mean_shift, np.zeros(4))


def test_a_seed_gives_one_result_and_another_seed_another() -> None:
    x = random_values()
    w = [1.0, 2.0, 1.5, 0.5, 1.0]
    a = composite.rank_uncertainty(x, w, weight_noise=0.3, samples=300, seed=1)
    b = composite.rank_uncertainty(x, w, weight_noise=0.3, samples=300, seed=1)
    c = composite.rank_uncertainty(x, w, weight_noise=0.3, samples=300, seed=2)
    for name in ("nominal_rank", "median_rank", "p05", "p95", "mean_shift"):
        assert np.array_equal(getattr(a, name), getattr(b, name))
    assert np.array_equal(a.nominal_rank, c.nominal_rank)
    assert not np.array_equal(a.mean_shift, c.mean_shift)


def test_the_aggregator_matches_numpy() -> None:
    x = random_values() + 0.1  # > 0 for the geometric and harmonic means
    w = np.array([1.0, 2.0, 1.5, 0.5, 1.0])
    means = {
        "arithmetic": x @ w / w.sum(),
        "geometric": np.exp(np.log(x) @ w / w.sum()),
        "harmonic": w.sum() / ((1 / x) @ w),
    }
    for name, score in means.items():
        expected = [1 + int(np.sum(score > s)) for s in score]
        got = composite.rank_uncertainty(x, w, weight_noise=0.0, samples=1, aggregator=name)  # type: ignore[arg-type]
        assert got.nominal_rank.tolist() == expected, name
    quadratic = composite.rank_uncertainty(x, w, weight_noise=0.0, samples=1, aggregator="power", power=2.0)
    score = np.sqrt((x**2) @ w / w.sum())
    assert quadratic.nominal_rank.tolist() == [1 + int(np.sum(score > s)) for s in score]


def test_missing_values_renormalise_the_weights_and_empty_rows_rank_last() -> None:
    # D without its third value: (2·0.25 + 0.75) / 3 = 1.25 / 3 ≈ 0.417,
    # now third; E has no value at all: after every present score.
    x = np.vstack([VALUES, [np.nan, np.nan, np.nan]])
    x[3, 2] = np.nan
    r = composite.rank_uncertainty(x, WEIGHTS, weight_noise=0.1, samples=100)
    assert r.nominal_rank.tolist() == [2, 1, 4, 3, 5]
    assert (r.p05[4], r.p95[4], r.mean_shift[4]) == (5, 5, 0.0)


def test_the_frame_and_the_html() -> None:
    r = composite.rank_uncertainty(VALUES, WEIGHTS, samples=50)
    df = r.to_pandas(["a", "b", "c", "d"])
    assert list(df.columns) == ["nominal_rank", "median_rank", "p05", "p95", "mean_shift"]
    assert list(df.index) == ["a", "b", "c", "d"] and df.index.name == "unit"
    assert df.loc["c", "nominal_rank"] == 4
    assert list(r.to_pandas().index) == [0, 1, 2, 3]
    with pytest.raises(ValueError, match="ids: 2 given for 4 units"):
        r.to_pandas(["a", "b"])
    html = r._repr_html_()
    assert html.startswith("<table>") and html.count("<tr>") == 5
    # Rows in nominal-rank order: B (unit 1) first, C (unit 2) last.
    assert html.index("<th>1</th>") < html.index("<th>0</th>") < html.index("<th>2</th>")
    many = composite.rank_uncertainty(random_values(units=45), np.ones(5), samples=10)
    assert many._repr_html_().count("<tr>") == 21 and "25 more" in many._repr_html_()


def test_bad_input_is_a_typed_error_naming_the_field() -> None:
    assert issubclass(em.errors.InvalidFieldError, ValueError)
    with pytest.raises(em.errors.InvalidFieldError) as info:
        composite.rank_uncertainty(VALUES, [1.0, 1.0])
    assert info.value.field == "values[0]" and "has 3 values for 2 weights" in str(info.value)
    with pytest.raises(em.errors.InvalidFieldError) as info:
        composite.rank_uncertainty(VALUES, WEIGHTS, weight_noise=1.5)
    assert info.value.field == "weight_noise"
    with pytest.raises(em.errors.InvalidFieldError) as info:
        composite.rank_uncertainty(VALUES, WEIGHTS, samples=0)
    assert info.value.field == "samples"
    with pytest.raises(em.errors.InvalidFieldError) as info:
        composite.rank_uncertainty(np.array([0.5, 0.7]), [1.0, 1.0])
    assert info.value.field == "values" and "expected a 2-D array" in str(info.value)
    with pytest.raises(em.errors.InvalidFieldError) as info:
        composite.rank_uncertainty(VALUES, [1.0, -1.0, 1.0])
    assert info.value.field == "weights[1]"
    with pytest.raises(em.errors.InvalidOptionError) as option:
        composite.rank_uncertainty(VALUES, WEIGHTS, aggregator="median")  # type: ignore[arg-type]
    assert option.value.option == "aggregator" and "power" in option.value.allowed


def test_the_module_example_runs() -> None:
    result = doctest.testmod(composite)
    assert result.attempted == 5 and result.failed == 0


def test_the_submodule_is_exported() -> None:
    assert em.composite is composite and "composite" in em.__all__
