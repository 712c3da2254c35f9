import * as em from "egov-masterplan";
import fs from "node:fs";
const V = (n) => JSON.parse(fs.readFileSync(`/work/main/tests/vectors/${n}`, "utf8"));
const F = JSON.parse(fs.readFileSync("/tmp/rust-outputs.json", "utf8"));
const eq = (a, b, n) => console.log(a === b ? "same" : "DIFF", n, a === b ? "" : [a.length, b.length]);
for (const c of V("scoring.json").cases) {
  const card = em.Framework.builtin(c.framework).score(c.assessment, c.options);
  eq(JSON.stringify(card), JSON.stringify(JSON.parse(F.scoring[c.name])), c.name);
}
for (const id of em.Framework.builtinIds()) eq(em.Framework.builtin(id).toJson(), F.frameworks[id], id);
const R = V("roadmap.json");
for (const n of ["cpm", "budget", "projection"]) {
  const r = em.Roadmap.fromJson(JSON.stringify(R[n].roadmap)); const s = r.schedule();
  const f = F.roadmaps[n];
  eq(r.toJson(), f.roadmap_json, n+" rj"); eq(r.toDot(), f.dot, n+" dot"); eq(s.toJson(), f.schedule_json, n+" sj");
  eq(r.schedule({respectBudget:false}).toJson(), f.schedule_json_ignoring_budget, n+" free");
  eq(s.toCsv(), f.csv, n+" csv"); eq(s.toMermaid(), f.mermaid, n+" mm"); eq(s.toGanttSvg(), f.gantt_svg, n+" gantt");
}
const m = em.ArchitectureModel.fromJson(JSON.stringify(V("architecture.json").analyses.catalog));
eq(m.toJson(), F.architecture.json, "aj"); eq(m.toDot(), F.architecture.dot, "adot"); eq(m.toArchimateXml(), F.architecture.archimate_xml, "xml"); eq(m.toHeatmapSvg(), F.architecture.heatmap_svg, "heat");
const c0 = V("scoring.json").cases[0];
eq(em.Framework.builtin(c0.framework).radarSvg(c0.assessment, c0.options), F.radar_svg, "radar");
console.log(F.scoring["regulation-worked-example"].slice(0, 300));
