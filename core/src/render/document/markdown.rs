//! Blocks as GitHub-flavoured Markdown: figures as SVG data URIs, so the
//! file stands alone.

use super::{base64, Block};
use crate::render::escape_markdown_cell;

/// Text for a paragraph or list item: a table cell's escaping (no raw
/// HTML, no line breaks) plus the characters that would format.
fn text(s: &str) -> String {
    let cell = escape_markdown_cell(s);
    let mut out = String::with_capacity(cell.len());
    for c in cell.chars() {
        if matches!(c, '*' | '_' | '[' | ']' | '`' | '#' | '!' | '~') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The blocks as Markdown, one blank line between blocks.
pub(crate) fn to_markdown(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        match block {
            Block::Heading(level, t) => {
                out.push_str(&"#".repeat(usize::from((*level).clamp(1, 6))));
                out.push(' ');
                out.push_str(&text(t));
                out.push('\n');
            }
            Block::Para(t) => {
                out.push_str(&text(t));
                out.push('\n');
            }
            Block::Note(t) => {
                out.push('*');
                out.push_str(&text(t));
                out.push_str("*\n");
            }
            Block::List(items) => {
                for item in items {
                    out.push_str("- ");
                    out.push_str(&text(item));
                    out.push('\n');
                }
            }
            Block::Table(head, rows) => {
                let cells: Vec<String> =
                    head.iter().map(|(h, _)| escape_markdown_cell(h)).collect();
                out.push_str(&format!("| {} |\n", cells.join(" | ")));
                let rule: Vec<&str> = head
                    .iter()
                    .map(|(_, num)| if *num { "---:" } else { "---" })
                    .collect();
                out.push_str(&format!("|{}|\n", rule.join("|")));
                for row in rows {
                    let cells: Vec<String> = row.iter().map(|c| escape_markdown_cell(c)).collect();
                    out.push_str(&format!("| {} |\n", cells.join(" | ")));
                }
            }
            Block::Figure(svg, caption) => {
                out.push_str(&format!(
                    "![{}](data:image/svg+xml;base64,{})\n",
                    text(caption),
                    base64(svg.as_bytes())
                ));
            }
        }
        out.push('\n');
    }
    out
}
