//! The batch path behind `Framework.score_many(DataFrame)`: level columns
//! come in as NumPy arrays (no copy, no Python loop) and the core scores
//! them with the GIL released.

use crate::convert::score_options;
use crate::errors::IntoPyResult;
use crate::framework::PyFramework;
use crate::scoring::PyScorecard;
use egov_masterplan::{
    scoring::{rank, trends, DenseScores, LevelCell, RankBasis, ScoreOptions},
    Framework,
};
use numpy::{PyArray1, PyArrayMethods, PyReadonlyArray1, PyReadonlyArray2, PyUntypedArrayMethods};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

/// Periods as `i32` (the core's period type).
pub(crate) fn periods_of(periods: &PyReadonlyArray1<'_, i64>) -> PyResult<Vec<i32>> {
    let slice = periods
        .as_slice()
        .map_err(|_| PyTypeError::new_err("periods must be a contiguous int64 array"))?;
    slice
        .iter()
        .map(|&p| {
            i32::try_from(p).map_err(|_| {
                crate::errors::to_py(egov_masterplan::Error::InvalidField {
                    what: "DataFrame".into(),
                    field: "period".into(),
                    detail: format!("{p} does not fit a year"),
                })
            })
        })
        .collect()
}

/// The dense scores as a dict of NumPy arrays.
pub(crate) fn scores_dict<'py>(
    py: Python<'py>,
    fw: &Framework,
    s: DenseScores,
    ranks: Vec<u32>,
) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    let groups = s.node_ids.len();
    d.set_item("index", PyArray1::from_vec(py, s.index))?;
    d.set_item("exact_numer", PyArray1::from_vec(py, s.index_numer))?;
    d.set_item("exact_denom", PyArray1::from_vec(py, s.index_denom))?;
    d.set_item("predicate", PyArray1::from_vec(py, s.predicate))?;
    let ids: Vec<&str> = fw.predicates().iter().map(|p| p.id.as_str()).collect();
    d.set_item("predicate_ids", ids)?;
    d.set_item("node_ids", &s.node_ids)?;
    // Column-major in the core: one contiguous column per group.
    let values = PyArray1::from_vec(py, s.node_values).reshape([groups, s.rows])?;
    d.set_item("node_values", values)?;
    d.set_item("rank", PyArray1::from_vec(py, ranks))?;
    Ok(d)
}

/// Scores a level matrix and ranks it within periods, GIL released; errors
/// name rows as `{noun} {r}`.
pub(crate) fn score_levels(
    py: Python<'_>,
    fw: &Framework,
    levels: &[u8],
    periods: &[i32],
    options: &ScoreOptions,
    basis: RankBasis,
    noun: &str,
) -> PyResult<(DenseScores, Vec<u32>)> {
    py.detach(|| {
        let label = |r: usize| (format!("{noun} {r}"), periods.get(r).copied().unwrap_or(0));
        let s = fw.score_dense_labeled(levels, options, true, &label)?;
        let ranks = s.ranks(periods, basis)?;
        Ok((s, ranks))
    })
    .py()
}

/// Checks and converts a wide level matrix, GIL released.
fn wide_levels<T: LevelCell + Send + Sync + numpy::Element>(
    py: Python<'_>,
    fw: &Framework,
    columns: &[String],
    values: &PyReadonlyArray2<'_, T>,
    periods: &[i32],
) -> PyResult<Vec<u8>> {
    // pandas hands over its blocks column-major: read them in place.
    let column_major = !values.is_c_contiguous() && values.is_fortran_contiguous();
    let cells = values
        .as_slice()
        .map_err(|_| PyTypeError::new_err("levels must be a contiguous 2-D array"))?;
    py.detach(|| {
        let label = |r: usize| (format!("row {r}"), periods.get(r).copied().unwrap_or(0));
        if column_major {
            fw.levels_from_columns(columns, cells, &label)
        } else {
            fw.levels_from_wide(columns, cells, &label)
        }
    })
    .py()
}

/// Scores a wide table: `values` is a contiguous (C or Fortran order) 2-D
/// `float64` (NaN for unrated) or `int64` array with one column per entry of
/// `columns`.
/// The layout of a table of assessments by its column names (the core's
/// `TableLayout::detect`): `None` for long, else the positions of the
/// indicator columns of a wide table.
#[pyfunction]
pub fn _table_layout(what: &str, columns: Vec<String>) -> PyResult<Option<Vec<usize>>> {
    Ok(
        match egov_masterplan::scoring::TableLayout::detect(what, &columns).py()? {
            egov_masterplan::scoring::TableLayout::Long => None,
            egov_masterplan::scoring::TableLayout::Wide { indicators } => Some(indicators),
        },
    )
}

