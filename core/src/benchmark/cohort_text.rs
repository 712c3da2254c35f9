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
    /// let local = Cohort::province("Sulawesi Utara").local_only();
    /// assert_eq!(local.label_in(Lang::Id), "kabupaten/kota di Sulawesi Utara");
    /// ```
    pub fn label_in(&self, lang: Lang) -> String {
        let scope = (self.local, self.regional);
        let who = match (self.kind, scope, lang) {
            (Some(k), _, _) => k.plural(lang).to_owned(),
            (None, (true, _), Lang::Id) => "kabupaten/kota".to_owned(),
            (None, (true, _), Lang::En) => "regencies and cities".to_owned(),
            (None, (false, true), Lang::Id) => "pemerintah daerah".to_owned(),
            (None, (false, true), Lang::En) => "regional governments".to_owned(),
            (None, (false, false), Lang::Id) => "semua instansi".to_owned(),
            (None, (false, false), Lang::En) => "all institutions".to_owned(),
        };
        match (&self.province, lang) {
            (Some(p), Lang::Id) => format!("{who} di {p}"),
            (Some(p), Lang::En) => format!("{who} in {p}"),
            (None, _) => who,
        }
    }
}

impl InstitutionKind {
    /// The kind as a heading for many of them: the Indonesian word as
    /// published (`kabupaten`), or the English plural (`regencies`).
    ///
    /// ```
    /// use egov_masterplan::{benchmark::InstitutionKind, Lang};
    /// assert_eq!(InstitutionKind::Kota.plural(Lang::Id), "kota");
    /// assert_eq!(InstitutionKind::Lembaga.plural(Lang::En), "central agencies");
    /// ```
    pub fn plural(self, lang: Lang) -> &'static str {
        match (lang, self) {
            (Lang::Id, k) => k.as_str(),
            (Lang::En, InstitutionKind::Kementerian) => "ministries",
            (Lang::En, InstitutionKind::Lembaga) => "central agencies",
            (Lang::En, InstitutionKind::Provinsi) => "provinces",
            (Lang::En, InstitutionKind::Kabupaten) => "regencies",
            (Lang::En, InstitutionKind::Kota) => "cities",
        }
    }
}
