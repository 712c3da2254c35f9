//! Turns a framework document into a validated [`FrameworkData`], and back.

use super::bands::build_predicates;
use super::json::{parse_raw_decimal, FrameworkDoc, NodeDoc};
use super::levels::{build_ladders, build_rounding, build_scale};
use super::method::CompositeMethod;
use super::model::{Ladder, Node, Status};
use super::node_method::NodeMethod;
use super::FrameworkData;
use crate::error::{Error, Result};
use crate::exact::{lcm, Fraction};
use std::collections::BTreeSet;

const WHAT: &str = "framework";

/// Largest sum of integer weight units a framework may have; keeps every
/// score sum far inside `u64` and every rounding step inside `u128`.
const MAX_TOTAL_UNITS: u64 = 1 << 48;

pub(crate) fn build(doc: FrameworkDoc) -> Result<FrameworkData> {
    if doc.id.trim().is_empty() {
        return Err(Error::field(WHAT, "id", "must not be empty"));
    }
    check_sizes(&doc)?;
    let status = match doc.status.as_str() {
        "official" => Status::Official,
        "provisional" => Status::Provisional,
        other => {
            return Err(Error::InvalidOption {
                option: "status".into(),
                value: other.into(),
                allowed: vec!["official".into(), "provisional".into()],
            })
        }
    };
    if doc.tiers.is_empty() {
        return Err(Error::field(WHAT, "tiers", "must name at least one tier"));
    }
    unique("tier", doc.tiers.iter())?;
    let scale = build_scale(&doc.scale)?;
    let ladders = build_ladders(&doc.ladders, scale)?;
    let rounding = build_rounding(&doc.rounding)?;
    if doc.nodes.is_empty() {
        return Err(Error::field(WHAT, "nodes", "must hold at least one node"));
    }
    let composite = match &doc.composite {
        Some(_) if doc.schema_version < 2 => {
            return Err(Error::field(
                WHAT,
                "composite",
                "needs schema_version 2 (version 1 frameworks have level scales only)",
            ))
        }
        Some(c) => Some(CompositeMethod::from_doc(c)?),
        None => None,
    };
    // A composite index may have no bands (the OECD DGI has none).
    let predicates = if composite.is_some() && doc.predicates.is_empty() {
        Vec::new()
    } else {
        build_predicates(&doc.predicates, scale)?
    };

    let mut tree = TreeBuilder {
        composite: composite.is_some(),
        tiers: &doc.tiers,
        ladders: &ladders,
        nodes: Vec::new(),
        leaf_count: 0,
        leaf_ladders: Vec::new(),
        seen: BTreeSet::new(),
    };
    for n in &doc.nodes {
        tree.add(n, None, 0, None)?;
    }
    let TreeBuilder {
        nodes,
        leaf_ladders,
        ..
    } = tree;

    let indicators: Vec<usize> = (0..nodes.len())
        .filter(|&i| nodes[i].is_indicator())
        .collect();
    let (units, total_units, unit_scale) = integer_units(&nodes, &indicators)?;
    let by_id = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.clone(), i))
        .collect();
    Ok(FrameworkData {
        id: doc.id,
        version: doc.version,
        name: doc.name,
        description: doc.description,
        legal_basis: doc.legal_basis,
        status,
        notes: doc.notes,
        tiers: doc.tiers,
        scale,
        ladders,
        rounding,
        predicates,
        composite,
        nodes,
        indicators,
        indicator_ladders: leaf_ladders,
        units,
        total_units,
        unit_scale,
        by_id,
    })
}

pub(super) fn unique<'a>(what: &str, ids: impl Iterator<Item = &'a String>) -> Result<()> {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id.as_str()) {
            return Err(Error::DuplicateId {
                what: what.into(),
                id: id.clone(),
            });
        }
    }
    Ok(())
}

