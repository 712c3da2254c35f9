//! The ArchiMate side of the exchange export: the element and relationship
//! types we write, a compiled-in part of Archi's permitted-relationship
//! matrix (`relationships.xml`, ArchiMate 3.2) for those types, how each of
//! our relation types maps onto it, and XML identifiers.

use crate::architecture::model::{Domain, Element, RelationType};
use std::collections::BTreeSet;

/// The ArchiMate element types an architecture catalog maps to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ArchiType {
    BusinessActor,
    BusinessProcess,
    BusinessFunction,
    BusinessService,
    ApplicationComponent,
    ApplicationService,
    DataObject,
    Node,
    CommunicationNetwork,
    SystemSoftware,
    Constraint,
    Requirement,
}

impl ArchiType {
    /// Every type, in the row/column order of [`MATRIX`].
    #[cfg(test)]
    pub(crate) const ALL: [ArchiType; 12] = [
        ArchiType::BusinessActor,
        ArchiType::BusinessProcess,
        ArchiType::BusinessFunction,
        ArchiType::BusinessService,
        ArchiType::ApplicationComponent,
        ArchiType::ApplicationService,
        ArchiType::DataObject,
        ArchiType::Node,
        ArchiType::CommunicationNetwork,
        ArchiType::SystemSoftware,
        ArchiType::Constraint,
        ArchiType::Requirement,
    ];

    /// The `xsi:type` name (also the concept name in `relationships.xml`).
    pub(crate) fn name(self) -> &'static str {
        match self {
            ArchiType::BusinessActor => "BusinessActor",
            ArchiType::BusinessProcess => "BusinessProcess",
            ArchiType::BusinessFunction => "BusinessFunction",
            ArchiType::BusinessService => "BusinessService",
            ArchiType::ApplicationComponent => "ApplicationComponent",
            ArchiType::ApplicationService => "ApplicationService",
            ArchiType::DataObject => "DataObject",
            ArchiType::Node => "Node",
            ArchiType::CommunicationNetwork => "CommunicationNetwork",
            ArchiType::SystemSoftware => "SystemSoftware",
            ArchiType::Constraint => "Constraint",
            ArchiType::Requirement => "Requirement",
        }
    }

    /// The type of an element, by domain and kind.
    pub(crate) fn of(e: &Element) -> ArchiType {
        match (e.domain, e.kind.as_str()) {
            (Domain::ProsesBisnis, "fungsi") => ArchiType::BusinessFunction,
            (Domain::ProsesBisnis, _) => ArchiType::BusinessProcess,
            (Domain::DataInformasi, _) => ArchiType::DataObject,
            (Domain::Layanan, "administrasi") => ArchiType::ApplicationService,
            (Domain::Layanan, _) => ArchiType::BusinessService,
            (Domain::Aplikasi, _) => ArchiType::ApplicationComponent,
            (Domain::Infrastruktur, "jaringan") => ArchiType::CommunicationNetwork,
            (Domain::Infrastruktur, "sistem-penghubung" | "perangkat-lunak") => {
                ArchiType::SystemSoftware
            }
            (Domain::Infrastruktur, _) => ArchiType::Node,
            (Domain::Keamanan, "standar") => ArchiType::Constraint,
            (Domain::Keamanan, _) => ArchiType::Requirement,
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// The ArchiMate relationship types the export writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ArchiRel {
    Access,
    Aggregation,
    Assignment,
    Association,
    Influence,
    Realization,
    Serving,
}

impl ArchiRel {
    /// The `xsi:type` name.
    pub(crate) fn name(self) -> &'static str {
        match self {
            ArchiRel::Access => "Access",
            ArchiRel::Aggregation => "Aggregation",
            ArchiRel::Assignment => "Assignment",
            ArchiRel::Association => "Association",
            ArchiRel::Influence => "Influence",
            ArchiRel::Realization => "Realization",
            ArchiRel::Serving => "Serving",
        }
    }

    /// Its letter in `relationships.xml` (see `relationships-keys.xml`).
    pub(crate) fn letter(self) -> char {
        match self {
            ArchiRel::Access => 'a',
            ArchiRel::Aggregation => 'g',
            ArchiRel::Assignment => 'i',
            ArchiRel::Association => 'o',
            ArchiRel::Influence => 'n',
            ArchiRel::Realization => 'r',
            ArchiRel::Serving => 'v',
        }
    }
}

