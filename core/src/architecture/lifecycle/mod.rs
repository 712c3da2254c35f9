//! The architecture through time: today's catalog, the planned catalog of a
//! year (by lifecycle years, or by a scheduled roadmap), the roadmap's
//! consistency with the catalog, and the difference between two catalogs.
//!
//! A snapshot keeps its elements' data unchanged (a to-be element that has
//! joined still says `to-be`): in a snapshot, being present means "exists
//! in that year".

use super::model::{Element, Lifecycle, Relation};
use super::{ArchitectureData, ArchitectureModel};
use crate::error::{Error, Result};
use crate::roadmap::{Roadmap, Schedule};
use chrono::Datelike;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// What changes from one catalog to another.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct ArchitectureDiff {
    /// Element ids only in the second catalog, sorted.
    pub added: Vec<String>,
    /// Element ids only in the first catalog, sorted.
    pub removed: Vec<String>,
    /// Relations only in the second catalog, sorted (from, to, type).
    pub added_relations: Vec<Relation>,
    /// Relations only in the first catalog, sorted (from, to, type).
    pub removed_relations: Vec<Relation>,
}

impl ArchitectureDiff {
    /// True when nothing changes.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.added_relations.is_empty()
            && self.removed_relations.is_empty()
    }
}

/// The JSON name of a lifecycle state.
fn state(l: Lifecycle) -> &'static str {
    match l {
        Lifecycle::AsIs => "as-is",
        Lifecycle::ToBe { .. } => "to-be",
        Lifecycle::Retiring { .. } => "retiring",
    }
}

/// Whether an element exists in `year` by its lifecycle alone.
fn exists_in(l: Lifecycle, year: i32) -> bool {
    match l {
        Lifecycle::AsIs | Lifecycle::Retiring { year: None } => true,
        Lifecycle::ToBe { year: Some(y) } => y <= year,
        Lifecycle::ToBe { year: None } => false,
        Lifecycle::Retiring { year: Some(y) } => y > year,
    }
}

impl ArchitectureModel {
    /// The catalog restricted to the elements `keep` accepts, the relations
    /// whose both ends remain, and every agency. A part of a valid catalog
    /// is valid, so nothing is checked again.
    /// The elements `keep` accepts, with the relations between them. In a
    /// snapshot of a year, a kept `to-be` element exists: it becomes `as-is`.
    fn subset(&self, keep: impl Fn(&Element) -> bool) -> ArchitectureModel {
        let d = &self.data;
        let elements: Vec<Element> = d
            .elements
            .iter()
            .filter(|e| keep(e))
            .cloned()
            .map(|mut e| {
                if matches!(e.lifecycle, Lifecycle::ToBe { .. }) {
                    e.lifecycle = Lifecycle::AsIs;
                }
                e
            })
            .collect();
        let element_index: BTreeMap<String, usize> = elements
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        let relations = d
            .relations
            .iter()
            .filter(|r| element_index.contains_key(&r.from) && element_index.contains_key(&r.to))
            .cloned()
            .collect();
        ArchitectureModel {
            data: Arc::new(ArchitectureData {
                id: d.id.clone(),
                name: d.name.clone(),
                agencies: d.agencies.clone(),
                elements,
                relations,
                agency_index: d.agency_index.clone(),
                element_index,
            }),
        }
    }

    /// Today's catalog: the `as-is` and `retiring` elements, with the
    /// relations between them. Document order is kept.
    pub fn as_is(&self) -> ArchitectureModel {
        self.subset(|e| !matches!(e.lifecycle, Lifecycle::ToBe { .. }))
    }