/// The document's ids, texts and tier count are within [`crate::limits`]
/// (node count and node texts are checked as the tree is built).
fn check_sizes(doc: &FrameworkDoc) -> Result<()> {
    use crate::limits;
    limits::id(WHAT, "id", &doc.id)?;
    limits::id(WHAT, "version", &doc.version)?;
    limits::name(WHAT, "name", &doc.name)?;
    limits::name(WHAT, "legal_basis", &doc.legal_basis)?;
    for (field, text) in [("description", &doc.description), ("notes", &doc.notes)] {
        if let Some(t) = text {
            limits::name(WHAT, field, t)?;
        }
    }
    limits::count("framework tiers", doc.tiers.len(), limits::MAX_TIERS)?;
    for t in &doc.tiers {
        limits::id(WHAT, "tiers[]", t)?;
    }
    for (ladder, levels) in &doc.ladders {
        limits::id(WHAT, "ladders", ladder)?;
        for l in levels {
            limits::name(WHAT, format_args!("ladders.{ladder}[].name"), &l.name)?;
            limits::name(
                WHAT,
                format_args!("ladders.{ladder}[].criterion"),
                &l.criterion,
            )?;
        }
    }
    for p in &doc.predicates {
        limits::id(WHAT, "predicates[].id", &p.id)?;
        limits::name(WHAT, format_args!("predicates[{}].label", p.id), &p.label)?;
    }
    Ok(())
}

struct TreeBuilder<'a> {
    /// The framework has a `composite` block (per-node methods allowed).
    composite: bool,
    tiers: &'a [String],
    ladders: &'a [Ladder],
    nodes: Vec<Node>,
    leaf_count: usize,
    leaf_ladders: Vec<Option<usize>>,
    seen: BTreeSet<String>,
}

impl TreeBuilder<'_> {
    /// Adds `doc` and its subtree in pre-order; returns its node index.
    fn add(
        &mut self,
        doc: &NodeDoc,
        parent: Option<usize>,
        depth: usize,
        inherited_ladder: Option<&str>,
    ) -> Result<usize> {
        if doc.id.trim().is_empty() {
            return Err(Error::field(WHAT, "nodes[].id", "must not be empty"));
        }
        crate::limits::count(
            "framework nodes",
            self.nodes.len() + 1,
            crate::limits::MAX_NODES,
        )?;
        crate::limits::id(WHAT, "nodes[].id", &doc.id)?;
        crate::limits::name(WHAT, format_args!("nodes[{}].name", doc.id), &doc.name)?;
        if let Some(ladder) = &doc.ladder {
            crate::limits::id(WHAT, format_args!("nodes[{}].ladder", doc.id), ladder)?;
        }
        if !self.seen.insert(doc.id.clone()) {
            return Err(Error::DuplicateId {
                what: "node".into(),
                id: doc.id.clone(),
            });
        }
        let leaf_tier = self.tiers.len() - 1;
        let tier_name = |d: usize| self.tiers.get(d).cloned().unwrap_or_default();
        if depth > leaf_tier {
            return Err(Error::TierMismatch {
                id: doc.id.clone(),
                detail: format!(
                    "lies below the last tier `{}`; the framework has {} tier(s)",
                    tier_name(leaf_tier),
                    self.tiers.len()
                ),
            });
        }
        let declared_weight = match &doc.weight {
            Some(raw) => Some(weight(&doc.id, raw)?),
            None => None,
        };
        let ladder = doc.ladder.as_deref().or(inherited_ladder);
        let is_leaf = depth == self.tiers.len() - 1;
        let NodeMethod {
            aggregator,
            polarity,
            bounds,
        } = NodeMethod::of(doc, is_leaf, self.composite)?;
        if let Some(name) = doc.ladder.as_deref() {
            self.ladder_index(&doc.id, name)?;
        }
        let me = self.nodes.len();
        let leaves_start = self.leaf_count;
        self.nodes.push(Node {
            id: doc.id.clone(),
            name: doc.name.clone(),
            tier: depth,
            weight: declared_weight.unwrap_or(Fraction::ZERO),
            declared_weight,
            ladder: doc.ladder.clone(),
            aggregator,
            polarity,
            bounds,
            parent,
            children: Vec::new(),
            leaves: 0..0,
        });

        if depth == leaf_tier {
            if doc.children.is_some() {
                return Err(Error::TierMismatch {
                    id: doc.id.clone(),
                    detail: format!(
                        "is a `{}` (the last tier) and cannot have children",
                        tier_name(depth)
                    ),
                });
            }
            if declared_weight.is_none() {
                return Err(Error::InvalidWeight {
                    id: doc.id.clone(),
                    value: String::new(),
                    reason: "an indicator needs a weight".into(),
                });
            }
            let ladder_ix = match ladder {
                Some(name) => Some(self.ladder_index(&doc.id, name)?),
                None if self.ladders.len() == 1 => Some(0),
                None if self.ladders.is_empty() => None,
                None => return Err(self.unknown_ladder(&doc.id, "")),
            };
            self.leaf_ladders.push(ladder_ix);
            self.leaf_count += 1;
        } else {
            let children = doc.children.as_deref().unwrap_or_default();
            if children.is_empty() {
                return Err(Error::EmptyGroup {
                    id: doc.id.clone(),
                    tier: tier_name(depth),
                });
            }
            let mut sum = Fraction::ZERO;
            for child in children {
                let c = self.add(child, Some(me), depth + 1, ladder)?;
                self.nodes[me].children.push(c);
                sum = sum
                    .checked_add(&self.nodes[c].weight)
                    .ok_or_else(|| Error::overflow(&format!("the weights under `{}`", doc.id)))?;
            }
            if let Some(declared) = declared_weight {
                if declared != sum {
                    return Err(Error::WeightMismatch {
                        id: doc.id.clone(),
                        declared: declared.to_literal(),
                        sum: sum.to_literal(),
                    });
                }
            }
            self.nodes[me].weight = sum;
        }
        self.nodes[me].leaves = leaves_start..self.leaf_count;
        Ok(me)
    }

    fn ladder_index(&self, id: &str, name: &str) -> Result<usize> {
        self.ladders
            .iter()
            .position(|l| l.name == name)
            .ok_or_else(|| self.unknown_ladder(id, name))
    }

    fn unknown_ladder(&self, id: &str, name: &str) -> Error {
        Error::UnknownLadder {
            indicator: id.into(),
            ladder: name.into(),
            available: self.ladders.iter().map(|l| l.name.clone()).collect(),
        }
    }
}

