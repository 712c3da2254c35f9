//! HTML fragments for notebooks (`render::*_html`): concrete content worked
//! out by hand, well-formed markup, and hostile names escaped.

use egov_masterplan::render::{architecture_html, projection_html, schedule_html, scorecard_html};
use egov_masterplan::{
    scoring::{MissingPolicy, ScoreOptions},
    ArchitectureModel, Assessment, Framework, Lang, Roadmap, ScheduleOptions, Scorecard,
};
use serde_json::Value;

const HOSTILE: &str = "<script>alert(1)</script>";
const ESCAPED: &str = "&lt;script&gt;alert(1)&lt;/script&gt;";

fn vector(file: &str, pointer: &str) -> Value {
    let path = format!("{}/../tests/vectors/{file}", env!("CARGO_MANIFEST_DIR"));
    let v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    v.pointer(pointer).unwrap().clone()
}

/// Every opened tag is closed, in order; no document-level or script tag.
fn assert_fragment(html: &str) {
    let mut stack: Vec<&str> = Vec::new();
    for tag in html.split('<').skip(1) {
        let body = &tag[..tag.find('>').expect("tag ends")];
        if let Some(name) = body.strip_prefix('/') {
            assert_eq!(stack.pop(), Some(name.trim()), "closing {name}");
        } else if !body.ends_with('/') {
            stack.push(body.split_whitespace().next().unwrap_or(""));
        }
    }
    assert!(stack.is_empty(), "unclosed {stack:?}");
    for bad in ["<script", "<html", "<head", "<body", "<style", "<link"] {
        assert!(!html.contains(bad), "{bad}");
    }
}

/// The text of every body cell of the table with class `class`.
fn rows(html: &str, class: &str) -> Vec<Vec<String>> {
    let start = html
        .find(&format!("<table class=\"{class}\""))
        .unwrap_or_else(|| panic!("table {class}"));
    let table = &html[start..start + html[start..].find("</table>").unwrap()];
    let body = &table[table.find("<tbody>").unwrap()..];
    body.split("<tr>")
        .skip(1)
        .map(|row| {
            row.split("<td")
                .skip(1)
                .map(|c| c[c.find('>').unwrap() + 1..c.find("</td>").unwrap()].to_owned())
                .collect()
        })
        .collect()
}

/// D1 (I1–I10) at 4, D2 (I11–I20) at 3, D3 (I21–I31) at 2, D4 (I32–I47)
/// at 3: (13 × 4 + 25 × 3 + 16.5 × 2 + 45.5 × 3) / 100 = 2.965, published
/// half-up as 2.97, "Baik".
fn card(subject: &str) -> Scorecard {
    let fw = Framework::builtin("spbe-2020").unwrap();
    let mut a = Assessment::new(subject, 2023);
    for i in 1..=47 {
        let level = match i {
            1..=10 => 4,
            21..=31 => 2,
            _ => 3,
        };
        a.set(format!("I{i}"), level);
    }
    fw.score(&a).unwrap()
}

#[test]
fn scorecard_heading_index_groups_and_radar() {
    let html = scorecard_html(&card("bappeda"), Lang::Id).unwrap();
    assert_fragment(&html);
    assert!(html.starts_with("<div class=\"egov-scorecard\" style=\""));
    assert!(html.ends_with("</div>\n"));
    assert!(html.contains(">bappeda — 2023 <span"));
    assert!(html.contains(">(spbe-2020)</span></h3>"));
    assert!(html.contains("Indeks: <strong style=\"font-size:18px\">2.97</strong> — Baik</p>"));
    assert!(html.contains("Indikator dinilai: <span>47/47</span>"));
    let groups = rows(&html, "egov-groups");
    let ids: Vec<&str> = groups.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(
        ids,
        ["D1", "D2", "D3", "D4", "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8"]
    );
    assert_eq!(groups[0][2..], ["Domain", "4.00"]);
    assert_eq!(groups[2][2..], ["Domain", "2.00"]);
    assert_eq!(groups[9][2..], ["Aspek", "2.00"]);
    assert_eq!(groups[11][2..], ["Aspek", "3.00"]);
    assert_eq!(groups[5][1], "Perencanaan Strategis SPBE");
    // domains in bold, aspects not
    assert_eq!(html.matches("font-weight:600\">D").count(), 4);
    assert!(!html.contains("font-weight:600\">A"));
    assert_eq!(html.matches("<svg").count(), 1);
    assert!(html.contains("width=\"400.00\" height=\"400.00\""));
    assert_eq!(html, scorecard_html(&card("bappeda"), Lang::Id).unwrap());

    let en = scorecard_html(&card("bappeda"), Lang::En).unwrap();
    assert!(en.contains("Index: <strong style=\"font-size:18px\">2.97</strong> — Good</p>"));
    assert!(
        en.contains("<th style=\"") && en.contains(">Tier</th>") && en.contains(">Aspect</td>")
    );
    assert_eq!(rows(&en, "egov-groups")[0][1], "Internal SPBE policy");
}

