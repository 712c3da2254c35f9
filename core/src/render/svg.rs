//! Small SVG helpers for the radar chart: fixed-precision numbers, word
//! wrapping, and the polar geometry of a chart with `n` axes.

use std::f64::consts::{FRAC_PI_2, FRAC_PI_4, PI, TAU};
use std::fmt;

/// A coordinate printed with two decimals, never as "-0.00", so output is
/// byte-identical across runs.
#[derive(Clone, Copy, Debug)]
pub(crate) struct N(pub f64);

impl fmt::Display for N {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = format!("{:.2}", self.0);
        f.write_str(if s == "-0.00" { "0.00" } else { &s })
    }
}

/// Word-wraps `text` into at most `max_lines` lines of at most `width`
/// characters; what does not fit ends the last line with an ellipsis.
pub(crate) fn wrap(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    let width = width.max(2);
    let mut lines: Vec<String> = Vec::new();
    let mut cut = false;
    for word in text.split_whitespace() {
        let fits = lines
            .last()
            .is_some_and(|l| l.chars().count() + 1 + word.chars().count() <= width);
        if fits {
            if let Some(l) = lines.last_mut() {
                l.push(' ');
                l.push_str(word);
            }
        } else if lines.len() < max_lines {
            lines.push(word.chars().take(width).collect());
            if word.chars().count() > width {
                cut = true;
                break;
            }
        } else {
            cut = true;
            break;
        }
    }
    if cut {
        if let Some(l) = lines.last_mut() {
            let keep: String = l.chars().take(width - 1).collect();
            *l = format!("{}…", keep.trim_end());
        }
    }
    lines
}

/// `text` cut to at most `max` characters, ending with an ellipsis when cut
/// (for a long name in a chart's header or legend; the title keeps it whole).
pub(crate) fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let keep: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", keep.trim_end())
}

/// The geometry of a radar chart: `n` axes from the top, clockwise; a value
/// `v` of the scale `lo..=hi` at radius `r(v)`, with the lowest level on a
/// small ring rather than the centre.
#[derive(Clone, Debug)]
pub(crate) struct Plot {
    /// Centre.
    pub cx: f64,
    /// Centre.
    pub cy: f64,
    /// Radius of the highest level.
    pub radius: f64,
    /// Scale factor of every length (1.0 at 480 px).
    pub k: f64,
    /// Number of axes.
    pub n: usize,
    /// Lowest level.
    pub lo: f64,
    /// Highest level.
    pub hi: f64,
}

impl Plot {
    /// Radius of value `v` (clamped to the scale).
    pub fn r(&self, v: f64) -> f64 {
        let base = self.lo - 1.0;
        self.radius * (v.clamp(self.lo, self.hi) - base) / (self.hi - base).max(1.0)
    }

    /// Angle of axis `i` in radians (0 = right, clockwise on screen).
    pub fn angle(&self, i: usize) -> f64 {
        -FRAC_PI_2 + TAU * i as f64 / self.n.max(1) as f64
    }

    /// The point on axis `i` at radius `r`.
    pub fn at(&self, i: usize, r: f64) -> (f64, f64) {
        let a = self.angle(i);
        (self.cx + r * a.cos(), self.cy + r * a.sin())
    }

