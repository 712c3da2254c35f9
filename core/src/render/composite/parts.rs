//! What the two charts share: colours, the frame (header, legend, axis)
//! and the marks.

use crate::render::escape_xml;
use crate::render::svg::N;
use std::fmt::Write as _;

pub(super) const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif";
pub(super) const INK: &str = "#1f2328";
pub(super) const MUTED: &str = "#57606a";
pub(super) const GRID: &str = "#d0d7de";
/// The rows' colour (the radar's blue).
pub(super) const BASE: &str = "#0969da";
/// The highlighted rows' colour (and the total index's bars).
pub(super) const ACCENT: &str = "#bc4c00";
/// The highlighted rows' background.
pub(super) const HIGHLIGHT_BG: &str = "#fff8c5";
/// Above the rows at 640 px: the title, the legend and the axis.
pub(super) const HEAD: f64 = 88.0;
/// Under the last row at 640 px.
pub(super) const FOOT: f64 = 8.0;

/// A legend entry's mark, drawn from the entry's left edge `x` and the
/// marks' middle `y`.
pub(super) type Mark<'a> = &'a dyn Fn(f64, f64) -> String;

/// The frame shared by both charts: canvas size, scale and plot span.
pub(super) struct Frame {
    pub(super) width: f64,
    pub(super) height: f64,
    /// Scale of every length (1.0 at 640 px).
    pub(super) k: f64,
    /// Plot's left edge.
    pub(super) x0: f64,
    /// Plot's right edge.
    pub(super) x1: f64,
}

impl Frame {
    /// `rows` rows of `row` pixels (at 640 px) under the header, the plot
    /// between `left` and `right` margins.
    pub(super) fn new(width: u32, rows: usize, row: f64, left: f64, right: f64) -> Frame {
        let width = f64::from(width.clamp(360, 4096));
        let k = width / 640.0;
        Frame {
            width,
            height: (HEAD + FOOT + row * rows as f64) * k,
            k,
            x0: left * k,
            x1: width - right * k,
        }
    }

    /// The `<svg>` element, its title and description, the background and
    /// the visible title.
    pub(super) fn open(&self, title: &str, desc: &str) -> String {
        let mut s = String::with_capacity(4096);
        let (wd, ht, k) = (N(self.width), N(self.height), self.k);
        let _ = writeln!(
            s,
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {wd} {ht}" width="{wd}" height="{ht}" role="img" font-family="{FONT}">"#
        );
        let _ = writeln!(s, "<title>{}</title>", escape_xml(title));
        let _ = writeln!(s, "<desc>{}</desc>", escape_xml(desc));
        let _ = writeln!(s, r##"<rect width="100%" height="100%" fill="#ffffff"/>"##);
        let _ = writeln!(
            s,
            r#"<text class="title" x="{}" y="{}" font-size="{}" font-weight="600" fill="{INK}">{}</text>"#,
            N(16.0 * k),
            N(28.0 * k),
            N(15.0 * k),
            escape_xml(title)
        );
        s
    }

    /// The legend under the title: each entry a mark (drawn by its
    /// function from the entry's left edge `x` and the marks' middle `y`)
    /// and a word.
    pub(super) fn legend(&self, s: &mut String, entries: &[(&str, Mark<'_>)]) {
        let k = self.k;
        let y = 52.0 * k;
        let mut x = 16.0 * k;
        let _ = writeln!(
            s,
            r#"<g class="legend" font-size="{}" fill="{INK}">"#,
            N(11.0 * k)
        );
        for (word, mark) in entries {
            let _ = writeln!(
                s,
                r#"{}<text x="{}" y="{}">{}</text>"#,
                mark(x, y - 4.0 * k),
                N(x + 26.0 * k),
                N(y),
                escape_xml(word)
            );
            x += (42.0 + 6.5 * word.chars().count() as f64) * k;
        }
        let _ = writeln!(s, "</g>");
    }

    /// Bottom of the last row.
    pub(super) fn bottom(&self) -> f64 {
        self.height - FOOT * self.k
    }

    /// The axis above the rows: `ticks` as `(x, label)`, a grid line down
    /// through the rows from each, and `word` (if any) left of the plot.
    pub(super) fn axis(&self, s: &mut String, word: &str, ticks: &[(f64, String)]) {
        let k = self.k;
        let (top, y) = (HEAD * k, (HEAD - 10.0) * k);
        let _ = writeln!(
            s,
            r#"<g class="axis" font-size="{}" fill="{MUTED}" text-anchor="middle">"#,
            N(10.0 * k)
        );
        if !word.is_empty() {
            let _ = writeln!(
                s,
                r#"<text x="{}" y="{}" text-anchor="end">{}</text>"#,
                N(self.x0 - 8.0 * k),
                N(y),
                escape_xml(word)
            );
        }
        for (x, label) in ticks {
            let _ = writeln!(
                s,
                r#"<line x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="{GRID}"/><text x="{x}" y="{}">{}</text>"#,
                N(top - 6.0 * k),
                N(self.bottom()),
                N(y),
                escape_xml(label),
                x = N(*x),
            );
        }
        let _ = writeln!(s, "</g>");
    }
}

/// A horizontal whisker from `x0` to `x1` at `y`, with end caps.
pub(super) fn whisker(x0: f64, x1: f64, y: f64, k: f64, colour: &str) -> String {
    let (a, b) = (N(y - 4.0 * k), N(y + 4.0 * k));
    format!(
        r#"<path class="whisker" d="M{x0} {y}H{x1}M{x0} {a}V{b}M{x1} {a}V{b}" fill="none" stroke="{colour}" stroke-width="{}"/>"#,
        N(1.5 * k),
        x0 = N(x0),
        x1 = N(x1),
        y = N(y),
    )
}

/// A dot of radius `r` at `(x, y)` (the median).
pub(super) fn dot(x: f64, y: f64, r: f64, colour: &str) -> String {
    format!(
        r##"<circle class="median" cx="{}" cy="{}" r="{}" fill="{colour}" stroke="#ffffff" stroke-width="1"/>"##,
        N(x),
        N(y),
        N(r)
    )
}

/// The nominal rank's mark: a dark vertical tick through `(x, y)`, taller
/// than the dot so both show when they coincide.
pub(super) fn nominal_mark(x: f64, y: f64, k: f64) -> String {
    format!(
        r#"<line class="nominal" x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="{INK}" stroke-width="{}"/>"#,
        N(y - 7.0 * k),
        N(y + 7.0 * k),
        N(2.0 * k),
        x = N(x),
    )
}
