//! How robust a cohort's ranks on a composite framework are: Monte Carlo
//! over the weights (uniform noise or Dirichlet), the normaliser, the
//! aggregator and the exclusion of one indicator.
//!
//! Sample `k` draws from ChaCha20 stream `k` of the seed, in this order:
//! the normaliser (when more than one is offered), the aggregator (idem),
//! the excluded indicator (when exclusion is on: none or one of them,
//! uniformly), then each node's weight in framework order (uniform: one
//! unit draw per node; Dirichlet: one gamma variate per node). Samples are
//! independent, so the result is the same on any number of threads and in
//! every language.

use super::gamma::gamma;
use super::tree::{method, normalised, raw_values, round_to, Shape};
use super::uncertainty::summarise;
use super::{competition_ranks, Cohort, RankInterval};
use crate::error::{Error, Result};
use crate::framework::{Framework, MethodAggregator, MethodNormaliser};
use crate::sensitivity::draws::Draws;
use serde::Serialize;

const WHAT: &str = "uncertainty";

/// How the weights move in each sample.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum WeightModel {
    /// Each weight times a uniform factor in `[1 − noise, 1 + noise]`
    /// (then renormalised by the aggregation).
    Uniform,
    /// Each group's children's weights drawn from a Dirichlet distribution
    /// centred on their nominal shares: `Dirichlet(c · shares)`; larger
    /// `concentration` `c` keeps them closer (a share `s` varies with
    /// standard deviation `√(s(1 − s)/(c + 1))`).
    Dirichlet {
        /// The concentration `c` (> 0).
        concentration: f64,
    },
}

/// Options of [`Framework::uncertainty`].
#[derive(Clone, Debug, PartialEq)]
pub struct CohortUncertaintyOptions {
    /// Share by which each weight moves under [`WeightModel::Uniform`], in
    /// `[0, 1)` (default 0.2: ±20 %).
    pub weight_noise: f64,
    /// How the weights move (default uniform).
    pub weight_model: WeightModel,
    /// Normalisers to choose from, uniformly, per sample (empty: the
    /// framework's own, always).
    pub normalisers: Vec<MethodNormaliser>,
    /// Aggregators to choose from, uniformly, per sample (empty: the
    /// framework's own); a drawn one replaces every node's aggregator.
    pub aggregators: Vec<MethodAggregator>,
    /// Leave out one indicator per sample (or none), uniformly.
    pub exclusion: bool,
    /// Monte Carlo samples (default 1,000).
    pub samples: usize,
    /// Seed of the draws.
    pub seed: u64,
}

impl Default for CohortUncertaintyOptions {
    fn default() -> Self {
        CohortUncertaintyOptions {
            weight_noise: 0.2,
            weight_model: WeightModel::Uniform,
            normalisers: Vec::new(),
            aggregators: Vec::new(),
            exclusion: false,
            samples: 1000,
            seed: 0,
        }
    }
}

/// One unit's rank interval.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct UnitInterval {
    /// The unit's id.
    pub id: String,
    /// Rank with the framework's own method.
    pub nominal_rank: u32,
    /// Median rank over the samples.
    pub median_rank: u32,
    /// 5th percentile of the ranks (the best end).
    pub p05: u32,
    /// 95th percentile (the worst end).
    pub p95: u32,
    /// Mean absolute difference from the nominal rank.
    pub mean_shift: f64,
}

impl UnitInterval {
    /// The interval without the id.
    pub fn interval(&self) -> RankInterval {
        RankInterval {
            nominal_rank: self.nominal_rank,
            median_rank: self.median_rank,
            p05: self.p05,
            p95: self.p95,
            mean_shift: self.mean_shift,
        }
    }
}

/// The result of [`Framework::uncertainty`].
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CohortUncertainty {
    /// The framework's id.
    pub framework: String,
    /// Samples run.
    pub samples: usize,
    /// One interval per unit, in cohort order.
    pub units: Vec<UnitInterval>,
}

