//! Level columns that live apart, as a column store (Arrow, Polars) holds
//! them: read in place into the dense level matrix, without first
//! gathering them into one block.

use super::dense::DENSE_MISSING;
use super::table::{LevelCell, RowLabel};
use crate::error::Result;
use crate::framework::Framework;

/// One level column borrowed from a column store: whole numbers, or floats
/// with NaN for a missing level.
#[derive(Clone, Copy, Debug)]
pub enum LevelColumn<'a> {
    /// `int64` cells.
    Int(&'a [i64]),
    /// `float64` cells (NaN is missing).
    Float(&'a [f64]),
}

impl LevelColumn<'_> {
    /// How many rows the column has.
    pub fn len(&self) -> usize {
        match self {
            LevelColumn::Int(c) => c.len(),
            LevelColumn::Float(c) => c.len(),
        }
    }

    /// Whether the column has no rows.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Writes rows `first..first + count` of this column into `block` (rows
    /// of `width` levels) at `position`, if every cell is a level of the
    /// scale or missing; `false` (block partly written) otherwise.
    fn fill(
        self,
        block: &mut [u8],
        width: usize,
        position: usize,
        first: usize,
        scale: (u8, u8),
    ) -> bool {
        fn go<T: LevelCell>(
            cells: &[T],
            block: &mut [u8],
            width: usize,
            position: usize,
            (min, max): (u8, u8),
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
        let count = block.len() / width.max(1);
        match self {
            LevelColumn::Int(c) => c
                .get(first..first + count)
                .is_some_and(|c| go(c, block, width, position, scale)),
            LevelColumn::Float(c) => c
                .get(first..first + count)
                .is_some_and(|c| go(c, block, width, position, scale)),
        }
    }
}

impl Framework {
    /// [`Framework::levels_from_columns`] for columns that live apart
    /// (`columns[c]` names `cells[c]`, each of `rows` cells): the dense
    /// level matrix, filled straight from the columns (row blocks on every
    /// core, tiles of rows kept in cache). A column name the framework
    /// lacks, a repeated one, a column of another length or a cell that is
    /// not a level is the error `levels_from_columns` gives for it.
    ///
    /// ```
    /// use egov_masterplan::{scoring::LevelColumn, Framework};
    /// let fw = Framework::builtin("spbe-2020").unwrap();
    /// let cols = ["I2".to_string(), "I1".to_string()];
    /// let label = |r: usize| (format!("row {r}"), 2024);
    /// let apart = [LevelColumn::Int(&[3, 4]), LevelColumn::Float(&[5.0, f64::NAN])];
    /// let dense = fw.levels_from_column_slices(&cols, &apart, 2, &label).unwrap();
    /// let block = fw.levels_from_columns(&cols, &[3.0, 4.0, 5.0, f64::NAN], &label).unwrap();
    /// assert_eq!(dense, block);
    /// let bad = [LevelColumn::Int(&[3, 7]), LevelColumn::Int(&[1, 1])];
    /// assert_eq!(fw.levels_from_column_slices(&cols, &bad, 2, &label).unwrap_err().kind(), "level_out_of_range");
    /// ```
    pub fn levels_from_column_slices(
        &self,
        columns: &[String],
        cells: &[LevelColumn<'_>],
        rows: usize,
        label: RowLabel<'_>,
    ) -> Result<Vec<u8>> {
        self.require_levels()?;
        // The names first (unknown, repeated, none): the checks of an
        // empty table.
        self.levels_from_columns::<i64>(columns, &[], label)?;
        let lengths_agree = cells.len() == columns.len() && cells.iter().all(|c| c.len() == rows);
        if lengths_agree {
            let positions: Vec<usize> = columns
                .iter()
                .map(|c| self.indicator_position(c).unwrap_or_default())
                .collect();
            if let Some(levels) = self.fill_in_place(&positions, cells, rows) {
                return Ok(levels);
            }
        }
        // A bad cell (or a ragged table): the gathered block reports it.
        if cells.iter().all(|c| matches!(c, LevelColumn::Int(_))) {
            let block: Vec<i64> = cells
                .iter()
                .flat_map(|c| match c {
                    LevelColumn::Int(c) => c.iter().copied(),
                    LevelColumn::Float(_) => [].iter().copied(),
                })
                .collect();
            self.levels_from_columns(columns, &block, label)
        } else {
            let mut block: Vec<f64> = Vec::with_capacity(rows * cells.len());
            for c in cells {
                match c {
                    LevelColumn::Int(c) => block.extend(c.iter().map(|&v| v as f64)),
                    LevelColumn::Float(c) => block.extend_from_slice(c),
                }
            }
            self.levels_from_columns(columns, &block, label)
        }
    }

    /// The dense matrix of columns holding only levels of the scale or
    /// missing cells; `None` if any cell is not such a level.
    fn fill_in_place(
        &self,
        positions: &[usize],
        columns: &[LevelColumn<'_>],
        rows: usize,
    ) -> Option<Vec<u8>> {
        const TILE_ROWS: usize = 2048;
        const MIN_ROWS_PER_THREAD: usize = 32_768;
        let width = self.indicator_count();
        let scale = (self.scale().min, self.scale().max);
        let mut out = vec![DENSE_MISSING; rows.checked_mul(width)?];
        if width == 0 {
            return Some(out);
        }
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(rows / MIN_ROWS_PER_THREAD)
            .max(1);
        let per_block = rows.div_ceil(threads).max(1);
        let fill = |block_first: usize, block: &mut [u8]| -> bool {
            for (tile, cells) in block.chunks_mut(TILE_ROWS * width).enumerate() {
                let first = block_first + tile * TILE_ROWS;
                for (&position, column) in positions.iter().zip(columns) {
                    if !column.fill(cells, width, position, first, scale) {
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_on_every_core_agree_with_the_gathered_block() {
        // 70,000 rows: more than two blocks of 32,768, so the fill runs on
        // every core; the levels cycle 1..5 and every 7th I1 is missing.
        let fw = Framework::builtin("spbe-2020").expect("built-in");
        let rows = 70_000;
        let i1: Vec<f64> = (0..rows)
            .map(|r| {
                if r % 7 == 0 {
                    f64::NAN
                } else {
                    (r % 5 + 1) as f64
                }
            })
            .collect();
        let i47: Vec<i64> = (0..rows).map(|r| (r % 3 + 2) as i64).collect();
        let cols = ["I1".to_string(), "I47".to_string()];
        let label = |r: usize| (format!("row {r}"), 2024);
        let apart = fw
            .levels_from_column_slices(
                &cols,
                &[LevelColumn::Float(&i1), LevelColumn::Int(&i47)],
                rows,
                &label,
            )
            .expect("levels");
        let mut block: Vec<f64> = i1.clone();
        block.extend(i47.iter().map(|&v| v as f64));
        assert_eq!(
            apart,
            fw.levels_from_columns(&cols, &block, &label)
                .expect("levels")
        );
        // A bad cell near the end is the gathered block's error, naming its row.
        let mut bad = i47.clone();
        bad[69_999] = 9;
        let err = fw
            .levels_from_column_slices(
                &cols,
                &[LevelColumn::Float(&i1), LevelColumn::Int(&bad)],
                rows,
                &label,
            )
            .unwrap_err();
        assert_eq!(err.kind(), "level_out_of_range");
        assert!(err.to_string().contains("row 69999"), "{err}");
    }
}
