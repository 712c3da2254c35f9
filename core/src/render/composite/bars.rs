//! SVG bars of Sobol' sensitivity indices: per input its first-order and
//! total index with their confidence intervals.

use super::parts::{whisker, Frame, ACCENT, BASE, HEAD, INK, MUTED};
use crate::render::escape_xml;
use crate::render::svg::{shorten, N};
use crate::sensitivity::SobolIndices;
use crate::text::Lang;
use std::fmt::Write as _;

/// One input's group at 640 px: two bars and the space around them.
const GROUP: f64 = 34.0;
/// A bar's thickness at 640 px.
const BAR: f64 = 11.0;
/// The name column at 640 px (the plot starts there).
const LEFT: f64 = 144.0;
/// The value column right of the plot at 640 px.
const RIGHT: f64 = 96.0;
/// Longest name drawn, in characters (the tooltip keeps it whole).
const NAME_CHARS: usize = 21;

/// Options of [`sensitivity_bars_svg`].
///
/// ```
/// use egov_masterplan::{Lang, render::SensitivityBarsOptions};
/// let o = SensitivityBarsOptions::default();
/// assert_eq!((o.lang, o.width, o.sort_by_total, o.title), (Lang::Id, 640, true, None));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SensitivityBarsOptions {
    /// Language of the title and legend (default Indonesian).
    pub lang: Lang,
    /// Width in pixels (default 640; 360 to 4,096).
    pub width: u32,
    /// Inputs by total index, highest first (ties, and indices that are
    /// not numbers, in input order after them); `false`: in input order.
    /// Default `true`.
    pub sort_by_total: bool,
    /// The title instead of the default ("Indeks sensitivitas Sobol").
    pub title: Option<String>,
}

impl Default for SensitivityBarsOptions {
    fn default() -> SensitivityBarsOptions {
        SensitivityBarsOptions {
            lang: Lang::Id,
            width: 640,
            sort_by_total: true,
            title: None,
        }
    }
}

struct Words {
    title: &'static str,
    first: &'static str,
    total: &'static str,
    desc: &'static str,
}

fn words(lang: Lang) -> Words {
    match lang {
        Lang::Id => Words {
            title: "Indeks sensitivitas Sobol",
            first: "Orde pertama (S1)",
            total: "Total (ST)",
            desc: "Indeks Sobol setiap masukan: orde pertama (S1) dan total (ST), masing-masing dengan selang kepercayaannya.",
        },
        Lang::En => Words {
            title: "Sobol sensitivity indices",
            first: "First order (S1)",
            total: "Total (ST)",
            desc: "Each input's Sobol indices: first order (S1) and total (ST), each with its confidence interval.",
        },
    }
}

/// An index and the half-width of its interval, as read (either may be
/// NaN or infinite).
#[derive(Clone, Copy)]
struct Estimate {
    value: f64,
    conf: f64,
}

impl Estimate {
    /// The value, if it is a number.
    fn value(self) -> Option<f64> {
        self.value.is_finite().then_some(self.value)
    }

    /// The interval's half-width, if the value and it are numbers.
    fn conf(self) -> Option<f64> {
        self.value()?;
        self.conf.is_finite().then_some(self.conf.abs())
    }

    /// Lowest and highest point drawn: the interval's ends, or the value.
    fn ends(self) -> Option<(f64, f64)> {
        let v = self.value()?;
        let c = self.conf().unwrap_or(0.0);
        Some((v - c, v + c))
    }

    /// "0.31 ± 0.02", "0.31" without an interval, "–" without a value.
    fn text(self) -> String {
        match (self.value(), self.conf()) {
            (None, _) => "–".to_owned(),
            (Some(v), None) => number(v),
            (Some(v), Some(c)) => format!("{} ± {}", number(v), number(c)),
        }
    }
}

/// Two decimals (never "-0.00"); exponent notation beyond a million.
fn number(v: f64) -> String {
    if v.abs() >= 1e6 {
        format!("{v:.2e}")
    } else {
        N(v).to_string()
    }
}

