//! Canonical JSON and Graphviz DOT exports of an architecture catalog, and
//! the localized labels of the six domains.

use super::model::{Agency, Domain, Element, Lifecycle, Relation};
use super::ArchitectureModel;
use crate::text::{Lang, Text};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The label of a domain: `Proses Bisnis` / `Business process`, …
pub(crate) fn domain_label(domain: Domain, lang: Lang) -> &'static str {
    match (domain, lang) {
        (Domain::ProsesBisnis, Lang::Id) => "Proses Bisnis",
        (Domain::ProsesBisnis, Lang::En) => "Business process",
        (Domain::DataInformasi, Lang::Id) => "Data dan Informasi",
        (Domain::DataInformasi, Lang::En) => "Data and information",
        (Domain::Infrastruktur, Lang::Id) => "Infrastruktur",
        (Domain::Infrastruktur, Lang::En) => "Infrastructure",
        (Domain::Aplikasi, Lang::Id) => "Aplikasi",
        (Domain::Aplikasi, Lang::En) => "Applications",
        (Domain::Keamanan, Lang::Id) => "Keamanan",
        (Domain::Keamanan, Lang::En) => "Security",
        (Domain::Layanan, Lang::Id) => "Layanan",
        (Domain::Layanan, Lang::En) => "Services",
    }
}

/// The architecture document, borrowing from the model; the field order is
/// the key order.
#[derive(Serialize)]
struct DocOut<'a> {
    schema_version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a Text>,
    agencies: Vec<AgencyOut<'a>>,
    elements: Vec<ElementOut<'a>>,
    relations: Vec<RelationOut<'a>>,
}

#[derive(Serialize)]
struct AgencyOut<'a> {
    id: &'a str,
    name: &'a Text,
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    parent: Option<&'a str>,
}

#[derive(Serialize)]
struct ElementOut<'a> {
    id: &'a str,
    name: &'a Text,
    domain: &'static str,
    kind: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    owner: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reference: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    function: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lifecycle: Option<LifecycleOut>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    properties: &'a BTreeMap<String, String>,
}

#[derive(Serialize)]
struct LifecycleOut {
    state: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    year: Option<i32>,
}

#[derive(Serialize)]
struct RelationOut<'a> {
    from: &'a str,
    to: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
}

impl<'a> AgencyOut<'a> {
    fn new(a: &'a Agency) -> AgencyOut<'a> {
        AgencyOut {
            id: &a.id,
            name: &a.name,
            kind: a.kind.as_str(),
            parent: a.parent.as_deref(),
        }
    }
}

impl<'a> ElementOut<'a> {
    fn new(e: &'a Element) -> ElementOut<'a> {
        let lifecycle = match e.lifecycle {
            Lifecycle::AsIs => None,
            Lifecycle::ToBe { year } => Some(LifecycleOut {
                state: "to-be",
                year,
            }),
            Lifecycle::Retiring { year } => Some(LifecycleOut {
                state: "retiring",
                year,
            }),
        };
        ElementOut {
            id: &e.id,
            name: &e.name,
            domain: e.domain.as_str(),
            kind: &e.kind,
            owner: e.owner.as_deref(),
            reference: e.reference.as_deref(),
            function: e.function.as_deref(),
            lifecycle,
            properties: &e.properties,
        }
    }
}

impl<'a> RelationOut<'a> {
    fn new(r: &'a Relation) -> RelationOut<'a> {
        RelationOut {
            from: &r.from,
            to: &r.to,
            kind: r.kind.as_str(),
        }
    }
}

/// Text inside a double-quoted DOT string: `\` and `"` escaped, line
/// breaks as `\n`, other control characters dropped.
fn dot_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Fill and border colours of a domain's cluster.
fn domain_colours(domain: Domain) -> (&'static str, &'static str) {
    match domain {
        Domain::ProsesBisnis => ("#fff8e1", "#d4a72c"),
        Domain::DataInformasi => ("#e8f5e9", "#4c9a52"),
        Domain::Infrastruktur => ("#eceff1", "#78909c"),
        Domain::Aplikasi => ("#e3f2fd", "#4a8fd8"),
        Domain::Keamanan => ("#fdecea", "#c6534b"),
        Domain::Layanan => ("#f3e5f5", "#9c5fb5"),
    }
}

impl ArchitectureModel {
    /// The catalog as canonical compact JSON (`schema_version` 1, keys in
    /// the order of `FORMATS.md`: `schema_version`, `id`, `name`,
    /// `agencies`, `elements`, `relations`). Optional fields are left out
    /// when absent (`id`, `name`, `parent`, `owner`, `reference`,
    /// `function`, empty `properties`), as is `lifecycle` for an as-is
    /// element; `kind` is always written. [`ArchitectureModel::from_json`]
    /// reads it back to an equal model, which writes the same bytes.
    ///
    /// ```
    /// use egov_masterplan::ArchitectureModel;
    /// let m = ArchitectureModel::from_json(r#"{"schema_version": 1,
    ///   "agencies": [{"id": "bkpsdm", "name": "BKPSDM", "kind": "badan"}],
    ///   "elements": [{"id": "simpeg", "name": "SIMPEG", "domain": "aplikasi", "owner": "bkpsdm",
    ///                 "lifecycle": {"state": "as-is"}}]}"#)?;
    /// assert_eq!(m.to_json(), concat!(
    ///     r#"{"schema_version":1,"agencies":[{"id":"bkpsdm","name":"BKPSDM","kind":"badan"}],"#,
    ///     r#""elements":[{"id":"simpeg","name":"SIMPEG","domain":"aplikasi","kind":"khusus","owner":"bkpsdm"}],"#,
    ///     r#""relations":[]}"#));
    /// assert_eq!(ArchitectureModel::from_json(&m.to_json())?, m);
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn to_json(&self) -> String {
        let d = &self.data;
        let doc = DocOut {
            schema_version: 1,
            id: d.id.as_deref(),
            name: d.name.as_ref(),
            agencies: d.agencies.iter().map(AgencyOut::new).collect(),
            elements: d.elements.iter().map(ElementOut::new).collect(),
            relations: d.relations.iter().map(RelationOut::new).collect(),
        };
        serde_json::to_string(&doc).unwrap_or_default()
    }

