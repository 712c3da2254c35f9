"""The national benchmark (``em.Benchmark``, the core's
``egov_masterplan::benchmark``): values checked by hand against
``core/data/spbe-results-2023-2024.csv`` (as core/src/benchmark/tests.rs
does), and every rank, count, percentile, quartile, movement and predicate
count recounted the straightforward pandas way from the same file."""

from __future__ import annotations

import dataclasses
import math
import pickle
import typing
from decimal import Decimal
from fractions import Fraction

import numpy as np
import pandas as pd
import pytest

import egov_masterplan as em
from egov_masterplan import errors
from conftest import REPO

CSV = REPO / "core" / "data" / "spbe-results-2023-2024.csv"
B = em.Benchmark.spbe_published()
KINDS = tuple(v for member in typing.get_args(em.InstitutionKind) for v in typing.get_args(member))
REGIONAL = ("provinsi", "kabupaten", "kota")
LOCAL = ("kabupaten", "kota")
BOLMONG = "Pemerintah Kab. Bolaang Mongondow"


def cents(text: str) -> int:
    """A printed value ("3.52") as whole hundredths, read exactly."""
    return int(Decimal(text) * 100)


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    """The file read by pandas alone: values kept as their printed text and
    as whole hundredths (``*_c``, nullable ints), so no float ever decides a
    tie; provinces '' for central institutions."""
    df = pd.read_csv(CSV, dtype=str, keep_default_na=False)
    for col in ("year", "report_table", "row"):
        df[col] = df[col].astype(int)
    for col in ("d1", "d2", "d3", "d4", "index"):
        df[col + "_c"] = pd.array([cents(t) if t else None for t in df[col]], dtype="Int64")
    return df


# ------------------------------------------------------------ by hand


def test_table_shape():
    # core/data/spbe-results-2023-2024.md: 621 rows in 2023, 615 in 2024.
    assert len(B) == 1236 and B.years == [2023, 2024]
    assert B.framework == em.Framework.builtin("spbe-2020")
    assert B.to_csv() == CSV.read_text(encoding="utf-8")
    assert len(B.rows()) == 1236 and B.rows()[0].institution.startswith("Kementerian Koordinator")
    assert repr(B) == 'Benchmark(rows=1236, years=[2023, 2024], framework="spbe-2020")'


def test_bolaang_mongondow_as_published():
    # The CSV: 2023 Tabel 37 No 3; 2024 Tabel 38 No 3.
    y23 = B.lookup("Kabupaten Bolaang Mongondow", 2023)
    assert (y23.d1, y23.d2, y23.d3, y23.d4, y23.index) == (3.60, 3.20, 2.73, 3.96, 3.52)
    assert (y23.predicate, y23.predicate_id) == ("Sangat Baik", "sangat-baik")
    assert (y23.report_table, y23.row, y23.kind, y23.province) == (37, 3, "kabupaten", "Sulawesi Utara")
    assert y23.institution == BOLMONG
    y24 = B.lookup("pemerintah kab bolaang mongondow", 2024)
    assert (y24.d1, y24.d2, y24.d3, y24.d4, y24.index) == (2.30, 2.20, 1.00, 3.76, 2.73)
    assert (y24.predicate, y24.predicate_id, y24.report_table, y24.row) == ("Baik", "baik", 38, 3)
    # Without its kind, when only one institution bears the name.
    assert B.lookup("Bolaang Mongondow", 2024) == y24
    # A blank cell stays missing (the README's three rows).
    assert B.lookup("Kementerian Pertanian", 2024).d1 is None
    assert B.lookup("Kementerian Pertanian", 2024).province is None