    /// The catalog planned for `year`, by lifecycle years alone: `as-is`
    /// elements stay; a `to-be` element joins from its year (one without a
    /// year never joins: only a schedule can date it, see
    /// [`ArchitectureModel::at_year`]); a `retiring` element leaves in its
    /// year (one without a year stays). In the snapshot, an element that has
    /// joined is `as-is`, so the analyses treat it as existing.
    ///
    /// ```
    /// use egov_masterplan::ArchitectureModel;
    /// let m = ArchitectureModel::from_json(r#"{"schema_version": 1, "elements": [
    ///   {"id": "lama", "name": "Lama", "domain": "aplikasi",
    ///    "lifecycle": {"state": "retiring", "year": 2023}},
    ///   {"id": "baru", "name": "Baru", "domain": "aplikasi",
    ///    "lifecycle": {"state": "to-be", "year": 2023}}]}"#).unwrap();
    /// let ids = |m: &ArchitectureModel| m.elements().iter().map(|e| e.id.clone()).collect::<Vec<_>>();
    /// assert_eq!(ids(&m.planned_at(2022)), ["lama"]);
    /// assert_eq!(ids(&m.planned_at(2023)), ["baru"]);
    /// let d = m.as_is().diff(&m.planned_at(2023));
    /// assert_eq!((d.added, d.removed), (vec!["baru".to_owned()], vec!["lama".to_owned()]));
    /// ```
    pub fn planned_at(&self, year: i32) -> ArchitectureModel {
        self.subset(|e| exists_in(e.lifecycle, year))
    }

    /// The catalog in `year` under a scheduled roadmap: as
    /// [`ArchitectureModel::planned_at`], then the elements that scheduled
    /// initiatives finishing in or before `year` create join, and those they
    /// retire leave (retiring wins when both happen). An element that some
    /// initiative creates exists only once that initiative has finished,
    /// whatever its lifecycle year says, so an unscheduled initiative's
    /// elements never appear. The roadmap must pass
    /// [`ArchitectureModel::check_roadmap`].
    ///
    /// ```
    /// use egov_masterplan::{ArchitectureModel, Roadmap, ScheduleOptions};
    /// let m = ArchitectureModel::from_json(r#"{"schema_version": 1, "elements": [
    ///   {"id": "surat-lama", "name": "Surat lama", "domain": "aplikasi"},
    ///   {"id": "srikandi", "name": "Srikandi", "domain": "aplikasi",
    ///    "lifecycle": {"state": "to-be"}}]}"#).unwrap();
    /// let r = Roadmap::from_json(r#"{"schema_version": 1, "id": "r", "name": "R",
    ///   "horizon": {"start": "2021-01-01", "end": "2022-12-31"},
    ///   "initiatives": [{"id": "tte", "name": "TTE", "area": "aplikasi", "owner": "setda",
    ///     "duration_months": 18, "creates": ["srikandi"], "retires": ["surat-lama"]}]}"#).unwrap();
    /// let s = r.schedule(&ScheduleOptions::default()).unwrap(); // finishes 2022-06-30
    /// let ids = |y| m.at_year(&s, y).unwrap().elements().iter().map(|e| e.id.clone()).collect::<Vec<_>>();
    /// assert_eq!(ids(2021), ["surat-lama"]);
    /// assert_eq!(ids(2022), ["srikandi"]);
    /// ```
    pub fn at_year(&self, schedule: &Schedule, year: i32) -> Result<ArchitectureModel> {
        let roadmap = schedule.roadmap();
        self.check_roadmap(roadmap)?;
        // Elements some initiative creates exist only once it has finished.
        let planned: BTreeSet<&str> = roadmap
            .initiatives()
            .iter()
            .flat_map(|i| i.creates.iter().map(String::as_str))
            .collect();
        let mut created: BTreeSet<&str> = BTreeSet::new();
        let mut retired: BTreeSet<&str> = BTreeSet::new();
        for entry in schedule
            .entries()
            .iter()
            .filter(|e| e.finish.year() <= year)
        {
            if let Some(i) = roadmap.initiative(&entry.id) {
                created.extend(i.creates.iter().map(String::as_str));
                retired.extend(i.retires.iter().map(String::as_str));
            }
        }
        Ok(self.subset(|e| {
            let id = e.id.as_str();
            let exists = if planned.contains(id) {
                created.contains(id)
            } else {
                exists_in(e.lifecycle, year)
            };
            exists && !retired.contains(id)
        }))
    }

