//! SVG radar chart of one tier of a scorecard.

use super::escape_xml;
use super::radar_shape::RadarLayout;
use super::svg::{shorten, wrap, N};
use crate::error::Result;
use crate::scoring::Scorecard;
use crate::text::Lang;
use std::fmt::Write as _;

/// Score polygon colour.
const SCORE: &str = "#1f6feb";
/// Target polygon colour.
const TARGET: &str = "#d29922";
/// Grid, muted text and text colours.
const GRID: &str = "#d0d7de";
const MUTED: &str = "#57606a";
const INK: &str = "#1f2328";

/// A reference polygon drawn dashed behind the scorecard's own.
#[derive(Clone, Debug, PartialEq)]
pub enum RadarTarget {
    /// The same value on every axis, e.g. `2.6` (the national target).
    Uniform(f64),
    /// Another scorecard's values at the same tier (matched by node id; a
    /// node it lacks is drawn at the scale minimum).
    Scorecard(Box<Scorecard>),
}

/// Options of [`radar_svg`].
///
/// ```
/// use egov_masterplan::{Lang, render::{RadarOptions, RadarTarget}};
/// let opts = RadarOptions { tier: "aspect".into(), target: Some(RadarTarget::Uniform(2.6)), ..Default::default() };
/// assert_eq!((opts.lang, opts.size), (Lang::Id, 480));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct RadarOptions {
    /// The tier whose nodes become the axes: `"domain"`, `"aspect"` or any
    /// tier name of the framework; empty (the default) for the framework's
    /// top tier (SPBE: `"domain"`).
    pub tier: String,
    /// Language of the labels (default Indonesian).
    pub lang: Lang,
    /// An optional reference polygon.
    pub target: Option<RadarTarget>,
    /// Width and height in pixels (default 480; 240 to 4,096).
    pub size: u32,
    /// A display name for the subject (default: the subject id).
    pub subject_name: Option<String>,
}

impl Default for RadarOptions {
    fn default() -> RadarOptions {
        RadarOptions {
            tier: String::new(),
            lang: Lang::Id,
            target: None,
            size: 480,
            subject_name: None,
        }
    }
}

