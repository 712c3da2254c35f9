//! Blocks as a Word document (`.docx`, Office Open XML): headings in Word's
//! own heading styles (so the navigation pane and a table of contents
//! find them; each chapter starts a page), tables as Word tables with a
//! repeated header row, bulleted lists, figures as SVG pictures (Word 2016
//! and later, LibreOffice) with the same figure rendered to PNG for older
//! readers and python-docx (see [`png`]), a
//! running header and page numbers, A4 portrait. Written by hand as a zip
//! of XML parts (feature `docx`); no date in it, so the same blocks give
//! the same bytes.

use super::Block;
use crate::error::{Error, Result};
use crate::render::escape_xml;
use crate::text::Lang;
use std::io::Write;
use zip::write::SimpleFileOptions;

mod parts;
mod png;

/// What the document says about itself.
pub(crate) struct DocxPage {
    /// The document's language.
    pub lang: Lang,
    /// Its title (document properties).
    pub title: String,
    /// The running header of every page.
    pub running_header: String,
}

/// The text width of A4 with 2 cm margins, in twentieths of a point.
const TEXT_TWIPS: u32 = 9638;
/// The widest and tallest picture, in EMU (17 cm × 23 cm).
const MAX_CX: u64 = 6_120_000;
const MAX_CY: u64 = 8_280_000;
/// The narrowest numeric column is half this, in twips (2 cm).
const NUM_TWIPS: u32 = 1134;

fn run(text: &str, bold: bool) -> String {
    let b = if bold { "<w:rPr><w:b/></w:rPr>" } else { "" };
    format!(
        "<w:r>{b}<w:t xml:space=\"preserve\">{}</w:t></w:r>",
        escape_xml(text)
    )
}

fn para(style: Option<&str>, extra: &str, body: &str) -> String {
    let style = style.map_or(String::new(), |s| format!("<w:pStyle w:val=\"{s}\"/>"));
    format!("<w:p><w:pPr>{style}{extra}</w:pPr>{body}</w:p>")
}

/// An SVG's size in pixels from its `width` and `height` attributes.
fn svg_size(svg: &str) -> (f64, f64) {
    let head = svg.split('>').next().unwrap_or("");
    let attr = |name: &str| -> f64 {
        head.split(&format!(" {name}=\""))
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .and_then(|v| v.trim_end_matches("px").parse().ok())
            .unwrap_or(480.0)
    };
    (attr("width"), attr("height"))
}

/// The picture's extent in EMU (9,525 per pixel), scaled to fit the page.
fn extent(svg: &str) -> (u64, u64) {
    let (w, h) = svg_size(svg);
    let (cx, cy) = ((w * 9525.0).max(1.0), (h * 9525.0).max(1.0));
    let scale = (MAX_CX as f64 / cx).min(MAX_CY as f64 / cy).min(1.0);
    ((cx * scale).round() as u64, (cy * scale).round() as u64)
}

fn table(head: &[(String, bool)], rows: &[Vec<String>]) -> String {
    // A numeric column is as wide as its longest value or header word (at
    // 9 pt, about 100 twips a character), the text columns share the rest.
    let widths: Vec<Option<u32>> = head
        .iter()
        .enumerate()
        .map(|(c, (h, num))| {
            num.then(|| {
                let word = h.split_whitespace().map(|w| w.chars().count()).max();
                let cell = rows
                    .iter()
                    .filter_map(|r| r.get(c))
                    .map(|t| t.chars().count())
                    .max();
                let longest = word.max(cell).unwrap_or(1) as u32;
                (longest * 100 + 240).clamp(NUM_TWIPS / 2, TEXT_TWIPS / 3)
            })
        })
        .collect();
    let fixed: u32 = widths.iter().flatten().sum();
    let texts = widths.iter().filter(|w| w.is_none()).count().max(1) as u32;
    let text_w = TEXT_TWIPS.saturating_sub(fixed) / texts;
    let widths: Vec<u32> = widths.iter().map(|w| w.unwrap_or(text_w)).collect();
    let mut s = String::from(
        "<w:tbl><w:tblPr><w:tblStyle w:val=\"EgovTable\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>",
    );
    for w in &widths {
        s.push_str(&format!("<w:gridCol w:w=\"{w}\"/>"));
    }
    s.push_str("</w:tblGrid>");
    let cell = |text: &str, num: bool, width: u32, header: bool| {
        let jc = if num { "<w:jc w:val=\"right\"/>" } else { "" };
        let shade = if header {
            "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F2F2F2\"/>"
        } else {
            ""
        };
        format!(
            "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>{shade}</w:tcPr>{}</w:tc>",
            para(Some("TableText"), jc, &run(text, header))
        )
    };
    s.push_str("<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>");
    for ((h, num), w) in head.iter().zip(&widths) {
        s.push_str(&cell(h, *num, *w, true));
    }
    s.push_str("</w:tr>");
    for row in rows {
        s.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        for (text, ((_, num), w)) in row.iter().zip(head.iter().zip(&widths)) {
            s.push_str(&cell(text, *num, *w, false));
        }
        s.push_str("</w:tr>");
    }
    s.push_str("</w:tbl>");
    // Word needs a paragraph between two tables, and one after the last.
    s.push_str(&para(Some("TableGap"), "", ""));
    s
}

