//! Saltelli's sampling for Sobol' indices: for each of `n` base points, the
//! rows A, AB_1 … AB_d and B (A with its column `j` taken from B), `d + 2`
//! rows of `d` columns, from a Sobol' sequence in `2d` dimensions (A its
//! first `d` coordinates, B the last `d`). Unscrambled, the matrix is
//! SALib's `saltelli.sample(problem, n, calc_second_order=False)` on the
//! unit cube, value for value; with a seed, every dimension's coordinates
//! get a random digital shift (XOR with 31 random bits), which keeps the
//! sequence's low discrepancy and gives independent replicates.

use super::draws::Draws;
use super::sobol_sequence::{sobol_points, MAX_DIMENSIONS};
use crate::error::{Error, Result};

/// A sample matrix: `rows × columns` values, row by row, in `[0, 1)`.
#[derive(Clone, Debug, PartialEq)]
pub struct SampleMatrix {
    /// Number of rows (`n · (d + 2)` for a Saltelli sample).
    pub rows: usize,
    /// Number of columns (`d`).
    pub columns: usize,
    /// The values, row-major.
    pub values: Vec<f64>,
}

impl SampleMatrix {
    /// Row `i`.
    pub fn row(&self, i: usize) -> &[f64] {
        &self.values[i * self.columns..(i + 1) * self.columns]
    }
}

/// Options of [`saltelli_sample`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SaltelliOptions {
    /// Points of the Sobol' sequence skipped before the first base point;
    /// `None`: SALib's default, the smallest power of two ≥ `n`, at least 16.
    pub skip: Option<usize>,
    /// A digital shift drawn from this seed; `None`: the plain sequence.
    pub seed: Option<u64>,
}

/// The Saltelli sample of `n` base points in `d` dimensions: an
/// `n · (d + 2)` × `d` matrix in `[0, 1)` (see the module documentation).
/// Evaluate the model on every row, then pass the outputs to
/// [`sobol_analyze`](super::sobol_analyze) with the same `d`.
///
/// ```
/// use egov_masterplan::sensitivity::{saltelli_sample, SaltelliOptions};
/// let m = saltelli_sample(4, 2, &SaltelliOptions::default())?;
/// assert_eq!((m.rows, m.columns), (16, 2));
/// // Point 16 of the 4-dimensional sequence (SALib skips 16 for n = 4) is
/// // (0.09375, 0.46875, 0.46875, 0.65625): A its first half, B its second.
/// assert_eq!(m.row(0), [0.09375, 0.46875]); // A
/// assert_eq!(m.row(1), [0.46875, 0.46875]); // AB_1
/// assert_eq!(m.row(2), [0.09375, 0.65625]); // AB_2
/// assert_eq!(m.row(3), [0.46875, 0.65625]); // B
/// # Ok::<(), egov_masterplan::Error>(())
/// ```
pub fn saltelli_sample(n: usize, d: usize, options: &SaltelliOptions) -> Result<SampleMatrix> {
    const WHAT: &str = "saltelli sample";
    if n == 0 {
        return Err(Error::field(
            WHAT,
            "n",
            "is 0; expected at least 1 base point",
        ));
    }
    if d == 0 || 2 * d > MAX_DIMENSIONS {
        return Err(Error::field(
            WHAT,
            "d",
            format!("is {d}; expected 1 to {}", MAX_DIMENSIONS / 2),
        ));
    }
    let skip = match options.skip {
        Some(s) => s,
        None => n.checked_next_power_of_two().unwrap_or(n).max(16),
    };
    // Sized in u64, so that a sample too large is the same error on 32-bit
    // targets (wasm32) as on 64-bit ones.
    let values64 = (n as u64)
        .saturating_mul(d as u64 + 2)
        .saturating_mul(d as u64);
    if values64 > crate::limits::MAX_SAMPLE_VALUES as u64 {
        return Err(Error::TooLarge {
            what: "saltelli sample (rows × columns)".to_owned(),
            size: values64,
            limit: crate::limits::MAX_SAMPLE_VALUES as u64,
        });
    }
    // Within the limit, so these fit a usize.
    let rows = n * (d + 2);
    let values = rows * d;
    let total = n
        .checked_add(skip)
        .ok_or_else(|| Error::overflow("saltelli sample size"))?;
    let mut base = sobol_points(total, 2 * d)?;
    if let Some(seed) = options.seed {
        digital_shift(&mut base, 2 * d, seed);
    }
    let width = 2 * d;
    let mut out = Vec::with_capacity(values);
    for i in skip..total {
        let point = &base[i * width..(i + 1) * width];
        let (a, b) = point.split_at(d);
        out.extend_from_slice(a);
        for j in 0..d {
            out.extend(
                a.iter()
                    .enumerate()
                    .map(|(k, &x)| if k == j { b[k] } else { x }),
            );
        }
        out.extend_from_slice(b);
    }
    Ok(SampleMatrix {
        rows,
        columns: d,
        values: out,
    })
}