def test_positions_checked_by_hand():
    # Sulawesi Utara 2024 (16 governments), sorted: 2.23 2.34 2.39 2.46 2.46
    # 2.48 2.66 2.73 2.88 2.93 3.01 3.02 3.03 3.31 3.37 3.93: eight above
    # 2.73, seven below; quartiles h = 3.75 → 2.46, h = 7.5 → 2.805,
    # h = 11.25 → 3.02 + 0.25 × 0.01 = 3.0225.
    p = B.position(2024, "Kab. Bolaang Mongondow", province="Sulawesi Utara")
    assert (p.rank, p.count, p.below, p.percentile) == (9, 16, 7, 43.75)
    assert (p.year, p.institution, p.index) == (2024, BOLMONG, 2.73)
    assert p.cohort == "regional governments in Sulawesi Utara"
    assert p.quartiles == em.Quartiles(Fraction("2.46"), Fraction("2.805"), Fraction("3.0225"))
    # 2023 (3.52): first of its province.
    p = B.position(2023, "Kab. Bolaang Mongondow", province="Sulawesi Utara")
    assert (p.rank, p.count, p.below) == (1, 16, 15)
    # Among the 392 kabupaten of 2024.
    p = B.position(2024, "Kab. Bolaang Mongondow", kind="kabupaten")
    assert (p.rank, p.count, p.below, p.cohort) == (232, 392, 157, "kabupaten")
    # Two governments of Sulawesi Utara printed 2.46: they share rank 12.
    p = B.position(2024, "2.46", province="Sulawesi Utara")
    assert (p.rank, p.below, p.institution) == (12, 3, None)


# A self-assessed 3.10 among the 523 regional governments of 2024, however
# it is written.
@pytest.mark.parametrize("subject", ["3.10", " 3.1", 3.1, Decimal("3.10"), Fraction(31, 10),
                                     np.float64(3.1)], ids=repr)
def test_an_index_value_is_placed_as_it_is(subject):
    p = B.position(2024, subject, regional=True)
    assert (p.rank, p.count, p.below, p.institution, p.index) == (243, 523, 279, None, 3.1)
    assert p.cohort == "regional governments"
    assert p.percentile == 279 * 100 / 523


def test_whole_number_subjects():
    # An int is the index it names: 3 is 3.00.
    p = B.position(2024, 3, regional=True)
    assert p.index == 3.0 and p == B.position(2024, "3", regional=True)
    assert B.position(2024, np.int64(3), regional=True) == p


@pytest.mark.parametrize("subject", [True, None, [3.1], b"3.10", object(), 3 + 0j], ids=repr)
def test_a_subject_of_another_type_is_a_type_error(subject):
    with pytest.raises(TypeError, match="subject"):
        B.position(2024, subject)


@pytest.mark.parametrize("subject", ["3,10", "3.1.0", -1, -3.1, float("nan"), float("inf"),
                                     Fraction(1, 3), Decimal("NaN"), "3.1234567"], ids=repr)
def test_an_unreadable_index_is_an_invalid_field(subject):
    with pytest.raises(errors.InvalidFieldError) as info:
        B.position(2024, subject)
    assert (info.value.what, info.value.field) == ("position", "index")


def test_cohort_arguments():
    # A province is its regional governments; `kind` narrows any cohort.
    assert B.position(2024, 3, kind="kota", province="Sulawesi Utara").cohort == "kota in Sulawesi Utara"
    assert B.position(2024, 3, kind="kota", regional=True).count == 93
    assert B.position(2024, 3).count == 615 and B.position(2024, 3).cohort == "all institutions"
    with pytest.raises(errors.InvalidOptionError) as info:
        B.position(2024, 3, kind="desa")
    assert (info.value.option, info.value.value, info.value.allowed) == ("kind", "desa", list(KINDS))
    with pytest.raises(TypeError):
        B.position(2024, 3, kind=5)  # type: ignore[arg-type]


def test_kabupaten_and_kota_of_a_province():
    # The 15 kabupaten and kota of Sulawesi Utara in 2024 (its 16 regional
    # governments less the province's 3.01): Manado 3.93, Minahasa Utara
    # 3.37, Bitung 3.31, Tomohon 3.03, Minahasa Tenggara 3.02, Kotamobagu
    # 2.93 and Bolaang Mongondow Timur 2.88 are above Bolaang Mongondow's 2.73.
    p = B.position(2024, "Kab. Bolaang Mongondow", province="Sulawesi Utara", local=True)
    assert (p.rank, p.count, p.below, p.cohort) == (8, 15, 7, "regencies and cities in Sulawesi Utara")
    # Nationally: the 523 regional governments of 2024 less the 38 provinces.
    assert B.position(2024, "3.10", local=True).count == 485
    assert B.distribution(2024, local=True).count == 485
    assert all(m.kind in LOCAL for m in B.movers(2023, 2024, local=True))


