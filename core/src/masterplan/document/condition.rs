//! Chapters 2–4: the current condition (baseline, agencies, architecture),
//! the needs (targets and gaps) and the blueprint (planned and retiring
//! elements).

use super::super::manifest::TargetMeasure;
use super::super::targets::TargetOutcome;
use super::super::Masterplan;
use super::words::Words;
use crate::architecture::{Element, Lifecycle};
use crate::error::Result;
use crate::render::document::Doc;
use crate::render::{HeatmapOptions, RadarOptions};
use crate::scoring::Assessment;
use crate::text::Lang;
use std::collections::BTreeMap;

/// An agency's name from the catalog, else its id.
pub(super) fn agency_name(mp: &Masterplan, id: &str, lang: Lang) -> String {
    mp.architecture()
        .and_then(|c| c.agency(id))
        .map_or_else(|| id.to_owned(), |a| a.name.get(lang).to_owned())
}

pub(super) fn current(mp: &Masterplan, d: &mut Doc, w: &Words, lang: Lang) -> Result<()> {
    let fw = mp.framework();
    let base = fw.score(mp.baseline())?;
    d.h(2, w.ch_condition);
    d.p(w
        .baseline_intro
        .replace("{gov}", mp.manifest().government.name.get(lang))
        .replace("{year}", &base.period().to_string())
        .replace("{index}", &base.index_decimal().to_string())
        .replace("{predicate}", base.predicate().label.get(lang)));
    let rows = base
        .domains()
        .iter()
        .map(|n| {
            let name = fw.node(&n.id).map_or("", |node| node.name().get(lang));
            vec![
                format!("{} {name}", n.id),
                n.rounded.map_or("–".to_owned(), |r| r.to_string()),
            ]
        })
        .collect();
    d.table(&[(w.domain, false), (w.value, true)], rows);
    #[cfg(feature = "spbe-results")]
    official(mp, d, w)?;
    let radar = base.to_radar_svg(&RadarOptions {
        lang,
        size: 420,
        subject_name: Some(mp.manifest().government.name.get(lang).to_owned()),
        ..Default::default()
    })?;
    d.figure(radar, w.radar);
    // Each agency's latest assessment.
    let mut latest: BTreeMap<&str, &Assessment> = BTreeMap::new();
    for a in mp.assessments() {
        let slot = latest.entry(a.subject()).or_insert(a);
        if a.period() > slot.period() {
            *slot = a;
        }
    }
    if !latest.is_empty() {
        d.h(3, w.agencies);
        let rows = latest
            .values()
            .map(|a| {
                let (index, predicate) = match fw.score(a) {
                    Ok(c) => (
                        c.index_decimal().to_string(),
                        c.predicate().label.get(lang).to_owned(),
                    ),
                    Err(_) => ("–".to_owned(), "–".to_owned()),
                };
                vec![
                    agency_name(mp, a.subject(), lang),
                    a.period().to_string(),
                    index,
                    predicate,
                ]
            })
            .collect();
        d.table(
            &[
                (w.agency, false),
                (w.year, true),
                (w.index, true),
                (w.predicate, false),
            ],
            rows,
        );
    }
    if let Some(catalog) = mp.architecture() {
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
    }
    Ok(())
}

/// A target in words: "2022: indeks ≥ 3.00".
pub(super) fn target_text(mp: &Masterplan, o: &TargetOutcome, w: &Words, lang: Lang) -> String {
    let decimals = mp.framework().rounding().decimals;
    let value = |f: &crate::Fraction| {
        f.round_half_up(decimals)
            .map(|d| d.to_string())
            .unwrap_or_default()
    };
    match &o.target.measure {
        TargetMeasure::Index(v) => format!("{} ≥ {}", w.index, value(v)),
        TargetMeasure::Predicate(p) => {
            let label = mp
                .framework()
                .predicate(p)
                .map_or_else(|_| p.clone(), |pr| pr.label.get(lang).to_owned());
            format!("{}: {label}", w.predicate)
        }
        TargetMeasure::Group { id, value: v } => format!("{id} ≥ {}", value(v)),
    }
}

