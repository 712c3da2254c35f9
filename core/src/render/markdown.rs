//! A scorecard as Markdown: a heading, the index and predicate, the groups
//! and the indicators as GFM tables.

use super::escape_markdown_cell as esc;
use crate::scoring::Scorecard;
use crate::text::Lang;
use std::fmt::Write as _;

/// Words the report prints, by language.
struct Words {
    index: &'static str,
    rated: &'static str,
    indicators: &'static str,
    id: &'static str,
    name: &'static str,
    tier: &'static str,
    level: &'static str,
    value: &'static str,
    contribution: &'static str,
}

const ID: Words = Words {
    index: "Indeks",
    rated: "Indikator dinilai",
    indicators: "Indikator",
    id: "Id",
    name: "Nama",
    tier: "Jenjang",
    level: "Tingkat",
    value: "Nilai",
    contribution: "Kontribusi",
};

const EN: Words = Words {
    index: "Index",
    rated: "Indicators rated",
    indicators: "Indicators",
    id: "Id",
    name: "Name",
    tier: "Tier",
    level: "Level",
    value: "Value",
    contribution: "Contribution",
};

/// A tier name as printed (`aspect` → "Aspek" in Indonesian).
fn tier_label(tier: &str, lang: Lang) -> String {
    match (lang, tier) {
        (Lang::Id, "domain") => "Domain".into(),
        (Lang::Id, "aspect") => "Aspek".into(),
        (Lang::Id, "indicator") => "Indikator".into(),
        (Lang::En, "domain") => "Domain".into(),
        (Lang::En, "aspect") => "Aspect".into(),
        (Lang::En, "indicator") => "Indicator".into(),
        _ => esc(tier),
    }
}

/// Renders a scorecard as Markdown.
///
/// A `##` heading with the subject, period and framework id; a line with the
/// index in bold and the predicate; a table of every group (domain, aspect,
/// …) in framework order, top-tier rows in bold; a table of the indicators
/// with the level given and what each adds to the index (4 decimals).
/// Headers are in `lang`; subjects and names are escaped with
/// [`escape_markdown_cell`](super::escape_markdown_cell).
///
/// ```
/// use egov_masterplan::{Assessment, Framework, Lang, render::scorecard_markdown};
/// let fw = Framework::builtin("spbe-2020")?;
/// let mut a = Assessment::new("bkpsdm", 2023);
/// for i in 1..=47 { a.set(format!("I{i}"), 3); }
/// a.set("I11", 4).set("I14", 2);
/// let md = scorecard_markdown(&fw.score(&a)?, Lang::Id);
/// assert!(md.starts_with("## bkpsdm — 2023 (spbe-2020)\n"));
/// assert!(md.contains("Indeks: **3.00** — Baik"));
/// assert!(md.contains("| A2 | Perencanaan Strategis SPBE | Aspek | 3.00 |"));
/// // 4 × 2.5 / 100 = 0.1
/// assert!(md.contains("| I11 | Tingkat Kematangan Arsitektur SPBE Instansi Pusat/Pemerintah Daerah | 4 | 0.1000 |"));
/// # Ok::<(), egov_masterplan::Error>(())
/// ```
pub fn scorecard_markdown(card: &Scorecard, lang: Lang) -> String {
    let w = match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    };
    let fw = card.framework();
    let mut s = String::with_capacity(4096);
    let _ = writeln!(
        s,
        "## {} — {} ({})\n",
        esc(card.subject()),
        card.period(),
        esc(fw.id())
    );
    let _ = writeln!(
        s,
        "{}: **{}** — {}\n",
        w.index,
        card.index_decimal(),
        esc(card.predicate().label.get(lang))
    );
    let coverage = card.coverage();
    let _ = writeln!(s, "{}: {}/{}\n", w.rated, coverage.rated, coverage.total);

    let top = fw.tiers().first().map(String::as_str).unwrap_or_default();
    let groups = card.nodes();
    if !groups.is_empty() {
        let _ = writeln!(s, "| {} | {} | {} | {} |", w.id, w.name, w.tier, w.value);
        s.push_str("|---|---|---|---:|\n");
        for g in groups {
            let name = fw
                .node(&g.id)
                .map(|n| esc(n.name().get(lang)))
                .unwrap_or_default();
            let value = g.rounded.map_or_else(|| "–".to_owned(), |d| d.to_string());
            let row = [esc(&g.id), name, tier_label(&g.tier, lang), value];
            if g.tier == top {
                let _ = writeln!(
                    s,
                    "| **{}** | **{}** | {} | **{}** |",
                    row[0], row[1], row[2], row[3]
                );
            } else {
                let _ = writeln!(s, "| {} | {} | {} | {} |", row[0], row[1], row[2], row[3]);
            }
        }
        s.push('\n');
    }

    let _ = writeln!(s, "### {}\n", w.indicators);
    let _ = writeln!(
        s,
        "| {} | {} | {} | {} |",
        w.id, w.name, w.level, w.contribution
    );
    s.push_str("|---|---|---:|---:|\n");
    for i in card.indicators() {
        let name = fw
            .node(&i.id)
            .map(|n| esc(n.name().get(lang)))
            .unwrap_or_default();
        let level = match (i.level, i.counted) {
            (Some(l), _) => l.to_string(),
            (None, Some(c)) => format!("– ({c})"),
            (None, None) => "–".to_owned(),
        };
        let _ = writeln!(
            s,
            "| {} | {} | {} | {:.4} |",
            esc(&i.id),
            name,
            level,
            i.contribution.to_f64()
        );
    }
    s
}

