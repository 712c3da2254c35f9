"""Scoring on a Dask cluster gives exactly what one process gives.

100,000 wide assessments (deterministic, seeded) are scored in this process
with ``fw.score_many(df)``, then on a two-worker ``LocalCluster`` (separate
processes, so the framework, the assessments and the scorecards all travel
by pickle) with ``map_partitions``. Every value but the rank must be
byte-identical; the rank is per partition by construction, so it is checked
by recomputing it over the whole result and by partitioning on the period.

Runs in the default suite (no marker, no skip): about 10 s on a 2-core
machine, most of it starting the cluster.
"""

from __future__ import annotations

import json
import os
import pickle

import dask.dataframe as dd
import numpy as np
import pandas as pd
import pytest
from dask.distributed import Client, LocalCluster

import egov_masterplan as em

SEED = 20240601
ROWS = 100_000
PERIODS = (2022, 2023, 2024)
PARTITIONS = 8
pytestmark = [
    # from_pandas puts the 38 MiB frame in the task graph, which Dask warns
    # about; real data would be read on the workers (examples/distributed_scoring.py).
    pytest.mark.filterwarnings("ignore:Sending large graph:UserWarning"),
    # dashboard_address=None turns the dashboard off, but the scheduler's
    # HTTP routes (health, metrics) still try :8787 and move elsewhere if
    # another cluster holds it.
    pytest.mark.filterwarnings("ignore:Port 8787 is already in use:UserWarning"),
]


