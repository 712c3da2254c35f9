//! TypeScript types of the Excel forms' plain objects (form and workbook
//! options, a filled form, the consolidation report).

use wasm_bindgen::prelude::*;

#[cfg(feature = "xlsx")]
#[wasm_bindgen(typescript_custom_section)]
const FORM_TYPES: &'static str = r#"
/** What `xlsxForm` writes: for whom, which period, in which language. */
export interface FormOptions {
  /** The agency (perangkat daerah) that fills it in. */
  subject: string;
  /** The period (year) assessed. */
  period: number;
  /** Labels and instructions: Indonesian (default) or English. */
  lang?: "id" | "en";
  /**
   * Levels, notes and evidence to pre-fill (last period's assessment, or a
   * level map, which is then this subject and period); checked against
   * the framework.
   */
  prefill?: AssessmentDocument | Levels;
  /** The workbook's date `[year, month, day]` (1980-01-01 when left out). */
  issued?: [number, number, number];
}
/** What `xlsxWorkbook` writes: one rating sheet per agency, one period, one language. */
export interface WorkbookOptions {
  /** The agencies (perangkat daerah), one rating sheet each, in this order (at least one, none repeated). */
  subjects: string[];
  /** The period (year) assessed. */
  period: number;
  /** Labels and instructions: Indonesian (default) or English. */
  lang?: "id" | "en";
  /**
   * Earlier assessments to pre-fill from: each agency's latest one (by
   * period), checked against the framework; each must be of one of the
   * `subjects`.
   */
  prefill?: AssessmentDocument[];
  /** The workbook's date `[year, month, day]` (1980-01-01 when left out). */
  issued?: [number, number, number];
}
/**
 * A cell of a returned form that could not be accepted: at run time a
 * `FormCellError` (the package's class, returned in `problems`, not thrown;
 * narrow with `instanceof FormCellError`), its message `Sheet!D14: detail`.
 */
export interface FormCellProblem extends Error {
  kind: "form_cell";
  /** The sheet's name (`Penilaian`). */
  sheet: string;
  /** The cell in A1 notation (`D14`). */
  cell: string;
  /** What was found and what was expected. */
  detail: string;
}
/** A returned form as `readForm` reads it (`readWorkbook`: one per agency sheet). */
export interface FilledForm {
  /** Every acceptable answer (the framework id set). */
  assessment: AssessmentDocument;
  /** The framework version the form was written for. */
  frameworkVersion: string;
  /** The rating sheet's name (`Penilaian` or `Assessment`; the agency's sheet in a workbook of many). */
  sheet: string;
  /** Indicators left without a level, in framework order. */
  empty: string[];
  /** The cells that could not be accepted, in sheet order (neither rated nor empty). */
  problems: FormCellProblem[];
  /** The cover's contact answers: name, position, phone or e-mail, date filled in ("" when blank). */
  contact: [string, string, string, string];
}
/** What `readForms` expects and flags. */
export interface ReadFormsOptions {
  /** The agencies sent a form (those without a returned file are `missing`). */
  expected?: string[];
  /** The previous period's assessments, to flag large changes. */
  previous?: AssessmentDocument[];
  /** Flag a level that moved by more than this many steps (default 1). */
  flagMoreThan?: number;
}
/** Where an agency's return stands. */
export type ReturnStatus = "complete" | "incomplete" | "invalid" | "duplicate" | "missing" | "unreadable";
/** One agency's line of the consolidation report. */
export interface ConsolidationRow {
  subject: string;
  period: number | null;
  status: ReturnStatus;
  files: string[];
  rated: number;
  empty: string[];
  /** The problems' messages (`Penilaian!D14: …`, or why a file is unreadable). */
  problems: string[];
  changes: Array<{ indicator: string; from: number; to: number }>;
}
/** The consolidation report (the core's `Consolidation::to_json`). */
export interface ConsolidationReport { rows: ConsolidationRow[] }
/** `readForms`: the assessments that can be used, and the report. */
export interface Consolidation {
  assessments: AssessmentDocument[];
  report: ConsolidationReport;
}
"#;
