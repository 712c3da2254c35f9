//! Every sentence a form shows, in Indonesian and English.

use crate::text::Lang;

/// The words of a form in one language.
pub(super) struct Words {
    pub cover_sheet: &'static str,
    pub rating_sheet: &'static str,
    pub title: &'static str,
    pub agency: &'static str,
    pub period: &'static str,
    pub framework: &'static str,
    pub contact: &'static str,
    pub contact_name: &'static str,
    pub contact_position: &'static str,
    pub contact_reach: &'static str,
    pub filled_on: &'static str,
    pub how: &'static str,
    pub steps: [&'static str; 5],
    pub prefilled: &'static str,
    pub agencies: &'static str,
    pub sheet: &'static str,
    pub workbook_steps: [&'static str; 5],
    pub id: &'static str,
    pub indicator: &'static str,
    pub weight: &'static str,
    pub level: &'static str,
    pub note: &'static str,
    pub evidence: &'static str,
    pub criterion: &'static str,
    pub pick: &'static str,
    pub pick_title: &'static str,
    pub wrong: &'static str,
    pub wrong_title: &'static str,
}

const ID: Words = Words {
    cover_sheet: "Sampul",
    rating_sheet: "Penilaian",
    title: "Formulir penilaian mandiri",
    agency: "Instansi",
    period: "Periode",
    framework: "Kerangka",
    contact: "Narahubung",
    contact_name: "Nama",
    contact_position: "Jabatan",
    contact_reach: "Telepon / surel",
    filled_on: "Tanggal pengisian",
    how: "Cara mengisi",
    steps: [
        "1. Pada lembar Penilaian, pilih tingkat setiap indikator dari daftar di kolom Tingkat ({min}–{max}).",
        "2. Kriteria setiap tingkat tertera di sebelah kanan: pilih tingkat tertinggi yang kriterianya terpenuhi seluruhnya.",
        "3. Tuliskan catatan dan tautan bukti dukung (JDIH, dokumen, aplikasi) di kolom Catatan dan Bukti.",
        "4. Hanya sel berwarna kuning yang dapat diisi; struktur lembar dilindungi.",
        "5. Kirim kembali berkas ini tanpa mengubah nama lembar atau urutan baris.",
    ],
    prefilled: "Tingkat, catatan dan bukti terisi dari penilaian periode {previous}: periksa dan perbarui.",
    agencies: "Jumlah instansi",
    sheet: "Lembar",
    workbook_steps: [
        "1. Setiap instansi mengisi lembarnya sendiri (lihat tabel di bawah): pilih tingkat setiap indikator dari daftar di kolom Tingkat ({min}–{max}).",
        "2. Kriteria setiap tingkat tertera di sebelah kanan: pilih tingkat tertinggi yang kriterianya terpenuhi seluruhnya.",
        "3. Tuliskan catatan dan tautan bukti dukung (JDIH, dokumen, aplikasi) di kolom Catatan dan Bukti.",
        "4. Hanya sel berwarna kuning yang dapat diisi, termasuk narahubung setiap instansi pada tabel di bawah; struktur lembar dilindungi.",
        "5. Kirim kembali berkas ini tanpa mengubah nama lembar atau urutan baris, dan tanpa menambah lembar.",
    ],
    id: "Id",
    indicator: "Indikator",
    weight: "Bobot (%)",
    level: "Tingkat",
    note: "Catatan",
    evidence: "Bukti (tautan)",
    criterion: "Kriteria tingkat",
    pick: "Pilih tingkat {min}–{max} dari daftar.",
    pick_title: "Tingkat",
    wrong: "Tingkat harus salah satu dari {min}–{max}.",
    wrong_title: "Tingkat tidak valid",
};

const EN: Words = Words {
    cover_sheet: "Cover",
    rating_sheet: "Assessment",
    title: "Self-assessment form",
    agency: "Agency",
    period: "Period",
    framework: "Framework",
    contact: "Contact person",
    contact_name: "Name",
    contact_position: "Position",
    contact_reach: "Phone / e-mail",
    filled_on: "Date filled in",
    how: "How to fill in this form",
    steps: [
        "1. On the Assessment sheet, choose each indicator's level from the list in the Level column ({min}–{max}).",
        "2. Each level's criterion is shown to the right: choose the highest level whose criterion is fully met.",
        "3. Write notes and links to supporting evidence (JDIH, documents, applications) in the Notes and Evidence columns.",
        "4. Only the yellow cells can be edited; the structure of the sheets is protected.",
        "5. Return this file without renaming its sheets or reordering its rows.",
    ],
    prefilled: "Levels, notes and evidence are pre-filled from the {previous} assessment: check and update them.",
    agencies: "Agencies",
    sheet: "Sheet",
    workbook_steps: [
        "1. Each agency fills in its own sheet (see the table below): choose each indicator's level from the list in the Level column ({min}–{max}).",
        "2. Each level's criterion is shown to the right: choose the highest level whose criterion is fully met.",
        "3. Write notes and links to supporting evidence (JDIH, documents, applications) in the Notes and Evidence columns.",
        "4. Only the yellow cells can be edited, including each agency's contact person in the table below; the structure of the sheets is protected.",
        "5. Return this file without renaming its sheets, reordering its rows or adding sheets.",
    ],
    id: "Id",
    indicator: "Indicator",
    weight: "Weight (%)",
    level: "Level",
    note: "Notes",
    evidence: "Evidence (link)",
    criterion: "Level criterion",
    pick: "Choose a level {min}–{max} from the list.",
    pick_title: "Level",
    wrong: "The level must be one of {min}–{max}.",
    wrong_title: "Invalid level",
};

/// The words in `lang`.
pub(super) fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

/// `text` with `{min}` and `{max}` filled in.
pub(super) fn scaled(text: &str, min: u8, max: u8) -> String {
    text.replace("{min}", &min.to_string())
        .replace("{max}", &max.to_string())
}
