//! One published result: an institution's values in one year, as printed.

use crate::exact::Decimal;
use crate::named_enum::named_enum;

named_enum!(
    /// What kind of institution a row is (the report's table groups).
    InstitutionKind, "kind",
    /// A ministry (`Kementerian …`).
    Kementerian => "kementerian",
    /// Another central body: agencies, state institutions' secretariats, …
    Lembaga => "lembaga",
    /// A provincial government.
    Provinsi => "provinsi",
    /// A regency government (`Pemerintah Kab. …`).
    Kabupaten => "kabupaten",
    /// A city government (`Pemerintah Kota …`).
    Kota => "kota",
);

impl InstitutionKind {
    /// A regional government (province, regency or city).
    pub fn is_regional(self) -> bool {
        matches!(
            self,
            InstitutionKind::Provinsi | InstitutionKind::Kabupaten | InstitutionKind::Kota
        )
    }

    /// Whether the kind is a local government below the province
    /// (kabupaten or kota).
    pub fn is_local(self) -> bool {
        matches!(self, InstitutionKind::Kabupaten | InstitutionKind::Kota)
    }
}

/// One institution's published result in one year, exactly as printed: a
/// blank or unreadable cell is `None`, never a guess.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublishedResult {
    /// Evaluation year.
    pub year: i32,
    /// The report's own table number.
    pub report_table: u32,
    /// The table's "No" column.
    pub row: u32,
    /// The name as printed.
    pub institution: String,
    /// Central or regional, and which.
    pub kind: InstitutionKind,
    /// The province of a regional row; `None` for central institutions.
    pub province: Option<String>,
    /// D1 Kebijakan Internal.
    pub d1: Option<Decimal>,
    /// D2 Tata Kelola.
    pub d2: Option<Decimal>,
    /// D3 Manajemen.
    pub d3: Option<Decimal>,
    /// D4 Layanan.
    pub d4: Option<Decimal>,
    /// The SPBE index.
    pub index: Option<Decimal>,
    /// The predicate as printed (the framework's Indonesian label).
    pub predicate: String,
    /// The predicate's id in the framework (`"sangat-baik"`).
    pub predicate_id: String,
}

impl PublishedResult {
    /// The index as printed (`"3.52"`), or `"–"` when it is missing.
    pub fn index_text(&self) -> String {
        self.index.map_or_else(|| "–".to_owned(), |d| d.to_string())
    }

    /// The four domain values, D1 first.
    pub fn domains(&self) -> [Option<Decimal>; 4] {
        [self.d1, self.d2, self.d3, self.d4]
    }
}
