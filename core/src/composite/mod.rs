//! Composite indices beyond level scales, as COINr builds them: a
//! framework with a `composite` block (continuous indicators; built in:
//! `un-egdi-2022`, `oecd-dgi-2019`, `oecd-dgi-2023`, `wb-gtmi-2022`) scores
//! a [`Cohort`] with [`Framework::score_cohort`](crate::Framework::score_cohort)
//! — imputation, normalisers over the cohort ([`normalise`]), weighted
//! aggregators per node ([`aggregate`]), competition ranks
//! ([`competition_ranks`]), bands and effective weights — and
//! [`Framework::uncertainty`](crate::Framework::uncertainty) says how
//! robust the ranks are (Monte Carlo over the weights, uniform or
//! Dirichlet, the normaliser, the aggregator and the exclusion of an
//! indicator); [`rank_uncertainty`] does the same for a plain matrix.
//!
//! This path is `f64` (the level-scale path of [`crate::Framework`] stays
//! exact); its logarithms and powers are computed from IEEE operations
//! only, and its draws come from one seeded ChaCha20 stream per sample, so
//! the same inputs and seed give the same bits in Rust, Python and
//! JavaScript, on any number of threads.

mod aggregate;
mod cohort;
mod cohort_uncertainty;
mod dense;
mod gamma;
mod normalise;
mod rank;
mod score;
mod tree;
mod uncertainty;

pub use aggregate::{aggregate, Aggregator};
pub use cohort::Cohort;
pub use cohort_uncertainty::{
    CohortUncertainty, CohortUncertaintyOptions, UnitInterval, WeightModel,
};
pub use normalise::{normalise, Normaliser};
pub use rank::competition_ranks;
pub(crate) use rank::{competition_ranks_into, RankScratch};
pub use score::{CohortScores, EffectiveWeight, UnitScore};
pub(crate) use tree::round_to;
pub use tree::{aggregator_named, normaliser_named};
pub use uncertainty::{rank_uncertainty, RankInterval, UncertaintyOptions};
