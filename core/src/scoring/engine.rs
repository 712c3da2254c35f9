//! Scoring: assessment levels → exact node values, index and predicate.
//!
//! Every value is a weighted mean of indicator levels below it (the
//! regulation's aspect → domain → index formula collapses to this when each
//! group's weight is the sum of its children's). Weights are exact integers
//! in units of the framework's common denominator, so sums are integers and
//! each value is one exact fraction `Σ level·units / Σ units`.

use super::assessment::Assessment;
use super::options::{MissingPolicy, PredicateBasis, ScoreOptions};
use super::scorecard::{Coverage, IndicatorScore, NodeScore, Scorecard};
use crate::error::{Error, Result};
use crate::exact::{Decimal, Fraction};
use crate::framework::Framework;

impl Framework {
    /// Scores an assessment with the default options (predicate from the
    /// exact index; every indicator must be rated).
    ///
    /// ```
    /// use egov_masterplan::{Assessment, Framework};
    /// let fw = Framework::builtin("spbe-2020").unwrap();
    /// let mut a = Assessment::new("dinas-kominfo", 2024);
    /// for i in 1..=47 { a.set(format!("I{i}"), 3); }
    /// a.set("I11", 4).set("I14", 2); // A2 = (3+4+3+2)/4 · … = 3.00
    /// let card = fw.score(&a).unwrap();
    /// assert_eq!(card.value("A2"), Some(3.0));
    /// assert_eq!(card.index(), 3.0);
    /// assert_eq!(card.predicate().id, "baik");
    /// ```
    pub fn score(&self, assessment: &Assessment) -> Result<Scorecard> {
        self.score_with(assessment, &ScoreOptions::default())
    }

    /// Scores an assessment with explicit options.
    pub fn score_with(&self, assessment: &Assessment, options: &ScoreOptions) -> Result<Scorecard> {
        if assessment.subject.is_empty() {
            return Err(Error::field("assessment", "subject", "must not be empty"));
        }
        let rated = self.rated_levels(assessment)?;
        self.score_levels(&assessment.subject, assessment.period, rated, options)
    }

    /// Levels by framework position, checked: unknown ids, levels off the
    /// scale and a framework mismatch are errors.
    pub(crate) fn rated_levels(&self, a: &Assessment) -> Result<Vec<Option<u8>>> {
        self.require_levels()?;
        if let Some(found) = &a.framework {
            if found != self.id() {
                return Err(Error::FrameworkMismatch {
                    expected: self.id().to_owned(),
                    found: found.clone(),
                });
            }
        }
        let scale = self.scale();
        let mut levels = vec![None; self.indicator_count()];
        for (key, &level) in &a.levels {
            let pos = self
                .indicator_position(&key.0)
                .ok_or_else(|| Error::UnknownIndicator {
                    framework: self.id().to_owned(),
                    indicator: key.0.clone(),
                })?;
            if !scale.contains(level) {
                return Err(Error::LevelOutOfRange {
                    subject: a.subject.clone(),
                    period: a.period,
                    indicator: key.0.clone(),
                    level,
                    min: scale.min.into(),
                    max: scale.max.into(),
                });
            }
            levels[pos] = Some(level as u8);
        }
        for key in a.notes.keys() {
            if self.indicator_position(&key.0).is_none() {
                return Err(Error::UnknownIndicator {
                    framework: self.id().to_owned(),
                    indicator: key.0.clone(),
                });
            }
        }
        Ok(levels)
    }

    /// Scores levels already checked against the scale, by framework
    /// position (`None` = unrated).
    pub(crate) fn score_levels(
        &self,
        subject: &str,
        period: i32,
        rated: Vec<Option<u8>>,
        options: &ScoreOptions,
    ) -> Result<Scorecard> {
        let d = &self.data;
        let counted: Vec<Option<u8>> = match options.missing {
            MissingPolicy::Error => {
                let missing: Vec<String> = rated
                    .iter()
                    .zip(self.indicators())
                    .filter(|(l, _)| l.is_none())
                    .map(|(_, n)| n.id().to_owned())
                    .collect();
                if !missing.is_empty() {
                    return Err(Error::MissingLevels {
                        subject: subject.to_owned(),
                        period,
                        missing,
                    });
                }
                rated.clone()
            }
            MissingPolicy::Lowest => rated
                .iter()
                .map(|l| Some(l.unwrap_or(d.scale.min)))
                .collect(),
            MissingPolicy::Renormalize => rated.clone(),
        };

        // Prefix sums over indicator positions: a node's leaves are one range.
        let n = counted.len();
        let mut sum = vec![0u64; n + 1];
        let mut weight = vec![0u64; n + 1];
        for (i, level) in counted.iter().enumerate() {
            let (s, w) = match level {
                Some(l) => (u64::from(*l) * d.units[i], d.units[i]),
                None => (0, 0),
            };
            sum[i + 1] = sum[i] + s;
            weight[i + 1] = weight[i] + w;
        }
        let (total_sum, total_weight) = (sum[n], weight[n]);
        if total_weight == 0 {
            return Err(Error::NothingRated {
                subject: subject.to_owned(),
                period,
            });
        }
        let decimals = d.rounding.decimals;
        let value = |s: u64, w: u64| -> Result<Option<(Fraction, Decimal)>> {
            if w == 0 {
                return Ok(None);
            }
            let exact =
                Fraction::new(s.into(), w.into()).ok_or_else(|| Error::overflow("a node value"))?;
            let rounded = exact
                .round_half_up(decimals)
                .ok_or_else(|| Error::overflow("rounding"))?;
            Ok(Some((exact, rounded)))
        };

        let mut nodes = Vec::new();
        for node in d.nodes.iter().filter(|n| !n.is_indicator()) {
            let r = node.leaves.clone();
            let v = value(sum[r.end] - sum[r.start], weight[r.end] - weight[r.start])?;
            nodes.push(NodeScore {
                id: node.id.clone(),
                tier: d.tiers[node.tier].clone(),
                exact: v.map(|(e, _)| e),
                rounded: v.map(|(_, r)| r),
            });
        }
        let mut indicators = Vec::with_capacity(n);
        for (i, node) in self.indicators().enumerate() {
            let (s, w) = (sum[i + 1] - sum[i], weight[i + 1] - weight[i]);
            let contribution = Fraction::new(s.into(), total_weight.into())
                .ok_or_else(|| Error::overflow("a contribution"))?;
            indicators.push(IndicatorScore {
                id: node.id.clone(),
                level: rated[i],
                counted: counted[i].filter(|_| w > 0),
                weight: node.weight,
                contribution,
            });
        }
        let (index, index_rounded) =
            value(total_sum, total_weight)?.ok_or_else(|| Error::overflow("the index"))?;
        let basis_value = match options.predicate_basis {
            PredicateBasis::Exact => index,
            PredicateBasis::Rounded => index_rounded.to_fraction(),
        };
        let predicate = self.predicate_for(&basis_value).clone();
        Ok(Scorecard {
            framework: self.clone(),
            subject: subject.to_owned(),
            period,
            options: *options,
            sum_units: total_sum,
            weight_units: total_weight,
            index,
            index_rounded,
            predicate,
            nodes,
            coverage: Coverage {
                rated: rated.iter().filter(|l| l.is_some()).count(),
                total: n,
            },
            indicators,
        })
    }
}
