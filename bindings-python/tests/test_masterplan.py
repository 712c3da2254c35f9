"""``Masterplan``: the sample (examples/data/masterplan.json) with the values
core/tests/masterplan.rs checks by hand, a small plan whose parts contradict
each other in every way the cross-checks know (the same manifest, catalog,
roadmap and files as the Rust test), and the errors of parts that do not
read."""

from __future__ import annotations

import dataclasses
import json
import pathlib
import pickle
from fractions import Fraction

import pytest

import egov_masterplan as em
from conftest import EXAMPLES


@pytest.fixture(scope="module")
def sample() -> em.Masterplan:
    return em.Masterplan.load(EXAMPLES)


# ------------------------------------------------------------------- sample


def test_the_sample_loads_from_its_directory_or_its_manifest(sample):
    for path in (str(EXAMPLES), EXAMPLES / "masterplan.json", str(EXAMPLES / "masterplan.json")):
        assert em.Masterplan.load(path).targets_json() == sample.targets_json()
    assert sample.government_id == "pemkab-bolmong"
    assert sample.government_name() == "Pemerintah Kabupaten Bolaang Mongondow"
    assert sample.government_name("en") == "Bolaang Mongondow Regency Government"
    assert sample.period == (2019, 2024)
    assert sample.sample is True
    assert repr(sample) == 'Masterplan("pemkab-bolmong", period=(2019, 2024), targets=4, sample=True)'


def test_the_sample_parts_are_the_package_objects(sample):
    assert sample.framework == em.Framework.builtin("spbe-2020")
    baseline = em.Assessment.from_json((EXAMPLES / "bolmong-baseline-2019.json").read_text(encoding="utf-8"))
    assert sample.baseline == baseline
    assert sample.assessments == em.Assessment.from_csv((EXAMPLES / "bolmong-assessments.csv").read_bytes())
    roadmap = em.Roadmap.from_json((EXAMPLES / "bolmong-roadmap.json").read_text(encoding="utf-8"))
    assert sample.roadmap == roadmap
    assert sample.schedule == roadmap.schedule()
    assert sample.projection == roadmap.schedule().project(sample.framework, baseline)
    catalog = em.ArchitectureModel.from_json((EXAMPLES / "bolmong-architecture.json").read_text(encoding="utf-8"))
    assert sample.architecture == catalog
    # The baseline handed out is a copy: changing it leaves the plan alone.
    b = sample.baseline
    b.set("I1", 5)
    assert sample.baseline == baseline


def test_the_sample_reaches_two_targets_of_four(sample):
    outcomes = sample.targets()
    assert all(isinstance(t, em.TargetOutcome) for t in outcomes)
    assert [(t.year, t.met, t.reached_text, t.short_by) for t in outcomes] == [
        # 2021: index 817/400 = 2.0425 ≥ 2.00.
        (2021, True, "2.04", Fraction(0)),
        # 2022: 559/200 = 2.795, short of 3.00 by 0.205 = 41/200.
        (2022, False, "2.80", Fraction(41, 200)),
        # 2024: 3429/1000 = 3.429, short of Sangat Baik (3.50) by 0.071.
        (2024, False, "3.43", Fraction(71, 1000)),
        # 2024, D3: the mean of I21–I31 is 32/11 = 2.909…, short of 3 by 1/11.
        (2024, False, "2.91", Fraction(1, 11)),
    ]
    assert outcomes[0].reached == Fraction(817, 400) and outcomes[0].steps is None
    assert [(t.measure, t.group, t.predicate) for t in outcomes] == [
        ("index", None, None), ("index", None, None), ("predicate", None, "sangat-baik"), ("group", "D3", None)]
    assert (outcomes[2].required, outcomes[2].required_text) == (Fraction(7, 2), "3.50")
    assert (outcomes[1].source, outcomes[1].source_en) == (
        "RPJMD 2017–2022 (ilustratif)", "RPJMD 2017–2022 (illustrative)")

    def steps(k):
        return [f"{s.indicator}:{s.from_level}→{s.to_level}" for s in outcomes[k].steps]

    # An A8 step (I42–I47, 3 % of the index each: +0.03) is the heaviest:
    # 0.205 needs 7, the lowest levels first (I44 at 2).
    assert steps(1) == ["I42:3→4", "I43:3→4", "I44:2→3", "I44:3→4", "I45:3→4", "I46:3→4", "I47:3→4"]
    # 559/200 + 7 × 3/100 = 601/200 = 3.005.
    last = outcomes[1].steps[-1]
    assert (last.gain, last.value_after, last.value_after_text) == (Fraction(3, 100), Fraction(601, 200), "3.01")
    # 0.071 needs 3 A8 steps (0.09; 2 give 0.06).
    assert len(outcomes[2].steps) == 3
    # One step of any D3 indicator adds 1/11: the lowest level first.
    assert steps(3) == ["I26:2→3"]
    assert outcomes[3].steps[0].value_after == Fraction(3)
    assert outcomes[1].would_cover == (
        "audit-aplikasi-keamanan", "integrasi-layanan-administrasi", "integrasi-layanan-publik",
        "reviu-berkala", "stretch-command-center")
    assert outcomes[1].covered_by_them is True
    # The unscheduled command centre raises I28 (D3) to 4: D3 reaches 3.
    assert outcomes[3].would_cover == ("stretch-command-center",) and outcomes[3].covered_by_them is True
    # +0.065 in 2024, short of the 0.071 Sangat Baik needs.
    assert outcomes[2].covered_by_them is False


