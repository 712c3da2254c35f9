// Writes the WebAssembly package's outputs for every shared vector into a
// directory tree, the same files as the Rust vector_outputs
// (tests/conformance/src/bin/vector_outputs.rs) and outputs.py
// (Python) but Markdown (which the package does not export); compare.py
// checks the trees agree.
//
//   node tests/determinism/outputs.mjs DIR
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(path.join(ROOT, "bindings-wasm", "package.json"));
const em = await import(require.resolve("egov-masterplan"));

const write = (dir, name, text) => {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), text);
};
const vector = (name) => JSON.parse(fs.readFileSync(path.join(ROOT, "tests/vectors", name), "utf8"));

function scoringCase(out, c) {
  const fw = em.Framework.builtin(c.framework);
  write(out, "assessment.csv", em.assessmentsToCsv([c.assessment]));
  const options = { predicateBasis: c.options.predicate_basis, missing: c.options.missing };
  write(out, "scorecard.json", fw.scoreJson(c.assessment, options));
  const tiers = fw.document().tiers.slice(0, -1).slice(0, 2);
  for (const tier of tiers) {
    for (const lang of ["id", "en"]) {
      write(out, `radar-${tier}-${lang}.svg`, fw.radarSvg(c.assessment, { ...options, tier, lang, target: 2.6, size: 400 }));
    }
  }
}

function roadmapCase(out, doc) {
  const r = em.Roadmap.fromJson(doc);
  write(out, "roadmap.json", r.toJson());
  write(out, "roadmap.dot", r.toDot());
  write(out, "phases.json", JSON.stringify(r.phases()));
  write(out, "critical-path.json", JSON.stringify(r.criticalPath()));
  const s = r.schedule(undefined);
  write(out, "schedule.json", s.toJson());
  write(out, "schedule.csv", s.toCsv());
  write(out, "schedule.mmd", s.toMermaid());
  for (const lang of ["id", "en"]) write(out, `gantt-${lang}.svg`, s.toGanttSvg({ lang }));
}

function architectureCase(out, doc) {
  const m = em.ArchitectureModel.fromJson(doc);
  write(out, "catalog.json", m.toJson());
  write(out, "archimate.xml", m.toArchimateXml());
  write(out, "architecture.dot", m.toDot());
  for (const lang of ["id", "en"]) write(out, `heatmap-${lang}.svg`, m.toHeatmapSvg({ lang }));
}

/**
 * The national benchmark's answers as the core's canonical JSON text (the
 * `…Json` methods): Bolaang Mongondow's rows of 2023 and 2024, its 2024
 * position in five cohorts, a self-assessed 3.10 among the regional
 * governments, the movers of Sulawesi Utara, the regional governments'
 * distribution, its peers, and the three charts in both languages.
 */
function benchmarkOutputs(out) {
  const b = em.Benchmark.spbePublished();
  const name = "Kab. Bolaang Mongondow";
  for (const year of [2023, 2024]) write(out, `lookup-bolaang-mongondow-${year}.json`, b.lookupJson(name, year));
  const cohorts = {
    all: {},
    kabupaten: { kind: "kabupaten" },
    "sulawesi-utara": { province: "Sulawesi Utara" },
    regional: { regional: true },
    "sulawesi-utara-local": { province: "Sulawesi Utara", local: true },
  };
  for (const [key, cohort] of Object.entries(cohorts)) write(out, `position-2024-${key}.json`, b.positionJson(2024, name, cohort));
  write(out, "position-2024-regional-3.10.json", b.positionJson(2024, "3.10", { regional: true }));
  write(out, "movers-2023-2024-sulawesi-utara.json", b.moversJson(2023, 2024, { province: "Sulawesi Utara" }));
  write(out, "distribution-2024-regional.json", b.distributionJson(2024, { regional: true }));
  write(out, "peers-bolaang-mongondow-2024.json", b.peersJson(name, 2024, 5));
  for (const lang of ["id", "en"]) {
    write(out, `distribution-2024-regional-${lang}.svg`, b.distributionSvg(2024, name, { regional: true, lang }));
    write(out, `ranking-bolaang-mongondow-2024-${lang}.svg`, b.rankingSvg(name, 2024, { lang }));
    write(out, `slope-2023-2024-chosen-${lang}.svg`, b.slopeSvg(2023, 2024, { names: ["Kota Manado", name], lang }));
  }
}

/** The Excel forms of the next period (see vector_outputs.rs). */
function formsOutputs(out, framework, a) {
  fs.mkdirSync(out, { recursive: true });
  const next = a.period + 1;
  const files = [];
  for (const lang of ["id", "en"]) {
    const bytes = em.xlsxForm(framework, { subject: a.subject, period: next, prefill: a, lang, issued: [2026, 1, 5] });
    fs.writeFileSync(path.join(out, `form-${lang}.xlsx`), bytes);
    files.push({ name: `form-${lang}.xlsx`, bytes });
  }
  const book = em.xlsxWorkbook(framework, {
    subjects: [a.subject, "Dinas P/K: Pendidikan"], period: next, prefill: [a], issued: [2026, 1, 5],
  });
  fs.writeFileSync(path.join(out, "workbook-id.xlsx"), book);
  const { report } = em.readForms([files[0], { name: "workbook-id.xlsx", bytes: book }], framework, {
    expected: [a.subject, "Bappeda"], previous: [a],
  });
  write(out, "consolidation.json", JSON.stringify(report));
}

