//! The budget-constrained schedule: a serial schedule in priority order.
//!
//! Among the initiatives whose predecessors are all placed, the most urgent
//! goes next (effectiveness, then feasibility, then efficiency, higher
//! first; then least slack; then id). It starts at the first month that its
//! dependencies allow and every year's remaining budget can pay for. Its
//! cost is spread evenly over the months it runs (in whole rupiah, the
//! remainder spread deterministically) and charged to the calendar year of
//! each month.

use super::cpm::MonthTimes;
use super::model::DependencyKind;
use super::Roadmap;
use crate::error::{Error, Result};
use crate::text::Text;
use chrono::{Datelike, NaiveDate};
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};

/// Options of [`Roadmap::schedule`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ScheduleOptions {
    /// Keep every year's spend within its cap (default `true`); `false`
    /// schedules on dependencies alone.
    pub respect_budget: bool,
}

impl Default for ScheduleOptions {
    fn default() -> ScheduleOptions {
        ScheduleOptions {
            respect_budget: true,
        }
    }
}

/// Why a scheduled initiative starts later than it could have, or misses
/// its deadline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Explanation {
    /// A predecessor, itself delayed, was ready only on `ready`.
    Predecessor {
        /// The predecessor that held it.
        id: String,
        /// The first day the dependency allowed.
        ready: NaiveDate,
    },
    /// At its first possible start, a year's remaining budget was short.
    Budget {
        /// The year whose budget was short.
        year: i32,
        /// What the initiative would have charged to that year.
        needed: u64,
        /// What was left of that year's cap.
        available: u64,
    },
    /// It finishes after its deadline.
    Deadline {
        /// The deadline.
        deadline: NaiveDate,
        /// The scheduled finish.
        finish: NaiveDate,
    },
}

/// Why an initiative could not be scheduled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnscheduledReason {
    /// Even at its first possible start it would end after the horizon.
    Horizon {
        /// The earliest finish its dependencies allow.
        earliest_finish: NaiveDate,
        /// The horizon's last day.
        horizon_end: NaiveDate,
    },
    /// No start inside the horizon fits the budget; the shortfall at its
    /// first possible start.
    Budget {
        /// The year whose budget was short.
        year: i32,
        /// What it would have charged to that year.
        needed: u64,
        /// What was left of that year's cap.
        available: u64,
    },
    /// A predecessor is itself unscheduled.
    Predecessor {
        /// That predecessor.
        id: String,
    },
}

/// One scheduled initiative.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScheduleEntry {
    /// The initiative's id.
    pub id: String,
    /// Its name.
    pub name: Text,
    /// Its phase (topological generation, from 1).
    pub phase: u32,
    /// First day.
    pub start: NaiveDate,
    /// Last day.
    pub finish: NaiveDate,
    /// Start in whole months from the horizon's start.
    pub start_month: u32,
    /// Duration in months.
    pub duration_months: u32,
    /// Cost in rupiah.
    pub cost: u64,
    /// Cost charged to each calendar year, by year.
    pub charges: BTreeMap<i32, u64>,
    /// Earliest start by the critical path method (no budget limit).
    pub earliest_start: NaiveDate,
    /// Total float in months by the critical path method.
    pub slack_months: i64,
    /// On the critical path (no float).
    pub critical: bool,
    /// Months later than `earliest_start`.
    pub delay_months: u32,
    /// Why it starts late or finishes after its deadline; empty otherwise.
    pub explanations: Vec<Explanation>,
}

/// An initiative left out, with the reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unscheduled {
    /// The initiative's id.
    pub id: String,
    /// Why.
    pub reason: UnscheduledReason,
}

/// One year's spend against its cap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearSpend {
    /// The calendar (fiscal) year.
    pub year: i32,
    /// Rupiah charged to it.
    pub spent: u64,
    /// Its cap, if it has one.
    pub cap: Option<u64>,
}

/// A roadmap placed in time.
#[derive(Clone, Debug)]
pub struct Schedule {
    pub(crate) roadmap: Roadmap,
    pub(crate) entries: Vec<ScheduleEntry>,
    pub(crate) unscheduled: Vec<Unscheduled>,
    pub(crate) spend: Vec<YearSpend>,
    pub(crate) critical_path: Vec<String>,
}

impl Schedule {
    /// The roadmap it schedules.
    pub fn roadmap(&self) -> &Roadmap {
        &self.roadmap
    }

