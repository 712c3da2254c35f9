//! Which of the two table shapes a table of assessments has, by its column
//! names: the rule every binding that takes data frames or sheets uses.

use crate::error::{Error, Result};

/// The shape of a table of assessments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TableLayout {
    /// One row per rating: columns `subject`, `period`, `indicator`, `level`.
    Long,
    /// One row per assessment: `subject`, `period` and one column per
    /// indicator; `indicators` are the positions of those columns, in
    /// table order.
    Wide {
        /// Positions of the indicator columns (every column but `subject`
        /// and `period`).
        indicators: Vec<usize>,
    },
}

impl TableLayout {
    /// The layout of a table with these column names: `subject` and
    /// `period` are required; with both `indicator` and `level` it is
    /// [`TableLayout::Long`], otherwise every other column is an indicator
    /// ([`TableLayout::Wide`]). A missing required column is an
    /// [`Error::InvalidField`] of `what` (e.g. `"DataFrame"`) naming it.
    ///
    /// ```
    /// use egov_masterplan::scoring::TableLayout;
    /// let long = TableLayout::detect("DataFrame", &["subject", "period", "indicator", "level"])?;
    /// assert_eq!(long, TableLayout::Long);
    /// let wide = TableLayout::detect("DataFrame", &["I1", "subject", "period", "I2"])?;
    /// assert_eq!(wide, TableLayout::Wide { indicators: vec![0, 3] });
    /// let err = TableLayout::detect("DataFrame", &["period", "I1"]).unwrap_err();
    /// assert_eq!(err.fields()["field"], "subject");
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn detect<S: AsRef<str>>(what: &str, columns: &[S]) -> Result<TableLayout> {
        let has = |name: &str| columns.iter().any(|c| c.as_ref() == name);
        for required in ["subject", "period"] {
            if !has(required) {
                return Err(Error::field(
                    what,
                    required,
                    "is missing: expected columns subject, period and either indicator + level \
                     (long) or one column per indicator (wide)",
                ));
            }
        }
        if has("indicator") && has("level") {
            return Ok(TableLayout::Long);
        }
        let indicators = columns
            .iter()
            .enumerate()
            .filter(|(_, c)| !matches!(c.as_ref(), "subject" | "period"))
            .map(|(i, _)| i)
            .collect();
        Ok(TableLayout::Wide { indicators })
    }
}
