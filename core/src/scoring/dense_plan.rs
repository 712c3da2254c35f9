//! The per-call plan of the dense path: rounding tables and predicate
//! thresholds in integer weight units, so that the row loop neither divides
//! nor allocates.

use super::options::{PredicateBasis, ScoreOptions};
use crate::exact::Fraction;
use crate::framework::{Framework, FrameworkData};
use std::ops::Range;

/// Everything the row loop needs, computed once per call.
pub(super) struct Plan<'a> {
    pub(super) data: &'a FrameworkData,
    pub(super) basis: PredicateBasis,
    pub(super) scale10: u64,
    /// `2·s·scale10 + w` fits in `u64` for every reachable sum `s`.
    pub(super) u64_rounding: bool,
    /// Each group's leaf range and its full weight.
    pub(super) groups: Vec<(Range<usize>, u64)>,
    /// Every indicator rated: the printed index for each possible sum.
    pub(super) index_table: Option<RoundTable>,
    /// Every indicator rated: each group's printed value for each sum.
    pub(super) group_tables: Vec<Option<RoundTable>>,
    /// Exact basis, every indicator rated: the smallest sum in each band.
    pub(super) full_thresholds: Vec<u128>,
    /// Rounded basis: each band's lower bound in printed units.
    pub(super) rounded_mins: Vec<i128>,
}

/// Rounded values of `s / w` for every `s` in `0..=max·w`, so that the row
/// loop looks them up instead of dividing.
pub(super) struct RoundTable {
    units: Vec<u64>,
    values: Vec<f64>,
}

/// Largest table built (entries); bigger frameworks divide per row.
const MAX_TABLE: u64 = 1 << 16;

impl RoundTable {
    fn new(plan: &Plan<'_>, w: u64, max: u8) -> Option<RoundTable> {
        let top = w
            .checked_mul(max.into())
            .filter(|&t| t <= MAX_TABLE && w > 0)?;
        let units: Vec<u64> = (0..=top).map(|s| plan.round_units(s, w)).collect();
        let values = units
            .iter()
            .map(|&u| u as f64 / plan.scale10 as f64)
            .collect();
        Some(RoundTable { units, values })
    }

    /// The printed value of sum `s` (a full group's sum is always in the
    /// table; NaN otherwise).
    #[inline]
    pub(super) fn value(&self, s: u64) -> f64 {
        usize::try_from(s)
            .ok()
            .and_then(|i| self.values.get(i))
            .copied()
            .unwrap_or(f64::NAN)
    }

    /// The printed units and value of sum `s`, if tabled.
    #[inline]
    fn get(&self, s: u64) -> Option<(u64, f64)> {
        let i = usize::try_from(s).ok()?;
        Some((*self.units.get(i)?, *self.values.get(i)?))
    }
}

impl Plan<'_> {
    /// The printed units and value of `s / w`: from the table when given.
    #[inline]
    pub(super) fn rounded(&self, table: Option<&RoundTable>, s: u64, w: u64) -> (u64, f64) {
        table.and_then(|t| t.get(s)).unwrap_or_else(|| {
            let r = self.round_units(s, w);
            (r, r as f64 / self.scale10 as f64)
        })
    }

    /// Half-up rounding of `s / w` to units of the last printed place.
    #[inline]
    fn round_units(&self, s: u64, w: u64) -> u64 {
        if self.u64_rounding {
            (2 * s * self.scale10 + w) / (2 * w)
        } else {
            let twice = u128::from(s) * u128::from(self.scale10) * 2 + u128::from(w);
            (twice / (2 * u128::from(w))) as u64
        }
    }

    /// The predicate band of `s / w` (printed as `rounded`).
    #[inline]
    pub(super) fn band(&self, s: u64, w: u64, rounded: u64, full: bool) -> usize {
        let bands = &self.data.predicates;
        let found = match self.basis {
            PredicateBasis::Rounded => self
                .rounded_mins
                .iter()
                .position(|&m| i128::from(rounded) >= m),
            PredicateBasis::Exact if full => self
                .full_thresholds
                .iter()
                .position(|&t| u128::from(s) >= t),
            // s / w ≥ num / den  ⇔  s·den ≥ num·w (far inside i128 for the
            // bounds validation enforces)
            PredicateBasis::Exact => bands
                .iter()
                .position(|p| i128::from(s) * p.min.denom() >= p.min.numer() * i128::from(w)),
        };
        found.unwrap_or(bands.len() - 1)
    }
}

/// Fewer rows than this are rounded by division: building the tables
/// would cost more than it saves (a single scorecard in a browser).
const MIN_ROWS_FOR_TABLES: usize = 256;

impl Framework {
    /// The plan for scoring `rows` rows: rounding tables only when there
    /// are enough rows to repay building them.
    pub(super) fn dense_plan(&self, options: &ScoreOptions, rows: usize) -> Plan<'_> {
        let d = &*self.data;
        let scale10 = 10u64.pow(d.rounding.decimals);
        let max_sum = u128::from(d.total_units) * u128::from(d.scale.max);
        let u64_rounding =
            max_sum * 2 * u128::from(scale10) + u128::from(d.total_units) < u128::from(u64::MAX);
        let full = Fraction::from_int(d.total_units.into());
        let mut plan = Plan {
            data: d,
            basis: options.predicate_basis,
            scale10,
            u64_rounding,
            groups: d
                .nodes
                .iter()
                .filter(|n| !n.is_indicator())
                .map(|n| (n.leaves.clone(), d.units[n.leaves.clone()].iter().sum()))
                .collect(),
            full_thresholds: d
                .predicates
                .iter()
                .map(|p| {
                    p.min
                        .checked_mul(&full)
                        .map_or(u128::MAX, |t| u128::try_from(t.ceil()).unwrap_or(0))
                })
                .collect(),
            rounded_mins: d
                .predicates
                .iter()
                .map(|p| {
                    p.min
                        .checked_mul(&Fraction::from_int(scale10.into()))
                        .map_or(i128::MAX, |f| f.ceil())
                })
                .collect(),
            index_table: None,
            group_tables: Vec::new(),
        };
        let tables = rows >= MIN_ROWS_FOR_TABLES;
        let table = |w: u64| {
            if tables {
                RoundTable::new(&plan, w, d.scale.max)
            } else {
                None
            }
        };
        let index_table = table(d.total_units);
        // One entry per group (None: divide per row).
        let group_tables = plan.groups.iter().map(|(_, w)| table(*w)).collect();
        plan.index_table = index_table;
        plan.group_tables = group_tables;
        plan
    }
}
