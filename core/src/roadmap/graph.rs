//! Graph checks and structure: ids, dependencies, cycles (with the full
//! path), a deterministic topological order and the phases.

use super::model::{Horizon, Initiative};
use super::{Edge, RoadmapData, MAX_AMOUNT, MAX_MONTHS};
use crate::error::{Error, Result};
use crate::limits::{self, ItemField};
use crate::text::Text;
use chrono::Months;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::Direction;
use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, HashMap};

pub(crate) fn build(
    id: String,
    name: Text,
    horizon: Horizon,
    budget: BTreeMap<i32, u64>,
    initiatives: Vec<Initiative>,
) -> Result<RoadmapData> {
    if horizon.end < horizon.start {
        return Err(Error::field(
            "roadmap",
            "horizon",
            format!(
                "ends ({}) before it starts ({})",
                horizon.end, horizon.start
            ),
        ));
    }
    let months = horizon_months(&horizon)?;
    check_budget(&budget)?;
    limits::id("roadmap", "id", &id)?;
    limits::name("roadmap", "name", &name)?;
    limits::count(
        "roadmap initiatives",
        initiatives.len(),
        limits::MAX_INITIATIVES,
    )?;
    let dependencies: usize = initiatives.iter().map(|i| i.depends_on.len()).sum();
    limits::count(
        "roadmap dependencies",
        dependencies,
        limits::MAX_DEPENDENCIES,
    )?;
    let mut by_id = BTreeMap::new();
    let mut total: u64 = 0;
    for (i, ini) in initiatives.iter().enumerate() {
        check_initiative(ini)?;
        total = total.saturating_add(ini.cost);
        if total > MAX_AMOUNT {
            return Err(Error::field(
                "roadmap",
                &format!("initiatives[{}].cost", ini.id),
                format!(
                    "brings the total cost of the initiatives above {MAX_AMOUNT} rupiah (2^53 − 1, \
                     the largest sum kept exact everywhere)"
                ),
            ));
        }
        if by_id.insert(ini.id.clone(), i).is_some() {
            return Err(Error::DuplicateId {
                what: "initiative".into(),
                id: ini.id.clone(),
            });
        }
    }
    let n = initiatives.len();
    let edges = dependencies;
    let mut graph: DiGraph<(), Edge, u32> = DiGraph::with_capacity(n, edges);
    for _ in 0..n {
        graph.add_node(());
    }
    // Lookups only (never iterated): a hash map is several times faster
    // than the ordered map on half a million dependencies.
    let lookup: HashMap<&str, usize> = by_id.iter().map(|(k, &v)| (k.as_str(), v)).collect();
    // listed_by[p] == i: initiative i already named p as a predecessor.
    let mut listed_by = vec![usize::MAX; n];
    for (i, ini) in initiatives.iter().enumerate() {
        for dep in &ini.depends_on {
            let &p =
                lookup
                    .get(dep.predecessor.as_str())
                    .ok_or_else(|| Error::UnknownDependency {
                        initiative: ini.id.clone(),
                        dependency: dep.predecessor.clone(),
                    })?;
            if p == i {
                return Err(Error::SelfDependency { id: ini.id.clone() });
            }
            if listed_by[p] == i {
                return Err(Error::DuplicateId {
                    what: format!("dependency of `{}`", ini.id),
                    id: dep.predecessor.clone(),
                });
            }
            listed_by[p] = i;
            graph.add_edge(
                NodeIndex::new(p),
                NodeIndex::new(i),
                Edge {
                    kind: dep.kind,
                    lag: dep.lag_months,
                },
            );
        }
    }
    let id_rank = id_ranks(&by_id, n);
    let topo = topological_order(&graph, &id_rank, &initiatives)?;
    let mut phase = vec![0u32; n];
    for &i in &topo {
        phase[i] = 1 + graph
            .neighbors_directed(NodeIndex::new(i), Direction::Incoming)
            .map(|p| phase[p.index()])
            .max()
            .unwrap_or(0);
    }
    Ok(RoadmapData {
        id,
        name,
        horizon,
        months,
        budget,
        initiatives,
        graph,
        topo,
        phase,
        id_rank,
        by_id,
    })
}

/// Every yearly cap is at most [`MAX_AMOUNT`].
fn check_budget(budget: &BTreeMap<i32, u64>) -> Result<()> {
    match budget.iter().find(|(_, &cap)| cap > MAX_AMOUNT) {
        Some((year, cap)) => Err(Error::InvalidBudget {
            year: year.to_string(),
            detail: format!("the cap {cap} is above {MAX_AMOUNT} rupiah (2^53 − 1)"),
        }),
        None => Ok(()),
    }
}

