//! The notebook fragment of a table of published results: what it holds
//! (rows per year and kind) and the latest year's distribution chart.

use super::parts::{table, Cell, Col, H3, MUTED, P, SCROLL, WRAP};
use crate::benchmark::{Benchmark, Cohort, InstitutionKind};
use crate::render::{benchmark_distribution_svg, escape_xml, BenchmarkChartOptions};
use crate::text::Lang;
use std::fmt::Write as _;

/// The fragment's own words.
struct Words {
    title: &'static str,
    rows: &'static str,
    framework: &'static str,
    year: &'static str,
    total: &'static str,
}

const ID: Words = Words {
    title: "Hasil evaluasi SPBE yang dipublikasikan",
    rows: "baris",
    framework: "kerangka",
    year: "Tahun",
    total: "Jumlah",
};

const EN: Words = Words {
    title: "Published SPBE evaluation results",
    rows: "rows",
    framework: "framework",
    year: "Year",
    total: "Total",
};

/// Renders a table of published results as an HTML fragment.
///
/// One `<div class="egov-benchmark">` holding a heading, the number of
/// rows and the framework, a table of rows per year and kind of
/// institution, and the histogram of the latest year's index among the
/// regional governments ([`benchmark_distribution_svg`]; among every
/// institution when the table has no regional row; left out when no row of
/// that year has an index). Labels are in `lang`; names are escaped.
///
/// ```
/// # #[cfg(feature = "spbe-results")] {
/// use egov_masterplan::{benchmark::Benchmark, render::benchmark_html, Lang};
/// let html = benchmark_html(&Benchmark::spbe_published()?, Lang::En);
/// assert!(html.starts_with(r#"<div class="egov-benchmark""#));
/// assert!(html.contains("1236 rows, framework spbe-2020"));
/// // 2024: 615 rows, of them 392 kabupaten (the .md beside the CSV, "Counts").
/// assert!(html.contains(">2024</td>") && html.contains(">392</td>") && html.contains(">615</td>"));
/// assert!(html.contains("<svg") && html.contains("(n = 523)"));
/// # }
/// # Ok::<(), egov_masterplan::Error>(())
/// ```
pub fn benchmark_html(b: &Benchmark, lang: Lang) -> String {
    let w = match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    };
    let mut s = String::with_capacity(32_768);
    let _ = writeln!(s, "<div class=\"egov-benchmark\" style=\"{WRAP}\">");
    let _ = writeln!(s, "<h3 style=\"{H3}\">{}</h3>", w.title);
    let _ = writeln!(
        s,
        "<p style=\"{P};{MUTED}\">{} {}, {} {}</p>",
        b.rows().len(),
        w.rows,
        w.framework,
        escape_xml(b.framework().id())
    );
    let mut cols: Vec<Col<'_>> = vec![(w.year, false)];
    cols.extend(InstitutionKind::ALL.iter().map(|k| (k.plural(lang), true)));
    cols.push((w.total, true));
    let years = b.years();
    let rows: Vec<Vec<Cell>> = years
        .iter()
        .map(|&y| {
            let mut row = vec![Cell::of(y.to_string())];
            for k in InstitutionKind::ALL {
                let n = b.year(y).filter(|r| r.kind == *k).count();
                row.push(Cell::of(n.to_string()));
            }
            row.push(Cell {
                html: b.year(y).count().to_string(),
                bold: true,
            });
            row
        })
        .collect();
    table(&mut s, "egov-benchmark-counts", &cols, &rows);
    if let Some(&latest) = years.last() {
        let regional = b.year(latest).any(|r| r.kind.is_regional());
        let cohort = if regional {
            Cohort::regional()
        } else {
            Cohort::all()
        };
        let opts = BenchmarkChartOptions {
            lang,
            ..BenchmarkChartOptions::default()
        };
        let indexed = b
            .year(latest)
            .any(|r| cohort.contains(r) && r.index.is_some());
        let chart = benchmark_distribution_svg(b, latest, &cohort, None, &opts);
        if let (true, Ok(svg)) = (indexed, chart) {
            let _ = write!(
                s,
                "<div class=\"egov-chart\" style=\"{SCROLL}\">\n{svg}</div>\n"
            );
        }
    }
    s.push_str("</div>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::framework::Framework;

    const HEADER: &str =
        "year,report_table,row,institution,kind,province,d1,d2,d3,d4,index,predicate\n";

    fn table_of(rows: &str) -> Benchmark {
        let fw = Framework::builtin("spbe-2020").expect("built-in");
        Benchmark::from_csv(&format!("{HEADER}{rows}"), &fw).expect("table")
    }

    #[test]
    fn names_are_escaped_and_a_central_only_table_charts_every_institution() {
        let b =
            table_of("2025,1,1,<script>alert(1)</script>,lembaga,,3.00,3.00,3.00,3.00,3.00,Baik\n");
        let html = benchmark_html(&b, Lang::Id);
        assert!(!html.contains("<script>"), "{html}");
        assert!(
            html.contains("(n = 1)"),
            "the histogram of all institutions"
        );
        assert!(html.contains(">2025</td>") && html.contains("1 baris, kerangka spbe-2020"));
        assert!(html.contains(">lembaga</th>"));
    }

    #[test]
    fn a_year_without_any_index_has_no_chart() {
        let b = table_of("2025,1,1,Kab. Contoh,kabupaten,Jawa Timur,,,,,,Kurang\n");
        let html = benchmark_html(&b, Lang::En);
        assert!(!html.contains("<svg"), "{html}");
        assert!(html.contains(">regencies</th>") && html.contains(">2025</td>"));
    }
}
