//! Normalisers: each indicator's column brought to a common scale over a
//! cohort, after its polarity (a "lower is better" indicator is negated
//! first, so that higher is better after normalising). Missing values stay
//! missing and do not take part in a column's statistics.

/// How a column is normalised.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Normaliser {
    /// Values as they are (already on a common scale, as EGDI's OSI, HCI, TII).
    None,
    /// Min-max over the cohort onto `[low, high]`; a constant column gives
    /// the midpoint.
    MinMax {
        /// The target of the cohort's lowest value.
        low: f64,
        /// The target of the cohort's highest value.
        high: f64,
    },
    /// `mean + sd · z`, `z` the standard score over the cohort (sample
    /// standard deviation, `n − 1`); a constant column gives `mean`.
    ZScore {
        /// The mean after normalising.
        mean: f64,
        /// The standard deviation after normalising.
        sd: f64,
    },
    /// Distance between fixed goalposts, `scale · (x − low)/(high − low)`,
    /// clipped to `[0, scale]` when `clip` (after polarity: for a "lower is
    /// better" indicator give the goalposts of the negated values).
    Goalposts {
        /// The value that maps to 0.
        low: f64,
        /// The value that maps to `scale`.
        high: f64,
        /// The normalised value of `high` (1 or 100).
        scale: f64,
        /// Clip to `[0, scale]`.
        clip: bool,
    },
    /// Rank within the cohort, 1 for the lowest, ties sharing their
    /// average rank.
    Rank,
    /// Percentile rank: the share of the cohort's values at most this one,
    /// in (0, 1].
    PercentRank,
    /// The value as a fraction of a reference value (a reference unit's),
    /// `x / reference`; for a "lower is better" indicator `reference / x`.
    Ratio {
        /// The reference value.
        reference: f64,
    },
}