    /// `points` attribute of a polygon with one value per axis.
    pub fn points(&self, values: impl Iterator<Item = f64>) -> String {
        values
            .enumerate()
            .map(|(i, v)| {
                let (x, y) = self.at(i, self.r(v));
                format!("{},{}", N(x), N(y))
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Where level numbers go: on the bisector between the last and the
    /// first axis, where no vertex sits (`(x, y)` of the text baseline).
    pub fn level_label(&self, level: f64) -> (f64, f64) {
        let (gap, shrink) = if self.n >= 3 {
            (PI / self.n as f64, (PI / self.n as f64).cos())
        } else {
            (FRAC_PI_4, 1.0)
        };
        let a = -FRAC_PI_2 - gap;
        let r = self.r(level) * shrink;
        (self.cx + r * a.cos(), self.cy + r * a.sin() + 3.0 * self.k)
    }

    /// Where the value label of axis `i` goes for a vertex at radius `r`:
    /// just outside the vertex, or inside it near the outer ring so that it
    /// clears the axis label. Returns `(x, y, text-anchor)`.
    pub fn value_label(&self, i: usize, r: f64) -> (f64, f64, &'static str) {
        let k = self.k;
        let (c, s) = (self.angle(i).cos(), self.angle(i).sin());
        let inside = r > self.radius - 16.0 * k;
        let (x, y) = self.at(i, if inside { r - 8.0 * k } else { r + 8.0 * k });
        let (x, anchor) = if c.abs() < 0.3 {
            (x + 6.0 * k, "start")
        } else if (c > 0.0) != inside {
            (x, "start")
        } else {
            (x, "end")
        };
        let below = if inside { s < -0.3 } else { s > 0.3 };
        (x, y + if below { 9.0 * k } else { 3.5 * k }, anchor)
    }

    /// Where the label of axis `i` goes when it has `lines` lines of
    /// `line_height`: `(x, y of the first baseline, text-anchor)`.
    pub fn axis_label(&self, i: usize, lines: usize, line_height: f64) -> (f64, f64, &'static str) {
        let k = self.k;
        let (c, s) = (self.angle(i).cos(), self.angle(i).sin());
        let (x, y) = self.at(i, self.radius + 12.0 * k);
        let anchor = match (Self::is_side(c), c > 0.0) {
            (false, _) => "middle",
            (true, true) => "start",
            (true, false) => "end",
        };
        let block = lines.saturating_sub(1) as f64 * line_height;
        let first = if s < -0.3 {
            y - block
        } else if s > 0.3 {
            y + 8.0 * k
        } else {
            y - block / 2.0 + 3.5 * k
        };
        (x, first, anchor)
    }

    /// True when axis `i` points left or right (its label must be narrow).
    pub fn side(&self, i: usize) -> bool {
        Self::is_side(self.angle(i).cos())
    }

    fn is_side(cos: f64) -> bool {
        cos.abs() >= 0.3
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_fixed_and_never_negative_zero() {
        assert_eq!(N(-0.001).to_string(), "0.00");
        assert_eq!(N(1.23456).to_string(), "1.23");
        assert_eq!(N(-2.5).to_string(), "-2.50");
    }

    #[test]
    fn wrap_cuts_long_names() {
        assert_eq!(wrap("Layanan SPBE", 16, 3), ["Layanan SPBE"]);
        assert_eq!(
            wrap(
                "Layanan Administrasi Pemerintahan Berbasis Elektronik",
                16,
                3
            ),
            ["Layanan", "Administrasi", "Pemerintahan…"]
        );
        assert_eq!(wrap("Supercalifragilistic", 8, 2), ["Superca…"]);
        assert!(wrap("", 8, 2).is_empty());
    }

    #[test]
    fn shorten_keeps_short_names_and_cuts_long_ones() {
        assert_eq!(shorten("Dinas Kominfo", 13), "Dinas Kominfo");
        assert_eq!(
            shorten("Dinas Komunikasi dan Informatika", 12),
            "Dinas Komun…"
        );
        assert_eq!(shorten("Badan  Kepegawaian", 7), "Badan…");
    }

    #[test]
    fn geometry() {
        let p = Plot {
            cx: 100.0,
            cy: 100.0,
            radius: 50.0,
            k: 1.0,
            n: 4,
            lo: 1.0,
            hi: 5.0,
        };
        assert_eq!(p.r(5.0), 50.0);
        assert_eq!(p.r(1.0), 10.0);
        assert_eq!(p.r(9.0), 50.0, "clamped");
        assert_eq!(
            p.points([5.0, 5.0].into_iter()),
            "100.00,50.00 150.00,100.00"
        );
        assert!(!p.side(0) && p.side(1));
    }
}