/// Renders one tier of `card` as a standalone SVG radar chart.
///
/// One axis per node of the tier, in framework order, starting at the top
/// and going clockwise; a ring for every level of the scale; the scorecard
/// as a filled polygon with each value printed as published ("3.40"); the
/// optional target as a dashed polygon. A node without a value is drawn at
/// the scale minimum and labelled "–". Output is deterministic. The parts
/// that move with the scores come from [`RadarLayout::shape`], so a page can
/// update a drawn chart in place (the `score` polygon, the `vertices`, the
/// `values`, the header's `index` and `predicate` spans, title and desc).
///
/// ```
/// use egov_masterplan::{Assessment, Framework, render::{RadarOptions, radar_svg}};
/// let fw = Framework::builtin("spbe-2020")?;
/// let mut a = Assessment::new("dukcapil", 2023);
/// for i in 1..=47 { a.set(format!("I{i}"), if i <= 10 { 4 } else { 3 }); }
/// let svg = radar_svg(&fw.score(&a)?, &RadarOptions::default())?;
/// assert!(svg.contains(">4.00</text>") && svg.contains(">3.00</text>"));
/// let bad = RadarOptions { tier: "sector".into(), ..Default::default() };
/// assert_eq!(radar_svg(&fw.score(&a)?, &bad).unwrap_err().kind(), "invalid_option");
/// # Ok::<(), egov_masterplan::Error>(())
/// ```
pub fn radar_svg(card: &Scorecard, opts: &RadarOptions) -> Result<String> {
    let fw = card.framework();
    let layout = RadarLayout::new(fw, &opts.tier, opts.lang, opts.size)?;
    let values: Vec<Option<(f64, String)>> = layout
        .axis_ids()
        .map(|id| {
            if fw.node(id).is_some_and(|n| n.is_indicator()) {
                card.exact_value(id).map(|v| (v.to_f64(), v.to_string()))
            } else {
                let d = card.node(id).and_then(|n| n.rounded);
                d.map(|d| (d.to_f64(), d.to_string()))
            }
        })
        .collect();
    let shape = layout.shape(&values);
    let (lang, scale, p, size) = (opts.lang, fw.scale(), &layout.plot, layout.size);
    let k = p.k;
    let footer = 30.0 * k;
    let (cx, cy, w) = (N(p.cx), N(p.cy), N(size));

    let subject_name = opts.subject_name.as_deref().unwrap_or(card.subject());
    // A long name is cut in the header and the legend; the title keeps it.
    let subject = escape_xml(&shorten(subject_name, 44));
    let legend_subject = escape_xml(&shorten(subject_name, 32));
    let predicate_label = card.predicate().label.get(lang);
    let predicate = escape_xml(predicate_label);
    let (index, period) = (card.index_decimal().to_string(), card.period());
    let title = layout.title(subject_name, period, &index, predicate_label);
    let index_word = layout.index_word();
    let mut s = String::with_capacity(8192);
    let font = "system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif";
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {w}" width="{w}" height="{w}" role="img" font-family="{font}">"#
    );
    let _ = writeln!(s, "<title>{}</title>", escape_xml(&title));
    let _ = writeln!(s, "<desc>{}</desc>", escape_xml(&shape.desc));
    let _ = writeln!(s, r##"<rect width="100%" height="100%" fill="#ffffff"/>"##);

    // Header: subject, then period · index · predicate.
    let (y1, y2, f1, f2) = (N(22.0 * k), N(40.0 * k), N(15.0 * k), N(12.0 * k));
    let _ = writeln!(
        s,
        r#"<text class="subject" x="{cx}" y="{y1}" font-size="{f1}" font-weight="600" fill="{INK}" text-anchor="middle">{subject}</text>"#
    );
    let _ = writeln!(
        s,
        r#"<text x="{cx}" y="{y2}" font-size="{f2}" fill="{MUTED}" text-anchor="middle">{period} · {index_word} <tspan class="index" font-weight="600" fill="{INK}">{index}</tspan> · <tspan class="predicate">{predicate}</tspan></text>"#
    );

    // Rings, one per level (circles when there are too few axes for a web).
    let _ = writeln!(s, r#"<g class="rings" fill="none" stroke="{GRID}">"#);
    for level in scale.min..=scale.max {
        let v = f64::from(level);
        if p.n >= 3 {
            let pts = p.points((0..p.n).map(|_| v));
            let _ = writeln!(s, r#"<polygon class="ring" points="{pts}"/>"#);
        } else {
            let r = N(p.r(v));
            let _ = writeln!(s, r#"<circle class="ring" cx="{cx}" cy="{cy}" r="{r}"/>"#);
        }
    }
    let _ = writeln!(s, "</g>\n<g class=\"axes\" stroke=\"{GRID}\">");
    for i in 0..p.n {
        let (x, y) = p.at(i, p.radius);
        let (x, y) = (N(x), N(y));
        let _ = writeln!(
            s,
            r#"<line class="axis" x1="{cx}" y1="{cy}" x2="{x}" y2="{y}"/>"#
        );
    }
    s.push_str("</g>\n");

    // The target, dashed, then the scorecard on top.
    let (stroke, dash, gap) = (N(2.0 * k), N(6.0 * k), N(4.0 * k));
    let target_legend = opts.target.as_ref().map(|t| {
        let (values, legend): (Vec<f64>, String) = match t {
            RadarTarget::Uniform(v) => {
                let d = fw.rounding().decimals as usize;
                let v = if v.is_finite() { *v } else { p.lo };
                (vec![v; p.n], format!("Target {v:.d$}"))
            }
            RadarTarget::Scorecard(other) => (
                layout
                    .axis_ids()
                    .map(|id| other.value(id).unwrap_or(p.lo))
                    .collect(),
                format!("{} {}", escape_xml(other.subject()), other.period()),
            ),
        };
        let pts = p.points(values.into_iter());
        let _ = writeln!(
            s,
            r#"<polygon class="target" points="{pts}" fill="none" stroke="{TARGET}" stroke-width="{stroke}" stroke-dasharray="{dash} {gap}"/>"#
        );
        legend
    });
    let pts = &shape.points;
    let _ = writeln!(
        s,
        r#"<polygon class="score" points="{pts}" fill="{SCORE}" fill-opacity="0.22" stroke="{SCORE}" stroke-width="{stroke}" stroke-linejoin="round"/>"#
    );
    let _ = writeln!(s, r#"<g class="vertices" fill="{SCORE}">"#);
    let r = N(3.0 * k);
    for (x, y) in &shape.vertices {
        let _ = writeln!(s, r#"<circle cx="{x}" cy="{y}" r="{r}"/>"#);
    }
    s.push_str("</g>\n");

    // Level numbers, then values beside the vertices, both with a white halo.
    let (f, halo) = (N(9.0 * k), N(2.5 * k));
    let _ = writeln!(
        s,
        r##"<g class="levels" font-size="{f}" fill="{MUTED}" text-anchor="middle" stroke="#ffffff" stroke-width="{halo}" paint-order="stroke">"##
    );
    for level in scale.min..=scale.max {
        let (x, y) = p.level_label(f64::from(level));
        let (x, y) = (N(x), N(y));
        let _ = writeln!(s, r#"<text x="{x}" y="{y}">{level}</text>"#);
    }
    let (f, halo) = (N(11.0 * k), N(3.0 * k));
    let _ = writeln!(s, "</g>");
    let _ = writeln!(
        s,
        r##"<g class="values" font-size="{f}" font-weight="600" fill="#0b4db3" stroke="#ffffff" stroke-width="{halo}" paint-order="stroke">"##
    );
    for l in &shape.labels {
        let (x, y, anchor, label) = (&l.x, &l.y, l.anchor, escape_xml(&l.text));
        let _ = writeln!(
            s,
            r#"<text x="{x}" y="{y}" text-anchor="{anchor}">{label}</text>"#
        );
    }
    s.push_str("</g>\n");

    // Axis labels: the id in bold, the name wrapped below it.
    let f = N(10.0 * k);
    let _ = writeln!(s, r#"<g class="labels" font-size="{f}" fill="{INK}">"#);
    let line_height = 12.0 * k;
    for (i, (id, name)) in layout.axis_ids().zip(layout.axis_names()).enumerate() {
        let name = wrap(name, if p.side(i) { 16 } else { 30 }, 3);
        let (x, y, anchor) = p.axis_label(i, 1 + name.len(), line_height);
        let (x, y, id, dy) = (N(x), N(y), escape_xml(id), N(line_height));
        let _ = write!(
            s,
            r#"<text x="{x}" y="{y}" text-anchor="{anchor}"><tspan font-weight="700">{id}</tspan>"#
        );
        for line in &name {
            let line = escape_xml(line);
            let _ = write!(
                s,
                r#"<tspan x="{x}" dy="{dy}" fill="{MUTED}">{line}</tspan>"#
            );
        }
        s.push_str("</text>\n");
    }
    s.push_str("</g>\n");

    // Legend: a swatch for the scorecard, a dashed line for the target.
    let ly = size - footer / 2.0;
    let f = N(11.0 * k);
    let _ = writeln!(s, r#"<g class="legend" font-size="{f}" fill="{INK}">"#);
    let mut x0 = 16.0 * k;
    let entries = std::iter::once((format!("{legend_subject} {period}"), false))
        .chain(target_legend.map(|t| (t, true)));
    for (text, dashed) in entries {
        let (x, x2, y, tx, ty) = (
            N(x0),
            N(x0 + 18.0 * k),
            N(ly),
            N(x0 + 24.0 * k),
            N(ly + 4.0 * k),
        );
        if dashed {
            let _ = writeln!(
                s,
                r#"<line x1="{x}" y1="{y}" x2="{x2}" y2="{y}" stroke="{TARGET}" stroke-width="{stroke}" stroke-dasharray="{dash} {gap}"/>"#
            );
        } else {
            let (ry, rw, rh) = (N(ly - 6.0 * k), N(18.0 * k), N(12.0 * k));
            let _ = writeln!(
                s,
                r#"<rect x="{x}" y="{ry}" width="{rw}" height="{rh}" fill="{SCORE}" fill-opacity="0.22" stroke="{SCORE}"/>"#
            );
        }
        let _ = writeln!(s, r#"<text x="{tx}" y="{ty}">{text}</text>"#);
        x0 += (48.0 + 7.0 * text.chars().count().min(40) as f64) * k;
    }
    s.push_str("</g>\n</svg>\n");
    Ok(s)
}

#[cfg(test)]
mod tests;
