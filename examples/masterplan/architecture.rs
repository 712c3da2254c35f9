//! The architecture part of the masterplan example: an illustrative SPBE
//! architecture catalog of Kabupaten Bolaang Mongondow (six domains, owned
//! by 20 agencies), read as a planner would: who has what, which
//! applications duplicate each other, what the one data centre takes down
//! when it fails, what is unsupported or outside the service connector, and
//! what the roadmap turns the catalog into by 2024.

use crate::text::{clip, list, wrapped};
use egov_masterplan::{
    architecture::{Domain, ImpactStep, ImpactedElement, Lifecycle, UnsupportedKind},
    ArchitectureModel, Roadmap, ScheduleOptions,
};
use std::collections::BTreeMap;
use std::error::Error;

/// The catalog (see `core/src/architecture/mod.rs` for the format).
const CATALOG: &str = include_str!("../data/bolmong-architecture.json");
/// The roadmap whose initiatives create and retire catalog elements.
const ROADMAP: &str = include_str!("../data/bolmong-roadmap.json");
/// The element whose failure is traced.
pub(crate) const FAILING: &str = "dc-pemkab";
/// The year the to-be architecture is shown for.
pub(crate) const TARGET_YEAR: i32 = 2024;
/// How many impact paths are printed.
const PATHS_SHOWN: usize = 8;

pub(crate) type Res<T = ()> = Result<T, Box<dyn Error>>;

/// Files the architecture part wants written: (file name, contents).
pub type Files = Vec<(&'static str, String)>;

/// Prints its sections, numbered from `*n` on (leaving `*n` at the next
/// free number), and returns the files to write.
pub fn run(n: &mut u32) -> Res<Files> {
    let catalog = ArchitectureModel::from_json(CATALOG)?;
    let roadmap = Roadmap::from_json(ROADMAP)?;
    catalog.check_roadmap(&roadmap)?;
    let schedule = roadmap.schedule(&ScheduleOptions::default())?;
    let today = catalog.as_is();
    let target = catalog.at_year(&schedule, TARGET_YEAR)?;
    let mut next = || {
        *n += 1;
        *n - 1
    };

    overview(&catalog, &today, &roadmap, next());
    coverage(&catalog, next());
    duplicates(&catalog, &roadmap, next());
    impact(&today, &catalog, next())?;
    gaps(&catalog, &roadmap, next());
    crate::architecture_to_be::to_be(&catalog, &today, &target, &schedule, next())?;

    Ok(vec![
        ("architecture.xml", catalog.to_archimate_xml()),
        ("architecture.dot", catalog.to_dot()),
        ("architecture.json", catalog.to_json()),
        (
            "coverage-heatmap.svg",
            catalog.to_heatmap_svg(&egov_masterplan::render::HeatmapOptions::default()),
        ),
    ])
}

/// The domain codes regional tools use (DAB, DAD, DAI, DAA, DAK, DAL).
fn code(d: Domain) -> &'static str {
    match d {
        Domain::ProsesBisnis => "DAB",
        Domain::DataInformasi => "DAD",
        Domain::Infrastruktur => "DAI",
        Domain::Aplikasi => "DAA",
        Domain::Keamanan => "DAK",
        Domain::Layanan => "DAL",
    }
}

