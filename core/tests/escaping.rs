//! One table of hostile strings through every renderer and export: as
//! agency/subject names, framework node names, initiative ids, names and
//! owners, catalog agency and element ids, names, functions and properties,
//! and a masterplan's government, title, sections, regulations and targets
//! through its document (HTML, Markdown, Word).
//! Every output must keep its syntax (XML well-formed with no injected
//! element or event attribute; Markdown tables keep their columns; DOT
//! strings closed on their line; Mermaid tasks one per line; CSV columns
//! intact and no cell a formula) and still carry the name as readable text.

use egov_masterplan::render::{architecture_html, projection_html, schedule_html, scorecard_html};
use egov_masterplan::{
    render::{GanttOptions, HeatmapOptions, RadarOptions},
    ArchitectureModel, Assessment, Framework, Lang, Roadmap, ScheduleOptions,
};
use serde_json::{json, Value};

mod common;
use common::{dot, xml};

/// The table: markup, attribute breakout, entities, CDATA end, quotes,
/// line breaks, bidirectional controls, formulas, Markdown/Mermaid/DOT
/// syntax, and a name of the longest allowed length.
fn hostile() -> Vec<String> {
    let mut list: Vec<String> = [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "Tom & Jerry &amp; &#x3C;b&#x3E; &lt;",
        "]]><!-- --> <![CDATA[x]]>",
        "'single' \"double\" `back` \\back\\slash",
        "line one\nline two\r\nthree",
        "\u{202E}evil\u{200F} rtl \u{200B}",
        "=cmd|' /C calc'!A0",
        "+SUM(1,2)",
        "-2+3",
        "@SUM(A1)",
        "a | b | c # d : e ; f {g} [h] %% i",
        "digraph { x -> y } \" -> \"z",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    // 10,000 characters (limits::MAX_TEXT_CHARS), words to wrap.
    list.push(format!("{}panjang!", "panjang ".repeat(1249)));
    list
}

/// What any output must show of `h`: its first line, up to 20 characters
/// (outputs cut long names and may drop control characters or break lines).
fn readable(h: &str) -> String {
    let first = h.lines().next().unwrap_or("");
    first
        .chars()
        .filter(|c| !c.is_control())
        .take(20)
        .collect::<String>()
        .trim()
        .to_owned()
}

/// Every table row has as many unescaped `|` as the header, and no raw
/// markup; returns the cells with `\|` and entities undone.
fn markdown(doc: &str) -> String {
    assert!(
        !doc.contains("<script") && !doc.contains("<img"),
        "raw markup in Markdown"
    );
    let mut pipes = None;
    for line in doc.lines() {
        if !line.starts_with('|') {
            pipes = None;
            continue;
        }
        let n = line
            .replace("\\\\", "")
            .replace("\\|", "")
            .matches('|')
            .count();
        match pipes {
            None => pipes = Some(n),
            Some(p) => assert_eq!(n, p, "a Markdown row lost its columns: {line}"),
        }
    }
    doc.replace("\\|", "|")
        .replace("\\\\", "\\")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The Mermaid chart has one line per task and no task line with a second
/// `:`; returns the text.
fn mermaid(doc: &str, tasks: usize) -> String {
    let task_lines: Vec<&str> = doc.lines().filter(|l| l.contains(" :")).collect();
    assert_eq!(task_lines.len(), tasks, "Mermaid task lines:\n{doc}");
    for l in &task_lines {
        assert_eq!(
            l.matches(':').count(),
            1,
            "Mermaid task line with an extra colon: {l}"
        );
    }
    doc.to_owned()
}

/// Every record has the header's columns and no text cell is a formula;
/// returns the cells.
fn csv_text(doc: &str) -> String {
    let mut r = csv::ReaderBuilder::new().from_reader(doc.as_bytes());
    let columns = r.headers().expect("header").len();
    let mut out = String::new();
    for rec in r.records() {
        let rec = rec.expect("record");
        assert_eq!(rec.len(), columns, "CSV row lost its columns");
        for cell in &rec {
            assert!(
                !cell.starts_with(['=', '+', '@', '\t', '\r']) && !cell.starts_with("-2"),
                "formula cell {cell:?}"
            );
            out.push_str(cell.strip_prefix('\'').unwrap_or(cell));
            out.push('\n');
        }
    }
    out
}

fn shows(kind: &str, text: &str, h: &str) {
    let want = readable(h);
    assert!(text.contains(&want), "{kind}: {want:?} not shown");
}

fn framework_named(h: &str) -> Framework {
    let mut doc: Value =
        serde_json::from_str(&Framework::builtin("spbe-2020").unwrap().to_json()).unwrap();
    doc["nodes"][0]["name"] = json!(h);
    doc["predicates"][0]["label"] = json!(h);
    Framework::from_json(&doc.to_string()).unwrap()
}

#[test]
fn scorecards_charts_and_tables() {
    for h in hostile() {
        let fw = framework_named(&h);
        let mut a = Assessment::new(h.clone(), 2024);
        for i in 1..=47 {
            a.set(format!("I{i}"), 5);
        }
        a.set_note("I1", h.clone(), Some(h.clone()));
        let card = fw.score(&a).unwrap();
        for lang in [Lang::Id, Lang::En] {
            for tier in ["domain", "aspect"] {
                let opts = RadarOptions {
                    tier: tier.into(),
                    lang,
                    ..Default::default()
                };
                let svg = xml("radar", &card.to_radar_svg(&opts).unwrap());
                shows("radar", &svg, &h);
            }
            shows("markdown", &markdown(&card.to_markdown(lang)), &h);
            shows(
                "scorecard html",
                &xml(
                    "scorecard html",
                    &format!("<div>{}</div>", scorecard_html(&card, lang).unwrap()),
                ),
                &h,
            );
        }
        let back: Value = serde_json::from_str(&card.to_json()).unwrap();
        assert_eq!(back["subject"], json!(h));
        let csv = Assessment::to_csv(std::slice::from_ref(&a));
        shows("assessment csv", &csv_text(&csv), &h);
        // (The CSV reader trims cells; none of these names has outer spaces.)
        let back = Assessment::from_csv(&csv).unwrap();
        assert!(
            back == vec![a.clone()],
            "assessment CSV round trip: {:?}",
            readable(&h)
        );
        assert!(
            Assessment::from_json(&a.to_json()).unwrap() == a,
            "JSON round trip: {:?}",
            readable(&h)
        );
    }
}

#[test]
fn roadmaps_schedules_and_projections() {
    let fw = Framework::builtin("spbe-2020").unwrap();
    let mut base = Assessment::new("pemkab", 2019);
    for i in 1..=47 {
        base.set(format!("I{i}"), 1);
    }
    for h in hostile() {
        let id = if h.chars().count() <= 256 {
            h.clone()
        } else {
            "long".into()
        };
        let doc = json!({"schema_version": 1, "id": "r", "name": h, "horizon": {"start": "2020-01-01", "end": "2022-12-31"},
            "initiatives": [
                {"id": id, "name": h, "area": "aplikasi", "owner": h, "duration_months": 6, "cost": 100, "depends_on": [], "raises": {"I1": 3}},
                {"id": "next", "name": "next", "area": "aplikasi", "owner": "x", "duration_months": 6, "cost": 100, "depends_on": [id], "raises": {"I2": 3}}]});
        let r = Roadmap::from_json(&doc.to_string()).unwrap();
        shows("roadmap dot", &dot(&r.to_dot().unwrap()), &h);
        let s = r.schedule(&ScheduleOptions::default()).unwrap();
        shows("schedule csv", &csv_text(&s.to_csv()), &h);
        // Mermaid names lose `:`, `#`, `;` and line breaks (they would end
        // the task line) and collapse whitespace.
        let flat = |t: &str| {
            t.replace([':', '#', ';'], " ")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        let m = mermaid(&s.to_mermaid(), 2);
        assert!(
            m.contains(&flat(&readable(&h))),
            "mermaid: {:?} not shown",
            flat(&readable(&h))
        );
        for lang in [Lang::Id, Lang::En] {
            let gantt = s.to_gantt_svg(&GanttOptions {
                lang,
                ..Default::default()
            });
            shows("gantt", &xml("gantt", &gantt), &h);
            shows(
                "schedule html",
                &xml(
                    "schedule html",
                    &format!("<div>{}</div>", schedule_html(&s, lang)),
                ),
                &h,
            );
            let years = s.project(&fw, &base).unwrap();
            xml(
                "projection html",
                &format!("<div>{}</div>", projection_html(&years, lang)),
            );
        }
        let back = Roadmap::from_json(&r.to_json()).unwrap();
        assert_eq!(back.to_json(), r.to_json());
        assert_eq!(back.initiatives()[0].owner, h);
    }
}

#[test]
fn architecture_exports() {
    for h in hostile() {
        let id = if h.chars().count() <= 256 {
            h.clone()
        } else {
            "long".into()
        };
        let doc = json!({"schema_version": 1, "id": "c", "name": h,
            "agencies": [{"id": id, "name": h, "kind": "dinas"}],
            "elements": [
                {"id": id, "name": h, "domain": "aplikasi", "kind": "umum", "owner": id, "function": h, "properties": {"vendor": h}},
                {"id": "dc", "name": "dc", "domain": "infrastruktur", "kind": "pusat-data", "owner": id}],
            "relations": [{"from": id, "to": "dc", "type": "hosted-on"}]});
        let m = ArchitectureModel::from_json(&doc.to_string()).unwrap();
        shows("archimate", &xml("archimate", &m.to_archimate_xml()), &h);
        shows("architecture dot", &dot(&m.to_dot()), &h);
        for lang in [Lang::Id, Lang::En] {
            let heat = m.to_heatmap_svg(&HeatmapOptions {
                lang,
                ..Default::default()
            });
            shows("heatmap", &xml("heatmap", &heat), &h);
            shows(
                "architecture html",
                &xml(
                    "architecture html",
                    &format!("<div>{}</div>", architecture_html(&m, lang)),
                ),
                &h,
            );
        }
        let back = ArchitectureModel::from_json(&m.to_json()).unwrap();
        assert_eq!(back.to_json(), m.to_json());
    }
}

#[test]
fn masterplan_documents() {
    use egov_masterplan::masterplan::Masterplan;
    use std::collections::BTreeMap;
    let levels: serde_json::Map<String, Value> =
        (1..=47).map(|i| (format!("I{i}"), json!(1))).collect();
    let baseline = json!({"subject": "pemkab", "period": 2020, "levels": levels});
    for h in hostile() {
        let id = if h.chars().count() <= 256 {
            h.clone()
        } else {
            "long".into()
        };
        let manifest = json!({"schema_version": 1,
            "government": {"id": "pemkab", "name": h},
            "title": h, "period": {"start": 2020, "end": 2022}, "framework": "spbe-2020",
            "baseline": "b.json", "roadmap": "r.json", "architecture": "c.json",
            "assessments": ["a.json", "g.json"],
            "targets": [{"year": 2022, "index": "3.00", "source": h}],
            "legal_basis": [{"title": h, "number": h, "year": 2018}],
            "policies": [{"indicator": "I1", "title": h}],
            "sections": {"vision": h, "other": h}});
        let roadmap = json!({"schema_version": 1, "id": "r", "name": h,
            "horizon": {"start": "2020-01-01", "end": "2022-12-31"},
            "initiatives": [{"id": id, "name": h, "area": "tata-kelola", "owner": h,
                             "duration_months": 6, "cost": 100, "raises": {"I1": 3}}]});
        // A catalog whose names reach chapter 2's duplicates (the same
        // function, two owners) and single points of failure (both hosted
        // on `dc`), chapter 4's change and the appendices; an agency's and
        // the government's own later assessment (the agency radar, the
        // levels appendix, the index trend).
        let architecture = json!({"schema_version": 1, "id": "c", "name": h,
            "agencies": [{"id": id, "name": h, "kind": "dinas"},
                         {"id": "dinas-b", "name": h, "kind": "dinas"}],
            "elements": [
                {"id": id, "name": h, "domain": "aplikasi", "owner": id, "function": h},
                {"id": "app-b", "name": h, "domain": "aplikasi", "owner": "dinas-b", "function": h},
                {"id": "dc", "name": h, "domain": "infrastruktur", "owner": id},
                {"id": "baru", "name": h, "domain": "layanan", "owner": "dinas-b",
                 "lifecycle": {"state": "to-be", "year": 2022}}],
            "relations": [{"from": id, "to": "dc", "type": "hosted-on"},
                          {"from": "app-b", "to": "dc", "type": "hosted-on"}]});
        let later = |subject: &str| {
            let levels: serde_json::Map<String, Value> =
                (1..=47).map(|i| (format!("I{i}"), json!(2))).collect();
            json!({"subject": subject, "period": 2021, "levels": levels}).to_string()
        };
        let files = BTreeMap::from([
            ("b.json".to_owned(), baseline.to_string().into_bytes()),
            ("r.json".to_owned(), roadmap.to_string().into_bytes()),
            ("c.json".to_owned(), architecture.to_string().into_bytes()),
            ("a.json".to_owned(), later(&id).into_bytes()),
            ("g.json".to_owned(), later("pemkab").into_bytes()),
        ]);
        let plan = Masterplan::from_json(&manifest.to_string(), &files).unwrap();
        for lang in [Lang::Id, Lang::En] {
            let html = plan.to_html(lang).unwrap();
            shows("masterplan html", &xml("masterplan html", &html), &h);
            // The trend (baseline and 2021), the baseline's and the
            // agency's radars, the heatmap, the Gantt chart; the
            // duplicates and single points of failure as tables.
            assert_eq!(html.matches("<figure>").count(), 5, "figures");
            for part in ["app-b", "(dc)", "2021"] {
                assert!(html.contains(part), "{part}");
            }
            assert!(
                !html.contains("<script") && !html.contains("<img"),
                "raw markup in HTML"
            );
            shows(
                "masterplan markdown",
                &markdown(&plan.to_markdown(lang).unwrap()),
                &h,
            );
            // Word: the document part, the header and the properties are
            // well-formed XML that shows the name as text.
            let docx = plan.to_docx(lang).unwrap();
            let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
            for part in ["word/document.xml", "word/header1.xml", "docProps/core.xml"] {
                let mut text = String::new();
                std::io::Read::read_to_string(&mut zip.by_name(part).unwrap(), &mut text).unwrap();
                let seen = xml(part, &text);
                if part == "word/document.xml" {
                    shows("masterplan docx", &seen, &h);
                }
            }
        }
    }
}