def test_movers_checked_by_hand():
    # core tests: 585 in both years; Banyuasin +1.66 first, Bolaang
    # Mongondow −0.79 last (D1 3.60 → 2.30, D2 3.20 → 2.20, D3 2.73 → 1.00,
    # D4 3.96 → 3.76); 238 changed predicate.
    moves = B.movers(2023, 2024)
    assert len(moves) == 585
    assert (moves[0].institution, moves[0].change) == ("Pemerintah Kab. Banyuasin", 1.66)
    last = moves[-1]
    assert (last.institution, last.index_from, last.index_to, last.change) == (BOLMONG, 3.52, 2.73, -0.79)
    assert last.domain_changes == (-1.30, -1.00, -1.73, -0.20)
    assert (last.predicate_from, last.predicate_to) == ("sangat-baik", "baik")
    assert sum(m.predicate_from != m.predicate_to for m in moves) == 238
    sulut = B.movers(2023, 2024, province="Sulawesi Utara")
    assert len(sulut) == 16 and sulut[-1] == last
    assert (sulut[0].institution, sulut[0].change) == ("Pemerintah Kota Manado", 0.98)
    # "KotaMobagu" (2023) and "Kotamobagu" (2024) are one city.
    assert any(m.institution == "Pemerintah Kota Kotamobagu" for m in sulut)
    assert B.movers(2024, 2023, kind="kota") and B.movers(2023, 2031) == []


def test_distribution_checked_by_hand():
    # core tests: 523 regional governments in 2024: Memuaskan 29, Sangat Baik
    # 138, Baik 215, Cukup 123, Kurang 18; index quartiles 2.555, 3.04, 3.66.
    d = B.distribution(2024, regional=True)
    assert (d.year, d.cohort, d.count) == (2024, "regional governments", 523)
    assert [(p.id, p.label, p.count) for p in d.predicates] == [
        ("memuaskan", "Memuaskan", 29), ("sangat-baik", "Sangat Baik", 138), ("baik", "Baik", 215),
        ("cukup", "Cukup", 123), ("kurang", "Kurang", 18)]
    assert d.index == em.Quartiles(Fraction("2.555"), Fraction("3.04"), Fraction("3.66"))
    assert len(d.domains) == 4 and all(q is not None for q in d.domains)


def test_peers_checked_by_hand():
    # core tests: the eleven kabupaten of Sulawesi Utara in 2024; Bolaang
    # Mongondow fourth (3.37, 3.02, 2.88 above it); the two at 2.46 share
    # rank 7, the next is 9th; nationally three kabupaten at exactly 2.73,
    # then Gunung Mas 2.74 before Parigi Moutong 2.72 (by name).
    p = B.peers("Bolaang Mongondow", 2024)
    assert (p.year, p.institution, p.kind, p.province) == (2024, BOLMONG, "kabupaten", "Sulawesi Utara")
    assert len(p.table) == 11 and [r.subject for r in p.table].count(True) == 1
    me = p.table[3]
    assert (me.institution, me.rank, me.index, me.subject, me.predicate_id) == (BOLMONG, 4, 2.73, True, "baik")
    assert [r.rank for r in p.table[6:9]] == [7, 7, 9]
    assert [(r.institution[len("Pemerintah Kab. "):], r.index) for r in p.nearest] == [
        ("Barito Utara", 2.73), ("Halmahera Utara", 2.73), ("Mempawah", 2.73),
        ("Gunung Mas", 2.74), ("Parigi Moutong", 2.72)]
    assert all(r.rank == 232 for r in p.nearest[:3])  # as position() among kabupaten
    assert len(B.peers("Bolaang Mongondow", 2024, 2).nearest) == 2
    assert B.peers("Bolaang Mongondow", 2024, nearest=0).nearest == ()
    with pytest.raises(errors.InvalidFieldError):
        B.peers("Bolaang Mongondow", 2024, -1)


# ------------------------------------------------------------ errors


