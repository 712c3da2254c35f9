//! The benchmark's answers as canonical JSON, the same text in every
//! language: printed values as JSON numbers with their printed digits
//! (`2.73`), keys sorted, missing values as `null`.

use super::distribution::Distribution;
use super::movement::Movement;
use super::peers::{PeerRow, Peers};
use super::position::{Position, Quartiles};
use super::record::PublishedResult;
use crate::exact::{Decimal, Fraction};
use serde_json::{json, Value};

fn number(d: Option<Decimal>) -> Value {
    d.map_or(Value::Null, |d| json!(d.to_f64()))
}

fn exact(f: &Fraction) -> Value {
    json!(f.to_f64())
}

fn quartiles(q: &Quartiles) -> Value {
    json!({"q1": exact(&q.q1), "median": exact(&q.median), "q3": exact(&q.q3)})
}

impl PublishedResult {
    /// The row as JSON: `year`, `report_table`, `row`, `institution`,
    /// `kind`, `province`, `d1`–`d4`, `index`, `predicate`, `predicate_id`.
    pub fn to_json(&self) -> String {
        self.value().to_string()
    }

    pub(crate) fn value(&self) -> Value {
        json!({
            "year": self.year,
            "report_table": self.report_table,
            "row": self.row,
            "institution": self.institution,
            "kind": self.kind.as_str(),
            "province": self.province,
            "d1": number(self.d1),
            "d2": number(self.d2),
            "d3": number(self.d3),
            "d4": number(self.d4),
            "index": number(self.index),
            "predicate": self.predicate,
            "predicate_id": self.predicate_id,
        })
    }
}

impl Position {
    /// The position as JSON: `year`, `cohort`, `institution`, `index`,
    /// `rank`, `count`, `below`, `percentile`, `quartiles` (`q1`,
    /// `median`, `q3`).
    pub fn to_json(&self) -> String {
        json!({
            "year": self.year,
            "cohort": self.cohort,
            "institution": self.institution,
            "index": number(Some(self.index)),
            "rank": self.rank,
            "count": self.count,
            "below": self.below,
            "percentile": self.percentile,
            "quartiles": quartiles(&self.quartiles),
        })
        .to_string()
    }
}

impl Movement {
    pub(crate) fn value(&self) -> Value {
        json!({
            "institution": self.institution,
            "kind": self.kind.as_str(),
            "province": self.province,
            "index_from": number(Some(self.index_from)),
            "index_to": number(Some(self.index_to)),
            "change": number(Some(self.change)),
            "domain_changes": self.domain_changes.map(number),
            "predicate_from": self.predicate_from,
            "predicate_to": self.predicate_to,
        })
    }

    /// A list of movements as a JSON array (each with `institution`,
    /// `kind`, `province`, `index_from`, `index_to`, `change`,
    /// `domain_changes`, `predicate_from`, `predicate_to`).
    pub fn list_to_json(moves: &[Movement]) -> String {
        Value::Array(moves.iter().map(Movement::value).collect()).to_string()
    }
}

impl Distribution {
    /// The distribution as JSON: `year`, `cohort`, `count`, `predicates`
    /// (`id`, `label`, `count`), `index` and `domains` (quartiles; `null`
    /// for a domain with no value).
    pub fn to_json(&self) -> String {
        json!({
            "year": self.year,
            "cohort": self.cohort,
            "count": self.count,
            "predicates": self.predicates.iter().map(|p| json!({"id": p.id, "label": p.label, "count": p.count})).collect::<Vec<_>>(),
            "index": quartiles(&self.index),
            "domains": self.domains.iter().map(|d| d.as_ref().map_or(Value::Null, quartiles)).collect::<Vec<_>>(),
        })
        .to_string()
    }
}

fn peer(r: &PeerRow) -> Value {
    json!({
        "institution": r.institution,
        "province": r.province,
        "index": number(Some(r.index)),
        "predicate_id": r.predicate_id,
        "rank": r.rank,
        "subject": r.subject,
    })
}

impl Peers {
    /// The peers as JSON: `year`, `institution`, `kind`, `province`,
    /// `table` and `nearest` (rows with `institution`, `province`, `index`,
    /// `predicate_id`, `rank`, `subject`).
    pub fn to_json(&self) -> String {
        json!({
            "year": self.year,
            "institution": self.institution,
            "kind": self.kind.as_str(),
            "province": self.province,
            "table": self.table.iter().map(peer).collect::<Vec<_>>(),
            "nearest": self.nearest.iter().map(peer).collect::<Vec<_>>(),
        })
        .to_string()
    }
}
