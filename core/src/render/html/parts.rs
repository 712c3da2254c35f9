//! Words, inline styles and the table helper of the HTML fragments.

use crate::render::escape_xml;
use crate::text::Lang;
use std::fmt::Write as _;

/// The style of a fragment's outer `<div>`.
pub(super) const WRAP: &str = "font-family:system-ui,-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;font-size:13px;line-height:1.4;color:#1f2328;max-width:100%";
/// A heading and a sub-heading.
pub(super) const H3: &str = "margin:0 0 4px;font-size:16px;font-weight:600";
pub(super) const H4: &str = "margin:12px 0 4px;font-size:14px;font-weight:600";
/// A paragraph and muted text.
pub(super) const P: &str = "margin:2px 0";
pub(super) const MUTED: &str = "color:#57606a";
/// A box that scrolls sideways when its chart is wider than the cell.
pub(super) const SCROLL: &str = "overflow-x:auto;margin:6px 0";
const TABLE: &str = "border-collapse:collapse;margin:4px 0 8px";
const TH: &str =
    "padding:3px 8px;border-bottom:2px solid #d0d7de;background:#f6f8fa;font-weight:600";
const TD: &str = "padding:2px 8px;border-bottom:1px solid #eaeef2";
const NUM: &str = ";text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap";

/// Every label of the fragments, in one language.
pub(super) struct Words {
    pub index: &'static str,
    pub rated: &'static str,
    pub id: &'static str,
    pub name: &'static str,
    pub tier: &'static str,
    pub value: &'static str,
    pub schedule: &'static str,
    pub phase: &'static str,
    pub start: &'static str,
    pub finish: &'static str,
    pub cost: &'static str,
    pub slack: &'static str,
    pub critical: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub unscheduled: &'static str,
    pub spend: &'static str,
    pub year: &'static str,
    pub spent: &'static str,
    pub cap: &'static str,
    pub remaining: &'static str,
    pub architecture: &'static str,
    pub agencies: &'static str,
    pub elements: &'static str,
    pub relations: &'static str,
    pub domain: &'static str,
    pub without: &'static str,
    pub projection: &'static str,
    pub predicate: &'static str,
    pub finished: &'static str,
}

const ID: Words = Words {
    index: "Indeks",
    rated: "Indikator dinilai",
    id: "Id",
    name: "Nama",
    tier: "Jenjang",
    value: "Nilai",
    schedule: "Jadwal inisiatif",
    phase: "Fase",
    start: "Mulai",
    finish: "Selesai",
    cost: "Biaya",
    slack: "Kelonggaran (bln)",
    critical: "Kritis",
    yes: "ya",
    no: "tidak",
    unscheduled: "Tidak terjadwal",
    spend: "Belanja per tahun",
    year: "Tahun",
    spent: "Belanja",
    cap: "Pagu",
    remaining: "Sisa",
    architecture: "Arsitektur SPBE",
    agencies: "Instansi",
    elements: "Elemen",
    relations: "Relasi",
    domain: "Domain",
    without: "Instansi tanpa elemen",
    projection: "Proyeksi indeks",
    predicate: "Predikat",
    finished: "Inisiatif selesai",
};

const EN: Words = Words {
    index: "Index",
    rated: "Indicators rated",
    id: "Id",
    name: "Name",
    tier: "Tier",
    value: "Value",
    schedule: "Scheduled initiatives",
    phase: "Phase",
    start: "Start",
    finish: "Finish",
    cost: "Cost",
    slack: "Slack (months)",
    critical: "Critical",
    yes: "yes",
    no: "no",
    unscheduled: "Not scheduled",
    spend: "Spend per year",
    year: "Year",
    spent: "Spent",
    cap: "Cap",
    remaining: "Remaining",
    architecture: "SPBE architecture",
    agencies: "Agencies",
    elements: "Elements",
    relations: "Relations",
    domain: "Domain",
    without: "Agencies without elements",
    projection: "Projected index",
    predicate: "Predicate",
    finished: "Initiatives finished",
};

/// The words in `lang`.
pub(super) fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

/// A tier name as printed (`aspect` → "Aspek" in Indonesian); an unknown
/// tier is printed escaped as it is.
pub(super) fn tier_label(tier: &str, lang: Lang) -> String {
    let known = match (lang, tier) {
        (_, "domain") => "Domain",
        (Lang::Id, "aspect") => "Aspek",
        (Lang::En, "aspect") => "Aspect",
        (Lang::Id, "indicator") => "Indikator",
        (Lang::En, "indicator") => "Indicator",
        _ => return escape_xml(tier),
    };
    known.to_owned()
}

/// A column of [`table`]: its header and whether it holds numbers (right
/// aligned).
pub(super) type Col<'a> = (&'a str, bool);

/// A cell of [`table`]: HTML that is already escaped, and whether it is
/// printed in bold.
pub(super) struct Cell {
    pub html: String,
    pub bold: bool,
}

impl Cell {
    /// A plain cell.
    pub fn of(html: impl Into<String>) -> Cell {
        Cell {
            html: html.into(),
            bold: false,
        }
    }
}

/// Writes a table with a header row and one line per row.
pub(super) fn table(s: &mut String, class: &str, cols: &[Col<'_>], rows: &[Vec<Cell>]) {
    let _ = write!(
        s,
        "<table class=\"{class}\" style=\"{TABLE}\">\n<thead><tr>"
    );
    for (label, num) in cols {
        let align = if *num { NUM } else { ";text-align:left" };
        let _ = write!(s, "<th style=\"{TH}{align}\">{label}</th>");
    }
    s.push_str("</tr></thead>\n<tbody>\n");
    for row in rows {
        s.push_str("<tr>");
        for (cell, (_, num)) in row.iter().zip(cols) {
            let align = if *num { NUM } else { "" };
            let bold = if cell.bold { ";font-weight:600" } else { "" };
            let _ = write!(s, "<td style=\"{TD}{align}{bold}\">{}</td>", cell.html);
        }
        s.push_str("</tr>\n");
    }
    s.push_str("</tbody></table>\n");
}