def test_an_unknown_name_lists_the_closest():
    with pytest.raises(em.errors.UnknownInstitutionError) as info:
        B.lookup("Kab. Bolang Mongondow", 2024)
    e = info.value
    assert isinstance(e, errors.BenchmarkError) and isinstance(e, em.EgovError)
    assert (e.institution, e.year, e.kind) == ("Kab. Bolang Mongondow", 2024, "unknown_institution")
    assert e.candidates[0] == BOLMONG and len(e.candidates) == 5
    assert str(e).startswith("2024: no institution named `Kab. Bolang Mongondow`; closest: " + BOLMONG)
    # The same error from every question that takes a name.
    with pytest.raises(errors.UnknownInstitutionError):
        B.position(2024, "Kab. Bolang Mongondow")
    with pytest.raises(errors.UnknownInstitutionError):
        B.peers("Kab. Bolang Mongondow", 2024)
    with pytest.raises(errors.UnknownInstitutionError) as info:
        B.lookup("Kab. Bolaang Mongondow", 2022)
    assert info.value.year == 2022


def test_an_ambiguous_name_lists_every_match():
    # "Bandung" is a kabupaten and a kota of Jawa Barat.
    with pytest.raises(errors.UnknownInstitutionError) as info:
        B.lookup("Bandung", 2024)
    assert info.value.candidates == ["Pemerintah Kab. Bandung (Jawa Barat)",
                                     "Pemerintah Kota Bandung (Jawa Barat)"]


def test_an_empty_cohort():
    with pytest.raises(errors.EmptyCohortError) as info:
        B.position(2024, 3, province="Atlantis")
    e = info.value
    assert isinstance(e, errors.BenchmarkError)
    assert (e.year, e.cohort, e.kind) == (2024, "regional governments in Atlantis", "empty_cohort")
    with pytest.raises(errors.EmptyCohortError) as info:
        B.distribution(2024, kind="kementerian", province="Aceh")
    assert info.value.cohort == "kementerian in Aceh"
    with pytest.raises(errors.EmptyCohortError):
        B.position(2031, 3)


def test_years_out_of_range_are_invalid_fields():
    for call in (lambda: B.lookup("Bandung", 10**20), lambda: B.movers(2023, -(10**20)),
                 lambda: B.distribution(2**31)):
        with pytest.raises(errors.InvalidFieldError):
            call()
    with pytest.raises(TypeError):
        B.lookup("Kota Bandung", "2024")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        B.distribution(2024.0)  # type: ignore[arg-type]


# ------------------------------------------------------------ CSV and pickles


def test_from_csv_reads_a_users_table():
    text = CSV.read_text(encoding="utf-8")
    header, *lines = text.splitlines(keepends=True)
    sulut = header + "".join(line for line in lines if ",Sulawesi Utara," in line)
    b = em.Benchmark.from_csv(sulut)
    assert len(b) == 32 and b.to_csv() == sulut and b != B
    # Its whole table is the province: the same position, another cohort name.
    in_province = B.position(2024, "Kab. Bolaang Mongondow", province="Sulawesi Utara")
    assert b.position(2024, "Kab. Bolaang Mongondow") == dataclasses.replace(
        in_province, cohort="all institutions")
    assert em.Benchmark.from_csv(text, em.Framework.builtin("spbe-2020")) == B
    with pytest.raises(errors.CsvError) as info:
        em.Benchmark.from_csv(header + "2024,1,1,X,desa,,1.00,1.00,1.00,1.00,1.00,Kurang\n")
    assert (info.value.row, info.value.column) == (2, "kind")
    with pytest.raises(errors.CsvError) as info:
        em.Benchmark.from_csv(header + "2024,1,1,X,kota,Aceh,1.00,1.00,1.00,1.00,1.00,Buruk\n")
    assert info.value.column == "predicate"


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_pickles(protocol):
    # The built-in table pickles as the call that builds it; another by its CSV.
    data = pickle.dumps(B, protocol=protocol)
    assert len(data) < 200 and pickle.loads(data) == B
    text = CSV.read_text(encoding="utf-8")
    small = em.Benchmark.from_csv("\n".join(text.splitlines()[:40]) + "\n")
    back = pickle.loads(pickle.dumps(small, protocol=protocol))
    assert back == small and back.to_csv() == small.to_csv() and back != B


