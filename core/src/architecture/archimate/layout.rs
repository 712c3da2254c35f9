//! The geometry of a view band: where each node goes, with nodes nested in
//! their hosts.
//!
//! A band holds a label on the left and its top-level nodes left to right,
//! at most [`PER_LINE`] a line; a line is as tall as its tallest node and
//! the label spans every line. A node with nothing nested in it is
//! [`NODE_W`]×[`NODE_H`]. A host holds its nested nodes in one row below
//! its label area ([`HEADER`] high), [`INSET`] from its border and from
//! each other, and is as large as that row needs (at least
//! [`NODE_W`]×[`NODE_H`]); nesting goes as deep as the hosting chain.
//! Coordinates are absolute in the view, nested nodes included: the Open
//! Group exchange format measures `x` and `y` "from the Top,Left (i.e. 0,0)
//! corner of the diagram" (`LocationGroup` in `archimate3_Diagram.xsd`),
//! and Archi's importer converts nested nodes' absolute bounds to relative
//! ones.

/// Node width and height, and the space between nodes and lines.
pub(crate) const NODE_W: u32 = 120;
/// Height of a node with nothing nested in it.
pub(crate) const NODE_H: u32 = 55;
/// Space between top-level nodes, between lines and between bands.
pub(crate) const GAP: u32 = 20;
/// The top and left margin of a view.
pub(crate) const MARGIN: u32 = 20;
/// The most top-level nodes on one line of a band.
pub(crate) const PER_LINE: usize = 8;
/// Height of a host's label area, above the nodes nested in it.
pub(crate) const HEADER: u32 = 30;
/// Space between a host's border and the nodes nested in it, and between
/// those nodes.
pub(crate) const INSET: u32 = 10;

/// The top-left corner and size of a node.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Bounds {
    /// Left edge, from the left of the view.
    pub x: u32,
    /// Top edge, from the top of the view.
    pub y: u32,
    /// Width.
    pub w: u32,
    /// Height.
    pub h: u32,
}

/// A band's nodes as a forest: the top-level nodes and, for each node, the
/// nodes nested in it, each in index order.
pub(crate) struct Forest {
    /// The nodes nested in no other, in order.
    pub roots: Vec<usize>,
    /// For each node, the nodes nested directly in it, in order.
    pub children: Vec<Vec<usize>>,
}

impl Forest {
    /// The forest of `parent`, where `parent[i]` is the node that node `i`
    /// is nested in. Nodes on a cycle (which `hosted-on` validation rules
    /// out) or under an out-of-range parent become top-level nodes.
    pub(crate) fn new(parent: &[Option<usize>]) -> Forest {
        let n = parent.len();
        let mut children = vec![Vec::new(); n];
        let mut roots = Vec::new();
        for (i, p) in parent.iter().enumerate() {
            match p.filter(|&p| p < n && p != i) {
                Some(p) => children[p].push(i),
                None => roots.push(i),
            }
        }
        let mut forest = Forest { roots, children };
        let mut seen = vec![false; n];
        for i in forest.post_order() {
            seen[i] = true;
        }
        for (i, s) in seen.iter().enumerate() {
            if !s {
                // on a cycle: lift it out and cut its edges
                for c in &mut forest.children {
                    c.retain(|&c| c != i);
                }
                forest.children[i].clear();
                forest.roots.push(i);
            }
        }
        forest.roots.sort_unstable();
        forest
    }

    /// Every node reachable from the roots, each after the nodes nested in
    /// it (children in order, then the parent); no recursion.
    pub(crate) fn post_order(&self) -> Vec<usize> {
        let mut out = Vec::with_capacity(self.children.len());
        let mut seen = vec![false; self.children.len()];
        for &root in &self.roots {
            if seen[root] {
                continue;
            }
            seen[root] = true;
            // (node, index of the next child to visit)
            let mut stack = vec![(root, 0usize)];
            while let Some((node, k)) = stack.last().copied() {
                match self.children[node].get(k) {
                    Some(&c) => {
                        if let Some(top) = stack.last_mut() {
                            top.1 += 1;
                        }
                        if !seen[c] {
                            seen[c] = true;
                            stack.push((c, 0));
                        }
                    }
                    None => {
                        stack.pop();
                        out.push(node);
                    }
                }
            }
        }
        out
    }
}

/// The bounds of a band's label and of each of its nodes (indexed as in
/// `forest`), for a band starting at `y`; and the `y` of the next band.
pub(crate) fn band_layout(y: u32, forest: &Forest) -> (Bounds, Vec<Bounds>, u32) {
    let order = forest.post_order();
    let mut b = vec![Bounds::default(); forest.children.len()];
    // sizes, children first
    for &i in &order {
        let kids = &forest.children[i];
        let (w, h) = if kids.is_empty() {
            (NODE_W, NODE_H)
        } else {
            let row = kids.iter().fold(INSET, |w, &c| {
                w.saturating_add(b[c].w).saturating_add(INSET)
            });
            let tallest = kids.iter().map(|&c| b[c].h).max().unwrap_or(NODE_H);
            let h = tallest.saturating_add(HEADER + INSET);
            (row.max(NODE_W), h.max(NODE_H))
        };
        b[i].w = w;
        b[i].h = h;
    }
    // top-level nodes, line by line
    let left = MARGIN + NODE_W + GAP;
    let mut line_y = y;
    for (k, line) in forest.roots.chunks(PER_LINE).enumerate() {
        if k > 0 {
            line_y = line_y.saturating_add(GAP);
        }
        let mut x = left;
        for &i in line {
            (b[i].x, b[i].y) = (x, line_y);
            x = x.saturating_add(b[i].w).saturating_add(GAP);
        }
        let tallest = line.iter().map(|&i| b[i].h).max().unwrap_or(NODE_H);
        line_y = line_y.saturating_add(tallest);
    }
    if forest.roots.is_empty() {
        line_y = y.saturating_add(NODE_H);
    }
    // nested nodes, parents first
    for &i in order.iter().rev() {
        let (mut x, top) = (b[i].x.saturating_add(INSET), b[i].y.saturating_add(HEADER));
        for &c in &forest.children[i] {
            (b[c].x, b[c].y) = (x, top);
            x = x.saturating_add(b[c].w).saturating_add(INSET);
        }
    }
    let label = Bounds {
        x: MARGIN,
        y,
        w: NODE_W,
        h: line_y - y,
    };
    (label, b, line_y.saturating_add(GAP))
}

#[cfg(test)]
mod tests;
