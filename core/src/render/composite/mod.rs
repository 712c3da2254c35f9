//! Charts of a composite index's robustness, as standalone SVG strings in
//! the style of the other charts: each unit's rank interval under the
//! weights' uncertainty ([`rank_interval_svg`], from
//! [`crate::composite::rank_uncertainty`]) and the inputs' Sobol'
//! indices ([`sensitivity_bars_svg`], from
//! [`crate::sensitivity::sobol_analyze`]). Every name is escaped.

mod bars;
mod parts;

pub use bars::{sensitivity_bars_svg, SensitivityBarsOptions};

use super::escape_xml;
use super::svg::{shorten, N};
use crate::composite::RankInterval;
use crate::text::Lang;
use parts::{dot, nominal_mark, whisker, Frame, ACCENT, BASE, HEAD, HIGHLIGHT_BG, INK, MUTED};
use std::fmt::Write as _;

/// One unit's row at 640 px.
const ROW: f64 = 18.0;
/// The label column at 640 px (the plot starts there).
const LEFT: f64 = 184.0;
/// Right of the plot at 640 px.
const RIGHT: f64 = 24.0;
/// Longest label drawn, in characters (the tooltip keeps it whole).
const LABEL_CHARS: usize = 28;

/// One unit of [`rank_interval_svg`]: its name, its interval, and whether
/// it is drawn highlighted.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RankIntervalRow<'a> {
    /// The unit's name (escaped; cut to 28 characters in the chart, whole
    /// in the row's tooltip).
    pub label: &'a str,
    /// Its ranks, from [`crate::composite::rank_uncertainty`].
    pub interval: &'a RankInterval,
    /// Drawn in the accent colour with a bold label, and always shown
    /// whatever the `limit`.
    pub highlight: bool,
}

/// Options of [`rank_interval_svg`].
///
/// ```
/// use egov_masterplan::{Lang, render::RankIntervalOptions};
/// let o = RankIntervalOptions::default();
/// assert_eq!((o.lang, o.width, o.limit, o.title), (Lang::Id, 640, None, None));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RankIntervalOptions {
    /// Language of the title, legend and axis (default Indonesian).
    pub lang: Lang,
    /// Width in pixels (default 640; 360 to 4,096).
    pub width: u32,
    /// Show only the first `n` units by nominal rank (highlighted units
    /// beyond them still appear, after a separator); `None`: every unit.
    pub limit: Option<usize>,
    /// The title instead of the default ("Rentang peringkat (p05–p95)").
    pub title: Option<String>,
}

impl Default for RankIntervalOptions {
    fn default() -> RankIntervalOptions {
        RankIntervalOptions {
            lang: Lang::Id,
            width: 640,
            limit: None,
            title: None,
        }
    }
}

struct Words {
    title: &'static str,
    nominal: &'static str,
    median: &'static str,
    interval: &'static str,
    axis: &'static str,
    desc: &'static str,
}

fn words(lang: Lang) -> Words {
    match lang {
        Lang::Id => Words {
            title: "Rentang peringkat (p05–p95)",
            nominal: "Peringkat nominal",
            median: "Median",
            interval: "Rentang 5–95 %",
            axis: "Peringkat",
            desc: "Peringkat setiap unit dengan bobot nominal, median peringkatnya, dan rentang persentil ke-5 hingga ke-95 atas sampel bobot.",
        },
        Lang::En => Words {
            title: "Rank interval (p05–p95)",
            nominal: "Nominal rank",
            median: "Median",
            interval: "5–95 % interval",
            axis: "Rank",
            desc: "Each unit's rank with the nominal weights, its median rank and the 5th to 95th percentile interval over the weight samples.",
        },
    }
}

