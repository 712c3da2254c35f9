// Type-level test of the sensitivity functions' declarations (checked by
// `npx tsc --noEmit -p tsconfig.json` with types.test.ts; not executed).
import { saltelliSample, sensitivityBarsSvg, sobolAnalyze } from "egov-masterplan";
import type {
  SaltelliOptions, SampleMatrix, SensitivityBarsOptions, SobolIndices, SobolOptions,
} from "egov-masterplan";

const options: SaltelliOptions = { skip: 16, seed: 7 };
const m: SampleMatrix = saltelliSample(64, 3, options);
const firstRow: Float64Array = m.values.subarray(0, m.columns);
const y = new Float64Array(m.rows).map((_, i) => m.values[i * m.columns]);
const analysis: SobolOptions = { resamples: 50, confLevel: 0.9, seed: 1 };
const s: SobolIndices = sobolAnalyze(y, m.columns, analysis);
const widest: number = Math.max(...s.s1Conf, ...s.stConf);
const fromArray: number[] = sobolAnalyze([...y], 3, undefined).st;
const chartOptions: SensitivityBarsOptions = { lang: "en", width: 800, sortByTotal: false };
const svg: string = sensitivityBarsSvg(s, ["a", "b", "c"], chartOptions) + sensitivityBarsSvg(s);
// @ts-expect-error: the language is "id" or "en".
sensitivityBarsSvg(s, null, { lang: "fr" });
// @ts-expect-error: the result has camelCase keys, not SALib's.
s.S1;
// @ts-expect-error: confLevel is a number.
sobolAnalyze(y, 3, { confLevel: "95%" });
export { firstRow, widest, fromArray, svg };
