//! The fixed parts of the Word document: content types, relationships,
//! styles, numbering, header and footer.

use crate::render::escape_xml;
use crate::text::Lang;

const XML: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

pub(super) const CONTENT_TYPES: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">",
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>",
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>",
    "<Default Extension=\"png\" ContentType=\"image/png\"/>",
    "<Default Extension=\"svg\" ContentType=\"image/svg+xml\"/>",
    "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>",
    "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>",
    "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>",
    "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>",
    "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>",
    "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>",
    "</Types>"
);

pub(super) const ROOT_RELS: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>",
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>",
    "</Relationships>"
);

/// A 1×1 white PNG: the fallback picture of an SVG that cannot be rendered
/// (which the document's own figures always can).
pub(super) const BLANK_PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x90, 0x77, 0x53,
    0xDE, 0x00, 0x00, 0x00, 0x0C, 0x49, 0x44, 0x41, 0x54, 0x78, 0xDA, 0x63, 0xF8, 0xFF, 0xFF, 0x3F,
    0x00, 0x05, 0xFE, 0x02, 0xFE, 0x33, 0x12, 0x95, 0x14, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E,
    0x44, 0xAE, 0x42, 0x60, 0x82,
];

pub(super) fn core_properties(title: &str, lang: Lang) -> String {
    let language = match lang {
        Lang::Id => "id-ID",
        Lang::En => "en-GB",
    };
    format!(
        "{XML}<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{}</dc:title><dc:creator>egov-masterplan</dc:creator><dc:language>{language}</dc:language></cp:coreProperties>",
        escape_xml(title)
    )
}

pub(super) fn document(body: &str) -> String {
    format!(
        "{XML}<w:document xmlns:w=\"{W}\" xmlns:r=\"{R}\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\" xmlns:asvg=\"http://schemas.microsoft.com/office/drawing/2016/SVG/main\"><w:body>{body}<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"
    )
}

pub(super) fn document_rels(figures: usize) -> String {
    let mut s = format!(
        "{XML}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rIdStyles\" Type=\"{REL}/styles\" Target=\"styles.xml\"/><Relationship Id=\"rIdNumbering\" Type=\"{REL}/numbering\" Target=\"numbering.xml\"/><Relationship Id=\"rIdHeader\" Type=\"{REL}/header\" Target=\"header1.xml\"/><Relationship Id=\"rIdFooter\" Type=\"{REL}/footer\" Target=\"footer1.xml\"/>"
    );
    for n in 1..=figures {
        s.push_str(&format!(
            "<Relationship Id=\"rIdImg{n}\" Type=\"{REL}/image\" Target=\"media/figure{n}.png\"/><Relationship Id=\"rIdSvg{n}\" Type=\"{REL}/image\" Target=\"media/figure{n}.svg\"/>"
        ));
    }
    s.push_str("</Relationships>");
    s
}

/// A paragraph style: id, built-in name, based on, paragraph and run
/// properties.
fn style(id: &str, name: &str, based: &str, ppr: &str, rpr: &str) -> String {
    let based = if based.is_empty() {
        String::new()
    } else {
        format!("<w:basedOn w:val=\"{based}\"/>")
    };
    format!(
        "<w:style w:type=\"paragraph\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/>{based}<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
    )
}

pub(super) fn styles(lang: Lang) -> String {
    let language = match lang {
        Lang::Id => "id-ID",
        Lang::En => "en-GB",
    };
    let heading = |level: u8, size: u8, extra: &str| {
        style(
            &format!("Heading{level}"),
            &format!("heading {level}"),
            "Normal",
            &format!(
                "<w:keepNext/><w:keepLines/>{extra}<w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"{}\"/>",
                level - 1
            ),
            &format!("<w:b/><w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/>"),
        )
    };
    let mut s = format!(
        "{XML}<w:styles xmlns:w=\"{W}\"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\" w:eastAsia=\"Arial\"/><w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/><w:lang w:val=\"{language}\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"100\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
    );
    s.push_str("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>");
    s.push_str(&style(
        "Title",
        "Title",
        "Normal",
        "<w:spacing w:before=\"2400\" w:after=\"480\"/>",
        "<w:b/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/>",
    ));
    s.push_str(&heading(1, 32, "<w:pageBreakBefore/>"));
    s.push_str(&heading(2, 26, ""));
    s.push_str(&heading(3, 22, ""));
    s.push_str(&style(
        "Note",
        "Note",
        "Normal",
        "",
        "<w:color w:val=\"57606A\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>",
    ));
    s.push_str(&style(
        "Caption",
        "caption",
        "Normal",
        "<w:spacing w:after=\"200\"/>",
        "<w:i/><w:color w:val=\"57606A\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>",
    ));
    s.push_str(&style(
        "ListBullet",
        "List Bullet",
        "Normal",
        "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr><w:spacing w:after=\"40\"/>",
        "",
    ));
    s.push_str(&style(
        "Figure",
        "Figure",
        "Normal",
        "<w:keepNext/><w:jc w:val=\"center\"/><w:spacing w:before=\"120\" w:after=\"60\"/>",
        "",
    ));
    s.push_str(&style(
        "TableText",
        "Table Text",
        "Normal",
        "<w:spacing w:before=\"20\" w:after=\"20\" w:line=\"240\" w:lineRule=\"auto\"/>",
        "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>",
    ));
    s.push_str(&style(
        "TableGap",
        "Table Gap",
        "Normal",
        "<w:spacing w:after=\"0\" w:line=\"120\" w:lineRule=\"exact\"/>",
        "<w:sz w:val=\"8\"/>",
    ));
    s.push_str(&style(
        "Header",
        "header",
        "Normal",
        "<w:jc w:val=\"center\"/>",
        "<w:color w:val=\"57606A\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>",
    ));
    s.push_str(&style(
        "Footer",
        "footer",
        "Normal",
        "<w:jc w:val=\"right\"/>",
        "<w:color w:val=\"57606A\"/><w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>",
    ));
    s.push_str("<w:style w:type=\"table\" w:styleId=\"EgovTable\"><w:name w:val=\"Egov Table\"/><w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"D0D7DE\"/><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"D0D7DE\"/><w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"D0D7DE\"/></w:tblBorders><w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");
    s.push_str("</w:styles>");
    s
}

pub(super) const NUMBERING: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">",
    "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>",
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\u{2022}\"/>",
    "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"360\" w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum>",
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>"
);

pub(super) fn header(text: &str) -> String {
    format!(
        "{XML}<w:hdr xmlns:w=\"{W}\"><w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p></w:hdr>",
        escape_xml(text)
    )
}

pub(super) const FOOTER: &str = concat!(
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n",
    "<w:ftr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>",
    "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>",
    "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:ftr>"
);
