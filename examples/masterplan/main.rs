//! A worked masterplan. It opens with the real, published story: Kabupaten
//! Bolaang Mongondow's official SPBE results for 2023 and 2024, its rank in
//! Sulawesi Utara and among all kabupaten, and charts of where it stands.
//! Then, on sample data: where six agencies of Kabupaten
//! Bolaang Mongondow stand in the SPBE evaluation, how they rank, how they
//! moved from 2022 to 2023, and the fewest level steps that lift the weakest
//! to the next predicate; then the regency's 2019–2024 SPBE roadmap: phases,
//! critical path, a schedule within the yearly budget and the projected
//! index per year; then its architecture catalog: coverage per agency and
//! domain, duplicate applications, what a data-centre failure takes down,
//! support and integration gaps, and the catalog the roadmap leads to by
//! 2024. Writes radar charts and a Gantt chart (SVG), a Markdown report, the
//! schedule as CSV, the roadmap as Mermaid and Graphviz text, and the
//! architecture as ArchiMate XML, Graphviz, JSON and an SVG coverage heatmap.
//!
//! The data in `examples/data` is ILLUSTRATIVE and MADE UP; it is not an
//! official evaluation result.
//!
//! ```sh
//! cargo run --release --example masterplan
//! ```

use egov_masterplan::{
    render::{RadarOptions, RadarTarget},
    scoring::{rank, trends, RankBasis},
    text::Text,
    Assessment, Fraction, Framework, GapTarget, Lang, Scorecard,
};
use std::collections::BTreeMap;
use std::error::Error;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use text::clip;

mod architecture;
mod architecture_to_be;
mod benchmark;
mod forms;
mod plan;
mod roadmap;
mod robustness;
mod text;

/// Long CSV: subject,period,indicator,level,note.
const ASSESSMENTS: &str = include_str!("../data/bolmong-assessments.csv");
/// Agency id → {"id": Indonesian name, "en": English name}.
const AGENCIES: &str = include_str!("../data/agencies.json");
/// The RPJMN target for the SPBE index in 2023–2024.
const NATIONAL_TARGET: f64 = 2.6;

type Res<T = ()> = Result<T, Box<dyn Error>>;

