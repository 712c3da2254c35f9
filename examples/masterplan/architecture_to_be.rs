//! The to-be section of the architecture part: the catalog at the target
//! year under the scheduled roadmap, and the diff from today.

use crate::architecture::{retired_by, without_app, year_of, Res, FAILING, TARGET_YEAR};
use crate::text::{clip, list, wrapped};
use chrono::Datelike;
use egov_masterplan::{architecture::Lifecycle, ArchitectureModel, Schedule};
use std::collections::BTreeMap;

pub fn to_be(
    catalog: &ArchitectureModel,
    today: &ArchitectureModel,
    target: &ArchitectureModel,
    schedule: &Schedule,
    n: u32,
) -> Res {
    super::section(&format!(
        "{n}. The architecture at the end of {TARGET_YEAR} (by the roadmap schedule)"
    ));
    let roadmap = schedule.roadmap();
    let finish_of = |initiative: &str| {
        schedule
            .entry(initiative)
            .map(|e| (e.finish.year(), e.finish.format("%Y-%m").to_string()))
    };
    let mut creator: BTreeMap<&str, &str> = BTreeMap::new();
    for i in roadmap.initiatives() {
        for id in &i.creates {
            creator.insert(id.as_str(), i.id.as_str());
        }
    }
    let retirer = retired_by(roadmap);
    let d = today.diff(target);
    println!(
        "  today {} elements → {TARGET_YEAR} {} elements: {} added, {} removed; \
         relations +{} −{}",
        today.elements().len(),
        target.elements().len(),
        d.added.len(),
        d.removed.len(),
        d.added_relations.len(),
        d.removed_relations.len()
    );
    println!("\n  Added:");
    for id in &d.added {
        let e = catalog.element(id);
        let name = e.map_or("", |e| e.name.id());
        let why = match creator.get(id.as_str()) {
            Some(i) => match finish_of(i) {
                Some((_, month)) => format!("{i}, done {month}"),
                None => format!(
                    "lifecycle year {} — its initiative {i} is NOT scheduled",
                    year_of(e.map(|e| e.lifecycle))
                ),
            },
            None => format!(
                "lifecycle year {}, no initiative",
                year_of(e.map(|e| e.lifecycle))
            ),
        };
        println!("    {id:<22} {:<34} {why}", clip(name, 34));
    }
    println!("\n  Removed:");
    for id in &d.removed {
        let e = catalog.element(id);
        let name = e.map_or("", |e| e.name.id());
        let why = match retirer.get(id.as_str()) {
            Some(i) => match finish_of(i) {
                Some((_, month)) => format!("{i}, done {month}"),
                None => format!("{i} (not scheduled)"),
            },
            None => format!("retiring {}", year_of(e.map(|e| e.lifecycle))),
        };
        println!("    {id:<22} {:<34} {why}", clip(name, 34));
    }
    let left: Vec<&str> = catalog
        .elements()
        .iter()
        .filter(|e| matches!(e.lifecycle, Lifecycle::ToBe { .. }))
        .filter(|e| target.element(&e.id).is_none())
        .map(|e| e.id.as_str())
        .collect();
    wrapped(
        &format!("Still to come after {TARGET_YEAR}: "),
        &list(&left),
        76,
    );
    let dup = |m: &ArchitectureModel| m.duplicates().len();
    let gaps = |m: &ArchitectureModel| m.integration_gaps().len();
    let services =
        |m: &ArchitectureModel| -> Res<usize> { Ok(m.impact_of(FAILING)?.services.len()) };
    println!("\n  {:<44} {:>6} {:>6}", "", "today", TARGET_YEAR);
    println!(
        "  {:<44} {:>6} {:>6}",
        "duplicate-application groups",
        dup(today),
        dup(target)
    );
    println!(
        "  {:<44} {:>6} {:>6}",
        "applications outside the service connector",
        gaps(today),
        gaps(target)
    );
    println!(
        "  {:<44} {:>6} {:>6}",
        format!("services down if {FAILING} fails"),
        services(today)?,
        services(target)?
    );
    println!(
        "  {:<44} {:>6} {:>6}",
        "services without an application",
        without_app(today),
        without_app(target)
    );
    for g in target.duplicates() {
        println!(
            "  {TARGET_YEAR}: {} `{}` still in {} ({})",
            g.basis,
            g.key,
            g.agencies.join(", "),
            g.elements.join(", ")
        );
    }
    println!();
    Ok(())
}
