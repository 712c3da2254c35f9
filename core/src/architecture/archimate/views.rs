//! The views of the ArchiMate export: diagrams with a computed layout.
//!
//! Every view is layered: one band per SPBE domain in [`ROWS`] order, top
//! to bottom (empty bands are left out), each with a label node on the left
//! and its elements left to right in catalog order, at most [`PER_LINE`] a
//! line. An agency's view has a first band holding the agency itself.
//! Nodes do not nest: no relation between elements is a composition or an
//! aggregation (`hosted-on` is written as Serving, which ArchiMate does not
//! show by nesting), so every node sits directly in its view. Every
//! relationship whose two ends are on a view is drawn as a connection.
//!
//! The views: the layered overview (every element), one per agency (its
//! elements and the elements directly related to them), the as-is catalog
//! ([`ArchitectureModel::as_is`]) and the catalog planned for each year a
//! lifecycle names ([`ArchitectureModel::planned_at`]).

use super::super::export::domain_label;
use super::super::model::{Domain, Element, Lifecycle};
use super::super::ArchitectureModel;
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

/// Node width and height, and the space between nodes and lines.
pub(crate) const NODE_W: u32 = 120;
pub(crate) const NODE_H: u32 = 55;
pub(crate) const GAP: u32 = 20;
/// The top and left margin of a view.
pub(crate) const MARGIN: u32 = 20;
/// The most element nodes on one line of a band.
pub(crate) const PER_LINE: usize = 8;

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

/// The top-left corner and size of a node.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Bounds {
    x: u32,
    y: u32,
    w: u32,
    h: u32,
}

/// The bounds of a band's label and of each of its `n` members, for a band
/// starting at `y`; and the `y` of the next band.
fn band_layout(y: u32, n: usize) -> (Bounds, Vec<Bounds>, u32) {
    let lines = n.div_ceil(PER_LINE).max(1) as u32;
    let height = lines * NODE_H + (lines - 1) * GAP;
    let label = Bounds {
        x: MARGIN,
        y,
        w: NODE_W,
        h: height,
    };
    let left = MARGIN + NODE_W + GAP;
    let nodes = (0..n)
        .map(|i| Bounds {
            x: left + (i % PER_LINE) as u32 * (NODE_W + GAP),
            y: y + (i / PER_LINE) as u32 * (NODE_H + GAP),
            w: NODE_W,
            h: NODE_H,
        })
        .collect();
    (label, nodes, y + height + GAP)
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

    /// `<views>`: nothing when the catalog has no element. Identifiers are
    /// `view-`, `node-` and `conn-` plus a name or a count, which no other
    /// identifier of the export starts with.
    pub(super) fn views(&self, s: &mut String, model: &ArchitectureModel) {
        if model.elements().is_empty() {
            return;
        }
        let mut ids = Ids::default();
        let (mut nodes, mut conns) = (0usize, 0usize);
        s.push_str("  <views>\n    <diagrams>\n");
        for v in self.view_list(model) {
            let id = ids.make("view-", &v.raw_id);
            let _ = writeln!(s, r#"      <view identifier="{id}" xsi:type="Diagram">"#);
            names(s, "        ", "name", &v.name);
            // concept identifier → node identifier
            let mut on_view: BTreeMap<&str, String> = BTreeMap::new();
            let mut y = MARGIN;
            for band in &v.bands {
                let (label, members, next) = band_layout(y, band.members.len());
                y = next;
                nodes += 1;
                let node = ids.make("node-", &nodes.to_string());
                let _ = writeln!(
                    s,
                    r#"        <node identifier="{node}" xsi:type="Label" {}>"#,
                    bounds(label)
                );
                names(s, "          ", "label", &band.label);
                s.push_str("        </node>\n");
                for (&c, b) in band.members.iter().zip(members) {
                    nodes += 1;
                    let node = ids.make("node-", &nodes.to_string());
                    let element = &self.concepts[c].id;
                    let _ = writeln!(
                        s,
                        r#"        <node identifier="{node}" elementRef="{element}" xsi:type="Element" {}/>"#,
                        bounds(b)
                    );
                    on_view.insert(element, node);
                }
            }
            for r in &self.rels {
                let (Some(src), Some(tgt)) = (
                    on_view.get(r.source.as_str()),
                    on_view.get(r.target.as_str()),
                ) else {
                    continue;
                };
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
}

/// The `x`, `y`, `w` and `h` attributes.
fn bounds(b: Bounds) -> String {
    format!(r#"x="{}" y="{}" w="{}" h="{}""#, b.x, b.y, b.w, b.h)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_wrap_after_a_full_line() {
        let (label, nodes, next) = band_layout(MARGIN, PER_LINE + 1);
        let line = NODE_H + GAP;
        assert_eq!(
            label,
            Bounds {
                x: 20,
                y: 20,
                w: 120,
                h: 2 * NODE_H + GAP
            }
        );
        assert_eq!(
            nodes[0],
            Bounds {
                x: 160,
                y: 20,
                w: 120,
                h: 55
            }
        );
        assert_eq!(nodes[PER_LINE - 1].x, 160 + 7 * 140);
        assert_eq!(
            nodes[PER_LINE],
            Bounds {
                x: 160,
                y: 20 + line,
                w: 120,
                h: 55
            }
        );
        assert_eq!(next, 20 + 2 * line);
        let (label, nodes, next) = band_layout(next, 1);
        assert_eq!((label.y, label.h, nodes.len(), next), (170, 55, 1, 245));
    }

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
}
