// The files the calculator writes and recognises through the package's
// forms module (loaded on first use, io.js): the core's CSV writer and
// Excel form writer for the current assessment.

import { loadForms } from "./io.js";
import { assessmentDocument } from "./state.js";
import { store } from "./store.js";

export async function exportCsvText() {
  // The core's CSV writer (every row names its subject; an unnamed
  // assessment is written as "assessment", the core's default subject),
  // from the forms module (loaded on first use). The document is taken
  // before waiting for it.
  const doc = namedDocument();
  const { assessmentsToCsv } = await loadForms();
  return assessmentsToCsv([doc]);
}

/** The subject a file needs: the page allows an unnamed assessment, the core does not. */
function namedDocument() {
  const doc = assessmentDocument();
  return { ...doc, subject: doc.subject.trim() === "" ? "assessment" : doc.subject };
}

export async function exportXlsxBytes() {
  // The core's form writer (forms module, loaded on first use), for the
  // current framework, subject and period, pre-filled with the current
  // levels, notes and evidence (none when nothing is rated or noted).
  const doc = namedDocument();
  const { xlsxForm } = await loadForms();
  const filled = Object.keys(doc.levels).length > 0 || Object.keys(doc.notes ?? {}).length > 0;
  return xlsxForm(doc.framework, {
    subject: doc.subject,
    period: doc.period,
    lang: store.state.lang,
    ...(filled ? { prefill: doc } : {}),
  });
}

/** Whether a file is an .xlsx workbook (its name, or a zip's "PK" start). */
export function isXlsx(file, bytes) {
  return /\.xlsx$/i.test(file.name) || (bytes[0] === 0x50 && bytes[1] === 0x4b);
}
