//! Pictures of the national benchmark, as standalone SVG strings in the
//! style of the other charts: a cohort's index distribution with the
//! predicate bands and the subject marked, a province's ranked bars, and a
//! slope chart of what moved between two years. Every name is escaped.

mod parts;

use super::escape_xml;
use super::svg::{shorten, N};
use crate::benchmark::{Benchmark, Cohort, Movement, Peers, Subject};
use crate::error::Result;
use crate::text::Lang;
use parts::{axis, band_colors, header, open, x_of, Frame, Words, GRID, INK, MUTED};
use std::fmt::Write as _;

/// Options of the benchmark charts.
///
/// ```
/// use egov_masterplan::{render::BenchmarkChartOptions, Lang};
/// let o = BenchmarkChartOptions::default();
/// assert_eq!((o.lang, o.width), (Lang::Id, 720));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BenchmarkChartOptions {
    /// Language of titles and labels (default Indonesian).
    pub lang: Lang,
    /// Width in pixels (default 720; 480 to 4,096).
    pub width: u32,
}

impl Default for BenchmarkChartOptions {
    fn default() -> BenchmarkChartOptions {
        BenchmarkChartOptions {
            lang: Lang::Id,
            width: 720,
        }
    }
}

/// The distribution of `cohort`'s published index in `year` as a histogram
/// (bins of 0.10 over the framework's scale) over the predicate bands, with
/// `subject` (an institution or an index value) marked by a line and its
/// rank. Errors as [`Benchmark::position`].
///
/// ```
/// # #[cfg(feature = "spbe-results")] {
/// use egov_masterplan::benchmark::{Benchmark, Cohort, Subject};
/// use egov_masterplan::render::{benchmark_distribution_svg, BenchmarkChartOptions};
/// let b = Benchmark::spbe_published()?;
/// let svg = benchmark_distribution_svg(&b, 2024, &Cohort::regional(),
///     Some(&Subject::name("Kab. Bolaang Mongondow")), &BenchmarkChartOptions::default())?;
/// assert!(svg.contains("(n = 523)") && svg.contains("Kab. Bolaang Mongondow 2.73"));
/// # }
/// # Ok::<(), egov_masterplan::Error>(())
/// ```
pub fn benchmark_distribution_svg(
    b: &Benchmark,
    year: i32,
    cohort: &Cohort,
    subject: Option<&Subject>,
    opts: &BenchmarkChartOptions,
) -> Result<String> {
    let words = Words::of(opts.lang);
    let marker = subject.map(|s| b.position(year, s, cohort)).transpose()?;
    let values: Vec<f64> = b
        .year(year)
        .filter(|r| cohort.contains(r))
        .filter_map(|r| r.index.map(|d| d.to_f64()))
        .collect();
    let scale = b.framework().scale();
    let (lo, hi) = (f64::from(scale.min), f64::from(scale.max));
    let bins = ((hi - lo) * 10.0).round().max(1.0) as usize;
    let mut counts = vec![0usize; bins];
    for v in &values {
        let k = (((v - lo) * 10.0 + 1e-9).floor().max(0.0) as usize).min(bins - 1);
        if let Some(c) = counts.get_mut(k) {
            *c += 1;
        }
    }
    let top = counts.iter().copied().max().unwrap_or(1).max(1);
    let f = Frame::new(opts.width, 320.0, 62.0, 48.0);
    let title = format!(
        "{} {year} — {} (n = {})",
        words.distribution,
        cohort.label_in(opts.lang),
        values.len()
    );
    let mut s = open(&f, &title, &words.distribution_desc(values.len()));
    header(&mut s, &f, &title, words.source);
    // Predicate bands behind the bars, labelled at their top.
    let predicates = b.framework().predicates();
    let colors = band_colors(predicates.len());
    let _ = writeln!(s, r#"<g class="bands">"#);
    for (i, p) in predicates.iter().enumerate() {
        let start = p.min.to_f64().max(lo);
        let end = i
            .checked_sub(1)
            .and_then(|j| predicates.get(j))
            .map_or(hi, |q| q.min.to_f64());
        let (x0, x1) = (x_of(&f, start, lo, hi), x_of(&f, end, lo, hi));
        let (light, strong) = colors.get(i).copied().unwrap_or(("#f6f8fa", MUTED));
        let _ = writeln!(
            s,
            r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{light}"/><text x="{}" y="{}" font-size="{}" fill="{strong}" text-anchor="middle">{}</text>"#,
            N(x0),
            N(f.top),
            N((x1 - x0).max(0.0)),
            N(f.plot_h()),
            N((x0 + x1) / 2.0),
            N(f.top + 12.0 * f.k),
            N(10.0 * f.k),
            escape_xml(p.label.get(opts.lang))
        );
    }
    let _ = writeln!(s, "</g>");
    // Bars, coloured by the band they fall in.
    let bw = f.plot_w() / bins as f64;
    let _ = writeln!(s, r#"<g class="bars">"#);
    for (k, c) in counts.iter().enumerate().filter(|(_, c)| **c > 0) {
        let v = lo + (k as f64 + 0.5) / 10.0;
        let band = predicates
            .iter()
            .position(|p| v >= p.min.to_f64())
            .unwrap_or(predicates.len().saturating_sub(1));
        let strong = colors.get(band).map_or(MUTED, |c| c.1);
        let h = *c as f64 / top as f64 * (f.plot_h() - 20.0 * f.k);
        let _ = writeln!(
            s,
            r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{strong}"><title>{:.2}–{:.2}: {c}</title></rect>"#,
            N(f.left + k as f64 * bw + 0.5),
            N(f.bottom() - h),
            N((bw - 1.0).max(0.5)),
            N(h),
            lo + k as f64 / 10.0,
            lo + (k as f64 + 1.0) / 10.0,
        );
    }
    let _ = writeln!(s, "</g>");
    axis(&mut s, &f, lo, hi);
    if let Some(p) = marker {
        let x = x_of(&f, p.index.to_f64(), lo, hi);
        let who = p.institution.as_deref().map_or_else(
            || words.this_index.to_owned(),
            |n| shorten(n.trim_start_matches("Pemerintah "), 40),
        );
        let label = format!("{who} {} · {} {}/{}", p.index, words.rank, p.rank, p.count);
        let anchor = if x > f.left + f.plot_w() * 0.6 {
            "end"
        } else {
            "start"
        };
        let dx = if anchor == "end" { -4.0 } else { 4.0 };
        let _ = writeln!(
            s,
            r##"<g class="subject"><line x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="{INK}" stroke-width="{}" stroke-dasharray="4 3"/><text x="{}" y="{}" font-size="{}" font-weight="600" fill="{INK}" text-anchor="{anchor}" stroke="#ffffff" stroke-width="3" paint-order="stroke">{}</text></g>"##,
            N(f.top + 18.0 * f.k),
            N(f.bottom()),
            N(1.5 * f.k),
            N(x + dx * f.k),
            N(f.top + 30.0 * f.k),
            N(11.0 * f.k),
            escape_xml(&label),
            x = N(x),
        );
    }
    s.push_str("</svg>\n");
    Ok(s)
}

/// A province's institutions of one kind as ranked horizontal bars (the
/// [`Peers`] table), the subject highlighted, each bar in its predicate's
/// colour with its printed index.
pub fn benchmark_ranking_svg(b: &Benchmark, peers: &Peers, opts: &BenchmarkChartOptions) -> String {
    let words = Words::of(opts.lang);
    let rows = &peers.table;
    let row_h = 22.0;
    let f = Frame::new(
        opts.width,
        62.0 + 40.0 + row_h * rows.len() as f64,
        62.0,
        40.0,
    )
    .with_left(0.36);
    let place = match &peers.province {
        Some(p) => Cohort::province(p.clone())
            .with_kind(peers.kind)
            .label_in(opts.lang),
        None => Cohort::kind(peers.kind).label_in(opts.lang),
    };
    let title = format!("{} {} — {place}", words.ranking, peers.year);
    let mut s = open(&f, &title, &words.ranking_desc(rows.len()));
    header(&mut s, &f, &title, words.source);
    let scale = b.framework().scale();
    let (lo, hi) = (f64::from(scale.min), f64::from(scale.max));
    let predicates = b.framework().predicates();
    let colors = band_colors(predicates.len());
    let k = f.k;
    for (i, r) in rows.iter().enumerate() {
        let y = f.top + i as f64 * row_h * k;
        let band = predicates
            .iter()
            .position(|p| p.id == r.predicate_id)
            .unwrap_or(0);
        let strong = colors.get(band).map_or(MUTED, |c| c.1);
        let weight = if r.subject { "700" } else { "400" };
        if r.subject {
            let _ = writeln!(
                s,
                r##"<rect class="subject" x="0" y="{}" width="{}" height="{}" fill="#fff8c5"/>"##,
                N(y),
                N(f.width),
                N(row_h * k)
            );
        }
        let name = shorten(r.institution.trim_start_matches("Pemerintah "), 34);
        let x1 = x_of(&f, r.index.to_f64(), lo, hi);
        let _ = writeln!(
            s,
            r#"<g class="row"><text x="{}" y="{}" font-size="{}" font-weight="{weight}" fill="{INK}" text-anchor="end">{}. {}</text><rect x="{}" y="{}" width="{}" height="{}" fill="{strong}"/><text x="{}" y="{}" font-size="{}" font-weight="{weight}" fill="{INK}">{}</text></g>"#,
            N(f.left - 6.0 * k),
            N(y + 15.0 * k),
            N(11.0 * k),
            r.rank,
            escape_xml(&name),
            N(f.left),
            N(y + 4.0 * k),
            N((x1 - f.left).max(1.0)),
            N((row_h - 8.0) * k),
            N(x1 + 4.0 * k),
            N(y + 15.0 * k),
            N(11.0 * k),
            r.index,
        );
    }
    axis(&mut s, &f, lo, hi);
    s.push_str("</svg>\n");
    s
}

/// A slope chart of `moves` (from [`Benchmark::movers`]) between `from` and
/// `to`: each institution's index in both years joined by a line, red where
/// it fell, green where it rose, names at the right.
pub fn benchmark_slope_svg(
    b: &Benchmark,
    moves: &[Movement],
    from: i32,
    to: i32,
    opts: &BenchmarkChartOptions,
) -> String {
    let words = Words::of(opts.lang);
    let f = Frame::new(opts.width, 420.0, 62.0, 36.0)
        .with_left(0.22)
        .with_right(0.40);
    let title = format!("{} {from} → {to}", words.slope);
    let mut s = open(&f, &title, &words.slope_desc(moves.len()));
    header(&mut s, &f, &title, words.source);
    let scale = b.framework().scale();
    let (lo, hi) = (f64::from(scale.min), f64::from(scale.max));
    let y_of = |v: f64| f.bottom() - (v - lo) / (hi - lo) * f.plot_h();
    let (xl, xr, k) = (f.left, f.left + f.plot_w(), f.k);
    let _ = writeln!(
        s,
        r#"<g class="years" font-size="{}" fill="{MUTED}" text-anchor="middle"><text x="{}" y="{}">{from}</text><text x="{}" y="{}">{to}</text></g>"#,
        N(11.0 * k),
        N(xl),
        N(f.bottom() + 18.0 * k),
        N(xr),
        N(f.bottom() + 18.0 * k)
    );
    for level in scale.min..=scale.max {
        let y = y_of(f64::from(level));
        let _ = writeln!(
            s,
            r#"<text x="{}" y="{}" font-size="{}" fill="{MUTED}" text-anchor="end">{level}</text><line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" />"#,
            N(xl - 40.0 * k),
            N(y + 4.0 * k),
            N(10.0 * k),
            N(xl - 34.0 * k),
            N(y),
            N(xr),
            N(y),
            GRID
        );
    }
    // Names at the right, spread so that none overlaps the next.
    let wanted: Vec<f64> = moves
        .iter()
        .map(|m| y_of(m.index_to.to_f64()) + 4.0 * k)
        .collect();
    let label_y = parts::spread(&wanted, 12.0 * k, f.top, f.height - 4.0 * k);
    for (m, ly) in moves.iter().zip(label_y) {
        let (y0, y1) = (y_of(m.index_from.to_f64()), y_of(m.index_to.to_f64()));
        let color = match m.change.units.signum() {
            -1 => "#d1242f",
            1 => "#1a7f37",
            _ => MUTED,
        };
        let name = shorten(m.institution.trim_start_matches("Pemerintah "), 34);
        let _ = writeln!(
            s,
            r#"<g class="move"><title>{}: {} → {} ({})</title><line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{color}" stroke-width="{}"/><circle cx="{}" cy="{}" r="{}" fill="{color}"/><circle cx="{}" cy="{}" r="{}" fill="{color}"/><polyline points="{},{} {},{} {},{}" fill="none" stroke="{GRID}"/><text x="{}" y="{}" font-size="{}" fill="{INK}">{} {}</text></g>"#,
            escape_xml(&m.institution),
            m.index_from,
            m.index_to,
            m.change,
            N(xl),
            N(y0),
            N(xr),
            N(y1),
            N(1.6 * k),
            N(xl),
            N(y0),
            N(3.0 * k),
            N(xr),
            N(y1),
            N(3.0 * k),
            N(xr + 4.0 * k),
            N(y1),
            N(xr + 14.0 * k),
            N(ly - 4.0 * k),
            N(xr + 18.0 * k),
            N(ly - 4.0 * k),
            N(xr + 20.0 * k),
            N(ly),
            N(10.0 * k),
            escape_xml(&name),
            m.index_to,
        );
    }
    s.push_str("</svg>\n");
    s
}

#[cfg(all(test, feature = "spbe-results"))]
mod tests;
