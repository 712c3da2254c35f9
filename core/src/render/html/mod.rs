//! Self-contained HTML fragments for notebooks (Jupyter `_repr_html_`):
//! no `<html>` or `<head>`, no scripts, no style sheets — inline `style`
//! attributes only, with the SVG charts inline.

use super::escape_xml;
use super::{GanttOptions, HeatmapOptions, RadarOptions};
use crate::architecture::{domain_label, ArchitectureModel, Domain};
use crate::error::Result;
use crate::roadmap::{Schedule, YearScorecard};
use crate::scoring::Scorecard;
use crate::text::{rupiah, Lang};
use std::fmt::Write as _;

mod benchmark;
mod parts;
pub use benchmark::benchmark_html;
use parts::{table, tier_label, words, Cell, Col, H3, H4, MUTED, P, SCROLL, WRAP};

/// Width and height of the radar chart in a scorecard fragment.
const RADAR_SIZE: u32 = 400;

/// Renders a scorecard as an HTML fragment.
///
/// One `<div class="egov-scorecard">` holding a heading with the subject,
/// period and framework id; the index as published (the framework's
/// decimals, "2.97") and the predicate; how many indicators were rated
/// ("47/47"); a table of every group, tier by tier (domains, then aspects),
/// with its id, name, tier and value ("–" when nothing below it is rated),
/// top-tier rows in bold; and the radar chart of the domains
/// ([`radar_svg`](super::radar_svg)) inline. Labels are in `lang`; every
/// name is escaped with [`escape_xml`]. The output is deterministic.
///
/// Fails when the framework has no `domain` tier (the radar's axes).
///
/// ```
/// use egov_masterplan::{Assessment, Framework, Lang, render::scorecard_html};
/// let fw = Framework::builtin("spbe-2020")?;
/// let mut a = Assessment::new("bappeda <&>", 2023);
/// for i in 1..=47 { a.set(format!("I{i}"), 3); }
/// let html = scorecard_html(&fw.score(&a)?, Lang::En)?;
/// assert!(html.starts_with(r#"<div class="egov-scorecard""#));
/// assert!(html.contains("bappeda &lt;&amp;&gt; — 2023"));
/// assert!(html.contains("<strong") && html.contains(">3.00</strong> — Good"));
/// assert!(html.contains(">47/47<") && html.contains("<svg"));
/// # Ok::<(), egov_masterplan::Error>(())
/// ```
pub fn scorecard_html(card: &Scorecard, lang: Lang) -> Result<String> {
    let w = words(lang);
    let fw = card.framework();
    let radar = card.to_radar_svg(&RadarOptions {
        lang,
        size: RADAR_SIZE,
        ..Default::default()
    })?;
    let mut s = String::with_capacity(8192 + radar.len());
    let _ = writeln!(s, "<div class=\"egov-scorecard\" style=\"{WRAP}\">");
    let _ = writeln!(
        s,
        "<h3 style=\"{H3}\">{} — {} <span style=\"{MUTED};font-weight:400\">({})</span></h3>",
        escape_xml(card.subject()),
        card.period(),
        escape_xml(fw.id())
    );
    let _ = writeln!(
        s,
        "<p style=\"{P}\">{}: <strong style=\"font-size:18px\">{}</strong> — {}</p>",
        w.index,
        card.index_decimal(),
        escape_xml(card.predicate().label.get(lang))
    );
    let coverage = card.coverage();
    let _ = writeln!(
        s,
        "<p style=\"{P};{MUTED}\">{}: <span>{}/{}</span></p>",
        w.rated, coverage.rated, coverage.total
    );

    let top = fw.tiers().first().map(String::as_str).unwrap_or_default();
    let rows: Vec<Vec<Cell>> = fw
        .tiers()
        .iter()
        .flat_map(|tier| card.tier(tier))
        .map(|g| {
            let name = fw.node(&g.id).map(|n| n.name().get(lang)).unwrap_or("");
            let value = g.rounded.map_or_else(|| "–".to_owned(), |d| d.to_string());
            let bold = g.tier == top;
            let cell = |html: String| Cell { html, bold };
            vec![
                cell(escape_xml(&g.id)),
                cell(escape_xml(name)),
                Cell::of(tier_label(&g.tier, lang)),
                cell(value),
            ]
        })
        .collect();
    let _ = writeln!(
        s,
        "<div style=\"display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start\">\n<div>"
    );
    let cols: [Col<'_>; 4] = [
        (w.id, false),
        (w.name, false),
        (w.tier, false),
        (w.value, true),
    ];
    table(&mut s, "egov-groups", &cols, &rows);
    let _ = write!(
        s,
        "</div>\n<div class=\"egov-radar\">\n{radar}</div>\n</div>\n</div>\n"
    );
    Ok(s)
}

