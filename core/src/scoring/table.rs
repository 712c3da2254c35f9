//! Level tables from columnar data (a DataFrame's columns, a typed array):
//! a wide table (one row per assessment, one column per indicator) or a
//! long one (one row per rating) becomes the dense level matrix that
//! [`Framework::score_dense`] reads, with every cell checked.

use super::dense::DENSE_MISSING;
use super::parallel::for_each_run;
use crate::error::{Error, Result};
use crate::framework::Framework;

/// One cell of a level column: a whole number, a missing value, or
/// something that is not a whole number.
pub trait LevelCell: Copy + Send + Sync {
    /// `Ok(None)` for a missing value, `Ok(Some(level))` for a whole number,
    /// `Err(text)` (the value as written) for anything else.
    fn to_level(self) -> std::result::Result<Option<i64>, String>;

    /// The dense level when the cell is missing ([`DENSE_MISSING`]) or a
    /// whole number in `min..=max`; `None` sends it to the checked path.
    fn quick(self, min: u8, max: u8) -> Option<u8>;

    /// A whole number in `min..=max` (branch-free, so that a column's check
    /// vectorizes; missing cells are not).
    fn in_scale(self, min: u8, max: u8) -> bool;

    /// The level of a cell for which `in_scale` holds.
    fn cast(self) -> u8;
}

impl LevelCell for i64 {
    fn to_level(self) -> std::result::Result<Option<i64>, String> {
        Ok(Some(self))
    }

    #[inline]
    fn quick(self, min: u8, max: u8) -> Option<u8> {
        (self >= i64::from(min) && self <= i64::from(max)).then_some(self as u8)
    }

    #[inline]
    fn in_scale(self, min: u8, max: u8) -> bool {
        (self >= i64::from(min)) & (self <= i64::from(max))
    }

    #[inline]
    fn cast(self) -> u8 {
        self as u8
    }
}

/// NaN is missing; ±∞ and fractions are not whole numbers.
impl LevelCell for f64 {
    fn to_level(self) -> std::result::Result<Option<i64>, String> {
        if self.is_nan() {
            Ok(None)
        } else if self.fract() == 0.0 && self.abs() < 9.0e15 {
            Ok(Some(self as i64))
        } else {
            Err(self.to_string())
        }
    }

    #[inline]
    fn quick(self, min: u8, max: u8) -> Option<u8> {
        if self.is_nan() {
            Some(DENSE_MISSING)
        } else if self >= f64::from(min) && self <= f64::from(max) && self == self.trunc() {
            Some(self as u8)
        } else {
            None
        }
    }

    #[inline]
    fn in_scale(self, min: u8, max: u8) -> bool {
        (self >= f64::from(min)) & (self <= f64::from(max)) & (self == self.trunc())
    }

    #[inline]
    fn cast(self) -> u8 {
        self as u8
    }
}

/// Rows per tile when reading column-major cells.
const TILE_ROWS: usize = 2048;

/// Names a row in errors: its subject and period.
pub type RowLabel<'a> = &'a (dyn Fn(usize) -> (String, i32) + Sync);

impl Framework {
    /// The dense level matrix (framework column order, [`DENSE_MISSING`]
    /// where unrated) of a wide table: `values` is row-major with one column
    /// per entry of `columns`, each an indicator id. Indicators without a
    /// column are unrated in every row. Errors name the column or the row
    /// (through `label`).
    ///
    /// ```
    /// use egov_masterplan::{Framework, scoring::DENSE_MISSING};
    /// let fw = Framework::builtin("spbe-2020").unwrap();
    /// let cols = ["I2".to_string(), "I1".to_string()];
    /// let m = fw.levels_from_wide(&cols, &[3.0, 4.0, f64::NAN, 1.0], &|r| (format!("row {r}"), 2024)).unwrap();
    /// assert_eq!(m.len(), 2 * 47);
    /// assert_eq!((m[0], m[1], m[2]), (4, 3, DENSE_MISSING));
    /// assert_eq!((m[47], m[48]), (1, DENSE_MISSING));
    /// let err = fw.levels_from_wide(&cols, &[3.5, 4.0], &|r| (format!("row {r}"), 2024)).unwrap_err();
    /// assert_eq!(err.kind(), "level_not_integer");
    /// ```
    pub fn levels_from_wide<T: LevelCell>(
        &self,
        columns: &[String],
        values: &[T],
        label: RowLabel<'_>,
    ) -> Result<Vec<u8>> {
        self.require_levels()?;
        let (positions, rows) = self.wide_layout(columns, values.len())?;
        let width = self.indicator_count();
        let mut out = self.unrated_matrix(rows)?;
        let n = columns.len();
        for_each_run(&mut out, width, |first, run| {
            let cells = values.get(first * n..).unwrap_or_default();
            for (i, (row, cells)) in run
                .chunks_exact_mut(width)
                .zip(cells.chunks_exact(n))
                .enumerate()
            {
                for (&position, &cell) in positions.iter().zip(cells) {
                    row[position] = self.cell_level(cell, position, first + i, label)?;
                }
            }
            Ok(())
        })?;
        Ok(out)
    }

