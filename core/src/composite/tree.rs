//! A composite framework applied to a cohort: the raw values in framework
//! order, imputed and normalised, and the weighted tree aggregated bottom
//! up into each node's value and the index.

use super::{aggregate, normalise, Aggregator, Cohort};
use crate::error::{Error, Result};
use crate::framework::{
    CompositeMethod, Framework, Imputation, MethodAggregator, MethodNormaliser, Polarity,
};

const WHAT: &str = "cohort";

/// The cohort's raw values in framework indicator order (`raw[i][u]`) and
/// how many values of each unit were imputed.
pub(crate) struct Raw {
    pub raw: Vec<Vec<Option<f64>>>,
    pub imputed: Vec<u32>,
}

/// The framework's composite method, or an error for a level framework.
pub(crate) fn method(fw: &Framework) -> Result<&CompositeMethod> {
    fw.composite().ok_or_else(|| {
        Error::field(
            "framework",
            "composite",
            format!(
                "`{}` is a level framework; score assessments, not a cohort (only frameworks \
                 with a `composite` block score cohorts)",
                fw.id()
            ),
        )
    })
}

fn mean(xs: &[f64]) -> Option<f64> {
    (!xs.is_empty()).then(|| xs.iter().sum::<f64>() / xs.len() as f64)
}

fn median(xs: &[f64]) -> Option<f64> {
    let mut v = xs.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(v[n / 2]),
        _ => Some((v[n / 2 - 1] + v[n / 2]) / 2.0),
    }
}

/// The columns the framework needs, imputed as its method says.
pub(crate) fn raw_values(fw: &Framework, m: &CompositeMethod, cohort: &Cohort) -> Result<Raw> {
    let n = cohort.len();
    let mut imputed = vec![0u32; n];
    let mut raw = Vec::with_capacity(fw.indicator_count());
    for ind in fw.indicators() {
        let col = cohort.column(ind.id()).ok_or_else(|| {
            let have: Vec<&str> = cohort.column_names().collect();
            Error::field(
                WHAT,
                ind.id(),
                format!(
                    "is missing: `{}` needs a column per indicator ({}); the cohort has: {}",
                    fw.id(),
                    fw.indicators()
                        .map(|n| n.id())
                        .collect::<Vec<_>>()
                        .join(", "),
                    if have.is_empty() {
                        "none".to_owned()
                    } else {
                        have.join(", ")
                    }
                ),
            )
        })?;
        let mut col = col.to_vec();
        let present: Vec<f64> = col.iter().flatten().copied().collect();
        let fill_all = match m.imputation {
            Imputation::None => None,
            Imputation::Mean | Imputation::GroupMean => mean(&present),
            Imputation::Median => median(&present),
        };
        for u in 0..n {
            if col[u].is_some() || m.imputation == Imputation::None {
                continue;
            }
            let fill = match (m.imputation, cohort.groups()) {
                (Imputation::GroupMean, Some(groups)) => {
                    let same: Vec<f64> = (0..n)
                        .filter(|&v| groups[v] == groups[u])
                        .filter_map(|v| col[v])
                        .collect();
                    mean(&same).or(fill_all)
                }
                _ => fill_all,
            };
            if fill.is_some() {
                col[u] = fill;
                imputed[u] += 1;
            }
        }
        raw.push(col);
    }
    Ok(Raw { raw, imputed })
}

/// Every indicator's column normalised with `normaliser` (the framework's,
/// or an alternative drawn by the uncertainty analysis): `norm[i][u]`.
pub(crate) fn normalised(
    fw: &Framework,
    cohort: &Cohort,
    raw: &[Vec<Option<f64>>],
    normaliser: &MethodNormaliser,
) -> Result<Vec<Vec<Option<f64>>>> {
    let m = CompositeMethod {
        normaliser: normaliser.clone(),
        ..method(fw)?.clone()
    };
    let reference = match normaliser {
        MethodNormaliser::Reference { unit } => Some(
            cohort
                .ids()
                .iter()
                .position(|id| id == unit)
                .ok_or_else(|| {
                    Error::field(
                        "framework",
                        "composite.normaliser.unit",
                        format!("names `{unit}`, which is not in the cohort"),
                    )
                })?,
        ),
        _ => None,
    };
    fw.indicators()
        .zip(raw)
        .map(|(ind, col)| {
            let positive = ind.polarity() == Polarity::Positive;
            let needs_bounds = matches!(
                normaliser,
                MethodNormaliser::Goalposts { .. } | MethodNormaliser::DistanceToTarget
            );
            if needs_bounds && ind.bounds().is_none() {
                return Err(Error::field(
                    "framework",
                    &format!("nodes[{}].bounds", ind.id()),
                    "is required by the goalposts and distance-to-target normalisers",
                ));
            }
            let ref_value = match reference {
                Some(r) => match col[r] {
                    Some(v) if v != 0.0 => Some(v),
                    _ => {
                        return Err(Error::field(
                            WHAT,
                            &format!("{}[{}]", ind.id(), cohort.ids()[r]),
                            "is the reference value and must be present and not 0",
                        ))
                    }
                },
                None => None,
            };
            let sign = if positive { 1.0 } else { -1.0 };
            let worst = col
                .iter()
                .flatten()
                .map(|x| sign * x)
                .fold(f64::INFINITY, f64::min);
            let how = m.normaliser_for(ind.bounds(), ind.polarity(), worst, ref_value);
            Ok(normalise(col, positive, &how))
        })
        .collect()
}

