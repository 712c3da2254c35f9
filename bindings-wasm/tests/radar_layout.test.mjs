// RadarLayout.shape, the live page's radar update, must put exactly what
// radarSvg prints for the same scores: checked for every scoring vector and
// every group tier against the full chart's score polygon, vertices, value
// labels, title and description.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Framework, RadarLayout, InvalidOptionError } from "egov-masterplan";

const vectors = JSON.parse(readFileSync(new URL("../../tests/vectors/scoring.json", import.meta.url)));

/** The chart's moving parts, read back from radarSvg's text. */
function partsOf(svg) {
  const unescape = (s) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
  const group = (name) => svg.split(`<g class="${name}"`)[1].split("</g>")[0];
  return {
    points: svg.match(/class="score" points="([^"]*)"/)[1],
    vertices: [...group("vertices").matchAll(/<circle cx="([^"]+)" cy="([^"]+)"/g)].flatMap((m) => [m[1], m[2]]),
    labels: [...group("values").matchAll(/<text x="([^"]+)" y="([^"]+)" text-anchor="([^"]+)">([^<]*)<\/text>/g)]
      .flatMap((m) => [m[1], m[2], m[3], unescape(m[4])]),
    desc: unescape(svg.match(/<desc>([^<]*)<\/desc>/)[1]),
    title: unescape(svg.match(/<title>([^<]*)<\/title>/)[1]),
  };
}

for (const c of vectors.cases) {
  test(`radarLayout.shape matches radarSvg: ${c.name}`, () => {
    const fw = Framework.builtin(c.framework);
    const tiers = fw.document().tiers.slice(0, -1);
    const options = { predicateBasis: c.options.predicate_basis, missing: c.options.missing };
    const levels = Uint8Array.from(fw.indicatorIds(), (id) => c.assessment.levels[id] ?? 255);
    const scores = fw.scoreLevels(levels, options);
    const card = fw.score(c.assessment, options);
    for (const tier of tiers) {
      for (const lang of ["id", "en"]) {
        const radar = { tier, lang, size: 360 };
        const svg = fw.radarSvg(c.assessment, { ...options, ...radar, subjectName: "Diskominfo <Bolmong>", period: 2024 });
        const layout = fw.radarLayout(radar);
        const shape = layout.shape(scores.values);
        const want = partsOf(svg);
        assert.equal(shape.points, want.points, `${tier} ${lang}`);
        assert.deepEqual(shape.vertices, want.vertices);
        assert.deepEqual(shape.labels, want.labels);
        assert.equal(shape.desc, want.desc);
        const label = fw.document().predicates.find((p) => p.id === card.predicate.id).label[lang];
        assert.equal(layout.title("Diskominfo <Bolmong>", 2024, scores.indexText, label), want.title);
        assert.deepEqual(layout.axisIds(), card.nodes.filter((n) => n.tier === tier).map((n) => n.id));
        layout.free();
      }
    }
  });
}

test("radarLayout takes group tiers only and checks its arguments", () => {
  const fw = Framework.builtin("spbe-2020");
  assert.throws(() => fw.radarLayout({ tier: "indicator" }), (e) => e instanceof InvalidOptionError && e.allowed.join() === "domain,aspect");
  assert.throws(() => fw.radarLayout({ tier: "sector" }), InvalidOptionError);
  assert.throws(() => fw.radarLayout({ lang: "fr" }), InvalidOptionError);
  const layout = fw.radarLayout();
  assert.deepEqual(layout.axisIds(), ["D1", "D2", "D3", "D4"]);
  assert.ok(layout instanceof RadarLayout);
  // Too few values: the rest have none (printed "–").
  assert.deepEqual(layout.shape(new Float64Array([3.4])).labels.filter((_, i) => i % 4 === 3), ["3.40", "–", "–", "–"]);
  assert.throws(() => layout.title(1, 2024, "3.40", "Baik"), TypeError);
  assert.throws(() => layout.title("x", 2024.5, "3.40", "Baik"), TypeError);
  assert.equal(layout.title("x", 2024, "3.40", "Baik"), "x — 2024: Indeks 3.40 (Baik)");
});
