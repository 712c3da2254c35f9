// Type-level test of Benchmark (the published SPBE results: rows,
// positions, peers, movers, distributions, charts, robustness) and of the
// benchmark module's declarations (checked by `npx tsc --noEmit -p
// tsconfig.json` with types.test.ts; not executed).
import * as benchmarkEntry from "egov-masterplan/benchmark";
import * as scoring from "egov-masterplan/scoring";
import * as em from "egov-masterplan";
import {
  Benchmark, EmptyCohortError, Framework, UnknownInstitutionError, BenchmarkError,
} from "egov-masterplan";
import type {
  CohortOptions, Distribution, InstitutionKind, Movement, Peers, PeerRow, Position, PublishedResult, Quartiles,
  BenchmarkChartOptions, DistributionSvgOptions, SlopeSvgOptions,
} from "egov-masterplan";

const fw: Framework = Framework.builtin("spbe-2020");

// ------------------------------------------------------------ Benchmark

const bench: Benchmark = Benchmark.spbePublished();
const benchYears: number[] = bench.years();
const benchFw: string = bench.frameworkId;
const rows: PublishedResult[] = bench.rows(2024);
const row: PublishedResult = bench.lookup("Kab. Bolaang Mongondow", 2024);
const rowKind: InstitutionKind = row.kind;
const rowIndex: number | null = row.index;
const rowProvince: string | null = row.province;
const reportTable: number = row.reportTable + row.row;
const predicateIdOfRow: string = row.predicateId;
// @ts-expect-error the row's keys are camelCase (no snake_case alias: a new shape)
row.report_table;
const cohort: CohortOptions = { kind: "kota", province: "Sulawesi Utara", regional: true };
// @ts-expect-error a kind is one of the five
const badCohort: CohortOptions = { kind: "desa" };
const pos: Position = bench.position(2024, "3.00", { regional: true });
const posByNumber: Position = bench.position(2024, 3, cohort);
const posByName: Position = bench.position(2024, "Kab. Bolaang Mongondow", undefined);
const rankOf: number = pos.rank + pos.count + pos.below + pos.percentile + posByNumber.index;
const placed: string | null = posByName.institution;
const quartiles: Quartiles = pos.quartiles;
const q: number = quartiles.q1 + quartiles.median + quartiles.q3;
// @ts-expect-error a subject is a name or an index
bench.position(2024, { name: "x" }, undefined);
const positionText: string = bench.positionJson(2024, "3.00", undefined);
const peers: Peers = bench.peers("Kab. Bolaang Mongondow", 2024, 3);
const peerRow: PeerRow | undefined = peers.table.find((r) => r.subject);
const peerPredicate: string = peers.nearest[0]?.predicateId ?? "";
const moves: Movement[] = bench.movers(2023, 2024, { province: "Sulawesi Utara" });
const change: number = (moves[0]?.change ?? 0) + (moves[0]?.indexFrom ?? 0) + (moves[0]?.indexTo ?? 0);
const domainChange: number | null | undefined = moves[0]?.domainChanges[2];
const dist: Distribution = bench.distribution(2024, undefined);
const distDomain: Quartiles | null | undefined = dist.domains[0];
const predicateCount: number = dist.predicates[0]?.count ?? 0;
const texts: string[] = [bench.toCsv(), bench.lookupJson("Kota Bandung", 2024), bench.peersJson("Kota Bandung", 2024, undefined),
  bench.moversJson(2023, 2024, undefined), bench.distributionJson(2024, cohort)];
const fromCsv: Benchmark = Benchmark.fromCsv(bench.toCsv(), fw);
const fromCsvById: Benchmark = Benchmark.fromCsv(bench.toCsv(), "spbe-2020");
const unknownInstitution = (e: UnknownInstitutionError): [string, number, string[]] => [e.institution, e.year, e.candidates];
const emptyCohort = (e: EmptyCohortError): [string, number] => [e.cohort, e.year];
const benchmarkFamily: typeof BenchmarkError = EmptyCohortError;
const localCohort: CohortOptions = { province: "Sulawesi Utara", local: true };
const posLocal: Position = bench.position(2024, "Kab. Bolaang Mongondow", localCohort);
// @ts-expect-error local is a boolean
const badLocal: CohortOptions = { local: "yes" };

// ------------------------------------------------------------ Benchmark charts

const distOptions: DistributionSvgOptions = { regional: true, local: true, lang: "en", width: 900 };
const chartOptions: BenchmarkChartOptions = { lang: "id" };
const slopeOptions: SlopeSvgOptions = { names: ["Kota Manado", "Kab. Bolaang Mongondow"], lang: "en" };
const charts: string[] = [
  bench.distributionSvg(2024, "Kab. Bolaang Mongondow", distOptions),
  bench.distributionSvg(2024, 3.1, undefined),
  bench.distributionSvg(2024, null, { province: "Sulawesi Utara" }),
  bench.distributionSvg(2024),
  bench.rankingSvg("Kab. Bolaang Mongondow", 2024, chartOptions),
  bench.rankingSvg("Kota Bandung", 2024),
  bench.slopeSvg(2023, 2024, slopeOptions),
  bench.slopeSvg(2023, 2024, { province: "Sulawesi Utara", local: true, names: null }),
  bench.slopeSvg(2023, 2024),
];
// @ts-expect-error lang is "id" or "en"
bench.rankingSvg("Kota Bandung", 2024, { lang: "fr" });
// @ts-expect-error names are strings
bench.slopeSvg(2023, 2024, { names: [1] });
// @ts-expect-error a subject is a name or an index
bench.distributionSvg(2024, { name: "x" });

export const usedBenchmark = [benchYears, benchFw, rows, rowKind, rowIndex, rowProvince, reportTable, predicateIdOfRow, badCohort,
  rankOf, placed, q, positionText, peerRow, peerPredicate, change, domainChange, distDomain, predicateCount, texts, fromCsv,
  fromCsvById, unknownInstitution, emptyCohort, benchmarkFamily, posLocal, badLocal, charts];


await benchmarkEntry.default();
const entryBench: benchmarkEntry.Benchmark = benchmarkEntry.Benchmark.spbePublished();
const entryPosition: benchmarkEntry.Position = entryBench.position(2024, 3, { regional: true });
const entryError: typeof benchmarkEntry.BenchmarkError = benchmarkEntry.UnknownInstitutionError;
// @ts-expect-error the benchmark module has no Framework
benchmarkEntry.Framework.builtin("spbe-2020");
// @ts-expect-error nor the charts (feature benchmark-charts)
entryBench.distributionSvg(2024);
const entryLocal: benchmarkEntry.Position = entryBench.position(2024, 3, { local: true });
// @ts-expect-error the scoring module has no Benchmark
scoring.Benchmark.spbePublished();

export const usedEntry = [entryPosition, entryError, entryLocal];

// Benchmark.robustness: options and result types.
{
  const b = em.Benchmark.spbePublished();
  const o: em.RobustnessOptions = { kind: "kabupaten", weightNoise: 0.2, samples: 100, seed: 1 };
  const r: em.RobustPosition = b.robustness(2024, [3, 3, 3, 3], o);
  const n: number = r.p95 - r.p05 + r.count + r.nominalRank + r.medianRank + r.meanShift;
  void n;
}
