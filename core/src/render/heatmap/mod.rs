//! SVG heatmap of an architecture's coverage: elements per agency and
//! domain.

use super::escape_xml;
use super::svg::N;
use crate::architecture::{domain_label, ArchitectureModel};
use crate::text::Lang;
use std::fmt::Write as _;

mod parts;
use parts::{
    cell, colour, cut, legend, legend_values, text_width, words, Cell, FONT, INK, MUTED,
    NAME_CHARS, NEUTRAL, TOTAL,
};

/// Options of [`heatmap_svg`].
///
/// ```
/// use egov_masterplan::{Lang, render::HeatmapOptions};
/// let opts = HeatmapOptions::default();
/// assert_eq!((opts.lang, opts.cell), (Lang::Id, 36));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HeatmapOptions {
    /// Language of names and labels (default Indonesian).
    pub lang: Lang,
    /// Width and height of one cell in pixels (default 36; 24 to 96).
    pub cell: u32,
}

impl Default for HeatmapOptions {
    fn default() -> HeatmapOptions {
        HeatmapOptions {
            lang: Lang::Id,
            cell: 36,
        }
    }
}
/// Renders the coverage matrix ([`ArchitectureModel::coverage`]) as a
/// standalone SVG heatmap.
///
/// One row per agency (sorted by id, labelled with its name in
/// `opts.lang`; a last "(tanpa pemilik)" row counts elements without an
/// owner), one column per domain (Proses Bisnis, Data dan Informasi,
/// Infrastruktur, Aplikasi, Keamanan, Layanan — or the English labels),
/// then a totals column and a totals row. A cell with no element is a
/// light orange (a gap); the others go from light to dark blue as the count
/// rises to the largest count. Each cell prints its count and has a
/// `<title>` tooltip (agency, domain, count). A legend explains the
/// colours. All text is escaped; the output is the same, byte for byte,
/// for the same model and options.
///
/// ```
/// use egov_masterplan::{ArchitectureModel, render::{HeatmapOptions, heatmap_svg}};
/// let m = ArchitectureModel::from_json(r#"{"schema_version": 1,
///   "agencies": [{"id": "bkpsdm", "name": "BKPSDM <&>", "kind": "badan"}],
///   "elements": [{"id": "simpeg", "name": "SIMPEG", "domain": "aplikasi", "owner": "bkpsdm"}]}"#)?;
/// let svg = heatmap_svg(&m, &HeatmapOptions::default());
/// assert!(svg.starts_with("<svg") && svg.contains(">BKPSDM &lt;&amp;&gt;</text>"));
/// assert!(svg.contains("<title>BKPSDM &lt;&amp;&gt; · Aplikasi: 1 elemen</title>"));
/// assert_eq!(svg.matches(r#"class="cell""#).count(), 6);
/// # Ok::<(), egov_masterplan::Error>(())
/// ```
pub fn heatmap_svg(model: &ArchitectureModel, opts: &HeatmapOptions) -> String {
    let cov = model.coverage();
    let (lang, w) = (opts.lang, words(opts.lang));
    let size = f64::from(opts.cell.clamp(24, 96));
    // (agency id, its name, its counts)
    let rows: Vec<(&str, String, &Vec<usize>)> = cov
        .agencies
        .iter()
        .zip(&cov.counts)
        .map(|(id, counts)| {
            let name = match model.agency(id) {
                _ if id.is_empty() => w.no_owner.to_owned(),
                Some(a) => a.name.get(lang).to_owned(),
                None => id.clone(),
            };
            (id.as_str(), name, counts)
        })
        .collect();
    let cols: Vec<&str> = cov.domains.iter().map(|d| domain_label(*d, lang)).collect();
    let mut col_totals: Vec<usize> = (0..cols.len())
        .map(|c| cov.counts.iter().map(|r| r[c]).sum())
        .collect();
    col_totals.push(col_totals.iter().sum());
    let max = cov.counts.iter().flatten().copied().max().unwrap_or(0);

    // Layout: title, rotated column headers, the grid, the legend.
    let (margin, label_size, gap) = (16.0, 12.0, 6.0);
    let longest = rows.iter().map(|r| cut(&r.1, NAME_CHARS).chars().count());
    let longest = longest.max().unwrap_or(0).max(w.total.len()).max(6);
    let x0 = margin + text_width(longest, label_size) + 10.0;
    let heads: Vec<&str> = cols.iter().copied().chain([w.total]).collect();
    let head_len = |h: &str| text_width(h.chars().count(), label_size) * 0.7072;
    let head_h = heads.iter().map(|h| head_len(h)).fold(0.0, f64::max) + 16.0;
    let top = 60.0 + head_h;
    let col_x = |c: usize| x0 + c as f64 * size + if c >= cols.len() { gap } else { 0.0 };
    let heads_right = (0..heads.len())
        .map(|c| col_x(c) + size / 2.0 + head_len(heads[c]) + 8.0)
        .fold(col_x(cols.len()) + size, f64::max);
    let totals_y = top + rows.len() as f64 * size + gap;
    let legend_y = totals_y + size + 26.0;
    let swatches = legend_values(max);
    let legend_w = text_width(w.legend.chars().count() + w.none.chars().count() + 5, 11.0)
        + (1 + swatches.len()) as f64 * 30.0;
    let title = cut(model.name().map_or(w.title, |t| t.get(lang)), 100);
    let width = (heads_right + margin)
        .max(margin * 2.0 + legend_w)
        .max(margin * 2.0 + text_width(title.chars().count(), 15.5))
        .max(margin * 2.0 + text_width(w.subtitle.chars().count(), 12.0))
        .ceil();
    let (wd, ht, m) = (N(width), N((legend_y + 40.0).ceil()), N(margin));

    let mut s = String::with_capacity(8192 + 600 * rows.len() * 7);
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {wd} {ht}" width="{wd}" height="{ht}" role="img" font-family="{FONT}">"#
    );
    let title = escape_xml(&title);
    let _ = writeln!(s, "<title>{title} — {}</title>", w.subtitle);
    let _ = writeln!(s, r##"<rect width="100%" height="100%" fill="#ffffff"/>"##);
    let _ = writeln!(
        s,
        r#"<text x="{m}" y="26" font-size="15" font-weight="600" fill="{INK}">{title}</text>"#
    );
    let _ = writeln!(
        s,
        r#"<text x="{m}" y="44" font-size="12" fill="{MUTED}">{}</text>"#,
        w.subtitle
    );

    // Column headers, rotated, starting just above each column's middle.
    let f = N(label_size);
    let _ = writeln!(s, r#"<g class="columns" font-size="{f}" fill="{INK}">"#);
    for (c, h) in heads.iter().enumerate() {
        let (x, y) = (N(col_x(c) + size / 2.0), N(top - 8.0));
        let bold = if c == cols.len() {
            r#" font-weight="600""#
        } else {
            ""
        };
        let h = escape_xml(h);
        let _ = writeln!(
            s,
            r#"<text transform="translate({x} {y}) rotate(-45)"{bold}>{h}</text>"#
        );
    }
    s.push_str("</g>\n");

    // The grid: a cell per agency and domain, row totals, the totals row.
    let f = N((size * 0.36).clamp(10.0, 20.0));
    let _ = writeln!(
        s,
        r#"<g class="grid" font-size="{f}" text-anchor="middle">"#
    );
    let tip = |who: &str, what: &str, n: usize| {
        escape_xml(&format!("{who} · {what}: {n} {}", w.elements))
    };
    let total_cell = |s: &mut String, c: usize, y: f64, n: usize, tip: &str| {
        let (x, fill, ink, class, gap) = (col_x(c), TOTAL, INK, "total", false);
        cell(
            s,
            &Cell {
                x,
                y,
                size,
                fill,
                ink,
                count: n,
                tip,
                class,
                gap,
            },
        );
    };
    for (r, (id, name, counts)) in rows.iter().enumerate() {
        let y = top + r as f64 * size;
        for (c, &count) in counts.iter().enumerate() {
            let (fill, ink) = match count {
                0 if id.is_empty() => (NEUTRAL.to_owned(), MUTED),
                _ => colour(count, max),
            };
            let (fill, tip, x) = (&fill, &tip(name, cols[c], count), col_x(c));
            let gap = count == 0 && !id.is_empty();
            cell(
                &mut s,
                &Cell {
                    x,
                    y,
                    size,
                    fill,
                    ink,
                    count,
                    tip,
                    class: "cell",
                    gap,
                },
            );
        }
        let n = counts.iter().sum();
        total_cell(&mut s, cols.len(), y, n, &tip(name, w.total, n));
    }
    for (c, &n) in col_totals.iter().enumerate() {
        let what = cols.get(c).copied().unwrap_or(w.total);
        total_cell(&mut s, c, totals_y, n, &tip(w.total, what, n));
    }
    s.push_str("</g>\n");

    // Row labels, right-aligned against the grid; the totals row in bold.
    let (f, lx) = (N(label_size), N(x0 - 8.0));
    let _ = writeln!(
        s,
        r#"<g class="rows" font-size="{f}" fill="{INK}" text-anchor="end">"#
    );
    for (r, (id, name, _)) in rows.iter().enumerate() {
        let ly = N(top + r as f64 * size + size / 2.0 + 4.0);
        let (style, full) = if id.is_empty() {
            (
                format!(r#" font-style="italic" fill="{MUTED}""#),
                name.clone(),
            )
        } else {
            (String::new(), format!("{name} ({id})"))
        };
        let (full, shown) = (escape_xml(&full), escape_xml(&cut(name, NAME_CHARS)));
        let _ = writeln!(
            s,
            r#"<text x="{lx}" y="{ly}"{style}><title>{full}</title>{shown}</text>"#
        );
    }
    let ly = N(totals_y + size / 2.0 + 4.0);
    let _ = writeln!(
        s,
        r#"<text x="{lx}" y="{ly}" font-weight="600">{}</text>"#,
        w.total
    );
    s.push_str("</g>\n");

    legend(&mut s, &w, margin, legend_y, &swatches, max);
    s.push_str("</svg>\n");
    s
}

impl ArchitectureModel {
    /// The coverage matrix as an SVG heatmap (see [`heatmap_svg`]).
    ///
    /// ```
    /// use egov_masterplan::{ArchitectureModel, Lang, render::HeatmapOptions};
    /// let m = ArchitectureModel::from_json(r#"{"schema_version": 1,
    ///   "agencies": [{"id": "bkpsdm", "name": {"id": "Badan Kepegawaian", "en": "Civil service agency"}, "kind": "badan"}]}"#)?;
    /// let svg = m.to_heatmap_svg(&HeatmapOptions { lang: Lang::En, ..Default::default() });
    /// assert!(svg.contains(">Civil service agency</text>") && svg.contains(">Security</text>"));
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn to_heatmap_svg(&self, opts: &HeatmapOptions) -> String {
        heatmap_svg(self, opts)
    }
}

#[cfg(test)]
mod tests;
