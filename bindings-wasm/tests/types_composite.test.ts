// Type-level test of the composite methods' declarations (checked by
// `npx tsc --noEmit -p tsconfig.json` with types.test.ts; not executed).
import { Framework } from "egov-masterplan";
import type {
  CohortInput, CohortScores, CohortUncertainty, CohortUncertaintyOptions, EffectiveWeight, UnitInterval, UnitScore,
} from "egov-masterplan";

const fw = Framework.builtin("un-egdi-2022");
const cohort: CohortInput = { ids: ["IDN", "MYS"], columns: { osi: [0.7644, 0.763], hci: [0.7438, null], tii: [0.6397, 0.7945] } };
const grouped: CohortInput = { ...cohort, groups: ["asia", "asia"] };
const s: CohortScores = fw.scoreCohort(grouped);
const first: UnitScore = s.units[0];
const index: number | null = first.index;
const rank: number | null = first.rank;
const band: string | null = first.group;
const w: EffectiveWeight = s.effectiveWeights[0];
const correlation: number | null = w.correlation;
const text: string = fw.scoreCohortJson(cohort);
const options: CohortUncertaintyOptions = {
  weightNoise: 0.2, samples: 500, seed: 2022, weightModel: "dirichlet", concentration: 50,
  normalisers: ["none", "percent-rank"], aggregators: ["arithmetic", "power:2"], exclusion: true,
};
const u: CohortUncertainty = fw.uncertainty(cohort, options);
const interval: UnitInterval = u.units[0];
const width: number = interval.p95 - interval.p05 + interval.nominalRank + interval.medianRank + interval.meanShift;
const defaults: CohortUncertainty = fw.uncertainty(cohort);
const json: string = fw.uncertaintyJson(cohort, { samples: 10 });
// @ts-expect-error: the result has camelCase keys.
s.effective_weights;
// @ts-expect-error: the weight model is "uniform" or "dirichlet".
fw.uncertainty(cohort, { weightModel: "normal" });
// @ts-expect-error: a column holds numbers or nulls.
fw.scoreCohort({ ids: ["A"], columns: { osi: ["0.5"] } });
// @ts-expect-error: ids are required.
fw.scoreCohort({ columns: {} });
export { index, rank, band, correlation, text, width, defaults, json };
