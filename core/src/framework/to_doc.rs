//! A validated framework written back as its document (lossless).

use super::json::{
    raw_decimal, FrameworkDoc, LevelDoc, NodeDoc, PredicateDoc, RoundingDoc, ScaleDoc,
    FRAMEWORK_SCHEMA_VERSION, SCHEMA_VERSION,
};
use super::method::aggregator_doc;
use super::node_method::bounds_doc;
use super::FrameworkData;
use super::Polarity;

pub(crate) fn to_doc(d: &FrameworkData) -> FrameworkDoc {
    fn node_doc(d: &FrameworkData, i: usize) -> NodeDoc {
        let n = &d.nodes[i];
        NodeDoc {
            id: n.id.clone(),
            name: n.name.clone(),
            weight: n.declared_weight.as_ref().map(raw_decimal),
            ladder: n.ladder.clone(),
            aggregator: n.aggregator.map(aggregator_doc),
            polarity: (n.polarity == Polarity::Negative).then(|| "negative".into()),
            bounds: n.bounds.as_ref().map(bounds_doc),
            children: (!n.children.is_empty())
                .then(|| n.children.iter().map(|&c| node_doc(d, c)).collect()),
        }
    }
    FrameworkDoc {
        // A level framework stays at version 1, which older readers read.
        schema_version: if d.composite.is_some() {
            FRAMEWORK_SCHEMA_VERSION
        } else {
            SCHEMA_VERSION
        },
        id: d.id.clone(),
        version: d.version.clone(),
        name: d.name.clone(),
        description: d.description.clone(),
        legal_basis: d.legal_basis.clone(),
        status: d.status.as_str().into(),
        notes: d.notes.clone(),
        tiers: d.tiers.clone(),
        scale: ScaleDoc {
            min: d.scale.min.into(),
            max: d.scale.max.into(),
        },
        ladders: d
            .ladders
            .iter()
            .map(|l| {
                let levels = l
                    .levels
                    .iter()
                    .map(|v| LevelDoc {
                        level: v.level.into(),
                        name: v.name.clone(),
                        criterion: v.criterion.clone(),
                    })
                    .collect();
                (l.name.clone(), levels)
            })
            .collect(),
        rounding: RoundingDoc {
            decimals: d.rounding.decimals,
            mode: d.rounding.mode.as_str().into(),
        },
        predicates: d
            .predicates
            .iter()
            .map(|p| PredicateDoc {
                id: p.id.clone(),
                label: p.label.clone(),
                min: raw_decimal(&p.min),
                max: p.max.as_ref().map(raw_decimal),
            })
            .collect(),
        composite: d.composite.as_ref().map(|c| c.to_doc()),
        nodes: d
            .nodes
            .iter()
            .enumerate()
            .filter(|(_, n)| n.parent.is_none())
            .map(|(i, _)| node_doc(d, i))
            .collect(),
    }
}
