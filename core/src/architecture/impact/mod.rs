//! Impact analysis: what fails when one element fails, and through which
//! chain of relations.

use super::model::{Domain, Relation, RelationType};
use super::ArchitectureModel;
use crate::error::{Error, Result};
use std::collections::BTreeMap;

/// What a failure of one element reaches.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Impact {
    /// The failed element's id.
    pub failed: String,
    /// The elements the failure reaches (not the failed one), sorted by
    /// (path length, id).
    pub elements: Vec<ImpactedElement>,
    /// Services (domain `layanan`) that go down: the failed element if it is
    /// one, and the affected ones; sorted by id.
    pub services: Vec<String>,
    /// Agencies that own the failed or an affected element, sorted by id.
    pub agencies: Vec<ImpactedAgency>,
}

/// One element a failure reaches.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ImpactedElement {
    /// Its id.
    pub id: String,
    /// Its domain.
    pub domain: Domain,
    /// The shortest chain of relations from the failed element to it, first
    /// step first.
    pub path: Vec<ImpactStep>,
}

/// One relation on an impact path, written as in the catalog: `from` and
/// `to` are the relation's ends, so the failure travels from `to` to `from`
/// unless [`RelationType::to_depends_on_from`] (e.g. a data centre failure
/// reaches `app -hosted-on-> dc` from its `to` end).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ImpactStep {
    /// The relation's source element.
    pub from: String,
    /// The relation's type.
    pub relation: RelationType,
    /// The relation's target element.
    pub to: String,
}

impl From<&Relation> for ImpactStep {
    fn from(r: &Relation) -> ImpactStep {
        ImpactStep {
            from: r.from.clone(),
            relation: r.kind,
            to: r.to.clone(),
        }
    }
}

/// An agency hit by a failure.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ImpactedAgency {
    /// The agency's id.
    pub id: String,
    /// The failed or affected elements it owns, sorted by id.
    pub via: Vec<String>,
}

/// Most steps in all the explaining paths of one impact: 1,000,000 (about
/// 90 MB of paths). A catalog of 500 elements that all hang on one another
/// in one chain needs 124,750; one at `limits::MAX_ELEMENTS` would need five
/// billion.
pub const MAX_IMPACT_STEPS: usize = 1_000_000;