fn overview(catalog: &ArchitectureModel, today: &ArchitectureModel, roadmap: &Roadmap, n: u32) {
    let name = catalog.name().map_or("", |t| t.en());
    super::section(&format!("{n}. Architecture: {name}"));
    if let Some(t) = catalog.name() {
        println!("  {}", t.id());
    }
    let elements = catalog.elements();
    let to_be = elements
        .iter()
        .filter(|e| matches!(e.lifecycle, Lifecycle::ToBe { .. }))
        .count();
    let retiring = elements
        .iter()
        .filter(|e| matches!(e.lifecycle, Lifecycle::Retiring { .. }))
        .count();
    println!(
        "  {} agencies, {} elements ({} as-is, {to_be} to-be, {retiring} retiring), {} relations",
        catalog.agencies().len(),
        elements.len(),
        elements.len() - to_be - retiring,
        catalog.relations().len()
    );
    println!();
    println!(
        "  {:<16} {:<5} {:>5} {:>6} {:>9}",
        "domain", "code", "today", "to-be", "retiring"
    );
    for d in Domain::ALL {
        let of = |m: &ArchitectureModel| m.elements().iter().filter(|e| e.domain == *d).count();
        let state = |pick: fn(&Lifecycle) -> bool| {
            elements
                .iter()
                .filter(|e| e.domain == *d && pick(&e.lifecycle))
                .count()
        };
        println!(
            "  {:<16} {:<5} {:>5} {:>6} {:>9}",
            d.as_str(),
            code(*d),
            of(today),
            state(|l| matches!(l, Lifecycle::ToBe { .. })),
            state(|l| matches!(l, Lifecycle::Retiring { .. }))
        );
    }
    let creates: usize = roadmap.initiatives().iter().map(|i| i.creates.len()).sum();
    let retires: usize = roadmap.initiatives().iter().map(|i| i.retires.len()).sum();
    println!(
        "\n  The roadmap creates {creates} and retires {retires} catalog elements; \
         every id is in the catalog with a fitting lifecycle."
    );
    println!();
}

fn coverage(catalog: &ArchitectureModel, n: u32) {
    super::section(&format!(
        "{n}. Coverage: elements per agency and domain (every lifecycle)"
    ));
    let c = catalog.coverage();
    print!("  {:<18}", "agency");
    for d in &c.domains {
        print!(" {:>4}", code(*d));
    }
    println!("  total");
    let mut totals = vec![0usize; c.domains.len()];
    for (agency, row) in c.agencies.iter().zip(&c.counts) {
        let label = if agency.is_empty() {
            "(no owner)"
        } else {
            agency.as_str()
        };
        print!("  {label:<18}");
        for (i, v) in row.iter().enumerate() {
            totals[i] += v;
            if *v == 0 {
                print!(" {:>4}", "·");
            } else {
                print!(" {v:>4}");
            }
        }
        println!("  {:>5}", row.iter().sum::<usize>());
    }
    print!("  {:<18}", "all");
    for t in &totals {
        print!(" {t:>4}");
    }
    println!("  {:>5}", totals.iter().sum::<usize>());
    println!(
        "  (DAB proses bisnis, DAD data, DAI infrastruktur, DAA aplikasi, DAK keamanan, DAL layanan)"
    );
    println!();
    let empty: Vec<&str> = c
        .agencies
        .iter()
        .zip(&c.counts)
        .filter(|(a, row)| !a.is_empty() && row.iter().all(|v| *v == 0))
        .map(|(a, _)| a.as_str())
        .collect();
    wrapped("Nothing catalogued: ", &list(&empty), 76);
    let without = |d: Domain| -> Vec<&str> {
        c.gaps(d)
            .into_iter()
            .filter(|a| !empty.contains(a))
            .collect()
    };
    wrapped(
        "No service (layanan): ",
        &list(&without(Domain::Layanan)),
        76,
    );
    wrapped("No application: ", &list(&without(Domain::Aplikasi)), 76);
    println!();
}

