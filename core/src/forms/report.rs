//! The consolidation report as canonical JSON and as an HTML fragment.

use super::batch::{Consolidation, ConsolidationRow, ReturnStatus};
use crate::render::escape_xml;
use crate::text::Lang;
use serde_json::{json, Value};
use std::fmt::Write as _;

impl ConsolidationRow {
    pub(crate) fn value(&self) -> Value {
        let changes: Vec<Value> = self
            .changes
            .iter()
            .map(|c| json!({"indicator": c.indicator, "from": c.from, "to": c.to}))
            .collect();
        json!({
            "subject": self.subject,
            "period": self.period,
            "status": self.status.as_str(),
            "files": self.files,
            "rated": self.rated,
            "empty": self.empty,
            "problems": self.problems,
            "changes": changes,
        })
    }
}

impl ReturnStatus {
    /// The status in words.
    pub fn label(self, lang: Lang) -> &'static str {
        match (lang, self) {
            (Lang::Id, ReturnStatus::Complete) => "lengkap",
            (Lang::Id, ReturnStatus::Incomplete) => "belum lengkap",
            (Lang::Id, ReturnStatus::Invalid) => "ada isian tidak sah",
            (Lang::Id, ReturnStatus::Duplicate) => "berkas ganda",
            (Lang::Id, ReturnStatus::Missing) => "belum kembali",
            (Lang::Id, ReturnStatus::Unreadable) => "tidak terbaca",
            (Lang::En, ReturnStatus::Complete) => "complete",
            (Lang::En, ReturnStatus::Incomplete) => "incomplete",
            (Lang::En, ReturnStatus::Invalid) => "invalid entries",
            (Lang::En, ReturnStatus::Duplicate) => "duplicate files",
            (Lang::En, ReturnStatus::Missing) => "not returned",
            (Lang::En, ReturnStatus::Unreadable) => "unreadable",
        }
    }
}

impl Consolidation {
    /// The report as canonical JSON: `{"rows": [{subject, period, status,
    /// files, rated, empty, problems, changes: [{indicator, from, to}]}]}`
    /// (the assessments are read with `Assessment::to_json` each).
    pub fn to_json(&self) -> String {
        let rows: Vec<Value> = self.rows.iter().map(ConsolidationRow::value).collect();
        json!({ "rows": rows }).to_string()
    }

    /// The report as lines of text, one per agency, in `lang` (for a
    /// terminal or a log).
    pub fn to_text(&self, lang: Lang) -> String {
        let mut s = String::new();
        for r in &self.rows {
            let period = r.period.map(|p| format!(" {p}")).unwrap_or_default();
            let _ = write!(s, "{}{}: {}", r.subject, period, r.status.label(lang));
            if !r.files.is_empty() {
                let _ = write!(s, " [{}]", r.files.join(", "));
            }
            if r.rated + r.empty.len() > 0 {
                let (rated, empty) = match lang {
                    Lang::Id => ("dinilai", "kosong"),
                    Lang::En => ("rated", "empty"),
                };
                let _ = write!(s, "; {rated} {}, {empty} {}", r.rated, r.empty.len());
            }
            for c in &r.changes {
                let _ = write!(s, "; {} {} → {}", c.indicator, c.from, c.to);
            }
            s.push('\n');
            for p in &r.problems {
                let _ = writeln!(s, "    {p}");
            }
        }
        s
    }

    /// The report as an HTML fragment (a notebook's display): one row per
    /// agency with its status, files, counts, problems and flagged
    /// changes. Every text is escaped.
    ///
    /// ```
    /// use egov_masterplan::{forms::{consolidate, ConsolidationOptions, ReturnedFile}, Framework, Lang};
    /// let fw = Framework::builtin("spbe-2020")?;
    /// let files = [ReturnedFile::new("<b>.xlsx", b"not a workbook".to_vec())];
    /// let html = consolidate(&files, &fw, &ConsolidationOptions::default())?.to_html(Lang::En);
    /// assert!(html.contains("&lt;b&gt;.xlsx") && html.contains(">unreadable<"));
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn to_html(&self, lang: Lang) -> String {
        let head = match lang {
            Lang::Id => [
                "Instansi",
                "Periode",
                "Status",
                "Berkas",
                "Dinilai",
                "Kosong",
                "Masalah",
                "Perubahan besar",
            ],
            Lang::En => [
                "Agency",
                "Period",
                "Status",
                "Files",
                "Rated",
                "Empty",
                "Problems",
                "Large changes",
            ],
        };
        let th =
            "padding:3px 8px;border-bottom:2px solid #d0d7de;background:#f6f8fa;text-align:left";
        let td = "padding:2px 8px;border-bottom:1px solid #eaeef2;vertical-align:top";
        let mut s = String::from(
            "<div class=\"egov-consolidation\" style=\"font-family:system-ui,sans-serif;font-size:13px\">\n\
             <table style=\"border-collapse:collapse\"><thead><tr>",
        );
        for h in head {
            let _ = write!(s, "<th style=\"{th}\">{h}</th>");
        }
        s.push_str("</tr></thead>\n<tbody>\n");
        for r in &self.rows {
            let changes: Vec<String> = r
                .changes
                .iter()
                .map(|c| format!("{} {} → {}", escape_xml(&c.indicator), c.from, c.to))
                .collect();
            let problems: Vec<String> = r.problems.iter().map(|p| escape_xml(p)).collect();
            let files: Vec<String> = r.files.iter().map(|f| escape_xml(f)).collect();
            let cells = [
                escape_xml(&r.subject),
                r.period.map(|p| p.to_string()).unwrap_or_default(),
                r.status.label(lang).to_owned(),
                files.join("<br>"),
                r.rated.to_string(),
                r.empty.len().to_string(),
                problems.join("<br>"),
                changes.join("<br>"),
            ];
            s.push_str("<tr>");
            for c in cells {
                let _ = write!(s, "<td style=\"{td}\">{c}</td>");
            }
            s.push_str("</tr>\n");
        }
        s.push_str("</tbody></table></div>\n");
        s
    }
}
