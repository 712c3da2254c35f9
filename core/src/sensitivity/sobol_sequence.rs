//! The Sobol' low-discrepancy sequence in up to [`MAX_DIMENSIONS`]
//! dimensions, with Joe and Kuo's direction numbers, 31 bits, in Gray-code
//! order from the point 0: the same points as SALib's
//! `SALib.sample.sobol_sequence.sample` (and so the base of its Saltelli
//! sample), each coordinate an exact binary fraction.

use super::directions::DIRECTIONS;
use crate::error::{Error, Result};

/// Bits per coordinate: every coordinate is `k / 2^31`.
const BITS: usize = 31;

/// The most dimensions the embedded direction numbers give (dimension 1
/// and the table's 1,000 rows).
pub const MAX_DIMENSIONS: usize = 1001;

/// The direction numbers `V_1 … V_31` of one dimension (`dim` from 0),
/// each shifted to 31 bits.
fn direction_numbers(dim: usize) -> [u32; BITS + 1] {
    let mut v = [0u32; BITS + 1];
    if dim == 0 {
        for (j, slot) in v.iter_mut().enumerate().skip(1) {
            *slot = 1 << (BITS - j);
        }
        return v;
    }
    let Some(&(a, m)) = DIRECTIONS.get(dim - 1) else {
        return v;
    };
    let s = m.len();
    for j in 1..=BITS {
        v[j] = if j <= s {
            m[j - 1] << (BITS - j)
        } else {
            let mut x = v[j - s] ^ (v[j - s] >> s);
            for k in 1..s {
                if (a >> (s - 1 - k)) & 1 == 1 {
                    x ^= v[j - k];
                }
            }
            x
        };
    }
    v
}

/// The first `n` points of the sequence in `dimensions` dimensions, row by
/// row (`n × dimensions`, row-major). The first point is 0 in every
/// dimension.
///
/// ```
/// use egov_masterplan::sensitivity::sobol_points;
/// let p = sobol_points(4, 2)?;
/// assert_eq!(p, [0.0, 0.0, 0.5, 0.5, 0.75, 0.25, 0.25, 0.75]);
/// # Ok::<(), egov_masterplan::Error>(())
/// ```
pub fn sobol_points(n: usize, dimensions: usize) -> Result<Vec<f64>> {
    if dimensions == 0 || dimensions > MAX_DIMENSIONS {
        return Err(Error::field(
            "sobol sequence",
            "dimensions",
            format!("is {dimensions}; expected 1 to {MAX_DIMENSIONS}"),
        ));
    }
    if n > 1 << BITS {
        return Err(Error::field(
            "sobol sequence",
            "n",
            format!("is {n}; the 31-bit sequence has at most 2^31 points"),
        ));
    }
    let size = (n as u64).saturating_mul(dimensions as u64);
    if size > crate::limits::MAX_SAMPLE_VALUES as u64 {
        return Err(Error::TooLarge {
            what: "sobol sequence (points × dimensions)".to_owned(),
            size,
            limit: crate::limits::MAX_SAMPLE_VALUES as u64,
        });
    }
    let total = n * dimensions;
    let scale = f64::from(1u32 << BITS);
    let mut out = vec![0.0; total];
    for dim in 0..dimensions {
        let v = direction_numbers(dim);
        let mut x = 0u32;
        for j in 1..n {
            // The lowest zero bit of j − 1, counted from 1.
            let c = (j - 1).trailing_ones() as usize + 1;
            x ^= v[c];
            out[j * dimensions + dim] = f64::from(x) / scale;
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_points_are_salibs() {
        // SALib 1.5.1 sobol_sequence.sample(8, 3) (run in Python).
        let p = sobol_points(8, 3).expect("points");
        let expected = [
            [0.0, 0.0, 0.0],
            [0.5, 0.5, 0.5],
            [0.75, 0.25, 0.25],
            [0.25, 0.75, 0.75],
            [0.375, 0.375, 0.625],
            [0.875, 0.875, 0.125],
            [0.625, 0.125, 0.875],
            [0.125, 0.625, 0.375],
        ];
        assert_eq!(p, expected.concat());
    }

    #[test]
    fn later_points_and_the_last_dimension_are_salibs() {
        // SALib 1.5.1: sample(2048, 10)[1500] and [2047]; sample(40, 1001)
        // [39][1000] and [37][999].
        let p = sobol_points(2048, 10).expect("points");
        assert_eq!(
            p[1500 * 10..1501 * 10],
            [
                0.30029296875,
                0.39404296875,
                0.43017578125,
                0.90673828125,
                0.68798828125,
                0.58056640625,
                0.56005859375,
                0.05029296875,
                0.21435546875,
                0.82958984375
            ]
        );
        assert_eq!(p[2047 * 10], 0.00048828125);
        assert_eq!(p[2047 * 10 + 9], 0.44580078125);
        let wide = sobol_points(40, MAX_DIMENSIONS).expect("points");
        assert_eq!(wide[39 * 1001 + 1000], 0.890625);
        assert_eq!(wide[37 * 1001 + 999], 0.703125);
    }

    #[test]
    fn the_table_gives_max_dimensions() {
        assert_eq!(MAX_DIMENSIONS, DIRECTIONS.len() + 1);
    }

    #[test]
    fn dimensions_outside_the_table_are_refused() {
        for d in [0, MAX_DIMENSIONS + 1] {
            let e = sobol_points(4, d).unwrap_err();
            assert_eq!(e.kind(), "invalid_field");
            assert!(e.to_string().contains("expected 1 to 1001"), "{e}");
        }
    }
}
