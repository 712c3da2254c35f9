//! Chapter 4, the blueprint: the planned and retiring elements, and the
//! change per domain from today's catalog to the one planned for the plan's
//! last year.

use super::super::Masterplan;
use super::condition::agency_name;
use super::words::Words;
use crate::architecture::{domain_label, ArchitectureModel, Domain, Element, Lifecycle};
use crate::render::document::Doc;
use crate::text::Lang;
use std::collections::BTreeSet;

fn element_rows(mp: &Masterplan, elements: &[&Element], lang: Lang) -> Vec<Vec<String>> {
    elements
        .iter()
        .map(|e| {
            let year = match e.lifecycle {
                Lifecycle::ToBe { year } | Lifecycle::Retiring { year } => {
                    year.map_or("–".to_owned(), |y| y.to_string())
                }
                Lifecycle::AsIs => "–".to_owned(),
            };
            vec![
                format!("{} ({})", e.name.get(lang), e.id),
                domain_label(e.domain, lang).to_owned(),
                e.owner
                    .as_deref()
                    .map_or("–".to_owned(), |o| agency_name(mp, o, lang)),
                year,
            ]
        })
        .collect()
}

pub(super) fn blueprint(mp: &Masterplan, d: &mut Doc, w: &Words, lang: Lang) {
    let Some(catalog) = mp.architecture() else {
        return;
    };
    d.h(2, w.ch_blueprint);
    let head = [
        (w.element, false),
        (w.domain, false),
        (w.owner, false),
        (w.from_year, true),
    ];
    let of = |want: fn(&Lifecycle) -> bool| -> Vec<&Element> {
        catalog
            .elements()
            .iter()
            .filter(|e| want(&e.lifecycle))
            .collect()
    };
    let planned = of(|l| matches!(l, Lifecycle::ToBe { .. }));
    let retiring = of(|l| matches!(l, Lifecycle::Retiring { .. }));
    d.h(3, w.planned_elements);
    d.table(&head, element_rows(mp, &planned, lang));
    if !retiring.is_empty() {
        d.h(3, w.retiring_elements);
        d.table(&head, element_rows(mp, &retiring, lang));
    }
    change(mp, catalog, d, w, lang);
}

/// Per domain: the elements of today's catalog
/// ([`ArchitectureModel::as_is`]), of the catalog planned for the plan's
/// last year ([`ArchitectureModel::planned_at`]), those added and those
/// retired on the way; then the totals.
fn change(mp: &Masterplan, catalog: &ArchitectureModel, d: &mut Doc, w: &Words, lang: Lang) {
    let m = w.more;
    let year = mp.manifest().period.end;
    let ids = |c: &ArchitectureModel, domain: Domain| -> BTreeSet<String> {
        c.elements()
            .iter()
            .filter(|e| e.domain == domain)
            .map(|e| e.id.clone())
            .collect()
    };
    let (today, planned) = (catalog.as_is(), catalog.planned_at(year));
    let mut totals = [0usize; 4];
    let mut rows = Vec::new();
    for &domain in Domain::ALL {
        let (a, b) = (ids(&today, domain), ids(&planned, domain));
        let counts = [
            a.len(),
            b.len(),
            b.difference(&a).count(),
            a.difference(&b).count(),
        ];
        for (t, c) in totals.iter_mut().zip(counts) {
            *t += c;
        }
        let mut row = vec![domain_label(domain, lang).to_owned()];
        row.extend(counts.iter().map(usize::to_string));
        rows.push(row);
    }
    let mut row = vec![m.all_domains.to_owned()];
    row.extend(totals.iter().map(usize::to_string));
    rows.push(row);
    let to_be = m.to_be_count.replace("{year}", &year.to_string());
    d.h(3, m.change.replace("{year}", &year.to_string()));
    d.table(
        &[
            (w.domain, false),
            (m.as_is_count, true),
            (&to_be, true),
            (m.added, true),
            (m.retired, true),
        ],
        rows,
    );
}
