//! The views of the ArchiMate export: diagrams with a computed layout.
//!
//! Every view is layered: one band per SPBE domain in [`ROWS`] order, top
//! to bottom (empty bands are left out), each with a label node on the left
//! and its elements left to right in catalog order, at most
//! [`PER_LINE`](super::layout::PER_LINE) a line (see [`super::layout`]). An
//! agency's view has a first band holding the agency itself.
//!
//! Nodes nest where a relationship means it: a `hosted-on` written as an
//! Aggregation from the host (between infrastructure elements, see
//! [`super::types::candidates`]) puts the hosted element's node inside its
//! host's node when both are on the view, recursively along a hosting
//! chain (a server in a data centre, system software in that server). An
//! element hosted on several hosts of the view nests in the first, by
//! relation order; the nested node is not also drawn at the top level.
//! `hosted-on` has no cycles (validation rejects them), so this is a
//! forest. Every relationship whose two ends are on a view is drawn as a
//! connection, except the Aggregation between a host and an element nested
//! in it, which the nesting shows.
//!
//! The views: the layered overview (every element), one per agency (its
//! elements and the elements directly related to them), the as-is catalog
//! ([`ArchitectureModel::as_is`]) and the catalog planned for each year a
//! lifecycle names ([`ArchitectureModel::planned_at`]).

use super::super::export::domain_label;
use super::super::model::{Domain, Element, Lifecycle};
use super::super::ArchitectureModel;
use super::layout::{band_layout, Bounds, Forest, MARGIN};
use super::types::Ids;
use super::{names, Export};
use crate::text::{Lang, Text};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// The domain bands, top to bottom: business, data, applications,
/// infrastructure, security, services.
pub(crate) const ROWS: [Domain; 6] = [
    Domain::ProsesBisnis,
    Domain::DataInformasi,
    Domain::Aplikasi,
    Domain::Infrastruktur,
    Domain::Keamanan,
    Domain::Layanan,
];

/// One band of a view: its label and its concepts (indexes into
/// [`Export::concepts`]), in order.
struct Band {
    label: Text,
    members: Vec<usize>,
}

/// One view: the raw text of its identifier, its name and its bands.
struct View {
    raw_id: String,
    name: Text,
    bands: Vec<Band>,
}

/// The distinct years named by `to-be` and `retiring` lifecycles, sorted.
fn plan_years(model: &ArchitectureModel) -> Vec<i32> {
    let years: BTreeSet<i32> = model
        .elements()
        .iter()
        .filter_map(|e| match e.lifecycle {
            Lifecycle::ToBe { year } | Lifecycle::Retiring { year } => year,
            Lifecycle::AsIs => None,
        })
        .collect();
    years.into_iter().collect()
}

