//! The roadmap part of the masterplan example: an illustrative 2019–2024
//! SPBE roadmap of Kabupaten Bolaang Mongondow, scheduled under its yearly
//! budget caps and projected onto the regency's 2019 baseline.

use crate::text::{wrapped, wrapped_at};
use egov_masterplan::text::rupiah;
use egov_masterplan::{
    render::GanttOptions,
    roadmap::{first_year_reaching, DependencyKind, UnscheduledReason, YearScorecard},
    Assessment, Framework, Roadmap, Schedule, ScheduleOptions, Scorecard,
};
use std::collections::{BTreeMap, BTreeSet};
use std::error::Error;

/// The roadmap document (see `core/src/roadmap/mod.rs` for the format).
const ROADMAP: &str = include_str!("../data/bolmong-roadmap.json");
/// The regency's (illustrative) 2019 self-assessment: the projection's start.
const BASELINE: &str = include_str!("../data/bolmong-baseline-2019.json");
/// The predicate the plan aims for (the RPJMN target 2.60 is its floor).
const GOAL: &str = "baik";

type Res<T = ()> = Result<T, Box<dyn Error>>;

/// Files the roadmap part wants written: (file name, contents).
pub type Files = Vec<(&'static str, String)>;

/// Prints its sections, numbered from `*n` on (leaving `*n` at the next
/// free number), and returns the files to write.
pub fn run(fw: &Framework, n: &mut u32) -> Res<Files> {
    let roadmap = Roadmap::from_json(ROADMAP)?;
    let schedule = roadmap.schedule(&ScheduleOptions::default())?;
    let baseline = Assessment::from_json(BASELINE)?;
    let mut next = || {
        *n += 1;
        *n - 1
    };

    overview(&roadmap, next());
    critical_path(&roadmap, &schedule, next())?;
    entries(&roadmap, &schedule, next());
    spend(&schedule, next());
    late_and_left_out(&roadmap, &schedule, next());
    let projection = schedule.project(fw, &baseline)?;
    project(fw, &baseline, &projection, next())?;

    Ok(vec![
        (
            "roadmap-gantt.svg",
            schedule.to_gantt_svg(&GanttOptions::default()),
        ),
        ("roadmap.mermaid", schedule.to_mermaid()),
        ("roadmap.dot", roadmap.to_dot()?),
        ("roadmap-schedule.csv", schedule.to_csv()),
    ])
}

fn overview(roadmap: &Roadmap, n: u32) {
    super::section(&format!("{n}. Roadmap: {}", roadmap.name().en()));
    let h = roadmap.horizon();
    let ini = roadmap.initiatives();
    let areas: BTreeSet<_> = ini.iter().map(|i| i.area).collect();
    let owners: BTreeSet<_> = ini.iter().map(|i| i.owner.as_str()).collect();
    let cost: u64 = ini.iter().map(|i| i.cost).sum();
    let caps: u64 = roadmap.budget().values().sum();
    println!("  {}", roadmap.name().id());
    println!("  Horizon {} … {}", h.start, h.end);
    println!(
        "  {} initiatives in {} areas costing {}; yearly caps total {}",
        ini.len(),
        areas.len(),
        rupiah(cost),
        rupiah(caps)
    );
    wrapped(
        "Owners: ",
        &owners.into_iter().collect::<Vec<_>>().join(", "),
        76,
    );
    println!("\n  Phases (each initiative of phase n depends on one of phase n−1):");
    for (i, phase) in roadmap.phases().iter().enumerate() {
        wrapped(&format!("Fase {}: ", i + 1), &phase.join(", "), 76);
    }
    println!();
}

fn critical_path(roadmap: &Roadmap, schedule: &Schedule, n: u32) -> Res {
    super::section(&format!(
        "{n}. Critical path (dependencies only, before the budget)"
    ));
    let cpm = roadmap.critical_path_method()?;
    let edges = roadmap.critical_edges()?;
    for id in schedule.critical_path() {
        let Some(t) = cpm.iter().find(|t| &t.id == id) else {
            continue;
        };
        let deps = roadmap
            .initiative(id)
            .map_or(&[][..], |i| &i.depends_on[..]);
        let after: Vec<String> = edges
            .iter()
            .filter(|(_, s)| s == id)
            .map(|(p, _)| match deps.iter().find(|d| &d.predecessor == p) {
                Some(d) if d.kind == DependencyKind::StartToStart => {
                    format!("{} mo after {p} starts", d.lag_months)
                }
                Some(d) if d.lag_months > 0 => format!("{} mo after {p} ends", d.lag_months),
                _ => format!("after {p}"),
            })
            .collect();
        let after = if after.is_empty() {
            String::new()
        } else {
            after.join(", ")
        };
        let line = format!(
            "  {:<31} {} – {}  {after}",
            id, t.earliest_start, t.earliest_finish
        );
        println!("{}", line.trim_end());
    }
    let start = cpm.iter().map(|t| t.earliest_start).min();
    let end = cpm.iter().map(|t| t.earliest_finish).max();
    if let (Some(start), Some(end)) = (start, end) {
        println!("  Without a budget limit the plan would run {start} … {end}.");
    }
    println!();
    Ok(())
}

fn entries(roadmap: &Roadmap, schedule: &Schedule, n: u32) {
    super::section(&format!("{n}. Schedule within the yearly budget caps"));
    println!(
        "  {:<31} {:<11} {:<10} {:<10} {:>3} {:>13} {:>5} {:>5} {:>5}",
        "initiative", "owner", "start", "finish", "mo", "cost (Rp)", "phase", "slack", "delay"
    );
    for e in schedule.entries() {
        let owner = roadmap.initiative(&e.id).map_or("", |i| i.owner.as_str());
        let mark = if e.critical { '*' } else { ' ' };
        let delay = if e.delay_months > 0 {
            format!("+{}", e.delay_months)
        } else {
            String::new()
        };
        let line = format!(
            "{mark} {:<31} {:<11} {:<10} {:<10} {:>3} {:>13} {:>5} {:>5} {:>5}",
            e.id,
            owner,
            e.start,
            e.finish,
            e.duration_months,
            thousands(e.cost),
            e.phase,
            e.slack_months,
            delay
        );
        println!("{}", line.trim_end());
    }
    println!("  (* critical, slack: by the critical path method, before the budget;");
    println!("   delay: months after the earliest start the dependencies alone allow)");
    if let Some(end) = schedule.entries().iter().map(|e| e.finish).max() {
        println!("  Within the caps the plan runs until {end}.");
    }
    println!();
}

fn spend(schedule: &Schedule, n: u32) {
    super::section(&format!("{n}. Yearly spend against the cap"));
    println!(
        "  {:<4} {:>18} {:>18} {:>18} {:>5}",
        "year", "spent", "cap", "left", "used"
    );
    let (mut spent, mut caps) = (0u64, 0u64);
    for y in schedule.spend() {
        spent += y.spent;
        let (cap, left, used) = match y.cap {
            Some(cap) => {
                caps += cap;
                (
                    rupiah(cap),
                    rupiah(cap.saturating_sub(y.spent)),
                    format!("{:.0}%", percent(y.spent, cap)),
                )
            }
            None => ("no cap".into(), "–".into(), "–".into()),
        };
        println!(
            "  {:<4} {:>18} {:>18} {:>18} {:>5}",
            y.year,
            rupiah(y.spent),
            cap,
            left,
            used
        );
    }
    println!(
        "  {:<4} {:>18} {:>18} {:>18} {:>5}\n",
        "all",
        rupiah(spent),
        rupiah(caps),
        rupiah(caps.saturating_sub(spent)),
        format!("{:.0}%", percent(spent, caps))
    );
}

fn late_and_left_out(roadmap: &Roadmap, schedule: &Schedule, n: u32) {
    super::section(&format!("{n}. Deferred, late or left out — and why"));
    let late: Vec<_> = schedule
        .entries()
        .iter()
        .filter(|e| !e.explanations.is_empty())
        .collect();
    if late.is_empty() {
        println!("  Every initiative starts at its earliest start.");
    }
    for e in late {
        println!("  {} — {}", e.id, e.name);
        println!(
            "    starts {}, {} month(s) after its earliest start {}:",
            e.start, e.delay_months, e.earliest_start
        );
        for x in &e.explanations {
            println!("    - {}", x.describe());
        }
    }
    if schedule.unscheduled().is_empty() {
        println!("\n  Everything fits the horizon.");
    } else {
        println!("\n  Not scheduled:");
    }
    for u in schedule.unscheduled() {
        let name = roadmap.initiative(&u.id).map_or("", |i| i.name.id());
        println!("  {} — {name}", u.id);
        println!("    - {}", u.reason.describe());
        if let UnscheduledReason::Budget { year, .. } = u.reason {
            let left: u64 = schedule
                .spend()
                .iter()
                .filter(|y| y.year >= year)
                .filter_map(|y| y.cap.map(|cap| cap.saturating_sub(y.spent)))
                .sum();
            let cost = roadmap.initiative(&u.id).map_or(0, |i| i.cost);
            println!(
                "    - it costs {}; all that is left of the caps from {year} on is {}",
                rupiah(cost),
                rupiah(left)
            );
        }
    }
    println!();
}

fn project(fw: &Framework, baseline: &Assessment, projection: &[YearScorecard], n: u32) -> Res {
    super::section(&format!(
        "{n}. Projected SPBE index at the end of each year (from the {} baseline)",
        baseline.period()
    ));
    let domains: Vec<&str> = fw.tier("domain").map(|d| d.id()).collect();
    let header: String = domains.iter().map(|d| format!(" {d:>4}")).collect();
    println!(
        "  {:<9} {:>5}  {:<12}{header}  initiatives finished that year",
        "", "index", "predicate"
    );
    let row = |label: String, c: &Scorecard| {
        let by_domain: BTreeMap<&str, String> = c
            .domains()
            .iter()
            .map(|d| (d.id.as_str(), super::shown(d.rounded)))
            .collect();
        let cells: String = domains
            .iter()
            .map(|d| format!(" {:>4}", by_domain.get(d).map_or("–", String::as_str)))
            .collect();
        format!(
            "  {label:<9} {:>5}  {:<12}{cells}  ",
            c.index_decimal().to_string(),
            c.predicate().label.id()
        )
    };
    println!(
        "{}({} {})",
        row("baseline".into(), &fw.score(baseline)?),
        baseline.subject(),
        baseline.period()
    );
    for y in projection {
        let head = row(format!("end {}", y.year), &y.scorecard);
        let done = if y.finished.is_empty() {
            "–".to_owned()
        } else {
            y.finished.join(", ")
        };
        wrapped_at(&head, head.chars().count(), &done, 100);
    }
    let label = fw.predicate(GOAL)?.label.id().to_owned();
    match first_year_reaching(projection, GOAL)? {
        Some(year) => println!("\n  {label} is reached in {year}."),
        None => {
            let last = projection.last().map_or(0, |y| y.year);
            println!("\n  {label} is not reached by {last}.");
        }
    }
    println!();
    Ok(())
}

/// `1.250.000.000`: the library's rupiah text without the `Rp `.
fn thousands(v: u64) -> String {
    rupiah(v).trim_start_matches("Rp ").to_owned()
}

fn percent(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 * 100.0 / whole as f64
    }
}
