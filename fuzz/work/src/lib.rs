//! What the fuzz targets run on a document that parsed (each returns whether
//! the input parsed, so tests can tell a sample was really exercised): every main
//! operation and every export, plus the invariants a crash would reveal
//! (a JSON round trip that changes the document, a renderer that emits
//! unbalanced markup). The cargo-fuzz targets in `fuzz/fuzz_targets/` call
//! these functions; `tests/replay.rs` runs them on the committed samples
//! (`fuzz/seeds/<target>/`, and the inputs the fuzzer once crashed on,
//! `fuzz/regressions/<target>/`) under plain `cargo test`, so a fixed crash
//! stays fixed.

use egov_masterplan::render::{architecture_html, projection_html, schedule_html, scorecard_html};
use egov_masterplan::{
    render::{GanttOptions, HeatmapOptions, RadarOptions, RadarTarget},
    scoring::{MissingPolicy, PredicateBasis, ScoreOptions, StepCosts},
    ArchitectureModel, Assessment, Framework, GapTarget, Lang, Roadmap, ScheduleOptions,
};

/// The scoring options chosen by one byte (both bases, all three policies).
pub fn options(byte: u8) -> ScoreOptions {
    ScoreOptions {
        predicate_basis: if byte & 1 == 0 {
            PredicateBasis::Exact
        } else {
            PredicateBasis::Rounded
        },
        missing: match (byte >> 1) % 3 {
            0 => MissingPolicy::Error,
            1 => MissingPolicy::Lowest,
            _ => MissingPolicy::Renormalize,
        },
    }
}

/// Scores `a` with `fw` and, when it scores, runs gaps, the cheapest plan,
/// every renderer and the JSON outputs.
pub fn exercise_scoring(fw: &Framework, a: &Assessment, opts: &ScoreOptions) {
    let Ok(card) = fw.score_with(a, opts) else {
        return;
    };
    let _ = card.to_json();
    for p in fw.predicates() {
        if let Ok(gap) = card.gap_to(GapTarget::predicate(p.id.clone())) {
            let _ = gap.to_json();
        }
    }
    let _ = card.gap_to(GapTarget::from(3.5));
    let mut costs = StepCosts::new();
    for (i, n) in fw.indicators().enumerate().take(12) {
        costs.uniform(n.id(), 1 + i as u64 * 7);
    }
    let _ = card.cheapest_plan(GapTarget::from(2.6), &costs);
    for lang in [Lang::Id, Lang::En] {
        let _ = card.to_markdown(lang);
        let _ = scorecard_html(&card, lang);
        for tier in fw.tiers() {
            let opts = RadarOptions {
                tier: tier.clone(),
                lang,
                target: Some(RadarTarget::Uniform(2.6)),
                ..Default::default()
            };
            if let Ok(svg) = card.to_radar_svg(&opts) {
                assert!(svg.ends_with("</svg>\n"));
            }
        }
    }
}

/// A framework document: parse, re-read its own JSON (must be identical),
/// then score a uniform assessment at each level of its scale.
pub fn framework_json(data: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(data) else {
        return false;
    };
    let Ok(fw) = Framework::from_json(text) else {
        return false;
    };
    let json = fw.to_json();
    let again = Framework::from_json(&json).expect("a framework's own JSON reads back");
    assert_eq!(again.to_json(), json, "framework JSON round trip");
    let scale = fw.scale();
    for level in scale.min..=scale.max {
        let mut a = Assessment::new("fuzz", 2024);
        for n in fw.indicators() {
            a.set(n.id(), i64::from(level));
        }
        exercise_scoring(&fw, &a, &ScoreOptions::default());
    }
    true
}

