//! Text diagrams for tools people already use: a Mermaid `gantt` block of a
//! schedule and a Graphviz DOT graph of a roadmap's dependencies.

use super::model::DependencyKind;
use super::schedule::Schedule;
use super::Roadmap;
use crate::error::Result;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// Critical nodes and edges in the DOT graph.
const CRITICAL: &str = r##"color="#d1242f", penwidth=2"##;

/// Tags and keywords Mermaid would read in place of a task id.
const MERMAID_WORDS: [&str; 6] = ["active", "after", "crit", "done", "milestone", "until"];

impl Schedule {
    /// The schedule as a Mermaid `gantt` block: the roadmap's (Indonesian)
    /// name as `title`, one `section Fase N` per phase with scheduled
    /// entries, one task per entry with its first and last day
    /// (`inclusiveEndDates`), tagged `crit` when it is critical; then each
    /// unscheduled initiative as a comment `%% unscheduled: id (reason)`.
    ///
    /// Task ids keep `A-Z a-z 0-9 _ -` and turn anything else into `_` (a
    /// Mermaid keyword such as `crit`, or a clash, gets a `t_` prefix or a
    /// `_2` suffix). Names lose what would end or break a task line (`:`,
    /// `#`, `;`, line breaks and other control characters become spaces;
    /// runs of `%` shrink to one, so no `%%` comment starts) and are not
    /// escaped otherwise; a name left empty is replaced by the task id.
    ///
    /// ```
    /// use egov_masterplan::{Roadmap, ScheduleOptions};
    /// let r = Roadmap::from_json(r#"{"schema_version": 1, "id": "r", "name": "Peta: 2020",
    ///   "horizon": {"start": "2020-01-01", "end": "2020-12-31"},
    ///   "initiatives": [
    ///     {"id": "a", "name": "Perbup SPBE", "area": "tata-kelola", "owner": "setda", "duration_months": 2},
    ///     {"id": "b.1", "name": "Tim #1; SK", "area": "tata-kelola", "owner": "setda", "duration_months": 1}]}"#)?;
    /// let m = r.schedule(&ScheduleOptions::default())?.to_mermaid();
    /// assert_eq!(m, "gantt\n    dateFormat YYYY-MM-DD\n    axisFormat %Y-%m\n    inclusiveEndDates\n\
    ///     \x20   title Peta 2020\n    section Fase 1\n\
    ///     \x20   Perbup SPBE :crit, a, 2020-01-01, 2020-02-29\n\
    ///     \x20   Tim 1 SK :b_1, 2020-01-01, 2020-01-31\n");
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn to_mermaid(&self) -> String {
        let mut s = String::from(
            "gantt\n    dateFormat YYYY-MM-DD\n    axisFormat %Y-%m\n    inclusiveEndDates\n",
        );
        let title = mermaid_text(self.roadmap.name().id());
        if !title.is_empty() {
            let _ = writeln!(s, "    title {title}");
        }
        let mut ids = MermaidIds::default();
        let mut by_phase: BTreeMap<u32, Vec<_>> = BTreeMap::new();
        for e in &self.entries {
            by_phase.entry(e.phase).or_default().push(e);
        }
        for (phase, entries) in by_phase {
            let _ = writeln!(s, "    section Fase {phase}");
            for e in entries {
                let id = ids.task_id(&e.id);
                let name = match mermaid_text(e.name.id()) {
                    n if n.is_empty() => id.clone(),
                    n => n,
                };
                let crit = if e.critical { "crit, " } else { "" };
                let _ = writeln!(s, "    {name} :{crit}{id}, {}, {}", e.start, e.finish);
            }
        }
        for u in &self.unscheduled {
            let (id, why) = (one_line(&u.id), one_line(&u.reason.describe()));
            let _ = writeln!(s, "    %% unscheduled: {id} ({why})");
        }
        s
    }
}

