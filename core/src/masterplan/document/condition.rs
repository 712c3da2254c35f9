//! Chapter 2, the current condition: the baseline (table, official
//! results, index trend, radar) and each agency's latest assessment (table
//! and radars); the architecture follows in [`super::landscape`].

use super::super::Masterplan;
use super::words::Words;
use crate::error::Result;
use crate::render::document::Doc;
use crate::render::{trend_svg, RadarOptions, TrendOptions, TrendPoint, TrendSource};
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
    trend(mp, d, w, lang)?;
    let radar = base.to_radar_svg(&RadarOptions {
        lang,
        size: 420,
        subject_name: Some(mp.manifest().government.name.get(lang).to_owned()),
        ..Default::default()
    })?;
    d.figure(radar, w.radar);
    let latest = latest_by_agency(mp);
    if !latest.is_empty() {
        d.h(3, w.agencies);
        let rows = latest
            .iter()
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
        // Each agency's radar, smaller.
        for a in &latest {
            let Ok(card) = fw.score(a) else { continue };
            let name = agency_name(mp, a.subject(), lang);
            let radar = card.to_radar_svg(&RadarOptions {
                lang,
                size: 300,
                subject_name: Some(name.clone()),
                ..Default::default()
            })?;
            let caption = w
                .more
                .agency_radar
                .replace("{agency}", &name)
                .replace("{year}", &a.period().to_string());
            d.figure(radar, caption);
        }
    }
    super::landscape::architecture(mp, d, w, lang);
    Ok(())
}

/// Each agency's latest assessment (the later period; the first in file
/// order among equals), by agency id; assessments of the government itself
/// (its id as subject) are in the trend instead.
pub(super) fn latest_by_agency(mp: &Masterplan) -> Vec<&Assessment> {
    let gov = mp.manifest().government.id.as_str();
    let mut latest: BTreeMap<&str, &Assessment> = BTreeMap::new();
    for a in mp.assessments().iter().filter(|a| a.subject() != gov) {
        let slot = latest.entry(a.subject()).or_insert(a);
        if a.period() > slot.period() {
            *slot = a;
        }
    }
    latest.into_values().collect()
}

/// The government's index over the years as a line chart: the baseline
/// and the government's own further assessments, and (feature
/// `spbe-results`) the published results; nothing under two points.
fn trend(mp: &Masterplan, d: &mut Doc, w: &Words, lang: Lang) -> Result<()> {
    let fw = mp.framework();
    let gov = &mp.manifest().government;
    let mut points = Vec::new();
    for a in std::iter::once(mp.baseline()).chain(
        mp.assessments()
            .iter()
            .filter(|a| a.subject() == gov.id.as_str()),
    ) {
        if let Ok(card) = fw.score(a) {
            points.push(TrendPoint {
                year: a.period(),
                value: card.index_decimal(),
                source: TrendSource::Assessment,
            });
        }
    }
    #[cfg(feature = "spbe-results")]
    points.extend(published(mp)?.into_iter().filter_map(|(year, row)| {
        row.index.map(|value| TrendPoint {
            year,
            value,
            source: TrendSource::Published,
        })
    }));
    if points.len() < 2 {
        return Ok(());
    }
    let scale = fw.scale();
    let svg = trend_svg(
        &points,
        &TrendOptions {
            lang,
            min: scale.min,
            max: scale.max,
            subject_name: Some(gov.name.get(lang).to_owned()),
            ..Default::default()
        },
    );
    d.figure(svg, w.more.trend);
    Ok(())
}

/// The government's rows of the published SPBE results, by year; none when
/// the manifest gives no `benchmark_name` or the name is not in the
/// reports.
#[cfg(feature = "spbe-results")]
fn published(mp: &Masterplan) -> Result<Vec<(i32, crate::benchmark::PublishedResult)>> {
    use crate::benchmark::Benchmark;
    let Some(name) = mp.manifest().government.benchmark_name.as_deref() else {
        return Ok(Vec::new());
    };
    let b = Benchmark::spbe_published()?;
    Ok(b.years()
        .into_iter()
        .filter_map(|year| b.lookup(name, year).ok().map(|row| (year, row.clone())))
        .collect())
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