/// A target's status: met, or short by the printed difference.
pub(super) fn status(mp: &Masterplan, o: &TargetOutcome, w: &Words) -> String {
    if o.met {
        return w.met.to_owned();
    }
    let decimals = mp.framework().rounding().decimals;
    let short = o
        .short_by
        .round_half_up(decimals)
        .map(|d| d.to_string())
        .unwrap_or_default();
    w.short_by.replace("{x}", &short)
}

pub(super) fn needs(
    mp: &Masterplan,
    outcomes: &[TargetOutcome],
    d: &mut Doc,
    w: &Words,
    lang: Lang,
) {
    d.h(2, w.ch_needs);
    d.h(3, w.targets);
    for o in outcomes {
        let mut line = format!(
            "{}: {} — {} {}, {}.",
            o.target.year,
            target_text(mp, o, w, lang),
            w.projected.to_lowercase(),
            o.reached_rounded,
            status(mp, o, w)
        );
        if let Some(source) = &o.target.source {
            line.push_str(&format!(" ({})", source.get(lang)));
        }
        d.h(4, line);
        if o.met {
            continue;
        }
        match &o.steps {
            Some(steps) => {
                let list: Vec<String> = steps
                    .iter()
                    .map(|s| format!("{} {}→{}", s.indicator, s.from, s.to))
                    .collect();
                d.p(format!(
                    "{} ({}): {}",
                    w.steps,
                    steps.len(),
                    list.join(", ")
                ));
            }
            None => d.p(format!("{}: {}", w.steps, w.unreachable)),
        }
        if !o.would_cover.is_empty() {
            let enough = if o.covered_by_them {
                w.covered
            } else {
                w.not_covered
            };
            let names: Vec<&str> = o
                .would_cover
                .iter()
                .map(|id| {
                    mp.roadmap()
                        .initiative(id)
                        .map_or(id.as_str(), |i| i.name.get(lang))
                })
                .collect();
            d.p(format!("{}: {} ({enough}).", w.left_out, names.join("; ")));
        }
    }
    findings(mp, d, 3, w, lang);
}

/// The cross-check findings under a heading of `level`.
pub(super) fn findings(mp: &Masterplan, d: &mut Doc, level: u8, w: &Words, lang: Lang) {
    let findings = mp.check();
    d.h(level, w.findings);
    if findings.is_empty() {
        d.p(w.no_findings);
    } else {
        d.list(
            findings
                .iter()
                .map(|f| f.message.get(lang).to_owned())
                .collect(),
        );
    }
}

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
                crate::architecture::domain_label(e.domain, lang).to_owned(),
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
}

/// The government's published SPBE results (KemenPANRB's reports, as
/// printed), its rank among the province's kabupaten and kota and among
/// its kind nationally; nothing when the manifest gives no
/// `benchmark_name` or the name is not in the reports.
#[cfg(feature = "spbe-results")]
fn official(mp: &Masterplan, d: &mut Doc, w: &Words) -> Result<()> {
    use crate::benchmark::{Benchmark, Cohort, Subject};
    let m = mp.manifest();
    let Some(name) = m.government.benchmark_name.as_deref() else {
        return Ok(());
    };
    let b = Benchmark::spbe_published()?;
    let mut rows = Vec::new();
    for year in b.years() {
        let Ok(row) = b.lookup(name, year) else {
            continue;
        };
        let rank = |cohort: &Cohort| {
            b.position(year, &Subject::name(name), cohort)
                .map_or("–".to_owned(), |p| {
                    w.rank_of
                        .replace("{rank}", &p.rank.to_string())
                        .replace("{count}", &p.count.to_string())
                })
        };
        let province = match &row.province {
            Some(p) => rank(&Cohort::province(p.clone()).local_only()),
            None => "–".to_owned(),
        };
        rows.push(vec![
            year.to_string(),
            row.index_text(),
            row.predicate.clone(),
            province,
            rank(&Cohort::kind(row.kind)),
        ]);
    }
    if rows.is_empty() {
        return Ok(());
    }
    d.h(3, w.official);
    d.table(
        &[
            (w.year, true),
            (w.index, true),
            (w.predicate, false),
            (w.rank_province, false),
            (w.rank_kind, false),
        ],
        rows,
    );
    d.note(w.official_source);
    Ok(())
}