/**
 * The sample masterplan (examples/data/masterplan.json and the files it
 * names): its findings and target outcomes as the core's canonical JSON
 * text, `check.json` and `targets.json` (as the Rust and Python sides).
 */
function masterplanOutputs(out) {
  const dir = path.join(ROOT, "examples/data");
  const manifest = fs.readFileSync(path.join(dir, "masterplan.json"), "utf8");
  const m = JSON.parse(manifest);
  const names = [m.framework?.file, m.baseline, ...(m.assessments ?? []), m.architecture, m.roadmap].filter(Boolean);
  const files = Object.fromEntries(names.map((n) => [n, fs.readFileSync(path.join(dir, n))]));
  const plan = em.Masterplan.fromJson(manifest, files);
  const sample = path.join(out, "masterplan", "sample");
  write(sample, "check.json", plan.checkJson());
  write(sample, "targets.json", plan.targetsJson());
  for (const lang of ["id", "en"]) {
    write(sample, `masterplan-${lang}.html`, plan.toHtml({ lang }));
    write(sample, `masterplan-${lang}.md`, plan.toMarkdown({ lang }));
    write(sample, `summary-${lang}.html`, plan.summaryHtml({ lang }));
    fs.writeFileSync(path.join(sample, `masterplan-${lang}.docx`), plan.toDocx({ lang }));
  }
}

/** A seeded Saltelli sample, and the Sobol' indices of y = x1 + 2·x2·x3 + x1·x3. */
function sensitivityOutputs(out) {
  const shifted = em.saltelliSample(16, 3, { seed: 11 });
  write(out, "sample.json", JSON.stringify({ rows: shifted.rows, columns: shifted.columns, values: [...shifted.values] }));
  const x = em.saltelliSample(256, 3);
  const y = new Float64Array(x.rows);
  for (let i = 0; i < x.rows; i++) {
    const [a, b, c] = x.values.subarray(i * 3, i * 3 + 3);
    y[i] = a + 2.0 * b * c + a * c;
  }
  const s = em.sobolAnalyze(y, 3, { seed: 5 });
  write(out, "indices.json", JSON.stringify({ s1: s.s1, s1_conf: s.s1Conf, st: s.st, st_conf: s.stConf }));
}

/** EGDI 2022 as a cohort (core/data/international/egdi-2022.csv: ids from iso3, columns osi, hci, tii). */
function egdiCohort() {
  const [header, ...rows] = fs.readFileSync(path.join(ROOT, "core/data/international/egdi-2022.csv"), "utf8")
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => l.split(","));
  const col = (name) => header.indexOf(name);
  return {
    ids: rows.map((r) => r[col("iso3")]),
    columns: Object.fromEntries(["osi", "hci", "tii"].map((k) => [k, rows.map((r) => Number(r[col(k)]))])),
  };
}

/** The composite path: the shared vector's case scored, and EGDI 2022 scored and its rank uncertainty under three seeded option sets. */
function compositeOutputs(out) {
  const c = vector("composite.json").cases[0];
  const fw = em.Framework.fromJson(JSON.stringify(c.framework));
  write(path.join(out, "vector"), "scores.json", fw.scoreCohortJson(c.cohort));
  const egdi = em.Framework.builtin("un-egdi-2022");
  const cohort = egdiCohort();
  const dir = path.join(out, "egdi-2022");
  write(dir, "scores.json", egdi.scoreCohortJson(cohort));
  const base = { weightNoise: 0.2, samples: 500, seed: 2022 };
  write(dir, "uncertainty-uniform.json", egdi.uncertaintyJson(cohort, base));
  const mixed = { ...base, normalisers: ["none", "percent-rank"], aggregators: ["arithmetic", "power:2"], exclusion: true };
  write(dir, "uncertainty-mixed.json", egdi.uncertaintyJson(cohort, mixed));
  write(dir, "uncertainty-dirichlet.json", egdi.uncertaintyJson(cohort, { ...base, weightModel: "dirichlet", concentration: 50 }));
}

const out = process.argv[2];
if (!out) throw new Error("usage: node outputs.mjs DIR");
for (const file of ["scoring", "gaps"]) {
  for (const c of vector(`${file}.json`).cases) scoringCase(path.join(out, file, c.name), c);
}
const roadmaps = vector("roadmap.json");
for (const key of ["cpm", "budget", "projection"]) roadmapCase(path.join(out, "roadmap", key), JSON.stringify(roadmaps[key].roadmap));
roadmapCase(path.join(out, "roadmap", "bolmong"), fs.readFileSync(path.join(ROOT, "examples/data/bolmong-roadmap.json"), "utf8"));
architectureCase(path.join(out, "architecture", "vectors"), JSON.stringify(vector("architecture.json").analyses.catalog));
architectureCase(path.join(out, "architecture", "bolmong"), fs.readFileSync(path.join(ROOT, "examples/data/bolmong-architecture.json"), "utf8"));
benchmarkOutputs(path.join(out, "benchmark", "spbe-published"));
const formsCase = vector("scoring.json").cases[1];
formsOutputs(path.join(out, "forms", "bolmong-2024-published"), formsCase.framework, formsCase.assessment);
masterplanOutputs(out);
sensitivityOutputs(path.join(out, "sensitivity"));
compositeOutputs(path.join(out, "composite"));
