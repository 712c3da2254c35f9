//! The dense path splits large batches into one block of rows per core:
//! the result, and the first error, must not depend on the split.

use egov_masterplan::{
    scoring::{MissingPolicy, ScoreOptions, DENSE_MISSING},
    Framework,
};

/// Deterministic pseudo-random levels (xorshift), some unrated.
fn matrix(rows: usize, width: usize, seed: u64) -> Vec<u8> {
    let mut x = seed;
    (0..rows * width)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            match x % 50 {
                0 => DENSE_MISSING,
                v => (v % 5 + 1) as u8,
            }
        })
        .collect()
}

#[test]
fn a_large_batch_equals_its_small_pieces() {
    let fw = Framework::builtin("spbe-2020").unwrap();
    let options = ScoreOptions {
        missing: MissingPolicy::Renormalize,
        ..Default::default()
    };
    // 70,000 rows: above the threading threshold on any machine with two
    // or more cores; 1,000-row pieces stay on one thread.
    let levels = matrix(70_000, 47, 0x9e37_79b9_7f4a_7c15);
    let whole = fw.score_dense(&levels, &options, true).unwrap();
    assert_eq!(whole.rows, 70_000);
    let groups = whole.node_ids.len();
    let (mut index, mut numer, mut predicate) = (vec![], vec![], vec![]);
    let mut values: Vec<Vec<f64>> = vec![vec![]; groups];
    for piece in levels.chunks(1_000 * 47) {
        let s = fw.score_dense(piece, &options, true).unwrap();
        index.extend(s.index.iter().copied());
        numer.extend(s.index_numer.iter().copied());
        predicate.extend(s.predicate.iter().copied());
        for (k, column) in values.iter_mut().enumerate() {
            column.extend(s.node_column(k).unwrap());
        }
    }
    assert_eq!(whole.index, index);
    assert_eq!(whole.index_numer, numer);
    assert_eq!(whole.predicate, predicate);
    // Column-major group values; NaN-aware equality.
    assert_eq!(whole.node_values.len(), groups * 70_000);
    for (k, column) in values.iter().enumerate() {
        let got = whole.node_column(k).unwrap();
        assert!(
            got.iter()
                .zip(column)
                .all(|(a, b)| a.to_bits() == b.to_bits()),
            "group {k}"
        );
    }
}

#[test]
fn the_first_bad_row_is_reported_whatever_the_split() {
    let fw = Framework::builtin("spbe-2020").unwrap();
    let mut levels = vec![3u8; 70_000 * 47];
    // Two bad rows in different blocks: the earlier one is named.
    levels[50_000 * 47 + 4] = 9;
    levels[65_000 * 47 + 4] = 9;
    let err = fw
        .score_dense(&levels, &ScoreOptions::default(), true)
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "row 50000 0: indicator `I5` level 9 is outside the scale 1–5"
    );
}
