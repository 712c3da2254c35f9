//! SVG line chart of an index over the years: the subject's own
//! assessments and the published (official) results as two series, each
//! point labelled with its value.

use super::escape_xml;
use super::svg::{shorten, N};
use crate::exact::Decimal;
use crate::text::Lang;
use std::fmt::Write as _;

const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif";
const INK: &str = "#1f2328";
const MUTED: &str = "#57606a";
const GRID: &str = "#d0d7de";
/// The own assessments' colour (the radar's blue).
const OWN: &str = "#0969da";
/// The published results' colour.
const PUBLISHED: &str = "#bc4c00";

/// Where a point of the trend comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TrendSource {
    /// An assessment of the subject's own (a baseline, a self-assessment).
    Assessment,
    /// A result as published by the evaluator (e.g. KemenPANRB's reports).
    Published,
}

/// One point of the trend: a year and the index that year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TrendPoint {
    /// The year.
    pub year: i32,
    /// The index, printed as given.
    pub value: Decimal,
    /// Own assessment or published result.
    pub source: TrendSource,
}

/// Options of [`trend_svg`].
///
/// ```
/// use egov_masterplan::{Lang, render::TrendOptions};
/// let o = TrendOptions::default();
/// assert_eq!((o.lang, o.width, o.min, o.max), (Lang::Id, 640, 1, 5));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TrendOptions {
    /// Language of the title and legend (default Indonesian).
    pub lang: Lang,
    /// Width in pixels (default 640; 360 to 4,096); the height is half.
    pub width: u32,
    /// The lowest level of the framework's scale (default 1).
    pub min: u8,
    /// The highest level of the framework's scale (default 5).
    pub max: u8,
    /// The subject's name, in the title.
    pub subject_name: Option<String>,
}

impl Default for TrendOptions {
    fn default() -> TrendOptions {
        TrendOptions {
            lang: Lang::Id,
            width: 640,
            min: 1,
            max: 5,
            subject_name: None,
        }
    }
}

struct Words {
    title: &'static str,
    own: &'static str,
    published: &'static str,
    desc: &'static str,
}

fn words(lang: Lang) -> Words {
    match lang {
        Lang::Id => Words {
            title: "Tren indeks",
            own: "Penilaian sendiri",
            published: "Hasil resmi yang diterbitkan",
            desc: "Indeks per tahun: penilaian sendiri dan hasil resmi, setiap titik dengan nilainya.",
        },
        Lang::En => Words {
            title: "Index trend",
            own: "Own assessment",
            published: "Published official result",
            desc: "The index per year: own assessments and published results, each point with its value.",
        },
    }
}