impl Export<'_> {
    /// The domain bands of the elements `keep` accepts; element `i` of the
    /// catalog is concept `first + i`.
    fn bands(&self, model: &ArchitectureModel, keep: impl Fn(&Element) -> bool) -> Vec<Band> {
        let first = model.agencies().len();
        ROWS.iter()
            .map(|d| Band {
                label: Text::bilingual(domain_label(*d, Lang::Id), domain_label(*d, Lang::En)),
                members: (model.elements().iter().enumerate())
                    .filter(|(_, e)| e.domain == *d && keep(e))
                    .map(|(i, _)| first + i)
                    .collect(),
            })
            .filter(|b| !b.members.is_empty())
            .collect()
    }

    /// The views, in order: overview, agencies, as-is, each plan year.
    fn view_list(&self, model: &ArchitectureModel) -> Vec<View> {
        let mut views = vec![View {
            raw_id: "overview".to_owned(),
            name: Text::bilingual("Ikhtisar berlapis", "Layered overview"),
            bands: self.bands(model, |_| true),
        }];
        for (i, a) in model.agencies().iter().enumerate() {
            let owned = |id: &str| {
                let owner = model.element(id).and_then(|e| e.owner.as_deref());
                owner == Some(a.id.as_str())
            };
            let mut shown: BTreeSet<&str> = (model.elements().iter())
                .filter(|e| e.owner.as_deref() == Some(a.id.as_str()))
                .map(|e| e.id.as_str())
                .collect();
            for r in model.relations() {
                if owned(&r.from) {
                    shown.insert(&r.to);
                }
                if owned(&r.to) {
                    shown.insert(&r.from);
                }
            }
            let mut bands = vec![Band {
                label: Text::bilingual("Instansi", "Agency"),
                members: vec![i],
            }];
            bands.extend(self.bands(model, |e| shown.contains(e.id.as_str())));
            views.push(View {
                raw_id: format!("opd-{}", a.id),
                name: a.name.clone(),
                bands,
            });
        }
        let present = |m: &ArchitectureModel| -> BTreeSet<String> {
            m.elements().iter().map(|e| e.id.clone()).collect()
        };
        let as_is = present(&model.as_is());
        views.push(View {
            raw_id: "as-is".to_owned(),
            name: Text::bilingual("Arsitektur saat ini", "As-is architecture"),
            bands: self.bands(model, |e| as_is.contains(&e.id)),
        });
        for year in plan_years(model) {
            let planned = present(&model.planned_at(year));
            views.push(View {
                raw_id: format!("to-be-{year}"),
                name: Text::bilingual(
                    format!("Arsitektur target {year}"),
                    format!("To-be architecture {year}"),
                ),
                bands: self.bands(model, |e| planned.contains(&e.id)),
            });
        }
        views
    }

    /// The views' names, as [`Export::views`] writes them.
    pub(super) fn view_names(&self, model: &ArchitectureModel) -> Vec<Text> {
        if model.elements().is_empty() {
            return Vec::new();
        }
        self.view_list(model).into_iter().map(|v| v.name).collect()
    }

    /// `<views>`: nothing when the catalog has no element. Identifiers are
    /// `view-`, `node-` and `conn-` plus a name or a count, which no other
    /// identifier of the export starts with; nodes are counted in document
    /// order (a host before the nodes nested in it).
    pub(super) fn views(&self, s: &mut String, model: &ArchitectureModel) {
        if model.elements().is_empty() {
            return;
        }
        let hosts = self.hosts();
        let mut ids = Ids::default();
        let (mut nodes, mut conns) = (0usize, 0usize);
        s.push_str("  <views>\n    <diagrams>\n");
        for v in self.view_list(model) {
            let id = ids.make("view-", &v.raw_id);
            let _ = writeln!(s, r#"      <view identifier="{id}" xsi:type="Diagram">"#);
            names(s, "        ", "name", &v.name);
            // concept identifier → node identifier
            let mut on_view: BTreeMap<&str, String> = BTreeMap::new();
            // (host, nested) concept identifiers
            let mut nested: BTreeSet<(&str, &str)> = BTreeSet::new();
            let mut y = MARGIN;
            for band in &v.bands {
                let parent = nesting(&band.members, &hosts);
                for (i, p) in parent.iter().enumerate() {
                    if let Some(p) = p {
                        let (host, child) = (band.members[*p], band.members[i]);
                        nested.insert((&self.concepts[host].id, &self.concepts[child].id));
                    }
                }
                let forest = Forest::new(&parent);
                let (label, bounds, next) = band_layout(y, &forest);
                y = next;
                nodes += 1;
                let node = ids.make("node-", &nodes.to_string());
                let _ = writeln!(
                    s,
                    r#"        <node identifier="{node}" xsi:type="Label" {}>"#,
                    attrs(label)
                );
                names(s, "          ", "label", &band.label);
                s.push_str("        </node>\n");
                // depth-first, without recursion: Some(node) opens, None closes
                let mut stack: Vec<(Option<usize>, usize)> =
                    forest.roots.iter().rev().map(|&r| (Some(r), 0)).collect();
                while let Some((item, depth)) = stack.pop() {
                    let indent = " ".repeat(8 + 2 * depth.min(MAX_INDENT));
                    let Some(i) = item else {
                        let _ = writeln!(s, "{indent}</node>");
                        continue;
                    };
                    nodes += 1;
                    let node = ids.make("node-", &nodes.to_string());
                    let element = &self.concepts[band.members[i]].id;
                    let kids = &forest.children[i];
                    let close = if kids.is_empty() { "/" } else { "" };
                    let _ = writeln!(
                        s,
                        r#"{indent}<node identifier="{node}" elementRef="{element}" xsi:type="Element" {}{close}>"#,
                        attrs(bounds[i])
                    );
                    on_view.insert(element, node);
                    if !kids.is_empty() {
                        stack.push((None, depth));
                        stack.extend(kids.iter().rev().map(|&c| (Some(c), depth + 1)));
                    }
                }
            }
            for r in &self.rels {
                let (Some(src), Some(tgt)) = (
                    on_view.get(r.source.as_str()),
                    on_view.get(r.target.as_str()),
                ) else {
                    continue;
                };
                if r.nests && nested.contains(&(r.source.as_str(), r.target.as_str())) {
                    continue;
                }
                conns += 1;
                let conn = ids.make("conn-", &conns.to_string());
                let _ = writeln!(
                    s,
                    r#"        <connection identifier="{conn}" relationshipRef="{}" xsi:type="Relationship" source="{src}" target="{tgt}"/>"#,
                    r.id
                );
            }
            s.push_str("      </view>\n");
        }
        s.push_str("    </diagrams>\n  </views>\n");
    }

    /// For each concept hosted through a nesting Aggregation, its hosts
    /// (concept indexes), in relationship order.
    fn hosts(&self) -> BTreeMap<usize, Vec<usize>> {
        let index: BTreeMap<&str, usize> = (self.concepts.iter().enumerate())
            .map(|(i, c)| (c.id.as_str(), i))
            .collect();
        let mut hosts: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for r in self.rels.iter().filter(|r| r.nests) {
            if let (Some(&host), Some(&hosted)) =
                (index.get(r.source.as_str()), index.get(r.target.as_str()))
            {
                hosts.entry(hosted).or_default().push(host);
            }
        }
        hosts
    }
}