#[test]
fn scorecard_prints_unrated_groups_as_a_dash() {
    let fw = Framework::builtin("spbe-2020").unwrap();
    let mut a = Assessment::new("dpmptsp", 2022);
    for i in 1..=10 {
        a.set(format!("I{i}"), 2);
    }
    let opts = ScoreOptions {
        missing: MissingPolicy::Renormalize,
        ..Default::default()
    };
    let html = scorecard_html(&fw.score_with(&a, &opts).unwrap(), Lang::En).unwrap();
    assert_fragment(&html);
    let groups = rows(&html, "egov-groups");
    assert_eq!(groups[0][3], "2.00");
    assert_eq!(groups[1][3], "–");
    assert_eq!(groups[11][3], "–");
    assert!(html.contains(">2.00</strong> — Fair</p>") && html.contains(">10/47</span>"));
}

#[test]
fn scorecard_escapes_a_hostile_subject() {
    let html = scorecard_html(&card(HOSTILE), Lang::En).unwrap();
    assert_fragment(&html);
    assert!(html.contains(&format!(">{ESCAPED} — 2023 <span")));
}

/// The budget vector: X in 2020-07..12 (60), Y deferred to 2021-01..03
/// (150) by the 2020 cap, Z after Y; W (40 months) does not fit the
/// horizon and V waits for W. Spend: 2020 60 of 100, 2021 150 of 1000,
/// 2022 nothing and no cap.
fn budget_schedule(rename: Option<&str>) -> egov_masterplan::Schedule {
    let mut doc = vector("roadmap.json", "/budget/roadmap");
    if let Some(name) = rename {
        doc["initiatives"][1]["name"] = Value::from(name);
        doc["initiatives"][4]["name"] = Value::from(name);
    }
    let r = Roadmap::from_json(&doc.to_string()).unwrap();
    r.schedule(&ScheduleOptions::default()).unwrap()
}

