//! Composite indices beyond level scales (issue 16, in progress): the
//! building blocks COINr offers for continuous indicators — normalisers
//! over a cohort ([`normalise`]), weighted aggregators ([`aggregate`]) and
//! competition ranks ([`competition_ranks`]). This path is `f64` (the
//! level-scale path of [`crate::Framework`] stays exact); its logarithms
//! and powers come from [`crate::detmath`], so the same inputs give the
//! same bits in Rust, Python and JavaScript.

mod aggregate;
mod normalise;

pub use aggregate::{aggregate, competition_ranks, Aggregator};
pub use normalise::{normalise, Normaliser};
