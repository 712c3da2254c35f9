//! Seeded random draws, the same on every platform: ChaCha20 (`rand_chacha`)
//! keyed with the seed's 8 bytes, little-endian, followed by 24 zero bytes
//! (no seed expansion that a `rand_core` release could change), and
//! integer and unit-interval draws computed here rather than by a
//! distribution crate, so one seed gives the same numbers in Rust, Python
//! and JavaScript.

use rand_chacha::rand_core::{Rng, SeedableRng};
use rand_chacha::ChaCha20Rng;

/// A seeded stream of draws.
pub(crate) struct Draws(ChaCha20Rng);

impl Draws {
    /// The stream of `seed`.
    pub(crate) fn new(seed: u64) -> Draws {
        let mut key = [0u8; 32];
        key[..8].copy_from_slice(&seed.to_le_bytes());
        Draws(ChaCha20Rng::from_seed(key))
    }

    /// The stream of `seed` numbered `stream`: independent of the others of
    /// the same seed (ChaCha's stream id), so sample `k` of a Monte Carlo
    /// run draws the same numbers whichever thread runs it.
    pub(crate) fn stream(seed: u64, stream: u64) -> Draws {
        let mut d = Draws::new(seed);
        d.0.set_stream(stream);
        d
    }

    /// A whole number in `0..n` (`n` ≥ 1), uniform: Lemire's multiply and
    /// reject (no modulo bias).
    pub(crate) fn below(&mut self, n: u64) -> u64 {
        let n = n.max(1);
        let threshold = n.wrapping_neg() % n;
        loop {
            let m = u128::from(self.0.next_u64()) * u128::from(n);
            if (m as u64) >= threshold {
                return (m >> 64) as u64;
            }
        }
    }

    /// A number in `[0, 1)`: the top 53 bits of a draw over 2^53.
    pub(crate) fn unit(&mut self) -> f64 {
        (self.0.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// 31 random bits (a digital shift of a 31-bit Sobol' coordinate).
    pub(crate) fn bits31(&mut self) -> u32 {
        (self.0.next_u64() >> 33) as u32
    }
}

#[cfg(test)]
mod tests {
    use super::Draws;

    #[test]
    fn a_seed_gives_one_stream() {
        let a: Vec<u64> = {
            let mut d = Draws::new(42);
            (0..5).map(|_| d.below(10)).collect()
        };
        let b: Vec<u64> = {
            let mut d = Draws::new(42);
            (0..5).map(|_| d.below(10)).collect()
        };
        assert_eq!(a, b);
        assert!(a.iter().all(|&x| x < 10));
        let mut other = Draws::new(43);
        assert_ne!(a, (0..5).map(|_| other.below(10)).collect::<Vec<_>>());
        let mut d = Draws::new(7);
        for _ in 0..1000 {
            let u = d.unit();
            assert!((0.0..1.0).contains(&u));
            assert!(d.bits31() < 1 << 31);
        }
    }

    #[test]
    fn draws_are_uniform_enough() {
        // 60,000 draws below 6: each face 10,000 ± 4.5 σ (σ ≈ 91).
        let mut d = Draws::new(2024);
        let mut counts = [0u32; 6];
        for _ in 0..60_000 {
            counts[d.below(6) as usize] += 1;
        }
        assert!(
            counts.iter().all(|&c| c.abs_diff(10_000) < 410),
            "{counts:?}"
        );
    }
}