def test_the_sample_parts_agree_but_for_one_planned_element(sample):
    # sec-tte is to-be in the catalog, and no initiative creates it.
    assert sample.check() == [em.Finding(
        kind="to-be-not-created", severity="warning", ids=("sec-tte",),
        message="Elemen rencana (to-be) `sec-tte` tidak dibangun oleh inisiatif mana pun dalam peta rencana.",
        message_en="The planned (to-be) element `sec-tte` is created by no initiative of the roadmap.")]


def test_findings_and_outcomes_as_json(sample):
    targets = json.loads(sample.targets_json())
    assert targets[1]["short_by"] == "41/200"
    assert targets[1]["steps"][6]["value_after"] == "601/200"
    assert targets[0]["steps"] is None
    findings = json.loads(sample.check_json())
    assert findings[0]["message"]["en"] == (
        "The planned (to-be) element `sec-tte` is created by no initiative of the roadmap.")


def test_the_records_are_the_json(sample):
    """Every field of the records is the JSON's (exact values as fraction
    text there, bilingual text as ``{"id", "en"}``)."""
    def as_json(value):
        if isinstance(value, Fraction):
            return str(value)
        if isinstance(value, tuple):
            return [as_json(v) for v in value]
        return value

    renamed = {"from_level": "from", "to_level": "to"}
    for record, doc in zip(sample.targets(), json.loads(sample.targets_json()), strict=True):
        got = {k: as_json(v) for k, v in dataclasses.asdict(record).items() if k not in ("steps", "source_en")}
        got["source"] = {"id": record.source, "en": record.source_en}
        got["steps"] = None if record.steps is None else [
            {renamed.get(k, k): as_json(v) for k, v in dataclasses.asdict(s).items()} for s in record.steps]
        assert got == doc
    for f, doc in zip(sample.check(), json.loads(sample.check_json()), strict=True):
        assert {"kind": f.kind, "severity": f.severity, "ids": list(f.ids),
                "message": {"id": f.message, "en": f.message_en}} == doc


def test_records_pickle(sample):
    for r in [*sample.targets(), *sample.check(), sample.targets()[1].steps[0]]:
        assert pickle.loads(pickle.dumps(r)) == r
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(r, dataclasses.fields(r)[0].name, None)


# --------------------------------------------------- parts that contradict

CATALOG = """{"schema_version": 1,
  "agencies": [{"id": "diskominfo", "name": "Dinas Kominfo", "kind": "dinas"},
               {"id": "bappeda", "name": "Bappeda", "kind": "badan"}],
  "elements": [
    {"id": "app-lama", "name": "Aplikasi lama", "domain": "aplikasi", "owner": "diskominfo"},
    {"id": "app-baru", "name": "Aplikasi baru", "domain": "aplikasi", "owner": "diskominfo",
     "lifecycle": {"state": "to-be", "year": 2025}},
    {"id": "app-rencana", "name": "Aplikasi rencana", "domain": "aplikasi", "owner": "bappeda",
     "lifecycle": {"state": "to-be"}}]}"""

ROADMAP = """{"schema_version": 1, "id": "r", "name": "R",
  "horizon": {"start": "2024-01-01", "end": "2025-12-31"},
  "initiatives": [
    {"id": "a", "name": "A", "area": "aplikasi", "owner": "dinkes", "duration_months": 3,
     "raises": {"I1": 2}, "creates": ["app-lama", "app-hantu"]},
    {"id": "b", "name": "B", "area": "aplikasi", "owner": "diskominfo", "duration_months": 3,
     "retires": ["app-baru"]}]}"""

MANIFEST = """{"schema_version": 1,
  "government": {"id": "pemkab-x", "name": "Kabupaten X"},
  "period": {"start": 2024, "end": 2026}, "framework": "spbe-2020",
  "baseline": "baseline.json", "assessments": ["opd.csv"],
  "architecture": "catalog.json", "roadmap": "roadmap.json",
  "targets": [{"year": 2027, "index": "2.00"}, {"year": 2025, "domain": "D9", "index": "2"},
              {"year": 2025, "predicate": "istimewa"}],
  "policies": [{"indicator": "I99", "title": "Perbup 1/2020"}]}"""