# ------------------------------------------------------------ pandas


def test_to_pandas_is_the_file(table):
    df = B.to_pandas()
    assert list(df.columns) == ["year", "report_table", "row", "institution", "kind", "province",
                                "d1", "d2", "d3", "d4", "index", "predicate"]
    assert len(df) == 1236
    for col in ("year", "report_table", "row"):
        assert df[col].dtype == np.int64 and df[col].tolist() == table[col].tolist()
    assert df["institution"].tolist() == table["institution"].tolist()
    assert df["province"].fillna("").tolist() == table["province"].tolist()
    assert list(df["kind"].cat.categories) == list(KINDS) and df["kind"].tolist() == table["kind"].tolist()
    for col in ("d1", "d2", "d3", "d4", "index"):
        assert df[col].dtype == np.float64
        # NaN exactly where the cell is blank; elsewhere the float its text reads as.
        assert df[col].isna().tolist() == (table[col] == "").tolist()
        assert df[col].dropna().tolist() == [float(t) for t in table[col] if t]
    assert int(df[["d1", "d2", "d3", "d4"]].isna().any(axis=1).sum()) == 3
    # Predicates ordered by the framework's bands, lowest first.
    assert df["predicate"].cat.ordered
    assert list(df["predicate"].cat.categories) == ["Kurang", "Cukup", "Baik", "Sangat Baik", "Memuaskan"]
    assert df["predicate"].astype(str).tolist() == table["predicate"].tolist()
    assert int((df["predicate"] >= "Sangat Baik").sum()) == int(
        table["predicate"].isin(["Sangat Baik", "Memuaskan"]).sum())


def _cohorts(year_rows: pd.DataFrame, row) -> list:
    """The four cohorts of an institution: (keyword arguments, members)."""
    out = [({}, year_rows),
           ({"kind": row.kind}, year_rows[year_rows["kind"] == row.kind]),
           ({"regional": True}, year_rows[year_rows["kind"].isin(REGIONAL)])]
    if row.province:
        out.append(({"province": row.province}, year_rows[year_rows["province"] == row.province]))
    if row.kind in LOCAL:
        local = year_rows[year_rows["kind"].isin(LOCAL)]
        out.append(({"local": True}, local))
        out.append(({"province": row.province, "local": True}, local[local["province"] == row.province]))
    return out


def test_every_position_of_2024_recounted_with_pandas(table):
    # For each of the 615 institutions of 2024, in all / its kind / the
    # regional governments / its province (regional rows): rank = members
    # with a higher index + 1, below = members with a lower one, percentile
    # = the share below × 100, all on whole hundredths.
    y24 = table[table["year"] == 2024]
    assert len(y24) == 615
    checked = 0
    for row in y24.itertuples(index=False):
        v = row.index_c
        for kwargs, members in _cohorts(y24, row):
            s = members["index_c"].dropna()
            p = B.position(2024, row.institution, **kwargs)
            assert p.institution == row.institution and round(p.index * 100) == v
            expected = (int((s > v).sum()) + 1, len(s), int((s < v).sum()))
            assert (p.rank, p.count, p.below) == expected, (row.institution, kwargs)
            # The same float as 100 × below / count; pandas' mean × 100 rounds
            # in another order, so it agrees to the last bits only.
            assert p.percentile == expected[2] * 100 / expected[1]
            assert math.isclose(p.percentile, float((s < v).mean() * 100), rel_tol=1e-12)
            checked += 1
    # Plus each of the 392 kabupaten and 93 kota among kabupaten/kota,
    # nationally and in its province.
    assert checked == 615 * 3 + 523 + (392 + 93) * 2


