//! The title page and chapter 1: scope, the plan's own sections, the legal
//! basis and the review of internal policy.

use super::super::manifest::Regulation;
use super::super::Masterplan;
use super::words::Words;
use crate::render::document::Doc;
use crate::text::Lang;
use chrono::Datelike;

/// A regulation as one line: title, number and year.
pub(super) fn regulation(r: &Regulation, lang: Lang) -> String {
    let mut s = r.title.get(lang).to_owned();
    match (&r.number, r.year, lang) {
        (Some(n), Some(y), Lang::Id) => s.push_str(&format!(" Nomor {n} Tahun {y}")),
        (Some(n), Some(y), Lang::En) => s.push_str(&format!(" No. {n} of {y}")),
        (Some(n), None, Lang::Id) => s.push_str(&format!(" Nomor {n}")),
        (Some(n), None, Lang::En) => s.push_str(&format!(" No. {n}")),
        (None, Some(y), Lang::Id) => s.push_str(&format!(" Tahun {y}")),
        (None, Some(y), Lang::En) => s.push_str(&format!(" ({y})")),
        (None, None, _) => {}
    }
    s
}

pub(super) fn title_page(mp: &Masterplan, d: &mut Doc, w: &Words, lang: Lang) {
    let m = mp.manifest();
    let gov = m.government.name.get(lang);
    let title = m
        .title
        .as_ref()
        .map_or_else(|| format!("{} {gov}", w.title), |t| t.get(lang).to_owned());
    d.h(1, title);
    d.p(gov);
    d.p(format!("{}: {}–{}", w.period, m.period.start, m.period.end));
    let fw = mp.framework();
    d.p(format!(
        "{}: {} ({} {})",
        w.framework,
        fw.name().get(lang),
        fw.id(),
        fw.version()
    ));
    if m.sample {
        d.note(w.sample);
    }
}

pub(super) fn chapter(mp: &Masterplan, d: &mut Doc, w: &Words, lang: Lang) {
    let m = mp.manifest();
    let fw = mp.framework();
    d.h(2, w.ch_intro);
    d.p(w
        .scope
        .replace("{gov}", m.government.name.get(lang))
        .replace("{start}", &m.period.start.to_string())
        .replace("{end}", &m.period.end.to_string())
        .replace("{fw}", fw.name().get(lang)));
    // The known sections in their order, then any other by key.
    let mut keys: Vec<(&str, String)> = w
        .sections
        .iter()
        .filter(|(k, _)| m.sections.contains_key(*k))
        .map(|(k, label)| (*k, (*label).to_owned()))
        .collect();
    for k in m.sections.keys() {
        if !w.sections.iter().any(|(known, _)| known == k) {
            keys.push((k.as_str(), k.replace('_', " ")));
        }
    }
    for (key, label) in keys {
        if let Some(text) = m.sections.get(key) {
            d.h(3, label);
            d.p(text.get(lang));
        }
    }
    if !m.legal_basis.is_empty() {
        d.h(3, w.legal_basis);
        d.list(m.legal_basis.iter().map(|r| regulation(r, lang)).collect());
    }
    policy_review(mp, d, w, lang);
}

/// For each indicator of the first domain (SPBE: the ten internal-policy
/// indicators I1–I10): the regulation in force, the baseline level, the
/// level the roadmap aims at, and the initiatives that raise it, in
/// schedule order.
fn policy_review(mp: &Masterplan, d: &mut Doc, w: &Words, lang: Lang) {
    let fw = mp.framework();
    let Some(domain) = fw.tier("domain").next() else {
        return;
    };
    let ids: Vec<&crate::framework::Node> = fw.indicators().collect();
    let m = mp.manifest();
    let mut rows = Vec::new();
    for node in &ids[domain.indicator_range()] {
        let id = node.id();
        let policies: Vec<String> = m
            .policies
            .iter()
            .filter(|p| p.indicator == id)
            .map(|p| regulation(&p.regulation, lang))
            .collect();
        let base = mp.baseline().level(id);
        let mut raising: Vec<(Option<chrono::NaiveDate>, &str, String, i64)> = mp
            .roadmap()
            .initiatives()
            .iter()
            .filter_map(|i| i.raises.get(id).map(|&l| (i, l)))
            .map(|(i, l)| {
                let finish = mp.schedule().entry(&i.id).map(|e| e.finish);
                (finish, i.id.as_str(), i.name.get(lang).to_owned(), l)
            })
            .collect();
        // Scheduled first by finish, then the unscheduled, by id.
        raising.sort_by(|a, b| (a.0.is_none(), a.0, a.1).cmp(&(b.0.is_none(), b.0, b.1)));
        let target = raising.iter().map(|r| r.3).chain(base).max();
        let drafts: Vec<String> = raising
            .iter()
            .map(|(finish, _, name, _)| match finish {
                Some(f) => format!("{name} ({})", f.year()),
                None => format!("{name} ({})", w.not_scheduled),
            })
            .collect();
        rows.push(vec![
            format!("{id} {}", node.name().get(lang)),
            if policies.is_empty() {
                w.none_yet.to_owned()
            } else {
                policies.join("; ")
            },
            base.map_or("–".to_owned(), |l| l.to_string()),
            target.map_or("–".to_owned(), |l| l.to_string()),
            if drafts.is_empty() {
                "–".to_owned()
            } else {
                drafts.join("; ")
            },
        ]);
    }
    d.h(3, w.policy_review);
    d.p(w.policy_intro);
    d.table(
        &[
            (w.indicator, false),
            (w.regulation, false),
            (w.baseline, true),
            (w.target_level, true),
            (w.to_draft, false),
        ],
        rows,
    );
}
