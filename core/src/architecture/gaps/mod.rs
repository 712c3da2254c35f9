//! Support gaps: services no application delivers, applications with no
//! hosting, data sets with no owner, and applications outside the service
//! connector (sistem penghubung layanan).

use super::model::{Domain, Lifecycle, RelationType};
use super::ArchitectureModel;
use std::collections::BTreeSet;
use std::fmt;

/// What an element lacks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UnsupportedKind {
    /// A service that no application realizes or serves, and that uses no
    /// application.
    ServiceWithoutApplication,
    /// An application with no `hosted-on` relation.
    ApplicationWithoutHosting,
    /// A data set with no owner.
    DataWithoutOwner,
}

impl UnsupportedKind {
    /// A short English sentence describing the problem.
    ///
    /// ```
    /// use egov_masterplan::architecture::UnsupportedKind;
    /// assert_eq!(UnsupportedKind::DataWithoutOwner.describe(), "The data set has no owner.");
    /// ```
    pub fn describe(&self) -> &'static str {
        match self {
            UnsupportedKind::ServiceWithoutApplication => {
                "No application realizes, serves or is used by the service."
            }
            UnsupportedKind::ApplicationWithoutHosting => {
                "The application is not hosted on any infrastructure."
            }
            UnsupportedKind::DataWithoutOwner => "The data set has no owner.",
        }
    }

    /// A stable machine name: `service-without-application`,
    /// `application-without-hosting`, `data-without-owner`.
    pub fn as_str(&self) -> &'static str {
        match self {
            UnsupportedKind::ServiceWithoutApplication => "service-without-application",
            UnsupportedKind::ApplicationWithoutHosting => "application-without-hosting",
            UnsupportedKind::DataWithoutOwner => "data-without-owner",
        }
    }
}

impl fmt::Display for UnsupportedKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An element missing the support it needs.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Unsupported {
    /// The element's id.
    pub element: String,
    /// What it lacks.
    pub problem: UnsupportedKind,
}

impl ArchitectureModel {
    /// Elements missing support, sorted by (problem, element):
    ///
    /// - a service (`layanan`) that no application (`aplikasi`) realizes or
    ///   serves and that uses no application;
    /// - an application with no `hosted-on` relation;
    /// - a data set (`data-informasi`) with no owner.
    ///
    /// Every element and relation counts, whatever its lifecycle (use
    /// [`ArchitectureModel::as_is`] first to judge today's catalog alone).
    ///
    /// ```
    /// use egov_masterplan::{ArchitectureModel, architecture::UnsupportedKind};
    /// let m = ArchitectureModel::from_json(r#"{"schema_version": 1,
    ///   "elements": [
    ///     {"id": "izin", "name": "Perizinan", "domain": "layanan"},
    ///     {"id": "sicantik", "name": "SiCantik", "domain": "aplikasi"},
    ///     {"id": "dc", "name": "Pusat data", "domain": "infrastruktur"}],
    ///   "relations": [{"from": "sicantik", "to": "dc", "type": "hosted-on"}]}"#).unwrap();
    /// let u = m.unsupported();
    /// assert_eq!(u.len(), 1);
    /// assert_eq!(u[0].element, "izin");
    /// assert_eq!(u[0].problem, UnsupportedKind::ServiceWithoutApplication);
    /// ```
    pub fn unsupported(&self) -> Vec<Unsupported> {
        let domain_of = |id: &str| self.element(id).map(|e| e.domain);
        let mut supported: BTreeSet<&str> = BTreeSet::new();
        let mut hosted: BTreeSet<&str> = BTreeSet::new();
        for r in self.relations() {
            match r.kind {
                RelationType::Realizes | RelationType::Serves
                    if domain_of(&r.from) == Some(Domain::Aplikasi) =>
                {
                    supported.insert(&r.to);
                }
                RelationType::Uses if domain_of(&r.to) == Some(Domain::Aplikasi) => {
                    supported.insert(&r.from);
                }
                RelationType::HostedOn => {
                    hosted.insert(&r.from);
                }
                _ => {}
            }
        }
        let mut out: Vec<Unsupported> = self
            .elements()
            .iter()
            .filter_map(|e| {
                let problem = match e.domain {
                    Domain::Layanan if !supported.contains(e.id.as_str()) => {
                        UnsupportedKind::ServiceWithoutApplication
                    }
                    Domain::Aplikasi if !hosted.contains(e.id.as_str()) => {
                        UnsupportedKind::ApplicationWithoutHosting
                    }
                    Domain::DataInformasi if e.owner.is_none() => UnsupportedKind::DataWithoutOwner,
                    _ => return None,
                };
                Some(Unsupported {
                    element: e.id.clone(),
                    problem,
                })
            })
            .collect();
        out.sort_by(|a, b| (a.problem, &a.element).cmp(&(b.problem, &b.element)));
        out
    }

    /// Applications that exist (lifecycle not `to-be`) with no direct
    /// `connects-to` relation to an infrastructure element of kind
    /// `sistem-penghubung`, sorted by id. The connector may be in any
    /// lifecycle (a planned connection counts; use
    /// [`ArchitectureModel::as_is`] first for today's connections only).
    ///
    /// ```
    /// use egov_masterplan::ArchitectureModel;
    /// let m = ArchitectureModel::from_json(r#"{"schema_version": 1,
    ///   "elements": [
    ///     {"id": "esb", "name": "SPL", "domain": "infrastruktur", "kind": "sistem-penghubung"},
    ///     {"id": "a", "name": "A", "domain": "aplikasi"},
    ///     {"id": "b", "name": "B", "domain": "aplikasi"},
    ///     {"id": "c", "name": "C", "domain": "aplikasi", "lifecycle": {"state": "to-be"}}],
    ///   "relations": [{"from": "a", "to": "esb", "type": "connects-to"}]}"#).unwrap();
    /// assert_eq!(m.integration_gaps(), ["b"]);
    /// ```
    pub fn integration_gaps(&self) -> Vec<String> {
        let connected: BTreeSet<&str> = self
            .relations()
            .iter()
            .filter(|r| {
                r.kind == RelationType::ConnectsTo
                    && self.element(&r.to).is_some_and(|e| {
                        e.domain == Domain::Infrastruktur && e.kind == "sistem-penghubung"
                    })
            })
            .map(|r| r.from.as_str())
            .collect();
        let mut out: Vec<String> = self
            .elements()
            .iter()
            .filter(|e| {
                e.domain == Domain::Aplikasi
                    && !matches!(e.lifecycle, Lifecycle::ToBe { .. })
                    && !connected.contains(e.id.as_str())
            })
            .map(|e| e.id.clone())
            .collect();
        out.sort();
        out
    }
}

#[cfg(test)]
mod tests;
