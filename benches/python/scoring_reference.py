"""The exact integer reference of ``scoring_pandas.py``: every rounded
value, predicate and rank recomputed from integer weight units, and how
egov's and pandas' outputs differ from it (ties at .xx5, band boundaries,
float noise in ranks)."""

import math

import numpy as np
import pandas as pd


def units_of(fw):
    """Integer weight units per node (least common denominator) and the
    leaves of every group, for the exact reference."""
    nodes = fw.nodes()
    lcd = math.lcm(*(n.weight.denominator for n in nodes))
    units = {n.id: int(n.weight * lcd) for n in nodes}
    leaves, domain, aspect = {}, None, None
    for n in nodes:
        if n.tier == "domain":
            domain = n.id
            leaves[domain] = []
        elif n.tier == "aspect":
            aspect = n.id
            leaves[aspect] = []
        else:
            leaves[domain].append(n.id)
            leaves[aspect].append(n.id)
    return units, leaves


def exact_reference(fw, df, ids):
    """Per group (and the index): integer sums S and weight U, so the exact
    value is S / U; the half-up rounded value, and whether it is an exact
    tie (S / U = k + 0.005 for 2 decimals)."""
    units, leaves = units_of(fw)
    x = df[ids].to_numpy()
    u = np.array([units[i] for i in ids], dtype=np.int64)
    groups = {"index": ids, **leaves}
    ref = {}
    for g, members in groups.items():
        cols = [ids.index(m) for m in members]
        s = x[:, cols] @ u[cols]
        w = int(u[cols].sum())
        rounded = ((200 * s + w) // (2 * w)) / 100
        tie = (200 * s) % (2 * w) == w
        ref[g] = (s, w, rounded, tie)
    return ref


def compare(fw, df, ids, ours, theirs):
    """Mismatch counts per column, each split by its cause."""
    keys = pd.MultiIndex.from_arrays([ours["subject"], ours["period"]])
    theirs = theirs.set_index(["subject", "period"]).reindex(keys)
    ref = exact_reference(fw, df, ids)
    report = {}
    columns = ["index"] + [n for n in ours.columns
                           if n not in ("subject", "period", "index", "predicate", "rank")]
    egov_vs_ref = 0
    for c in columns:
        s, w, rounded, tie = ref[c]
        a, b = ours[c].to_numpy(), theirs[c].to_numpy()
        egov_vs_ref += int((a != rounded).sum())
        bad = a != b
        report[c] = {"mismatches": int(bad.sum()), "at_exact_ties": int((bad & tie).sum()),
                     "exact_ties": int(tie.sum()),
                     "pandas_low_at_tie": int((bad & tie & (b < a)).sum())}
    # predicate: exact band boundaries (S / U equal to a band's lower bound)
    s, w, _, _ = ref["index"]
    boundary = np.zeros(len(s), dtype=bool)
    for p in fw.predicates():
        boundary |= s * p.min.denominator == p.min.numerator * w
    a = ours["predicate"].astype(str).to_numpy()
    b = theirs["predicate"].astype(str).to_numpy()
    bad = a != b
    report["predicate"] = {"mismatches": int(bad.sum()),
                           "at_exact_boundaries": int((bad & boundary).sum()),
                           "exact_boundaries": int(boundary.sum())}
    # rank: exact competition rank from S / U (U is the same for every row)
    exact_rank = (pd.Series(s).groupby(ours["period"].to_numpy())
                  .rank(method="min", ascending=False).astype("int64").to_numpy())
    egov_vs_ref += int((ours["rank"].to_numpy() != exact_rank).sum())
    diff = np.abs(ours["rank"].to_numpy().astype(np.int64) - theirs["rank"].to_numpy())
    report["rank"] = {"mismatches": int((diff != 0).sum()), "max_difference": int(diff.max()),
                      "pandas_wrong": int((theirs["rank"].to_numpy() != exact_rank).sum())}
    return report, egov_vs_ref



def check(fw, df, ids, ours, theirs):
    """Prints how the outputs differ; returns egov's mismatches against the
    exact reference (0 expected)."""
    report, egov_vs_ref = compare(fw, df, ids, ours, theirs)
    print()
    print(f"egov against the exact integer reference: {egov_vs_ref} mismatches "
          "(every rounded value and rank)")
    print("pandas against egov (rows that differ; causes from the exact reference):")
    for c, r in report.items():
        if c == "predicate":
            print(f"  {c:<9} {r['mismatches']:>7}  ({r['at_exact_boundaries']} at exact band "
                  f"boundaries; {r['exact_boundaries']} rows lie on a boundary)")
        elif c == "rank":
            print(f"  {c:<9} {r['mismatches']:>7}  (pandas rank differs from the exact "
                  f"rank on {r['pandas_wrong']} rows, by up to {r['max_difference']}: float "
                  "noise splits rows with equal exact indices)")
        else:
            print(f"  {c:<9} {r['mismatches']:>7}  ({r['at_exact_ties']} at exact .xx5 ties, "
                  f"pandas lower on {r['pandas_low_at_tie']}; {r['exact_ties']} ties in all)")

    return egov_vs_ref
