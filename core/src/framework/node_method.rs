//! A node's own method fields in a composite framework: the `aggregator`
//! of a group, the `polarity` and `bounds` of an indicator — read, checked
//! for their place, and written back.

use super::json::{raw_decimal, BoundsDoc, NodeDoc};
use super::method::{decimal, parse_aggregator, MethodAggregator, Polarity};
use crate::error::{Error, Result};
use crate::exact::Fraction;

const WHAT: &str = "framework";

/// A node's method fields as read.
pub(super) struct NodeMethod {
    /// The group's aggregator, if it names one.
    pub aggregator: Option<MethodAggregator>,
    /// The indicator's polarity (positive unless it says otherwise).
    pub polarity: Polarity,
    /// The indicator's bounds, if given.
    pub bounds: Option<(Fraction, Fraction)>,
}

impl NodeMethod {
    /// Reads `doc`'s fields: only in a `composite` framework, the
    /// aggregator on groups, polarity and bounds on indicators (`is_leaf`).
    pub(super) fn of(doc: &NodeDoc, is_leaf: bool, composite: bool) -> Result<NodeMethod> {
        let id = &doc.id;
        let misplaced = |field: &str, why: &str| {
            Error::field(WHAT, &format!("nodes[{id}].{field}"), why.to_owned())
        };
        let any = doc.aggregator.is_some() || doc.polarity.is_some() || doc.bounds.is_some();
        if any && !composite {
            return Err(misplaced(
                "aggregator/polarity/bounds",
                "belongs to a composite framework (schema_version 2 with a `composite` block)",
            ));
        }
        if is_leaf && doc.aggregator.is_some() {
            return Err(misplaced(
                "aggregator",
                "belongs to a group, not an indicator",
            ));
        }
        if !is_leaf && (doc.polarity.is_some() || doc.bounds.is_some()) {
            return Err(misplaced(
                "polarity/bounds",
                "belong to an indicator, not a group",
            ));
        }
        Ok(NodeMethod {
            aggregator: match &doc.aggregator {
                Some(a) => Some(parse_aggregator(&format!("nodes[{id}].aggregator"), a)?),
                None => None,
            },
            polarity: match &doc.polarity {
                Some(p) => parse_polarity(id, p)?,
                None => Polarity::Positive,
            },
            bounds: match &doc.bounds {
                Some(b) => Some(parse_bounds(id, b)?),
                None => None,
            },
        })
    }
}

/// Reads an indicator's `bounds`.
fn parse_bounds(id: &str, doc: &BoundsDoc) -> Result<(Fraction, Fraction)> {
    let min = decimal(&format!("nodes[{id}].bounds.min"), &doc.min)?;
    let max = decimal(&format!("nodes[{id}].bounds.max"), &doc.max)?;
    if min >= max {
        return Err(Error::field(
            WHAT,
            &format!("nodes[{id}].bounds"),
            format!(
                "min {} must be below max {}",
                min.to_literal(),
                max.to_literal()
            ),
        ));
    }
    Ok((min, max))
}

/// Writes bounds back.
pub(super) fn bounds_doc(b: &(Fraction, Fraction)) -> BoundsDoc {
    BoundsDoc {
        min: raw_decimal(&b.0),
        max: raw_decimal(&b.1),
    }
}

/// Reads a polarity.
fn parse_polarity(id: &str, name: &str) -> Result<Polarity> {
    match name {
        "positive" => Ok(Polarity::Positive),
        "negative" => Ok(Polarity::Negative),
        other => Err(Error::InvalidOption {
            option: format!("nodes[{id}].polarity"),
            value: other.into(),
            allowed: vec!["positive".into(), "negative".into()],
        }),
    }
}