fn check_initiative(ini: &Initiative) -> Result<()> {
    limits::id("roadmap", "initiatives[].id", &ini.id)?;
    let field = |f: &str| format!("initiatives[{}].{f}", ini.id);
    let item = |f| ItemField("initiatives", &ini.id, f);
    limits::name("roadmap", item("name"), &ini.name)?;
    limits::text("roadmap", item("owner"), &ini.owner)?;
    if ini.raises.len() > limits::MAX_NODES {
        limits::count(
            &format!("roadmap {}", item("raises")),
            ini.raises.len(),
            limits::MAX_NODES,
        )?;
    }
    for id in ini.raises.keys().chain(&ini.creates).chain(&ini.retires) {
        limits::id("roadmap", item("raises/creates/retires"), id)?;
    }
    for d in &ini.depends_on {
        limits::id("roadmap", item("depends_on"), &d.predecessor)?;
    }
    if ini.cost > MAX_AMOUNT {
        return Err(Error::field(
            "roadmap",
            &field("cost"),
            format!(
                "must be at most {MAX_AMOUNT} rupiah (2^53 − 1), got {}",
                ini.cost
            ),
        ));
    }
    if ini.id.trim().is_empty() {
        return Err(Error::field(
            "roadmap",
            "initiatives[].id",
            "must not be empty",
        ));
    }
    if ini.duration_months == 0 || ini.duration_months > MAX_MONTHS {
        return Err(Error::field(
            "roadmap",
            &field("duration_months"),
            format!(
                "must be 1 to {MAX_MONTHS} months, got {}",
                ini.duration_months
            ),
        ));
    }
    if let Some(d) = ini.depends_on.iter().find(|d| d.lag_months > MAX_MONTHS) {
        return Err(Error::field(
            "roadmap",
            &field("depends_on"),
            format!(
                "lag_months of `{}` may be at most {MAX_MONTHS}",
                d.predecessor
            ),
        ));
    }
    Ok(())
}

/// Whole months `H` such that the horizon's start plus `H` months is at most
/// the day after its end.
fn horizon_months(h: &Horizon) -> Result<u32> {
    let after_end = h
        .end
        .succ_opt()
        .ok_or_else(|| Error::overflow("the horizon"))?;
    let mut m = (after_end.year() - h.start.year()) * 12 + after_end.month() as i32
        - h.start.month() as i32;
    m = m.max(0);
    while m > 0
        && h.start
            .checked_add_months(Months::new(m as u32))
            .is_none_or(|d| d > after_end)
    {
        m -= 1;
    }
    Ok(m as u32)
}

use chrono::Datelike;

fn id_ranks(by_id: &BTreeMap<String, usize>, n: usize) -> Vec<usize> {
    let mut rank = vec![0; n];
    for (r, &i) in by_id.values().enumerate() {
        rank[i] = r;
    }
    rank
}

/// Kahn's algorithm taking the smallest id first, so the order does not
/// depend on the input order. On a cycle, the error holds the full path.
fn topological_order(
    graph: &DiGraph<(), Edge, u32>,
    id_rank: &[usize],
    initiatives: &[Initiative],
) -> Result<Vec<usize>> {
    let n = graph.node_count();
    let mut indegree: Vec<usize> = (0..n)
        .map(|i| {
            graph
                .neighbors_directed(NodeIndex::new(i), Direction::Incoming)
                .count()
        })
        .collect();
    let mut ready: BinaryHeap<Reverse<(usize, usize)>> = (0..n)
        .filter(|&i| indegree[i] == 0)
        .map(|i| Reverse((id_rank[i], i)))
        .collect();
    let mut order = Vec::with_capacity(n);
    while let Some(Reverse((_, i))) = ready.pop() {
        order.push(i);
        for s in graph.neighbors_directed(NodeIndex::new(i), Direction::Outgoing) {
            let s = s.index();
            indegree[s] -= 1;
            if indegree[s] == 0 {
                ready.push(Reverse((id_rank[s], s)));
            }
        }
    }
    if order.len() == n {
        return Ok(order);
    }
    Err(Error::Cycle {
        cycle: find_cycle(graph, &indegree, id_rank, initiatives),
    })
}

/// Every node Kahn left behind has a predecessor also left behind: walk
/// predecessors from the smallest id until a node repeats.
fn find_cycle(
    graph: &DiGraph<(), Edge, u32>,
    indegree: &[usize],
    id_rank: &[usize],
    initiatives: &[Initiative],
) -> Vec<String> {
    let left = |i: usize| indegree[i] > 0;
    let Some(start) = (0..indegree.len())
        .filter(|&i| left(i))
        .min_by_key(|&i| id_rank[i])
    else {
        return Vec::new();
    };
    let mut position = vec![usize::MAX; indegree.len()];
    let mut walk = Vec::new();
    let mut at = start;
    while position[at] == usize::MAX {
        position[at] = walk.len();
        walk.push(at);
        let next = graph
            .neighbors_directed(NodeIndex::new(at), Direction::Incoming)
            .map(|p| p.index())
            .filter(|&p| left(p))
            .min_by_key(|&p| id_rank[p]);
        match next {
            Some(p) => at = p,
            None => break,
        }
    }
    // walk[position[at]..] is the cycle, successor before predecessor.
    let mut cycle: Vec<String> = walk[position[at].min(walk.len())..]
        .iter()
        .rev()
        .map(|&i| initiatives[i].id.clone())
        .collect();
    // Start at the smallest id so the report is stable.
    if let Some(min) = (0..cycle.len()).min_by(|&a, &b| cycle[a].cmp(&cycle[b])) {
        cycle.rotate_left(min);
    }
    if let Some(first) = cycle.first().cloned() {
        cycle.push(first);
    }
    cycle
}