#[test]
fn schedule_gantt_entries_unscheduled_and_spend() {
    let s = budget_schedule(None);
    let html = schedule_html(&s, Lang::En);
    assert_fragment(&html);
    assert!(html.starts_with("<div class=\"egov-schedule\" style=\""));
    assert_eq!(html.matches("<svg").count(), 1);
    assert!(
        html.contains(">Phase 1</text>"),
        "the Gantt chart is in English"
    );
    let entries = rows(&html, "egov-entries");
    assert_eq!(entries.len(), 3);
    for (row, e) in entries.iter().zip(s.entries()) {
        let critical = if e.critical { "yes" } else { "no" };
        assert_eq!(row[6..], [e.slack_months.to_string(), critical.to_owned()]);
    }
    assert_eq!(
        entries[0][..6],
        [
            "X",
            "Initiative X",
            "1",
            "2020-07-01",
            "2020-12-31",
            "Rp 60"
        ]
    );
    assert_eq!(
        entries[1][..6],
        [
            "Y",
            "Initiative Y",
            "1",
            "2021-01-01",
            "2021-03-31",
            "Rp 150"
        ]
    );
    assert_eq!(
        entries[2][..6],
        ["Z", "Initiative Z", "2", "2021-04-01", "2021-05-31", "Rp 0"]
    );
    assert!(html.contains("<h4 style=\"") && html.contains(">Not scheduled</h4>"));
    assert!(html.contains(
        "<li><code>V</code> Initiative V — <span style=\"color:#57606a\">predecessor W is unscheduled</span></li>"
    ));
    assert!(html.contains("<li><code>W</code> Initiative W — <span"));
    assert!(html.contains("after the horizon ends 2022-12-31</span></li>"));
    assert_eq!(
        rows(&html, "egov-spend"),
        [
            ["2020", "Rp 60", "Rp 100", "Rp 40"],
            ["2021", "Rp 150", "Rp 1.000", "Rp 850"],
            ["2022", "Rp 0", "–", "–"],
        ]
    );
    assert_eq!(html, schedule_html(&s, Lang::En));

    let id = schedule_html(&s, Lang::Id);
    assert!(id.contains(">Kelonggaran (bln)</th>") && id.contains(">Tidak terjadwal</h4>"));
    assert!(id.contains(">Sisa</th>") && id.contains(">Inisiatif Y</td>"));
    let yes_no: Vec<String> = rows(&id, "egov-entries")
        .into_iter()
        .map(|r| r[7].clone())
        .collect();
    assert!(
        yes_no.iter().all(|c| c == "ya" || c == "tidak"),
        "{yes_no:?}"
    );
}

#[test]
fn schedule_without_unscheduled_and_over_budget_years() {
    let doc = vector("roadmap.json", "/budget/roadmap");
    let r = Roadmap::from_json(&doc.to_string()).unwrap();
    let opts = ScheduleOptions {
        respect_budget: false,
    };
    // Y runs 2020-07..09 alongside X: 60 + 150 = 210 against a cap of 100.
    let html = schedule_html(&r.schedule(&opts).unwrap(), Lang::Id);
    assert_fragment(&html);
    let spend = rows(&html, "egov-spend");
    assert_eq!(spend[0][..3], ["2020", "Rp 210", "Rp 100"]);
    assert_eq!(spend[0][3], "<span style=\"color:#d1242f\">−Rp 110</span>");

    let cpm = Roadmap::from_json(&vector("roadmap.json", "/cpm/roadmap").to_string()).unwrap();
    let html = schedule_html(
        &cpm.schedule(&ScheduleOptions::default()).unwrap(),
        Lang::Id,
    );
    assert_fragment(&html);
    assert!(!html.contains("egov-unscheduled") && !html.contains("Tidak terjadwal</h4>"));
    assert_eq!(rows(&html, "egov-entries").len(), 5);
}

#[test]
fn schedule_escapes_hostile_initiative_names() {
    let html = schedule_html(&budget_schedule(Some(HOSTILE)), Lang::En);
    assert_fragment(&html);
    assert_eq!(rows(&html, "egov-entries")[1][1], ESCAPED);
    assert!(html.contains(&format!("<li><code>V</code> {ESCAPED} — ")));
}

fn catalog(agency_name: Option<&str>) -> ArchitectureModel {
    let mut doc = vector("architecture.json", "/analyses/catalog");
    if let Some(name) = agency_name {
        doc["agencies"][1]["name"] = Value::from(name);
        doc["name"] = Value::from(name);
        doc["id"] = Value::from(name);
    }
    ArchitectureModel::from_json(&doc.to_string()).unwrap()
}

