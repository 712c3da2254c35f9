//! `_score_columns`: a wide table handed over column by column (as Arrow
//! tables hold it, `egov_masterplan/_frames.py`), each column borrowed
//! from its NumPy array for the core
//! (`Framework::levels_from_column_slices`).

use crate::batch::{check_rows, periods_of, score_levels, scores_dict};
use crate::convert::score_options;
use crate::errors::IntoPyResult;
use crate::framework::PyFramework;
use egov_masterplan::scoring::{LevelColumn, RankBasis};
use numpy::PyReadonlyArray1;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::PyDict;

/// One level column of an Arrow table, as NumPy hands it over.
enum NumpyColumn<'py> {
    Int(PyReadonlyArray1<'py, i64>),
    Float(PyReadonlyArray1<'py, f64>),
}

/// Scores a wide table handed over column by column, as Arrow tables hold
/// it: `values` has one contiguous 1-D `int64` or `float64` (NaN for
/// unrated) array per entry of `columns`, read in place (no gathering into
/// one block). A table with a cell that is not a level goes through
/// `levels_from_columns` on a gathered block, so that its error is the one
/// `_score_wide` gives.
#[pyfunction]
#[pyo3(signature = (framework, columns, values, periods, predicate_basis, missing, rank_basis))]
#[allow(clippy::too_many_arguments)]
pub fn _score_columns<'py>(
    py: Python<'py>,
    framework: PyRef<'py, PyFramework>,
    columns: Vec<String>,
    values: Vec<Bound<'py, PyAny>>,
    periods: PyReadonlyArray1<'py, i64>,
    predicate_basis: &str,
    missing: &str,
    rank_basis: &str,
) -> PyResult<Bound<'py, PyDict>> {
    let options = score_options(predicate_basis, missing)?;
    let basis: RankBasis = rank_basis.parse().py()?;
    let fw = &framework.0;
    let periods = periods_of(&periods)?;
    if values.len() != columns.len() {
        return Err(PyTypeError::new_err(format!(
            "{} level columns for {} column names",
            values.len(),
            columns.len()
        )));
    }
    let arrays = values
        .iter()
        .map(|v| {
            if let Ok(a) = v.extract::<PyReadonlyArray1<'py, i64>>() {
                Ok(NumpyColumn::Int(a))
            } else if let Ok(a) = v.extract::<PyReadonlyArray1<'py, f64>>() {
                Ok(NumpyColumn::Float(a))
            } else {
                Err(PyTypeError::new_err(
                    "level columns must be 1-D float64 or int64 arrays",
                ))
            }
        })
        .collect::<PyResult<Vec<_>>>()?;
    let contiguous = |_| PyTypeError::new_err("level columns must be contiguous");
    let cells = arrays
        .iter()
        .map(|a| {
            let c = match a {
                NumpyColumn::Int(a) => LevelColumn::Int(a.as_slice().map_err(contiguous)?),
                NumpyColumn::Float(a) => LevelColumn::Float(a.as_slice().map_err(contiguous)?),
            };
            check_rows(c.len(), periods.len())?;
            Ok(c)
        })
        .collect::<PyResult<Vec<_>>>()?;
    let rows = periods.len();
    let levels = py
        .detach(|| {
            let label = |r: usize| (format!("row {r}"), periods.get(r).copied().unwrap_or(0));
            fw.levels_from_column_slices(&columns, &cells, rows, &label)
        })
        .py()?;
    let (s, ranks) = score_levels(py, fw, &levels, &periods, &options, basis, "row")?;
    scores_dict(py, fw, s, ranks)
}
