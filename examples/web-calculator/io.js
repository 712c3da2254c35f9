// Serialisation helpers: the share-link fragment (base64url of UTF-8 JSON)
// and the long CSV format `subject,period,indicator,level,note[,evidence]`
// that the Rust core (`Assessment::from_csv` / `to_csv`) and the Python
// package read and write.

/** UTF-8 text → base64url without padding. */
export function toBase64Url(textValue) {
  const bytes = new TextEncoder().encode(textValue);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** base64url (padding optional) → UTF-8 text; throws on malformed input. */
export function fromBase64Url(encoded) {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(encoded)) throw new Error("not base64url");
  const b64 = encoded.replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, "");
  const padded = b64 + "===".slice((b64.length + 3) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

const COLUMNS = ["subject", "period", "indicator", "level", "note", "evidence"];
const REQUIRED = ["subject", "period", "indicator", "level"];

function csvField(value) {
  const s = String(value ?? "");
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * One assessment as long CSV: a row per indicator that has a level or a
 * note, in `order` (framework order). `evidence` is added when any note has
 * one, as the core does.
 */
export function assessmentToCsv(doc, order) {
  const notes = doc.notes ?? {};
  const noteOf = (id) => {
    const n = notes[id];
    if (n == null) return { text: "", evidence: "" };
    if (typeof n === "string") return { text: n, evidence: "" };
    return { text: n.text ?? "", evidence: n.evidence ?? "" };
  };
  const withEvidence = Object.keys(notes).some((id) => noteOf(id).evidence !== "");
  const header = COLUMNS.slice(0, withEvidence ? 6 : 5);
  const lines = [header.join(",")];
  for (const id of order) {
    const level = doc.levels?.[id];
    const note = noteOf(id);
    if (level == null && note.text === "" && note.evidence === "") continue;
    const row = [doc.subject, doc.period, id, level ?? "", note.text];
    if (withEvidence) row.push(note.evidence);
    lines.push(row.map(csvField).join(","));
  }
  return lines.join("\n") + "\n";
}

/** RFC 4180 records (quotes, doubled quotes, CRLF or LF line ends). */
export function parseCsvRecords(input) {
  const s = input.replace(/^\uFEFF/, "");
  const records = [];
  let record = [];
  let field = "";
  let i = 0;
  let quoted = false;
  let atStart = true; // at the start of a field
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      field += c;
      i += 1;
      continue;
    }
    if (c === '"' && atStart) {
      quoted = true;
      atStart = false;
      i += 1;
      continue;
    }
    if (c === ",") {
      record.push(field);
      field = "";
      atStart = true;
      i += 1;
      continue;
    }
    if (c === "\r" || c === "\n") {
      record.push(field);
      if (!(record.length === 1 && record[0] === "")) records.push(record);
      record = [];
      field = "";
      atStart = true;
      i += c === "\r" && s[i + 1] === "\n" ? 2 : 1;
      continue;
    }
    field += c;
    atStart = false;
    i += 1;
  }
  if (quoted) throw new Error("a quoted field is not closed");
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/**
 * Long CSV → assessment documents, one per (subject, period) in order of
 * first appearance, with the core's rules: header names in any order (case
 * ignored), fields trimmed, an empty level leaves the indicator unrated.
 */
export function assessmentsFromCsv(input) {
  const records = parseCsvRecords(input);
  if (records.length === 0) throw new Error("the file is empty");
  const index = {};
  records[0].forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if (!COLUMNS.includes(key)) {
      throw new Error(`row 1: \`${name.trim()}\` is not a known column; expected: ${COLUMNS.join(", ")}`);
    }
    if (key in index) throw new Error(`row 1: \`${key}\` appears twice in the header`);
    index[key] = i;
  });
  for (const key of REQUIRED) {
    if (!(key in index)) throw new Error(`row 1: \`${key}\` is missing from the header`);
  }
  const out = [];
  records.slice(1).forEach((rec, n) => {
    const row = n + 2;
    const field = (key) => (key in index ? (rec[index[key]] ?? "").trim() : "");
    const subject = field("subject");
    if (!subject) throw new Error(`row ${row}: subject must not be empty`);
    const periodText = field("period");
    if (!/^[+-]?\d+$/.test(periodText)) throw new Error(`row ${row}: \`${periodText}\` is not a year`);
    const period = Number(periodText);
    const indicator = field("indicator");
    if (!indicator) throw new Error(`row ${row}: indicator must not be empty`);
    let doc = out.find((d) => d.subject === subject && d.period === period);
    if (!doc) {
      doc = { subject, period, levels: {}, notes: {} };
      out.push(doc);
    }
    if (indicator in doc.levels || indicator in doc.notes) {
      throw new Error(`row ${row}: \`${indicator}\` appears twice for ${subject} ${period}`);
    }
    const level = field("level");
    if (level !== "") {
      if (!/^[+-]?\d+$/.test(level)) throw new Error(`row ${row}: \`${level}\` is not a whole number`);
      doc.levels[indicator] = Number(level);
    }
    const note = field("note");
    const evidence = field("evidence");
    if (evidence) doc.notes[indicator] = { text: note, evidence };
    else if (note) doc.notes[indicator] = note;
  });
  if (out.length === 0) throw new Error("the file has a header but no rows");
  return out;
}

/** A file name part from free text (ASCII letters, digits and dashes). */
export function slug(value) {
  return String(value ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

/** Offers `content` as a file download. */
export function download(filename, content, type) {
  const blob = new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
