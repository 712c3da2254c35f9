//! `_score_columns`: a wide table handed over column by column (as Arrow
//! tables hold it, `egov_masterplan/_frames.py`), each column read in
//! place into the core's dense level matrix.

use crate::batch::{check_rows, periods_of, score_levels, scores_dict};
use crate::convert::score_options;
use crate::errors::IntoPyResult;
use crate::framework::PyFramework;
use egov_masterplan::scoring::{LevelCell, RankBasis, DENSE_MISSING};
use egov_masterplan::Framework;
use numpy::PyReadonlyArray1;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::PyDict;

/// One level column of an Arrow table, read in place.
enum LevelColumn<'py> {
    Int(PyReadonlyArray1<'py, i64>),
    Float(PyReadonlyArray1<'py, f64>),
}

/// A borrowed level column.
#[derive(Clone, Copy)]
enum Cells<'a> {
    Int(&'a [i64]),
    Float(&'a [f64]),
}

impl Cells<'_> {
    /// Writes rows `first..first + count` of this column into `block` (rows
    /// of `width` levels) at `position`, if every cell is a level of the
    /// scale or missing; `false` (block partly written) otherwise.
    fn fill(
        self,
        block: &mut [u8],
        width: usize,
        position: usize,
        first: usize,
        min: u8,
        max: u8,
    ) -> bool {
        fn go<T: LevelCell>(
            cells: &[T],
            block: &mut [u8],
            width: usize,
            position: usize,
            min: u8,
            max: u8,
        ) -> bool {
            if cells.iter().fold(true, |ok, &c| ok & c.in_scale(min, max)) {
                for (row, &cell) in block.chunks_exact_mut(width).zip(cells) {
                    row[position] = cell.cast();
                }
                return true;
            }
            for (row, &cell) in block.chunks_exact_mut(width).zip(cells) {
                match cell.quick(min, max) {
                    Some(level) => row[position] = level,
                    None => return false,
                }
            }
            true
        }
        let count = block.len() / width;
        match self {
            Cells::Int(c) => go(&c[first..first + count], block, width, position, min, max),
            Cells::Float(c) => go(&c[first..first + count], block, width, position, min, max),
        }
    }
}

/// The dense level matrix of columns that hold only levels of the scale or
/// missing cells, filled straight from the columns (row blocks on every
/// core, tiles of rows kept in cache); `None` if any cell is not such a
/// level.
fn levels_in_place(
    fw: &Framework,
    positions: &[usize],
    columns: &[Cells<'_>],
    rows: usize,
) -> Option<Vec<u8>> {
    const TILE_ROWS: usize = 2048;
    const MIN_ROWS_PER_THREAD: usize = 32_768;
    let width = fw.indicator_count();
    let scale = fw.scale();
    let mut out = vec![DENSE_MISSING; rows.checked_mul(width)?];
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(rows / MIN_ROWS_PER_THREAD)
        .max(1);
    let per_block = rows.div_ceil(threads).max(1);
    let fill = |block_first: usize, block: &mut [u8]| -> bool {
        for (tile, cells) in block.chunks_mut(TILE_ROWS * width).enumerate() {
            let first = block_first + tile * TILE_ROWS;
            for (&position, column) in positions.iter().zip(columns) {
                if !column.fill(cells, width, position, first, scale.min, scale.max) {
                    return false;
                }
            }
        }
        true
    };
    let ok = if threads == 1 {
        fill(0, &mut out)
    } else {
        std::thread::scope(|scope| {
            let handles: Vec<_> = out
                .chunks_mut(per_block * width)
                .enumerate()
                .map(|(b, block)| {
                    let fill = &fill;
                    scope.spawn(move || fill(b * per_block, block))
                })
                .collect();
            handles.into_iter().all(|h| h.join().unwrap_or(false))
        })
    };
    ok.then_some(out)
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
                Ok(LevelColumn::Int(a))
            } else if let Ok(a) = v.extract::<PyReadonlyArray1<'py, f64>>() {
                Ok(LevelColumn::Float(a))
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
                LevelColumn::Int(a) => Cells::Int(a.as_slice().map_err(contiguous)?),
                LevelColumn::Float(a) => Cells::Float(a.as_slice().map_err(contiguous)?),
            };
            let len = match c {
                Cells::Int(c) => c.len(),
                Cells::Float(c) => c.len(),
            };
            check_rows(len, periods.len())?;
            Ok(c)
        })
        .collect::<PyResult<Vec<_>>>()?;
    let rows = periods.len();
    let levels = py
        .detach(|| {
            let label = |r: usize| (format!("row {r}"), periods.get(r).copied().unwrap_or(0));
            // The column names first (unknown, repeated, none): the core's
            // checks on an empty table.
            fw.levels_from_columns::<i64>(&columns, &[], &label)?;
            let positions: Vec<usize> = columns
                .iter()
                .map(|c| fw.indicator_position(c).unwrap_or_default())
                .collect();
            if let Some(levels) = levels_in_place(fw, &positions, &cells, rows) {
                return Ok(levels);
            }
            // A bad cell: the gathered block reports it as pandas' does.
            if cells.iter().all(|c| matches!(c, Cells::Int(_))) {
                let block: Vec<i64> = cells
                    .iter()
                    .flat_map(|c| match c {
                        Cells::Int(c) => c.iter().copied(),
                        Cells::Float(_) => [].iter().copied(),
                    })
                    .collect();
                fw.levels_from_columns(&columns, &block, &label)
            } else {
                let block: Vec<f64> = cells
                    .iter()
                    .flat_map(|c| -> Box<dyn Iterator<Item = f64> + '_> {
                        match c {
                            Cells::Int(c) => Box::new(c.iter().map(|&v| v as f64)),
                            Cells::Float(c) => Box::new(c.iter().copied()),
                        }
                    })
                    .collect();
                fw.levels_from_columns(&columns, &block, &label)
            }
        })
        .py()?;
    let (s, ranks) = score_levels(py, fw, &levels, &periods, &options, basis, "row")?;
    scores_dict(py, fw, s, ranks)
}
