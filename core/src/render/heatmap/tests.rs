//! Tests of the coverage heatmap (kept apart to keep `heatmap.rs` short).

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use super::parts::{colour, legend_values, EMPTY, EMPTY_INK, NEUTRAL};
use super::*;

const HOSTILE: &str = r#"{"schema_version": 1, "name": "Arsitektur <SPBE> & \"co\" ]]>",
  "agencies": [
    {"id": "dpupr", "name": {"id": "Dinas Pekerjaan Umum dan Penataan Ruang – Ŝ é <b>", "en": "Public works & 'roads'"},
     "kind": "dinas"},
    {"id": "1-x", "name": "<script>alert(1)</script>", "kind": "badan"}],
  "elements": [
    {"id": "a", "name": "A", "domain": "aplikasi", "owner": "dpupr"},
    {"id": "b", "name": "B", "domain": "aplikasi", "owner": "dpupr"},
    {"id": "c", "name": "C", "domain": "aplikasi", "owner": "dpupr"},
    {"id": "d", "name": "D", "domain": "layanan", "owner": "1-x"},
    {"id": "e", "name": "E", "domain": "keamanan"}]}"#;

fn model() -> ArchitectureModel {
    ArchitectureModel::from_json(HOSTILE).unwrap()
}

/// Every opened tag is closed, in order (a tiny well-formedness check).
fn balanced(svg: &str) -> bool {
    let mut stack: Vec<&str> = Vec::new();
    for tag in svg.split('<').skip(1) {
        let Some(end) = tag.find('>') else {
            return false;
        };
        let body = &tag[..end];
        if let Some(name) = body.strip_prefix('/') {
            if stack.pop() != Some(name.trim()) {
                return false;
            }
        } else if !body.ends_with('/') {
            stack.push(body.split_whitespace().next().unwrap_or(""));
        }
    }
    stack.is_empty()
}

#[test]
fn hostile_names_are_escaped() {
    let svg = heatmap_svg(&model(), &HeatmapOptions::default());
    assert!(balanced(&svg), "{svg}");
    assert!(!svg.contains("<script") && !svg.contains("<b>") && !svg.contains("]]>"));
    assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(svg.contains("Arsitektur &lt;SPBE&gt; &amp; &quot;co&quot; ]]&gt;"));
    // the long name is cut, the tooltip has it whole, with the id
    assert!(svg.contains(">Dinas Pekerjaan Umum dan Penataan Ruang…</text>"));
    assert!(svg.contains(
        "<title>Dinas Pekerjaan Umum dan Penataan Ruang – Ŝ é &lt;b&gt; (dpupr)</title>"
    ));
    let en = heatmap_svg(
        &model(),
        &HeatmapOptions {
            lang: Lang::En,
            cell: 36,
        },
    );
    assert!(en.contains(">Public works &amp; &apos;roads&apos;</text>"));
}

#[test]
fn cells_counts_totals_and_tooltips() {
    let svg = heatmap_svg(&model(), &HeatmapOptions::default());
    // 3 rows (two agencies, no owner) × 6 domains
    assert_eq!(svg.matches(r#"<g class="cell">"#).count(), 18);
    // a total per row, per column, and the grand total
    assert_eq!(svg.matches(r#"<g class="total">"#).count(), 3 + 6 + 1);
    assert!(
        svg.contains(
            "<title>1-x: &lt;script&gt;alert(1)&lt;/script&gt; · Layanan: 1 elemen</title>"
        ) || svg
            .contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; · Layanan: 1 elemen</title>")
    );
    assert!(svg.contains("· Aplikasi: 3 elemen</title>"));
    assert!(svg.contains("<title>Jumlah · Aplikasi: 3 elemen</title>"));
    assert!(svg.contains("<title>Jumlah · Jumlah: 5 elemen</title>"));
    assert!(svg.contains(">(tanpa pemilik)</text>"));
    for label in [
        "Proses Bisnis",
        "Data dan Informasi",
        "Infrastruktur",
        "Aplikasi",
        "Keamanan",
        "Layanan",
    ] {
        assert!(svg.contains(&format!(">{label}</text>")), "{label}");
    }
    let en = heatmap_svg(
        &model(),
        &HeatmapOptions {
            lang: Lang::En,
            cell: 36,
        },
    );
    for label in [
        "Business process",
        "Data and information",
        "Infrastructure",
        "Applications",
        "Security",
        "Services",
    ] {
        assert!(en.contains(&format!(">{label}</text>")), "{label}");
    }
    assert!(en.contains("· Applications: 3 elements</title>"));
}

#[test]
fn colours_separate_zero_from_the_blue_scale() {
    assert_eq!(colour(0, 3), (EMPTY.to_owned(), EMPTY_INK));
    assert_eq!(colour(1, 3).0, "#c6dbef", "lightest blue");
    assert_eq!(
        colour(3, 3),
        ("#084594".to_owned(), "#ffffff"),
        "darkest blue"
    );
    assert_eq!(colour(1, 1).0, "#c6dbef");
    let svg = heatmap_svg(&model(), &HeatmapOptions::default());
    assert!(svg.contains(&format!(r#"fill="{EMPTY}""#)));
    assert!(
        svg.contains(&format!(r#"fill="{NEUTRAL}""#)),
        "zeros without owner are not gaps"
    );
    assert_eq!(legend_values(3), [1, 2, 3]);
    assert_eq!(legend_values(11), [1, 3, 5, 7, 9, 11]);
}

#[test]
fn deterministic_and_sized_by_cell() {
    let m = model();
    let a = heatmap_svg(&m, &HeatmapOptions::default());
    assert_eq!(a, m.to_heatmap_svg(&HeatmapOptions::default()));
    let big = heatmap_svg(
        &m,
        &HeatmapOptions {
            lang: Lang::Id,
            cell: 60,
        },
    );
    assert!(big.contains(r#"width="58.00" height="58.00""#));
    let tiny = heatmap_svg(
        &m,
        &HeatmapOptions {
            lang: Lang::Id,
            cell: 1,
        },
    );
    assert!(
        tiny.contains(r#"width="22.00" height="22.00""#),
        "at least 24"
    );
    let empty = ArchitectureModel::from_json(r#"{"schema_version": 1}"#).unwrap();
    let svg = heatmap_svg(&empty, &HeatmapOptions::default());
    assert!(balanced(&svg) && svg.contains("<title>Jumlah · Jumlah: 0 elemen</title>"));
}
