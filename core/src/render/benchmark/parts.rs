//! The frame, words, header and axis the benchmark charts share.

use crate::render::escape_xml;
use crate::render::svg::N;
use crate::text::Lang;
use std::fmt::Write as _;

pub(crate) const INK: &str = "#1f2328";
pub(crate) const MUTED: &str = "#57606a";
pub(crate) const GRID: &str = "#d0d7de";
const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif";

/// Smallest and largest width drawn.
const MIN_WIDTH: u32 = 480;
const MAX_WIDTH: u32 = 4096;

/// Light and strong colours per predicate band, highest band first (green
/// to red, as the reports colour them); frameworks with more bands repeat
/// the last.
pub(crate) fn band_colors(n: usize) -> Vec<(&'static str, &'static str)> {
    const PALETTE: [(&str, &str); 5] = [
        ("#dafbe1", "#1a7f37"),
        ("#eaf7ee", "#2da44e"),
        ("#ddf4ff", "#1f6feb"),
        ("#fff8c5", "#bf8700"),
        ("#ffebe9", "#d1242f"),
    ];
    (0..n).map(|i| PALETTE[i.min(PALETTE.len() - 1)]).collect()
}

/// The drawing area: canvas width, height, plot margins (scaled by `k`,
/// which is 1.0 at 720 px).
pub(crate) struct Frame {
    pub width: f64,
    pub height: f64,
    pub k: f64,
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub footer: f64,
}

impl Frame {
    /// A frame `width` wide (bounded) and `height` tall at 720 px, with a
    /// header of `top` and a footer of `footer` pixels (at 720 px).
    pub fn new(width: u32, height: f64, top: f64, footer: f64) -> Frame {
        let width = f64::from(width.clamp(MIN_WIDTH, MAX_WIDTH));
        let k = width / 720.0;
        Frame {
            width,
            height: height * k,
            k,
            left: 40.0 * k,
            right: 24.0 * k,
            top: top * k,
            footer: footer * k,
        }
    }

    /// The left margin as a share of the width (for row labels).
    pub fn with_left(mut self, share: f64) -> Frame {
        self.left = self.width * share;
        self
    }

    /// The right margin as a share of the width (for end labels).
    pub fn with_right(mut self, share: f64) -> Frame {
        self.right = self.width * share;
        self
    }

    pub fn plot_w(&self) -> f64 {
        self.width - self.left - self.right
    }

    pub fn plot_h(&self) -> f64 {
        self.height - self.top - self.footer
    }

    pub fn bottom(&self) -> f64 {
        self.top + self.plot_h()
    }
}

/// Label positions for wanted `ys` (any order), each at least `gap` from
/// the next and within `min`–`max`, kept as close to wanted as that allows;
/// returned in the order given.
pub(crate) fn spread(ys: &[f64], gap: f64, min: f64, max: f64) -> Vec<f64> {
    let mut order: Vec<usize> = (0..ys.len()).collect();
    order.sort_by(|a, b| {
        let (ya, yb) = (
            ys.get(*a).copied().unwrap_or(0.0),
            ys.get(*b).copied().unwrap_or(0.0),
        );
        ya.total_cmp(&yb).then(a.cmp(b))
    });
    let mut placed: Vec<f64> = Vec::with_capacity(ys.len());
    for &i in &order {
        let floor = placed.last().map_or(min, |p| p + gap);
        placed.push(ys.get(i).copied().unwrap_or(min).max(floor));
    }
    // Push back up from the bottom where the column ran past `max`.
    let mut ceiling = max;
    for p in placed.iter_mut().rev() {
        if *p > ceiling {
            *p = ceiling;
        }
        ceiling = *p - gap;
    }
    let mut out = vec![0.0; ys.len()];
    for (slot, &i) in order.iter().enumerate() {
        if let (Some(o), Some(p)) = (out.get_mut(i), placed.get(slot)) {
            *o = *p;
        }
    }
    out
}

/// The x position of value `v` on a `lo`–`hi` axis.
pub(crate) fn x_of(f: &Frame, v: f64, lo: f64, hi: f64) -> f64 {
    f.left + (v.clamp(lo, hi) - lo) / (hi - lo) * f.plot_w()
}