/// An assessment document: parse, round-trip its JSON and CSV, and score it
/// against every built-in framework with options from the first byte.
pub fn assessment_json(data: &[u8]) -> bool {
    let Some((&first, rest)) = data.split_first() else {
        return false;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return false;
    };
    let Ok(a) = Assessment::from_json(text) else {
        return false;
    };
    let json = a.to_json();
    let again = Assessment::from_json(&json).expect("an assessment's own JSON reads back");
    assert_eq!(again.to_json(), json, "assessment JSON round trip");
    let csv = Assessment::to_csv(std::slice::from_ref(&a));
    if let Ok(back) = Assessment::from_csv(&csv) {
        assert!(back.len() <= 1);
    }
    for id in Framework::builtin_ids() {
        let fw = Framework::builtin(id).expect("built-in");
        exercise_scoring(&fw, &a, &options(first));
    }
    true
}

/// Long CSV text: parse, round-trip (write → read → write is stable), score
/// each assessment against `spbe-2020`.
pub fn assessment_csv(data: &[u8]) -> bool {
    let Some((&first, rest)) = data.split_first() else {
        return false;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return false;
    };
    let Ok(list) = Assessment::from_csv(text) else {
        return false;
    };
    let csv = Assessment::to_csv(&list);
    let back = Assessment::from_csv(&csv);
    if let Ok(back) = back {
        assert_eq!(Assessment::to_csv(&back), csv, "CSV write → read → write");
    }
    let fw = Framework::builtin("spbe-2020").expect("built-in");
    for a in list.iter().take(4) {
        exercise_scoring(&fw, a, &options(first));
    }
    true
}

/// A roadmap document: parse, JSON round trip, phases, CPM, schedules with
/// and without the budget, every export, the projection.
pub fn roadmap_json(data: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(data) else {
        return false;
    };
    let Ok(r) = Roadmap::from_json(text) else {
        return false;
    };
    let json = r.to_json();
    let again = Roadmap::from_json(&json).expect("a roadmap's own JSON reads back");
    assert_eq!(again.to_json(), json, "roadmap JSON round trip");
    let _ = r.phases();
    let _ = r.critical_path_method();
    let _ = r.critical_edges();
    let _ = r.to_dot();
    let fw = Framework::builtin("spbe-2020").expect("built-in");
    let mut base = Assessment::new("fuzz", 2019);
    for n in fw.indicators() {
        base.set(n.id(), 1);
    }
    for respect_budget in [true, false] {
        let opts = ScheduleOptions { respect_budget };
        let Ok(s) = r.schedule(&opts) else { continue };
        let _ = (s.to_json(), s.to_csv(), s.to_mermaid());
        for lang in [Lang::Id, Lang::En] {
            let _ = s.to_gantt_svg(&GanttOptions {
                lang,
                ..Default::default()
            });
            let _ = schedule_html(&s, lang);
        }
        for e in s.entries() {
            for x in &e.explanations {
                let _ = x.describe();
            }
        }
        for u in s.unscheduled() {
            let _ = u.reason.describe();
        }
        if let Ok(years) = s.project(&fw, &base) {
            let _ = projection_html(&years, Lang::En);
        }
    }
    true
}

/// An architecture catalog: parse, JSON round trip, every analysis (impact
/// of the first elements), snapshots and diff, every export.
pub fn architecture_json(data: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(data) else {
        return false;
    };
    let Ok(m) = ArchitectureModel::from_json(text) else {
        return false;
    };
    let json = m.to_json();
    let again = ArchitectureModel::from_json(&json).expect("a catalog's own JSON reads back");
    assert_eq!(again.to_json(), json, "catalog JSON round trip");
    let _ = (
        m.coverage(),
        m.duplicates(),
        m.unsupported(),
        m.integration_gaps(),
    );
    for e in m.elements().iter().take(8) {
        if let Ok(impact) = m.impact_of(&e.id) {
            assert!(
                !impact.elements.iter().any(|x| x.id == e.id),
                "an element does not affect itself"
            );
        }
    }
    let as_is = m.as_is();
    for year in [2019, 2024, 2030] {
        let _ = as_is.diff(&m.planned_at(year));
    }
    let _ = (m.to_archimate_xml(), m.to_dot());
    for lang in [Lang::Id, Lang::En] {
        let _ = m.to_heatmap_svg(&HeatmapOptions {
            lang,
            ..Default::default()
        });
        let _ = architecture_html(&m, lang);
    }
    true
}