    /// Checks that every element an initiative `creates` or `retires` is in
    /// the catalog, that created elements are `to-be` and that retired ones
    /// are `as-is` or `retiring`. Initiatives are checked by id; the first
    /// problem is an [`Error::InvalidField`] of the `roadmap` naming the
    /// initiative and list (`initiatives[<id>].creates`).
    ///
    /// ```
    /// use egov_masterplan::{ArchitectureModel, Roadmap};
    /// let m = ArchitectureModel::from_json(r#"{"schema_version": 1, "elements": [
    ///   {"id": "srikandi", "name": "Srikandi", "domain": "aplikasi",
    ///    "lifecycle": {"state": "to-be"}}]}"#).unwrap();
    /// let r = |creates: &str| Roadmap::from_json(&format!(r#"{{"schema_version": 1,
    ///   "id": "r", "name": "R", "horizon": {{"start": "2021-01-01", "end": "2021-12-31"}},
    ///   "initiatives": [{{"id": "tte", "name": "TTE", "area": "aplikasi", "owner": "setda",
    ///     "duration_months": 6, "creates": ["{creates}"]}}]}}"#)).unwrap();
    /// assert!(m.check_roadmap(&r("srikandi")).is_ok());
    /// let e = m.check_roadmap(&r("sipd")).unwrap_err();
    /// assert_eq!(e.to_string(), "roadmap: field `initiatives[tte].creates` \
    ///     no element `sipd` in the architecture catalog");
    /// ```
    pub fn check_roadmap(&self, roadmap: &Roadmap) -> Result<()> {
        let mut initiatives: Vec<_> = roadmap.initiatives().iter().collect();
        initiatives.sort_by(|a, b| a.id.cmp(&b.id));
        for i in initiatives {
            for (list, ids, creating) in [
                ("creates", &i.creates, true),
                ("retires", &i.retires, false),
            ] {
                let field = format!("initiatives[{}].{list}", i.id);
                for id in ids {
                    let e = self.element(id).ok_or_else(|| {
                        Error::field(
                            "roadmap",
                            &field,
                            format!("no element `{id}` in the architecture catalog"),
                        )
                    })?;
                    let to_be = matches!(e.lifecycle, Lifecycle::ToBe { .. });
                    if creating && !to_be {
                        return Err(Error::field(
                            "roadmap",
                            &field,
                            format!(
                                "element `{id}` is {}; only a to-be element can be created",
                                state(e.lifecycle)
                            ),
                        ));
                    }
                    if !creating && to_be {
                        return Err(Error::field(
                            "roadmap",
                            &field,
                            format!(
                                "element `{id}` is to-be; only an as-is or retiring element \
                                 can be retired"
                            ),
                        ));
                    }
                }
            }
        }
        Ok(())
    }

    /// What changes from this catalog to `to`: elements by id and relations
    /// (from, to, type), each list sorted.
    pub fn diff(&self, to: &ArchitectureModel) -> ArchitectureDiff {
        let ids = |m: &ArchitectureModel| -> BTreeSet<String> {
            m.elements().iter().map(|e| e.id.clone()).collect()
        };
        let rels = |m: &ArchitectureModel| -> BTreeSet<Relation> {
            m.relations().iter().cloned().collect()
        };
        let (a, b) = (ids(self), ids(to));
        let (ra, rb) = (rels(self), rels(to));
        ArchitectureDiff {
            added: b.difference(&a).cloned().collect(),
            removed: a.difference(&b).cloned().collect(),
            added_relations: rb.difference(&ra).cloned().collect(),
            removed_relations: ra.difference(&rb).cloned().collect(),
        }
    }
}

#[cfg(test)]
mod tests;
