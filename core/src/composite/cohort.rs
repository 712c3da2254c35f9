//! A cohort: the units (countries, regencies, agencies) scored together on
//! a composite framework, each with its raw indicator values by column
//! name, and optionally a group per unit (for group-mean imputation).

use crate::error::{Error, Result};
use std::collections::BTreeSet;

const WHAT: &str = "cohort";

/// Units and their raw indicator values, column by column.
///
/// ```
/// use egov_masterplan::composite::Cohort;
/// let c = Cohort::new(
///     vec!["IDN".into(), "MYS".into()],
///     vec![("osi".into(), vec![Some(0.76), Some(0.75)])],
/// )?;
/// assert_eq!(c.len(), 2);
/// assert_eq!(c.column("osi").unwrap()[1], Some(0.75));
/// # Ok::<(), egov_masterplan::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Cohort {
    ids: Vec<String>,
    columns: Vec<(String, Vec<Option<f64>>)>,
    groups: Option<Vec<String>>,
}

impl Cohort {
    /// A cohort of `ids` (unique, not empty) with `columns` of values
    /// (`None`: missing), each as long as `ids` and each value finite.
    /// Errors name the unit and the column.
    pub fn new(ids: Vec<String>, columns: Vec<(String, Vec<Option<f64>>)>) -> Result<Cohort> {
        if ids.is_empty() {
            return Err(Error::field(
                WHAT,
                "ids",
                "is empty; expected at least one unit",
            ));
        }
        crate::limits::count("cohort units", ids.len(), crate::limits::MAX_COHORT_UNITS)?;
        let mut seen = BTreeSet::new();
        for id in &ids {
            if id.trim().is_empty() {
                return Err(Error::field(WHAT, "ids", "holds an empty id"));
            }
            if !seen.insert(id.as_str()) {
                return Err(Error::DuplicateId {
                    what: "cohort unit".into(),
                    id: id.clone(),
                });
            }
        }
        let mut names = BTreeSet::new();
        for (name, values) in &columns {
            if !names.insert(name.as_str()) {
                return Err(Error::DuplicateId {
                    what: "cohort column".into(),
                    id: name.clone(),
                });
            }
            if values.len() != ids.len() {
                return Err(Error::field(
                    WHAT,
                    name,
                    format!("has {} values for {} units", values.len(), ids.len()),
                ));
            }
            if let Some(u) = values
                .iter()
                .position(|v| v.is_some_and(|x| !x.is_finite()))
            {
                return Err(Error::field(
                    WHAT,
                    &format!("{name}[{}]", ids[u]),
                    format!(
                        "is {}; expected a finite number or missing",
                        values[u].unwrap_or(f64::NAN)
                    ),
                ));
            }
        }
        Ok(Cohort {
            ids,
            columns,
            groups: None,
        })
    }

    /// The same cohort with a group per unit (region, income group), used
    /// by group-mean imputation.
    pub fn with_groups(mut self, groups: Vec<String>) -> Result<Cohort> {
        if groups.len() != self.ids.len() {
            return Err(Error::field(
                WHAT,
                "groups",
                format!("has {} values for {} units", groups.len(), self.ids.len()),
            ));
        }
        self.groups = Some(groups);
        Ok(self)
    }

    /// How many units.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// True when there are no units (never, for a built cohort).
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The units' ids, in cohort order.
    pub fn ids(&self) -> &[String] {
        &self.ids
    }

    /// The units' groups, if given.
    pub fn groups(&self) -> Option<&[String]> {
        self.groups.as_deref()
    }

    /// The column named `name`.
    pub fn column(&self, name: &str) -> Option<&[Option<f64>]> {
        self.columns
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_slice())
    }

    /// The column names, in the order given.
    pub fn column_names(&self) -> impl Iterator<Item = &str> + '_ {
        self.columns.iter().map(|(n, _)| n.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_cohorts_name_the_unit_and_column() {
        let ids = || vec!["A".to_owned(), "B".to_owned()];
        let e = Cohort::new(ids(), vec![("x".into(), vec![Some(1.0)])]).unwrap_err();
        assert!(e.to_string().contains("has 1 values for 2 units"), "{e}");
        let e =
            Cohort::new(ids(), vec![("x".into(), vec![Some(1.0), Some(f64::NAN)])]).unwrap_err();
        assert!(e.to_string().contains("x[B]"), "{e}");
        let e = Cohort::new(vec!["A".into(), "A".into()], vec![]).unwrap_err();
        assert_eq!(e.kind(), "duplicate_id");
        let e = Cohort::new(vec![], vec![]).unwrap_err();
        assert!(e.to_string().contains("ids"), "{e}");
        let c = Cohort::new(ids(), vec![]).unwrap();
        assert!(c.with_groups(vec!["g".into()]).is_err());
    }
}