fn main() -> Res {
    banner();
    let benchmark_files = benchmark::run()?;
    robustness::run()?;
    let fw = Framework::builtin("spbe-2020")?;
    let names: BTreeMap<String, Text> = serde_json::from_str(AGENCIES)?;
    let assessments = Assessment::from_csv(ASSESSMENTS)?;
    let cards = fw.score_many(&assessments)?;
    // agencies in order of first appearance in the CSV
    let mut agencies: Vec<&str> = Vec::new();
    for c in &cards {
        if !agencies.contains(&c.subject()) {
            agencies.push(c.subject());
        }
    }
    let latest = cards
        .iter()
        .map(Scorecard::period)
        .max()
        .ok_or("no assessments")?;
    let first = cards
        .iter()
        .map(Scorecard::period)
        .min()
        .ok_or("no assessments")?;
    let card_of = |subject: &str, period: i32| {
        cards
            .iter()
            .find(|c| c.subject() == subject && c.period() == period)
    };
    let now: Vec<&Scorecard> = agencies.iter().filter_map(|a| card_of(a, latest)).collect();
    println!(
        "Framework {}: {} ({})",
        fw.id(),
        fw.name().en(),
        fw.status().as_str()
    );
    println!(
        "{} assessments: {} agencies × periods {first}–{latest}, {} indicators each\n",
        assessments.len(),
        agencies.len(),
        fw.indicator_count()
    );

    section(&format!("1. Scorecards {latest}"));
    for a in &agencies {
        let name = names.get(*a).map_or(*a, |t| t.id());
        println!("  {a:<12} {name}");
    }
    println!();
    print!(
        "  {:<12} {:>5}  {:<8} {:<12}",
        "agency", "index", "exact", "predicate"
    );
    let domains: Vec<&str> = fw.tier("domain").map(|n| n.id()).collect();
    let aspects: Vec<&str> = fw.tier("aspect").map(|n| n.id()).collect();
    for d in &domains {
        print!(" {d:>5}");
    }
    println!();
    for c in &now {
        print!(
            "  {:<12} {:>5}  {:<8} {:<12}",
            c.subject(),
            c.index_decimal().to_string(),
            exact(&c.exact_index()),
            c.predicate().label.id()
        );
        for d in c.domains() {
            print!(" {:>5}", shown(d.rounded));
        }
        println!();
    }
    println!();
    print!("  {:<12}", "aspects");
    for a in &aspects {
        print!(" {a:>5}");
    }
    println!();
    for c in &now {
        print!("  {:<12}", c.subject());
        for a in c.aspects() {
            print!(" {:>5}", shown(a.rounded));
        }
        println!();
    }
    println!();
    let legend: Vec<String> = fw
        .tier("aspect")
        .map(|a| format!("{} {}", a.id(), clip(a.name().en(), 40)))
        .collect();
    for pair in legend.chunks(2) {
        println!(
            "  {}",
            pair.iter()
                .map(|s| format!("{s:<44}"))
                .collect::<String>()
                .trim_end()
        );
    }
    println!();

    section(&format!(
        "2. Ranking {latest} (competition ranking on the exact index)"
    ));
    for r in rank(&cards, RankBasis::Exact)
        .iter()
        .filter(|r| r.period == latest)
    {
        let Some(c) = card_of(&r.subject, r.period) else {
            continue;
        };
        let by_rounded = fw.predicate_for(&c.index_decimal().to_fraction());
        let remark = if by_rounded.id != c.predicate().id {
            format!(
                "  <- exactly {}, below {}: still {} (the 2023 rounded basis: {})",
                exact(&c.exact_index()),
                by_rounded.min.to_literal(),
                c.predicate().label.id(),
                by_rounded.label.id()
            )
        } else {
            String::new()
        };
        println!(
            "  {:>2}. {:<12} {}  {}{remark}",
            r.rank,
            r.subject,
            r.index,
            c.predicate().label.id()
        );
    }
    println!();

    section(&format!("3. Trends {first} → {latest}"));
    for t in trends(&cards)? {
        let mut line = format!("  {:<12}", t.subject);
        for p in &t.points {
            let label = fw.predicate(&p.predicate).map_or("?", |p| p.label.id());
            let _ = write!(line, " {} {} {:<12}", p.period, p.index, label);
        }
        if let Some(change) = t.points.last().and_then(|p| p.change) {
            let sign = if change.is_positive() { "+" } else { "" };
            let _ = write!(line, " change {sign}{}", exact(&change));
        }
        println!("{line}");
    }
    println!();

    section(&format!(
        "4. Gaps {latest}: the fewest level steps to the next predicate"
    ));
    // Agencies below "Baik" aim for it; if none is, every agency aims for
    // the band above its own.
    let baik = fw.predicate("baik")?.min;
    let below: Vec<&Scorecard> = now
        .iter()
        .copied()
        .filter(|c| c.exact_index() < baik)
        .collect();
    let gap_cards = if below.is_empty() { now.clone() } else { below };
    for c in gap_cards {
        let bands = fw.predicates(); // highest first
        let goal = if c.exact_index() < baik {
            "baik"
        } else {
            match bands.iter().position(|p| p.id == c.predicate().id) {
                Some(i) if i > 0 => bands[i - 1].id.as_str(),
                _ => {
                    println!("  {}: already in the top band\n", c.subject());
                    continue;
                }
            }
        };
        let target = fw.predicate(goal)?;
        let gap = c.gap_to(GapTarget::predicate(goal))?;
        println!(
            "  {} {}: {} ({}) → {} needs {} more, {} steps:",
            c.subject(),
            latest,
            c.index_decimal(),
            c.predicate().label.id(),
            target.label.id(),
            exact(&gap.distance),
            gap.steps.len()
        );
        for (n, s) in gap.steps.iter().enumerate() {
            let name = fw.node(&s.indicator).map_or("", |n| n.name().id());
            let name = name.strip_prefix("Tingkat Kematangan ").unwrap_or(name);
            println!(
                "    {:>2}. {:<4} {:<46} {} → {}  +{:<6} index {}",
                n + 1,
                s.indicator,
                clip(name, 46),
                s.from,
                s.to,
                exact(&s.gain),
                s.index_after_rounded
            );
        }
        println!();
    }

    let mut n = 5;
    let roadmap_files = roadmap::run(&fw, &mut n)?;
    let architecture_files = architecture::run(&mut n)?;
    let latest_assessments: Vec<&Assessment> = agencies
        .iter()
        .filter_map(|a| {
            assessments
                .iter()
                .find(|x| x.subject() == *a && x.period() == latest)
        })
        .collect();
    forms::run(&fw, &latest_assessments, latest + 1, &output_dir(), &mut n)?;
    let (plan_files, word_files) = plan::run(&mut n)?;

    section(&format!("{n}. Files"));
    let dir = output_dir();
    std::fs::create_dir_all(&dir)?;
    let dir = dir.canonicalize().unwrap_or(dir);
    let mut written: Vec<PathBuf> = Vec::new();
    for c in &now {
        let name = names.get(c.subject()).map(|t| t.id().to_owned());
        let domains = RadarOptions {
            target: Some(RadarTarget::Uniform(NATIONAL_TARGET)),
            subject_name: name.clone(),
            ..Default::default()
        };
        let before = card_of(c.subject(), first).filter(|_| first != latest);
        let aspects = RadarOptions {
            tier: "aspect".into(),
            target: before.map(|b| RadarTarget::Scorecard(Box::new(b.clone()))),
            subject_name: name,
            ..Default::default()
        };
        for (tier, opts) in [("domains", domains), ("aspects", aspects)] {
            let path = dir.join(format!("{}-{}-{tier}.svg", c.subject(), c.period()));
            std::fs::write(&path, c.to_radar_svg(&opts)?)?;
            written.push(path);
        }
    }
    let path = dir.join("report.md");
    std::fs::write(&path, report(&fw, &cards, &names))?;
    written.push(path);
    for (name, contents) in benchmark_files
        .into_iter()
        .chain(roadmap_files)
        .chain(architecture_files)
        .chain(plan_files)
    {
        let path = dir.join(name);
        std::fs::write(&path, contents)?;
        written.push(path);
    }
    for (name, bytes) in word_files {
        let path = dir.join(name);
        std::fs::write(&path, bytes)?;
        written.push(path);
    }
    for p in &written {
        println!("  {}", p.display());
    }
    Ok(())
}

