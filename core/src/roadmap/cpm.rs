//! The critical path method, unconstrained by budget: forward and backward
//! passes over the dependency DAG in whole months, then dates.

use super::model::DependencyKind;
use super::Roadmap;
use crate::error::Result;
use chrono::NaiveDate;
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;
use petgraph::Direction;

/// Critical-path times of one initiative.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CpmTimes {
    /// The initiative's id.
    pub id: String,
    /// Earliest start.
    pub earliest_start: NaiveDate,
    /// Earliest finish (the last day it runs).
    pub earliest_finish: NaiveDate,
    /// Latest start that does not delay the plan (or miss a deadline).
    pub latest_start: NaiveDate,
    /// Latest finish (the last day it may run).
    pub latest_finish: NaiveDate,
    /// Total float in months (negative when a deadline cannot be met).
    pub total_float_months: i64,
    /// Zero (or negative) float: on the critical path.
    pub critical: bool,
}

/// The passes' results in months from the horizon's start, by initiative.
pub(crate) struct MonthTimes {
    pub es: Vec<i64>,
    pub ef: Vec<i64>,
    pub ls: Vec<i64>,
    pub lf: Vec<i64>,
}

impl MonthTimes {
    pub fn float(&self, i: usize) -> i64 {
        self.ls[i] - self.es[i]
    }
}

impl Roadmap {
    /// The first whole month (from the horizon's start) that begins on or
    /// after `date`; 0 for dates before the horizon.
    pub(crate) fn month_not_before(&self, date: NaiveDate) -> Result<i64> {
        let mut m = rough_months(self.data.horizon.start, date).max(1) - 1;
        while self.month_date(m)? < date {
            m += 1;
        }
        Ok(m)
    }

    /// The last month boundary at which a span may end (exclusive) and
    /// still finish by `deadline`.
    pub(crate) fn month_ending_by(&self, deadline: NaiveDate) -> Result<i64> {
        let mut m = rough_months(self.data.horizon.start, deadline) + 1;
        while self.finish_date(m)? > deadline {
            m -= 1;
        }
        Ok(m)
    }

    pub(crate) fn month_times(&self) -> Result<MonthTimes> {
        let d = &self.data;
        let n = d.initiatives.len();
        let dur = |i: usize| i64::from(d.initiatives[i].duration_months);
        let (mut es, mut ef) = (vec![0i64; n], vec![0i64; n]);
        for &i in &d.topo {
            let mut start = match d.initiatives[i].earliest_start {
                Some(date) => self.month_not_before(date)?,
                None => 0,
            };
            for e in d
                .graph
                .edges_directed(NodeIndex::new(i), Direction::Incoming)
            {
                let p = e.source().index();
                let lag = i64::from(e.weight().lag);
                start = start.max(match e.weight().kind {
                    DependencyKind::FinishToStart => ef[p] + lag,
                    DependencyKind::StartToStart => es[p] + lag,
                });
            }
            es[i] = start;
            ef[i] = start + dur(i);
        }
        let end = ef.iter().copied().max().unwrap_or(0);
        let (mut ls, mut lf) = (vec![0i64; n], vec![0i64; n]);
        for &i in d.topo.iter().rev() {
            let mut finish = match d.initiatives[i].deadline {
                Some(date) => end.min(self.month_ending_by(date)?),
                None => end,
            };
            for e in d
                .graph
                .edges_directed(NodeIndex::new(i), Direction::Outgoing)
            {
                let s = e.target().index();
                let lag = i64::from(e.weight().lag);
                finish = finish.min(match e.weight().kind {
                    DependencyKind::FinishToStart => ls[s] - lag,
                    DependencyKind::StartToStart => ls[s] - lag + dur(i),
                });
            }
            lf[i] = finish;
            ls[i] = finish - dur(i);
        }
        Ok(MonthTimes { es, ef, ls, lf })
    }