/// The ranks' axis: 1 and the multiples of a 1-2-5 step up to `max`, as
/// many as fit `plot` pixels at `k` with labels of `max`'s digits.
fn rank_ticks(max: u32, plot: f64, k: f64) -> Vec<u32> {
    let digits = max.to_string().len() as f64;
    let fit = (plot / ((digits * 6.5 + 14.0) * k)).floor().max(1.0) as u64;
    let wanted = u64::from(max).div_ceil(fit).max(1);
    let mut step: u64 = 1;
    'find: for base in (0..12).map(|e| 10u64.saturating_pow(e)) {
        for m in [1, 2, 5] {
            step = base.saturating_mul(m);
            if step >= wanted {
                break 'find;
            }
        }
    }
    let mut ticks = vec![1u32];
    let mut t = step;
    while t <= u64::from(max) {
        if t > 1 {
            ticks.push(u32::try_from(t).unwrap_or(u32::MAX));
        }
        t = t.saturating_add(step);
        if ticks.len() > 64 {
            break;
        }
    }
    ticks
}

/// The units as a standalone SVG chart of rank intervals: one row per unit
/// in nominal-rank order (ties by label, then as given), the label at the
/// left and the ranks along a horizontal axis with rank 1 at the left — a
/// whisker from the 5th to the 95th percentile rank, a dot at the median
/// and a dark vertical tick at the nominal rank. Highlighted units are
/// drawn in orange on a yellow band with a bold label; with a `limit`,
/// highlighted units beyond it follow the first ones after a dashed
/// separator row. Each row is a `<g class="row">` with a `<title>` tooltip
/// (name, nominal and median rank, p05–p95).
///
/// The height is `(96 + 18 × rows) × width / 640` pixels: 88 for the
/// title, legend and axis, 8 under the rows, 18 a row (the separator
/// counts as a row). Labels are escaped; the output is the same, byte for
/// byte, for the same rows and options.
///
/// ```
/// use egov_masterplan::composite::RankInterval;
/// use egov_masterplan::render::{rank_interval_svg, RankIntervalOptions, RankIntervalRow};
/// let r = |nominal_rank, p05, p95| RankInterval {
///     nominal_rank, median_rank: nominal_rank, p05, p95, mean_shift: 0.0,
/// };
/// let (a, b) = (r(1, 1, 2), r(2, 1, 3));
/// let svg = rank_interval_svg(
///     &[
///         RankIntervalRow { label: "Kota <B>", interval: &b, highlight: true },
///         RankIntervalRow { label: "Kab. A", interval: &a, highlight: false },
///     ],
///     &RankIntervalOptions::default(),
/// );
/// assert!(svg.starts_with("<svg") && svg.contains("Rentang peringkat (p05–p95)"));
/// assert_eq!(svg.matches(r#"<g class="row""#).count(), 2);
/// assert!(svg.find("Kab. A").unwrap() < svg.find("Kota &lt;B&gt;").unwrap());
/// ```
pub fn rank_interval_svg(rows: &[RankIntervalRow<'_>], opts: &RankIntervalOptions) -> String {
    let w = words(opts.lang);
    let mut order: Vec<usize> = (0..rows.len()).collect();
    let key = |i: &usize| rows.get(*i).map(|r| (r.interval.nominal_rank, r.label));
    order.sort_by(|a, b| key(a).cmp(&key(b)).then(a.cmp(b)));
    let limit = opts.limit.unwrap_or(usize::MAX);
    let first: Vec<&RankIntervalRow<'_>> = order
        .iter()
        .take(limit)
        .filter_map(|&i| rows.get(i))
        .collect();
    let extra: Vec<&RankIntervalRow<'_>> = order
        .iter()
        .skip(limit)
        .filter_map(|&i| rows.get(i))
        .filter(|r| r.highlight)
        .collect();
    let lines = first.len() + extra.len() + usize::from(!extra.is_empty());
    let f = Frame::new(opts.width, lines, ROW, LEFT, RIGHT);
    let k = f.k;
    let title = opts
        .title
        .as_deref()
        .map_or_else(|| w.title.to_owned(), |t| shorten(t, 80));
    let mut s = f.open(&title, w.desc);
    s.reserve(600 * lines);
    f.legend(
        &mut s,
        &[
            (w.nominal, &|x, y| nominal_mark(x + 10.0 * k, y, k)),
            (w.median, &|x, y| dot(x + 10.0 * k, y, 4.0 * k, BASE)),
            (w.interval, &|x, y| whisker(x, x + 20.0 * k, y, k, BASE)),
        ],
    );
    let max = first
        .iter()
        .chain(&extra)
        .map(|r| {
            let i = r.interval;
            i.nominal_rank.max(i.median_rank).max(i.p05).max(i.p95)
        })
        .max()
        .unwrap_or(1)
        .max(2);
    let span = f64::from(max - 1);
    let x_of = |rank: u32| f.x0 + f64::from(rank.clamp(1, max) - 1) / span * (f.x1 - f.x0);
    let top = |line: usize| (HEAD + ROW * line as f64) * k;
    // The highlighted rows' bands, under the grid.
    let lines_of = first.iter().enumerate().chain(
        extra
            .iter()
            .enumerate()
            .map(|(i, r)| (first.len() + 1 + i, r)),
    );
    for (line, _) in lines_of.filter(|(_, r)| r.highlight) {
        let _ = writeln!(
            s,
            r#"<rect class="highlight" x="0" y="{}" width="{}" height="{}" fill="{HIGHLIGHT_BG}"/>"#,
            N(top(line)),
            N(f.width),
            N(ROW * k)
        );
    }
    if lines > 0 {
        let ticks: Vec<(f64, String)> = rank_ticks(max, f.x1 - f.x0, k)
            .into_iter()
            .map(|t| (x_of(t), t.to_string()))
            .collect();
        f.axis(&mut s, w.axis, &ticks);
    }
    for (line, row) in first.iter().enumerate() {
        draw_row(&mut s, &f, &w, row, top(line), &x_of);
    }
    if !extra.is_empty() {
        let y = top(first.len()) + ROW * k / 2.0;
        let _ = writeln!(
            s,
            r#"<g class="separator"><line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{MUTED}" stroke-dasharray="3 3"/><text x="{}" y="{}" font-size="{}" fill="{MUTED}" text-anchor="end">…</text></g>"#,
            N(16.0 * k),
            N(y),
            N(f.x1),
            N(y),
            N(f.x0 - 8.0 * k),
            N(y + 4.0 * k),
            N(11.0 * k)
        );
        for (line, row) in extra.iter().enumerate() {
            draw_row(&mut s, &f, &w, row, top(first.len() + 1 + line), &x_of);
        }
    }
    s.push_str("</svg>\n");
    s
}

/// One unit's row, its top at `top`.
fn draw_row(
    s: &mut String,
    f: &Frame,
    w: &Words,
    row: &RankIntervalRow<'_>,
    top: f64,
    x_of: &dyn Fn(u32) -> f64,
) {
    let (k, i) = (f.k, row.interval);
    let cy = top + ROW * k / 2.0;
    let (colour, weight) = if row.highlight {
        (ACCENT, "700")
    } else {
        (BASE, "400")
    };
    let _ = write!(
        s,
        "<g class=\"row\"><title>{}: {} {}; {} {}; p05–p95 {}–{}</title>",
        escape_xml(row.label),
        escape_xml(w.nominal),
        i.nominal_rank,
        escape_xml(w.median),
        i.median_rank,
        i.p05,
        i.p95
    );
    let (lo, hi) = (i.p05.min(i.p95), i.p05.max(i.p95));
    let _ = writeln!(
        s,
        r#"<text x="{}" y="{}" font-size="{}" font-weight="{weight}" fill="{}" text-anchor="end">{}</text>{}{}{}</g>"#,
        N(f.x0 - 8.0 * k),
        N(cy + 4.0 * k),
        N(11.0 * k),
        if row.highlight { colour } else { INK },
        escape_xml(&shorten(row.label, LABEL_CHARS)),
        whisker(x_of(lo), x_of(hi), cy, k, colour),
        dot(x_of(i.median_rank), cy, 4.0 * k, colour),
        nominal_mark(x_of(i.nominal_rank), cy, k),
    );
}

#[cfg(test)]
mod tests;