fn banner() {
    let rule = "=".repeat(76);
    println!("{rule}");
    println!(" egov-masterplan: a worked SPBE masterplan example");
    println!();
    println!(" Section 0 is OFFICIAL: the SPBE results KemenPANRB published for 2023 and");
    println!(" 2024 (core/data/spbe-results-2023-2024.csv, values as printed).");
    println!(
        " From section 1 on, the sample data is ILLUSTRATIVE, MADE-UP data for six agencies of"
    );
    println!(" Kabupaten Bolaang Mongondow. It is NOT an official SPBE evaluation result.");
    println!(" The roadmap, its costs and budget caps and the 2019 baseline are made up");
    println!(" too: they are not the regency's plan or budget; so is the architecture");
    println!(" catalog (agencies, applications, hosting).");
    println!("{rule}\n");
}

pub(crate) fn section(title: &str) {
    println!("{title}\n{}", "-".repeat(title.chars().count()));
}

/// The exact decimal ("3.4985"), or the fraction when it does not terminate.
fn exact(f: &Fraction) -> String {
    f.to_literal()
}

pub(crate) fn shown(d: Option<egov_masterplan::exact::Decimal>) -> String {
    d.map_or_else(|| "–".to_owned(), |d| d.to_string())
}

/// `$CARGO_TARGET_DIR/masterplan`, else `<workspace>/target/masterplan`.
fn output_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(t) if !t.is_empty() => PathBuf::from(t).join("masterplan"),
        _ => Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
            .join("target")
            .join("masterplan"),
    }
}

/// Every scorecard, latest period first, as one Markdown document.
fn report(fw: &Framework, cards: &[Scorecard], names: &BTreeMap<String, Text>) -> String {
    let mut md = String::new();
    md.push_str("# Evaluasi SPBE — Kabupaten Bolaang Mongondow (contoh)\n\n");
    md.push_str(
        "> **Data ilustrasi, bukan hasil resmi.** The assessments in this report are \
         ILLUSTRATIVE, MADE-UP data for six agencies; they are not official SPBE results.\n\n",
    );
    let _ = writeln!(
        md,
        "Kerangka: `{}` — {} ({}).\n",
        fw.id(),
        fw.name().id(),
        fw.legal_basis().id()
    );
    md.push_str("| Perangkat daerah | Id |\n|---|---|\n");
    for (id, name) in names {
        let _ = writeln!(md, "| {} | {} |", name.id(), id);
    }
    md.push('\n');
    let mut ordered: Vec<&Scorecard> = cards.iter().collect();
    ordered.sort_by_key(|c| std::cmp::Reverse(c.period()));
    for c in ordered {
        md.push_str(&c.to_markdown(Lang::Id));
        md.push('\n');
    }
    md
}