/// The column `values` normalised with `how`; `higher_is_better = false`
/// negates the values first.
///
/// ```
/// use egov_masterplan::composite::{normalise, Normaliser};
/// let v = [Some(2.0), Some(4.0), None, Some(6.0)];
/// let mm = normalise(&v, true, &Normaliser::MinMax { low: 0.0, high: 100.0 });
/// assert_eq!(mm, [Some(0.0), Some(50.0), None, Some(100.0)]);
/// let inverted = normalise(&v, false, &Normaliser::MinMax { low: 0.0, high: 1.0 });
/// assert_eq!(inverted, [Some(1.0), Some(0.5), None, Some(0.0)]);
/// ```
pub fn normalise(
    values: &[Option<f64>],
    higher_is_better: bool,
    how: &Normaliser,
) -> Vec<Option<f64>> {
    if let Normaliser::Ratio { reference } = *how {
        return values
            .iter()
            .map(|x| {
                x.map(|x| {
                    if higher_is_better {
                        x / reference
                    } else {
                        reference / x
                    }
                })
            })
            .collect();
    }
    let sign = if higher_is_better { 1.0 } else { -1.0 };
    let v: Vec<Option<f64>> = values.iter().map(|x| x.map(|x| sign * x)).collect();
    let present: Vec<f64> = v.iter().flatten().copied().collect();
    let n = present.len() as f64;
    match *how {
        Normaliser::None => v,
        Normaliser::MinMax { low, high } => {
            let min = present.iter().copied().fold(f64::INFINITY, f64::min);
            let max = present.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            v.iter()
                .map(|x| {
                    x.map(|x| {
                        if max > min {
                            low + (x - min) / (max - min) * (high - low)
                        } else {
                            (low + high) / 2.0
                        }
                    })
                })
                .collect()
        }
        Normaliser::ZScore { mean, sd } => {
            let m = present.iter().sum::<f64>() / n;
            let var = if present.len() > 1 {
                present.iter().map(|x| (x - m) * (x - m)).sum::<f64>() / (n - 1.0)
            } else {
                0.0
            };
            let s = var.sqrt();
            v.iter()
                .map(|x| {
                    x.map(|x| {
                        if s > 0.0 {
                            mean + sd * (x - m) / s
                        } else {
                            mean
                        }
                    })
                })
                .collect()
        }
        Normaliser::Goalposts {
            low,
            high,
            scale,
            clip,
        } => v
            .iter()
            .map(|x| {
                x.map(|x| {
                    let t = (x - low) / (high - low);
                    let t = if clip { t.clamp(0.0, 1.0) } else { t };
                    scale * t
                })
            })
            .collect(),
        Normaliser::Rank => v
            .iter()
            .map(|x| {
                x.map(|x| {
                    let below = present.iter().filter(|&&y| y < x).count() as f64;
                    let equal = present.iter().filter(|&&y| y == x).count() as f64;
                    below + (equal + 1.0) / 2.0
                })
            })
            .collect(),
        Normaliser::PercentRank => v
            .iter()
            .map(|x| x.map(|x| present.iter().filter(|&&y| y <= x).count() as f64 / n))
            .collect(),
        // Handled above, on the values before polarity.
        Normaliser::Ratio { .. } => v,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn col(xs: &[f64]) -> Vec<Option<f64>> {
        xs.iter().map(|&x| Some(x)).collect()
    }

    #[test]
    fn z_scores_use_the_sample_deviation() {
        // 2, 4, 6: mean 4, sample sd 2 -> -1, 0, 1; as 100 + 10z: 90, 100, 110.
        let z = normalise(
            &col(&[2.0, 4.0, 6.0]),
            true,
            &Normaliser::ZScore {
                mean: 100.0,
                sd: 10.0,
            },
        );
        assert_eq!(z, col(&[90.0, 100.0, 110.0]));
        let constant = normalise(
            &col(&[3.0, 3.0]),
            true,
            &Normaliser::ZScore { mean: 0.0, sd: 1.0 },
        );
        assert_eq!(constant, col(&[0.0, 0.0]));
    }

    #[test]
    fn goalposts_clip_or_not() {
        let g = |clip| Normaliser::Goalposts {
            low: 10.0,
            high: 20.0,
            scale: 100.0,
            clip,
        };
        assert_eq!(
            normalise(&col(&[5.0, 15.0, 25.0]), true, &g(true)),
            col(&[0.0, 50.0, 100.0])
        );
        assert_eq!(
            normalise(&col(&[5.0, 15.0, 25.0]), true, &g(false)),
            col(&[-50.0, 50.0, 150.0])
        );
    }

    #[test]
    fn ranks_share_ties_and_percent_ranks_count_at_most() {
        // 10, 20, 20, 30: ranks 1, 2.5, 2.5, 4; at most: 1/4, 3/4, 3/4, 4/4.
        let v = col(&[10.0, 20.0, 20.0, 30.0]);
        assert_eq!(
            normalise(&v, true, &Normaliser::Rank),
            col(&[1.0, 2.5, 2.5, 4.0])
        );
        assert_eq!(
            normalise(&v, true, &Normaliser::PercentRank),
            col(&[0.25, 0.75, 0.75, 1.0])
        );
        // Lower is better: 30 is now the lowest.
        assert_eq!(
            normalise(&v, false, &Normaliser::Rank),
            col(&[4.0, 2.5, 2.5, 1.0])
        );
    }

    #[test]
    fn ratios_to_a_reference_turn_over_for_lower_is_better() {
        // 2, 4, 8 against 4: 0.5, 1, 2; lower is better: 2, 1, 0.5.
        let v = col(&[2.0, 4.0, 8.0]);
        let r = Normaliser::Ratio { reference: 4.0 };
        assert_eq!(normalise(&v, true, &r), col(&[0.5, 1.0, 2.0]));
        assert_eq!(normalise(&v, false, &r), col(&[2.0, 1.0, 0.5]));
    }

    #[test]
    fn a_constant_column_is_the_midpoint() {
        let mm = normalise(
            &col(&[7.0, 7.0]),
            true,
            &Normaliser::MinMax {
                low: 0.0,
                high: 10.0,
            },
        );
        assert_eq!(mm, col(&[5.0, 5.0]));
    }
}
