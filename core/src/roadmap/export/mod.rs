//! Canonical exports of a roadmap and its schedule (JSON, CSV) and the
//! English sentences that say why an initiative is late or left out.
//!
//! Both JSON documents are compact, with keys in a fixed order (serde
//! structs, never maps keyed by chance) and dates as `YYYY-MM-DD`, so the
//! same roadmap gives the same bytes every time.

use super::model::Initiative;
use super::schedule::{Explanation, Schedule, UnscheduledReason};
use super::Roadmap;
use crate::text::{rupiah, Lang};

mod doc;

/// The CSV columns of [`Schedule::to_csv`].
const CSV_COLUMNS: [&str; 11] = [
    "id",
    "name",
    "phase",
    "start",
    "finish",
    "duration_months",
    "cost",
    "slack_months",
    "critical",
    "delay_months",
    "explanation",
];

impl Roadmap {
    /// The roadmap document as canonical compact JSON (`schema_version` 1,
    /// keys in the order of `FORMATS.md`); [`Roadmap::from_json`] reads it
    /// back to a roadmap that writes the same bytes.
    ///
    /// A dependency is a plain id when it is finish-to-start with no lag,
    /// otherwise `{"id", "kind", "lag_months"}`. Optional fields are left
    /// out when they hold what reading assumes in their absence: no
    /// `earliest_start` / `deadline`, empty `depends_on` / `raises` /
    /// `creates` / `retires`, an all-zero `priority`. `cost` is always
    /// written (also when 0), as are `budget` (`{}` when empty) and
    /// `duration_months`.
    ///
    /// ```
    /// use egov_masterplan::Roadmap;
    /// let r = Roadmap::from_json(r#"{"schema_version": 1, "id": "r", "name": "R",
    ///   "horizon": {"start": "2020-01-01", "end": "2020-12-31"},
    ///   "initiatives": [
    ///     {"id": "a", "name": "A", "area": "tata-kelola", "owner": "setda", "duration_months": 2},
    ///     {"id": "b", "name": "B", "area": "aplikasi", "owner": "diskominfo", "duration_months": 1,
    ///      "depends_on": [{"id": "a", "kind": "finish-to-start", "lag_months": 0}],
    ///      "priority": {"feasibility": 2}}]}"#)?;
    /// assert_eq!(r.to_json(), concat!(
    ///     r#"{"schema_version":1,"id":"r","name":"R","#,
    ///     r#""horizon":{"start":"2020-01-01","end":"2020-12-31"},"budget":{},"initiatives":["#,
    ///     r#"{"id":"a","name":"A","area":"tata-kelola","owner":"setda","duration_months":2,"cost":0},"#,
    ///     r#"{"id":"b","name":"B","area":"aplikasi","owner":"diskominfo","duration_months":1,"cost":0,"#,
    ///     r#""depends_on":["a"],"priority":{"effectiveness":0,"feasibility":2,"efficiency":0}}]}"#));
    /// assert_eq!(Roadmap::from_json(&r.to_json())?.to_json(), r.to_json());
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn to_json(&self) -> String {
        serde_json::to_string(&doc::RoadmapOut::new(self)).unwrap_or_default()
    }
}

/// Two roadmaps are equal when their canonical documents are: the same
/// initiatives, dependencies, horizon and budget, whatever the input's
/// spelling or key order.
impl PartialEq for Roadmap {
    fn eq(&self, other: &Roadmap) -> bool {
        std::sync::Arc::ptr_eq(&self.data, &other.data) || self.to_json() == other.to_json()
    }
}

impl Eq for Roadmap {}

/// Two schedules are equal when their canonical documents are (the same
/// roadmap id and horizon, entries, unscheduled initiatives and spend).
impl PartialEq for Schedule {
    fn eq(&self, other: &Schedule) -> bool {
        self.roadmap == other.roadmap && self.to_json() == other.to_json()
    }
}

impl Eq for Schedule {}

