//! The architecture: a catalog of elements in the six SPBE architecture
//! domains, owned by agencies and joined by typed relations; its analyses
//! and exports.
//!
//! # Document (JSON, `schema_version` 1)
//!
//! ```json
//! {"schema_version": 1, "id": "bolmong", "name": "Arsitektur SPBE …",
//!  "agencies": [{"id": "diskominfo", "name": {"id": "Dinas Kominfo", "en": "…"},
//!                "kind": "dinas", "parent": "setda"}],
//!  "elements": [
//!    {"id": "app-simpeg", "name": "SIMPEG", "domain": "aplikasi", "kind": "khusus",
//!     "owner": "bkpsdm", "reference": "RAA.02.02", "function": "kepegawaian",
//!     "lifecycle": {"state": "retiring", "year": 2023}, "properties": {"vendor": "…"}}],
//!  "relations": [{"from": "app-simpeg", "to": "dc-pemkab", "type": "hosted-on"}]}
//! ```
//!
//! - `domain`: `proses-bisnis`, `data-informasi`, `infrastruktur`,
//!   `aplikasi`, `keamanan`, `layanan`; `kind` within it: see
//!   [`Domain::kinds`] (the first is the default).
//! - agency `kind`: `sekretariat`, `dinas`, `badan`, `inspektorat`,
//!   `kecamatan`, `other`.
//! - `reference`: the domain's reference-architecture prefix (`RAB`, `RAD`,
//!   `RAI`, `RAA`, `RAK`, `RAL`), an existing tier-1 item, then any numeric
//!   tiers (`RAA.02.03`).
//! - `lifecycle.state`: `as-is` (default), `to-be` or `retiring`, with an
//!   optional plan `year` for the latter two.
//! - relation `type` and the domains it may join: [`RelationType::allowed`].
//! - `owner`, `reference`, `function`, `lifecycle`, `properties`, `id` and
//!   `name` are optional.

mod archimate;
mod coverage;
mod duplicates;
mod export;
mod gaps;
mod impact;
mod json;
mod lifecycle;
mod model;
mod validate;

pub use coverage::CoverageMatrix;
pub use duplicates::{DuplicateBasis, DuplicateGroup};
pub(crate) use export::domain_label;
pub use gaps::{Unsupported, UnsupportedKind};
pub use impact::{Impact, ImpactStep, ImpactedAgency, ImpactedElement, MAX_IMPACT_STEPS};
pub use lifecycle::ArchitectureDiff;
pub use model::{Agency, AgencyKind, Domain, Element, Lifecycle, Relation, RelationType};

use crate::error::{Error, Result};
use crate::text::Text;
use std::collections::BTreeMap;
use std::sync::Arc;

/// A validated architecture catalog. Cheap to clone (shared, immutable).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArchitectureModel {
    pub(crate) data: Arc<ArchitectureData>,
}

#[derive(Debug, PartialEq, Eq)]
pub(crate) struct ArchitectureData {
    pub id: Option<String>,
    pub name: Option<Text>,
    pub agencies: Vec<Agency>,
    pub elements: Vec<Element>,
    pub relations: Vec<Relation>,
    pub agency_index: BTreeMap<String, usize>,
    pub element_index: BTreeMap<String, usize>,
}

impl ArchitectureModel {
    /// Reads and validates a catalog: duplicate ids, unknown owners and
    /// parents, kinds outside the domain, reference codes outside the
    /// taxonomy, dangling relation ends, relations not allowed between the
    /// two domains, and cycles in `hosted-on` are errors naming the ids.
    pub fn from_json(json: &str) -> Result<ArchitectureModel> {
        crate::limits::document("architecture", json)?;
        crate::json_keys::reject_duplicate_keys("architecture", json)?;
        crate::framework::check_schema_version("architecture", json)?;
        let doc: json::ArchitectureDoc =
            serde_json::from_str(json).map_err(|e| Error::json("architecture", &e))?;
        let agencies = doc
            .agencies
            .into_iter()
            .map(json::AgencyDoc::into_agency)
            .collect::<Result<Vec<_>>>()?;
        let elements = doc
            .elements
            .into_iter()
            .map(json::ElementDoc::into_element)
            .collect::<Result<Vec<_>>>()?;
        let relations = doc
            .relations
            .into_iter()
            .map(json::RelationDoc::into_relation)
            .collect::<Result<Vec<_>>>()?;
        ArchitectureModel::new(doc.id, doc.name, agencies, elements, relations)
    }

    /// Builds and validates a catalog from its parts.
    pub fn new(
        id: Option<String>,
        name: Option<Text>,
        agencies: Vec<Agency>,
        elements: Vec<Element>,
        relations: Vec<Relation>,
    ) -> Result<ArchitectureModel> {
        Ok(ArchitectureModel {
            data: Arc::new(validate::build(id, name, agencies, elements, relations)?),
        })
    }

    /// The catalog's id, if it has one.
    pub fn id(&self) -> Option<&str> {
        self.data.id.as_deref()
    }

    /// The catalog's name, if it has one.
    pub fn name(&self) -> Option<&Text> {
        self.data.name.as_ref()
    }

    /// The agencies, in document order.
    pub fn agencies(&self) -> &[Agency] {
        &self.data.agencies
    }

    /// The elements, in document order.
    pub fn elements(&self) -> &[Element] {
        &self.data.elements
    }

    /// The relations, in document order.
    pub fn relations(&self) -> &[Relation] {
        &self.data.relations
    }

    /// An agency by id.
    pub fn agency(&self, id: &str) -> Option<&Agency> {
        self.data
            .agency_index
            .get(id)
            .map(|&i| &self.data.agencies[i])
    }

    /// An element by id.
    pub fn element(&self, id: &str) -> Option<&Element> {
        self.data
            .element_index
            .get(id)
            .map(|&i| &self.data.elements[i])
    }
}
