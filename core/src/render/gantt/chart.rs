//! The layout and drawing of the Gantt chart; every length scales with the
//! width (`k` is 1.0 at 960 px) and is printed with two decimals.

use super::{tooltip, truncate, words, GanttOptions, Words};
use crate::render::escape_xml;
use crate::render::svg::N;
use crate::roadmap::{Schedule, ScheduleEntry};
use crate::text::Lang;
use chrono::{Datelike, Months, NaiveDate};
use std::fmt::Write as _;

/// Smallest width the layout works at; narrower widths are raised to it.
const MIN_WIDTH: u32 = 480;
/// Largest width drawn; wider widths are lowered to it.
const MAX_WIDTH: u32 = 16384;
/// Bar colours: critical, other; the delay marker.
const CRITICAL: &str = "#d1242f";
const OTHER: &str = "#1f6feb";
const DELAY: &str = "#bf8700";
/// Grid, muted text, text, band and zebra colours.
const GRID: &str = "#d0d7de";
const MUTED: &str = "#57606a";
const INK: &str = "#1f2328";
const BAND: &str = "#eaeef2";
const ZEBRA: &str = "#f6f8fa";
const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif";

/// One row: a phase band, or an entry of that phase.
type Row<'a> = (u32, Option<&'a ScheduleEntry>);

/// The layout of one chart.
pub(super) struct Chart<'a> {
    schedule: &'a Schedule,
    lang: Lang,
    w: Words,
    k: f64,
    width: f64,
    margin: f64,
    /// Left and right ends of the time axis.
    x0: f64,
    x1: f64,
    /// Days in the horizon.
    days: f64,
    rows: Vec<Row<'a>>,
    axis_top: f64,
    chart_top: f64,
    chart_bottom: f64,
    line_h: f64,
}

