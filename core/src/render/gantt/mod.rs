//! SVG Gantt chart of a schedule.

use crate::roadmap::{Schedule, ScheduleEntry};
use crate::text::rupiah;
use crate::text::Lang;

mod chart;

/// Options of [`gantt_svg`].
///
/// ```
/// use egov_masterplan::{Lang, render::GanttOptions};
/// let opts = GanttOptions::default();
/// assert_eq!((opts.lang, opts.width), (Lang::Id, 960));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct GanttOptions {
    /// Language of names and labels (default Indonesian).
    pub lang: Lang,
    /// Width in pixels (default 960; 480 to 16,384). The height follows
    /// from the number of rows.
    pub width: u32,
}

impl Default for GanttOptions {
    fn default() -> GanttOptions {
        GanttOptions {
            lang: Lang::Id,
            width: 960,
        }
    }
}

/// Words of the chart in one language.
struct Words {
    phase: &'static str,
    unscheduled: &'static str,
    critical: &'static str,
    other: &'static str,
    delayed: &'static str,
    months: &'static str,
    scheduled: &'static str,
}

fn words(lang: Lang) -> Words {
    match lang {
        Lang::Id => Words {
            phase: "Fase",
            unscheduled: "Tidak terjadwal",
            critical: "Jalur kritis",
            other: "Lainnya",
            delayed: "Tertunda (dari mulai tercepat)",
            months: "bln",
            scheduled: "terjadwal",
        },
        Lang::En => Words {
            phase: "Phase",
            unscheduled: "Not scheduled",
            critical: "Critical path",
            other: "Other",
            delayed: "Delayed (from earliest start)",
            months: "mo",
            scheduled: "scheduled",
        },
    }
}

/// Renders a schedule as a standalone SVG Gantt chart.
///
/// A title (the roadmap's name) and the horizon; a grid with one column per
/// calendar year of the horizon and a tick per month; one row per entry,
/// grouped under a band per phase ("Fase 1" / "Phase 1"), with the name
/// (cut with "…" when long) on the left and a bar from the first to the
/// last day, red for critical entries and blue for the others. A delayed
/// entry has a dotted line from its earliest start to its start and a
/// `+N` note after the bar. Each bar carries a `<title>` tooltip: name,
/// id, dates, cost in rupiah ("Rp 150.000.000") and the explanations
/// ([`Explanation::describe`](crate::roadmap::Explanation::describe)). Unscheduled
/// initiatives are listed below in grey with their reason, then a legend.
/// All text is escaped; numbers have two decimals, so the output is the
/// same, byte for byte, for the same input.
///
/// ```
/// use egov_masterplan::{Roadmap, ScheduleOptions, render::{GanttOptions, gantt_svg}};
/// let r = Roadmap::from_json(r#"{"schema_version": 1, "id": "r", "name": "Peta <SPBE>",
///   "horizon": {"start": "2020-01-01", "end": "2021-12-31"},
///   "initiatives": [{"id": "a", "name": "Perbup SPBE", "area": "tata-kelola", "owner": "setda",
///                    "duration_months": 12, "cost": 150000000}]}"#)?;
/// let svg = gantt_svg(&r.schedule(&ScheduleOptions::default())?, &GanttOptions::default());
/// assert!(svg.starts_with("<svg") && svg.contains("<title>Peta &lt;SPBE&gt;</title>"));
/// assert!(svg.contains(">2020</text>") && svg.contains(">2021</text>"));
/// assert!(svg.contains("Rp 150.000.000"));
/// assert_eq!(svg.matches(r#"<rect class="bar""#).count(), 1);
/// # Ok::<(), egov_masterplan::Error>(())
/// ```
pub fn gantt_svg(schedule: &Schedule, opts: &GanttOptions) -> String {
    let c = chart::Chart::new(schedule, opts);
    let mut s = String::with_capacity(16384);
    c.header(&mut s);
    c.rows(&mut s);
    c.grid(&mut s);
    c.entries(&mut s);
    c.unscheduled(&mut s);
    c.legend(&mut s);
    s.push_str("</svg>\n");
    s
}

impl Schedule {
    /// The schedule as an SVG Gantt chart (see [`gantt_svg`]).
    ///
    /// ```
    /// use egov_masterplan::{Lang, Roadmap, ScheduleOptions, render::GanttOptions};
    /// let r = Roadmap::from_json(r#"{"schema_version": 1, "id": "r", "name": "R",
    ///   "horizon": {"start": "2020-01-01", "end": "2020-12-31"},
    ///   "initiatives": [{"id": "a", "name": "A", "area": "tata-kelola", "owner": "setda", "duration_months": 2}]}"#)?;
    /// let opts = GanttOptions { lang: Lang::En, ..Default::default() };
    /// let svg = r.schedule(&ScheduleOptions::default())?.to_gantt_svg(&opts);
    /// assert!(svg.contains(">Phase 1</text>") && svg.contains(">Critical path</text>"));
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn to_gantt_svg(&self, opts: &GanttOptions) -> String {
        gantt_svg(self, opts)
    }
}

/// The tooltip of a bar: name, id and dates, cost, explanations.
fn tooltip(e: &ScheduleEntry, lang: Lang) -> String {
    let mut t = format!(
        "{}\n{} · {} – {}\n{}",
        e.name.get(lang),
        e.id,
        e.start,
        e.finish,
        rupiah(e.cost)
    );
    for x in &e.explanations {
        t.push('\n');
        t.push_str(&x.describe_in(lang));
    }
    t
}

/// At most `max` characters, the last an ellipsis when cut.
fn truncate(s: &str, max: usize) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= max {
        return s;
    }
    let keep: String = s.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", keep.trim_end())
}

#[cfg(test)]
mod tests;