    /// [`Framework::levels_from_wide`] for column-major `values` (column
    /// `c` is `values[c·rows .. (c+1)·rows]`), as pandas and Fortran-order
    /// NumPy arrays hold them.
    ///
    /// ```
    /// use egov_masterplan::Framework;
    /// let fw = Framework::builtin("spbe-2020").unwrap();
    /// let cols = ["I2".to_string(), "I1".to_string()];
    /// let label = |r: usize| (format!("row {r}"), 2024);
    /// let by_rows = fw.levels_from_wide(&cols, &[3i64, 4, 5, 1], &label).unwrap();
    /// let by_cols = fw.levels_from_columns(&cols, &[3i64, 5, 4, 1], &label).unwrap();
    /// assert_eq!(by_rows, by_cols);
    /// ```
    pub fn levels_from_columns<T: LevelCell>(
        &self,
        columns: &[String],
        values: &[T],
        label: RowLabel<'_>,
    ) -> Result<Vec<u8>> {
        self.require_levels()?;
        let (positions, rows) = self.wide_layout(columns, values.len())?;
        let width = self.indicator_count();
        let mut out = self.unrated_matrix(rows)?;
        let scale = self.scale();
        for_each_run(&mut out, width, |run_first, run| {
            // Tiles of rows keep the written block in cache while each
            // column streams in.
            for (tile, block) in run.chunks_mut(TILE_ROWS * width).enumerate() {
                let first = run_first + tile * TILE_ROWS;
                let count = block.len() / width;
                for (&position, column) in positions.iter().zip(values.chunks_exact(rows.max(1))) {
                    let cells = column.get(first..first + count).unwrap_or_default();
                    // The common case first: a whole tile of valid levels.
                    let valid = cells
                        .iter()
                        .fold(true, |ok, &c| ok & c.in_scale(scale.min, scale.max));
                    if valid {
                        for (row, &cell) in block.chunks_exact_mut(width).zip(cells) {
                            row[position] = cell.cast();
                        }
                        continue;
                    }
                    for (i, (row, &cell)) in block.chunks_exact_mut(width).zip(cells).enumerate() {
                        row[position] = self.cell_level(cell, position, first + i, label)?;
                    }
                }
            }
            Ok(())
        })?;
        Ok(out)
    }

    /// Each column's indicator position, and the number of rows.
    fn wide_layout(&self, columns: &[String], cells: usize) -> Result<(Vec<usize>, usize)> {
        let mut positions = Vec::with_capacity(columns.len());
        for (c, name) in columns.iter().enumerate() {
            let position = self
                .indicator_position(name)
                .ok_or_else(|| self.unknown(name))?;
            if columns[..c].contains(name) {
                return Err(Error::DuplicateId {
                    what: "indicator column".into(),
                    id: name.clone(),
                });
            }
            positions.push(position);
        }
        if columns.is_empty() {
            return Err(Error::field(
                "level table",
                "columns",
                format!("is empty; expected indicator columns of `{}`", self.id()),
            ));
        }
        if cells % columns.len() != 0 {
            return Err(Error::field(
                "level table",
                "values",
                format!(
                    "has {cells} cells, not a multiple of the {} columns",
                    columns.len()
                ),
            ));
        }
        Ok((positions, cells / columns.len()))
    }

