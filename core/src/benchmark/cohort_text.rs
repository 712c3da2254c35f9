//! A cohort in words, in Indonesian and English.

use super::position::Cohort;
use super::record::InstitutionKind;
use crate::text::Lang;

impl Cohort {
    /// The cohort in words in `lang`, for charts and reports
    /// (`"kabupaten di Sulawesi Utara"`, `"regional governments"`).
    ///
    /// ```
    /// use egov_masterplan::{benchmark::{Cohort, InstitutionKind}, Lang};
    /// assert_eq!(Cohort::regional().label_in(Lang::Id), "pemerintah daerah");
    /// let c = Cohort::province("Sulawesi Utara").with_kind(InstitutionKind::Kabupaten);
    /// assert_eq!(c.label_in(Lang::Id), "kabupaten di Sulawesi Utara");
    /// assert_eq!(c.label_in(Lang::En), "regencies in Sulawesi Utara");
    /// ```
    pub fn label_in(&self, lang: Lang) -> String {
        let who = match (self.kind, self.regional, lang) {
            (Some(k), _, Lang::Id) => k.as_str().to_owned(),
            (Some(k), _, Lang::En) => kind_en(k).to_owned(),
            (None, true, Lang::Id) => "pemerintah daerah".to_owned(),
            (None, true, Lang::En) => "regional governments".to_owned(),
            (None, false, Lang::Id) => "semua instansi".to_owned(),
            (None, false, Lang::En) => "all institutions".to_owned(),
        };
        match (&self.province, lang) {
            (Some(p), Lang::Id) => format!("{who} di {p}"),
            (Some(p), Lang::En) => format!("{who} in {p}"),
            (None, _) => who,
        }
    }
}

/// The English plural of a kind.
fn kind_en(kind: InstitutionKind) -> &'static str {
    match kind {
        InstitutionKind::Kementerian => "ministries",
        InstitutionKind::Lembaga => "central agencies",
        InstitutionKind::Provinsi => "provinces",
        InstitutionKind::Kabupaten => "regencies",
        InstitutionKind::Kota => "cities",
    }
}
