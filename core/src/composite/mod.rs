//! Composite indices beyond level scales (issue 16, in progress): the
//! building blocks COINr offers for continuous indicators — normalisers
//! over a cohort ([`normalise`]), weighted aggregators ([`aggregate`]),
//! competition ranks ([`competition_ranks`]) and how robust those ranks
//! are to the weights ([`rank_uncertainty`], Monte Carlo). This path is `f64` (the
//! level-scale path of [`crate::Framework`] stays exact); its logarithms
//! and powers are computed from IEEE operations only, so the same inputs give the
//! same bits in Rust, Python and JavaScript.

mod aggregate;
mod normalise;
mod uncertainty;

pub use aggregate::{aggregate, competition_ranks, Aggregator};
pub use normalise::{normalise, Normaliser};
pub use uncertainty::{rank_uncertainty, RankInterval, UncertaintyOptions};