/// Indentation stops growing after this many levels of nesting.
const MAX_INDENT: usize = 8;

/// For each member of a band, the position of the member it nests in: its
/// first host (see [`Export::hosts`]) in the band.
fn nesting(members: &[usize], hosts: &BTreeMap<usize, Vec<usize>>) -> Vec<Option<usize>> {
    let position: BTreeMap<usize, usize> =
        members.iter().enumerate().map(|(i, &c)| (c, i)).collect();
    (members.iter())
        .map(|c| {
            let of = hosts.get(c).map(Vec::as_slice).unwrap_or_default();
            of.iter().find_map(|h| position.get(h).copied())
        })
        .collect()
}

/// The `x`, `y`, `w` and `h` attributes.
fn attrs(b: Bounds) -> String {
    format!(r#"x="{}" y="{}" w="{}" h="{}""#, b.x, b.y, b.w, b.h)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_years_are_the_distinct_lifecycle_years() {
        let m = ArchitectureModel::from_json(
            r#"{"schema_version": 1, "elements": [
             {"id": "a", "name": "A", "domain": "aplikasi", "lifecycle": {"state": "to-be", "year": 2026}},
             {"id": "b", "name": "B", "domain": "aplikasi", "lifecycle": {"state": "retiring", "year": 2024}},
             {"id": "c", "name": "C", "domain": "aplikasi", "lifecycle": {"state": "to-be", "year": 2024}},
             {"id": "d", "name": "D", "domain": "aplikasi", "lifecycle": {"state": "to-be"}},
             {"id": "e", "name": "E", "domain": "aplikasi"}]}"#,
        )
        .unwrap();
        assert_eq!(plan_years(&m), [2024, 2026]);
    }

    #[test]
    fn members_nest_in_their_first_host_on_the_band() {
        // concept 5 is hosted on 9 (not in the band), then 3; 7 on 5
        let hosts = BTreeMap::from([(5, vec![9, 3]), (7, vec![5])]);
        assert_eq!(
            nesting(&[3, 5, 7, 8], &hosts),
            [None, Some(0), Some(1), None]
        );
        assert_eq!(nesting(&[5, 7], &hosts), [None, Some(0)]);
    }
}