/// Archi's `relationships.xml` (version 3.2, archi commit `0469def6`)
/// restricted to [`ArchiType::ALL`]: `MATRIX[source][target]` holds the
/// letters of the relationship types permitted from source to target. A
/// unit test compares it with the file.
const MATRIX: [[&str; 12]; 12] = [
    // BusinessActor
    [
        "cfgostv", "fiotv", "fiotv", "fiortv", "fotv", "fotv", "ao", "fotv", "fotv", "fotv", "nor",
        "nor",
    ],
    // BusinessProcess
    [
        "fotv", "cfgostv", "cfgotv", "fortv", "fotv", "fotv", "ao", "fotv", "fotv", "fotv", "nor",
        "nor",
    ],
    // BusinessFunction
    [
        "fotv", "cfgotv", "cfgostv", "fortv", "fotv", "fotv", "ao", "fotv", "fotv", "fotv", "nor",
        "nor",
    ],
    // BusinessService
    [
        "fotv", "fotv", "fotv", "cfgostv", "fotv", "fotv", "ao", "fotv", "fotv", "fotv", "nor",
        "nor",
    ],
    // ApplicationComponent
    [
        "fotv", "fortv", "fortv", "fortv", "cfgorstv", "fiortv", "ao", "fotv", "fotv", "fotv",
        "nor", "nor",
    ],
    // ApplicationService
    [
        "fotv", "fotv", "fotv", "fortv", "fotv", "cfgostv", "ao", "fotv", "fotv", "fotv", "nor",
        "nor",
    ],
    // DataObject
    [
        "o", "o", "o", "o", "o", "o", "cgos", "o", "o", "o", "nor", "nor",
    ],
    // Node
    [
        "fiotv", "fiortv", "fiortv", "fiortv", "fortv", "fortv", "ao", "cfgiostv", "fotv",
        "cfgiortv", "nor", "nor",
    ],
    // CommunicationNetwork
    [
        "fortv", "fortv", "fortv", "fortv", "fortv", "fortv", "ao", "fortv", "cfgostv", "fgiortv",
        "nor", "nor",
    ],
    // SystemSoftware
    [
        "fotv",
        "fortv",
        "fortv",
        "fortv",
        "fortv",
        "fortv",
        "ao",
        "fotv",
        "fotv",
        "cfgiorstv",
        "nor",
        "nor",
    ],
    // Constraint
    [
        "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "cgnos", "cgnos",
    ],
    // Requirement
    [
        "o", "o", "o", "o", "o", "o", "o", "o", "o", "o", "cgnos", "cgnos",
    ],
];

/// Whether `rel` from `source` to `target` is permitted by the matrix.
pub(crate) fn permitted(source: ArchiType, rel: ArchiRel, target: ArchiType) -> bool {
    MATRIX[source.index()][target.index()].contains(rel.letter())
}

/// How one relation is written: type, whether source and target swap, and
/// the `accessType` of an Access.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Mapped {
    pub rel: ArchiRel,
    pub reversed: bool,
    pub access: Option<&'static str>,
}

const fn m(rel: ArchiRel, reversed: bool, access: Option<&'static str>) -> Mapped {
    Mapped {
        rel,
        reversed,
        access,
    }
}

/// The preferred ArchiMate relationships for a relation type, best first.
/// The export takes the first one the matrix permits between the two
/// element types, and otherwise a directed Association from → to.
///
/// `hosted-on` prefers an Aggregation from the host (the relation's `to`)
/// to the hosted element, which the matrix permits only between technology
/// types: a `Node` aggregates a `Node` or `SystemSoftware`, `SystemSoftware`
/// aggregates `SystemSoftware`, a `CommunicationNetwork` aggregates
/// `SystemSoftware` or a `CommunicationNetwork`. The views draw such an
/// Aggregation by nesting the hosted element in its host.
pub(crate) fn candidates(kind: RelationType) -> &'static [Mapped] {
    use ArchiRel::*;
    const AGGREGATED_BY: Mapped = m(Aggregation, true, None);
    const REALIZATION: Mapped = m(Realization, false, None);
    const REALIZED_BY: Mapped = m(Realization, true, None);
    const SERVING: Mapped = m(Serving, false, None);
    const SERVED_BY: Mapped = m(Serving, true, None);
    const ACCESS: Mapped = m(Access, false, Some("Access"));
    const READ: Mapped = m(Access, false, Some("Read"));
    const WRITE: Mapped = m(Access, false, Some("Write"));
    const INFLUENCE: Mapped = m(Influence, false, None);
    match kind {
        RelationType::Realizes => &[REALIZATION],
        RelationType::Serves => &[SERVING],
        RelationType::Uses => &[SERVED_BY, ACCESS],
        RelationType::Reads => &[READ],
        RelationType::Writes => &[WRITE],
        RelationType::HostedOn => &[AGGREGATED_BY, SERVED_BY],
        RelationType::ConnectsTo | RelationType::DependsOn => &[SERVED_BY],
        RelationType::Secures => &[REALIZED_BY, INFLUENCE],
    }
}