#[test]
fn architecture_counts_domains_and_heatmap() {
    let html = architecture_html(&catalog(None), Lang::Id);
    assert_fragment(&html);
    assert!(html.starts_with("<div class=\"egov-architecture\" style=\""));
    assert!(html.contains(">Katalog kecil untuk vektor uji <span"));
    assert!(html.contains(">(vectors-small)</span></h3>"));
    assert!(html.contains(
        "Instansi: <strong>4</strong> · Elemen: <strong>8</strong> · Relasi: <strong>10</strong>"
    ));
    // 4 agencies; owners per domain: PB bkpsdm, data bkpsdm, infra
    // diskominfo ×2, apps bkpsdm + dinkes, security diskominfo, services bkpsdm
    assert_eq!(
        rows(&html, "egov-domains"),
        [
            ["Proses Bisnis", "1", "3"],
            ["Data dan Informasi", "1", "3"],
            ["Infrastruktur", "2", "3"],
            ["Aplikasi", "2", "2"],
            ["Keamanan", "1", "3"],
            ["Layanan", "1", "3"],
        ]
    );
    assert_eq!(html.matches("<svg").count(), 1);
    assert!(html.contains(">Dinas Kesehatan</text>"), "the heatmap");
    let en = architecture_html(&catalog(None), Lang::En);
    assert!(en.contains("Agencies: <strong>4</strong>") && en.contains(">Services</td>"));
    assert!(en.contains(">Agencies without elements</th>"));
    assert_eq!(en, architecture_html(&catalog(None), Lang::En));

    let bare = ArchitectureModel::from_json(r#"{"schema_version": 1}"#).unwrap();
    let html = architecture_html(&bare, Lang::En);
    assert_fragment(&html);
    assert!(html.contains(">SPBE architecture</h3>"));
}

#[test]
fn architecture_escapes_hostile_names() {
    let html = architecture_html(&catalog(Some(HOSTILE)), Lang::En);
    assert_fragment(&html);
    assert!(html.contains(&format!(">{ESCAPED} <span")));
    assert!(html.contains(&format!(">({ESCAPED})</span></h3>")));
    assert!(
        html.contains(&format!(">{ESCAPED}</text>")),
        "agency row of the heatmap"
    );
}

/// The projection vector: all at 1, then P1 (2020), P2 (2021) and P3 (2022)
/// raise indices to 1.12, 1.195 (printed 1.20) and 1.305 (printed 1.31).
fn projection(subject: &str) -> Vec<egov_masterplan::roadmap::YearScorecard> {
    let case = vector("roadmap.json", "/projection");
    let r = Roadmap::from_json(&case["roadmap"].to_string()).unwrap();
    let fw = Framework::builtin("spbe-2020").unwrap();
    let mut base = Assessment::new(subject, 2019);
    for i in 1..=47 {
        base.set(format!("I{i}"), 1);
    }
    let s = r.schedule(&ScheduleOptions::default()).unwrap();
    s.project(&fw, &base).unwrap()
}

#[test]
fn projection_a_row_per_year() {
    let years = projection("pemkab");
    let html = projection_html(&years, Lang::Id);
    assert_fragment(&html);
    assert!(html.starts_with("<div class=\"egov-projection\" style=\""));
    assert!(html.contains(">Proyeksi indeks — pemkab</h3>"));
    assert_eq!(
        rows(&html, "egov-years"),
        [
            ["2020", "1.12", "Kurang", "P1"],
            ["2021", "1.20", "Kurang", "P2"],
            ["2022", "1.31", "Kurang", "P3"],
        ]
    );
    let en = projection_html(&years, Lang::En);
    assert!(en.contains(">Initiatives finished</th>") && en.contains(">Poor</td>"));
    assert_eq!(en, projection_html(&years, Lang::En));

    let empty = projection_html(&[], Lang::En);
    assert_fragment(&empty);
    assert!(empty.contains(">Projected index</h3>") && rows(&empty, "egov-years").is_empty());
}

#[test]
fn projection_escapes_and_joins_finished_ids() {
    let mut years = projection(HOSTILE);
    years[0].finished = vec!["a&b".into(), HOSTILE.into()];
    years[1].finished.clear();
    let html = projection_html(&years, Lang::En);
    assert_fragment(&html);
    assert!(html.contains(&format!(">Projected index — {ESCAPED}</h3>")));
    let r = rows(&html, "egov-years");
    assert_eq!(r[0][3], format!("a&amp;b, {ESCAPED}"));
    assert_eq!(r[1][3], "–");
}