/// Renders a schedule as an HTML fragment.
///
/// One `<div class="egov-schedule">` holding the Gantt chart
/// ([`gantt_svg`](super::gantt_svg), in `lang`) in a box that scrolls
/// sideways; a table with a row per scheduled initiative (id, name, phase,
/// start, finish, cost in rupiah, slack in months, critical "ya"/"tidak" or
/// "yes"/"no"); the initiatives that could not be scheduled, each with its
/// reason ([`UnscheduledReason::describe`](crate::roadmap::UnscheduledReason::describe),
/// in English), when there are any; and a table of each year's spend
/// against its cap and what is left ("–" for a year without a cap).
/// Every name is escaped with [`escape_xml`]; the output is deterministic.
///
/// ```
/// use egov_masterplan::{Lang, Roadmap, ScheduleOptions, render::schedule_html};
/// let r = Roadmap::from_json(r#"{"schema_version": 1, "id": "r", "name": "R",
///   "horizon": {"start": "2020-01-01", "end": "2021-12-31"},
///   "initiatives": [{"id": "a", "name": "Perbup <SPBE>", "area": "tata-kelola", "owner": "setda",
///                    "duration_months": 12, "cost": 150000000}],
///   "budget": {"2020": 200000000}}"#)?;
/// let html = schedule_html(&r.schedule(&ScheduleOptions::default())?, Lang::Id);
/// assert!(html.starts_with(r#"<div class="egov-schedule""#) && html.contains("<svg"));
/// assert!(html.contains(">Perbup &lt;SPBE&gt;</td>") && !html.contains("<SPBE>"));
/// assert!(html.contains(">Rp 150.000.000</td>") && html.contains(">ya</td>"));
/// assert!(html.contains(">Rp 50.000.000</td>"), "left of the 2020 cap");
/// # Ok::<(), egov_masterplan::Error>(())
/// ```
pub fn schedule_html(schedule: &Schedule, lang: Lang) -> String {
    let w = words(lang);
    let gantt = schedule.to_gantt_svg(&GanttOptions {
        lang,
        ..Default::default()
    });
    let mut s = String::with_capacity(4096 + gantt.len());
    let _ = writeln!(s, "<div class=\"egov-schedule\" style=\"{WRAP}\">");
    let _ = write!(
        s,
        "<div class=\"egov-gantt\" style=\"{SCROLL}\">\n{gantt}</div>\n"
    );

    let _ = writeln!(s, "<h4 style=\"{H4}\">{}</h4>", w.schedule);
    let rows: Vec<Vec<Cell>> = schedule
        .entries()
        .iter()
        .map(|e| {
            vec![
                Cell::of(escape_xml(&e.id)),
                Cell::of(escape_xml(e.name.get(lang))),
                Cell::of(e.phase.to_string()),
                Cell::of(e.start.to_string()),
                Cell::of(e.finish.to_string()),
                Cell::of(rupiah(e.cost)),
                Cell::of(e.slack_months.to_string()),
                Cell {
                    html: (if e.critical { w.yes } else { w.no }).to_owned(),
                    bold: e.critical,
                },
            ]
        })
        .collect();
    let cols: [Col<'_>; 8] = [
        (w.id, false),
        (w.name, false),
        (w.phase, true),
        (w.start, false),
        (w.finish, false),
        (w.cost, true),
        (w.slack, true),
        (w.critical, false),
    ];
    table(&mut s, "egov-entries", &cols, &rows);

    if !schedule.unscheduled().is_empty() {
        let _ = writeln!(s, "<h4 style=\"{H4}\">{}</h4>", w.unscheduled);
        let _ = writeln!(
            s,
            "<ul class=\"egov-unscheduled\" style=\"margin:2px 0 8px;padding-left:20px\">"
        );
        for u in schedule.unscheduled() {
            let name = schedule
                .roadmap()
                .initiative(&u.id)
                .map(|i| i.name.get(lang));
            let name = name.map_or_else(String::new, |n| format!(" {}", escape_xml(n)));
            let _ = writeln!(
                s,
                "<li><code>{}</code>{name} — <span style=\"{MUTED}\">{}</span></li>",
                escape_xml(&u.id),
                escape_xml(&u.reason.describe_in(lang))
            );
        }
        s.push_str("</ul>\n");
    }

    let _ = writeln!(s, "<h4 style=\"{H4}\">{}</h4>", w.spend);
    let rows: Vec<Vec<Cell>> = schedule
        .spend()
        .iter()
        .map(|y| {
            let (cap, left) = match y.cap {
                None => ("–".to_owned(), "–".to_owned()),
                Some(cap) if y.spent > cap => (
                    rupiah(cap),
                    format!(
                        "<span style=\"color:#d1242f\">−{}</span>",
                        rupiah(y.spent - cap)
                    ),
                ),
                Some(cap) => (rupiah(cap), rupiah(cap - y.spent)),
            };
            let spent = Cell::of(rupiah(y.spent));
            vec![
                Cell::of(y.year.to_string()),
                spent,
                Cell::of(cap),
                Cell::of(left),
            ]
        })
        .collect();
    let cols: [Col<'_>; 4] = [
        (w.year, false),
        (w.spent, true),
        (w.cap, true),
        (w.remaining, true),
    ];
    table(&mut s, "egov-spend", &cols, &rows);
    s.push_str("</div>\n");
    s
}