/// The `<svg>` element, title and description, and a white background.
pub(crate) fn open(f: &Frame, title: &str, desc: &str) -> String {
    let mut s = String::with_capacity(8192);
    let (w, h) = (N(f.width), N(f.height));
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" font-family="{FONT}">"#
    );
    let _ = writeln!(s, "<title>{}</title>", escape_xml(title));
    let _ = writeln!(s, "<desc>{}</desc>", escape_xml(desc));
    let _ = writeln!(s, r##"<rect width="100%" height="100%" fill="#ffffff"/>"##);
    s
}

/// The header: the title and a line naming the source.
pub(crate) fn header(s: &mut String, f: &Frame, title: &str, source: &str) {
    let k = f.k;
    let _ = writeln!(
        s,
        r#"<text class="title" x="{}" y="{}" font-size="{}" font-weight="600" fill="{INK}">{}</text>"#,
        N(16.0 * k),
        N(24.0 * k),
        N(15.0 * k),
        escape_xml(title)
    );
    let _ = writeln!(
        s,
        r#"<text class="source" x="{}" y="{}" font-size="{}" fill="{MUTED}">{}</text>"#,
        N(16.0 * k),
        N(42.0 * k),
        N(11.0 * k),
        escape_xml(source)
    );
}

/// The value axis along the bottom: a tick and label at every level.
pub(crate) fn axis(s: &mut String, f: &Frame, lo: f64, hi: f64) {
    let k = f.k;
    let y = f.bottom();
    let _ = writeln!(
        s,
        r#"<g class="axis" font-size="{}" fill="{MUTED}" text-anchor="middle"><line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{MUTED}"/>"#,
        N(10.0 * k),
        N(f.left),
        N(y),
        N(f.left + f.plot_w()),
        N(y)
    );
    let mut v = lo;
    while v <= hi + 1e-9 {
        let x = x_of(f, v, lo, hi);
        let _ = writeln!(
            s,
            r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{MUTED}"/><text x="{}" y="{}">{v:.1}</text>"#,
            N(x),
            N(y),
            N(x),
            N(y + 4.0 * k),
            N(x),
            N(y + 16.0 * k)
        );
        v += 0.5;
    }
    let _ = writeln!(s, "</g>");
}

/// The charts' words in one language.
pub(crate) struct Words {
    pub lang: Lang,
    pub distribution: &'static str,
    pub ranking: &'static str,
    pub slope: &'static str,
    pub rank: &'static str,
    pub this_index: &'static str,
    pub source: &'static str,
}

impl Words {
    pub fn of(lang: Lang) -> Words {
        match lang {
            Lang::Id => Words {
                lang,
                distribution: "Sebaran Indeks SPBE",
                ranking: "Peringkat Indeks SPBE",
                slope: "Perubahan Indeks SPBE",
                rank: "peringkat",
                this_index: "Indeks ini",
                source: "Sumber: hasil evaluasi SPBE yang diterbitkan KemenPANRB",
            },
            Lang::En => Words {
                lang,
                distribution: "Distribution of the SPBE index",
                ranking: "SPBE index ranking",
                slope: "Change of the SPBE index",
                rank: "rank",
                this_index: "This index",
                source: "Source: SPBE evaluation results published by KemenPANRB",
            },
        }
    }

    pub fn distribution_desc(&self, n: usize) -> String {
        match self.lang {
            Lang::Id => format!("Histogram indeks {n} instansi dalam selang 0,10 di atas pita predikat."),
            Lang::En => format!("Histogram of the index of {n} institutions in bins of 0.10 over the predicate bands."),
        }
    }

    pub fn ranking_desc(&self, n: usize) -> String {
        match self.lang {
            Lang::Id => format!("{n} instansi diurutkan dari indeks tertinggi."),
            Lang::En => format!("{n} institutions, highest index first."),
        }
    }

    pub fn slope_desc(&self, n: usize) -> String {
        match self.lang {
            Lang::Id => format!("Indeks {n} instansi pada dua tahun evaluasi."),
            Lang::En => format!("The index of {n} institutions in two evaluation years."),
        }
    }
}
