//! Reads back what the view tests need of an ArchiMate export: element
//! domains, relationship ends, and each view's nodes and connections.

use quick_xml::events::{BytesStart, Event};
use std::collections::BTreeMap;

#[derive(Debug, Default)]
pub struct Node {
    pub id: String,
    pub ty: String,
    pub element: Option<String>,
    /// x, y, w, h
    pub b: [u32; 4],
    pub label: String,
    /// How many nodes enclose it.
    pub depth: usize,
    /// The identifier of the node it is nested in.
    pub parent: Option<String>,
}

#[derive(Debug, Default)]
pub struct Conn {
    pub rel: String,
    pub source: String,
    pub target: String,
}

#[derive(Debug, Default)]
pub struct View {
    pub id: String,
    pub name: String,
    pub nodes: Vec<Node>,
    pub conns: Vec<Conn>,
}

/// What the read-back needs of an export.
#[derive(Debug, Default)]
pub struct Doc {
    /// element identifier → its `domain` property (empty for an agency)
    pub elements: BTreeMap<String, String>,
    /// relationship identifier → (source, target)
    pub rels: BTreeMap<String, (String, String)>,
    /// relationship identifier → its `xsi:type`
    pub rel_types: BTreeMap<String, String>,
    pub views: Vec<View>,
}

fn attrs(e: &BytesStart) -> BTreeMap<String, String> {
    e.attributes()
        .map(|a| {
            let a = a.unwrap();
            let key = String::from_utf8_lossy(a.key.as_ref()).into_owned();
            (key, a.unescape_value().unwrap().into_owned())
        })
        .collect()
}

pub fn read(xml: &str) -> Doc {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut doc = Doc::default();
    let mut stack: Vec<String> = Vec::new();
    // identifiers of the open <node>s
    let mut open_nodes: Vec<String> = Vec::new();
    let (mut element, mut prop, mut text) = (String::new(), String::new(), None::<String>);
    loop {
        let (e, empty) = match reader.read_event().unwrap() {
            Event::Eof => break,
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            Event::End(_) => {
                let tag = stack.pop().unwrap();
                if tag == "node" {
                    open_nodes.pop();
                }
                if let Some(t) = text.take() {
                    match tag.as_str() {
                        "value" if prop == "prop-domain" => {
                            doc.elements.insert(element.clone(), t);
                        }
                        "name" => doc.views.last_mut().unwrap().name = t,
                        "label" => {
                            let view = doc.views.last_mut().unwrap();
                            view.nodes.last_mut().unwrap().label = t;
                        }
                        _ => {}
                    }
                }
                continue;
            }
            Event::Text(t) => {
                if let Some(s) = text.as_mut() {
                    s.push_str(&t.decode().unwrap());
                }
                continue;
            }
            Event::GeneralRef(r) => {
                if let Some(s) = text.as_mut() {
                    let name = String::from_utf8_lossy(&r).into_owned();
                    s.push_str(match name.as_str() {
                        "lt" => "<",
                        "gt" => ">",
                        "amp" => "&",
                        "quot" => "\"",
                        "apos" => "'",
                        other => panic!("entity {other}"),
                    });
                }
                continue;
            }
            _ => continue,
        };
        let tag = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
        let a = attrs(&e);
        let parent = stack.last().map(String::as_str);
        let get = |k: &str| a.get(k).cloned().unwrap_or_default();
        let in_view = stack.iter().any(|t| t == "view");
        let lang_id = a.get("xml:lang").map(String::as_str) == Some("id");
        match tag.as_str() {
            "element" => {
                element = get("identifier");
                doc.elements.insert(element.clone(), String::new());
            }
            "property" => prop = get("propertyDefinitionRef"),
            "value" if parent == Some("property") && stack.contains(&"element".into()) => {
                text = Some(String::new())
            }
            "relationship" => {
                let ends = (get("source"), get("target"));
                doc.rels.insert(get("identifier"), ends);
                doc.rel_types.insert(get("identifier"), get("xsi:type"));
            }
            "view" => doc.views.push(View {
                id: get("identifier"),
                ..View::default()
            }),
            "name" if parent == Some("view") && lang_id => text = Some(String::new()),
            "label" if parent == Some("node") && lang_id => text = Some(String::new()),
            "node" => {
                let n = |k: &str| get(k).parse::<u32>().unwrap();
                let node = Node {
                    id: get("identifier"),
                    ty: get("xsi:type"),
                    element: a.get("elementRef").cloned(),
                    b: [n("x"), n("y"), n("w"), n("h")],
                    label: String::new(),
                    depth: stack.iter().filter(|t| *t == "node").count(),
                    parent: open_nodes.last().cloned(),
                };
                if !empty {
                    open_nodes.push(node.id.clone());
                }
                doc.views.last_mut().unwrap().nodes.push(node);
            }
            "connection" => {
                assert_eq!(get("xsi:type"), "Relationship");
                doc.views.last_mut().unwrap().conns.push(Conn {
                    rel: get("relationshipRef"),
                    source: get("source"),
                    target: get("target"),
                });
            }
            _ => assert!(
                !in_view
                    || ["diagrams", "views"].contains(&tag.as_str())
                    || tag == "name"
                    || tag == "label",
                "unexpected <{tag}> in a view"
            ),
        }
        if !empty {
            stack.push(tag);
        }
    }
    doc
}
