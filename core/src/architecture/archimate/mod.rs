//! Export to the ArchiMate 3.1 Model Exchange File Format (Open Group),
//! which Archi and other modelling tools import.

mod layout;
mod props;
mod types;
mod views;

use super::export::domain_label;
use super::model::{Domain, RelationType};
use super::ArchitectureModel;
use crate::render::escape_xml;
use crate::text::{Lang, Text};
use props::{agency_props, element_props, Prop, Props};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use types::{map_relation, owner_relation, relation_names, ArchiRel, ArchiType, Ids};

/// One relationship to write.
struct Rel {
    id: String,
    rel: ArchiRel,
    source: String,
    target: String,
    access: Option<&'static str>,
    name: (&'static str, &'static str),
    props: Props,
    /// A `hosted-on` written as an Aggregation from the host: the views
    /// nest the target (hosted) in the source (host).
    nests: bool,
}

/// Writes `<name>`-like elements: Indonesian, then English when different.
fn names(s: &mut String, indent: &str, tag: &str, text: &Text) {
    let id = escape_xml(text.id());
    let _ = writeln!(s, r#"{indent}<{tag} xml:lang="id">{id}</{tag}>"#);
    if let Text::Bilingual { en, .. } = text {
        let en = escape_xml(en);
        let _ = writeln!(s, r#"{indent}<{tag} xml:lang="en">{en}</{tag}>"#);
    }
}

fn properties(s: &mut String, indent: &str, props: &Props, defs: &BTreeMap<Prop, String>) {
    if props.is_empty() {
        return;
    }
    let _ = writeln!(s, "{indent}<properties>");
    for (p, v) in props {
        let r = defs.get(p).map(String::as_str).unwrap_or_default();
        let _ = writeln!(
            s,
            r#"{indent}  <property propertyDefinitionRef="{r}"><value xml:lang="id">{}</value></property>"#,
            escape_xml(v)
        );
    }
    let _ = writeln!(s, "{indent}</properties>");
}

impl ArchitectureModel {
    /// The catalog in the ArchiMate 3.1 Model Exchange File Format, for
    /// Archi and other modelling tools.
    ///
    /// Agencies become `BusinessActor`s; elements become, by domain and
    /// kind: `BusinessProcess` (`fungsi`: `BusinessFunction`), `DataObject`,
    /// `BusinessService` (`administrasi`: `ApplicationService`),
    /// `ApplicationComponent`, `Node` (`jaringan`: `CommunicationNetwork`;
    /// `sistem-penghubung`, `perangkat-lunak`: `SystemSoftware`),
    /// `Constraint` (`penerapan`, `kelaikan`: `Requirement`).
    ///
    /// Each relation becomes the first of its preferred ArchiMate
    /// relationships that ArchiMate (Archi's relationship table, 3.2)
    /// permits between the two types, else a directed `Association`:
    /// `realizes` → Realization; `serves` → Serving; `uses` → Serving
    /// from the used element, or Access to a data object; `reads`/`writes`
    /// → Access (`Read`/`Write`); `hosted-on` → Aggregation from the host
    /// where permitted (between infrastructure elements: a `Node` hosting a
    /// `Node` or `SystemSoftware`, …), else Serving from the host;
    /// `connects-to`, `depends-on` → Serving from the target; `secures` →
    /// Realization of the security
    /// element by the secured one, or Influence between security elements.
    /// An owner is an Assignment (where permitted, else an Association)
    /// from its actor; a parent agency aggregates its children.
    ///
    /// Names are written in Indonesian (`xml:lang="id"`) and, when
    /// bilingual, English; the original id, reference code, owner, domain,
    /// kind, lifecycle, function and free properties are properties.
    /// Folders: one per domain, then `Instansi` and `Relasi`. Identifiers
    /// are `id-`/`opd-`/`rel-`/`prop-` plus the id, with characters other
    /// than `[A-Za-z0-9_.-]` replaced (and a hash added) so they are valid
    /// and unique. Everything is escaped; output is deterministic.
    ///
    /// Views (diagrams, when there is an element), each laid out in bands
    /// by domain (business, data, applications, infrastructure, security,
    /// services; a label node on the left, 120×55 nodes 20 apart, eight a
    /// line). An element whose host (through such an Aggregation) is on the
    /// same view is drawn nested inside the host's node, which grows to
    /// fit; every other relationship between two nodes of a view is drawn
    /// as a connection. The views: the layered overview, one per agency
    /// (the agency, its elements and those directly related to them), the
    /// as-is catalog and the catalog planned for each year a lifecycle
    /// names. Their identifiers are `view-`, `node-` and `conn-` plus a
    /// name or a count.
    ///
    /// ```
    /// use egov_masterplan::ArchitectureModel;
    /// let m = ArchitectureModel::from_json(r#"{"schema_version": 1,
    ///   "elements": [
    ///     {"id": "simpeg", "name": "SIMPEG", "domain": "aplikasi"},
    ///     {"id": "dc", "name": "Pusat data", "domain": "infrastruktur", "kind": "pusat-data"},
    ///     {"id": "srv", "name": "Server", "domain": "infrastruktur", "kind": "server"}],
    ///   "relations": [{"from": "simpeg", "to": "srv", "type": "hosted-on"},
    ///                 {"from": "srv", "to": "dc", "type": "hosted-on"}]}"#)?;
    /// let xml = m.to_archimate_xml();
    /// assert!(xml.contains(r#"<element identifier="id-dc" xsi:type="Node">"#));
    /// assert!(xml.contains(r#"source="id-srv" target="id-simpeg" xsi:type="Serving""#));
    /// assert!(xml.contains(r#"source="id-dc" target="id-srv" xsi:type="Aggregation""#));
    /// assert!(xml.contains(r#"<view identifier="view-overview" xsi:type="Diagram">"#));
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn to_archimate_xml(&self) -> String {
        let x = Export::new(self);
        let mut s = String::with_capacity(4096 + 1024 * (x.concepts.len() + x.rels.len()));
        s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        let _ = writeln!(
            s,
            concat!(
                r#"<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" "#,
                r#"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" "#,
                r#"xsi:schemaLocation="http://www.opengroup.org/xsd/archimate/3.0/ "#,
                r#"http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd" "#,
                r#"identifier="{}">"#
            ),
            x.model_id
        );
        let fallback = Text::bilingual("Arsitektur SPBE", "SPBE architecture");
        names(&mut s, "  ", "name", self.name().unwrap_or(&fallback));
        x.elements(&mut s);
        x.relationships(&mut s);
        x.organizations(&mut s);
        x.property_definitions(&mut s);
        x.views(&mut s, self);
        s.push_str("</model>\n");
        s
    }

    /// What [`ArchitectureModel::to_archimate_xml`] writes, counted: its
    /// elements (the agencies and the catalog's elements), relationships,
    /// and the names of its views in document order.
    pub(crate) fn archimate_summary(&self) -> ArchimateSummary {
        let x = Export::new(self);
        ArchimateSummary {
            elements: x.concepts.len(),
            relationships: x.rels.len(),
            views: x.view_names(self),
        }
    }
}

/// The counts of an ArchiMate export.
pub(crate) struct ArchimateSummary {
    /// `<element>`s written.
    pub elements: usize,
    /// `<relationship>`s written.
    pub relationships: usize,
    /// The views' names, in document order.
    pub views: Vec<Text>,
}

/// An agency or element as an ArchiMate element.
struct Concept<'a> {
    id: String,
    ty: ArchiType,
    name: &'a Text,
    /// The element's domain (`None` for an agency).
    domain: Option<Domain>,
    props: Props,
}

/// Everything the export writes, with identifiers handed out in a fixed
/// order: the model, property definitions, agencies, elements, relations.
struct Export<'a> {
    model_id: String,
    defs: BTreeMap<Prop, String>,
    concepts: Vec<Concept<'a>>,
    rels: Vec<Rel>,
}

