// Serialisation helpers: the share-link fragment (base64url of UTF-8 JSON),
// file names and downloads, and the package's forms module. CSV is the
// package's (`assessmentsToCsv` / `assessmentsFromCsv`: the Rust core's
// reader and writer, the same as the Python package's), and so are the
// Excel forms (`xlsxForm` / `readWorkbook`), in its forms module, which is
// loaded on the first CSV or Excel export or import: the first paint needs
// only the scoring module (see BENCHMARKS.md).

// The package's forms module, relative to this file (examples/web-calculator/
// → repo root).
const FORMS_URL = new URL("../../bindings-wasm/pkg/forms/index.js", import.meta.url).href;
let forms = null;

/**
 * The forms module (`assessmentsFromCsv`, `assessmentsToCsv`, `xlsxForm`,
 * `readWorkbook` and the error classes), loaded and initialised on the first
 * call and kept; a failed load rejects (the caller shows it) and is tried
 * again next time.
 */
export function loadForms() {
  if (forms === null) {
    forms = import(FORMS_URL).then(async (api) => {
      await api.default();
      return api;
    });
    forms.catch(() => {
      forms = null;
    });
  }
  return forms;
}

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