def files(assessments: str) -> dict:
    levels = {f"I{i}": 3 if i == 1 else 2 for i in range(1, 48)}
    baseline = json.dumps({"subject": "pemkab-x", "period": 2024, "levels": levels})
    # Text and bytes alike: text is encoded as UTF-8.
    return {"baseline.json": baseline.encode(), "catalog.json": CATALOG,
            "roadmap.json": ROADMAP.encode(), "opd.csv": assessments}


def test_every_cross_check_names_both_sides():
    opd = "instansi;tahun;indikator;tingkat\nbappeda;2024;I1;3\ndinsos;2024;I1;2\npemkab-x;2023;I1;2\n"
    mp = em.Masterplan.from_json(MANIFEST, files(opd))
    findings = mp.check()
    assert [(f.kind, f.severity, f.ids) for f in findings] == [
        ("unknown-owner", "error", ("a", "dinkes")),
        ("unknown-subject", "warning", ("dinsos",)),
        ("lowering-raise", "warning", ("a", "I1")),
        ("lifecycle-conflict", "error", ("a", "app-lama")),
        ("unknown-element", "error", ("a", "app-hantu")),
        ("lifecycle-conflict", "error", ("b", "app-baru")),
        ("to-be-not-created", "warning", ("app-baru",)),
        ("to-be-not-created", "warning", ("app-rencana",)),
        ("target-outside-period", "error", ("2027",)),
        ("unknown-target", "error", ("2025", "D9")),
        ("unknown-target", "error", ("2025", "istimewa")),
        ("unknown-policy-indicator", "error", ("I99",)),
        ("horizon-short", "warning", ("r",)),
    ]
    assert (findings[0].message, findings[0].message_en) == (
        "Inisiatif `a` dimiliki `dinkes`, yang bukan perangkat daerah dalam katalog arsitektur.",
        "Initiative `a` is owned by `dinkes`, which is not an agency of the architecture catalog.")
    assert findings[12].message_en == (
        "The horizon of roadmap `r` (2024-01-01 to 2025-12-31) does not cover the whole plan period 2024–2026.")
    assert [f["kind"] for f in json.loads(mp.check_json())] == [f.kind for f in findings]
    # A target the framework cannot measure is an error of targets().
    for call in (mp.targets, mp.targets_json):
        with pytest.raises(em.errors.UnknownNodeError) as info:
            call()
        assert info.value.kind == "unknown_node"
    assert mp.government_id == "pemkab-x" and mp.government_name("en") == "Kabupaten X"
    assert mp.sample is False and mp.period == (2024, 2026)
    assert [(a.subject, a.period) for a in mp.assessments] == [
        ("bappeda", 2024), ("dinsos", 2024), ("pemkab-x", 2023)]


def test_a_part_that_does_not_read_names_itself_and_its_file():
    good = files("subject,period,indicator,level\n")
    missing = {k: v for k, v in good.items() if k != "catalog.json"}
    with pytest.raises(em.errors.MasterplanPartError) as info:
        em.Masterplan.from_json(MANIFEST, missing)
    assert str(info.value) == "masterplan architecture `catalog.json`: the file was not found"
    assert (info.value.part, info.value.file, info.value.error_kind) == ("architecture", "catalog.json", "file")
    bad = {**good, "roadmap.json": ROADMAP.replace('"I1": 2', '"I99": 2')}
    with pytest.raises(em.errors.MasterplanPartError) as info:
        em.Masterplan.from_json(MANIFEST, bad)
    assert str(info.value) == ("masterplan roadmap `roadmap.json`: initiative `a` raises `I99`, "
                               "which framework `spbe-2020` lacks")
    assert info.value.error_kind == "unknown_indicator"
    broken = {**good, "opd.csv": b"subject,period,indicator,level\nx,2024,I1,9\n"}
    with pytest.raises(em.errors.MasterplanPartError) as info:
        em.Masterplan.from_json(MANIFEST, broken)
    assert str(info.value) == ("masterplan assessments[0] `opd.csv`: x 2024: indicator `I1` "
                               "level 9 is outside the scale 1–5")
    # The part's own error kind; a ValueError like every library error.
    assert (info.value.part, info.value.error_kind) == ("assessments[0]", "level_out_of_range")
    assert isinstance(info.value, ValueError)
    cases = [
        (MANIFEST.replace('"end": 2026', '"end": 2020'),
         "masterplan: field `period` ends (2020) before it starts (2024)"),
        (MANIFEST.replace('{"year": 2027, "index": "2.00"}', '{"year": 2027}'),
         "masterplan: field `targets[0]` must give `index`, `predicate`, or `domain` with `index`"),
        (MANIFEST.replace('{"year": 2027, "index": "2.00"}', '{"year": 2027, "index": "2,5"}'),
         "masterplan: field `targets[0].index` `2,5`: "),
    ]
    for manifest, message in cases:
        with pytest.raises(em.errors.InvalidFieldError) as info:
            em.Masterplan.from_json(manifest, good)
        assert str(info.value).startswith(message), info.value
    with pytest.raises(em.errors.JsonError):
        em.Masterplan.from_json(MANIFEST.replace('"policies"', '"polices"'), good)


