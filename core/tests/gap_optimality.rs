//! The gap plans are optimal: checked against brute force over every level
//! combination of a small framework.

use egov_masterplan::{
    scoring::{PredicateBasis, ScoreOptions, StepCosts},
    Assessment, Fraction, Framework, GapTarget,
};

/// Four indicators with weights 3, 2, 2, 1.5 on a 1–4 scale.
fn small() -> Framework {
    let level = |l: u8| format!(r#"{{"level": {l}, "name": "L{l}", "criterion": "c{l}"}}"#);
    let ladder: Vec<String> = (1..=4).map(level).collect();
    let json = format!(
        r#"{{"schema_version": 1, "id": "small", "version": "1", "name": "Small",
        "legal_basis": "test", "status": "provisional", "tiers": ["aspect", "indicator"],
        "scale": {{"min": 1, "max": 4}}, "ladders": {{"only": [{}]}},
        "rounding": {{"decimals": 2, "mode": "half-up"}},
        "predicates": [{{"id": "high", "label": "High", "min": "3"}},
                       {{"id": "mid", "label": "Mid", "min": "2.05"}},
                       {{"id": "low", "label": "Low", "min": "1"}}],
        "nodes": [{{"id": "A1", "name": "a", "children": [
                      {{"id": "I1", "name": "i1", "weight": "3"}},
                      {{"id": "I2", "name": "i2", "weight": "2"}}]}},
                  {{"id": "A2", "name": "b", "children": [
                      {{"id": "I3", "name": "i3", "weight": "2"}},
                      {{"id": "I4", "name": "i4", "weight": "1.5"}}]}}]}}"#,
        ladder.join(",")
    );
    Framework::from_json(&json).unwrap()
}

const WEIGHTS: [i128; 4] = [30, 20, 20, 15]; // tenths

fn index_of(levels: &[u8; 4]) -> Fraction {
    let s: i128 = levels
        .iter()
        .zip(WEIGHTS)
        .map(|(&l, w)| i128::from(l) * w)
        .sum();
    Fraction::new(s, 85).unwrap()
}

fn all_vectors() -> Vec<[u8; 4]> {
    let mut out = Vec::new();
    for a in 1..=4 {
        for b in 1..=4 {
            for c in 1..=4 {
                for d in 1..=4 {
                    out.push([a, b, c, d]);
                }
            }
        }
    }
    out
}

fn card(fw: &Framework, levels: &[u8; 4], basis: PredicateBasis) -> egov_masterplan::Scorecard {
    let mut a = Assessment::new("s", 2024);
    for (i, l) in levels.iter().enumerate() {
        a.set(format!("I{}", i + 1), i64::from(*l));
    }
    let opts = ScoreOptions {
        predicate_basis: basis,
        ..Default::default()
    };
    fw.score_with(&a, &opts).unwrap()
}

/// Step cost of raising indicator `i` to `to`: deliberately uneven.
fn step_cost(i: usize, to: u8) -> u64 {
    [
        [0, 0, 7, 9, 30],
        [0, 0, 2, 4, 8],
        [0, 0, 3, 3, 3],
        [0, 0, 1, 6, 1],
    ][i][to as usize]
}

#[test]
fn fewest_and_cheapest_steps_match_brute_force() {
    let fw = small();
    let targets = ["1.5", "2", "2.05", "2.5", "3", "3.3", "3.75", "4"];
    let mut costs = StepCosts::new();
    for i in 0..4 {
        for to in 2..=4 {
            costs.to_level(format!("I{}", i + 1), to, step_cost(i, to));
        }
    }
    let mut checked = 0;
    for start in all_vectors() {
        for basis in [PredicateBasis::Exact, PredicateBasis::Rounded] {
            let c = card(&fw, &start, basis);
            for t in targets {
                let target = GapTarget::index(t).unwrap();
                let gap = c.gap_to(&target).unwrap();
                let threshold = gap.threshold;
                // Brute force: every reachable vector at or above the threshold.
                let (mut fewest, mut cheapest) = (u32::MAX, u64::MAX);
                for v in all_vectors() {
                    if v.iter().zip(&start).any(|(a, b)| a < b) || index_of(&v) < threshold {
                        continue;
                    }
                    let steps: u32 = v.iter().zip(&start).map(|(a, b)| u32::from(a - b)).sum();
                    let cost: u64 = (0..4)
                        .flat_map(|i| (start[i] + 1..=v[i]).map(move |to| step_cost(i, to)))
                        .sum();
                    fewest = fewest.min(steps);
                    cheapest = cheapest.min(cost);
                }
                assert_eq!(
                    gap.steps.len() as u32,
                    fewest,
                    "{start:?} → {t} ({basis:?})"
                );
                assert!(gap.reached() >= threshold);
                let plan = c.cheapest_plan(&target, &costs).unwrap();
                assert_eq!(
                    plan.total_cost,
                    Some(cheapest),
                    "{start:?} → {t} ({basis:?}) cost"
                );
                assert!(plan.reached() >= threshold);
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 256 * 2 * targets.len());
}

#[test]
fn rounded_basis_threshold_is_half_a_unit_below() {
    let fw = small();
    let c = card(&fw, &[1, 1, 1, 1], PredicateBasis::Rounded);
    let gap = c.gap_to(GapTarget::index("2.5").unwrap()).unwrap();
    // 2.495 prints as 2.50
    assert_eq!(gap.threshold, Fraction::new(499, 200).unwrap());
    // 2.505 is not printable at 2 decimals: the target is 2.51, reached from 2.505.
    let gap = c.gap_to(GapTarget::index("2.505").unwrap()).unwrap();
    assert_eq!(gap.threshold, Fraction::new(501, 200).unwrap());
}

#[test]
fn unknown_costs_and_unreachable_targets_are_errors() {
    let fw = small();
    let c = card(&fw, &[1, 1, 1, 1], PredicateBasis::Exact);
    let mut costs = StepCosts::new();
    costs.uniform("I9", 1);
    let err = c
        .cheapest_plan(GapTarget::index("2").unwrap(), &costs)
        .unwrap_err();
    assert_eq!(err.kind(), "unknown_indicator");
    assert!(err.to_string().contains("I9"));
    // Only I4 can move: at most (3+2+2+1.5·4)/8.5 = 13/8.5 < 2.
    let mut costs = StepCosts::new();
    costs.uniform("I4", 1);
    let err = c
        .cheapest_plan(GapTarget::index("2").unwrap(), &costs)
        .unwrap_err();
    assert_eq!(err.kind(), "target_unreachable");
    let err = c.gap_to(GapTarget::predicate("legendary")).unwrap_err();
    assert_eq!(err.kind(), "unknown_predicate");
    assert!(err.to_string().contains("high, mid, low"), "{err}");
}
