//! The masterplan as one thing: the manifest `examples/data/masterplan.json`
//! ties the baseline, the agencies' assessments, the catalog and the
//! roadmap together; the cross-checks, whether the roadmap reaches the
//! targets, and the document in Indonesian and English (HTML and Markdown).

use crate::Res;
use egov_masterplan::masterplan::{Masterplan, TargetMeasure};
use egov_masterplan::Lang;
use std::collections::BTreeMap;

const MANIFEST: &str = include_str!("../data/masterplan.json");
/// The files the manifest names, embedded.
const FILES: [(&str, &[u8]); 4] = [
    (
        "bolmong-baseline-2019.json",
        include_bytes!("../data/bolmong-baseline-2019.json"),
    ),
    (
        "bolmong-assessments.csv",
        include_bytes!("../data/bolmong-assessments.csv"),
    ),
    (
        "bolmong-architecture.json",
        include_bytes!("../data/bolmong-architecture.json"),
    ),
    (
        "bolmong-roadmap.json",
        include_bytes!("../data/bolmong-roadmap.json"),
    ),
];

/// The documents to write: text (HTML, Markdown) and Word.
pub type Documents = (Vec<(&'static str, String)>, Vec<(&'static str, Vec<u8>)>);

/// Prints the findings and the targets; returns the documents to write.
pub fn run(n: &mut u32) -> Res<Documents> {
    crate::section(&format!(
        "{n}. The masterplan: cross-checks, targets, document"
    ));
    *n += 1;
    let files: BTreeMap<String, Vec<u8>> = FILES
        .iter()
        .map(|(name, bytes)| ((*name).to_owned(), bytes.to_vec()))
        .collect();
    let plan = Masterplan::from_json(MANIFEST, &files)?;
    let m = plan.manifest();
    println!(
        "  {} — {}–{}, {} targets, {} assessments",
        m.government.name.en(),
        m.period.start,
        m.period.end,
        m.targets.len(),
        plan.assessments().len()
    );
    println!("\n  Cross-checks:");
    for f in plan.check() {
        println!("    [{}] {}", f.severity, f.message.en());
    }
    println!("\n  Targets against the projection:");
    let two = |f: &egov_masterplan::Fraction| {
        f.round_half_up(2)
            .map(|d| d.to_string())
            .unwrap_or_default()
    };
    for t in plan.targets()? {
        let verdict = if t.met {
            "met".to_owned()
        } else {
            let steps = t.steps.as_ref().map_or("out of reach".to_owned(), |s| {
                format!("{} more level steps would do", s.len())
            });
            format!("missed by {} = {} ({steps})", t.short_by, two(&t.short_by))
        };
        let asked = match &t.target.measure {
            TargetMeasure::Index(v) => format!("index ≥ {}", two(v)),
            TargetMeasure::Predicate(p) => format!("predicate {p}"),
            TargetMeasure::Group { id, value } => format!("{id} ≥ {}", two(value)),
        };
        println!(
            "    {} {asked:<24} projected {}  {verdict}",
            t.target.year, t.reached_rounded
        );
    }
    println!();
    let (mut text, mut word) = (Vec::new(), Vec::new());
    for (lang, html, md, docx) in [
        (
            Lang::Id,
            "masterplan.html",
            "masterplan.md",
            "masterplan.docx",
        ),
        (
            Lang::En,
            "masterplan-en.html",
            "masterplan-en.md",
            "masterplan-en.docx",
        ),
    ] {
        text.push((html, plan.to_html(lang)?));
        text.push((md, plan.to_markdown(lang)?));
        word.push((docx, plan.to_docx(lang)?));
    }
    Ok((text, word))
}