/// The relationship for `kind` from an element of type `from` to one of
/// type `to` (see [`candidates`]).
pub(crate) fn map_relation(kind: RelationType, from: ArchiType, to: ArchiType) -> Mapped {
    candidates(kind)
        .iter()
        .copied()
        .find(|c| {
            let (s, t) = if c.reversed { (to, from) } else { (from, to) };
            permitted(s, c.rel, t)
        })
        .unwrap_or(m(ArchiRel::Association, false, None))
}

/// The relationship from an owner agency to its element: an Assignment
/// where permitted, otherwise an Association.
pub(crate) fn owner_relation(element: ArchiType) -> ArchiRel {
    if permitted(ArchiType::BusinessActor, ArchiRel::Assignment, element) {
        ArchiRel::Assignment
    } else {
        ArchiRel::Association
    }
}

/// Indonesian and English names of a relation read from → to, and read
/// the other way round (when the ArchiMate relationship runs to → from).
pub(crate) fn relation_names(kind: RelationType, reversed: bool) -> (&'static str, &'static str) {
    let (forward, backward) = match kind {
        RelationType::Realizes => (
            ("merealisasikan", "realizes"),
            ("direalisasikan oleh", "realized by"),
        ),
        RelationType::Serves => (("melayani", "serves"), ("dilayani oleh", "served by")),
        RelationType::Uses => (("menggunakan", "uses"), ("digunakan oleh", "used by")),
        RelationType::Reads => (("membaca", "reads"), ("dibaca oleh", "read by")),
        RelationType::Writes => (("menulis", "writes"), ("ditulis oleh", "written by")),
        RelationType::HostedOn => (("berjalan di", "hosted on"), ("menampung", "hosts")),
        RelationType::ConnectsTo => (
            ("terhubung ke", "connects to"),
            ("menghubungkan", "connects"),
        ),
        RelationType::Secures => (("mengamankan", "secures"), ("diamankan oleh", "secured by")),
        RelationType::DependsOn => (
            ("bergantung pada", "depends on"),
            ("diandalkan oleh", "relied on by"),
        ),
    };
    if reversed {
        backward
    } else {
        forward
    }
}

/// FNV-1a (32 bit): a short hash that is the same on every platform.
fn fnv1a(s: &str) -> u32 {
    s.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// Hands out XML identifiers (`xs:ID`): `prefix` plus the raw text with
/// every character outside `[A-Za-z0-9_.-]` replaced by `_`; when anything
/// was replaced, `_` and eight hex digits of a hash of the raw text follow,
/// and an identifier already handed out gets `-2`, `-3`, … appended.
#[derive(Default)]
pub(crate) struct Ids {
    used: BTreeSet<String>,
}

impl Ids {
    /// A fresh identifier for `raw`.
    pub(crate) fn make(&mut self, prefix: &str, raw: &str) -> String {
        let mut id = String::with_capacity(prefix.len() + raw.len() + 9);
        id.push_str(prefix);
        let mut changed = false;
        for c in raw.chars() {
            if c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-') {
                id.push(c);
            } else {
                id.push('_');
                changed = true;
            }
        }
        if changed {
            id.push_str(&format!("_{:08x}", fnv1a(raw)));
        }
        let mut unique = id.clone();
        let mut n = 2u32;
        while self.used.contains(&unique) {
            unique = format!("{id}-{n}");
            n += 1;
        }
        self.used.insert(unique.clone());
        unique
    }
}

#[cfg(test)]
mod tests;
