//! The architecture document (JSON, `schema_version` 1) as read.

use super::model::{Agency, AgencyKind, Domain, Element, Lifecycle, Relation, RelationType};
use crate::error::{Error, Result};
use crate::text::Text;
use serde::Deserialize;
use std::collections::BTreeMap;

const WHAT: &str = "architecture";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ArchitectureDoc {
    #[allow(dead_code)] // checked before the full parse
    pub schema_version: u32,
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub name: Option<Text>,
    #[serde(default)]
    pub agencies: Vec<AgencyDoc>,
    #[serde(default)]
    pub elements: Vec<ElementDoc>,
    #[serde(default)]
    pub relations: Vec<RelationDoc>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AgencyDoc {
    id: String,
    name: Text,
    kind: String,
    #[serde(default)]
    parent: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ElementDoc {
    id: String,
    name: Text,
    domain: String,
    #[serde(default)]
    kind: Option<String>,
    #[serde(default)]
    owner: Option<String>,
    #[serde(default)]
    reference: Option<String>,
    #[serde(default)]
    function: Option<String>,
    #[serde(default)]
    lifecycle: Option<LifecycleDoc>,
    #[serde(default)]
    properties: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct LifecycleDoc {
    state: String,
    #[serde(default)]
    year: Option<i32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RelationDoc {
    from: String,
    to: String,
    #[serde(rename = "type")]
    kind: String,
}

fn option_error(e: Error, option: String) -> Error {
    match e {
        Error::InvalidOption { value, allowed, .. } => Error::InvalidOption {
            option,
            value,
            allowed,
        },
        other => other,
    }
}

impl AgencyDoc {
    pub(crate) fn into_agency(self) -> Result<Agency> {
        let kind = self
            .kind
            .parse::<AgencyKind>()
            .map_err(|e| option_error(e, format!("agencies[{}].kind", self.id)))?;
        Ok(Agency {
            id: self.id,
            name: self.name,
            kind,
            parent: self.parent,
        })
    }
}

impl ElementDoc {
    pub(crate) fn into_element(self) -> Result<Element> {
        let id = self.id;
        let domain = self
            .domain
            .parse::<Domain>()
            .map_err(|e| option_error(e, format!("elements[{id}].domain")))?;
        let kind = match self.kind {
            Some(k) => k,
            None => domain.kinds()[0].to_owned(),
        };
        let lifecycle = match self.lifecycle {
            None => Lifecycle::AsIs,
            Some(l) => match (l.state.as_str(), l.year) {
                ("as-is", None) => Lifecycle::AsIs,
                ("as-is", Some(_)) => {
                    return Err(Error::field(
                        WHAT,
                        &format!("elements[{id}].lifecycle.year"),
                        "is only for to-be and retiring elements",
                    ))
                }
                ("to-be", year) => Lifecycle::ToBe { year },
                ("retiring", year) => Lifecycle::Retiring { year },
                (other, _) => {
                    return Err(Error::InvalidOption {
                        option: format!("elements[{id}].lifecycle.state"),
                        value: other.to_owned(),
                        allowed: vec!["as-is".into(), "to-be".into(), "retiring".into()],
                    })
                }
            },
        };
        Ok(Element {
            id,
            name: self.name,
            domain,
            kind,
            owner: self.owner,
            reference: self.reference,
            function: self.function,
            lifecycle,
            properties: self.properties,
        })
    }
}

impl RelationDoc {
    pub(crate) fn into_relation(self) -> Result<Relation> {
        let kind = self.kind.parse::<RelationType>().map_err(|e| {
            option_error(e, format!("relations[{} -> {}].type", self.from, self.to))
        })?;
        Ok(Relation {
            from: self.from,
            to: self.to,
            kind,
        })
    }
}
