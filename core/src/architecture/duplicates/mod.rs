//! Duplicate applications: the same business function (or, without one, the
//! same reference code) built separately by two or more agencies —
//! candidates to replace with one shared (`umum`) application.

use super::model::{Domain, Element, Lifecycle};
use super::ArchitectureModel;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// What a [`DuplicateGroup`]'s applications have in common.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DuplicateBasis {
    /// The same `function` (compared trimmed, case-insensitively, with runs
    /// of white space as one space).
    Function,
    /// The same `reference` code (applications without a `function`).
    Reference,
}

impl DuplicateBasis {
    /// The name used in reports: `function` or `reference`.
    pub fn as_str(&self) -> &'static str {
        match self {
            DuplicateBasis::Function => "function",
            DuplicateBasis::Reference => "reference",
        }
    }
}

impl fmt::Display for DuplicateBasis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Applications of two or more distinct agencies that do the same thing.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DuplicateGroup {
    /// Whether they share a function or a reference code.
    pub basis: DuplicateBasis,
    /// The shared value: the normalized function (lower case, trimmed) or
    /// the reference code.
    pub key: String,
    /// The applications' ids, sorted.
    pub elements: Vec<String>,
    /// Their owners' ids, sorted and distinct (at least two).
    pub agencies: Vec<String>,
}

/// The grouping key of an application, if it has one.
fn key_of(e: &Element) -> Option<(DuplicateBasis, String)> {
    let function = e
        .function
        .as_deref()
        .map(|f| {
            f.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        })
        .filter(|f| !f.is_empty());
    match function {
        Some(f) => Some((DuplicateBasis::Function, f)),
        None => e
            .reference
            .as_deref()
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .map(|r| (DuplicateBasis::Reference, r.to_owned())),
    }
}

impl ArchitectureModel {
    /// Applications (domain `aplikasi`) that share a function or, for those
    /// without one, a reference code, and that are owned by at least two
    /// distinct agencies.
    ///
    /// Only what exists counts: every application whose lifecycle is not
    /// `to-be` (as-is and retiring ones). An application without an owner
    /// joins a group that qualifies through other owners, but does not count
    /// as an agency. Groups are sorted by (basis, key), ids inside them.
    ///
    /// ```
    /// use egov_masterplan::{ArchitectureModel, architecture::DuplicateBasis};
    /// let m = ArchitectureModel::from_json(r#"{"schema_version": 1,
    ///   "agencies": [{"id": "bkpsdm", "name": "BKPSDM", "kind": "badan"},
    ///                {"id": "dikbud", "name": "Dikbud", "kind": "dinas"}],
    ///   "elements": [
    ///     {"id": "simpeg", "name": "SIMPEG", "domain": "aplikasi", "owner": "bkpsdm",
    ///      "function": "kepegawaian"},
    ///     {"id": "sipeg-guru", "name": "SIPEG Guru", "domain": "aplikasi", "owner": "dikbud",
    ///      "function": " Kepegawaian "}]}"#).unwrap();
    /// let d = m.duplicates();
    /// assert_eq!(d.len(), 1);
    /// assert_eq!((d[0].basis, d[0].key.as_str()), (DuplicateBasis::Function, "kepegawaian"));
    /// assert_eq!(d[0].elements, ["simpeg", "sipeg-guru"]);
    /// assert_eq!(d[0].agencies, ["bkpsdm", "dikbud"]);
    /// ```
    pub fn duplicates(&self) -> Vec<DuplicateGroup> {
        let mut groups: BTreeMap<(DuplicateBasis, String), Vec<&Element>> = BTreeMap::new();
        for e in self.elements().iter().filter(|e| {
            e.domain == Domain::Aplikasi && !matches!(e.lifecycle, Lifecycle::ToBe { .. })
        }) {
            if let Some(key) = key_of(e) {
                groups.entry(key).or_default().push(e);
            }
        }
        groups
            .into_iter()
            .filter_map(|((basis, key), members)| {
                let agencies: BTreeSet<&str> =
                    members.iter().filter_map(|e| e.owner.as_deref()).collect();
                if agencies.len() < 2 {
                    return None;
                }
                let mut elements: Vec<String> = members.iter().map(|e| e.id.clone()).collect();
                elements.sort();
                Some(DuplicateGroup {
                    basis,
                    key,
                    elements,
                    agencies: agencies.into_iter().map(str::to_owned).collect(),
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests;