/// The axis' ticks over `lo`–`hi`: multiples of a 1-2-5 step, about as
/// many as `fit`, with as many decimals as the step needs.
fn value_ticks(lo: f64, hi: f64, fit: f64) -> Vec<(f64, String)> {
    let raw = (hi - lo) / fit.max(1.0);
    if !raw.is_finite() || raw <= 0.0 {
        return vec![(lo, number(lo)), (hi, number(hi))];
    }
    let base = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * base)
        .find(|s| *s >= raw * (1.0 - 1e-9))
        .unwrap_or(10.0 * base);
    let decimals = (-step.log10().floor()).clamp(0.0, 6.0) as usize;
    let first = (lo / step - 1e-9).ceil();
    (0..64)
        .map(|m| (first + f64::from(m)) * step)
        .take_while(|t| *t <= hi + step * 1e-9)
        .filter(|t| t.is_finite())
        .map(|t| {
            let label = if t.abs() >= 1e6 {
                format!("{t:.1e}")
            } else {
                let s = format!("{t:.decimals$}");
                if s.trim_start_matches('-')
                    .chars()
                    .all(|c| c == '0' || c == '.')
                {
                    s.trim_start_matches('-').to_owned()
                } else {
                    s
                }
            };
            (t, label)
        })
        .collect()
}

