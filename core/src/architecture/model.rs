//! The parts of an architecture catalog: agencies, elements in the six SPBE
//! architecture domains, and typed relations.

use crate::named_enum::named_enum;
use crate::text::Text;
use std::collections::BTreeMap;

named_enum!(
    /// The six SPBE architecture domains (Perpres 95/2018).
    Domain, "domain",
    /// Proses Bisnis: business processes.
    ProsesBisnis => "proses-bisnis",
    /// Data dan Informasi: data and information.
    DataInformasi => "data-informasi",
    /// Infrastruktur SPBE: infrastructure.
    Infrastruktur => "infrastruktur",
    /// Aplikasi SPBE: applications.
    Aplikasi => "aplikasi",
    /// Keamanan SPBE: security.
    Keamanan => "keamanan",
    /// Layanan SPBE: services.
    Layanan => "layanan",
);

impl Domain {
    /// The reference-architecture code prefix of the domain (`RAB`, `RAD`,
    /// `RAI`, `RAA`, `RAK`, `RAL`) and how many tier-1 items it has
    /// (SE MenPANRB 18/2022).
    pub fn reference_prefix(&self) -> (&'static str, u32) {
        match self {
            Domain::ProsesBisnis => ("RAB", 9),
            Domain::DataInformasi => ("RAD", 10),
            Domain::Infrastruktur => ("RAI", 3),
            Domain::Aplikasi => ("RAA", 2),
            Domain::Keamanan => ("RAK", 3),
            Domain::Layanan => ("RAL", 2),
        }
    }

    /// The element kinds allowed in the domain; the first is the default.
    pub fn kinds(&self) -> &'static [&'static str] {
        match self {
            Domain::ProsesBisnis => &["proses", "fungsi"],
            Domain::DataInformasi => &["data", "data-induk", "data-referensi"],
            Domain::Infrastruktur => &[
                "pusat-data",
                "server",
                "cloud",
                "jaringan",
                "sistem-penghubung",
                "perangkat-lunak",
            ],
            Domain::Aplikasi => &["khusus", "umum"],
            Domain::Keamanan => &["standar", "penerapan", "kelaikan"],
            Domain::Layanan => &["publik", "administrasi"],
        }
    }
}

named_enum!(
    /// Kinds of agency (OPD).
    AgencyKind, "agency kind",
    /// Sekretariat (daerah, DPRD).
    Sekretariat => "sekretariat",
    /// Dinas.
    Dinas => "dinas",
    /// Badan.
    Badan => "badan",
    /// Inspektorat.
    Inspektorat => "inspektorat",
    /// Kecamatan.
    Kecamatan => "kecamatan",
    /// Anything else.
    Other => "other",
);

named_enum!(
    /// Typed relations between elements (see [`RelationType::allowed`]).
    RelationType, "relation type",
    /// An application or process realizes a service.
    Realizes => "realizes",
    /// A service, application or infrastructure element serves another.
    Serves => "serves",
    /// An element uses another.
    Uses => "uses",
    /// Reads a data set.
    Reads => "reads",
    /// Writes a data set.
    Writes => "writes",
    /// Runs on (or is stored on) an infrastructure element.
    HostedOn => "hosted-on",
    /// Connects to an infrastructure element (network, service connector).
    ConnectsTo => "connects-to",
    /// A security element protects another element.
    Secures => "secures",
    /// Any other dependency.
    DependsOn => "depends-on",
);

impl RelationType {
    /// Whether this relation may join an element of domain `from` to one of
    /// domain `to`. The matrix (from → to):
    ///
    /// | relation | from | to |
    /// |---|---|---|
    /// | `realizes` | proses-bisnis, aplikasi | layanan |
    /// | `serves` | layanan, aplikasi, infrastruktur | proses-bisnis, layanan, aplikasi |
    /// | `uses` | proses-bisnis, layanan, aplikasi | aplikasi, layanan, data-informasi, infrastruktur |
    /// | `reads`, `writes` | proses-bisnis, layanan, aplikasi | data-informasi |
    /// | `hosted-on` | aplikasi, data-informasi, infrastruktur | infrastruktur |
    /// | `connects-to` | aplikasi, infrastruktur | infrastruktur |
    /// | `secures` | keamanan | every domain |
    /// | `depends-on` | every domain | every domain |
    pub fn allowed(&self, from: Domain, to: Domain) -> bool {
        use Domain::*;
        match self {
            RelationType::Realizes => matches!(from, ProsesBisnis | Aplikasi) && to == Layanan,
            RelationType::Serves => {
                matches!(from, Layanan | Aplikasi | Infrastruktur)
                    && matches!(to, ProsesBisnis | Layanan | Aplikasi)
            }
            RelationType::Uses => {
                matches!(from, ProsesBisnis | Layanan | Aplikasi)
                    && matches!(to, Aplikasi | Layanan | DataInformasi | Infrastruktur)
            }
            RelationType::Reads | RelationType::Writes => {
                matches!(from, ProsesBisnis | Layanan | Aplikasi) && to == DataInformasi
            }
            RelationType::HostedOn => {
                matches!(from, Aplikasi | DataInformasi | Infrastruktur) && to == Infrastruktur
            }
            RelationType::ConnectsTo => {
                matches!(from, Aplikasi | Infrastruktur) && to == Infrastruktur
            }
            RelationType::Secures => from == Keamanan,
            RelationType::DependsOn => true,
        }
    }

    /// True when the relation's `to` end depends on its `from` end (a
    /// failure travels from → to); otherwise `from` depends on `to`.
    pub fn to_depends_on_from(&self) -> bool {
        matches!(
            self,
            RelationType::Realizes | RelationType::Serves | RelationType::Secures
        )
    }
}

/// Where an element is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lifecycle {
    /// Exists today.
    AsIs,
    /// Planned; exists from `year` (or from an unspecified future year).
    ToBe {
        /// The plan year it comes into use.
        year: Option<i32>,
    },
    /// Exists today and is retired in `year` (or some future year).
    Retiring {
        /// The plan year it is retired.
        year: Option<i32>,
    },
}

/// An agency (OPD).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agency {
    /// Unique id, e.g. `diskominfo`.
    pub id: String,
    /// Name.
    pub name: Text,
    /// Kind.
    pub kind: AgencyKind,
    /// Parent agency id, if any.
    pub parent: Option<String>,
}

/// An element of the architecture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Element {
    /// Unique id.
    pub id: String,
    /// Name.
    pub name: Text,
    /// Its architecture domain.
    pub domain: Domain,
    /// Its kind within the domain (see [`Domain::kinds`]).
    pub kind: String,
    /// Owner agency id (optional; a data set without one is reported).
    pub owner: Option<String>,
    /// Reference-architecture code, e.g. `RAA.02.03`.
    pub reference: Option<String>,
    /// The business function it supports (groups duplicate candidates).
    pub function: Option<String>,
    /// As-is, to-be or retiring.
    pub lifecycle: Lifecycle,
    /// Free properties (vendor, URL, …), sorted by key.
    pub properties: BTreeMap<String, String>,
}

/// A typed relation from one element to another.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Relation {
    /// Source element id.
    pub from: String,
    /// Target element id.
    pub to: String,
    /// The relation's type.
    pub kind: RelationType,
}