impl Schedule {
    /// The schedule as canonical compact JSON: `roadmap` (its id),
    /// `horizon`, `phases`, `critical_path`, `entries` (every field of
    /// [`ScheduleEntry`](crate::roadmap::ScheduleEntry), `charges` keyed by year,
    /// `explanations` tagged by `kind`), `unscheduled` (`id` and a
    /// `reason` tagged by `kind`) and `spend` (`year`, `spent`, `cap`).
    /// Every key is always present; a year without a cap has `"cap": null`.
    ///
    /// ```
    /// use egov_masterplan::{Roadmap, ScheduleOptions};
    /// let r = Roadmap::from_json(r#"{"schema_version": 1, "id": "r", "name": "R",
    ///   "horizon": {"start": "2020-01-01", "end": "2020-12-31"},
    ///   "initiatives": [{"id": "a", "name": "A", "area": "tata-kelola", "owner": "setda",
    ///                    "duration_months": 2, "cost": 10}]}"#)?;
    /// let json = r.schedule(&ScheduleOptions::default())?.to_json();
    /// assert!(json.starts_with(r#"{"roadmap":"r","horizon":{"start":"2020-01-01","end":"2020-12-31"},"phases":[["a"]],"critical_path":["a"],"entries":[{"id":"a","name":"A","phase":1,"start":"2020-01-01","finish":"2020-02-29","#));
    /// assert!(json.ends_with(r#""unscheduled":[],"spend":[{"year":2020,"spent":10,"cap":null}]}"#));
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn to_json(&self) -> String {
        serde_json::to_string(&doc::ScheduleOut::new(self)).unwrap_or_default()
    }

    /// The schedule as CSV for spreadsheets, with the header
    /// `id,name,phase,start,finish,duration_months,cost,slack_months,critical,delay_months,explanation`:
    /// one row per entry (in [`Schedule::entries`] order; the Indonesian
    /// name; the explanations joined by `"; "`), then one row per
    /// unscheduled initiative with empty dates, slack, critical and delay
    /// and its reason as the explanation.
    ///
    /// Against formula injection, a text cell (`id`, `name`,
    /// `explanation`) that starts with `=`, `+`, `-`, `@`, a tab, a
    /// carriage return or an apostrophe gets a leading apostrophe, so
    /// spreadsheets show it as text. Numbers are written as they are (a negative slack stays a
    /// number).
    ///
    /// ```
    /// use egov_masterplan::{Roadmap, ScheduleOptions};
    /// let r = Roadmap::from_json(r#"{"schema_version": 1, "id": "r", "name": "R",
    ///   "horizon": {"start": "2020-01-01", "end": "2020-12-31"},
    ///   "initiatives": [{"id": "a", "name": "=SUM(A1)", "area": "tata-kelola", "owner": "setda",
    ///                    "duration_months": 2, "cost": 10}]}"#)?;
    /// let csv = r.schedule(&ScheduleOptions::default())?.to_csv();
    /// assert_eq!(csv, "id,name,phase,start,finish,duration_months,cost,slack_months,critical,delay_months,explanation\n\
    ///                  a,'=SUM(A1),1,2020-01-01,2020-02-29,2,10,0,true,0,\n");
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn to_csv(&self) -> String {
        let mut rows: Vec<Vec<String>> = vec![CSV_COLUMNS.iter().map(|c| c.to_string()).collect()];
        for e in &self.entries {
            let why: Vec<String> = e.explanations.iter().map(Explanation::describe).collect();
            rows.push(vec![
                text_cell(&e.id),
                text_cell(e.name.id()),
                e.phase.to_string(),
                e.start.to_string(),
                e.finish.to_string(),
                e.duration_months.to_string(),
                e.cost.to_string(),
                e.slack_months.to_string(),
                e.critical.to_string(),
                e.delay_months.to_string(),
                text_cell(&why.join("; ")),
            ]);
        }
        for u in &self.unscheduled {
            let ini = self.roadmap.initiative(&u.id);
            let known = |f: fn(&Initiative) -> String| ini.map(f).unwrap_or_default();
            rows.push(vec![
                text_cell(&u.id),
                text_cell(&known(|i| i.name.id().to_owned())),
                self.roadmap
                    .phase_of(&u.id)
                    .map(|p| p.to_string())
                    .unwrap_or_default(),
                String::new(),
                String::new(),
                known(|i| i.duration_months.to_string()),
                known(|i| i.cost.to_string()),
                String::new(),
                String::new(),
                String::new(),
                text_cell(&u.reason.describe()),
            ]);
        }
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(Vec::new());
        for row in rows {
            // Writing to a Vec cannot fail.
            let _ = w.write_record(&row);
        }
        String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
    }
}

impl Explanation {
    /// One English sentence: `waits for perbup-spbe until 2020-04-01`,
    /// `budget 2021 short by Rp 150.000.000 (needed Rp 400.000.000,
    /// available Rp 250.000.000)` or `finishes 2021-03-31 after deadline
    /// 2020-12-31`; [`Explanation::describe_in`] in English.
    ///
    /// ```
    /// use egov_masterplan::roadmap::Explanation;
    /// let e = Explanation::Budget { year: 2021, needed: 400_000_000, available: 250_000_000 };
    /// assert_eq!(e.describe(), "budget 2021 short by Rp 150.000.000 (needed Rp 400.000.000, available Rp 250.000.000)");
    /// ```
    pub fn describe(&self) -> String {
        self.describe_in(Lang::En)
    }

