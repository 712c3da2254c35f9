//! TypeScript types of the benchmark's plain objects (published rows,
//! cohorts, positions, peers, movements, distributions).

use wasm_bindgen::prelude::*;

#[cfg(feature = "benchmark")]
#[wasm_bindgen(typescript_custom_section)]
const BENCHMARK_TYPES: &'static str = r#"
/** What kind of institution a published row is (the report's table groups). */
export type InstitutionKind = "kementerian" | "lembaga" | "provinsi" | "kabupaten" | "kota";
/**
 * One institution's published result in one year, exactly as printed: the
 * core's canonical row with camelCase keys (`Benchmark.lookupJson` gives
 * the JSON text). A blank cell is `null`.
 */
export interface PublishedResult {
  year: number;
  /** The report's own table number. */
  reportTable: number;
  /** The table's "No" column. */
  row: number;
  /** The name as printed ("Pemerintah Kab. Bolaang Mongondow"). */
  institution: string;
  kind: InstitutionKind;
  /** The province of a regional row; `null` for central institutions. */
  province: string | null;
  d1: number | null;
  d2: number | null;
  d3: number | null;
  d4: number | null;
  index: number | null;
  /** The predicate as printed (the framework's Indonesian label). */
  predicate: string;
  /** The predicate's id in the framework ("sangat-baik"). */
  predicateId: string;
}
/**
 * The institutions a benchmark answer is about (default: every
 * institution). `province` means that province's regional governments
 * (its provincial government, regencies and cities); `regional`, every
 * regional government; `local`, only regencies and cities (kabupaten and
 * kota, in the province if one is given: it implies `regional`); `kind`
 * narrows to one kind.
 */
export interface CohortOptions {
  kind?: InstitutionKind | null;
  province?: string | null;
  regional?: boolean | null;
  /** Only kabupaten and kota (implies `regional`). */
  local?: boolean | null;
}
/** Options of `Benchmark.robustness`: the cohort and the Monte Carlo. */
export interface RobustnessOptions extends CohortOptions {
  /** Each domain weight moves by up to this share of itself (default 0.2). */
  weightNoise?: number | null;
  /** Seeded samples (default 500). */
  samples?: number | null;
  /** Seed of the draws (default 0). */
  seed?: number | null;
}
/** Where a self-assessed index would stand, and how far its rank moves with the domain weights. */
export interface RobustPosition {
  /** Cohort members with four published domain values, the subject included. */
  count: number;
  nominalRank: number;
  medianRank: number;
  /** 5th percentile of the ranks (the best end). */
  p05: number;
  /** 95th percentile (the worst end). */
  p95: number;
  meanShift: number;
}
/** Quartiles by linear interpolation between order statistics (exact, printed as numbers). */
export interface Quartiles { q1: number; median: number; q3: number }
/** Where a subject stands in a cohort in one year (`Benchmark.positionJson` gives the JSON text). */
export interface Position {
  year: number;
  /** The cohort in words ("regional governments in Sulawesi Utara"). */
  cohort: string;
  /** The institution placed, as printed; `null` for an index value. */
  institution: string | null;
  /** The index placed. */
  index: number;
  /** 1 + the cohort members with a higher published index (ties share a rank). */
  rank: number;
  /** Cohort members with a published index. */
  count: number;
  /** Cohort members with a lower index. */
  below: number;
  /** `below` as a percentage of `count`. */
  percentile: number;
  quartiles: Quartiles;
}
/** One row of a peer table. */
export interface PeerRow {
  institution: string;
  province: string | null;
  index: number;
  predicateId: string;
  /** Competition rank within the table (or, in `nearest`, within the kind). */
  rank: number;
  /** Whether this row is the subject. */
  subject: boolean;
}
/** An institution's peers in one year (`Benchmark.peersJson` gives the JSON text). */
export interface Peers {
  year: number;
  institution: string;
  kind: InstitutionKind;
  province: string | null;
  /** Its kind in its province (a central body: its kind), highest index first. */
  table: PeerRow[];
  /** The nearest of its kind anywhere by index, nearest first, the subject left out. */
  nearest: PeerRow[];
}
/** One institution's change between two years (`Benchmark.moversJson` gives the JSON text). */
export interface Movement {
  institution: string;
  kind: InstitutionKind;
  province: string | null;
  indexFrom: number;
  indexTo: number;
  /** `indexTo − indexFrom`, exact. */
  change: number;
  /** D1–D4: each domain's change (`null` where either year left it blank). */
  domainChanges: Array<number | null>;
  predicateFrom: string;
  predicateTo: string;
}
/** How many rows of a cohort carry one predicate. */
export interface PredicateCount { id: string; label: string; count: number }
/** The spread of a cohort's results in one year (`Benchmark.distributionJson` gives the JSON text). */
export interface Distribution {
  year: number;
  cohort: string;
  /** Rows of the cohort. */
  count: number;
  /** Per predicate of the framework, highest first. */
  predicates: PredicateCount[];
  index: Quartiles;
  /** D1–D4 (`null` for a domain no row of the cohort has). */
  domains: Array<Quartiles | null>;
}
"#;
