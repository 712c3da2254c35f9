"""Fails ``mypy --strict`` on exactly the lines marked ``# expect: <code>``:
values outside an option's ``Literal`` type. Type-checked by
tests/test_typing.py, never run."""

from __future__ import annotations

import egov_masterplan as em

fw = em.Framework.builtin("spbe-2020")
card = fw.score({"I1": 3})
roadmap = em.Roadmap.from_json("{}")
schedule = roadmap.schedule()
model = em.ArchitectureModel.from_json("{}")
benchmark = em.Benchmark.spbe_published()

fw.name("fr")  # expect: arg-type
fw.score({}, missing="zero")  # expect: arg-type
fw.score({}, predicate_basis="floor")  # expect: arg-type
fw.score_many([], rank_basis="published")  # expect: arg-type
em.rank([card], basis="Exact")  # expect: arg-type
card.to_markdown("EN")  # expect: arg-type
card.to_radar_svg(lang="jv")  # expect: arg-type
card.predicate_name("english")  # expect: arg-type
roadmap.name("fr")  # expect: arg-type
schedule.to_gantt_svg(lang="fr")  # expect: arg-type
schedule.project(fw, {}, missing="skip")  # expect: arg-type
model.to_heatmap_svg(lang="fr")  # expect: arg-type
model.coverage().count("bkpsdm", "aplikasi-spbe")  # expect: arg-type
benchmark.position(2024, "3.10", kind="desa")  # expect: arg-type
benchmark.movers(2023, 2024, kind="Kabupaten")  # expect: arg-type

lang: em.Lang = "fr"  # expect: assignment
status: em.Status = "draft"  # expect: assignment
relation: em.RelationType = model.relations[0][0]  # expect: assignment

# A plain `str` is not an option value: annotate it with the alias.
code: str = "id"
fw.name(code)  # expect: arg-type