    /// Scheduled initiatives by start, then id.
    pub fn entries(&self) -> &[ScheduleEntry] {
        &self.entries
    }

    /// An entry by initiative id.
    pub fn entry(&self, id: &str) -> Option<&ScheduleEntry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// Initiatives that could not be scheduled, by id, with the reason.
    pub fn unscheduled(&self) -> &[Unscheduled] {
        &self.unscheduled
    }

    /// Spend per year of the horizon, against the caps.
    pub fn spend(&self) -> &[YearSpend] {
        &self.spend
    }

    /// The roadmap's phases (see [`Roadmap::phases`]).
    pub fn phases(&self) -> Vec<Vec<String>> {
        self.roadmap.phases()
    }

    /// The critical path by the critical path method, before the budget
    /// (see [`Roadmap::critical_path`]); an initiative on it may still be
    /// deferred or unscheduled here.
    pub fn critical_path(&self) -> &[String] {
        &self.critical_path
    }
}

type Key = Reverse<(Reverse<u32>, Reverse<u32>, Reverse<u32>, i64, usize, usize)>;

struct Placement {
    start: Vec<Option<i64>>,
    unscheduled: Vec<bool>,
    used: BTreeMap<i32, u64>,
}

impl Roadmap {
    /// Schedules every initiative under the yearly budget (see the module
    /// docs for the rule). Initiatives that cannot fit the horizon are in
    /// [`Schedule::unscheduled`] with the reason.
    pub fn schedule(&self, options: &ScheduleOptions) -> Result<Schedule> {
        let d = &self.data;
        let n = d.initiatives.len();
        let times = self.month_times()?;
        let years = self.month_years(d.months)?;
        let mut state = Placement {
            start: vec![None; n],
            unscheduled: vec![false; n],
            used: BTreeMap::new(),
        };
        let mut waiting: Vec<usize> = (0..n)
            .map(|i| {
                d.graph
                    .neighbors_directed(NodeIndex::new(i), Direction::Incoming)
                    .count()
            })
            .collect();
        let key = |i: usize| -> Key {
            let p = d.initiatives[i].priority;
            Reverse((
                Reverse(p.effectiveness),
                Reverse(p.feasibility),
                Reverse(p.efficiency),
                times.float(i),
                d.id_rank[i],
                i,
            ))
        };
        let mut ready: BinaryHeap<Key> = (0..n).filter(|&i| waiting[i] == 0).map(key).collect();
        let mut entries = Vec::with_capacity(n);
        let mut unscheduled = Vec::new();
        while let Some(Reverse((.., i))) = ready.pop() {
            match self.place(i, &times, &years, options, &mut state)? {
                Ok(entry) => entries.push(entry),
                Err(reason) => {
                    state.unscheduled[i] = true;
                    unscheduled.push(Unscheduled {
                        id: d.initiatives[i].id.clone(),
                        reason,
                    });
                }
            }
            for s in d
                .graph
                .neighbors_directed(NodeIndex::new(i), Direction::Outgoing)
            {
                let s = s.index();
                waiting[s] -= 1;
                if waiting[s] == 0 {
                    ready.push(key(s));
                }
            }
        }
        entries.sort_by(|a: &ScheduleEntry, b| (a.start, &a.id).cmp(&(b.start, &b.id)));
        unscheduled.sort_by(|a, b| a.id.cmp(&b.id));
        let spend = (d.horizon.start.year()..=d.horizon.end.year())
            .map(|year| YearSpend {
                year,
                spent: state.used.get(&year).copied().unwrap_or(0),
                cap: d.budget.get(&year).copied(),
            })
            .collect();
        Ok(Schedule {
            roadmap: self.clone(),
            entries,
            unscheduled,
            spend,
            critical_path: self.critical_ids(&times),
        })
    }

    /// The calendar year of each month of the horizon.
    fn month_years(&self, months: u32) -> Result<Vec<i32>> {
        (0..i64::from(months))
            .map(|m| Ok(self.month_date(m)?.year()))
            .collect()
    }