/// The Sobol' indices as a standalone SVG bar chart: one group per input,
/// its name at the left, a blue bar of its first-order index `S1` over an
/// orange bar of its total index `ST`, each with a whisker of ± its
/// confidence half-width, and the values printed at the right ("0.31 ±
/// 0.02"). The axis spans `[min(0, lowest − conf), max(1, highest +
/// conf)]`, so a negative estimate (sampling noise) is drawn left of the
/// zero line. Inputs are in `ST` order, highest first, unless
/// `sort_by_total` is off; each group is a `<g class="input">` with a
/// `<title>` tooltip.
///
/// Names beyond `names` are `x1`, `x2`, … (by input position); vectors of
/// unequal length are read to the shortest; a value that is not a number
/// (NaN, infinite) has no bar and prints as "–". The height is
/// `(96 + 34 × inputs) × width / 640` pixels. Names are escaped; the output
/// is the same, byte for byte, for the same indices and options.
///
/// ```
/// use egov_masterplan::render::{sensitivity_bars_svg, SensitivityBarsOptions};
/// use egov_masterplan::sensitivity::SobolIndices;
/// let s = SobolIndices {
///     s1: vec![0.2, 0.75], s1_conf: vec![0.01, 0.02],
///     st: vec![0.22, 0.8], st_conf: vec![0.01, 0.03],
/// };
/// let svg = sensitivity_bars_svg(&["w_<infra>"], &s, &SensitivityBarsOptions::default());
/// assert!(svg.starts_with("<svg") && svg.contains("Indeks sensitivitas Sobol"));
/// assert_eq!(svg.matches(r#"<g class="input""#).count(), 2);
/// // x2 has the higher total index: drawn first.
/// assert!(svg.find(">x2</text>").unwrap() < svg.find(">w_&lt;infra&gt;</text>").unwrap());
/// assert!(svg.contains(">0.75 ± 0.02</text>"));
/// ```
pub fn sensitivity_bars_svg(
    names: &[&str],
    indices: &SobolIndices,
    opts: &SensitivityBarsOptions,
) -> String {
    let w = words(opts.lang);
    let d = indices
        .s1
        .len()
        .min(indices.s1_conf.len())
        .min(indices.st.len())
        .min(indices.st_conf.len());
    let at = |v: &[f64], c: &[f64], j: usize| Estimate {
        value: v.get(j).copied().unwrap_or(f64::NAN),
        conf: c.get(j).copied().unwrap_or(f64::NAN),
    };
    let inputs: Vec<(usize, Estimate, Estimate)> = (0..d)
        .map(|j| {
            (
                j,
                at(&indices.s1, &indices.s1_conf, j),
                at(&indices.st, &indices.st_conf, j),
            )
        })
        .collect();
    let mut order: Vec<&(usize, Estimate, Estimate)> = inputs.iter().collect();
    if opts.sort_by_total {
        let total = |e: &Estimate| e.value().unwrap_or(f64::NEG_INFINITY);
        order.sort_by(|a, b| total(&b.2).total_cmp(&total(&a.2)).then(a.0.cmp(&b.0)));
    }
    let (lo, hi) = inputs
        .iter()
        .flat_map(|(_, a, b)| [a.ends(), b.ends()])
        .flatten()
        .fold((0.0f64, 1.0f64), |(lo, hi), (a, b)| (lo.min(a), hi.max(b)));
    let f = Frame::new(opts.width, d, GROUP, LEFT, RIGHT);
    let k = f.k;
    let span = hi - lo;
    let x_of = |v: f64| {
        let x = f.x0 + (v.clamp(lo, hi) - lo) / span * (f.x1 - f.x0);
        if x.is_finite() {
            x
        } else {
            f.x0
        }
    };
    let title = opts
        .title
        .as_deref()
        .map_or_else(|| w.title.to_owned(), |t| shorten(t, 80));
    let mut s = f.open(&title, w.desc);
    s.reserve(900 * d);
    let swatch = |colour: &'static str| {
        move |x: f64, y: f64| {
            format!(
                r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{colour}"/>"#,
                N(x),
                N(y - BAR * k / 2.0),
                N(20.0 * k),
                N(BAR * k)
            )
        }
    };
    f.legend(
        &mut s,
        &[(w.first, &swatch(BASE)), (w.total, &swatch(ACCENT))],
    );
    if d > 0 {
        let ticks: Vec<(f64, String)> = value_ticks(lo, hi, (f.x1 - f.x0) / (56.0 * k))
            .into_iter()
            .map(|(t, label)| (x_of(t), label))
            .collect();
        f.axis(&mut s, "", &ticks);
        // The zero line, over the grid.
        let _ = writeln!(
            s,
            r#"<line class="zero" x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="{MUTED}"/>"#,
            N(HEAD * k - 6.0 * k),
            N(f.bottom()),
            x = N(x_of(0.0)),
        );
    }
    for (line, (j, first, total)) in order.into_iter().enumerate() {
        let top = (HEAD + GROUP * line as f64) * k;
        let fallback;
        let name = match names.get(*j) {
            Some(n) => *n,
            None => {
                fallback = format!("x{}", j + 1);
                &fallback
            }
        };
        let _ = write!(
            s,
            r#"<g class="input"><title>{}: S1 {}; ST {}</title><text x="{}" y="{}" font-size="{}" fill="{INK}" text-anchor="end">{}</text>"#,
            escape_xml(name),
            first.text(),
            total.text(),
            N(f.x0 - 8.0 * k),
            N(top + GROUP * k / 2.0 + 4.0 * k),
            N(11.0 * k),
            escape_xml(&shorten(name, NAME_CHARS)),
        );
        for (e, colour, y) in [
            (first, BASE, top + 5.0 * k),
            (total, ACCENT, top + 18.0 * k),
        ] {
            bar(&mut s, &f, *e, colour, y, &x_of);
        }
        let _ = writeln!(s, "</g>");
    }
    s.push_str("</svg>\n");
    s
}

/// One estimate's bar from zero, its whisker and its printed value, the
/// bar's top at `y`.
fn bar(s: &mut String, f: &Frame, e: Estimate, colour: &str, y: f64, x_of: &dyn Fn(f64) -> f64) {
    let k = f.k;
    let cy = y + BAR * k / 2.0;
    if let Some(v) = e.value() {
        let (a, b) = (x_of(0.0), x_of(v));
        let _ = write!(
            s,
            r#"<rect class="bar" x="{}" y="{}" width="{}" height="{}" fill="{colour}"/>"#,
            N(a.min(b)),
            N(y),
            N((b - a).abs()),
            N(BAR * k)
        );
    }
    if let (Some(v), Some(c)) = (e.value(), e.conf()) {
        s.push_str(&whisker(x_of(v - c), x_of(v + c), cy, k * 0.75, INK));
    }
    let _ = write!(
        s,
        r#"<text x="{}" y="{}" font-size="{}" fill="{INK}" text-anchor="end">{}</text>"#,
        N(f.width - 12.0 * k),
        N(cy + 3.5 * k),
        N(10.0 * k),
        escape_xml(&e.text())
    );
}
