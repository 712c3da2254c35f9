//! Chapter 3, the needs: each target met or missed, for a miss the fewest
//! extra steps, the cheapest steps by the roadmap's costs and the
//! initiatives left out; then the cross-check findings.

use super::super::manifest::TargetMeasure;
use super::super::targets::TargetOutcome;
use super::super::Masterplan;
use super::words::Words;
use crate::render::document::Doc;
use crate::scoring::{GapStep, StepCosts};
use crate::text::{rupiah, Lang};

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

/// Steps as "I11 1→2, I12 1→2".
fn step_list(steps: &[GapStep]) -> String {
    let list: Vec<String> = steps
        .iter()
        .map(|s| format!("{} {}→{}", s.indicator, s.from, s.to))
        .collect();
    list.join(", ")
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
    let costs = mp.step_costs();
    if outcomes.iter().any(|o| !o.met) {
        d.note(w.more.step_costs);
    }
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
            Some(steps) => d.p(format!(
                "{} ({}): {}",
                w.steps,
                steps.len(),
                step_list(steps)
            )),
            None => d.p(format!("{}: {}", w.steps, w.unreachable)),
        }
        cheapest(mp, o, &costs, d, w);
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

/// The cheapest steps of a missed target by the roadmap's step costs, each
/// with its cost, and their total; or why there is none.
fn cheapest(mp: &Masterplan, o: &TargetOutcome, costs: &StepCosts, d: &mut Doc, w: &Words) {
    let m = w.more;
    if matches!(o.target.measure, TargetMeasure::Group { .. }) {
        d.p(format!("{}: {}.", m.cheapest, m.costed_index_only));
        return;
    }
    let Some(gap) = mp.cheapest_for(o, costs) else {
        d.p(format!("{}: {}.", m.cheapest, m.no_costed_plan));
        return;
    };
    let list: Vec<String> = gap
        .steps
        .iter()
        .map(|s| {
            let cost = s.cost.map_or_else(|| "–".to_owned(), rupiah);
            format!("{} {}→{} ({cost})", s.indicator, s.from, s.to)
        })
        .collect();
    let total = gap.total_cost.map_or_else(|| "–".to_owned(), rupiah);
    d.p(format!(
        "{} ({}, {} {total}): {}.",
        m.cheapest,
        gap.steps.len(),
        m.total,
        list.join(", ")
    ));
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