def test_quartiles_and_predicate_counts_recounted_with_pandas(table):
    # Every cohort of both years: quartiles against Series.quantile (linear,
    # pandas' default) on the floats, predicate counts against value_counts.
    n = 0
    for year in (2023, 2024):
        rows = table[table["year"] == year]
        cohorts = [({}, rows), ({"regional": True}, rows[rows["kind"].isin(REGIONAL)])]
        cohorts += [({"kind": k}, rows[rows["kind"] == k]) for k in KINDS]
        cohorts += [({"province": p}, rows[rows["province"] == p])
                    for p in sorted(set(rows["province"]) - {""})]
        for kwargs, members in cohorts:
            d = B.distribution(year, **kwargs)
            p = B.position(year, 3, **kwargs)
            assert d.count == len(members) and p.count == members["index_c"].notna().sum()
            expected = members["index"].map(float).quantile([0.25, 0.5, 0.75]).tolist()
            for q in (p.quartiles, d.index):
                assert all(isinstance(x, Fraction) for x in (q.q1, q.median, q.q3))
                got = [float(q.q1), float(q.median), float(q.q3)]
                assert all(abs(a - b) < 1e-9 for a, b in zip(got, expected)), (year, kwargs)
            for k, col in enumerate(("d1", "d2", "d3", "d4")):
                values = members[col][members[col] != ""].map(float)
                q = d.domains[k]
                assert q is not None
                got = [float(q.q1), float(q.median), float(q.q3)]
                assert all(abs(a - b) < 1e-9 for a, b in zip(got, values.quantile([0.25, 0.5, 0.75])))
            counts = members["predicate"].value_counts().to_dict()
            assert {c.label: c.count for c in d.predicates if c.count} == counts, (year, kwargs)
            n += 1
    assert n == 2 * (2 + len(KINDS)) + 38 + 38  # 38 provinces each year


def normalise(name: str) -> str:
    """A name's comparable form, as the core matches names (names.rs):
    lower case, anything but letters and digits as spaces, one space between
    words, "kab"/"kabupaten" and "prov"/"provinsi" as one word each, a
    leading "pemerintah" dropped (so "Pemerintah Kota KotaMobagu" of 2023
    and "Pemerintah Kota Kotamobagu" of 2024 are one city)."""
    words = "".join(c if c.isalnum() else " " for c in name.lower()).split()
    words = [{"kab": "kabupaten", "prov": "provinsi"}.get(w, w) for w in words]
    return " ".join(words[1:] if words[:1] == ["pemerintah"] else words)


@pytest.mark.parametrize("kwargs", [{}, {"regional": True}, *({"kind": k} for k in KINDS),
                                    {"province": "Sulawesi Utara"}, {"province": "Jawa Barat"}],
                         ids=repr)
def test_movers_recounted_with_a_pandas_merge(table, kwargs):
    # Institutions of 2023 and 2024 joined on (normalised name, kind,
    # province); the change in whole hundredths; biggest rise first, ties by
    # the 2024 name.
    keyed = table.assign(key=table["institution"].map(normalise))
    a, b = (keyed[keyed["year"] == y] for y in (2023, 2024))
    for side in (a, b):
        assert not side.duplicated(["key", "kind", "province"]).any()
    if "kind" in kwargs:
        b = b[b["kind"] == kwargs["kind"]]
    if kwargs.get("regional") or "province" in kwargs:
        b = b[b["kind"].isin(REGIONAL)]
    if "province" in kwargs:
        b = b[b["province"] == kwargs["province"]]
    m = a.merge(b, on=["key", "kind", "province"], suffixes=("_a", "_b"))
    m = m.assign(change=m["index_c_b"] - m["index_c_a"])
    m = m.sort_values(["change", "institution_b"], ascending=[False, True])
    moves = B.movers(2023, 2024, **kwargs)
    assert [(x.institution, round(x.change * 100)) for x in moves] == list(
        zip(m["institution_b"], m["change"].astype(int)))
    for x, row in zip(moves, m.itertuples(index=False)):
        for k, got in enumerate(x.domain_changes, 1):
            before, after = getattr(row, f"d{k}_c_a"), getattr(row, f"d{k}_c_b")
            want = None if pd.isna(before) or pd.isna(after) else int(after - before)
            assert (None if got is None else round(got * 100)) == want
        assert (x.predicate_from != x.predicate_to) == (row.predicate_a != row.predicate_b)
    if not kwargs:
        assert len(m) == 585 and int((m["predicate_a"] != m["predicate_b"]).sum()) == 238