    /// Earliest and latest dates, total float and criticality of every
    /// initiative, ordered by earliest start, then id.
    ///
    /// ```
    /// use egov_masterplan::Roadmap;
    /// let r = Roadmap::from_json(r#"{"schema_version": 1, "id": "r", "name": "R",
    ///   "horizon": {"start": "2020-01-01", "end": "2021-12-31"},
    ///   "initiatives": [
    ///     {"id": "a", "name": "A", "area": "tata-kelola", "owner": "setda", "duration_months": 3},
    ///     {"id": "b", "name": "B", "area": "aplikasi", "owner": "diskominfo", "duration_months": 2,
    ///      "depends_on": ["a"]},
    ///     {"id": "c", "name": "C", "area": "layanan", "owner": "diskominfo", "duration_months": 1,
    ///      "depends_on": ["a"]}]}"#).unwrap();
    /// let cpm = r.critical_path_method().unwrap();
    /// let c = cpm.iter().find(|t| t.id == "c").unwrap();
    /// assert_eq!(c.earliest_start.to_string(), "2020-04-01");
    /// assert_eq!(c.total_float_months, 1); // b takes a month longer
    /// assert_eq!(r.critical_path().unwrap(), ["a", "b"]);
    /// ```
    pub fn critical_path_method(&self) -> Result<Vec<CpmTimes>> {
        let t = self.month_times()?;
        let d = &self.data;
        let mut order: Vec<usize> = (0..d.initiatives.len()).collect();
        order.sort_by_key(|&i| (t.es[i], d.id_rank[i]));
        order
            .into_iter()
            .map(|i| {
                Ok(CpmTimes {
                    id: d.initiatives[i].id.clone(),
                    earliest_start: self.month_date(t.es[i])?,
                    earliest_finish: self.finish_date(t.ef[i])?,
                    latest_start: self.month_date(t.ls[i])?,
                    latest_finish: self.finish_date(t.lf[i])?,
                    total_float_months: t.float(i),
                    critical: t.float(i) <= 0,
                })
            })
            .collect()
    }

    /// The initiatives with no float, by earliest start then id: the chain
    /// (or chains) that fix the plan's length.
    pub fn critical_path(&self) -> Result<Vec<String>> {
        Ok(self.critical_ids(&self.month_times()?))
    }

    /// Critical initiatives' ids by earliest start, then id.
    pub(crate) fn critical_ids(&self, t: &MonthTimes) -> Vec<String> {
        let d = &self.data;
        let mut critical: Vec<usize> = (0..d.initiatives.len())
            .filter(|&i| t.float(i) <= 0)
            .collect();
        critical.sort_by_key(|&i| (t.es[i], d.id_rank[i]));
        critical
            .into_iter()
            .map(|i| d.initiatives[i].id.clone())
            .collect()
    }

    /// Dependency edges (predecessor, successor) that are tight between two
    /// critical initiatives, by predecessor then successor id.
    pub fn critical_edges(&self) -> Result<Vec<(String, String)>> {
        let t = self.month_times()?;
        let d = &self.data;
        let mut out = Vec::new();
        for e in d.graph.edge_references() {
            let (p, s) = (e.source().index(), e.target().index());
            let lag = i64::from(e.weight().lag);
            let tight = match e.weight().kind {
                DependencyKind::FinishToStart => t.es[s] == t.ef[p] + lag,
                DependencyKind::StartToStart => t.es[s] == t.es[p] + lag,
            };
            if tight && t.float(p) <= 0 && t.float(s) <= 0 {
                out.push((d.initiatives[p].id.clone(), d.initiatives[s].id.clone()));
            }
        }
        out.sort();
        Ok(out)
    }
}

/// Calendar months from `a` to `b` ignoring days.
fn rough_months(a: NaiveDate, b: NaiveDate) -> i64 {
    use chrono::Datelike;
    i64::from(b.year() - a.year()) * 12 + i64::from(b.month()) - i64::from(a.month())
}
