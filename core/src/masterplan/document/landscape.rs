//! Chapter 2's architecture: the catalog's counts and coverage heatmap,
//! the duplicate applications, and today's single points of failure by
//! their impact.

use super::super::Masterplan;
use super::condition::agency_name;
use super::words::Words;
use crate::architecture::{domain_label, ArchitectureModel, DuplicateBasis, Impact};
use crate::render::document::Doc;
use crate::render::HeatmapOptions;
use crate::text::Lang;

/// How many single points of failure the table lists.
const TOP: usize = 10;

pub(super) fn architecture(mp: &Masterplan, d: &mut Doc, w: &Words, lang: Lang) {
    let Some(catalog) = mp.architecture() else {
        return;
    };
    d.h(3, w.architecture);
    d.p(w
        .architecture_intro
        .replace("{agencies}", &catalog.agencies().len().to_string())
        .replace("{elements}", &catalog.elements().len().to_string())
        .replace("{relations}", &catalog.relations().len().to_string()));
    let svg = catalog.to_heatmap_svg(&HeatmapOptions {
        lang,
        ..Default::default()
    });
    d.figure(svg, w.heatmap);
    duplicates(mp, catalog, d, w, lang);
    single_points(mp, catalog, d, w, lang);
}

/// An element as "name (id)", or its id when the catalog lacks it.
fn element_name(catalog: &ArchitectureModel, id: &str, lang: Lang) -> String {
    catalog
        .element(id)
        .map_or_else(|| id.to_owned(), |e| format!("{} ({id})", e.name.get(lang)))
}

/// [`ArchitectureModel::duplicates`] as a table: what the applications
/// share, and each with its owner.
fn duplicates(mp: &Masterplan, catalog: &ArchitectureModel, d: &mut Doc, w: &Words, lang: Lang) {
    let m = w.more;
    d.h(4, m.duplicates);
    let groups = catalog.duplicates();
    if groups.is_empty() {
        d.p(m.no_duplicates);
        return;
    }
    d.p(m.duplicates_intro);
    let rows = groups
        .iter()
        .map(|g| {
            let basis = match g.basis {
                DuplicateBasis::Function => m.by_function,
                DuplicateBasis::Reference => m.by_reference,
            };
            let apps: Vec<String> = g
                .elements
                .iter()
                .map(|id| {
                    let owner = catalog
                        .element(id)
                        .and_then(|e| e.owner.as_deref())
                        .map_or_else(|| "–".to_owned(), |o| agency_name(mp, o, lang));
                    format!("{} — {owner}", element_name(catalog, id, lang))
                })
                .collect();
            vec![
                format!("{basis}: {}", g.key),
                apps.join("; "),
                g.agencies.len().to_string(),
            ]
        })
        .collect();
    d.table(
        &[
            (m.shared, false),
            (m.applications, false),
            (m.agency_count, true),
        ],
        rows,
    );
}

/// Today's elements (the as-is catalog) whose failure reaches others, the
/// most elements reached first (then by id), at most [`TOP`].
fn single_points(mp: &Masterplan, catalog: &ArchitectureModel, d: &mut Doc, w: &Words, lang: Lang) {
    let m = w.more;
    d.h(4, m.spof);
    let today = catalog.as_is();
    let mut impacts: Vec<Impact> = today
        .elements()
        .iter()
        .filter_map(|e| today.impact_of(&e.id).ok())
        .filter(|i| !i.elements.is_empty())
        .collect();
    if impacts.is_empty() {
        d.p(m.no_spof);
        return;
    }
    impacts.sort_by(|a, b| {
        b.elements
            .len()
            .cmp(&a.elements.len())
            .then_with(|| a.failed.cmp(&b.failed))
    });
    impacts.truncate(TOP);
    d.p(m.spof_intro);
    let rows = impacts
        .iter()
        .map(|i| {
            let e = catalog.element(&i.failed);
            vec![
                element_name(catalog, &i.failed, lang),
                e.map_or("–", |e| domain_label(e.domain, lang)).to_owned(),
                e.and_then(|e| e.owner.as_deref())
                    .map_or_else(|| "–".to_owned(), |o| agency_name(mp, o, lang)),
                i.elements.len().to_string(),
                i.services.len().to_string(),
                i.agencies.len().to_string(),
            ]
        })
        .collect();
    d.table(
        &[
            (w.element, false),
            (w.domain, false),
            (w.owner, false),
            (m.affected_elements, true),
            (m.affected_services, true),
            (m.affected_agencies, true),
        ],
        rows,
    );
}