#[pyfunction]
#[pyo3(signature = (framework, columns, values, periods, predicate_basis, missing, rank_basis))]
#[allow(clippy::too_many_arguments)]
pub fn _score_wide<'py>(
    py: Python<'py>,
    framework: PyRef<'py, PyFramework>,
    columns: Vec<String>,
    values: &Bound<'py, PyAny>,
    periods: PyReadonlyArray1<'py, i64>,
    predicate_basis: &str,
    missing: &str,
    rank_basis: &str,
) -> PyResult<Bound<'py, PyDict>> {
    let options = score_options(predicate_basis, missing)?;
    let basis: RankBasis = rank_basis.parse().py()?;
    let fw = &framework.0;
    let periods = periods_of(&periods)?;
    let levels = if let Ok(v) = values.extract::<PyReadonlyArray2<'py, f64>>() {
        check_rows(v.shape()[0], periods.len())?;
        wide_levels(py, fw, &columns, &v, &periods)?
    } else if let Ok(v) = values.extract::<PyReadonlyArray2<'py, i64>>() {
        check_rows(v.shape()[0], periods.len())?;
        wide_levels(py, fw, &columns, &v, &periods)?
    } else {
        return Err(PyTypeError::new_err(
            "levels must be a 2-D float64 or int64 array",
        ));
    };
    let (s, ranks) = score_levels(py, fw, &levels, &periods, &options, basis, "row")?;
    scores_dict(py, fw, s, ranks)
}

pub(crate) fn check_rows(rows: usize, periods: usize) -> PyResult<()> {
    if rows == periods {
        Ok(())
    } else {
        Err(PyTypeError::new_err(format!(
            "{rows} rows of levels but {periods} periods"
        )))
    }
}

/// Scores a long table: rating `k` gives row `row_codes[k]` (of `periods.len()`
/// assessments) level `values[k]` for indicator `names[name_codes[k]]`.
#[pyfunction]
#[pyo3(signature = (framework, row_codes, names, name_codes, values, periods, predicate_basis, missing, rank_basis))]
#[allow(clippy::too_many_arguments)]
pub fn _score_long<'py>(
    py: Python<'py>,
    framework: PyRef<'py, PyFramework>,
    row_codes: PyReadonlyArray1<'py, i64>,
    names: Vec<String>,
    name_codes: PyReadonlyArray1<'py, i64>,
    values: PyReadonlyArray1<'py, f64>,
    periods: PyReadonlyArray1<'py, i64>,
    predicate_basis: &str,
    missing: &str,
    rank_basis: &str,
) -> PyResult<Bound<'py, PyDict>> {
    let options = score_options(predicate_basis, missing)?;
    let basis: RankBasis = rank_basis.parse().py()?;
    let fw = &framework.0;
    let periods = periods_of(&periods)?;
    let contiguous = |_| PyTypeError::new_err("long columns must be contiguous 1-D arrays");
    let rows = row_codes.as_slice().map_err(contiguous)?;
    let codes = name_codes.as_slice().map_err(contiguous)?;
    let cells = values.as_slice().map_err(contiguous)?;
    let levels = py
        .detach(|| {
            let label = |r: usize| {
                (
                    format!("assessment {r}"),
                    periods.get(r).copied().unwrap_or(0),
                )
            };
            fw.levels_from_long(periods.len(), rows, &names, codes, cells, &label)
        })
        .py()?;
    let (s, ranks) = score_levels(py, fw, &levels, &periods, &options, basis, "assessment")?;
    scores_dict(py, fw, s, ranks)
}

/// Competition ranks of scorecards within each period, as `RankEntry`
/// records (periods ascending, then rank, then subject).
#[pyfunction]
#[pyo3(signature = (scorecards, *, basis = "exact"))]
pub fn rank_scorecards<'py>(
    py: Python<'py>,
    scorecards: Vec<PyScorecard>,
    basis: &str,
) -> PyResult<Bound<'py, PyList>> {
    let basis: RankBasis = basis.parse().py()?;
    let cards: Vec<_> = scorecards.into_iter().map(|c| c.0).collect();
    let out = PyList::empty(py);
    for r in rank(&cards, basis) {
        let d = PyDict::new(py);
        d.set_item("subject", &r.subject)?;
        d.set_item("period", r.period)?;
        d.set_item("rank", r.rank)?;
        d.set_item("index", r.index.to_f64())?;
        d.set_item("exact_index", crate::convert::fraction(py, &r.exact_index)?)?;
        out.append(crate::convert::record(py, "RankEntry", &d)?)?;
    }
    Ok(out)
}

/// Each subject's index over its periods, as `Trend` records.
#[pyfunction]
pub fn trend_scorecards<'py>(
    py: Python<'py>,
    scorecards: Vec<PyScorecard>,
) -> PyResult<Bound<'py, PyList>> {
    let cards: Vec<_> = scorecards.into_iter().map(|c| c.0).collect();
    let out = PyList::empty(py);
    for t in trends(&cards).py()? {
        let points = PyList::empty(py);
        for p in &t.points {
            points.append((p.period, p.index.to_f64(), &p.predicate))?;
        }
        let d = PyDict::new(py);
        d.set_item("subject", &t.subject)?;
        d.set_item("points", points.to_tuple())?;
        out.append(crate::convert::record(py, "Trend", &d)?)?;
    }
    Ok(out)
}
