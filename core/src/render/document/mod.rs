//! A document as a list of blocks (headings, paragraphs, lists, tables,
//! figures), written once and rendered to Markdown or to one
//! self-contained HTML file. Text in a block is plain: each writer escapes
//! it for its format. Figures are SVG from the library's own renderers.

#[cfg(feature = "docx")]
mod docx;
mod html;
mod markdown;

#[cfg(feature = "docx")]
pub(crate) use docx::{to_docx, DocxPage};
pub(crate) use html::{to_html, to_html_fragment, HtmlPage};
pub(crate) use markdown::to_markdown;

/// One block of a document.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Block {
    /// A heading: level 1 (the title), 2 (a chapter: a new page in print),
    /// 3 or 4.
    Heading(u8, String),
    /// A paragraph.
    Para(String),
    /// A muted paragraph (notes, sources).
    Note(String),
    /// A bulleted list.
    List(Vec<String>),
    /// A table: column headers (`true` for a numeric column) and rows.
    Table(Vec<(String, bool)>, Vec<Vec<String>>),
    /// A figure: trusted SVG and its caption.
    Figure(String, String),
}

/// Blocks under construction.
#[derive(Default)]
pub(crate) struct Doc {
    pub blocks: Vec<Block>,
}

impl Doc {
    pub fn h(&mut self, level: u8, text: impl Into<String>) {
        self.blocks.push(Block::Heading(level, text.into()));
    }
    pub fn p(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Para(text.into()));
    }
    pub fn note(&mut self, text: impl Into<String>) {
        self.blocks.push(Block::Note(text.into()));
    }
    pub fn list(&mut self, items: Vec<String>) {
        if !items.is_empty() {
            self.blocks.push(Block::List(items));
        }
    }
    pub fn table(&mut self, head: &[(&str, bool)], rows: Vec<Vec<String>>) {
        let head = head.iter().map(|(h, n)| ((*h).to_owned(), *n)).collect();
        self.blocks.push(Block::Table(head, rows));
    }
    pub fn figure(&mut self, svg: String, caption: impl Into<String>) {
        self.blocks.push(Block::Figure(svg, caption.into()));
    }
}

/// Standard base64 (RFC 4648, with padding), for SVG data URIs.
pub(crate) fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(char::from(ABC[((n >> (18 - 6 * k)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc_4648() {
        // RFC 4648 §10 test vectors.
        let cases = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, encoded) in cases {
            assert_eq!(base64(plain.as_bytes()), encoded);
        }
    }

    #[test]
    fn both_writers_escape_names() {
        let mut d = Doc::default();
        d.h(2, "<script>alert(1)</script>");
        d.p("a | b <i>*x*</i> [l](u)");
        d.table(&[("<th>", false)], vec![vec!["<td>|".into()]]);
        let md = to_markdown(&d.blocks);
        assert!(!md.contains("<script>") && !md.contains("<i>") && !md.contains("<td>"));
        assert!(md.contains("\\*x\\*") && md.contains("\\[l\\](u)"));
        let page = HtmlPage {
            lang: crate::Lang::Id,
            title: "<t>".into(),
            running_header: "a\"b</style>".into(),
        };
        let html = to_html(&d.blocks, &page);
        assert!(!html.contains("<script>") && !html.contains("<t>") && !html.contains("<i>"));
        assert!(html.contains("&lt;script&gt;") && !html.contains("b</style>"));
    }
}