impl<'a> Chart<'a> {
    pub(super) fn new(schedule: &'a Schedule, opts: &GanttOptions) -> Chart<'a> {
        let h = schedule.roadmap().horizon();
        let width = f64::from(opts.width.clamp(MIN_WIDTH, MAX_WIDTH));
        let k = width / 960.0;
        let mut phases: Vec<u32> = schedule.entries().iter().map(|e| e.phase).collect();
        phases.sort_unstable();
        phases.dedup();
        let mut rows: Vec<Row<'a>> = Vec::new();
        for p in phases {
            rows.push((p, None));
            let in_phase = schedule.entries().iter().filter(|e| e.phase == p);
            rows.extend(in_phase.map(|e| (p, Some(e))));
        }
        let mut c = Chart {
            schedule,
            lang: opts.lang,
            w: words(opts.lang),
            k,
            width,
            margin: 16.0 * k,
            x0: (0.30 * width).round(),
            x1: width - 56.0 * k,
            days: (h.end - h.start).num_days() as f64 + 1.0,
            rows,
            axis_top: 64.0 * k,
            chart_top: 90.0 * k,
            chart_bottom: 0.0,
            line_h: 16.0 * k,
        };
        c.chart_bottom = c.chart_top + c.rows.iter().map(|r| c.height(r)).sum::<f64>();
        c
    }

    fn height(&self, row: &Row<'_>) -> f64 {
        if row.1.is_some() {
            24.0 * self.k
        } else {
            20.0 * self.k
        }
    }

    /// The x of the start of day `d`, clamped to the horizon.
    fn x(&self, d: NaiveDate) -> f64 {
        let start = self.schedule.roadmap().horizon().start;
        let t = (d - start).num_days() as f64 / self.days;
        self.x0 + (self.x1 - self.x0) * t.clamp(0.0, 1.0)
    }

    /// Each row with its top.
    fn placed(&self) -> impl Iterator<Item = (f64, &Row<'a>)> {
        let mut y = self.chart_top;
        self.rows.iter().map(move |r| {
            let top = y;
            y += self.height(r);
            (top, r)
        })
    }

    fn legend_y(&self) -> f64 {
        let n = self.schedule.unscheduled().len();
        let list = if n == 0 {
            0.0
        } else {
            (n as f64 + 1.0) * self.line_h + 8.0 * self.k
        };
        self.chart_bottom + 24.0 * self.k + list
    }

    /// The root element, title, description, background and heading.
    pub(super) fn header(&self, s: &mut String) {
        let (k, w) = (self.k, &self.w);
        let h = self.schedule.roadmap().horizon();
        let (wn, hn) = (N(self.width), N(self.legend_y() + 20.0 * k));
        let _ = writeln!(
            s,
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {wn} {hn}" width="{wn}" height="{hn}" role="img" font-family="{FONT}">"#
        );
        let full = self.schedule.roadmap().name().get(self.lang);
        let name = escape_xml(full);
        let heading = escape_xml(&truncate(full, (self.width / (9.5 * k)) as usize));
        let (done, left) = (
            self.schedule.entries().len(),
            self.schedule.unscheduled().len(),
        );
        let summary = format!(
            "{} – {} · {done} {} · {left} {}",
            h.start,
            h.end,
            w.scheduled,
            w.unscheduled.to_lowercase()
        );
        let _ = writeln!(s, "<title>{name}</title>\n<desc>{summary}</desc>");
        let _ = writeln!(s, r##"<rect width="100%" height="100%" fill="#ffffff"/>"##);
        let (f1, f2, mx) = (N(16.0 * k), N(11.0 * k), N(self.margin));
        let _ = writeln!(
            s,
            r#"<text class="title" x="{mx}" y="{}" font-size="{f1}" font-weight="600" fill="{INK}">{heading}</text>"#,
            N(26.0 * k)
        );
        let _ = writeln!(
            s,
            r#"<text x="{mx}" y="{}" font-size="{f2}" fill="{MUTED}">{summary}</text>"#,
            N(44.0 * k)
        );
    }

    /// Phase bands and zebra stripes, under the grid.
    pub(super) fn rows(&self, s: &mut String) {
        let k = self.k;
        let (mx, rw) = (N(self.margin), N(self.width - 2.0 * self.margin));
        s.push_str("<g class=\"rows\">\n");
        let mut zebra = false;
        for (y, row) in self.placed() {
            let (ry, rh) = (N(y), N(self.height(row)));
            if row.1.is_none() {
                let _ = writeln!(
                    s,
                    r#"<rect class="phase" x="{mx}" y="{ry}" width="{rw}" height="{rh}" fill="{BAND}"/><text x="{}" y="{}" font-size="{}" font-weight="700" fill="{INK}">{} {}</text>"#,
                    N(self.margin + 6.0 * k),
                    N(y + 14.0 * k),
                    N(11.0 * k),
                    self.w.phase,
                    row.0
                );
                zebra = false;
                continue;
            }
            if zebra {
                let _ = writeln!(
                    s,
                    r#"<rect x="{mx}" y="{ry}" width="{rw}" height="{rh}" fill="{ZEBRA}"/>"#
                );
            }
            zebra = !zebra;
        }
        s.push_str("</g>\n");
    }

    /// Month ticks, a line at every (shown) new year, year labels.
    pub(super) fn grid(&self, s: &mut String) {
        let (k, x0, x1) = (self.k, self.x0, self.x1);
        let h = self.schedule.roadmap().horizon();
        let (gt, gb) = (N(self.axis_top), N(self.chart_bottom));
        let _ = writeln!(s, r#"<g class="grid" stroke="{GRID}">"#);
        let _ = writeln!(
            s,
            r#"<line x1="{}" y1="{gt}" x2="{}" y2="{gt}"/>"#,
            N(x0),
            N(x1)
        );
        let (tick_top, tick_bottom) = (N(self.chart_top - 5.0 * k), N(self.chart_top));
        let dense = (x1 - x0) * 30.4 / self.days < 3.0;
        let mut month = NaiveDate::from_ymd_opt(h.start.year(), h.start.month(), 1);
        while let Some(m) = month.filter(|&m| m <= h.end && !dense) {
            if m > h.start && m.month() != 1 {
                let x = N(self.x(m));
                let _ = writeln!(
                    s,
                    r#"<line class="month" x1="{x}" y1="{tick_top}" x2="{x}" y2="{tick_bottom}"/>"#
                );
            }
            month = m.checked_add_months(Months::new(1));
        }
        // One label per year when there is room, else every `step` years.
        let need = 36.0 * k / ((x1 - x0) * 365.0 / self.days).max(0.01);
        let step = [1, 2, 5, 10, 20, 50, 100, 200, 500]
            .into_iter()
            .find(|&n| f64::from(n) >= need)
            .unwrap_or(1000);
        let mut labels = Vec::new();
        for year in h.start.year()..=h.end.year() {
            let first = NaiveDate::from_ymd_opt(year, 1, 1).map_or(h.start, |d| d.max(h.start));
            let next = NaiveDate::from_ymd_opt(year + 1, 1, 1).map_or(h.end, |d| d.min(h.end));
            let (xa, xb) = (self.x(first), self.x(next));
            let xb = if next == h.end { x1 } else { xb };
            if step == 1 || year % step == 0 || first == h.start {
                let x = N(xa);
                let _ = writeln!(
                    s,
                    r#"<line class="year" x1="{x}" y1="{gt}" x2="{x}" y2="{gb}"/>"#
                );
            }
            if step == 1 && xb - xa >= 28.0 * k {
                labels.push((N((xa + xb) / 2.0), "middle", year));
            } else if step > 1 && year % step == 0 && xa + 28.0 * k <= x1 {
                labels.push((N(xa + 2.0 * k), "start", year));
            }
        }
        let x = N(x1);
        let _ = writeln!(
            s,
            r#"<line class="year" x1="{x}" y1="{gt}" x2="{x}" y2="{gb}"/>"#
        );
        s.push_str("</g>\n");
        let _ = writeln!(
            s,
            r#"<g class="years" font-size="{}" font-weight="600" fill="{MUTED}">"#,
            N(11.0 * k)
        );
        let y = N(self.axis_top + 15.0 * k);
        for (x, anchor, year) in labels {
            let _ = writeln!(
                s,
                r#"<text x="{x}" y="{y}" text-anchor="{anchor}">{year}</text>"#
            );
        }
        s.push_str("</g>\n");
    }

    /// Per entry: its label, the delay marker, the bar and its tooltip.
    pub(super) fn entries(&self, s: &mut String) {
        let k = self.k;
        let chars = ((self.x0 - self.margin - 12.0 * k) / (6.0 * k)).max(4.0) as usize;
        let bar_h = 14.0 * k;
        let _ = writeln!(s, r#"<g class="entries" font-size="{}">"#, N(11.0 * k));
        for (y, row) in self.placed() {
            let Some(e) = row.1 else { continue };
            let mid = y + self.height(row) / 2.0;
            let label = escape_xml(&truncate(e.name.get(self.lang), chars));
            let _ = writeln!(
                s,
                r#"<text class="label" x="{}" y="{}" fill="{INK}">{label}</text>"#,
                N(self.margin + 6.0 * k),
                N(mid + 4.0 * k)
            );
            let xs = self.x(e.start);
            let xe = e.finish.succ_opt().map_or(self.x1, |d| self.x(d));
            let xe = xe.max(xs + 2.0 * k);
            if e.delay_months > 0 {
                let (xd, my, dash) = (N(self.x(e.earliest_start)), N(mid), N(2.0 * k));
                let _ = writeln!(
                    s,
                    r#"<g class="delay" stroke="{DELAY}" fill="{DELAY}"><line x1="{xd}" y1="{my}" x2="{}" y2="{my}" stroke-width="{}" stroke-dasharray="{dash} {dash}"/><circle cx="{xd}" cy="{my}" r="{}"/></g>"#,
                    N(xs),
                    N(1.5 * k),
                    N(2.5 * k)
                );
                let _ = writeln!(
                    s,
                    r#"<text class="delay-note" x="{}" y="{}" font-size="{}" fill="{DELAY}">+{} {}</text>"#,
                    N(xe + 4.0 * k),
                    N(mid + 3.5 * k),
                    N(9.0 * k),
                    e.delay_months,
                    self.w.months
                );
            }
            let colour = if e.critical { CRITICAL } else { OTHER };
            let _ = writeln!(
                s,
                r#"<g><title>{}</title><rect class="bar" x="{}" y="{}" width="{}" height="{}" rx="{}" fill="{colour}"/></g>"#,
                escape_xml(&tooltip(e, self.lang)),
                N(xs),
                N(mid - bar_h / 2.0),
                N(xe - xs),
                N(bar_h),
                N(3.0 * k)
            );
        }
        s.push_str("</g>\n");
    }

    /// Unscheduled initiatives, in grey, with their reason.
    pub(super) fn unscheduled(&self, s: &mut String) {
        let list = self.schedule.unscheduled();
        if list.is_empty() {
            return;
        }
        let k = self.k;
        // ~6.4 px per character of an 11 px sans-serif font (DejaVu Sans, wide)
        let chars = ((self.width - 2.0 * self.margin) / (6.4 * k)) as usize;
        let mx = N(self.margin);
        let _ = writeln!(
            s,
            r#"<g class="unscheduled" font-size="{}" fill="{MUTED}">"#,
            N(11.0 * k)
        );
        let mut y = self.chart_bottom + 20.0 * k;
        let _ = writeln!(
            s,
            r#"<text x="{mx}" y="{}" font-weight="700">{}</text>"#,
            N(y),
            self.w.unscheduled
        );
        for u in list {
            y += self.line_h;
            let name = self
                .schedule
                .roadmap()
                .initiative(&u.id)
                .map_or(u.id.as_str(), |i| i.name.get(self.lang));
            let full = format!("{name} ({}) — {}", u.id, u.reason.describe_in(self.lang));
            let _ = writeln!(
                s,
                r#"<text x="{mx}" y="{}"><title>{}</title>• {}</text>"#,
                N(y),
                escape_xml(&full),
                escape_xml(&truncate(&full, chars))
            );
        }
        s.push_str("</g>\n");
    }

    /// Swatches for critical and other bars, a dotted line for delays.
    pub(super) fn legend(&self, s: &mut String) {
        let (k, ly) = (self.k, self.legend_y());
        let _ = writeln!(
            s,
            r#"<g class="legend" font-size="{}" fill="{INK}">"#,
            N(11.0 * k)
        );
        let (sw, dash) = (18.0 * k, N(2.0 * k));
        let mut lx = self.margin;
        for (i, text) in [self.w.critical, self.w.other, self.w.delayed]
            .into_iter()
            .enumerate()
        {
            if let Some(colour) = [CRITICAL, OTHER].get(i) {
                let _ = writeln!(
                    s,
                    r#"<rect x="{}" y="{}" width="{}" height="{}" rx="{}" fill="{colour}"/>"#,
                    N(lx),
                    N(ly - 10.0 * k),
                    N(sw),
                    N(10.0 * k),
                    N(2.0 * k)
                );
            } else {
                let _ = writeln!(
                    s,
                    r#"<line x1="{}" y1="{y}" x2="{}" y2="{y}" stroke="{DELAY}" stroke-width="{}" stroke-dasharray="{dash} {dash}"/>"#,
                    N(lx),
                    N(lx + sw),
                    N(1.5 * k),
                    y = N(ly - 5.0 * k)
                );
            }
            let _ = writeln!(
                s,
                r#"<text x="{}" y="{}">{text}</text>"#,
                N(lx + sw + 6.0 * k),
                N(ly)
            );
            lx += sw + (24.0 + 6.2 * text.chars().count() as f64) * k;
        }
        s.push_str("</g>\n");
    }
}