    /// One sentence in `lang`.
    ///
    /// ```
    /// use egov_masterplan::{roadmap::Explanation, Lang};
    /// let e = Explanation::Budget { year: 2021, needed: 400_000_000, available: 250_000_000 };
    /// assert_eq!(e.describe_in(Lang::Id), "pagu 2021 kurang Rp 150.000.000 (perlu Rp 400.000.000, tersedia Rp 250.000.000)");
    /// ```
    pub fn describe_in(&self, lang: Lang) -> String {
        match (self, lang) {
            (Explanation::Predecessor { id, ready }, Lang::En) => {
                format!("waits for {id} until {ready}")
            }
            (Explanation::Predecessor { id, ready }, Lang::Id) => {
                format!("menunggu {id} hingga {ready}")
            }
            (
                Explanation::Budget {
                    year,
                    needed,
                    available,
                },
                _,
            ) => shortfall(*year, *needed, *available, lang),
            (Explanation::Deadline { deadline, finish }, Lang::En) => {
                format!("finishes {finish} after deadline {deadline}")
            }
            (Explanation::Deadline { deadline, finish }, Lang::Id) => {
                format!("selesai {finish}, melewati tenggat {deadline}")
            }
        }
    }
}

impl UnscheduledReason {
    /// One English sentence: `would finish 2025-03-31, after the horizon
    /// ends 2024-12-31`, `no start within the horizon fits the budget:
    /// budget 2021 short by … (needed …, available …)` or `predecessor
    /// perbup-spbe is unscheduled`; [`UnscheduledReason::describe_in`] in
    /// English.
    ///
    /// ```
    /// use egov_masterplan::roadmap::UnscheduledReason;
    /// let r = UnscheduledReason::Predecessor { id: "perbup-spbe".into() };
    /// assert_eq!(r.describe(), "predecessor perbup-spbe is unscheduled");
    /// ```
    pub fn describe(&self) -> String {
        self.describe_in(Lang::En)
    }

    /// One sentence in `lang`.
    ///
    /// ```
    /// use egov_masterplan::{roadmap::UnscheduledReason, Lang};
    /// let r = UnscheduledReason::Predecessor { id: "perbup-spbe".into() };
    /// assert_eq!(r.describe_in(Lang::Id), "pendahulu perbup-spbe tidak terjadwal");
    /// ```
    pub fn describe_in(&self, lang: Lang) -> String {
        match (self, lang) {
            (
                UnscheduledReason::Horizon {
                    earliest_finish,
                    horizon_end,
                },
                Lang::En,
            ) => format!("would finish {earliest_finish}, after the horizon ends {horizon_end}"),
            (
                UnscheduledReason::Horizon {
                    earliest_finish,
                    horizon_end,
                },
                Lang::Id,
            ) => format!(
                "baru selesai {earliest_finish}, setelah cakrawala rencana berakhir {horizon_end}"
            ),
            (
                UnscheduledReason::Budget {
                    year,
                    needed,
                    available,
                },
                Lang::En,
            ) => format!(
                "no start within the horizon fits the budget: {}",
                shortfall(*year, *needed, *available, lang)
            ),
            (
                UnscheduledReason::Budget {
                    year,
                    needed,
                    available,
                },
                Lang::Id,
            ) => format!(
                "tidak ada waktu mulai dalam cakrawala yang muat dalam pagu: {}",
                shortfall(*year, *needed, *available, lang)
            ),
            (UnscheduledReason::Predecessor { id }, Lang::En) => {
                format!("predecessor {id} is unscheduled")
            }
            (UnscheduledReason::Predecessor { id }, Lang::Id) => {
                format!("pendahulu {id} tidak terjadwal")
            }
        }
    }
}

fn shortfall(year: i32, needed: u64, available: u64, lang: Lang) -> String {
    let short = rupiah(needed.saturating_sub(available));
    let (needed, available) = (rupiah(needed), rupiah(available));
    match lang {
        Lang::En => {
            format!("budget {year} short by {short} (needed {needed}, available {available})")
        }
        Lang::Id => format!("pagu {year} kurang {short} (perlu {needed}, tersedia {available})"),
    }
}

/// A text cell that a spreadsheet cannot take for a formula.
fn text_cell(s: &str) -> String {
    crate::csv_cell::write(s)
}

#[cfg(test)]
mod tests;
