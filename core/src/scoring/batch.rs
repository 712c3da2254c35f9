//! Many assessments at once: scoring, competition ranking and trends.

use super::assessment::Assessment;
use super::options::ScoreOptions;
use super::scorecard::Scorecard;
use crate::error::{Error, Result};
use crate::exact::{Decimal, Fraction};
use crate::framework::Framework;
use std::collections::BTreeMap;

impl Framework {
    /// Scores every assessment with the default options; the first bad one
    /// is the error (it names its subject and period).
    pub fn score_many(&self, assessments: &[Assessment]) -> Result<Vec<Scorecard>> {
        self.score_many_with(assessments, &ScoreOptions::default())
    }

    /// Scores every assessment with `options`.
    pub fn score_many_with(
        &self,
        assessments: &[Assessment],
        options: &ScoreOptions,
    ) -> Result<Vec<Scorecard>> {
        assessments
            .iter()
            .map(|a| self.score_with(a, options))
            .collect()
    }
}

crate::named_enum::named_enum!(
    /// Which value ranks scorecards.
    #[derive(Default)]
    RankBasis, "rank_basis",
    /// The exact index: 3.4985 ranks below 3.50.
    #[default]
    Exact => "exact",
    /// The published (rounded) index: 3.4985 and 3.50 tie.
    Rounded => "rounded",
);

/// One scorecard's place in its period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RankEntry {
    /// The subject.
    pub subject: String,
    /// The period ranked in.
    pub period: i32,
    /// Competition rank ("1224"): equal indices share a rank, the next rank
    /// skips.
    pub rank: usize,
    /// The exact index.
    pub exact_index: Fraction,
    /// The published index.
    pub index: Decimal,
}

/// Ranks scorecards within each period, highest index first, with
/// competition ranking for ties ("1224"). Output: periods ascending, then
/// rank, then subject.
///
/// ```
/// use egov_masterplan::{Assessment, Framework, scoring::{RankBasis, rank}};
/// let fw = Framework::builtin("spbe-2020").unwrap();
/// let card = |s: &str, level: i64| {
///     let mut a = Assessment::new(s, 2024);
///     for i in 1..=47 { a.set(format!("I{i}"), level); }
///     fw.score(&a).unwrap()
/// };
/// let cards = [card("a", 3), card("b", 4), card("c", 3), card("d", 2)];
/// let ranks: Vec<_> = rank(&cards, RankBasis::Exact).iter().map(|r| (r.subject.clone(), r.rank)).collect();
/// assert_eq!(ranks, [("b".into(), 1), ("a".into(), 2), ("c".into(), 2), ("d".into(), 4)]);
/// ```
pub fn rank(cards: &[Scorecard], basis: RankBasis) -> Vec<RankEntry> {
    let mut by_period: BTreeMap<i32, Vec<&Scorecard>> = BTreeMap::new();
    for c in cards {
        by_period.entry(c.period()).or_default().push(c);
    }
    let key = |c: &Scorecard| match basis {
        RankBasis::Exact => c.exact_index(),
        RankBasis::Rounded => c.index_decimal().to_fraction(),
    };
    let mut out = Vec::with_capacity(cards.len());
    for (period, mut group) in by_period {
        group.sort_by(|a, b| {
            key(b)
                .cmp(&key(a))
                .then_with(|| a.subject().cmp(b.subject()))
        });
        let mut rank = 0;
        for (i, c) in group.iter().enumerate() {
            if i == 0 || key(c) != key(group[i - 1]) {
                rank = i + 1;
            }
            out.push(RankEntry {
                subject: c.subject().to_owned(),
                period,
                rank,
                exact_index: c.exact_index(),
                index: c.index_decimal(),
            });
        }
    }
    out
}

/// One period of a subject's trend.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrendPoint {
    /// The period.
    pub period: i32,
    /// The exact index.
    pub exact_index: Fraction,
    /// The published index.
    pub index: Decimal,
    /// The predicate id.
    pub predicate: String,
    /// Exact change from the previous period listed (`None` for the first).
    pub change: Option<Fraction>,
}

/// A subject's indices across periods.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trend {
    /// The subject.
    pub subject: String,
    /// Its periods, ascending.
    pub points: Vec<TrendPoint>,
}

/// Groups scorecards by subject (ascending) and lists each subject's periods
/// in order with the change from the period before. Two scorecards for one
/// subject and period are an error.
pub fn trends(cards: &[Scorecard]) -> Result<Vec<Trend>> {
    let mut by_subject: BTreeMap<&str, BTreeMap<i32, &Scorecard>> = BTreeMap::new();
    for c in cards {
        let periods = by_subject.entry(c.subject()).or_default();
        if periods.insert(c.period(), c).is_some() {
            return Err(Error::DuplicateId {
                what: "scorecard (subject, period)".into(),
                id: format!("{} {}", c.subject(), c.period()),
            });
        }
    }
    let mut out = Vec::with_capacity(by_subject.len());
    for (subject, periods) in by_subject {
        let mut points: Vec<TrendPoint> = Vec::with_capacity(periods.len());
        for (period, c) in periods {
            let change = match points.last() {
                Some(prev) => Some(
                    c.exact_index()
                        .checked_sub(&prev.exact_index)
                        .ok_or_else(|| Error::overflow("a trend change"))?,
                ),
                None => None,
            };
            points.push(TrendPoint {
                period,
                exact_index: c.exact_index(),
                index: c.index_decimal(),
                predicate: c.predicate().id.clone(),
                change,
            });
        }
        out.push(Trend {
            subject: subject.to_owned(),
            points,
        });
    }
    Ok(out)
}