fn duplicates(catalog: &ArchitectureModel, roadmap: &Roadmap, n: u32) {
    super::section(&format!(
        "{n}. Duplicate applications (one function, two or more agencies; as-is and retiring)"
    ));
    let groups = catalog.duplicates();
    if groups.is_empty() {
        println!("  none\n");
        return;
    }
    let retired_by = retired_by(roadmap);
    for g in &groups {
        println!(
            "  {} `{}`: {} agencies ({})",
            g.basis,
            g.key,
            g.agencies.len(),
            g.agencies.join(", ")
        );
        for id in &g.elements {
            let e = catalog.element(id);
            let name = e.map_or("", |e| e.name.id());
            let owner = e.and_then(|e| e.owner.as_deref()).unwrap_or("–");
            let fate = match retired_by.get(id.as_str()) {
                Some(i) => format!("retired by {i}"),
                None => match e.map(|e| e.lifecycle) {
                    Some(Lifecycle::Retiring { year: Some(y) }) => format!("retiring {y}"),
                    _ => "stays".to_owned(),
                },
            };
            println!("    {id:<24} {owner:<12} {:<32} {fate}", clip(name, 32));
        }
        // to-be applications of the same function: the planned replacement
        for e in catalog.elements().iter().filter(|e| {
            e.domain == Domain::Aplikasi
                && matches!(e.lifecycle, Lifecycle::ToBe { .. })
                && e.function.as_deref().map(str::to_lowercase).as_deref() == Some(g.key.as_str())
        }) {
            let owner = e.owner.as_deref().unwrap_or("–");
            println!(
                "    {:<24} {owner:<12} {:<32} planned (to-be {})",
                e.id,
                clip(e.name.id(), 32),
                year_of(Some(e.lifecycle))
            );
        }
    }
    println!();
}

fn impact(today: &ArchitectureModel, catalog: &ArchitectureModel, n: u32) -> Res {
    super::section(&format!("{n}. If {FAILING} fails (today's catalog)"));
    let failed = today.element(FAILING).ok_or("no data centre")?;
    let i = today.impact_of(FAILING)?;
    let services_total = count(today, Domain::Layanan);
    let agencies_total = today
        .agencies()
        .iter()
        .filter(|a| {
            today
                .elements()
                .iter()
                .any(|e| e.owner.as_ref() == Some(&a.id))
        })
        .count();
    println!("  {} — {}", FAILING, failed.name.id());
    println!(
        "  reaches {} of the other {} elements, {} of {} services and {} of the {} agencies \
         that own elements.",
        i.elements.len(),
        today.elements().len() - 1,
        i.services.len(),
        services_total,
        i.agencies.len(),
        agencies_total
    );
    let mut by_domain: BTreeMap<Domain, usize> = BTreeMap::new();
    for e in &i.elements {
        *by_domain.entry(e.domain).or_default() += 1;
    }
    let parts: Vec<String> = Domain::ALL
        .iter()
        .filter_map(|d| by_domain.get(d).map(|c| format!("{} {c}", code(*d))))
        .collect();
    println!("  by domain: {}", parts.join(", "));
    println!();
    println!("  Services down:");
    for s in &i.services {
        let name = today.element(s).map_or("", |e| e.name.id());
        println!("    {s:<20} {name}");
    }
    let untouched: Vec<&str> = today
        .elements()
        .iter()
        .filter(|e| e.domain == Domain::Layanan && !i.services.contains(&e.id))
        .map(|e| e.id.as_str())
        .collect();
    wrapped("Services still up: ", &list(&untouched), 76);
    println!();
    let via: Vec<String> = i
        .agencies
        .iter()
        .map(|a| format!("{} ({})", a.id, a.via.len()))
        .collect();
    wrapped("Agencies hit (elements): ", &via.join(", "), 76);
    let spared: Vec<&str> = today
        .agencies()
        .iter()
        .filter(|a| !i.agencies.iter().any(|h| h.id == a.id))
        .map(|a| a.id.as_str())
        .collect();
    wrapped("Agencies spared: ", &list(&spared), 76);
    println!();
    println!("  How the failure travels (shortest chains, to a selection of services):");
    let services: Vec<&ImpactedElement> = i
        .elements
        .iter()
        .filter(|e| e.domain == Domain::Layanan)
        .collect();
    for e in pick_varied(&services, PATHS_SHOWN) {
        println!("    {}", chain(FAILING, &e.path));
    }
    // The same failure once the roadmap's to-be elements exist.
    let all = catalog.impact_of(FAILING)?;
    println!(
        "\n  With every to-be element in place it would reach {} elements, {} of {} services \
         and {} agencies.",
        all.elements.len(),
        all.services.len(),
        count(catalog, Domain::Layanan),
        all.agencies.len()
    );
    println!();
    Ok(())
}