    /// The dense level matrix of a long table with `rows` assessments: rating
    /// `k` gives assessment `row_codes[k]` (in `0..rows`) the level
    /// `values[k]` for indicator `names[name_codes[k]]`. A missing value
    /// leaves the indicator unrated; rating one indicator twice in one
    /// assessment is an error.
    ///
    /// ```
    /// use egov_masterplan::Framework;
    /// let fw = Framework::builtin("spbe-2020").unwrap();
    /// let names = ["I1".to_string(), "I47".to_string()];
    /// let label = |r: usize| (format!("subject {r}"), 2024);
    /// let m = fw.levels_from_long(2, &[0, 1, 1], &names, &[0, 0, 1], &[2i64, 3, 5], &label).unwrap();
    /// assert_eq!((m[0], m[47], m[47 + 46]), (2, 3, 5));
    /// let err = fw.levels_from_long(1, &[0, 0], &names, &[1, 1], &[2i64, 3], &label).unwrap_err();
    /// assert_eq!(err.to_string(), "duplicate rating in subject 0 2024 for indicator id `I47`");
    /// ```
    pub fn levels_from_long<T: LevelCell>(
        &self,
        rows: usize,
        row_codes: &[i64],
        names: &[String],
        name_codes: &[i64],
        values: &[T],
        label: RowLabel<'_>,
    ) -> Result<Vec<u8>> {
        self.require_levels()?;
        if row_codes.len() != values.len() || name_codes.len() != values.len() {
            return Err(Error::field(
                "level table",
                "values",
                format!(
                    "has {} ratings but {} row codes and {} indicator codes",
                    values.len(),
                    row_codes.len(),
                    name_codes.len()
                ),
            ));
        }
        let positions = names
            .iter()
            .map(|n| self.indicator_position(n).ok_or_else(|| self.unknown(n)))
            .collect::<Result<Vec<usize>>>()?;
        let width = self.indicator_count();
        let mut out = self.unrated_matrix(rows)?;
        let mut seen = vec![false; out.len()];
        for ((&row, &code), &cell) in row_codes.iter().zip(name_codes).zip(values) {
            let r = usize::try_from(row).ok().filter(|&r| r < rows);
            let position = usize::try_from(code).ok().and_then(|c| positions.get(c));
            let (Some(r), Some(&position)) = (r, position) else {
                return Err(Error::field(
                    "level table",
                    "codes",
                    format!("row code {row} or indicator code {code} is out of range"),
                ));
            };
            let at = r * width + position;
            if seen[at] {
                let (subject, period) = label(r);
                return Err(Error::DuplicateId {
                    what: format!("rating in {subject} {period} for indicator"),
                    id: self.indicator_id(position),
                });
            }
            seen[at] = true;
            out[at] = self.cell_level(cell, position, r, label)?;
        }
        Ok(out)
    }

    /// A `rows × indicators` matrix with nothing rated.
    fn unrated_matrix(&self, rows: usize) -> Result<Vec<u8>> {
        let size = rows
            .checked_mul(self.indicator_count())
            .ok_or_else(|| Error::overflow("level table"))?;
        Ok(vec![DENSE_MISSING; size])
    }

    /// One cell as a dense level: checked against the scale.
    #[inline]
    fn cell_level<T: LevelCell>(
        &self,
        cell: T,
        position: usize,
        r: usize,
        label: RowLabel<'_>,
    ) -> Result<u8> {
        let scale = self.scale();
        if let Some(level) = cell.quick(scale.min, scale.max) {
            return Ok(level);
        }
        match cell.to_level() {
            Ok(None) => Ok(DENSE_MISSING),
            Ok(Some(level)) if scale.contains(level) => {
                u8::try_from(level).map_err(|_| Error::overflow("level"))
            }
            Ok(Some(level)) => {
                let (subject, period) = label(r);
                Err(Error::LevelOutOfRange {
                    subject,
                    period,
                    indicator: self.indicator_id(position),
                    level,
                    min: scale.min.into(),
                    max: scale.max.into(),
                })
            }
            Err(value) => Err(Error::LevelNotInteger {
                indicator: self.indicator_id(position),
                value,
            }),
        }
    }

    fn indicator_id(&self, position: usize) -> String {
        self.indicators()
            .nth(position)
            .map(|n| n.id().to_owned())
            .unwrap_or_default()
    }

    fn unknown(&self, name: &str) -> Error {
        Error::UnknownIndicator {
            framework: self.id().to_owned(),
            indicator: name.to_owned(),
        }
    }
}
