//! The properties of exported ArchiMate concepts and their definitions.

use crate::architecture::model::{Agency, Element, Lifecycle};

/// A property a concept may carry; the order is the order of the
/// `propertyDefinitions` and of the properties on each concept.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Prop {
    SourceId,
    Reference,
    Owner,
    Domain,
    Kind,
    Lifecycle,
    LifecycleYear,
    Function,
    AgencyKind,
    Relation,
    Free(String),
}

impl Prop {
    /// Identifier stem, Indonesian and English name, data type.
    pub(crate) fn definition(&self) -> (String, &str, &str, &'static str) {
        let fixed = |stem: &str, id, en, ty| (stem.to_owned(), id, en, ty);
        match self {
            Prop::SourceId => fixed("source-id", "ID asal", "Source id", "string"),
            Prop::Reference => fixed("reference", "Kode referensi", "Reference code", "string"),
            Prop::Owner => fixed("owner", "Pemilik", "Owner", "string"),
            Prop::Domain => fixed(
                "domain",
                "Domain arsitektur",
                "Architecture domain",
                "string",
            ),
            Prop::Kind => fixed("kind", "Jenis", "Kind", "string"),
            Prop::Lifecycle => fixed("lifecycle", "Siklus hidup", "Lifecycle", "string"),
            Prop::LifecycleYear => fixed(
                "lifecycle-year",
                "Tahun siklus hidup",
                "Lifecycle year",
                "number",
            ),
            Prop::Function => fixed("function", "Fungsi", "Function", "string"),
            Prop::AgencyKind => fixed("agency-kind", "Jenis instansi", "Agency kind", "string"),
            Prop::Relation => fixed("relation", "Jenis relasi", "Relation type", "string"),
            Prop::Free(key) => (format!("x-{key}"), key, key, "string"),
        }
    }
}

/// Properties of one concept, in order.
pub(crate) type Props = Vec<(Prop, String)>;

/// The properties of an element, in [`Prop`] order.
pub(crate) fn element_props(e: &Element) -> Props {
    let mut p = vec![(Prop::SourceId, e.id.clone())];
    if let Some(r) = &e.reference {
        p.push((Prop::Reference, r.clone()));
    }
    if let Some(o) = &e.owner {
        p.push((Prop::Owner, o.clone()));
    }
    p.push((Prop::Domain, e.domain.as_str().to_owned()));
    p.push((Prop::Kind, e.kind.clone()));
    let (state, year) = match e.lifecycle {
        Lifecycle::AsIs => ("as-is", None),
        Lifecycle::ToBe { year } => ("to-be", year),
        Lifecycle::Retiring { year } => ("retiring", year),
    };
    p.push((Prop::Lifecycle, state.to_owned()));
    if let Some(y) = year {
        p.push((Prop::LifecycleYear, y.to_string()));
    }
    if let Some(f) = &e.function {
        p.push((Prop::Function, f.clone()));
    }
    for (k, v) in &e.properties {
        p.push((Prop::Free(k.clone()), v.clone()));
    }
    p
}

/// The properties of an agency.
pub(crate) fn agency_props(a: &Agency) -> Props {
    vec![
        (Prop::SourceId, a.id.clone()),
        (Prop::AgencyKind, a.kind.as_str().to_owned()),
    ]
}
