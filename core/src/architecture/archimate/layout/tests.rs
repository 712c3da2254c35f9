//! Tests of the band geometry, with hand-computed coordinates.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use super::*;

fn b(x: u32, y: u32, w: u32, h: u32) -> Bounds {
    Bounds { x, y, w, h }
}

#[test]
fn bands_wrap_after_a_full_line() {
    let flat = Forest::new(&[None; PER_LINE + 1]);
    let (label, nodes, next) = band_layout(MARGIN, &flat);
    let line = NODE_H + GAP;
    assert_eq!(label, b(20, 20, 120, 2 * NODE_H + GAP));
    assert_eq!(nodes[0], b(160, 20, 120, 55));
    assert_eq!(nodes[PER_LINE - 1].x, 160 + 7 * 140);
    assert_eq!(nodes[PER_LINE], b(160, 20 + line, 120, 55));
    assert_eq!(next, 20 + 2 * line);
    let (label, nodes, next) = band_layout(next, &Forest::new(&[None]));
    assert_eq!((label.y, label.h, nodes.len(), next), (170, 55, 1, 245));
}

#[test]
fn hosts_grow_around_their_nested_nodes() {
    // 0 hosts 1 and 3; 1 hosts 2; 4 stands alone
    let forest = Forest::new(&[None, Some(0), Some(1), Some(0), None]);
    assert_eq!(
        (forest.roots.as_slice(), forest.post_order()),
        (&[0, 4][..], vec![2, 1, 3, 0, 4])
    );
    let (label, nodes, next) = band_layout(95, &forest);
    // 1 holds one plain node: 10 + 120 + 10 wide, 30 + 55 + 10 high
    assert_eq!(nodes[1], b(170, 125, 140, 95));
    assert_eq!(nodes[2], b(180, 155, 120, 55));
    // 0 holds 1 and 3: 10 + 140 + 10 + 120 + 10 wide, 30 + 95 + 10 high
    assert_eq!(nodes[0], b(160, 95, 290, 135));
    assert_eq!(nodes[3], b(320, 125, 120, 55));
    // the next top-level node follows the host: 160 + 290 + 20
    assert_eq!(nodes[4], b(470, 95, 120, 55));
    assert_eq!(label, b(20, 95, 120, 135));
    assert_eq!(next, 95 + 135 + 20);
}

#[test]
fn a_line_is_as_tall_as_its_tallest_node() {
    // nine top-level nodes, the second hosting the tenth
    let mut parent = vec![None; 10];
    parent[9] = Some(1);
    let (label, nodes, next) = band_layout(20, &Forest::new(&parent));
    assert_eq!(nodes[1], b(300, 20, 140, 95));
    assert_eq!(nodes[9], b(310, 50, 120, 55));
    assert_eq!(nodes[2].x, 300 + 140 + 20);
    // second line below the 95-high first one
    assert_eq!(nodes[8], b(160, 20 + 95 + 20, 120, 55));
    assert_eq!(label.h, 95 + 20 + 55);
    assert_eq!(next, 20 + 170 + 20);
}

#[test]
fn a_cycle_cannot_hang_the_layout() {
    let forest = Forest::new(&[Some(1), Some(0), None, Some(7)]);
    assert_eq!(forest.roots, [0, 1, 2, 3]);
    let (_, nodes, _) = band_layout(20, &forest);
    assert!(nodes.iter().all(|n| (n.w, n.h) == (NODE_W, NODE_H)));
}