def wide_assessments(fw: em.Framework, rows: int, seed: int) -> pd.DataFrame:
    """``rows`` wide assessments: subject, period (2022–2024 in turn), one int
    level column per indicator. Each row scatters around its own maturity
    so that every predicate band occurs."""
    rng = np.random.default_rng(seed)
    ids = fw.indicator_ids
    maturity = rng.integers(1, 6, size=(rows, 1))
    levels = np.clip(maturity + rng.integers(-1, 2, size=(rows, len(ids))), 1, 5).astype(np.int64)
    frame = pd.DataFrame(levels, columns=ids)
    k = np.arange(rows)
    frame.insert(0, "period", np.asarray(PERIODS, dtype=np.int64)[k % len(PERIODS)])
    frame.insert(0, "subject", [f"pd-{i:05d}" for i in k // len(PERIODS)])
    return frame


def same_bytes(a: pd.Series, b: pd.Series) -> bool:
    """Float columns equal bit for bit (NaN included)."""
    x = np.ascontiguousarray(a.to_numpy(dtype=np.float64))
    y = np.ascontiguousarray(b.to_numpy(dtype=np.float64))
    return x.shape == y.shape and np.array_equal(x.view(np.uint64), y.view(np.uint64))


@pytest.fixture(scope="module")
def fw() -> em.Framework:
    return em.Framework.builtin("spbe-2020")


@pytest.fixture(scope="module")
def frame(fw: em.Framework) -> pd.DataFrame:
    return wide_assessments(fw, ROWS, SEED)


@pytest.fixture(scope="module")
def expected(fw: em.Framework, frame: pd.DataFrame) -> pd.DataFrame:
    """Single-process scores, exact rank basis."""
    return fw.score_many(frame)


@pytest.fixture(scope="module")
def client():
    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    try:
        client = Client(cluster)
        try:
            yield client
        finally:
            client.close()
    finally:
        cluster.close()


def test_data_is_deterministic(fw: em.Framework, frame: pd.DataFrame, expected: pd.DataFrame):
    assert frame.equals(wide_assessments(fw, ROWS, SEED))
    assert len(frame) == ROWS and sorted(frame["period"].unique()) == list(PERIODS)
    # every band occurs, so every predicate code is compared below
    assert set(expected["predicate"].unique()) == {p.id for p in fw.predicates()}


def test_framework_pickles_to_workers(client: Client, fw: em.Framework):
    doc = json.loads(fw.to_json())
    doc["id"] = "spbe-2020-local"  # not a built-in: pickles as its JSON
    custom = em.Framework.from_json(json.dumps(doc))
    assert fw.__reduce__()[0].__name__ == "_framework_builtin"
    assert custom.__reduce__()[0].__name__ == "_framework_from_json"

    def probe(framework):
        import os

        card = framework.score({i: 3 for i in framework.indicator_ids})
        return os.getpid(), type(framework).__name__, framework.to_json(), card.index_text

    for f in (fw, custom):
        assert pickle.loads(pickle.dumps(f)) == f
        pid, kind, doc_json, index = client.submit(probe, f, pure=False).result()
        assert pid != os.getpid()
        assert kind == "Framework"
        assert doc_json == f.to_json()
        assert index == "3.00"


def test_map_partitions_matches_single_process(
    client: Client, fw: em.Framework, frame: pd.DataFrame, expected: pd.DataFrame
):
    parent = os.getpid()

    def score_partition(part, framework, parent_pid):
        import os

        assert os.getpid() != parent_pid, "scored in the test process, not on a worker"
        return framework.score_many(part)

    ddf = dd.from_pandas(frame, npartitions=PARTITIONS)
    assert ddf.npartitions == PARTITIONS
    # fw goes to the workers as an argument, through pickle
    got = ddf.map_partitions(score_partition, fw, parent, meta=expected.iloc[:0]).compute()

    assert got.index.equals(expected.index)
    assert list(got.columns) == list(expected.columns)
    assert got["subject"].tolist() == expected["subject"].tolist()
    assert np.array_equal(got["period"].to_numpy(), expected["period"].to_numpy())
    floats = [c for c in expected.columns if expected[c].dtype == np.float64]
    assert sorted(floats) == sorted(["index", *fw.tier_ids("domain"), *fw.tier_ids("aspect")])
    for column in floats:
        assert same_bytes(got[column], expected[column]), column
    assert list(got["predicate"].cat.categories) == list(expected["predicate"].cat.categories)
    assert np.array_equal(got["predicate"].cat.codes.to_numpy(), expected["predicate"].cat.codes.to_numpy())
    # The subject column keeps the input's string dtype, and dask hands
    # partitions over as pyarrow strings: same values, another dtype.
    pd.testing.assert_frame_equal(
        got.drop(columns=["rank", "subject"]),
        expected.drop(columns=["rank", "subject"]),
        check_exact=True,
    )

    # The rank is within each partition: not the global one ...
    assert not np.array_equal(got["rank"].to_numpy(), expected["rank"].to_numpy())
    # ... but on the published (rounded) index it can be recomputed from the
    # gathered result: competition ranking ("1224") within each period.
    recomputed = (
        got.groupby("period")["index"].rank(method="min", ascending=False).astype(np.uint32)
    )
    rounded = fw.score_many(frame, rank_basis="rounded")
    assert np.array_equal(recomputed.to_numpy(), rounded["rank"].to_numpy())


def test_partitions_by_period_give_the_exact_rank(
    client: Client, fw: em.Framework, frame: pd.DataFrame, expected: pd.DataFrame
):
    """With every period inside one partition the per-partition rank is
    the global one, on the exact basis too."""
    ddf = dd.from_pandas(frame, npartitions=PARTITIONS).shuffle(
        on="period", npartitions=len(PERIODS), shuffle_method="tasks"
    )
    got = (
        ddf.map_partitions(lambda part, framework: framework.score_many(part), fw, meta=expected.iloc[:0])
        .compute()
        .sort_index()
    )
    assert got.index.equals(expected.index)
    assert np.array_equal(got["rank"].to_numpy(), expected["rank"].to_numpy())
    assert same_bytes(got["index"], expected["index"])


def test_scorecards_come_back_from_workers(
    client: Client, fw: em.Framework, frame: pd.DataFrame, expected: pd.DataFrame
):
    rows = 3_000
    ids = fw.indicator_ids
    levels = frame[ids].to_numpy()
    assessments = [
        em.Assessment(str(s), int(p), dict(zip(ids, map(int, row))))
        for s, p, row in zip(frame["subject"][:rows], frame["period"][:rows], levels[:rows])
    ]
    chunks = [assessments[i : i + 250] for i in range(0, rows, 250)]

    def score_chunk(chunk, framework):
        cards = framework.score_many(chunk)
        # plain values computed on the worker, besides the Scorecards
        # themselves (which unpickle by scoring their levels again)
        plain = [(c.subject, c.period, c.exact_index, c.index, c.predicate) for c in cards]
        return cards, plain

    futures = client.map(score_chunk, chunks, framework=fw)
    results = client.gather(futures)
    remote = [card for cards, _ in results for card in cards]
    remote_plain = [v for _, plain in results for v in plain]

    local = fw.score_many(assessments)
    assert all(type(c) is em.Scorecard for c in remote)
    assert remote == local
    assert remote_plain == [(c.subject, c.period, c.exact_index, c.index, c.predicate) for c in local]
    # the list path agrees with the DataFrame path, row for row
    head = expected.iloc[:rows]
    assert [c.index for c in local] == head["index"].tolist()
    assert [c.predicate for c in local] == head["predicate"].astype(str).tolist()
    for d in ("D1", "D2", "D3", "D4"):
        assert [c.value(d) for c in local] == head[d].tolist(), d