/// XORs every coordinate of dimension `k` (31-bit binary fractions) with
/// the `k`-th 31-bit draw of `seed`.
fn digital_shift(points: &mut [f64], dimensions: usize, seed: u64) {
    let mut draws = Draws::new(seed);
    let shifts: Vec<u32> = (0..dimensions).map(|_| draws.bits31()).collect();
    let scale = f64::from(1u32 << 31);
    for row in points.chunks_mut(dimensions) {
        for (x, &shift) in row.iter_mut().zip(&shifts) {
            // Exact: x is k / 2^31 with k < 2^31.
            let k = (*x * scale) as u32;
            *x = f64::from(k ^ shift) / scale;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_layout_is_a_ab_b_per_base_point() {
        let m = saltelli_sample(8, 3, &SaltelliOptions::default()).expect("sample");
        assert_eq!((m.rows, m.columns, m.values.len()), (40, 3, 120));
        for block in 0..8 {
            let a = m.row(block * 5);
            let b = m.row(block * 5 + 4);
            for j in 0..3 {
                let ab = m.row(block * 5 + 1 + j);
                for k in 0..3 {
                    assert_eq!(ab[k], if k == j { b[k] } else { a[k] });
                }
            }
        }
    }

    #[test]
    fn a_seed_shifts_every_dimension_the_same_way() {
        let plain = saltelli_sample(8, 2, &SaltelliOptions::default()).expect("plain");
        let seeded = SaltelliOptions {
            seed: Some(7),
            ..SaltelliOptions::default()
        };
        let a = saltelli_sample(8, 2, &seeded).expect("shifted");
        assert_eq!(a, saltelli_sample(8, 2, &seeded).expect("again"));
        assert_ne!(a, plain);
        // The XOR of a coordinate with its plain value is the same in every
        // row of a column's A rows (one shift per dimension).
        let bits = |x: f64| (x * f64::from(1u32 << 31)) as u32;
        let shift0 = bits(a.row(0)[0]) ^ bits(plain.row(0)[0]);
        for block in 0..8 {
            assert_eq!(
                bits(a.row(block * 4)[0]) ^ bits(plain.row(block * 4)[0]),
                shift0
            );
        }
        assert!(a.values.iter().all(|x| (0.0..1.0).contains(x)));
    }

    #[test]
    fn bad_sizes_name_the_field() {
        let o = SaltelliOptions::default();
        assert!(saltelli_sample(0, 2, &o)
            .unwrap_err()
            .to_string()
            .contains("field `n`"));
        assert!(saltelli_sample(4, 0, &o)
            .unwrap_err()
            .to_string()
            .contains("field `d`"));
        assert!(saltelli_sample(4, 501, &o)
            .unwrap_err()
            .to_string()
            .contains("expected 1 to 500"));
        assert_eq!(
            saltelli_sample(1 << 24, 100, &o).unwrap_err().kind(),
            "too_large"
        );
    }
}