#[cfg(test)]
#[allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::{
        scoring::{MissingPolicy, ScoreOptions},
        Assessment, Framework,
    };

    const HOSTILE: &str = "<script>alert(1)</script>\"><img src=x onerror=alert(1)> & | x";

    fn card(subject: &str) -> Scorecard {
        let fw = Framework::builtin("spbe-2020").expect("built-in");
        let mut a = Assessment::new(subject, 2023);
        for i in 1..=47 {
            a.set(format!("I{i}"), 1 + (i % 5));
        }
        fw.score(&a).expect("scores")
    }

    #[test]
    fn hostile_subject_is_escaped() {
        let md = scorecard_markdown(&card(HOSTILE), Lang::En);
        assert!(!md.contains("<script>"));
        assert!(!md.contains("<img"));
        assert!(!md.contains(" & "));
        assert!(md.contains(
            "## &lt;script&gt;alert(1)&lt;/script&gt;\"&gt;&lt;img src=x onerror=alert(1)&gt; &amp; \\| x — 2023"
        ));
    }

    #[test]
    fn tables_list_every_node_with_its_value() {
        let c = card("bpkad");
        let md = scorecard_markdown(&c, Lang::En);
        for n in c.nodes() {
            let v = n.rounded.map(|d| d.to_string()).expect("rated");
            let row = md
                .lines()
                .find(|l| {
                    l.starts_with(&format!("| {} |", n.id))
                        || l.starts_with(&format!("| **{}** |", n.id))
                })
                .expect("a row per group");
            assert!(
                row.ends_with(&format!(" {v} |")) || row.ends_with(&format!(" **{v}** |")),
                "{row}"
            );
        }
        // 4 group rows + 47 indicator rows + 2 header rows + 2 rule rows
        assert_eq!(
            md.lines().filter(|l| l.starts_with('|')).count(),
            12 + 47 + 4
        );
        assert!(md.contains("| **D1** | **Internal SPBE policy** | Domain | **"));
        assert!(md.contains("| Id | Name | Level | Contribution |"));
        // I47: level 1 + 47 % 5 = 3, weight 3 → 0.09
        assert!(md.contains("| I47 | "), "{md}");
        assert!(md.contains(" | 3 | 0.0900 |"));
        assert_eq!(md, scorecard_markdown(&c, Lang::En));
    }

    #[test]
    fn indonesian_headers_and_unrated_rows() {
        let fw = Framework::builtin("spbe-2020").expect("built-in");
        let mut a = Assessment::new("dpmptsp", 2022);
        a.set("I1", 3);
        let opts = ScoreOptions {
            missing: MissingPolicy::Lowest,
            ..Default::default()
        };
        let md = scorecard_markdown(&fw.score_with(&a, &opts).expect("scores"), Lang::Id);
        assert!(md.contains("| Id | Nama | Jenjang | Nilai |"));
        assert!(md.contains("| Id | Nama | Tingkat | Kontribusi |"));
        assert!(md.contains("Indikator dinilai: 1/47"));
        assert!(md.contains("| I2 | ") && md.contains(" | – (1) | 0.0130 |"));
    }
}
