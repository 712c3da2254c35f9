// Interface labels of the masterplan page in Indonesian and English. The
// plan's own texts (title, government name, findings, target sources)
// come from the manifest and the core as {id, en} and are not here.

export const DICT = {
  id: {
    pageTitle: "Rencana Induk SPBE: periksa dan unduh",
    subtitle:
      "Pilih atau seret manifest rencana induk (masterplan.json atau masterplan.toml) bersama berkas yang disebutkannya (JSON, CSV, formulir Excel). Temuan pemeriksaan silang, tabel target dan dokumennya dihitung di peramban Anda; tidak ada berkas yang dikirim ke mana pun.",
    langToggle: "English",
    langToggleTitle: "Switch the interface to English",
    loading: "Memuat mesin penilaian…",
    loadFailed: "Mesin penilaian tidak dapat dimuat: {msg}",
    filesH: "Berkas rencana",
    dropHint: "Seret dan lepas semua berkas rencana di sini: masterplan.json (atau .toml) beserta baseline, penilaian (CSV atau formulir Excel), arsitektur dan peta rencana yang disebutkannya.",
    choose: "Pilih berkas…",
    sample: "Coba data contoh",
    reading: "Membaca {n} berkas…",
    readingSample: "Mengambil data contoh…",
    noManifest: "Tidak ada manifest di antara berkas yang dipilih: pilih masterplan.json (berkas JSON dengan \"schema_version\" dan \"government\") atau masterplan.toml bersama berkas lainnya.",
    manyManifests: "Lebih dari satu manifest dipilih ({names}); pilih satu rencana saja.",
    badManifest: "{file} bukan JSON yang sah: {msg}",
    failed: "Rencana tidak dapat dibaca dari {file}: {msg}",
    loaded: "Rencana dimuat dari {file} dan {n} berkas lain.",
    sampleFailed: "Data contoh tidak dapat diambil: {msg}",
    downloaded: "Diunduh: {file}",
    downloadFailed: "{file} tidak dapat dibuat: {msg}",
    period: "Periode {start}–{end}",
    framework: "Kerangka penilaian: {name}",
    sampleNotice: "Data contoh: angka dalam rencana ini ilustratif, bukan hasil evaluasi resmi.",
    findingsH: "Temuan pemeriksaan silang",
    noFindings: "Semua bagian rencana saling sesuai.",
    error: "Galat",
    warning: "Peringatan",
    targetsH: "Target dan proyeksi",
    targetsHint: "Proyeksi: nilai pada akhir tahun bila peta rencana dijalankan sesuai jadwal dan anggarannya, dihitung dari baseline.",
    noTargets: "Manifest tidak memuat target.",
    colYear: "Tahun",
    colTarget: "Target",
    colProjected: "Proyeksi",
    colStatus: "Status",
    index: "Indeks",
    predicate: "Predikat",
    met: "tercapai",
    shortBy: "kurang {x}",
    steps: "Paling sedikit {n} langkah tingkat tambahan: {list}",
    unreachable: "Tidak dapat dicapai dengan menaikkan tingkat indikator.",
    wouldCover: "Inisiatif yang selesai sesudah {year} dan akan membantu: {list}",
    coveredYes: "(bersama-sama cukup untuk mencapai target)",
    coveredNo: "(bersama-sama belum cukup)",
    details: "Apa yang kurang?",
    documentH: "Dokumen rencana induk",
    documentHint: "Dokumen lengkap (bab, tabel, diagram) dalam bahasa antarmuka saat ini: satu berkas HTML yang dapat dibuka dan dicetak tanpa internet, atau berkas Word untuk disunting.",
    downloadHtml: "Unduh dokumen (HTML)",
    downloadMd: "Unduh Markdown",
    downloadDocx: "Unduh dokumen (Word)",
    empty: "Belum ada rencana yang dimuat.",
    footer:
      "Semua perhitungan dilakukan oleh pustaka egov-masterplan (WebAssembly) di peramban ini; halaman tidak menghubungi server mana pun selain asalnya.",
  },
  en: {
    pageTitle: "SPBE masterplan: check and download",
    subtitle:
      "Select or drop the masterplan manifest (masterplan.json or masterplan.toml) together with the files it names (JSON, CSV, Excel forms). The cross-check findings, the target table and the document are computed in your browser; no file is sent anywhere.",
    langToggle: "Bahasa Indonesia",
    langToggleTitle: "Ganti bahasa antarmuka ke Bahasa Indonesia",
    loading: "Loading the scoring engine…",
    loadFailed: "The scoring engine could not be loaded: {msg}",
    filesH: "Plan files",
    dropHint: "Drop all the plan's files here: masterplan.json (or .toml) with the baseline, assessments (CSV or Excel forms), architecture and roadmap it names.",
    choose: "Choose files…",
    sample: "Try the sample",
    reading: "Reading {n} files…",
    readingSample: "Fetching the sample data…",
    noManifest: "No manifest among the selected files: choose masterplan.json (a JSON file with \"schema_version\" and \"government\") or masterplan.toml together with the other files.",
    manyManifests: "More than one manifest selected ({names}); choose one plan only.",
    badManifest: "{file} is not valid JSON: {msg}",
    failed: "The plan could not be read from {file}: {msg}",
    loaded: "Plan loaded from {file} and {n} other files.",
    sampleFailed: "The sample data could not be fetched: {msg}",
    downloaded: "Downloaded: {file}",
    downloadFailed: "{file} could not be written: {msg}",
    period: "Period {start}–{end}",
    framework: "Assessment framework: {name}",
    sampleNotice: "Sample data: the numbers in this plan are illustrative, not official evaluation results.",
    findingsH: "Cross-check findings",
    noFindings: "All parts of the plan agree.",
    error: "Error",
    warning: "Warning",
    targetsH: "Targets and projection",
    targetsHint: "Projected: the value at the end of the year if the roadmap runs as scheduled within its budget, from the baseline.",
    noTargets: "The manifest sets no targets.",
    colYear: "Year",
    colTarget: "Target",
    colProjected: "Projected",
    colStatus: "Status",
    index: "Index",
    predicate: "Predicate",
    met: "met",
    shortBy: "short by {x}",
    steps: "At least {n} extra level steps: {list}",
    unreachable: "Not reachable by raising indicator levels.",
    wouldCover: "Initiatives finishing after {year} that would help: {list}",
    coveredYes: "(together enough to meet the target)",
    coveredNo: "(together not enough)",
    details: "What is missing?",
    documentH: "Masterplan document",
    documentHint: "The full document (chapters, tables, charts) in the current interface language: one HTML file that opens and prints without internet, or a Word file to edit.",
    downloadHtml: "Download document (HTML)",
    downloadMd: "Download Markdown",
    downloadDocx: "Download document (Word)",
    empty: "No plan loaded yet.",
    footer:
      "Every number is computed by the egov-masterplan library (WebAssembly) in this browser; the page contacts no server but its own origin.",
  },
};

/** The label `key` in `lang`, with {placeholders} filled from `vars`. */
export function t(lang, key, vars) {
  const table = DICT[lang] ?? DICT.id;
  let s = table[key] ?? DICT.id[key] ?? key;
  if (vars) s = s.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
  return s;
}

/** A plan text (a plain string or {id, en}) in `lang`. */
export function text(value, lang) {
  if (value == null) return "";
  if (typeof value === "string") return value;
  return value[lang] ?? value.id ?? value.en ?? "";
}
