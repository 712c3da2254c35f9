//! The benchmark's answers as records of `egov_masterplan._records`, field
//! for field as the core's canonical JSON names them.

use crate::convert::{fraction, record};
use egov_masterplan::benchmark::{
    Distribution, Movement, PeerRow, Peers, Position, PublishedResult, Quartiles,
};
use egov_masterplan::exact::Decimal;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyTuple};

/// A printed value as the float it reads as (what parsing its text gives).
pub(crate) fn value(d: Option<Decimal>) -> Option<f64> {
    d.map(|d| d.to_f64())
}

/// A `Quartiles` record (exact `Fraction`s).
pub(crate) fn quartiles<'py>(py: Python<'py>, q: &Quartiles) -> PyResult<Bound<'py, PyAny>> {
    let d = PyDict::new(py);
    d.set_item("q1", fraction(py, &q.q1)?)?;
    d.set_item("median", fraction(py, &q.median)?)?;
    d.set_item("q3", fraction(py, &q.q3)?)?;
    record(py, "Quartiles", &d)
}

/// A `PublishedResult` record.
pub(crate) fn published_record<'py>(
    py: Python<'py>,
    r: &PublishedResult,
) -> PyResult<Bound<'py, PyAny>> {
    let d = PyDict::new(py);
    d.set_item("year", r.year)?;
    d.set_item("report_table", r.report_table)?;
    d.set_item("row", r.row)?;
    d.set_item("institution", &r.institution)?;
    d.set_item("kind", r.kind.as_str())?;
    d.set_item("province", r.province.as_deref())?;
    d.set_item("d1", value(r.d1))?;
    d.set_item("d2", value(r.d2))?;
    d.set_item("d3", value(r.d3))?;
    d.set_item("d4", value(r.d4))?;
    d.set_item("index", value(r.index))?;
    d.set_item("predicate", &r.predicate)?;
    d.set_item("predicate_id", &r.predicate_id)?;
    record(py, "PublishedResult", &d)
}

/// A `Position` record.
pub(crate) fn position_record<'py>(py: Python<'py>, p: &Position) -> PyResult<Bound<'py, PyAny>> {
    let d = PyDict::new(py);
    d.set_item("year", p.year)?;
    d.set_item("cohort", &p.cohort)?;
    d.set_item("institution", p.institution.as_deref())?;
    d.set_item("index", p.index.to_f64())?;
    d.set_item("rank", p.rank)?;
    d.set_item("count", p.count)?;
    d.set_item("below", p.below)?;
    d.set_item("percentile", p.percentile)?;
    d.set_item("quartiles", quartiles(py, &p.quartiles)?)?;
    record(py, "Position", &d)
}

/// A `Movement` record.
pub(crate) fn movement_record<'py>(py: Python<'py>, m: &Movement) -> PyResult<Bound<'py, PyAny>> {
    let d = PyDict::new(py);
    d.set_item("institution", &m.institution)?;
    d.set_item("kind", m.kind.as_str())?;
    d.set_item("province", m.province.as_deref())?;
    d.set_item("index_from", m.index_from.to_f64())?;
    d.set_item("index_to", m.index_to.to_f64())?;
    d.set_item("change", m.change.to_f64())?;
    d.set_item(
        "domain_changes",
        PyTuple::new(py, m.domain_changes.map(value))?,
    )?;
    d.set_item("predicate_from", &m.predicate_from)?;
    d.set_item("predicate_to", &m.predicate_to)?;
    record(py, "Movement", &d)
}

/// A `Distribution` record.
pub(crate) fn distribution_record<'py>(
    py: Python<'py>,
    x: &Distribution,
) -> PyResult<Bound<'py, PyAny>> {
    let predicates = PyList::empty(py);
    for p in &x.predicates {
        let d = PyDict::new(py);
        d.set_item("id", &p.id)?;
        d.set_item("label", &p.label)?;
        d.set_item("count", p.count)?;
        predicates.append(record(py, "PredicateCount", &d)?)?;
    }
    let domains = PyList::empty(py);
    for q in &x.domains {
        match q {
            Some(q) => domains.append(quartiles(py, q)?)?,
            None => domains.append(py.None())?,
        }
    }
    let d = PyDict::new(py);
    d.set_item("year", x.year)?;
    d.set_item("cohort", &x.cohort)?;
    d.set_item("count", x.count)?;
    d.set_item("predicates", predicates.to_tuple())?;
    d.set_item("index", quartiles(py, &x.index)?)?;
    d.set_item("domains", domains.to_tuple())?;
    record(py, "Distribution", &d)
}

/// `PeerRow` records, as a tuple.
pub(crate) fn peer_rows<'py>(py: Python<'py>, rows: &[PeerRow]) -> PyResult<Bound<'py, PyTuple>> {
    let out = PyList::empty(py);
    for r in rows {
        let d = PyDict::new(py);
        d.set_item("institution", &r.institution)?;
        d.set_item("province", r.province.as_deref())?;
        d.set_item("index", r.index.to_f64())?;
        d.set_item("predicate_id", &r.predicate_id)?;
        d.set_item("rank", r.rank)?;
        d.set_item("subject", r.subject)?;
        out.append(record(py, "PeerRow", &d)?)?;
    }
    Ok(out.to_tuple())
}

/// A `Peers` record.
pub(crate) fn peers_record<'py>(py: Python<'py>, p: &Peers) -> PyResult<Bound<'py, PyAny>> {
    let d = PyDict::new(py);
    d.set_item("year", p.year)?;
    d.set_item("institution", &p.institution)?;
    d.set_item("kind", p.kind.as_str())?;
    d.set_item("province", p.province.as_deref())?;
    d.set_item("table", peer_rows(py, &p.table)?)?;
    d.set_item("nearest", peer_rows(py, &p.nearest)?)?;
    record(py, "Peers", &d)
}
