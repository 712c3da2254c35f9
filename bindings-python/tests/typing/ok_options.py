"""Passes ``mypy --strict``: every closed-set option given a value of its
``Literal`` type, and the closed-set results read as those types.
Type-checked by tests/test_typing.py, never run."""

from __future__ import annotations

from typing import List, Tuple

import egov_masterplan as em

fw = em.Framework.builtin("spbe-2020")
lang: em.Lang = "en"
name: str = fw.name(lang)
card = fw.score({"I1": 3}, predicate_basis="rounded", missing="lowest")
markdown: str = card.to_markdown("id") + card.predicate_name(lang="en")
svg: str = card.to_radar_svg(lang="en")
frame = fw.score_many([], predicate_basis="exact", missing="renormalize", rank_basis="rounded")
ranks: List[em.RankEntry] = em.rank([card], basis="rounded")
status: em.Status = fw.status
options: Tuple[em.PredicateBasis, em.MissingPolicy] = card.options

roadmap = em.Roadmap.from_json("{}")
title: str = roadmap.name("en")
schedule = roadmap.schedule()
gantt: str = schedule.to_gantt_svg(lang="en")
projection = schedule.project(fw, {}, predicate_basis="rounded", missing="error")

model = em.ArchitectureModel.from_json("{}")
heatmap: str = model.to_heatmap_svg(lang="id")
relations: List[Tuple[str, em.RelationType, str]] = model.relations
domains: List[em.Domain] = model.coverage().domains
count: int = model.coverage().count("bkpsdm", "aplikasi")
bases: List[em.DuplicateBasis] = [g.basis for g in model.duplicates()]
problems: List[em.UnsupportedKind] = [u.problem for u in model.unsupported()]

benchmark = em.Benchmark.spbe_published()
kind: em.InstitutionKind = benchmark.lookup("Kab. Bolaang Mongondow", 2024).kind
position: em.Position = benchmark.position(2024, "3.10", kind="kabupaten", province="Aceh")
moves: List[em.Movement] = benchmark.movers(2023, 2024, kind=kind, regional=True)
median: float = float(benchmark.distribution(2024, kind="kota").index.median)