fn figure(n: usize, svg: &str, caption: &str) -> String {
    let (cx, cy) = extent(svg);
    let (png, svg_id) = (format!("rIdImg{n}"), format!("rIdSvg{n}"));
    let descr = escape_xml(caption);
    let drawing = format!(
        "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"{cx}\" cy=\"{cy}\"/><wp:docPr id=\"{n}\" name=\"Figure {n}\" descr=\"{descr}\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:nvPicPr><pic:cNvPr id=\"{n}\" name=\"figure{n}.svg\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"{png}\"><a:extLst><a:ext uri=\"{{96DAC541-7B7A-43D3-8B79-37D633B846F1}}\"><asvg:svgBlip r:embed=\"{svg_id}\"/></a:ext></a:extLst></a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{cx}\" cy=\"{cy}\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    );
    para(Some("Figure"), "", &drawing) + &para(Some("Caption"), "", &run(caption, false))
}

/// The document body and its figures' SVG.
fn body(blocks: &[Block]) -> (String, Vec<String>) {
    let mut s = String::with_capacity(256 * 1024);
    let mut svgs = Vec::new();
    for block in blocks {
        match block {
            Block::Heading(level, t) => {
                let style = match level {
                    1 => "Title",
                    2 => "Heading1",
                    3 => "Heading2",
                    _ => "Heading3",
                };
                s.push_str(&para(Some(style), "", &run(t, false)));
            }
            Block::Para(t) => s.push_str(&para(None, "", &run(t, false))),
            Block::Note(t) => s.push_str(&para(Some("Note"), "", &run(t, false))),
            Block::List(items) => {
                for item in items {
                    s.push_str(&para(Some("ListBullet"), "", &run(item, false)));
                }
            }
            Block::Table(head, rows) => s.push_str(&table(head, rows)),
            Block::Figure(svg, caption) => {
                svgs.push(svg.clone());
                s.push_str(&figure(svgs.len(), svg, caption));
            }
        }
    }
    (s, svgs)
}

fn zip_error(e: impl std::fmt::Display) -> Error {
    Error::field("document", "docx", format!("could not write the file: {e}"))
}

/// The blocks as `.docx` bytes.
pub(crate) fn to_docx(blocks: &[Block], page: &DocxPage) -> Result<Vec<u8>> {
    let (body, svgs) = body(blocks);
    let mut files: Vec<(String, Vec<u8>)> = vec![
        ("[Content_Types].xml".into(), parts::CONTENT_TYPES.into()),
        ("_rels/.rels".into(), parts::ROOT_RELS.into()),
        (
            "docProps/core.xml".into(),
            parts::core_properties(&page.title, page.lang).into_bytes(),
        ),
        (
            "word/document.xml".into(),
            parts::document(&body).into_bytes(),
        ),
        (
            "word/_rels/document.xml.rels".into(),
            parts::document_rels(svgs.len()).into_bytes(),
        ),
        (
            "word/styles.xml".into(),
            parts::styles(page.lang).into_bytes(),
        ),
        ("word/numbering.xml".into(), parts::NUMBERING.into()),
        (
            "word/header1.xml".into(),
            parts::header(&page.running_header).into_bytes(),
        ),
        ("word/footer1.xml".into(), parts::FOOTER.into()),
    ];
    for (k, svg) in svgs.iter().enumerate() {
        let n = k + 1;
        files.push((
            format!("word/media/figure{n}.png"),
            png::svg_to_png(svg).unwrap_or_else(|| parts::BLANK_PNG.to_vec()),
        ));
        files.push((
            format!("word/media/figure{n}.svg"),
            svg.clone().into_bytes(),
        ));
    }
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in files {
        zip.start_file(name, options).map_err(zip_error)?;
        zip.write_all(&data).map_err(zip_error)?;
    }
    Ok(zip.finish().map_err(zip_error)?.into_inner())
}
