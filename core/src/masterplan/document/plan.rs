//! Chapters 5–7: phases and the Gantt chart, the implementation plan by
//! roadmap content, the yearly budget, the unscheduled initiatives, the
//! projection against the targets.

use super::super::targets::TargetOutcome;
use super::super::Masterplan;
use super::condition::agency_name;
use super::needs::{status, target_text};
use super::words::{area, Words};
use crate::render::document::Doc;
use crate::render::GanttOptions;
use crate::roadmap::Area;
use crate::text::{rupiah, Lang};

pub(super) fn phases(mp: &Masterplan, d: &mut Doc, w: &Words, lang: Lang) {
    let s = mp.schedule();
    d.h(2, w.ch_phases);
    let name = |id: &str| {
        mp.roadmap()
            .initiative(id)
            .map_or_else(|| id.to_owned(), |i| i.name.get(lang).to_owned())
    };
    let list = s
        .phases()
        .iter()
        .enumerate()
        .map(|(k, ids)| {
            let names: Vec<String> = ids.iter().map(|id| name(id)).collect();
            format!("{} {}: {}", w.phase, k + 1, names.join("; "))
        })
        .collect();
    d.list(list);
    if !s.critical_path().is_empty() {
        let path: Vec<String> = s.critical_path().iter().map(|id| name(id)).collect();
        d.p(format!("{}: {}.", w.critical_path, path.join(" → ")));
    }
    let gantt = s.to_gantt_svg(&GanttOptions {
        lang,
        ..Default::default()
    });
    d.figure(gantt, w.gantt);
}

pub(super) fn implementation(mp: &Masterplan, d: &mut Doc, w: &Words, lang: Lang) {
    let s = mp.schedule();
    d.h(2, w.ch_implementation);
    for a in Area::ALL {
        let mut rows = Vec::new();
        for i in mp.roadmap().initiatives().iter().filter(|i| i.area == a) {
            let (start, finish, notes) = match s.entry(&i.id) {
                Some(e) => {
                    let why: Vec<String> =
                        e.explanations.iter().map(|x| x.describe_in(lang)).collect();
                    let notes = if why.is_empty() {
                        "–".to_owned()
                    } else {
                        why.join("; ")
                    };
                    (e.start.to_string(), e.finish.to_string(), notes)
                }
                None => (w.not_scheduled.to_owned(), "–".to_owned(), "–".to_owned()),
            };
            rows.push(vec![
                i.name.get(lang).to_owned(),
                agency_name(mp, &i.owner, lang),
                start,
                finish,
                rupiah(i.cost),
                notes,
            ]);
        }
        if rows.is_empty() {
            continue;
        }
        d.h(3, area(a, lang));
        d.table(
            &[
                (w.initiative, false),
                (w.owner, false),
                (w.start, true),
                (w.finish, true),
                (w.cost, true),
                (w.notes, false),
            ],
            rows,
        );
    }
    d.h(3, w.spend);
    let rows = s
        .spend()
        .iter()
        .map(|y| {
            vec![
                y.year.to_string(),
                rupiah(y.spent),
                y.cap.map_or("–".to_owned(), rupiah),
            ]
        })
        .collect();
    d.table(&[(w.year, true), (w.spent, true), (w.cap, true)], rows);
    if !s.unscheduled().is_empty() {
        d.h(3, w.unscheduled);
        let rows = s
            .unscheduled()
            .iter()
            .map(|u| {
                let name = mp
                    .roadmap()
                    .initiative(&u.id)
                    .map_or_else(|| u.id.clone(), |i| i.name.get(lang).to_owned());
                vec![name, u.reason.describe_in(lang)]
            })
            .collect();
        d.table(&[(w.initiative, false), (w.reason, false)], rows);
    }
}

pub(super) fn projection(
    mp: &Masterplan,
    outcomes: &[TargetOutcome],
    d: &mut Doc,
    w: &Words,
    lang: Lang,
) {
    d.h(2, w.ch_projection);
    let rows = mp
        .projection()
        .iter()
        .map(|y| {
            let c = &y.scorecard;
            vec![
                y.year.to_string(),
                c.index_decimal().to_string(),
                c.predicate().label.get(lang).to_owned(),
                y.finished.len().to_string(),
            ]
        })
        .collect();
    d.table(
        &[
            (w.year, true),
            (w.index, true),
            (w.predicate, false),
            (w.finished, true),
        ],
        rows,
    );
    d.h(3, w.targets);
    target_table(mp, outcomes, d, w, lang);
}

/// The targets against the projection: year, target, projected, status.
pub(super) fn target_table(
    mp: &Masterplan,
    outcomes: &[TargetOutcome],
    d: &mut Doc,
    w: &Words,
    lang: Lang,
) {
    let rows = outcomes
        .iter()
        .map(|o| {
            vec![
                o.target.year.to_string(),
                target_text(mp, o, w, lang),
                o.reached_rounded.to_string(),
                status(mp, o, w),
            ]
        })
        .collect();
    d.table(
        &[
            (w.year, true),
            (w.target, false),
            (w.projected, true),
            (w.status, false),
        ],
        rows,
    );
}
