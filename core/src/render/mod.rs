//! Renderers: pure string generation, every name escaped.
//!
//! Nothing here touches the file system or pulls in a dependency: each
//! renderer takes a [`Scorecard`] and returns a `String` that is the same,
//! byte for byte, for the same input.
//!
//! - [`radar_svg`] (also [`Scorecard::to_radar_svg`]): a standalone SVG radar
//!   chart of one tier (domains or aspects), with an optional target ring.
//! - [`scorecard_markdown`] (also [`Scorecard::to_markdown`]): the scorecard
//!   as Markdown tables, in Indonesian or English.
//! - [`scorecard_html`]: the scorecard as an HTML fragment for notebooks
//!   (heading, index and predicate, a table of the groups, the radar chart).
//! - [`schedule_html`]: a schedule as an HTML fragment (the Gantt chart, a
//!   table of the entries, the unscheduled initiatives, spend per year).
//! - [`architecture_html`]: an architecture model as an HTML fragment (counts,
//!   elements per domain, the coverage heatmap).
//! - [`trend_svg`]: a line chart of an index over the years, own
//!   assessments and published results as two series.
//! - [`rank_interval_svg`]: a composite index's rank intervals under its
//!   weights' uncertainty (nominal rank, median, 5th–95th percentile).
//! - [`sensitivity_bars_svg`]: Sobol' sensitivity indices as bars (first
//!   order and total, with their confidence intervals).
//! - [`projection_html`]: a yearly projection as an HTML table (index,
//!   predicate and the initiatives finished, per year).
//!
//! Text that comes from users (subjects, node names) passes through
//! [`escape_xml`] or [`escape_markdown_cell`], so a hostile name cannot
//! inject markup.

mod benchmark;
mod composite;
pub(crate) mod document;
mod gantt;
mod heatmap;
mod html;
mod markdown;
mod radar;
mod radar_shape;
mod svg;
mod trend;

pub use benchmark::{
    benchmark_distribution_svg, benchmark_ranking_svg, benchmark_slope_svg, BenchmarkChartOptions,
};
pub use composite::{
    rank_interval_svg, sensitivity_bars_svg, RankIntervalOptions, RankIntervalRow,
    SensitivityBarsOptions,
};
pub use gantt::{gantt_svg, GanttOptions};
pub use heatmap::{heatmap_svg, HeatmapOptions};
pub use html::{architecture_html, benchmark_html, projection_html, schedule_html, scorecard_html};
pub use markdown::scorecard_markdown;
pub use radar::{radar_svg, RadarOptions, RadarTarget};
pub use radar_shape::{RadarLabel, RadarLayout, RadarShape};
pub use trend::{trend_svg, TrendOptions, TrendPoint, TrendSource};

use crate::error::Result;
use crate::scoring::Scorecard;
use crate::text::Lang;

/// Escapes text for XML/SVG content and attribute values: `&`, `<`, `>`,
/// `"` and `'` become entities, and control characters that XML 1.0 does not
/// allow (everything but tab, newline and carriage return, plus U+FFFE and
/// U+FFFF) are dropped.
///
/// ```
/// use egov_masterplan::render::escape_xml;
/// assert_eq!(escape_xml(r#"<a href="x">&'</a>"#), "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
/// assert_eq!(escape_xml("bell\u{7}\ttab"), "bell\ttab");
/// ```
pub fn escape_xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for one cell of a Markdown (GFM) table: `|` and `\` are
/// backslash-escaped, line breaks become spaces, and `&`, `<`, `>` become
/// HTML entities so that the text cannot open raw HTML. Other control
/// characters are dropped.
///
/// ```
/// use egov_masterplan::render::escape_markdown_cell;
/// assert_eq!(escape_markdown_cell("a|b\\c\nd"), "a\\|b\\\\c d");
/// assert_eq!(escape_markdown_cell("<b>&"), "&lt;b&gt;&amp;");
/// ```
pub fn escape_markdown_cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '|' => out.push_str("\\|"),
            '\\' => out.push_str("\\\\"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => {
                // "\r\n" is one line break
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push(' ');
            }
            '\n' | '\u{2028}' | '\u{2029}' => out.push(' '),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

impl Scorecard {
    /// The scorecard as Markdown (see [`scorecard_markdown`]).
    ///
    /// ```
    /// use egov_masterplan::{Assessment, Framework, Lang};
    /// let fw = Framework::builtin("spbe-2020")?;
    /// let mut a = Assessment::new("bappeda", 2023);
    /// for i in 1..=47 { a.set(format!("I{i}"), 3); }
    /// let md = fw.score(&a)?.to_markdown(Lang::En);
    /// assert!(md.contains("Index: **3.00** — Good"));
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn to_markdown(&self, lang: Lang) -> String {
        scorecard_markdown(self, lang)
    }

    /// The scorecard as an SVG radar chart (see [`radar_svg`]).
    ///
    /// ```
    /// use egov_masterplan::{Assessment, Framework, render::RadarOptions};
    /// let fw = Framework::builtin("spbe-2020")?;
    /// let mut a = Assessment::new("bappeda", 2023);
    /// for i in 1..=47 { a.set(format!("I{i}"), 3); }
    /// let svg = fw.score(&a)?.to_radar_svg(&RadarOptions::default())?;
    /// assert!(svg.starts_with("<svg"));
    /// assert_eq!(svg.matches(r#"class="axis""#).count(), 4);
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn to_radar_svg(&self, opts: &RadarOptions) -> Result<String> {
        radar_svg(self, opts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escapes_hostile_text() {
        let s = escape_xml("<script>alert(1)</script>\"><img src=x onerror=alert(1)>");
        assert!(!s.contains('<') && !s.contains('>') && !s.contains('"'));
        assert_eq!(
            s,
            "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
        );
        assert_eq!(escape_xml("a\u{0}b\u{1b}c\u{FFFF}d\re"), "abcd\re");
    }

    #[test]
    fn markdown_cells_cannot_break_the_table() {
        assert_eq!(escape_markdown_cell("a | b"), "a \\| b");
        assert_eq!(escape_markdown_cell("x\r\ny\rz"), "x y z");
        assert_eq!(escape_markdown_cell("<img src=x>"), "&lt;img src=x&gt;");
        assert_eq!(escape_markdown_cell("\\|"), "\\\\\\|");
    }
}
