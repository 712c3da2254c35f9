// Type-level test of the benchmark module's declarations and of
// Benchmark.robustness (checked by `npx tsc --noEmit -p tsconfig.json` with
// types.test.ts; not executed).
import * as benchmarkEntry from "egov-masterplan/benchmark";
import * as scoring from "egov-masterplan/scoring";
import * as em from "egov-masterplan";

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