/// The points as a standalone SVG line chart: years along the bottom (one
/// tick a year), the index up the side on the scale `min`–`max` (a grid
/// line at every level), the own assessments as a solid blue line of
/// circles with the value above each point, the published results as a
/// dashed orange line of squares with the value below, and a legend of the
/// series present. Points are drawn in year order (the order given breaks
/// ties); each has a `<title>` tooltip. The subject's name is escaped; the
/// output is the same, byte for byte, for the same points and options.
///
/// ```
/// use egov_masterplan::exact::Decimal;
/// use egov_masterplan::render::{trend_svg, TrendOptions, TrendPoint, TrendSource};
/// let p = |year, units, source| TrendPoint { year, value: Decimal { units, decimals: 2 }, source };
/// let svg = trend_svg(
///     &[p(2019, 150, TrendSource::Assessment), p(2023, 352, TrendSource::Published)],
///     &TrendOptions { subject_name: Some("Kab. <X>".into()), ..Default::default() },
/// );
/// assert!(svg.starts_with("<svg") && svg.contains("Tren indeks — Kab. &lt;X&gt;"));
/// assert_eq!(svg.matches(r#"class="point""#).count(), 2);
/// assert!(svg.contains(">1.50</text>") && svg.contains(">3.52</text>"));
/// ```
pub fn trend_svg(points: &[TrendPoint], opts: &TrendOptions) -> String {
    let w = words(opts.lang);
    let width = f64::from(opts.width.clamp(360, 4096));
    let k = width / 640.0;
    let height = 320.0 * k;
    let (lo, hi) = (
        f64::from(opts.min),
        f64::from(opts.max.max(opts.min.saturating_add(1))),
    );
    let mut sorted: Vec<&TrendPoint> = points.iter().collect();
    sorted.sort_by_key(|p| p.year);
    let first = sorted.first().map_or(0, |p| p.year);
    let last = sorted.last().map_or(0, |p| p.year);
    let (left, right, top, bottom) = (48.0 * k, 32.0 * k, 56.0 * k, height - 64.0 * k);
    let x_of = |year: i32| {
        if last == first {
            (left + width - right) / 2.0
        } else {
            left + f64::from(year - first) / f64::from(last - first) * (width - left - right)
        }
    };
    let y_of = |v: f64| bottom - (v.clamp(lo, hi) - lo) / (hi - lo) * (bottom - top);
    let title = match &opts.subject_name {
        Some(n) => format!("{} — {}", w.title, shorten(n, 60)),
        None => w.title.to_owned(),
    };
    let mut s = String::with_capacity(4096 + 400 * points.len());
    let (wd, ht) = (N(width), N(height));
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {wd} {ht}" width="{wd}" height="{ht}" role="img" font-family="{FONT}">"#
    );
    let _ = writeln!(s, "<title>{}</title>", escape_xml(&title));
    let _ = writeln!(s, "<desc>{}</desc>", escape_xml(w.desc));
    let _ = writeln!(s, r##"<rect width="100%" height="100%" fill="#ffffff"/>"##);
    let _ = writeln!(
        s,
        r#"<text class="title" x="{}" y="{}" font-size="{}" font-weight="600" fill="{INK}">{}</text>"#,
        N(16.0 * k),
        N(28.0 * k),
        N(15.0 * k),
        escape_xml(&title)
    );
    // The levels: a grid line and a label each.
    let _ = writeln!(
        s,
        r#"<g class="levels" font-size="{}" fill="{MUTED}" text-anchor="end">"#,
        N(10.0 * k)
    );
    for level in opts.min..=opts.max.max(opts.min.saturating_add(1)) {
        let y = y_of(f64::from(level));
        let _ = writeln!(
            s,
            r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{GRID}"/><text x="{}" y="{}">{level}</text>"#,
            N(left),
            N(y),
            N(width - right),
            N(y),
            N(left - 8.0 * k),
            N(y + 3.5 * k)
        );
    }
    let _ = writeln!(s, "</g>");
    // The years: a tick and a label each (every n-th when there are many).
    let span = last - first;
    let every = (span / 12 + 1).max(1);
    let _ = writeln!(
        s,
        r#"<g class="years" font-size="{}" fill="{MUTED}" text-anchor="middle">"#,
        N(10.0 * k)
    );
    let mut year = first;
    while year <= last && !sorted.is_empty() {
        let x = x_of(year);
        let _ = writeln!(
            s,
            r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{MUTED}"/><text x="{}" y="{}">{year}</text>"#,
            N(x),
            N(bottom),
            N(x),
            N(bottom + 4.0 * k),
            N(x),
            N(bottom + 16.0 * k)
        );
        year += every;
    }
    let _ = writeln!(s, "</g>");
    let series = [
        (TrendSource::Assessment, OWN, "", w.own),
        (
            TrendSource::Published,
            PUBLISHED,
            " stroke-dasharray=\"6 4\"",
            w.published,
        ),
    ];
    let mut present = Vec::new();
    for (source, colour, dash, label) in series {
        let pts: Vec<&&TrendPoint> = sorted.iter().filter(|p| p.source == source).collect();
        if pts.is_empty() {
            continue;
        }
        present.push((source, colour, dash, label));
        let line: Vec<String> = pts
            .iter()
            .map(|p| format!("{},{}", N(x_of(p.year)), N(y_of(p.value.to_f64()))))
            .collect();
        let _ = writeln!(
            s,
            r#"<g class="series"><polyline points="{}" fill="none" stroke="{colour}" stroke-width="{}"{dash}/>"#,
            line.join(" "),
            N(2.0 * k)
        );
        for p in pts {
            let (x, y) = (x_of(p.year), y_of(p.value.to_f64()));
            let _ = writeln!(
                s,
                r##"<g class="point">{}<title>{}: {} ({label})</title></g><text x="{}" y="{}" font-size="{}" font-weight="600" fill="{colour}" text-anchor="middle" stroke="#ffffff" stroke-width="3" paint-order="stroke">{}</text>"##,
                marker(source, x, y, k, colour),
                p.year,
                p.value,
                N(x),
                N(if source == TrendSource::Assessment {
                    y - 9.0 * k
                } else {
                    y + 17.0 * k
                }),
                N(11.0 * k),
                p.value
            );
        }
        let _ = writeln!(s, "</g>");
    }
    // The legend, under the years.
    let mut x = left;
    let y = height - 20.0 * k;
    let _ = writeln!(
        s,
        r#"<g class="legend" font-size="{}" fill="{INK}">"#,
        N(11.0 * k)
    );
    for (source, colour, dash, label) in present {
        let _ = writeln!(
            s,
            r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{colour}" stroke-width="{}"{dash}/>{}<text x="{}" y="{}">{}</text>"#,
            N(x),
            N(y - 4.0 * k),
            N(x + 28.0 * k),
            N(y - 4.0 * k),
            N(2.0 * k),
            marker(source, x + 14.0 * k, y - 4.0 * k, k, colour),
            N(x + 36.0 * k),
            N(y),
            escape_xml(label)
        );
        x += (44.0 + 6.5 * label.chars().count() as f64) * k;
    }
    let _ = writeln!(s, "</g>");
    s.push_str("</svg>\n");
    s
}

/// A point's marker: a circle for an own assessment, a square for a
/// published result.
fn marker(source: TrendSource, x: f64, y: f64, k: f64, colour: &str) -> String {
    match source {
        TrendSource::Assessment => format!(
            r##"<circle cx="{}" cy="{}" r="{}" fill="{colour}" stroke="#ffffff" stroke-width="{}"/>"##,
            N(x),
            N(y),
            N(4.5 * k),
            N(1.5 * k)
        ),
        TrendSource::Published => format!(
            r##"<rect x="{}" y="{}" width="{}" height="{}" fill="{colour}" stroke="#ffffff" stroke-width="{}"/>"##,
            N(x - 4.5 * k),
            N(y - 4.5 * k),
            N(9.0 * k),
            N(9.0 * k),
            N(1.5 * k)
        ),
    }
}

#[cfg(test)]
mod tests;