/// Renders an architecture model as an HTML fragment.
///
/// One `<div class="egov-architecture">` holding a heading with the model's
/// name (or "Arsitektur SPBE" / "SPBE architecture") and id; the number of
/// agencies, elements and relations; a table with, for each of the six
/// domains, its element count and how many agencies have no element in it
/// ([`CoverageMatrix::gaps`](crate::architecture::CoverageMatrix::gaps)); and the
/// coverage heatmap ([`heatmap_svg`](super::heatmap_svg), in `lang`) in a
/// box that scrolls sideways. Every name is escaped with [`escape_xml`];
/// the output is deterministic.
///
/// ```
/// use egov_masterplan::{ArchitectureModel, Lang, render::architecture_html};
/// let m = ArchitectureModel::from_json(r#"{"schema_version": 1, "id": "kab", "name": "Kab <X>",
///   "agencies": [{"id": "bkpsdm", "name": "BKPSDM", "kind": "badan"}],
///   "elements": [{"id": "simpeg", "name": "SIMPEG", "domain": "aplikasi", "owner": "bkpsdm"}]}"#)?;
/// let html = architecture_html(&m, Lang::En);
/// assert!(html.starts_with(r#"<div class="egov-architecture""#) && html.contains("Kab &lt;X&gt;"));
/// assert!(html.contains("Agencies: <strong>1</strong>") && html.contains("Relations: <strong>0</strong>"));
/// assert!(html.contains(">Applications</td><td") && html.contains("<svg"));
/// # Ok::<(), egov_masterplan::Error>(())
/// ```
pub fn architecture_html(model: &ArchitectureModel, lang: Lang) -> String {
    let w = words(lang);
    let heatmap = model.to_heatmap_svg(&HeatmapOptions {
        lang,
        ..Default::default()
    });
    let mut s = String::with_capacity(2048 + heatmap.len());
    let _ = writeln!(s, "<div class=\"egov-architecture\" style=\"{WRAP}\">");
    let title = model
        .name()
        .map_or_else(|| w.architecture.to_owned(), |n| escape_xml(n.get(lang)));
    let id = model.id().map_or_else(String::new, |id| {
        format!(
            " <span style=\"{MUTED};font-weight:400\">({})</span>",
            escape_xml(id)
        )
    });
    let _ = writeln!(s, "<h3 style=\"{H3}\">{title}{id}</h3>");
    let _ = writeln!(
        s,
        "<p style=\"{P}\">{}: <strong>{}</strong> · {}: <strong>{}</strong> · {}: <strong>{}</strong></p>",
        w.agencies,
        model.agencies().len(),
        w.elements,
        model.elements().len(),
        w.relations,
        model.relations().len()
    );
    let coverage = model.coverage();
    let rows: Vec<Vec<Cell>> = Domain::ALL
        .iter()
        .map(|&d| {
            let n = model.elements().iter().filter(|e| e.domain == d).count();
            vec![
                Cell::of(domain_label(d, lang)),
                Cell::of(n.to_string()),
                Cell::of(coverage.gaps(d).len().to_string()),
            ]
        })
        .collect();
    let cols: [Col<'_>; 3] = [(w.domain, false), (w.elements, true), (w.without, true)];
    table(&mut s, "egov-domains", &cols, &rows);
    let _ = write!(
        s,
        "<div class=\"egov-heatmap\" style=\"{SCROLL}\">\n{heatmap}</div>\n</div>\n"
    );
    s
}

/// Renders a yearly projection ([`Schedule::project`]) as an HTML fragment.
///
/// One `<div class="egov-projection">` holding a heading with the subject
/// (when there is a year) and a table with a row per year: the year, the
/// projected index as published, its predicate in `lang`, and the ids of
/// the initiatives that finish that year, comma-separated ("–" for none).
/// Every id and name is escaped with [`escape_xml`]; the output is
/// deterministic.
///
/// ```
/// use egov_masterplan::{
///     Assessment,
///     Framework,
///     Lang,
///     Roadmap,
///     ScheduleOptions,
///     render::projection_html,
/// };
/// let fw = Framework::builtin("spbe-2020")?;
/// let mut base = Assessment::new("pemkab", 2019);
/// for i in 1..=47 { base.set(format!("I{i}"), 1); }
/// let r = Roadmap::from_json(r#"{"schema_version": 1, "id": "r", "name": "R",
///   "horizon": {"start": "2020-01-01", "end": "2021-12-31"},
///   "initiatives": [{"id": "p1", "name": "P1", "area": "tata-kelola", "owner": "setda",
///                    "duration_months": 6, "raises": {"I42": 3, "I43": 3}}]}"#)?;
/// let years = r.schedule(&ScheduleOptions::default())?.project(&fw, &base)?;
/// let html = projection_html(&years, Lang::En);
/// // 1 + 2 levels × 3 % × 2 indicators = 1.12
/// assert!(html.contains(">2020</td><td") && html.contains(">1.12</td>") && html.contains(">p1</td>"));
/// assert!(html.contains(">2021</td><td") && html.contains(">–</td>"));
/// assert_eq!(html.matches("<tr>").count(), 3);
/// # Ok::<(), egov_masterplan::Error>(())
/// ```
pub fn projection_html(years: &[YearScorecard], lang: Lang) -> String {
    let w = words(lang);
    let mut s = String::with_capacity(512 + 256 * years.len());
    let _ = writeln!(s, "<div class=\"egov-projection\" style=\"{WRAP}\">");
    let _ = match years.first() {
        Some(y) => writeln!(
            s,
            "<h3 style=\"{H3}\">{} — {}</h3>",
            w.projection,
            escape_xml(y.scorecard.subject())
        ),
        None => writeln!(s, "<h3 style=\"{H3}\">{}</h3>", w.projection),
    };
    let rows: Vec<Vec<Cell>> = years
        .iter()
        .map(|y| {
            let card = &y.scorecard;
            let finished = if y.finished.is_empty() {
                "–".to_owned()
            } else {
                let ids: Vec<String> = y.finished.iter().map(|id| escape_xml(id)).collect();
                ids.join(", ")
            };
            vec![
                Cell::of(y.year.to_string()),
                Cell {
                    html: card.index_decimal().to_string(),
                    bold: true,
                },
                Cell::of(escape_xml(card.predicate().label.get(lang))),
                Cell::of(finished),
            ]
        })
        .collect();
    let cols: [Col<'_>; 4] = [
        (w.year, false),
        (w.index, true),
        (w.predicate, false),
        (w.finished, false),
    ];
    table(&mut s, "egov-years", &cols, &rows);
    s.push_str("</div>\n");
    s
}
