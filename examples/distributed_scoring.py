"""Score many SPBE assessments on a Dask cluster.

One process scores a large table in well under a second with
``Framework.score_many(DataFrame)``; when the assessments outgrow one
machine, the same call runs on every partition of a Dask DataFrame. The
framework travels to the workers by pickle (a built-in framework pickles as
its id), and so do Assessments and Scorecards if you ship those instead.

The data here is synthetic: each partition is generated on a worker from a
seed, standing in for files read there (``dd.read_parquet`` / ``read_csv``
of a wide table with ``subject``, ``period`` and one column per indicator).

    python examples/distributed_scoring.py                  # LocalCluster, 2 workers
    python examples/distributed_scoring.py --rows 20000
    python examples/distributed_scoring.py --scheduler tcp://10.0.0.5:8786

Workers of a real cluster need ``egov-masterplan``, ``pandas``, ``numpy``
and ``dask[dataframe,distributed]`` installed; the functions below are sent
to them by value.
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import pandas as pd

import egov_masterplan as em

PERIODS = (2022, 2023, 2024)


def make_partition(number: int, *, rows: int, seed: int, indicators: list) -> pd.DataFrame:
    """Rows ``[number * rows, (number + 1) * rows)`` of the synthetic table:
    every subject assessed in each period, levels scattered around a
    maturity of its own."""
    rng = np.random.default_rng([seed, number])
    maturity = rng.integers(1, 6, size=(rows, 1))
    levels = np.clip(maturity + rng.integers(-1, 2, size=(rows, len(indicators))), 1, 5)
    frame = pd.DataFrame(levels.astype(np.int64), columns=indicators)
    k = np.arange(number * rows, (number + 1) * rows)
    frame.insert(0, "period", np.asarray(PERIODS, dtype=np.int64)[k % len(PERIODS)])
    frame.insert(0, "subject", [f"instansi-{i:07d}" for i in k // len(PERIODS)])
    frame.index = pd.RangeIndex(number * rows, (number + 1) * rows)
    return frame


def score_partition(part: pd.DataFrame, framework: em.Framework) -> pd.DataFrame:
    """What each worker runs: the core scores the partition in Rust."""
    return framework.score_many(part)


def with_rank(part: pd.DataFrame, rank_of: pd.Series) -> pd.DataFrame:
    """The partition with the rank looked up by (period, published index)."""
    key = pd.MultiIndex.from_arrays([part["period"], part["index"]])
    return part.assign(rank=rank_of.reindex(key).to_numpy().astype(np.uint32))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scheduler", help="address of a running scheduler (default: start a LocalCluster)")
    parser.add_argument("--rows", type=int, default=200_000, help="assessments to score (default 200000)")
    parser.add_argument("--partitions", type=int, default=8, help="Dask partitions (default 8)")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes (default 2)")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--no-check", action="store_true", help="skip the single-process comparison")
    args = parser.parse_args()

    import dask.dataframe as dd
    from dask.distributed import Client, LocalCluster

    fw = em.Framework.builtin("spbe-2020")
    per_part = -(-args.rows // args.partitions)  # ceiling
    rows = per_part * args.partitions
    make = {"rows": per_part, "seed": args.seed, "indicators": fw.indicator_ids}

    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(
            n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    try:
        print(f"egov-masterplan {em.__version__}, {fw!r}")
        workers = client.scheduler_info()["workers"]
        print(f"cluster: {client.scheduler.address}, {len(workers)} workers")

        # Each partition is made on a worker; nothing big goes through the graph.
        assessments = dd.from_map(make_partition, range(args.partitions), **make)
        meta = fw.score_many(make_partition(0, **{**make, "rows": 3})).iloc[:0]
        start = time.perf_counter()
        scores = assessments.map_partitions(score_partition, fw, meta=meta)
        scores = client.persist(scores)

        # The core ranks within each partition only. The competition rank
        # ("1224") within the period on the published index is 1 + the number
        # of assessments of that period scoring higher: a small histogram.
        counts = scores.groupby(["period", "index"]).size().compute()
        counts = counts.sort_index(ascending=[True, False])
        rank_of = counts.groupby(level="period").cumsum() - counts + 1
        ranked = scores.map_partitions(with_rank, rank_of, meta=meta)

        summary = ranked.groupby("period").agg(
            assessments=("index", "count"), mean=("index", "mean"), min=("index", "min"), max=("index", "max")
        ).compute()
        bands = ranked.assign(predicate=ranked["predicate"].astype(str))
        bands = bands.groupby(["period", "predicate"]).size().compute()
        top = ranked[ranked["rank"] <= 3].compute()
        elapsed = time.perf_counter() - start
        print(f"scored {rows:,} assessments in {args.partitions} partitions in {elapsed:.2f} s\n")

        order = [p.id for p in fw.predicates()]
        table = bands.unstack(fill_value=0).reindex(columns=order, fill_value=0)
        summary = summary.sort_index().join(table)
        with pd.option_context("display.width", 120, "display.precision", 2):
            print("index and predikat per period")
            print(summary.to_string())
            print("\nrank 1–3 per period (published index; ties share a rank)")
            print(
                top.sort_values(["period", "rank", "subject"])[["period", "rank", "subject", "index", "predicate"]]
                .to_string(index=False)
            )

        if not args.no_check:
            local_frame = pd.concat([make_partition(n, **make) for n in range(args.partitions)])
            start = time.perf_counter()
            local = fw.score_many(local_frame, rank_basis="rounded")
            local_s = time.perf_counter() - start
            remote = ranked.compute().sort_index()
            try:
                pd.testing.assert_frame_equal(remote, local, check_exact=True, check_index_type=False)
                same = True
            except AssertionError as e:
                print(e)
                same = False
            print(f"\nsingle process: {local_s:.2f} s; distributed result identical (rank included): {same}")
            if not same:
                raise SystemExit("the distributed scores differ from the single-process ones")
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


if __name__ == "__main__":
    main()
