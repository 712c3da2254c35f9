//! The dense path splits large batches into one block of rows per core:
//! the result, and the first error, must not depend on the split.

use egov_masterplan::{Framework, MissingPolicy, ScoreOptions, DENSE_MISSING};

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
    let (mut index, mut numer, mut values, mut predicate) = (vec![], vec![], vec![], vec![]);
    for piece in levels.chunks(1_000 * 47) {
        let s = fw.score_dense(piece, &options, true).unwrap();
        index.extend(s.index);
        numer.extend(s.index_numer);
        predicate.extend(s.predicate);
        values.extend(s.node_values);
    }
    assert_eq!(whole.index, index);
    assert_eq!(whole.index_numer, numer);
    assert_eq!(whole.predicate, predicate);
    assert_eq!(whole.node_values.len(), values.len());
    // NaN-aware equality of the group values.
    assert!(whole
        .node_values
        .iter()
        .zip(&values)
        .all(|(a, b)| a.to_bits() == b.to_bits()));
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
