//! Colours, words and drawing helpers of the coverage heatmap.

use crate::render::svg::N;
use crate::text::Lang;
use std::fmt::Write as _;

/// Colour of a zero cell (an agency with nothing in that domain).
pub(super) const EMPTY: &str = "#fde2c8";
/// Its border and the colour of its count.
pub(super) const EMPTY_EDGE: &str = "#e8a25d";
pub(super) const EMPTY_INK: &str = "#9a4a00";
/// Zero cells of the "no owner" row, which are not gaps.
pub(super) const NEUTRAL: &str = "#f6f8fa";
/// Totals cells.
pub(super) const TOTAL: &str = "#eaeef2";
/// Sequential blue scale (ColorBrewer Blues, light to dark) for 1…max.
pub(super) const BLUES: [(u8, u8, u8); 6] = [
    (0xc6, 0xdb, 0xef),
    (0x9e, 0xca, 0xe1),
    (0x6b, 0xae, 0xd6),
    (0x42, 0x92, 0xc6),
    (0x21, 0x71, 0xb5),
    (0x08, 0x45, 0x94),
];
pub(super) const GRID: &str = "#ffffff";
pub(super) const MUTED: &str = "#57606a";
pub(super) const INK: &str = "#1f2328";
pub(super) const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif";
/// Longest agency name printed (longer ones are cut with "…"; the tooltip
/// has the whole name).
pub(super) const NAME_CHARS: usize = 40;

/// Words of the heatmap in one language.
pub(super) struct Words {
    pub title: &'static str,
    pub subtitle: &'static str,
    pub total: &'static str,
    pub no_owner: &'static str,
    pub legend: &'static str,
    pub none: &'static str,
    pub elements: &'static str,
}

/// The words in `lang`.
pub(super) fn words(lang: Lang) -> Words {
    match lang {
        Lang::Id => Words {
            title: "Cakupan arsitektur SPBE",
            subtitle: "Jumlah elemen per instansi dan domain arsitektur",
            total: "Jumlah",
            no_owner: "(tanpa pemilik)",
            legend: "Jumlah elemen",
            none: "0 = belum ada",
            elements: "elemen",
        },
        Lang::En => Words {
            title: "SPBE architecture coverage",
            subtitle: "Elements per agency and architecture domain",
            total: "Total",
            no_owner: "(no owner)",
            legend: "Elements",
            none: "0 = none yet",
            elements: "elements",
        },
    }
}

/// Fill and text colour of a count on a scale up to `max`.
pub(super) fn colour(count: usize, max: usize) -> (String, &'static str) {
    if count == 0 {
        return (EMPTY.to_owned(), EMPTY_INK);
    }
    let t = if max <= 1 {
        0.0
    } else {
        (count - 1) as f64 / (max - 1) as f64
    };
    let pos = t.clamp(0.0, 1.0) * (BLUES.len() - 1) as f64;
    let i = (pos.floor() as usize).min(BLUES.len() - 2);
    let f = pos - i as f64;
    let (a, b) = (BLUES[i], BLUES[i + 1]);
    let mix = |x: u8, y: u8| (f64::from(x) + (f64::from(y) - f64::from(x)) * f).round() as u8;
    let rgb = (mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2));
    let ink = if pos >= 2.5 { "#ffffff" } else { INK };
    (format!("#{:02x}{:02x}{:02x}", rgb.0, rgb.1, rgb.2), ink)
}

/// At most `max` characters, the last an ellipsis when cut.
pub(super) fn cut(s: &str, max: usize) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= max {
        return s;
    }
    let keep: String = s.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", keep.trim_end())
}

/// Rough width of `chars` characters of text at `size` px.
pub(super) fn text_width(chars: usize, size: f64) -> f64 {
    chars as f64 * size * 0.56
}

/// The counts shown in the legend: every count up to 6, else six evenly
/// spaced ones from 1 to `max`.
pub(super) fn legend_values(max: usize) -> Vec<usize> {
    if max <= 6 {
        return (1..=max).collect();
    }
    let mut v: Vec<usize> = (0..6).map(|i| 1 + (max - 1) * i / 5).collect();
    v.dedup();
    v
}

/// "Jumlah elemen: [1][2]…[max]  [0] = belum ada".
pub(super) fn legend(s: &mut String, w: &Words, x: f64, y: f64, values: &[usize], max: usize) {
    let _ = writeln!(
        s,
        r#"<g class="legend" font-size="11" fill="{INK}"><text x="{}" y="{}">{}:</text>"#,
        N(x),
        N(y + 4.0),
        w.legend
    );
    let mut x = x + text_width(w.legend.chars().count() + 2, 11.0);
    let swatch = |s: &mut String, x: f64, n: usize, fill: &str, ink: &str, extra: &str| {
        let _ = writeln!(
            s,
            r#"<rect x="{}" y="{}" width="26" height="20" fill="{fill}"{extra}/><text x="{}" y="{}" fill="{ink}" text-anchor="middle">{n}</text>"#,
            N(x),
            N(y - 10.0),
            N(x + 13.0),
            N(y + 4.0)
        );
    };
    for &n in values {
        let (fill, ink) = colour(n, max);
        swatch(s, x, n, &fill, ink, "");
        x += 28.0;
    }
    x += 16.0;
    let dashed = format!(r#" stroke="{EMPTY_EDGE}" stroke-dasharray="3 2""#);
    swatch(s, x, 0, EMPTY, EMPTY_INK, &dashed);
    let rest = w.none.trim_start_matches('0');
    let _ = writeln!(
        s,
        r#"<text x="{}" y="{}">{}</text></g>"#,
        N(x + 30.0),
        N(y + 4.0),
        rest.trim_start()
    );
}

/// One cell of the grid: a square with its count and a tooltip.
pub(super) struct Cell<'a> {
    /// Top-left corner.
    pub x: f64,
    pub y: f64,
    /// Side.
    pub size: f64,
    pub fill: &'a str,
    pub ink: &'a str,
    pub count: usize,
    /// Escaped tooltip text.
    pub tip: &'a str,
    /// `cell` or `total`.
    pub class: &'a str,
    /// A gap: drawn with a dashed orange border.
    pub gap: bool,
}

/// Writes one [`Cell`].
pub(super) fn cell(s: &mut String, c: &Cell<'_>) {
    let stroke = if c.gap {
        format!(r#" stroke="{EMPTY_EDGE}" stroke-dasharray="3 2""#)
    } else {
        format!(r#" stroke="{GRID}""#)
    };
    let (x, y, side) = (N(c.x + 1.0), N(c.y + 1.0), N(c.size - 2.0));
    let (cx, cy) = (N(c.x + c.size / 2.0), N(c.y + c.size * 0.63));
    let _ = writeln!(
        s,
        r#"<g class="{}"><title>{}</title><rect x="{x}" y="{y}" width="{side}" height="{side}" fill="{}"{stroke}/><text x="{cx}" y="{cy}" fill="{}">{}</text></g>"#,
        c.class, c.tip, c.fill, c.ink, c.count
    );
}