    /// The catalog as a Graphviz `digraph` (left to right): one cluster per
    /// domain (in [`Domain::ALL`] order, labelled in Indonesian, only
    /// domains with elements), one node per element labelled with its
    /// Indonesian name and, below, its id, and one edge per relation
    /// labelled with its type. Agencies are not drawn; an element's owner
    /// (name and id) is in its tooltip. To-be elements are dashed, retiring
    /// ones dotted and grey. Every string is quoted and escaped.
    ///
    /// ```
    /// use egov_masterplan::ArchitectureModel;
    /// let m = ArchitectureModel::from_json(r#"{"schema_version": 1,
    ///   "elements": [
    ///     {"id": "simpeg", "name": "SIMPEG \"v2\"", "domain": "aplikasi"},
    ///     {"id": "dc", "name": "Pusat data", "domain": "infrastruktur", "kind": "pusat-data"}],
    ///   "relations": [{"from": "simpeg", "to": "dc", "type": "hosted-on"}]}"#)?;
    /// let dot = m.to_dot();
    /// assert!(dot.starts_with("digraph "));
    /// assert!(dot.contains(r#"label="SIMPEG \"v2\"\nsimpeg""#));
    /// assert!(dot.contains(r#""simpeg" -> "dc" [label="hosted-on"];"#));
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn to_dot(&self) -> String {
        let d = &self.data;
        let mut s = String::with_capacity(1024 + 160 * (d.elements.len() + d.relations.len()));
        let graph_id = dot_escape(self.id().unwrap_or("arsitektur"));
        let _ = writeln!(s, "digraph \"{graph_id}\" {{");
        let font = "Helvetica";
        let _ = write!(s, "  graph [rankdir=LR, fontname=\"{font}\", compound=true");
        if let Some(name) = self.name() {
            let _ = write!(
                s,
                ", label=\"{}\", labelloc=t, fontsize=16",
                dot_escape(name.id())
            );
        }
        s.push_str("];\n");
        let _ = writeln!(
            s,
            "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"{font}\", fontsize=10];"
        );
        let _ = writeln!(
            s,
            "  edge [fontname=\"{font}\", fontsize=8, color=\"#57606a\", fontcolor=\"#57606a\"];"
        );
        for domain in Domain::ALL {
            let members: Vec<&Element> =
                d.elements.iter().filter(|e| e.domain == *domain).collect();
            if members.is_empty() {
                continue;
            }
            let (fill, border) = domain_colours(*domain);
            let _ = writeln!(s, "  subgraph \"cluster_{}\" {{", domain.as_str());
            let _ = writeln!(
                s,
                "    label=\"{}\"; style=\"rounded,filled\"; fillcolor=\"{fill}\"; color=\"{border}\"; fontname=\"{font}\";",
                domain_label(*domain, Lang::Id)
            );
            for e in members {
                self.dot_node(&mut s, e);
            }
            s.push_str("  }\n");
        }
        for r in &d.relations {
            let _ = writeln!(
                s,
                "  \"{}\" -> \"{}\" [label=\"{}\"];",
                dot_escape(&r.from),
                dot_escape(&r.to),
                r.kind.as_str()
            );
        }
        s.push_str("}\n");
        s
    }

    /// One node statement of [`ArchitectureModel::to_dot`].
    fn dot_node(&self, s: &mut String, e: &Element) {
        let owner = match e.owner.as_deref() {
            Some(o) => match self.agency(o) {
                Some(a) => format!("{} ({o})", a.name.id()),
                None => o.to_owned(),
            },
            None => "–".to_owned(),
        };
        let mut tooltip = format!("Pemilik: {owner}");
        let style = match e.lifecycle {
            Lifecycle::AsIs => "",
            Lifecycle::ToBe { year } => {
                tooltip.push_str(&lifecycle_note("rencana", year));
                ", style=\"rounded,dashed,filled\""
            }
            Lifecycle::Retiring { year } => {
                tooltip.push_str(&lifecycle_note("dihentikan", year));
                ", style=\"rounded,dotted,filled\", fontcolor=\"#6e7781\""
            }
        };
        let _ = writeln!(
            s,
            "    \"{id}\" [label=\"{name}\\n{id}\", tooltip=\"{tip}\"{style}];",
            id = dot_escape(&e.id),
            name = dot_escape(e.name.id()),
            tip = dot_escape(&tooltip),
        );
    }
}

/// `\n` + a lifecycle word and the year, if any, for a tooltip.
fn lifecycle_note(word: &str, year: Option<i32>) -> String {
    match year {
        Some(y) => format!("\n{word} {y}"),
        None => format!("\n{word}"),
    }
}

#[cfg(test)]
mod tests;