impl CohortUncertainty {
    /// The result as JSON (the determinism vectors compare these bytes).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

fn check(options: &CohortUncertaintyOptions) -> Result<()> {
    if !(0.0..1.0).contains(&options.weight_noise) {
        return Err(Error::field(
            WHAT,
            "weight_noise",
            format!(
                "is {}; expected a share from 0 up to (not including) 1",
                options.weight_noise
            ),
        ));
    }
    if let WeightModel::Dirichlet { concentration } = options.weight_model {
        if !(concentration.is_finite() && concentration > 0.0) {
            return Err(Error::field(
                WHAT,
                "concentration",
                format!("is {concentration}; expected a finite number > 0"),
            ));
        }
    }
    if options.samples == 0 {
        return Err(Error::field(WHAT, "samples", "is 0; expected at least 1"));
    }
    Ok(())
}

impl Framework {
    /// How each unit's rank on this composite framework moves when the
    /// method moves (see the module documentation of
    /// [`crate::composite`]): per unit its nominal rank, median rank,
    /// 5th–95th percentile interval and mean absolute shift. Every unit
    /// must have an index under the framework's own method.
    ///
    /// ```
    /// use egov_masterplan::{composite::{Cohort, CohortUncertaintyOptions}, Framework};
    /// let cohort = Cohort::new(
    ///     vec!["A".into(), "B".into(), "C".into()],
    ///     vec![
    ///         ("osi".into(), vec![Some(0.9), Some(0.5), Some(0.2)]),
    ///         ("hci".into(), vec![Some(0.5), Some(0.9), Some(0.2)]),
    ///         ("tii".into(), vec![Some(0.7), Some(0.7), Some(0.2)]),
    ///     ],
    /// )?;
    /// let options = CohortUncertaintyOptions { samples: 500, seed: 7, ..Default::default() };
    /// let u = Framework::builtin("un-egdi-2022")?.uncertainty(&cohort, &options)?;
    /// // A and B tie at 0.7 and trade places; C stays last.
    /// assert_eq!((u.units[0].nominal_rank, u.units[0].p05, u.units[0].p95), (1, 1, 2));
    /// assert_eq!((u.units[2].p05, u.units[2].p95), (3, 3));
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn uncertainty(
        &self,
        cohort: &Cohort,
        options: &CohortUncertaintyOptions,
    ) -> Result<CohortUncertainty> {
        check(options)?;
        let m = method(self)?;
        let n = cohort.len();
        crate::limits::count("uncertainty units", n, crate::limits::MAX_RANKED_UNITS)?;
        let cells = (n as u64).saturating_mul(options.samples as u64);
        if cells > crate::limits::MAX_SAMPLE_VALUES as u64 {
            return Err(Error::TooLarge {
                what: "uncertainty (units × samples)".to_owned(),
                size: cells,
                limit: crate::limits::MAX_SAMPLE_VALUES as u64,
            });
        }
        let raw = raw_values(self, m, cohort)?;
        let own = [m.normaliser.clone()];
        let normalisers: &[MethodNormaliser] = if options.normalisers.is_empty() {
            &own
        } else {
            &options.normalisers
        };
        let matrices = normalisers
            .iter()
            .map(|nz| normalised(self, cohort, &raw.raw, nz))
            .collect::<Result<Vec<_>>>()?;
        let base = Shape::of(self, m);
        let shapes: Vec<Shape> = if options.aggregators.is_empty() {
            vec![base.clone()]
        } else {
            options
                .aggregators
                .iter()
                .map(|&a| base.with_aggregator(a))
                .collect()
        };
        let nominal_norm = normalised(self, cohort, &raw.raw, &m.normaliser)?;
        let ranks_of = |shape: &Shape, norm: &[Vec<Option<f64>>], weights: &[f64], skip| {
            let mut values = vec![None; shape.leaf.len()];
            let mut scores = Vec::with_capacity(n);
            #[allow(clippy::needless_range_loop)] // `u` indexes columns of `norm`
            for u in 0..n {
                let x = |i: usize| if Some(i) == skip { None } else { norm[i][u] };
                let v = shape
                    .evaluate(x, weights, &mut values)
                    .map_err(|e| e.in_unit(&cohort.ids()[u]))?;
                scores.push(v.map_or(f64::NAN, |v| round_to(v, m.rank_decimals)));
            }
            Ok::<_, Error>((competition_ranks(&scores), scores))
        };
        let (nominal, scores) = ranks_of(&base, &nominal_norm, &base.weights, None)?;
        if let Some(u) = scores.iter().position(|s| s.is_nan()) {
            return Err(Error::field(
                "cohort",
                &cohort.ids()[u],
                "has no index (no indicator value); drop the unit or impute",
            ));
        }
        let leaves = self.indicator_count();
        let run = |k: usize| {
            let mut d = Draws::stream(options.seed, k as u64);
            let pick = |d: &mut Draws, len: usize| {
                if len > 1 {
                    d.below(len as u64) as usize
                } else {
                    0
                }
            };
            let norm = &matrices[pick(&mut d, matrices.len())];
            let shape = &shapes[pick(&mut d, shapes.len())];
            let skip = if options.exclusion {
                let e = d.below(leaves as u64 + 1) as usize;
                (e < leaves).then_some(e)
            } else {
                None
            };
            let weights = draw_weights(shape, options, &mut d);
            Ok(ranks_of(shape, norm, &weights, skip)?.0)
        };
        let intervals = summarise(&nominal, options.samples, run)?;
        Ok(CohortUncertainty {
            framework: self.id().to_owned(),
            samples: options.samples,
            units: cohort
                .ids()
                .iter()
                .zip(intervals)
                .map(|(id, r)| UnitInterval {
                    id: id.clone(),
                    nominal_rank: r.nominal_rank,
                    median_rank: r.median_rank,
                    p05: r.p05,
                    p95: r.p95,
                    mean_shift: r.mean_shift,
                })
                .collect(),
        })
    }
}

/// The node weights of one sample.
fn draw_weights(shape: &Shape, options: &CohortUncertaintyOptions, d: &mut Draws) -> Vec<f64> {
    let w = &shape.weights;
    match options.weight_model {
        WeightModel::Uniform => {
            let noise = options.weight_noise;
            w.iter()
                .map(|w| w * (1.0 - noise + 2.0 * noise * d.unit()))
                .collect()
        }
        WeightModel::Dirichlet { concentration } => {
            // Gamma(c · share) per node, in framework order; siblings'
            // draws normalised by the aggregation give the Dirichlet.
            let mut share = vec![0.0; w.len()];
            let mut siblings = |group: &[usize]| {
                let total: f64 = group.iter().map(|&c| w[c]).sum();
                for &c in group {
                    share[c] = w[c] / total;
                }
            };
            siblings(&shape.roots);
            for children in &shape.children {
                if !children.is_empty() {
                    siblings(children);
                }
            }
            share.iter().map(|&s| gamma(concentration * s, d)).collect()
        }
    }
}
