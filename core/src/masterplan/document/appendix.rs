//! The appendices: A, every indicator's level at the baseline and in each
//! agency's latest assessment; B, the element catalog; C, the ArchiMate
//! file's contents.

use super::super::Masterplan;
use super::condition::{agency_name, latest_by_agency};
use super::words::Words;
use crate::architecture::Lifecycle;
use crate::render::document::Doc;
use crate::scoring::Assessment;
use crate::text::Lang;

/// Most level columns in one table of appendix A; more are split into
/// tables of about equal width.
pub(super) const MAX_LEVEL_COLUMNS: usize = 6;

pub(super) fn appendices(mp: &Masterplan, d: &mut Doc, w: &Words, lang: Lang) {
    levels(mp, d, w, lang);
    let Some(catalog) = mp.architecture() else {
        return;
    };
    d.h(2, w.appendix_catalog);
    let rows = catalog
        .elements()
        .iter()
        .map(|e| {
            let state = match e.lifecycle {
                Lifecycle::AsIs => w.as_is,
                Lifecycle::ToBe { .. } => w.to_be,
                Lifecycle::Retiring { .. } => w.retiring,
            };
            vec![
                e.id.clone(),
                e.name.get(lang).to_owned(),
                crate::architecture::domain_label(e.domain, lang).to_owned(),
                e.owner
                    .as_deref()
                    .map_or("–".to_owned(), |o| agency_name(mp, o, lang)),
                state.to_owned(),
            ]
        })
        .collect();
    d.table(
        &[
            ("Id", false),
            (w.element, false),
            (w.domain, false),
            (w.owner, false),
            (w.lifecycle, false),
        ],
        rows,
    );
    let x = catalog.archimate_summary();
    let m = w.more;
    d.h(2, m.appendix_archimate);
    d.p(m
        .archimate_intro
        .replace("{elements}", &x.elements.to_string())
        .replace("{relations}", &x.relationships.to_string())
        .replace("{views}", &x.views.len().to_string()));
    d.list(x.views.iter().map(|v| v.get(lang).to_owned()).collect());
}

/// Appendix A: rows of indicators (id and name), columns of levels: the
/// baseline, then each agency's latest assessment (headed by the agency's
/// id and the year, to keep the columns narrow), split into tables of at most [`MAX_LEVEL_COLUMNS`].
fn levels(mp: &Masterplan, d: &mut Doc, w: &Words, lang: Lang) {
    d.h(2, w.appendix_indicators);
    let mut columns: Vec<(String, &Assessment)> = vec![(
        format!("{} {}", w.baseline, mp.baseline().period()),
        mp.baseline(),
    )];
    for a in latest_by_agency(mp) {
        columns.push((format!("{} {}", a.subject(), a.period()), a));
    }
    if columns.len() > 1 {
        d.p(w.more.levels_intro);
    }
    let tables = columns.len().div_ceil(MAX_LEVEL_COLUMNS);
    let per_table = columns.len().div_ceil(tables.max(1));
    for chunk in columns.chunks(per_table.max(1)) {
        let mut head: Vec<(&str, bool)> = vec![("Id", false), (w.indicator, false)];
        head.extend(chunk.iter().map(|(h, _)| (h.as_str(), true)));
        let rows = mp
            .framework()
            .indicators()
            .map(|n| {
                let mut row = vec![n.id().to_owned(), n.name().get(lang).to_owned()];
                row.extend(
                    chunk
                        .iter()
                        .map(|(_, a)| a.level(n.id()).map_or("–".to_owned(), |l| l.to_string())),
                );
                row
            })
            .collect();
        d.table(&head, rows);
    }
}