impl Roadmap {
    /// The dependency graph as Graphviz DOT: `digraph roadmap`, left to
    /// right, one box per initiative labelled with its (Indonesian) name and
    /// id, grouped per phase in `subgraph cluster_phase_N` ("Fase N"); an
    /// edge from predecessor to successor, labelled `SS+2` (start-to-start,
    /// lag 2), `SS`, or `+1` (finish-to-start, lag 1), unlabelled for a
    /// plain finish-to-start. Critical initiatives and the tight edges
    /// between them ([`Roadmap::critical_edges`]) are drawn red and thick.
    /// Ids are sorted within a phase and edges by (predecessor, successor);
    /// every string is quoted and escaped (`\\`, `\"`, line breaks as `\n`).
    ///
    /// ```
    /// use egov_masterplan::Roadmap;
    /// let r = Roadmap::from_json(r#"{"schema_version": 1, "id": "r", "name": "R",
    ///   "horizon": {"start": "2020-01-01", "end": "2021-12-31"},
    ///   "initiatives": [
    ///     {"id": "a", "name": "Perbup \"SPBE\"", "area": "tata-kelola", "owner": "setda", "duration_months": 2},
    ///     {"id": "b", "name": "B", "area": "aplikasi", "owner": "diskominfo", "duration_months": 1,
    ///      "depends_on": [{"id": "a", "kind": "start-to-start", "lag_months": 2}]}]}"#)?;
    /// let dot = r.to_dot()?;
    /// assert!(dot.starts_with("digraph roadmap {\n  rankdir=LR;\n"));
    /// assert!(dot.contains(r##"  subgraph cluster_phase_1 {
    ///     label="Fase 1";
    ///     "a" [label="Perbup \"SPBE\"\na", color="#d1242f", penwidth=2];
    ///   }"##));
    /// assert!(dot.contains(r##"  "a" -> "b" [label="SS+2", color="#d1242f", penwidth=2];"##));
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn to_dot(&self) -> Result<String> {
        let critical: BTreeSet<String> = self.critical_path()?.into_iter().collect();
        let critical_edges: BTreeSet<(String, String)> =
            self.critical_edges()?.into_iter().collect();
        let mut s = String::from("digraph roadmap {\n  rankdir=LR;\n");
        let _ = writeln!(
            s,
            "  label=\"{}\";\n  labelloc=t;\n  fontname=\"Helvetica\";",
            dot_escape(self.name().id())
        );
        s.push_str("  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n");
        s.push_str("  edge [fontname=\"Helvetica\", fontsize=10];\n");
        for (n, phase) in self.phases().iter().enumerate() {
            let n = n + 1;
            let _ = writeln!(
                s,
                "  subgraph cluster_phase_{n} {{\n    label=\"Fase {n}\";"
            );
            for id in phase {
                let name = self.initiative(id).map(|i| i.name.id()).unwrap_or_default();
                let label = dot_escape(&format!("{name}\n{id}"));
                let mark = if critical.contains(id) {
                    format!(", {CRITICAL}")
                } else {
                    String::new()
                };
                let _ = writeln!(s, "    \"{}\" [label=\"{label}\"{mark}];", dot_escape(id));
            }
            s.push_str("  }\n");
        }
        let mut edges: Vec<(&str, &str, String)> = Vec::new();
        for ini in self.initiatives() {
            for d in &ini.depends_on {
                let label = match (d.kind, d.lag_months) {
                    (DependencyKind::FinishToStart, 0) => String::new(),
                    (DependencyKind::FinishToStart, lag) => format!("+{lag}"),
                    (DependencyKind::StartToStart, 0) => "SS".to_owned(),
                    (DependencyKind::StartToStart, lag) => format!("SS+{lag}"),
                };
                edges.push((&d.predecessor, &ini.id, label));
            }
        }
        edges.sort();
        for (p, q, label) in edges {
            let mut attrs = Vec::new();
            if !label.is_empty() {
                attrs.push(format!("label=\"{label}\""));
            }
            if critical_edges.contains(&(p.to_owned(), q.to_owned())) {
                attrs.push(CRITICAL.to_owned());
            }
            let attrs = if attrs.is_empty() {
                String::new()
            } else {
                format!(" [{}]", attrs.join(", "))
            };
            let (p, q) = (dot_escape(p), dot_escape(q));
            let _ = writeln!(s, "  \"{p}\" -> \"{q}\"{attrs};");
        }
        s.push_str("}\n");
        Ok(s)
    }
}

/// Escapes text for a DOT double-quoted string: `\` and `"` get a
/// backslash, a line break becomes `\n`, other control characters go.
fn dot_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\n' | '\u{2028}' | '\u{2029}' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Text that cannot end or break a Mermaid task line (see
/// [`Schedule::to_mermaid`]), whitespace collapsed.
fn mermaid_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let c = match c {
            ':' | '#' | ';' | '\u{2028}' | '\u{2029}' => ' ',
            c if c.is_control() => ' ',
            c => c,
        };
        if c == '%' && out.ends_with('%') {
            continue;
        }
        out.push(c);
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text on one line: line breaks and control characters become spaces.
fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_control() || c == '\u{2028}' || c == '\u{2029}' {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// Mermaid-safe task ids, unique within one diagram.
#[derive(Default)]
struct MermaidIds {
    used: BTreeSet<String>,
}

impl MermaidIds {
    fn task_id(&mut self, id: &str) -> String {
        let mut base: String = id
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        if base.is_empty() || MERMAID_WORDS.contains(&base.to_ascii_lowercase().as_str()) {
            base.insert_str(0, "t_");
        }
        let mut candidate = base.clone();
        let mut n = 1;
        while self.used.contains(&candidate) {
            n += 1;
            candidate = format!("{base}_{n}");
        }
        self.used.insert(candidate.clone());
        candidate
    }
}

#[cfg(test)]
mod tests;
