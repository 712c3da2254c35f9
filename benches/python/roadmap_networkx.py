#!/usr/bin/env python3
"""The roadmap benchmark's graph, timed with networkx.

Builds the same DAG as ``core/benches/roadmap.rs`` (100,000 initiatives,
about 500,000 dependencies) and times what an analyst would write with
networkx:

- ``build``: the ``DiGraph`` (node attribute ``duration``, edge attributes
  ``kind`` and ``lag``), for information;
- ``phases``: ``list(nx.topological_generations(G))``;
- ``cpm``: a longest-path critical path method: a forward pass over
  ``nx.topological_sort`` for the earliest start/finish (finish-to-start and
  start-to-start, with lag), a backward pass for the latest start/finish,
  total float, and the critical initiatives ordered by earliest start.

Each is run 5 times (``time.perf_counter``); the best and median seconds are
printed as JSON on stdout, with the graph checksums and the results' check
figures, which must equal those printed by the Rust benchmark (on stderr).

Run: ``python benches/python/roadmap_networkx.py`` (networkx pinned in
``benches/python/requirements.txt``).

The generator (mirrors the Rust benchmark exactly)
--------------------------------------------------
xorshift64 with shifts 13, 7, 17 (all arithmetic mod 2^64), seeded with
``0x9E3779B97F4A7C15``; ``below(n)`` is ``next() % n``. For initiative
``i = 0, 1, ..., N-1`` (id ``ini-{i:06}``, so id order is index order), the
draws are taken in this order:

1. ``duration = 1 + below(12)`` months;
2. ``cost = (1 + below(100)) * 10,000,000`` rupiah;
3. ``effectiveness = below(4)``, ``feasibility = below(4)``,
   ``efficiency = below(4)``;
4. ``area = AREAS[below(7)]``;
5. ``k = min(i, 1 + below(9))`` dependencies (1-9, mean 5);
6. for each of the ``k``: ``p = i - 1 - below(min(i, 2000))``, drawn again
   while ``p`` is already a predecessor of ``i`` (distinct predecessors among
   the previous 2,000 initiatives: a DAG); then ``below(10) < 2`` makes it
   start-to-start with ``lag = 1 + below(3)`` months, otherwise it is
   finish-to-start with no lag (and no further draw).

Checksums (all sums mod 2^61): ``edges``, the edge checksum
sum(31*pred + succ) and the attribute checksum
sum_i (i+1)*duration_i + sum_edges (succ+1)*(2*lag + [start-to-start]).
"""

import json
import platform
import statistics
import sys
import time

import networkx as nx

N = 100_000
WINDOW = 2_000
SEED = 0x9E3779B97F4A7C15
MASK = (1 << 64) - 1
MOD = 1 << 61
RUNS = 5
AREAS = ["tata-kelola", "manajemen", "layanan", "aplikasi", "infrastruktur",
         "keamanan", "audit-tik"]
FS, SS = "finish-to-start", "start-to-start"


def generate(n=N):
    """Initiatives as dicts (like the JSON document), and the checksums."""
    s = SEED

    def below(m):
        nonlocal s
        s ^= (s << 13) & MASK
        s ^= s >> 7
        s ^= (s << 17) & MASK
        return s % m

    edges = edge_sum = attr_sum = 0
    out = []
    for i in range(n):
        duration = 1 + below(12)
        cost = (1 + below(100)) * 10_000_000
        priority = {"effectiveness": below(4), "feasibility": below(4),
                    "efficiency": below(4)}
        area = AREAS[below(7)]
        k = min(i, 1 + below(9))
        preds = []
        depends_on = []
        attr_sum = (attr_sum + (i + 1) * duration) % MOD
        for _ in range(k):
            while True:
                p = i - 1 - below(min(i, WINDOW))
                if p not in preds:
                    break
            preds.append(p)
            if below(10) < 2:
                kind, lag = SS, 1 + below(3)
            else:
                kind, lag = FS, 0
            edges += 1
            edge_sum = (edge_sum + 31 * p + i) % MOD
            attr_sum = (attr_sum + (i + 1) * (2 * lag + (kind == SS))) % MOD
            depends_on.append({"id": f"ini-{p:06d}", "kind": kind, "lag_months": lag})
        out.append({"id": f"ini-{i:06d}", "area": area, "owner": f"opd-{i % 40:02d}",
                    "duration_months": duration, "cost": cost, "priority": priority,
                    "depends_on": depends_on})
    return out, {"nodes": n, "edges": edges, "edge_checksum": edge_sum,
                 "attr_checksum": attr_sum}


def build(initiatives):
    G = nx.DiGraph()
    for ini in initiatives:
        G.add_node(ini["id"], duration=ini["duration_months"], cost=ini["cost"])
    for ini in initiatives:
        for dep in ini["depends_on"]:
            G.add_edge(dep["id"], ini["id"], kind=dep["kind"], lag=dep["lag_months"])
    return G


def phases(G):
    return [sorted(gen) for gen in nx.topological_generations(G)]


def cpm(G):
    order = list(nx.topological_sort(G))
    dur = nx.get_node_attributes(G, "duration")
    es, ef = {}, {}
    for n in order:
        start = 0
        for p, _, d in G.in_edges(n, data=True):
            t = ef[p] + d["lag"] if d["kind"] == FS else es[p] + d["lag"]
            if t > start:
                start = t
        es[n] = start
        ef[n] = start + dur[n]
    end = max(ef.values())
    ls, lf = {}, {}
    for n in reversed(order):
        finish = end
        for _, s, d in G.out_edges(n, data=True):
            t = ls[s] - d["lag"] if d["kind"] == FS else ls[s] - d["lag"] + dur[n]
            if t < finish:
                finish = t
        lf[n] = finish
        ls[n] = finish - dur[n]
    total_float = {n: ls[n] - es[n] for n in order}
    critical = sorted((n for n in order if total_float[n] <= 0), key=lambda n: (es[n], n))
    return es, ef, ls, lf, total_float, critical


def timed(f, *args):
    times, result = [], None
    for _ in range(RUNS):
        result = None
        t0 = time.perf_counter()
        result = f(*args)
        times.append(time.perf_counter() - t0)
    return result, {"best_s": min(times), "median_s": statistics.median(times)}


def main():
    initiatives, graph_check = generate()
    G, t_build = timed(build, initiatives)
    gens, t_phases = timed(phases, G)
    (es, ef, _ls, _lf, total_float, critical), t_cpm = timed(cpm, G)
    check = {
        **graph_check,
        "phases": len(gens),
        "phase_sum": sum((g + 1) * len(ids) for g, ids in enumerate(gens)),
        "project_months": max(ef.values()),
        "es_sum": sum(es.values()),
        "float_sum": sum(total_float.values()),
        "critical": len(critical),
    }
    print(json.dumps({
        "python": platform.python_version(),
        "networkx": nx.__version__,
        "runs": RUNS,
        "check": check,
        "build": t_build,
        "phases": t_phases,
        "cpm": t_cpm,
        "phases+cpm_median_s": t_phases["median_s"] + t_cpm["median_s"],
        "build+phases+cpm_median_s":
            t_build["median_s"] + t_phases["median_s"] + t_cpm["median_s"],
    }, indent=2))


if __name__ == "__main__":
    sys.exit(main())