impl<'a> Export<'a> {
    fn new(model: &'a ArchitectureModel) -> Export<'a> {
        let d = &model.data;
        let agency_props: Vec<Props> = d.agencies.iter().map(agency_props).collect();
        let element_props: Vec<Props> = d.elements.iter().map(element_props).collect();
        let mut used: BTreeSet<Prop> = agency_props
            .iter()
            .chain(&element_props)
            .flat_map(|ps| ps.iter().map(|(p, _)| p.clone()))
            .collect();
        if !d.relations.is_empty() {
            used.insert(Prop::Relation);
        }
        let mut ids = Ids::default();
        let suffix = model.id().map(|i| format!("-{i}")).unwrap_or_default();
        let model_id = ids.make("id-model", &suffix);
        let defs: BTreeMap<Prop, String> = used
            .into_iter()
            .map(|p| {
                let id = ids.make("prop-", &p.definition().0);
                (p, id)
            })
            .collect();
        let mut agency_ids: BTreeMap<&str, String> = BTreeMap::new();
        let mut element_ids: BTreeMap<&str, String> = BTreeMap::new();
        let mut concepts = Vec::with_capacity(d.agencies.len() + d.elements.len());
        for (a, props) in d.agencies.iter().zip(agency_props) {
            let id = ids.make("opd-", &a.id);
            agency_ids.insert(&a.id, id.clone());
            let (ty, name, domain) = (ArchiType::BusinessActor, &a.name, None);
            concepts.push(Concept {
                id,
                ty,
                name,
                domain,
                props,
            });
        }
        for (e, props) in d.elements.iter().zip(element_props) {
            let id = ids.make("id-", &e.id);
            element_ids.insert(&e.id, id.clone());
            let (ty, name, domain) = (ArchiType::of(e), &e.name, Some(e.domain));
            concepts.push(Concept {
                id,
                ty,
                name,
                domain,
                props,
            });
        }
        let xml_id =
            |map: &BTreeMap<&str, String>, id: &str| map.get(id).cloned().unwrap_or_default();

        let mut rels: Vec<Rel> = Vec::new();
        for r in &d.relations {
            let (Some(from), Some(to)) = (model.element(&r.from), model.element(&r.to)) else {
                continue;
            };
            let mapped = map_relation(r.kind, ArchiType::of(from), ArchiType::of(to));
            let (src, tgt) = (xml_id(&element_ids, &r.from), xml_id(&element_ids, &r.to));
            let (source, target) = if mapped.reversed {
                (tgt, src)
            } else {
                (src, tgt)
            };
            rels.push(Rel {
                id: ids.make("rel-", &format!("{}.{}.{}", r.from, r.kind, r.to)),
                rel: mapped.rel,
                source,
                target,
                access: mapped.access,
                name: relation_names(r.kind, mapped.reversed),
                props: vec![(Prop::Relation, r.kind.as_str().to_owned())],
                nests: r.kind == RelationType::HostedOn && mapped.rel == ArchiRel::Aggregation,
            });
        }
        for e in &d.elements {
            if let Some(owner) = &e.owner {
                rels.push(Rel {
                    id: ids.make("rel-owner.", &e.id),
                    rel: owner_relation(ArchiType::of(e)),
                    source: xml_id(&agency_ids, owner),
                    target: xml_id(&element_ids, &e.id),
                    access: None,
                    name: ("memiliki", "owns"),
                    props: Vec::new(),
                    nests: false,
                });
            }
        }
        for a in &d.agencies {
            if let Some(parent) = &a.parent {
                rels.push(Rel {
                    id: ids.make("rel-parent.", &a.id),
                    rel: ArchiRel::Aggregation,
                    source: xml_id(&agency_ids, parent),
                    target: xml_id(&agency_ids, &a.id),
                    access: None,
                    name: ("membawahi", "oversees"),
                    props: Vec::new(),
                    nests: false,
                });
            }
        }
        Export {
            model_id,
            defs,
            concepts,
            rels,
        }
    }

    fn elements(&self, s: &mut String) {
        if self.concepts.is_empty() {
            return;
        }
        s.push_str("  <elements>\n");
        for c in &self.concepts {
            let (id, ty) = (&c.id, c.ty.name());
            let _ = writeln!(s, r#"    <element identifier="{id}" xsi:type="{ty}">"#);
            names(s, "      ", "name", c.name);
            properties(s, "      ", &c.props, &self.defs);
            s.push_str("    </element>\n");
        }
        s.push_str("  </elements>\n");
    }

    fn relationships(&self, s: &mut String) {
        if self.rels.is_empty() {
            return;
        }
        s.push_str("  <relationships>\n");
        for r in &self.rels {
            let (id, src, tgt, ty) = (&r.id, &r.source, &r.target, r.rel.name());
            let _ = write!(
                s,
                r#"    <relationship identifier="{id}" source="{src}" target="{tgt}" xsi:type="{ty}""#
            );
            if let Some(access) = r.access {
                let _ = write!(s, r#" accessType="{access}""#);
            }
            if r.rel == ArchiRel::Association {
                s.push_str(r#" isDirected="true""#);
            }
            s.push_str(">\n");
            names(s, "      ", "name", &Text::bilingual(r.name.0, r.name.1));
            properties(s, "      ", &r.props, &self.defs);
            s.push_str("    </relationship>\n");
        }
        s.push_str("  </relationships>\n");
    }

    /// A folder per domain, then `Instansi` and `Relasi`; empty ones are
    /// left out.
    fn organizations(&self, s: &mut String) {
        let in_domain = |d: Option<Domain>| -> Vec<&str> {
            let of = self.concepts.iter().filter(|c| c.domain == d);
            of.map(|c| c.id.as_str()).collect()
        };
        let mut folders: Vec<(Text, Vec<&str>)> = Domain::ALL
            .iter()
            .map(|d| {
                let label = Text::bilingual(domain_label(*d, Lang::Id), domain_label(*d, Lang::En));
                (label, in_domain(Some(*d)))
            })
            .collect();
        folders.push((Text::bilingual("Instansi", "Agencies"), in_domain(None)));
        let rels = self.rels.iter().map(|r| r.id.as_str()).collect();
        folders.push((Text::bilingual("Relasi", "Relations"), rels));
        folders.retain(|(_, members)| !members.is_empty());
        if folders.is_empty() {
            return;
        }
        s.push_str("  <organizations>\n");
        for (label, members) in &folders {
            s.push_str("    <item>\n");
            names(s, "      ", "label", label);
            for m in members {
                let _ = writeln!(s, r#"      <item identifierRef="{m}"/>"#);
            }
            s.push_str("    </item>\n");
        }
        s.push_str("  </organizations>\n");
    }

    fn property_definitions(&self, s: &mut String) {
        if self.defs.is_empty() {
            return;
        }
        s.push_str("  <propertyDefinitions>\n");
        for (p, id) in &self.defs {
            let (_, name_id, name_en, ty) = p.definition();
            let _ = writeln!(
                s,
                r#"    <propertyDefinition identifier="{id}" type="{ty}">"#
            );
            let name = if name_id == name_en {
                Text::plain(name_id)
            } else {
                Text::bilingual(name_id, name_en)
            };
            names(s, "      ", "name", &name);
            s.push_str("    </propertyDefinition>\n");
        }
        s.push_str("  </propertyDefinitions>\n");
    }
}
