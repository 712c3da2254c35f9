//! Tests of the Mermaid and DOT diagrams (kept apart to keep `diagram.rs`
//! short).

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use super::*;
use crate::ScheduleOptions;

const FIXTURE: &str = include_str!("../../../tests/data/roadmap-fixture.json");

fn roadmap() -> Roadmap {
    Roadmap::from_json(FIXTURE).expect("fixture")
}

fn schedule() -> Schedule {
    roadmap()
        .schedule(&ScheduleOptions::default())
        .expect("schedules")
}

#[test]
fn mermaid_gantt_is_line_safe_and_marks_critical_entries() {
    let s = schedule();
    let m = s.to_mermaid();
    assert_eq!(m, schedule().to_mermaid(), "deterministic");
    let lines: Vec<&str> = m.lines().collect();
    assert_eq!(lines[0], "gantt");
    assert_eq!(lines[4], "    title Peta Rencana SPBE <Uji> & \"Kutip\"");
    let tasks: Vec<&str> = lines.iter().copied().filter(|l| l.contains(" :")).collect();
    assert_eq!(tasks.len(), s.entries().len());
    for (line, e) in tasks.iter().zip(s.entries()) {
        // Exactly one `:` per task line, and `crit` exactly when critical.
        assert_eq!(line.matches(':').count(), 1, "{line}");
        assert!(!line.contains('#') && !line.contains(';'), "{line}");
        let meta = line.split(" :").nth(1).unwrap();
        assert_eq!(meta.starts_with("crit, "), e.critical, "{line}");
        assert!(meta.ends_with(&format!("{}, {}", e.start, e.finish)));
    }
    assert_eq!(m.matches(":crit, ").count(), 3);
    assert!(m.contains(
        "    section Fase 3\n    <script>alert(\"x\")</script> & \"quotes\" | :tim-koordinasi, 2020-03-01, 2020-05-31\n"
    ));
    assert!(m.contains("    Arsitektur SPBE Kabupaten :crit, arsitektur, 2020-01-01, 2020-06-30\n"));
    assert!(m.ends_with(
        "    %% unscheduled: pusat-data (would finish 2022-07-31, after the horizon ends 2021-12-31)\n"
    ));
    assert!(!m.contains("Fase 4"), "no section without entries");
}

#[test]
fn mermaid_text_and_ids() {
    assert_eq!(mermaid_text("a:b#c;d\ne\r\nf"), "a b c d e f");
    assert_eq!(mermaid_text("50%% %%{init}"), "50% %{init}");
    assert_eq!(mermaid_text(" :#; "), "");
    let mut ids = MermaidIds::default();
    assert_eq!(ids.task_id("perbup-spbe"), "perbup-spbe");
    assert_eq!(ids.task_id("a.b c"), "a_b_c");
    assert_eq!(ids.task_id("a_b_c"), "a_b_c_2");
    assert_eq!(ids.task_id("crit"), "t_crit");
    assert_eq!(ids.task_id("été"), "_t_");
    assert_eq!(one_line("x\ny"), "x y");
}

#[test]
fn dot_graph_escapes_groups_and_marks_critical() {
    let r = roadmap();
    let dot = r.to_dot().unwrap();
    assert_eq!(dot, r.to_dot().unwrap(), "deterministic");
    assert!(dot.starts_with("digraph roadmap {\n  rankdir=LR;\n"));
    assert!(dot.ends_with("}\n"));
    assert!(dot.contains(r#"label="Peta Rencana SPBE <Uji> & \"Kutip\"";"#));
    // The hostile name: quotes escaped, nothing else breaks out.
    assert!(dot.contains(
        r#"    "tim-koordinasi" [label="<script>alert(\"x\")</script> & \"quotes\" | :#;\ntim-koordinasi"];"#
    ));
    assert_eq!(dot.matches("subgraph cluster_phase_").count(), 4);
    assert!(dot.contains(
        "  subgraph cluster_phase_3 {\n    label=\"Fase 3\";\n    \"aplikasi-umum\" [label=\"Aplikasi Umum Persuratan Elektronik (Srikandi) untuk Seluruh Perangkat Daerah\\naplikasi-umum\", color=\"#d1242f\", penwidth=2];\n    \"tim-koordinasi\""
    ));
    let edges: Vec<&str> = dot.lines().filter(|l| l.contains(" -> ")).collect();
    assert_eq!(
        edges,
        [
            r##"  "aplikasi-umum" -> "pusat-data" [color="#d1242f", penwidth=2];"##,
            r##"  "arsitektur" -> "aplikasi-umum" [label="+1", color="#d1242f", penwidth=2];"##,
            r##"  "arsitektur" -> "tim-koordinasi" [label="SS+2"];"##,
            r##"  "perbup-spbe" -> "arsitektur" [color="#d1242f", penwidth=2];"##,
        ]
    );
    // Every quote inside a quoted string is escaped: quotes pair up per line.
    for line in dot.lines() {
        let bare = line.replace("\\\\", "").replace("\\\"", "");
        assert_eq!(bare.matches('"').count() % 2, 0, "{line}");
    }
}

#[test]
fn dot_escaping() {
    assert_eq!(
        dot_escape("a\\b\"c\nd\r\ne\rf\u{7}"),
        "a\\\\b\\\"c\\nd\\ne\\nf"
    );
    assert_eq!(dot_escape("ends with \\"), "ends with \\\\");
}