fn weight(id: &str, raw: &serde_json::value::RawValue) -> Result<Fraction> {
    let w = parse_raw_decimal(raw).map_err(|reason| Error::InvalidWeight {
        id: id.into(),
        value: raw.get().to_owned(),
        reason,
    })?;
    if !w.is_positive() {
        return Err(Error::InvalidWeight {
            id: id.into(),
            value: raw.get().to_owned(),
            reason: "a weight must be greater than zero".into(),
        });
    }
    Ok(w)
}

/// Scales every indicator weight by the least common denominator so that
/// scoring runs on exact integers.
fn integer_units(nodes: &[Node], indicators: &[usize]) -> Result<(Vec<u64>, u64, u64)> {
    let too_fine = |id: &str| Error::InvalidWeight {
        id: id.into(),
        value: nodes
            .iter()
            .find(|n| n.id == id)
            .map(|n| n.weight.to_literal())
            .unwrap_or_default(),
        reason: "the weights together are too fine-grained or too large (their sum in units of \
                 the common denominator must stay below 2^48)"
            .into(),
    };
    let mut scale: i128 = 1;
    for &i in indicators {
        scale = lcm(scale, nodes[i].weight.denom())
            .filter(|&s| s <= i128::from(MAX_TOTAL_UNITS))
            .ok_or_else(|| too_fine(&nodes[i].id))?;
    }
    let mut units = Vec::with_capacity(indicators.len());
    let mut total: u64 = 0;
    for &i in indicators {
        let w = nodes[i].weight;
        let u = w
            .numer()
            .checked_mul(scale / w.denom())
            .and_then(|u| u64::try_from(u).ok())
            .ok_or_else(|| too_fine(&nodes[i].id))?;
        total = total
            .checked_add(u)
            .filter(|&t| t <= MAX_TOTAL_UNITS)
            .ok_or_else(|| too_fine(&nodes[i].id))?;
        units.push(u);
    }
    Ok((units, total, scale as u64))
}
