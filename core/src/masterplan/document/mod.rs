//! The masterplan document, generated from the model in Indonesian or
//! English:
//!
//! - a title page (labelled when the data are samples);
//! - 1 Pendahuluan: scope, sections, legal basis, the review of internal
//!   policy;
//! - 2 Kondisi saat ini: the baseline's domains, the official SPBE results
//!   (feature `spbe-results`), the index trend over the years (baseline,
//!   the government's own later assessments, the published results; from
//!   two points), the baseline's radar, each agency's latest assessment as
//!   a table and a radar each, the architecture's coverage heatmap, its
//!   duplicate applications and today's single points of failure by
//!   impact (top ten);
//! - 3 Analisis kebutuhan: each target met or missed; for a miss the
//!   fewest extra steps, the cheapest steps by the roadmap's costs
//!   ([`Masterplan::step_costs`]) and the initiatives left out; the
//!   cross-check findings;
//! - 4 Cetak biru: planned and retiring elements, and per domain the
//!   as-is and to-be counts (the plan's last year), added and retired;
//! - 5 Tahapan pengembangan: phases, critical path, Gantt;
//! - 6 Rencana implementasi: initiatives by the seven roadmap contents,
//!   yearly spend against the cap, unscheduled initiatives with their
//!   reason;
//! - 7 Proyeksi dan target;
//! - appendices: A, the indicators' levels at the baseline and in each
//!   agency's latest assessment (tables of at most six level columns); B,
//!   the element catalog; C, the ArchiMate file (counts and views).
//!
//! Every number comes from the model.

mod appendix;
mod blueprint;
mod condition;
mod intro;
mod landscape;
mod needs;
mod plan;
mod words;
mod words_more;

use super::Masterplan;
use crate::error::Result;
use crate::render::document::{to_html, to_html_fragment, to_markdown, Block, Doc, HtmlPage};
use crate::text::Lang;
use words::words;

impl Masterplan {
    /// The document's title and its pages' running header.
    fn title_and_header(&self, lang: Lang) -> (String, String) {
        let m = self.manifest();
        let gov = m.government.name.get(lang);
        let title = match &m.title {
            Some(t) => t.get(lang).to_owned(),
            None => format!("{} {gov}", words(lang).title),
        };
        let header = format!("{gov} — {}–{}", m.period.start, m.period.end);
        (title, header)
    }

    fn blocks(&self, lang: Lang) -> Result<Vec<Block>> {
        let w = words(lang);
        let outcomes = self.targets()?;
        let mut d = Doc::default();
        intro::title_page(self, &mut d, w, lang);
        intro::chapter(self, &mut d, w, lang);
        condition::current(self, &mut d, w, lang)?;
        needs::needs(self, &outcomes, &mut d, w, lang);
        blueprint::blueprint(self, &mut d, w, lang);
        plan::phases(self, &mut d, w, lang);
        plan::implementation(self, &mut d, w, lang);
        plan::projection(self, &outcomes, &mut d, w, lang);
        appendix::appendices(self, &mut d, w, lang);
        Ok(d.blocks)
    }

    /// The masterplan document as Markdown (GitHub-flavoured; charts as
    /// SVG data URIs, so the file stands alone). Names are escaped: text
    /// cannot open HTML or format. The same model gives the same bytes.
    pub fn to_markdown(&self, lang: Lang) -> Result<String> {
        Ok(to_markdown(&self.blocks(lang)?))
    }

    /// The masterplan document as one self-contained HTML file: inline CSS
    /// and SVG, no scripts, no external requests; printed on A4 each
    /// chapter starts a page, tables keep to the page's width, and every
    /// page carries the government's name. Names are escaped. The same
    /// model gives the same bytes.
    pub fn to_html(&self, lang: Lang) -> Result<String> {
        let blocks = self.blocks(lang)?;
        let (title, running_header) = self.title_and_header(lang);
        let page = HtmlPage {
            lang,
            title,
            running_header,
        };
        Ok(to_html(&blocks, &page))
    }

    /// A short summary as an HTML fragment (a notebook's display): the
    /// title, the period, the targets against the projection, and the
    /// cross-check findings.
    pub fn summary_html(&self, lang: Lang) -> Result<String> {
        let w = words(lang);
        let outcomes = self.targets()?;
        let mut d = Doc::default();
        let m = self.manifest();
        let title = match &m.title {
            Some(t) => t.get(lang).to_owned(),
            None => format!("{} {}", w.title, m.government.name.get(lang)),
        };
        d.h(3, title);
        d.p(format!("{}: {}–{}", w.period, m.period.start, m.period.end));
        if m.sample {
            d.note(w.sample);
        }
        plan::target_table(self, &outcomes, &mut d, w, lang);
        needs::findings(self, &mut d, 4, w, lang);
        Ok(to_html_fragment(&d.blocks, "egov-masterplan"))
    }

    /// The masterplan document as a Word file (`.docx` bytes, feature
    /// `docx`): the same chapters as [`Masterplan::to_html`], headings in
    /// Word's heading styles (each chapter on a new page), Word tables
    /// with a repeated header row, the charts as SVG pictures (Word 2016
    /// and later) each with the same chart rendered to PNG (what Word 2013,
    /// LibreOffice and python-docx show), a running header and page
    /// numbers, A4. The same model gives the same bytes.
    #[cfg(feature = "docx")]
    pub fn to_docx(&self, lang: Lang) -> Result<Vec<u8>> {
        let blocks = self.blocks(lang)?;
        let (title, running_header) = self.title_and_header(lang);
        let page = crate::render::document::DocxPage {
            lang,
            title,
            running_header,
        };
        crate::render::document::to_docx(&blocks, &page)
    }
}