/// The tree's shape in framework (pre-)order, with each node's weight as
/// `f64` and the aggregator of each group.
#[derive(Clone)]
pub(crate) struct Shape {
    /// Children of each node (empty for indicators).
    pub children: Vec<Vec<usize>>,
    /// Indicator position of each leaf node.
    pub leaf: Vec<Option<usize>>,
    /// Nominal weight of each node.
    pub weights: Vec<f64>,
    /// Aggregator of each group node (the framework's where it names none).
    pub aggregators: Vec<Aggregator>,
    /// The top-tier nodes and the aggregator that joins them into the index.
    pub roots: Vec<usize>,
    pub top: Aggregator,
}

impl Shape {
    pub(crate) fn of(fw: &Framework, m: &CompositeMethod) -> Shape {
        let nodes = fw.nodes();
        let children: Vec<Vec<usize>> = nodes.iter().map(|n| n.children.clone()).collect();
        let roots = (0..nodes.len())
            .filter(|&i| nodes[i].parent.is_none())
            .collect();
        let leaf = nodes
            .iter()
            .map(|n| n.is_indicator().then(|| n.indicator_range().start))
            .collect();
        Shape {
            children,
            leaf,
            weights: nodes.iter().map(|n| n.weight().to_f64()).collect(),
            aggregators: nodes
                .iter()
                .map(|n| n.aggregator().unwrap_or(m.aggregator).to_aggregator())
                .collect(),
            roots,
            top: m.aggregator.to_aggregator(),
        }
    }

    /// The same shape with every aggregator replaced by `a`.
    pub(crate) fn with_aggregator(&self, a: MethodAggregator) -> Shape {
        let agg = a.to_aggregator();
        Shape {
            aggregators: vec![agg; self.aggregators.len()],
            top: agg,
            ..self.clone()
        }
    }

    /// Node values (`values[node]`) and the index of one unit, from its
    /// normalised indicator values `x(i)`, with node `weights`.
    pub(crate) fn evaluate(
        &self,
        x: impl Fn(usize) -> Option<f64>,
        weights: &[f64],
        values: &mut [Option<f64>],
    ) -> Result<Option<f64>> {
        let mut vs = Vec::new();
        let mut ws = Vec::new();
        for i in (0..self.children.len()).rev() {
            values[i] = match self.leaf[i] {
                Some(pos) => x(pos),
                None => {
                    vs.clear();
                    ws.clear();
                    for &c in &self.children[i] {
                        vs.push(values[c]);
                        ws.push(weights[c]);
                    }
                    aggregate(&vs, &ws, self.aggregators[i])?
                }
            };
        }
        vs.clear();
        ws.clear();
        for &r in &self.roots {
            vs.push(values[r]);
            ws.push(weights[r]);
        }
        aggregate(&vs, &ws, self.top)
    }
}

/// `v` rounded half away from zero to `decimals` (binary value).
pub(crate) fn round_to(v: f64, decimals: Option<u32>) -> f64 {
    match decimals {
        Some(d) => {
            let s = 10f64.powi(d.min(15) as i32);
            (v * s).round() / s
        }
        None => v,
    }
}

/// Normalisers by the names the bindings accept (every document `kind`
/// but `reference`, which needs its unit), with their usual parameters
/// (min-max and goalposts onto 0–1, z-scores as standard scores).
pub fn normaliser_named(name: &str) -> Result<MethodNormaliser> {
    match MethodNormaliser::with_defaults(name) {
        Some(MethodNormaliser::Reference { .. }) | None => Err(Error::InvalidOption {
            option: "normaliser".into(),
            value: name.into(),
            allowed: MethodNormaliser::KINDS
                .iter()
                .filter(|&&k| k != "reference")
                .map(|&k| k.to_owned())
                .collect(),
        }),
        Some(n) => Ok(n),
    }
}

/// Aggregators by the names the bindings accept: `arithmetic`,
/// `geometric`, `harmonic`, or `power:<p>`.
pub fn aggregator_named(name: &str) -> Result<MethodAggregator> {
    use crate::exact::Fraction;
    if let Some(a) = MethodAggregator::named(name) {
        return Ok(a);
    }
    match name.strip_prefix("power:").map(Fraction::parse) {
        Some(Ok(p)) if p != Fraction::ZERO => Ok(MethodAggregator::Power(p)),
        _ => Err(Error::InvalidOption {
            option: "aggregator".into(),
            value: name.into(),
            allowed: MethodAggregator::allowed("power:<p> (p ≠ 0)"),
        }),
    }
}