impl ArchitectureModel {
    /// What a failure of element `id` reaches. A failure travels along
    /// dependencies: over a relation A -r-> B it goes from A to B when
    /// [`RelationType::to_depends_on_from`] (`realizes`, `serves`,
    /// `secures`), otherwise from B to A (`uses`, `reads`, `writes`,
    /// `hosted-on`, `connects-to`, `depends-on`).
    ///
    /// Paths are shortest (breadth-first search); among equally short ones
    /// the chain through smaller ids wins (then the smaller relation type),
    /// so the answer is deterministic. Every element counts, whatever its
    /// lifecycle (use [`ArchitectureModel::as_is`] first for today's
    /// impact). An unknown id is an [`Error::InvalidField`]; more than
    /// [`MAX_IMPACT_STEPS`] steps in all the paths is an [`Error::TooLarge`].
    ///
    /// ```
    /// use egov_masterplan::{ArchitectureModel, architecture::RelationType};
    /// let m = ArchitectureModel::from_json(r#"{"schema_version": 1,
    ///   "agencies": [{"id": "kominfo", "name": "Kominfo", "kind": "dinas"},
    ///                {"id": "capil", "name": "Disdukcapil", "kind": "dinas"}],
    ///   "elements": [
    ///     {"id": "dc", "name": "Pusat data", "domain": "infrastruktur", "owner": "kominfo"},
    ///     {"id": "siak", "name": "SIAK", "domain": "aplikasi", "owner": "capil"},
    ///     {"id": "kk", "name": "Layanan KK", "domain": "layanan", "owner": "capil"}],
    ///   "relations": [{"from": "siak", "to": "dc", "type": "hosted-on"},
    ///                 {"from": "siak", "to": "kk", "type": "realizes"}]}"#).unwrap();
    /// let i = m.impact_of("dc").unwrap();
    /// let ids: Vec<_> = i.elements.iter().map(|e| e.id.as_str()).collect();
    /// assert_eq!(ids, ["siak", "kk"]);
    /// assert_eq!(i.elements[1].path[0].relation, RelationType::HostedOn);
    /// assert_eq!(i.elements[1].path[1].relation, RelationType::Realizes);
    /// assert_eq!(i.services, ["kk"]);
    /// assert_eq!(i.agencies[0].id, "capil");
    /// assert_eq!(i.agencies[0].via, ["kk", "siak"]);
    /// assert_eq!(i.agencies[1].via, ["dc"]);
    /// assert!(m.impact_of("nope").is_err());
    /// ```
    pub fn impact_of(&self, id: &str) -> Result<Impact> {
        let failed = self
            .element(id)
            .ok_or_else(|| Error::field("architecture", "element", format!("no element `{id}`")))?;
        let mut next: BTreeMap<&str, Vec<(&str, &Relation)>> = BTreeMap::new();
        for r in self.relations() {
            let (src, dst) = if r.kind.to_depends_on_from() {
                (&r.from, &r.to)
            } else {
                (&r.to, &r.from)
            };
            next.entry(src.as_str())
                .or_default()
                .push((dst.as_str(), r));
        }
        for targets in next.values_mut() {
            targets.sort_by(|a, b| (a.0, a.1.kind).cmp(&(b.0, b.1.kind)));
        }
        let start = failed.id.as_str();
        let mut paths: BTreeMap<&str, Vec<ImpactStep>> = BTreeMap::from([(start, Vec::new())]);
        let mut level = vec![start];
        // Every affected element carries its whole path, so a long chain of
        // dependencies means quadratic output: bounded, as a typed error.
        let mut steps: usize = 0;
        while !level.is_empty() {
            let mut following = Vec::new();
            for node in level {
                let here = paths.get(node).cloned().unwrap_or_default();
                for &(dst, r) in next.get(node).map(Vec::as_slice).unwrap_or_default() {
                    if !paths.contains_key(dst) {
                        steps += here.len() + 1;
                        if steps > MAX_IMPACT_STEPS {
                            return Err(Error::TooLarge {
                                what: format!("impact of `{id}`: steps in all explaining paths"),
                                size: steps as u64,
                                limit: MAX_IMPACT_STEPS as u64,
                            });
                        }
                        let mut path = here.clone();
                        path.push(ImpactStep::from(r));
                        paths.insert(dst, path);
                        following.push(dst);
                    }
                }
            }
            following.sort_unstable();
            level = following;
        }
        let mut elements: Vec<ImpactedElement> = paths
            .into_iter()
            .filter(|(e, _)| *e != start)
            .filter_map(|(e, path)| {
                self.element(e).map(|el| ImpactedElement {
                    id: el.id.clone(),
                    domain: el.domain,
                    path,
                })
            })
            .collect();
        elements.sort_by(|a, b| (a.path.len(), &a.id).cmp(&(b.path.len(), &b.id)));
        let hit = std::iter::once((start, failed.domain))
            .chain(elements.iter().map(|e| (e.id.as_str(), e.domain)));
        let mut services = Vec::new();
        let mut owners: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        for (e, domain) in hit {
            if domain == Domain::Layanan {
                services.push(e.to_owned());
            }
            if let Some(owner) = self.element(e).and_then(|el| el.owner.as_deref()) {
                owners.entry(owner).or_default().push(e.to_owned());
            }
        }
        services.sort();
        let agencies = owners
            .into_iter()
            .map(|(a, mut via)| {
                via.sort();
                ImpactedAgency {
                    id: a.to_owned(),
                    via,
                }
            })
            .collect();
        Ok(Impact {
            failed: start.to_owned(),
            elements,
            services,
            agencies,
        })
    }
}

#[cfg(test)]
mod tests;