    /// Places initiative `i`, or says why it cannot be placed.
    fn place(
        &self,
        i: usize,
        times: &MonthTimes,
        years: &[i32],
        options: &ScheduleOptions,
        state: &mut Placement,
    ) -> Result<std::result::Result<ScheduleEntry, UnscheduledReason>> {
        let d = &self.data;
        let ini = &d.initiatives[i];
        let dur = i64::from(ini.duration_months);
        // The first month the dependencies allow, and who set it.
        let mut first = match ini.earliest_start {
            Some(date) => self.month_not_before(date)?,
            None => 0,
        };
        let mut holder: Option<usize> = None;
        let mut preds: Vec<_> = d
            .graph
            .edges_directed(NodeIndex::new(i), Direction::Incoming)
            .collect();
        preds.sort_by_key(|e| d.id_rank[e.source().index()]);
        for e in preds {
            let p = e.source().index();
            if state.unscheduled[p] {
                return Ok(Err(UnscheduledReason::Predecessor {
                    id: d.initiatives[p].id.clone(),
                }));
            }
            let Some(ps) = state.start[p] else { continue };
            let lag = i64::from(e.weight().lag);
            let ready = match e.weight().kind {
                DependencyKind::FinishToStart => {
                    ps + i64::from(d.initiatives[p].duration_months) + lag
                }
                DependencyKind::StartToStart => ps + lag,
            };
            if ready > first {
                first = ready;
                holder = Some(p);
            }
        }
        let last = i64::from(d.months) - dur;
        if first > last {
            return Ok(Err(UnscheduledReason::Horizon {
                earliest_finish: self.finish_date(first + dur)?,
                horizon_end: d.horizon.end,
            }));
        }
        let mut shortfall = None;
        let mut chosen = None;
        for m in first..=last {
            let charges = charges(ini.cost, m, dur, years);
            let short = if options.respect_budget {
                charges.iter().find_map(|(&year, &needed)| {
                    let cap = d.budget.get(&year)?;
                    let available = cap.saturating_sub(state.used.get(&year).copied().unwrap_or(0));
                    (needed > available).then_some((year, needed, available))
                })
            } else {
                None
            };
            match short {
                None => {
                    chosen = Some((m, charges));
                    break;
                }
                Some(s) => {
                    shortfall.get_or_insert(s);
                }
            }
        }
        let Some((m, charges)) = chosen else {
            let (year, needed, available) = shortfall.unwrap_or_default();
            return Ok(Err(UnscheduledReason::Budget {
                year,
                needed,
                available,
            }));
        };
        for (&year, &amount) in &charges {
            let used = state.used.entry(year).or_insert(0);
            *used = used
                .checked_add(amount)
                .ok_or_else(|| Error::overflow("a year's spend"))?;
        }
        state.start[i] = Some(m);
        let mut explanations = Vec::new();
        if first > times.es[i] {
            if let Some(p) = holder {
                explanations.push(Explanation::Predecessor {
                    id: d.initiatives[p].id.clone(),
                    ready: self.month_date(first)?,
                });
            }
        }
        if m > first {
            if let Some((year, needed, available)) = shortfall {
                explanations.push(Explanation::Budget {
                    year,
                    needed,
                    available,
                });
            }
        }
        let finish = self.finish_date(m + dur)?;
        if let Some(deadline) = ini.deadline.filter(|&dl| finish > dl) {
            explanations.push(Explanation::Deadline { deadline, finish });
        }
        Ok(Ok(ScheduleEntry {
            id: ini.id.clone(),
            name: ini.name.clone(),
            phase: d.phase[i],
            start: self.month_date(m)?,
            finish,
            start_month: u32::try_from(m).unwrap_or(0),
            duration_months: ini.duration_months,
            cost: ini.cost,
            charges,
            earliest_start: self.month_date(times.es[i])?,
            slack_months: times.float(i),
            critical: times.float(i) <= 0,
            delay_months: u32::try_from(m - times.es[i]).unwrap_or(0),
            explanations,
        }))
    }
}

/// `cost` spread over `dur` months from month `start`: month k carries
/// ⌊cost·(k+1)/dur⌋ − ⌊cost·k/dur⌋, charged to that month's year.
fn charges(cost: u64, start: i64, dur: i64, years: &[i32]) -> BTreeMap<i32, u64> {
    let mut out = BTreeMap::new();
    let (cost, d) = (u128::from(cost), dur.max(1) as u128);
    for k in 0..dur.max(0) {
        let k = k as u128;
        let amount = (cost * (k + 1) / d - cost * k / d) as u64;
        let year = years
            .get((start + k as i64) as usize)
            .copied()
            .unwrap_or(i32::MAX);
        *out.entry(year).or_insert(0) += amount;
    }
    out
}
