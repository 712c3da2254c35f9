// The benchmark charts (Benchmark.distributionSvg, rankingSvg, slopeSvg):
// the core's SVG text with the options read from JS. Counts are checked
// against core/data/spbe-results-2023-2024.csv (Sulawesi Utara's 11
// kabupaten of 2024, the 523 regional governments) and the labels against
// the core's own examples (core/src/render/benchmark/mod.rs).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { em, throwsEgov } from "./_helpers.mjs";

const bench = em.Benchmark.spbePublished();
const BOLMONG = "Kab. Bolaang Mongondow";
const HEADER = "year,report_table,row,institution,kind,province,d1,d2,d3,d4,index,predicate\n";
const EVIL = "<script>alert(1)</script>";

/** How often `part` occurs in `text`. */
const count = (text, part) => text.split(part).length - 1;
/** The text of the SVG's `<title>` (its first line after the opening tag). */
const title = (svg) => /<title>([^<]*)<\/title>/.exec(svg)[1];

describe("Benchmark charts", () => {
  test("distributionSvg: the cohort's histogram, the subject marked with its rank", () => {
    const svg = bench.distributionSvg(2024, BOLMONG, { regional: true });
    assert.ok(svg.startsWith("<svg"), svg.slice(0, 40));
    assert.ok(svg.endsWith("</svg>\n"));
    // The core's doc example: the 523 regional governments, the subject's label.
    assert.ok(svg.includes("(n = 523)"));
    assert.ok(svg.includes(`${BOLMONG} 2.73`));
    const p = bench.position(2024, BOLMONG, { regional: true });
    assert.ok(svg.includes(`${BOLMONG} 2.73 · peringkat ${p.rank}/${p.count}`));
    assert.equal(title(svg), "Sebaran Indeks SPBE 2024 — pemerintah daerah (n = 523)");
    // No subject: nothing marked; undefined, null and a left-out argument are the same.
    const plain = bench.distributionSvg(2024, undefined, { regional: true });
    assert.equal(count(plain, 'class="subject"'), 0);
    assert.equal(count(svg, 'class="subject"'), 1);
    assert.equal(bench.distributionSvg(2024, null, { regional: true }), plain);
    assert.equal(bench.distributionSvg(2024), bench.distributionSvg(2024, undefined, undefined));
    // An index as text or as a number, as in position (a number is its
    // shortest decimal text, and the label prints the index as given).
    assert.ok(bench.distributionSvg(2024, "3.00", { regional: true }).includes("Indeks ini 3.00 · peringkat 271/523"));
    assert.ok(bench.distributionSvg(2024, 3, { regional: true }).includes("Indeks ini 3 · peringkat 271/523"));
    assert.ok(bench.distributionSvg(2024, 3.1, { lang: "en" }).includes("This index 3.1 · rank"));
    // The cohort options, `local` among them.
    const local = bench.distributionSvg(2024, BOLMONG, { province: "Sulawesi Utara", local: true, lang: "en" });
    assert.equal(title(local), "Distribution of the SPBE index 2024 — regencies and cities in Sulawesi Utara (n = 15)");
    assert.ok(local.includes(`${BOLMONG} 2.73 · rank 8/15`));
  });

  test("rankingSvg: the peers table as ranked bars, the institution highlighted", () => {
    const svg = bench.rankingSvg(BOLMONG, 2024, undefined);
    assert.ok(svg.startsWith("<svg"));
    // Sulawesi Utara's 11 kabupaten of 2024 (the file), one bar each.
    const table = bench.peers(BOLMONG, 2024).table;
    assert.equal(table.length, 11);
    assert.equal(count(svg, 'class="row"'), 11);
    assert.equal(count(svg, 'class="subject"'), 1);
    assert.ok(svg.includes(`4. ${BOLMONG}</text>`));
    assert.equal(title(svg), "Peringkat Indeks SPBE 2024 — kabupaten di Sulawesi Utara");
    assert.equal(title(bench.rankingSvg(BOLMONG, 2024, { lang: "en" })), "SPBE index ranking 2024 — regencies in Sulawesi Utara");
    // Forgiving names, and the lookup's errors.
    assert.equal(bench.rankingSvg("kabupaten bolaang  mongondow", 2024), svg);
    throwsEgov(() => bench.rankingSvg("Bandung", 2024), { kind: "unknown_institution", mentions: ["Bandung"] });
    assert.throws(() => bench.rankingSvg(42, 2024), TypeError);
  });

  test("slopeSvg: the cohort's movers, or exactly the institutions named", () => {
    const named = bench.slopeSvg(2023, 2024, { names: ["Kota Manado", BOLMONG] });
    assert.ok(named.startsWith("<svg"));
    assert.equal(count(named, '<g class="move">'), 2);
    assert.ok(named.includes("Kota Manado 3.93</text>") && named.includes(`${BOLMONG} 2.73</text>`));
    assert.ok(named.includes("Pemerintah Kota Manado: 2.95 → 3.93 (0.98)"));
    assert.ok(named.includes("Pemerintah Kab. Bolaang Mongondow: 3.52 → 2.73 (-0.79)"));
    assert.equal(title(named), "Perubahan Indeks SPBE 2023 → 2024");
    // The order of the names does not matter (the movers' order: biggest rise first).
    assert.equal(bench.slopeSvg(2023, 2024, { names: [BOLMONG, "Kota Manado"] }), named);
    // Without names: every mover of the cohort.
    const province = bench.slopeSvg(2023, 2024, { province: "Sulawesi Utara" });
    assert.equal(count(province, '<g class="move">'), bench.movers(2023, 2024, { province: "Sulawesi Utara" }).length);
    const local = bench.slopeSvg(2023, 2024, { province: "Sulawesi Utara", local: true });
    assert.equal(count(local, '<g class="move">'), bench.movers(2023, 2024, { province: "Sulawesi Utara", local: true }).length);
    assert.equal(count(bench.slopeSvg(2023, 2024, { names: [] }), '<g class="move">'), 0);
    assert.equal(bench.slopeSvg(2023, 2024, { names: null, province: "Sulawesi Utara" }), province);
    // An unknown name is the lookup's error, with its candidates.
    const unknown = throwsEgov(() => bench.slopeSvg(2023, 2024, { names: ["Kota Manado", "Kab. Atlantis"] }),
      { kind: "unknown_institution", mentions: ["Atlantis"] });
    assert.ok(unknown instanceof em.UnknownInstitutionError);
    for (const names of ["Kota Manado", [42], [null], { 0: "Kota Manado" }]) {
      assert.throws(() => bench.slopeSvg(2023, 2024, { names }), (e) => e instanceof TypeError && e.message.includes("options.names"),
        JSON.stringify(names));
    }
  });

  test("lang: Indonesian by default, English on request, anything else an InvalidOptionError", () => {
    const charts = {
      distribution: (o) => bench.distributionSvg(2024, BOLMONG, { regional: true, ...o }),
      ranking: (o) => bench.rankingSvg(BOLMONG, 2024, o),
      slope: (o) => bench.slopeSvg(2023, 2024, { names: ["Kota Manado"], ...o }),
    };
    for (const [name, chart] of Object.entries(charts)) {
      const id = chart({ lang: "id" });
      const en = chart({ lang: "en" });
      assert.equal(chart({}), id, name);
      assert.notEqual(title(en), title(id), name);
      assert.ok(id.includes("Sumber: hasil evaluasi SPBE") && en.includes("Source: SPBE evaluation results"), name);
      throwsEgov(() => chart({ lang: "fr" }), { kind: "invalid_option", mentions: ["fr"] }, name);
    }
  });

  test("width: 720 by default, bounded to 480–4,096 by the core", () => {
    const width = (svg) => /<svg [^>]* width="([^"]+)"/.exec(svg)[1];
    for (const chart of [(o) => bench.distributionSvg(2024, undefined, o), (o) => bench.rankingSvg(BOLMONG, 2024, o),
      (o) => bench.slopeSvg(2023, 2024, o)]) {
      assert.equal(width(chart(undefined)), "720.00");
      assert.equal(width(chart({ width: 1000 })), "1000.00");
      assert.equal(width(chart({ width: 100 })), "480.00");
      assert.equal(width(chart({ width: 1e12 })), "4096.00");
      assert.equal(width(chart({ width: -5 })), "480.00");
    }
  });

  test("names are escaped: a hostile institution stays text", () => {
    const rows = [[2023, "2.50"], [2024, "3.00"]]
      .map(([y, index]) => `${y},1,1,${EVIL},kabupaten,Jawa Timur,3.00,3.00,3.00,3.00,${index},Baik\n`);
    const b = em.Benchmark.fromCsv(HEADER + rows.join(""), undefined);
    assert.equal(b.lookup(EVIL, 2024).institution, EVIL);
    const svgs = {
      distribution: b.distributionSvg(2024, EVIL, undefined),
      ranking: b.rankingSvg(EVIL, 2024, undefined),
      slope: b.slopeSvg(2023, 2024, { names: [EVIL] }),
      "slope (cohort)": b.slopeSvg(2023, 2024, undefined),
    };
    for (const [name, svg] of Object.entries(svgs)) {
      assert.ok(svg.startsWith("<svg"), name);
      assert.ok(svg.includes("&lt;script&gt;alert(1)&lt;/script&gt;"), name);
      assert.ok(!svg.includes("<script"), name);
    }
  });

  test("errors and argument types as the other Benchmark methods", () => {
    // An empty cohort: the position's error with a subject, an empty chart without one (the core's choice).
    throwsEgov(() => bench.distributionSvg(2024, 3, { province: "Atlantis" }), { kind: "empty_cohort", mentions: ["Atlantis"] });
    assert.ok(bench.distributionSvg(2024, undefined, { province: "Atlantis" }).includes("(n = 0)"));
    throwsEgov(() => bench.distributionSvg(2030, 3, undefined), { kind: "empty_cohort", mentions: ["2030"] });
    throwsEgov(() => bench.distributionSvg(2024, "Kab. Atlantis", undefined), { kind: "unknown_institution", mentions: ["Atlantis"] });
    throwsEgov(() => bench.distributionSvg(2024, "3,10", undefined), { kind: "invalid_field", mentions: ["3,10"] });
    throwsEgov(() => bench.distributionSvg(2024, undefined, { kind: "desa" }), { kind: "invalid_option", mentions: ["desa"] });
    for (const options of [{ local: "yes" }, { regional: 1 }, { province: 5 }, 5, "x"]) {
      assert.throws(() => bench.distributionSvg(2024, undefined, options), TypeError, JSON.stringify(options));
      assert.throws(() => bench.slopeSvg(2023, 2024, options), TypeError, JSON.stringify(options));
    }
    // The cohort options are checked even when names are given.
    assert.throws(() => bench.slopeSvg(2023, 2024, { names: ["Kota Manado"], local: "yes" }), TypeError);
    assert.throws(() => bench.rankingSvg(BOLMONG, 2024, 5), TypeError);
    for (const subject of [{}, true, []]) assert.throws(() => bench.distributionSvg(2024, subject, undefined), TypeError);
    for (const year of [2024.5, NaN, Infinity]) {
      assert.throws(() => bench.distributionSvg(year, undefined, undefined), TypeError, String(year));
      assert.throws(() => bench.rankingSvg(BOLMONG, year, undefined), TypeError, String(year));
      assert.throws(() => bench.slopeSvg(2023, year, undefined), TypeError, String(year));
    }
  });

  test("the same input gives the same bytes", () => {
    const twice = (f) => assert.equal(f(), f());
    twice(() => bench.distributionSvg(2024, BOLMONG, { province: "Sulawesi Utara", lang: "en", width: 900 }));
    twice(() => bench.rankingSvg("Kota Bandung", 2024, { lang: "en" }));
    twice(() => bench.slopeSvg(2023, 2024, { regional: true }));
    // A fresh table read from the same CSV draws the same charts.
    const again = em.Benchmark.fromCsv(bench.toCsv(), undefined);
    assert.equal(again.slopeSvg(2023, 2024, { province: "Jawa Barat" }), bench.slopeSvg(2023, 2024, { province: "Jawa Barat" }));
    assert.equal(again.distributionSvg(2023, "2.51", undefined), bench.distributionSvg(2023, "2.51", undefined));
  });
});
