//! Blocks as one self-contained HTML file: inline CSS and SVG, no scripts,
//! no external requests; print CSS for A4 (a new page before each chapter,
//! tables the page's width, a running header, page numbers), so that a
//! browser's "Save as PDF" gives a clean document.

use super::Block;
use crate::render::escape_xml;
use crate::text::Lang;

/// What the page says about itself.
pub(crate) struct HtmlPage {
    /// The document's language.
    pub lang: Lang,
    /// The `<title>`.
    pub title: String,
    /// The running header of printed pages.
    pub running_header: String,
}

const STYLE: &str = "\
html{font-family:'Segoe UI',Helvetica,Arial,sans-serif;font-size:11pt;line-height:1.45;color:#1f2328;background:#fff}
body{max-width:178mm;margin:0 auto;padding:8mm 6mm}
h1{font-size:22pt;line-height:1.2;margin:30mm 0 6mm}
h2{font-size:16pt;margin:0 0 4mm;padding-bottom:2mm;border-bottom:1px solid #d0d7de;break-before:page;break-after:avoid}
h3{font-size:13pt;margin:6mm 0 2mm;break-after:avoid}
h4{font-size:11pt;margin:4mm 0 1mm;break-after:avoid}
p{margin:1.5mm 0}
.note{color:#57606a;font-size:9.5pt}
ul{margin:1.5mm 0;padding-left:6mm}
table{width:100%;max-width:100%;border-collapse:collapse;margin:2mm 0 4mm;font-size:9.5pt}
th,td{border-bottom:1px solid #d0d7de;padding:1mm 1.5mm;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#f6f8fa;font-weight:600}
.num{text-align:right;font-variant-numeric:tabular-nums;width:1%;white-space:nowrap}
tr{break-inside:avoid}
figure{margin:3mm 0;break-inside:avoid}
figure svg{display:block;width:auto;height:auto;max-width:100%;max-height:225mm}
figcaption{font-size:9pt;color:#57606a}
@media print{body{max-width:none;padding:0}}
";

/// Text as a CSS string's contents: quotes and backslashes escaped, `<`
/// and `&` as code points (so `</style>` cannot appear and the page stays
/// well-formed XML as well as HTML), line breaks as `\A`,
/// other control characters dropped.
fn css_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '<' => out.push_str("\\3C "),
            '&' => out.push_str("\\26 "),
            '\n' => out.push_str("\\A "),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// The blocks as an HTML page.
pub(crate) fn to_html(blocks: &[Block], page: &HtmlPage) -> String {
    let mut out = String::with_capacity(64 * 1024);
    out.push_str("<!DOCTYPE html>\n");
    out.push_str(&format!("<html lang=\"{}\">\n<head>\n", page.lang.as_str()));
    out.push_str("<meta charset=\"utf-8\"/>\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
    out.push_str(&format!("<title>{}</title>\n", escape_xml(&page.title)));
    out.push_str("<style>\n");
    out.push_str(STYLE);
    out.push_str(&format!(
        "@page{{size:A4;margin:18mm 16mm 20mm;@top-center{{content:\"{}\";font-size:8.5pt;color:#57606a}}@bottom-right{{content:counter(page);font-size:8.5pt;color:#57606a}}}}\n",
        css_string(&page.running_header)
    ));
    out.push_str("</style>\n</head>\n<body>\n");
    body(&mut out, blocks);
    out.push_str("</body>\n</html>\n");
    out
}

/// The blocks as an HTML fragment for a notebook (`_repr_html_`): one
/// `<div>`, no style sheet.
pub(crate) fn to_html_fragment(blocks: &[Block], class: &str) -> String {
    let mut out = format!("<div class=\"{}\">\n", escape_xml(class));
    body(&mut out, blocks);
    out.push_str("</div>\n");
    out
}

/// The blocks' elements.
fn body(out: &mut String, blocks: &[Block]) {
    let mut chapter = 0;
    for block in blocks {
        match block {
            Block::Heading(level, t) => {
                let level = (*level).clamp(1, 4);
                if level == 2 {
                    chapter += 1;
                    out.push_str(&format!(
                        "<h2 id=\"bab-{chapter}\">{}</h2>\n",
                        escape_xml(t)
                    ));
                } else {
                    out.push_str(&format!("<h{level}>{}</h{level}>\n", escape_xml(t)));
                }
            }
            Block::Para(t) => out.push_str(&format!("<p>{}</p>\n", escape_xml(t))),
            Block::Note(t) => out.push_str(&format!("<p class=\"note\">{}</p>\n", escape_xml(t))),
            Block::List(items) => {
                out.push_str("<ul>\n");
                for item in items {
                    out.push_str(&format!("<li>{}</li>\n", escape_xml(item)));
                }
                out.push_str("</ul>\n");
            }
            Block::Table(head, rows) => {
                out.push_str("<table>\n<thead><tr>");
                for (h, num) in head {
                    let class = if *num { " class=\"num\"" } else { "" };
                    out.push_str(&format!("<th{class}>{}</th>", escape_xml(h)));
                }
                out.push_str("</tr></thead>\n<tbody>\n");
                for row in rows {
                    out.push_str("<tr>");
                    for (cell, (_, num)) in row.iter().zip(head) {
                        let class = if *num { " class=\"num\"" } else { "" };
                        out.push_str(&format!("<td{class}>{}</td>", escape_xml(cell)));
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</tbody>\n</table>\n");
            }
            Block::Figure(svg, caption) => {
                out.push_str("<figure>\n");
                out.push_str(
                    svg.trim_start_matches("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                        .trim(),
                );
                out.push_str(&format!(
                    "\n<figcaption>{}</figcaption>\n</figure>\n",
                    escape_xml(caption)
                ));
            }
        }
    }
}
