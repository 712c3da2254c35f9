//! Tests of the Gantt chart (kept apart to keep `gantt.rs` short).

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use super::*;
use crate::{Roadmap, ScheduleOptions};

const FIXTURE: &str = include_str!("../../../tests/data/roadmap-fixture.json");

fn schedule() -> Schedule {
    Roadmap::from_json(FIXTURE)
        .expect("fixture")
        .schedule(&ScheduleOptions::default())
        .expect("schedules")
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
fn renders_bars_grid_and_escaped_text() {
    let s = schedule();
    let svg = gantt_svg(&s, &GanttOptions::default());
    if let Ok(path) = std::env::var("GANTT_SVG_OUT") {
        std::fs::write(path, &svg).unwrap();
    }
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.ends_with("</svg>\n"));
    assert!(balanced(&svg), "{svg}");
    assert!(!svg.contains("<script"), "hostile name escaped");
    assert!(svg.contains(
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot; | :#;"
    ));
    assert!(svg.contains("<title>Peta Rencana SPBE &lt;Uji&gt; &amp; &quot;Kutip&quot;</title>"));
    assert_eq!(svg.matches(r#"<rect class="bar""#).count(), 4);
    assert_eq!(
        svg.matches(r##"fill="#d1242f"/></g>"##).count(),
        3,
        "critical bars"
    );
    assert_eq!(
        svg.matches(r##"fill="#1f6feb"/></g>"##).count(),
        1,
        "other bars"
    );
    assert_eq!(
        svg.matches(r#"class="phase""#).count(),
        3,
        "phases with entries"
    );
    assert!(svg.contains(">Fase 1</text>") && svg.contains(">Fase 3</text>"));
    for year in ["2019", "2020", "2021"] {
        let label = format!(r#"text-anchor="middle">{year}</text>"#);
        assert!(svg.contains(&label), "{year}");
    }
    assert_eq!(
        svg.matches(r#"class="year""#).count(),
        4,
        "3 columns, 4 lines"
    );
    // 30 months: 29 boundaries, minus the two new years.
    assert_eq!(svg.matches(r#"class="month""#).count(), 27);
    assert_eq!(svg.matches(r#"class="delay""#).count(), 3);
    assert!(svg.contains(">+3 bln</text>"));
    // The Indonesian chart explains in Indonesian: 150,000,000 needed,
    // 40,000,000 left, 110,000,000 short.
    assert!(svg.contains(
        "<title>Arsitektur SPBE Kabupaten\narsitektur · 2020-01-01 – 2020-06-30\nRp 300.000.000\npagu 2019 kurang Rp 110.000.000 (perlu Rp 150.000.000, tersedia Rp 40.000.000)</title>"
    ));
    assert!(svg.contains(">Tidak terjadwal</text>"));
    assert!(svg.contains(
        "<title>Pusat Data Daerah (pusat-data) — baru selesai 2022-07-31, setelah cakrawala rencana berakhir 2021-12-31</title>"
    ));
    assert!(
        svg.contains("Aplikasi Umum Persuratan Elektronik (Srika…</text>"),
        "long name cut"
    );
    assert_eq!(
        svg,
        gantt_svg(&schedule(), &GanttOptions::default()),
        "deterministic"
    );
}

#[test]
fn english_and_narrow() {
    let s = schedule();
    let opts = GanttOptions {
        lang: Lang::En,
        width: 100,
    };
    let svg = s.to_gantt_svg(&opts);
    if let Ok(path) = std::env::var("GANTT_NARROW_OUT") {
        std::fs::write(path, &svg).unwrap();
    }
    assert!(balanced(&svg));
    assert!(
        svg.contains(r#"viewBox="0 0 480.00 "#),
        "raised to the minimum"
    );
    let wide = s.to_gantt_svg(&GanttOptions {
        lang: Lang::En,
        width: u32::MAX,
    });
    assert!(
        wide.contains(r#"viewBox="0 0 16384.00 "#),
        "lowered to the maximum"
    );
    assert!(svg.contains(">Phase 2</text>") && svg.contains(">Not scheduled</text>"));
    assert!(svg.contains("Regent regulation on SPBE"));
    assert!(svg.contains(">+3 mo</text>"));
    assert!(svg.contains("SPBE roadmap &lt;test&gt;"));
}

#[test]
fn long_horizons_thin_the_labels() {
    let json = r#"{"schema_version": 1, "id": "r", "name": "R",
      "horizon": {"start": "2000-01-01", "end": "2099-12-31"},
      "initiatives": [{"id": "a", "name": "A", "area": "tata-kelola", "owner": "setda", "duration_months": 1}]}"#;
    let s = Roadmap::from_json(json)
        .unwrap()
        .schedule(&ScheduleOptions::default())
        .unwrap();
    let svg = s.to_gantt_svg(&GanttOptions::default());
    if let Ok(path) = std::env::var("GANTT_LONG_OUT") {
        std::fs::write(path, &svg).unwrap();
    }
    assert!(balanced(&svg));
    assert_eq!(svg.matches(r#"class="month""#).count(), 0, "too dense");
    let labels = svg.matches("</text>").count();
    assert!(labels < 40, "{labels} labels");
    assert!(svg.contains(r#"text-anchor="start">2000</text>"#));
    assert!(!svg.contains(">2001</text>"));
}

#[test]
fn helpers() {
    assert_eq!(rupiah(0), "Rp 0");
    assert_eq!(rupiah(999), "Rp 999");
    assert_eq!(rupiah(1000), "Rp 1.000");
    assert_eq!(rupiah(150_000_000), "Rp 150.000.000");
    assert_eq!(rupiah(u64::MAX), "Rp 18.446.744.073.709.551.615");
    assert_eq!(truncate("Layanan  SPBE", 20), "Layanan SPBE");
    assert_eq!(truncate("Layanan Administrasi", 10), "Layanan A…");
    assert_eq!(truncate("Layanan Administrasi", 9), "Layanan…");
    assert_eq!(truncate("abc", 0), "…");
}

#[test]
fn empty_roadmap_renders() {
    let json = r#"{"schema_version": 1, "id": "r", "name": "R",
      "horizon": {"start": "2020-01-01", "end": "2020-01-01"}, "initiatives": []}"#;
    let s = Roadmap::from_json(json)
        .unwrap()
        .schedule(&ScheduleOptions::default())
        .unwrap();
    let svg = s.to_gantt_svg(&GanttOptions::default());
    assert!(balanced(&svg));
    assert_eq!(svg.matches(r#"<rect class="bar""#).count(), 0);
    assert!(!svg.contains("NaN") && !svg.contains("inf"));
    assert_eq!(s.to_mermaid(), "gantt\n    dateFormat YYYY-MM-DD\n    axisFormat %Y-%m\n    inclusiveEndDates\n    title R\n");
    assert!(s
        .roadmap()
        .to_dot()
        .unwrap()
        .ends_with("edge [fontname=\"Helvetica\", fontsize=10];\n}\n"));
    assert_eq!(s.to_csv().lines().count(), 1);
}
