"""tests/vectors/architecture.json through the Python API, with the
expectations of core/tests/architecture_vectors.rs. Expected values are the
vector's hand-computed ones (`working` in each case shows how)."""

from __future__ import annotations

import json

import pytest

import egov_masterplan as em
from conftest import assert_error, example_text, load_vector

V = load_vector("architecture.json")
EXP = V["analyses"]["expected"]


def model(doc: dict) -> "em.ArchitectureModel":
    return em.ArchitectureModel.from_json(json.dumps(doc))


def test_catalog_shape(catalog):
    # analyses.catalog: 4 agencies, 8 elements, 10 relations in document order.
    doc = V["analyses"]["catalog"]
    assert catalog.id == "vectors-small"
    assert catalog.agency_ids == [a["id"] for a in doc["agencies"]]
    assert catalog.element_ids == [e["id"] for e in doc["elements"]]
    assert catalog.relations == [(r["from"], r["type"], r["to"]) for r in doc["relations"]]
    assert len(catalog.relations) == 10
    assert em.ArchitectureModel.from_json(catalog.to_json()) == catalog


def test_coverage_counts(catalog):
    c = catalog.coverage()
    exp = EXP["coverage"]  # analyses.expected.coverage
    assert isinstance(c, em.Coverage)
    assert c.agencies == exp["agencies"]
    assert c.domains == exp["domains"]
    assert c.counts == exp["counts"]
    for i, agency in enumerate(c.agencies):
        for j, domain in enumerate(c.domains):
            assert c.count(agency, domain) == exp["counts"][i][j]
    assert c.count("nobody", "aplikasi") == 0
    assert c.count("bkpsdm", "nowhere") == 0


@pytest.mark.parametrize("domain", sorted(EXP["coverage"]["gaps"]))
def test_coverage_gaps(catalog, domain):
    # A gap is an agency with no element in the domain (hand: zero cells).
    c = catalog.coverage()
    j = c.domains.index(domain)
    gaps = [a for a, row in zip(c.agencies, c.counts) if row[j] == 0]
    assert gaps == EXP["coverage"]["gaps"][domain]


def test_duplicate_groups(catalog):
    got = [
        {"basis": g.basis, "key": g.key, "elements": g.elements, "agencies": g.agencies}
        for g in catalog.duplicates()
    ]
    assert got == EXP["duplicates"]  # analyses.expected.duplicates
    assert all(isinstance(g, em.DuplicateGroup) for g in catalog.duplicates())


def test_impact_of_one_element(catalog):
    exp = EXP["impact"]  # analyses.expected.impact (failure of `dc`)
    i = catalog.impact_of(exp["of"])
    assert isinstance(i, em.Impact)
    assert i.failed == exp["of"]
    assert [e.id for e in i.elements] == exp["elements"]
    for element_id, path in exp["paths"].items():
        e = next(e for e in i.elements if e.id == element_id)
        assert [list(step) for step in e.path] == path, element_id
    assert i.services == exp["services"]
    assert [{"id": a.id, "via": a.via} for a in i.agencies] == exp["agencies"]


def test_impact_paths_end_at_the_failed_element(catalog):
    """Hand: every explaining path starts from a relation touching `dc`, and
    each element's domain is the one the catalog gives it."""
    doc = V["analyses"]["catalog"]
    domain = {e["id"]: e["domain"] for e in doc["elements"]}
    i = catalog.impact_of("dc")
    for e in i.elements:
        assert e.domain == domain[e.id]
        assert "dc" in (e.path[0][0], e.path[0][2])
        assert e.id in (e.path[-1][0], e.path[-1][2])


def test_impact_of_an_unknown_element(catalog):
    with pytest.raises(em.EgovError) as info:
        catalog.impact_of("ghost")
    assert "ghost" in str(info.value)


def test_unsupported_and_integration_gaps(catalog):
    got = [{"element": u.element, "problem": u.problem} for u in catalog.unsupported()]
    assert got == EXP["unsupported"]  # analyses.expected.unsupported
    assert all(u.description for u in catalog.unsupported())
    assert catalog.integration_gaps() == EXP["integration_gaps"]


# --------------------------------------------------------------------- errors


def test_error_vector_file_is_complete(vectors):
    # architecture_vectors.rs asserts at least 15 error cases.
    assert len(vectors("architecture.json")["errors"]) >= 15


@pytest.mark.parametrize("case", V["errors"], ids=[c["name"] for c in V["errors"]])
def test_every_error_names_the_offender(case):
    with pytest.raises(em.EgovError) as info:
        model(case["catalog"])
    assert_error(info.value, case["error"], case["name"])


def test_a_hosting_cycle_reports_its_full_path():
    case = next(c for c in V["errors"] if c["name"] == "hosted-on cycle of three")
    with pytest.raises(em.errors.HostingCycleError) as info:
        model(case["catalog"])
    # architecture_vectors.rs: host → rack → vm → host.
    assert info.value.cycle == ["host", "rack", "vm", "host"]
    assert isinstance(info.value, em.ArchitectureError)


def test_unknown_agency_fields():
    cases = {c["name"]: c for c in V["errors"]}
    with pytest.raises(em.errors.UnknownAgencyError) as info:
        model(cases["unknown owner"]["catalog"])
    # vector `unknown owner`: element app is owned by dinas-x.
    assert info.value.agency == "dinas-x"
    assert "app" in info.value.referenced_by and "owner" in info.value.referenced_by
    with pytest.raises(em.errors.DuplicateIdError) as info:
        model(cases["duplicate agency id"]["catalog"])
    assert (info.value.what, info.value.id) == ("agency", "setda")


def test_the_base_of_the_error_cases_is_valid():
    # Each error case is the base catalog with one fault; the base itself
    # (the first case without its extra element) must load.
    base = load_vector("architecture.json")["errors"][0]["catalog"]  # a fresh copy
    base["elements"].pop()
    model(base)


# ------------------------------------------------------------ time and diffs


def test_diff_of_a_catalog_with_itself_is_empty(catalog):
    d = catalog.diff(catalog)
    assert isinstance(d, em.ArchitectureDiff)
    assert (d.added, d.removed, d.added_relations, d.removed_relations) == ([], [], [], [])


def test_sample_catalog_over_time():
    """examples/data/bolmong-architecture.json with its roadmap: no figures
    are published for them, so only consistency is checked: the as-is view
    drops exactly the to-be elements, and diffs are symmetric."""
    m = em.ArchitectureModel.from_json(example_text("bolmong-architecture.json"))
    r = em.Roadmap.from_json(example_text("bolmong-roadmap.json"))
    assert m.check_roadmap(r) is None
    doc = json.loads(example_text("bolmong-architecture.json"))
    to_be = sorted(e["id"] for e in doc["elements"]
                   if (e.get("lifecycle") or {}).get("state") == "to-be")
    as_is = m.as_is()
    d = m.diff(as_is)
    assert sorted(d.removed) == to_be and d.added == []
    back = as_is.diff(m)
    assert sorted(back.added) == to_be and back.removed == []
    assert sorted(back.added_relations) == sorted(d.removed_relations)
    # A schedule's year view only ever holds elements of the catalog.
    at = m.at_year(r.schedule(), 2022)
    assert set(at.element_ids) <= set(m.element_ids)
