//! A figure's SVG rendered to PNG (resvg), the picture Word's older readers
//! show: Word 2013, Google Docs imports and everything built on python-docx
//! see the PNG; Word 2016 and later and LibreOffice show the SVG.
//!
//! Text is set in the DejaVu Sans Condensed subsets (about Arial's width,
//! which the figures are laid out for) the crate embeds (`core/fonts/`,
//! see its README), never in the machine's fonts, so a figure gives the
//! same pixels on every machine and in wasm32. Characters outside the
//! subsets show as the font's empty box.

use std::sync::{Arc, OnceLock};

/// DejaVu Sans Condensed, regular and bold, Latin subsets (`core/fonts/README.md`).
const REGULAR: &[u8] = include_bytes!("../../../../fonts/DejaVuSansCondensed-subset.ttf");
const BOLD: &[u8] = include_bytes!("../../../../fonts/DejaVuSansCondensed-Bold-subset.ttf");
/// The family every generic and unknown font name falls back to.
const FAMILY: &str = "DejaVu Sans Condensed";

/// Pixels per SVG pixel: twice the SVG's size, sharp when printed at the
/// document's 17 cm width.
const SCALE: f32 = 2.0;
/// The largest side of a rendered picture, in pixels; a taller figure (a
/// long Gantt chart) is rendered smaller rather than refused.
const MAX_SIDE: f32 = 8192.0;

/// The embedded fonts, loaded once.
fn fonts() -> Arc<resvg::usvg::fontdb::Database> {
    static FONTS: OnceLock<Arc<resvg::usvg::fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = resvg::usvg::fontdb::Database::new();
            db.load_font_data(REGULAR.to_vec());
            db.load_font_data(BOLD.to_vec());
            db.set_sans_serif_family(FAMILY);
            db.set_serif_family(FAMILY);
            db.set_monospace_family(FAMILY);
            db.set_cursive_family(FAMILY);
            db.set_fantasy_family(FAMILY);
            Arc::new(db)
        })
        .clone()
}

/// The SVG as a PNG on a white background, or `None` when it cannot be
/// read or has no area (the caller then embeds a blank picture).
pub(super) fn svg_to_png(svg: &str) -> Option<Vec<u8>> {
    let options = resvg::usvg::Options {
        font_family: FAMILY.to_owned(),
        fontdb: fonts(),
        ..resvg::usvg::Options::default()
    };
    let tree = resvg::usvg::Tree::from_str(svg, &options).ok()?;
    let size = tree.size();
    let longest = size.width().max(size.height());
    let scale = SCALE.min(MAX_SIDE / longest);
    let width = (size.width() * scale).ceil() as u32;
    let height = (size.height() * scale).ceil() as u32;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(width, height)?;
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The PNG's width and height, from its IHDR chunk.
    fn dimensions(png: &[u8]) -> (u32, u32) {
        let be = |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
        (be(16), be(20))
    }

    #[test]
    fn a_figure_renders_at_twice_its_size_with_its_text() {
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect x="0" y="0" width="60" height="40" fill="#000000"/><text x="70" y="30" font-family="Segoe UI, sans-serif" font-size="20">Ab</text></svg>"##;
        let png = svg_to_png(svg).expect("renders");
        assert_eq!(&png[1..4], b"PNG");
        assert_eq!(dimensions(&png), (240, 80));
        // Without the text the right half is blank; with it, it is not: the
        // embedded font drew the letters.
        let blank = svg_to_png(&svg.replace(">Ab<", "><")).expect("renders");
        assert_ne!(png, blank);
    }

    #[test]
    fn a_very_tall_figure_is_rendered_smaller() {
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="100" height="10000"></svg>"#;
        let png = svg_to_png(svg).expect("renders");
        assert_eq!(dimensions(&png), (82, 8192));
    }

    #[test]
    fn what_is_not_an_svg_gives_none() {
        assert_eq!(svg_to_png("not svg"), None);
        assert_eq!(
            svg_to_png(r#"<svg xmlns="http://www.w3.org/2000/svg" width="0" height="0"></svg>"#),
            None
        );
    }
}