fn gaps(catalog: &ArchitectureModel, roadmap: &Roadmap, n: u32) {
    super::section(&format!("{n}. Unsupported elements and integration gaps"));
    let unsupported = catalog.unsupported();
    if unsupported.is_empty() {
        println!("  Every service has an application, every application a host.");
    }
    let mut last: Option<UnsupportedKind> = None;
    for u in &unsupported {
        if last != Some(u.problem) {
            println!("  {}: {}", u.problem, u.problem.describe());
            last = Some(u.problem);
        }
        let e = catalog.element(&u.element);
        let name = e.map_or("", |e| e.name.id());
        let owner = e.and_then(|e| e.owner.as_deref()).unwrap_or("–");
        println!("    {:<24} {owner:<12} {}", u.element, clip(name, 36));
    }
    let connectors: Vec<&str> = catalog
        .elements()
        .iter()
        .filter(|e| e.kind == "sistem-penghubung")
        .map(|e| e.id.as_str())
        .collect();
    println!(
        "\n  Existing applications not connected to the service connector ({}):",
        connectors.join(", ")
    );
    let retired_by = retired_by(roadmap);
    for id in catalog.integration_gaps() {
        let e = catalog.element(&id);
        let name = e.map_or("", |e| e.name.id());
        let owner = e.and_then(|e| e.owner.as_deref()).unwrap_or("–");
        let note = match (retired_by.get(id.as_str()), e.map(|e| e.lifecycle)) {
            (Some(i), _) => format!("(retired by {i})"),
            (None, Some(Lifecycle::Retiring { .. })) => "(retiring)".to_owned(),
            _ => String::new(),
        };
        println!("    {id:<24} {owner:<12} {:<34} {note}", clip(name, 34));
    }
    println!();
}

pub(crate) fn without_app(m: &ArchitectureModel) -> usize {
    m.unsupported()
        .iter()
        .filter(|u| u.problem == UnsupportedKind::ServiceWithoutApplication)
        .count()
}

/// Element id → the initiative that retires it.
pub(crate) fn retired_by(roadmap: &Roadmap) -> BTreeMap<&str, &str> {
    let mut out = BTreeMap::new();
    for i in roadmap.initiatives() {
        for id in &i.retires {
            out.insert(id.as_str(), i.id.as_str());
        }
    }
    out
}

pub(crate) fn year_of(l: Option<Lifecycle>) -> String {
    match l {
        Some(Lifecycle::ToBe { year: Some(y) } | Lifecycle::Retiring { year: Some(y) }) => {
            y.to_string()
        }
        _ => "?".to_owned(),
    }
}

fn count(m: &ArchitectureModel, d: Domain) -> usize {
    m.elements().iter().filter(|e| e.domain == d).count()
}

/// Up to `k` elements, taking in turn from each path length (shortest
/// first) so that short and long chains both show.
fn pick_varied<'a>(items: &[&'a ImpactedElement], k: usize) -> Vec<&'a ImpactedElement> {
    let mut by_len: BTreeMap<usize, Vec<&'a ImpactedElement>> = BTreeMap::new();
    for e in items {
        by_len.entry(e.path.len()).or_default().push(e);
    }
    let mut out = Vec::new();
    let mut round = 0;
    while out.len() < k && by_len.values().any(|v| v.len() > round) {
        for v in by_len.values() {
            if let Some(e) = v.get(round) {
                if out.len() < k {
                    out.push(*e);
                }
            }
        }
        round += 1;
    }
    out.sort_by(|a, b| (a.path.len(), &a.id).cmp(&(b.path.len(), &b.id)));
    out
}

/// `dc-pemkab ←hosted-on– app-x –realizes→ lay-y`: each relation as
/// written, its arrow pointing from its source to its target.
fn chain(start: &str, path: &[ImpactStep]) -> String {
    let mut out = start.to_owned();
    let mut at = start;
    for s in path {
        if s.to == at {
            out.push_str(&format!(" ←{}– {}", s.relation, s.from));
            at = &s.from;
        } else {
            out.push_str(&format!(" –{}→ {}", s.relation, s.to));
            at = &s.to;
        }
    }
    out
}