def test_a_baseline_must_rate_every_indicator():
    partial = {**files("subject,period,indicator,level\n"),
               "baseline.json": b'{"subject": "pemkab-x", "period": 2024, "levels": {"I1": 2}}'}
    with pytest.raises(em.EgovError) as info:
        em.Masterplan.from_json(MANIFEST, partial)
    assert str(info.value).startswith(
        "masterplan baseline `baseline.json`: pemkab-x 2024: 46 indicator(s) not rated: I2, I3")
    assert isinstance(info.value, em.errors.MasterplanPartError) and info.value.error_kind == "missing_levels"


def test_an_unreadable_manifest_or_missing_part_on_disk(tmp_path: pathlib.Path):
    with pytest.raises(em.errors.InvalidFieldError) as info:
        em.Masterplan.load(tmp_path)
    assert str(info.value).startswith("masterplan: field `manifest` cannot read `")
    (tmp_path / "masterplan.json").write_text(MANIFEST, encoding="utf-8")
    for name, data in files("subject,period,indicator,level\n").items():
        if name != "roadmap.json":
            (tmp_path / name).write_bytes(data.encode() if isinstance(data, str) else data)
    with pytest.raises(em.errors.MasterplanPartError) as info:
        em.Masterplan.load(tmp_path)
    assert str(info.value) == "masterplan roadmap `roadmap.json`: the file was not found"
    (tmp_path / "roadmap.json").write_text(ROADMAP, encoding="utf-8")
    # The 13 findings of every_cross_check_names_both_sides but `dinsos`: no assessments.
    assert len(em.Masterplan.load(tmp_path / "masterplan.json").check()) == 12


@pytest.mark.parametrize("files_arg, says", [
    (["baseline.json"], "expected a mapping"),
    ({"baseline.json": 1}, "`baseline.json` must be bytes or str"),
    ({1: b""}, "is not a str"),
])
def test_files_must_be_a_mapping_of_names_to_bytes_or_text(files_arg, says):
    with pytest.raises(TypeError, match=says):
        em.Masterplan.from_json(MANIFEST, files_arg)


def test_masterplans_pickle(sample):
    """A masterplan pickles as its manifest and files, and reads back to
    the same plan (the same document, the same targets)."""
    again = pickle.loads(pickle.dumps(sample))
    assert again.to_html("en") == sample.to_html("en")
    assert again.targets_json() == sample.targets_json()
    assert again.check() == sample.check()


def test_a_manifest_written_as_toml_is_the_same_plan(tmp_path: pathlib.Path):
    # examples/data/masterplan.toml is the sample's masterplan.json as TOML.
    toml_text = (EXAMPLES / "masterplan.toml").read_text(encoding="utf-8")
    sample = em.Masterplan.load(EXAMPLES)  # the JSON, when both are there
    files = {n: (EXAMPLES / n).read_bytes() for n in (
        "bolmong-baseline-2019.json", "bolmong-assessments.csv", "bolmong-architecture.json",
        "bolmong-roadmap.json")}
    from_toml = em.Masterplan.from_toml(toml_text, files)
    assert from_toml.targets_json() == sample.targets_json()
    assert from_toml.to_markdown("en") == sample.to_markdown("en")
    assert em.Masterplan.from_manifest(toml_text, files).check_json() == sample.check_json()
    # A TOML plan pickles as TOML.
    import pickle
    again = pickle.loads(pickle.dumps(from_toml))
    assert again.targets_json() == sample.targets_json()
    # load() reads a .toml file by its content.
    (tmp_path / "plan.toml").write_text(toml_text, encoding="utf-8")
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    assert em.Masterplan.load(tmp_path / "plan.toml").check_json() == sample.check_json()
    # TOML's syntax errors carry line and column.
    with pytest.raises(em.errors.TomlError) as info:
        em.Masterplan.from_toml(toml_text.replace('framework = "spbe-2020"', "framework = spbe"), files)
    assert (info.value.what, info.value.line, info.value.column) == ("masterplan", 12, 13)
