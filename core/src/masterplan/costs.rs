//! What each level step costs, by the roadmap, and the cheapest steps that
//! would meet a missed target.

use super::manifest::TargetMeasure;
use super::targets::TargetOutcome;
use super::Masterplan;
use crate::scoring::{Gap, GapTarget, StepCosts};
use std::collections::BTreeMap;

impl Masterplan {
    /// Each level step's cost, from the roadmap's initiatives.
    ///
    /// An initiative brings every indicator it raises from its baseline
    /// level (the scale's lowest when the baseline does not rate it) up to
    /// the level it raises it to: one step per level. Its cost is divided
    /// evenly over all those steps, across every indicator it raises,
    /// rounded up to the whole rupiah (`cost ÷ steps`, ceiling), so that
    /// the shares never add up to less than the initiative costs. A step
    /// (indicator, level) costs the smallest share any initiative offers
    /// for it; a step that no initiative offers is unavailable to the
    /// cheapest plan. An initiative that raises nothing above the baseline
    /// offers no step; raises of indicators the framework lacks are left
    /// out ([`Masterplan::check`] reports them).
    ///
    /// ```
    /// use egov_masterplan::masterplan::Masterplan;
    /// use std::collections::BTreeMap;
    /// let manifest = r#"{"schema_version": 1,
    ///   "government": {"id": "pemkab-x", "name": "Kabupaten X"},
    ///   "period": {"start": 2024, "end": 2025}, "framework": "spbe-2020",
    ///   "baseline": "baseline.json", "roadmap": "roadmap.json"}"#;
    /// // Every indicator at 2, I9 at 1.
    /// let levels: Vec<String> = (1..=47)
    ///     .map(|i| format!("\"I{i}\": {}", if i == 9 { 1 } else { 2 }))
    ///     .collect();
    /// let baseline = format!(r#"{{"subject": "pemkab-x", "period": 2024, "levels": {{{}}}}}"#, levels.join(","));
    /// // Rp 60,000,000 to bring I9 from 1 to 3: two steps of 30,000,000.
    /// let roadmap = r#"{"schema_version": 1, "id": "r", "name": "R",
    ///   "horizon": {"start": "2024-01-01", "end": "2025-12-31"},
    ///   "initiatives": [{"id": "audit", "name": "Perbup audit TIK", "area": "audit-tik", "owner": "diskominfo",
    ///     "duration_months": 3, "cost": 60000000, "raises": {"I9": 3}}]}"#;
    /// let files = BTreeMap::from([
    ///     ("baseline.json".to_owned(), baseline.into_bytes()),
    ///     ("roadmap.json".to_owned(), roadmap.as_bytes().to_vec()),
    /// ]);
    /// let costs = Masterplan::from_json(manifest, &files)?.step_costs();
    /// assert_eq!((costs.cost("I9", 2), costs.cost("I9", 3)), (Some(30_000_000), Some(30_000_000)));
    /// assert_eq!(costs.cost("I35", 3), None); // no initiative raises I35
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn step_costs(&self) -> StepCosts {
        let fw = self.framework();
        let lowest = i64::from(fw.scale().min);
        let mut best: BTreeMap<(&str, u8), u64> = BTreeMap::new();
        for ini in self.roadmap().initiatives() {
            // (indicator, level) of every step it brings.
            let mut steps: Vec<(&str, u8)> = Vec::new();
            for (id, &to) in &ini.raises {
                if fw.indicator_position(id).is_none() {
                    continue;
                }
                let from = self.baseline().level(id).unwrap_or(lowest);
                let to = to.min(i64::from(fw.scale().max));
                steps.extend(
                    (from + 1..=to).filter_map(|l| u8::try_from(l).ok().map(|l| (id.as_str(), l))),
                );
            }
            let Some(n) = u64::try_from(steps.len()).ok().filter(|n| *n > 0) else {
                continue;
            };
            let share = ini.cost.div_ceil(n);
            for step in steps {
                let slot = best.entry(step).or_insert(share);
                *slot = (*slot).min(share);
            }
        }
        let mut costs = StepCosts::new();
        for ((id, level), cost) in best {
            costs.to_level(id, level, cost);
        }
        costs
    }

    /// For a missed index or predicate target, the cheapest steps (by
    /// `costs`, e.g. [`Masterplan::step_costs`]) from the scorecard
    /// projected for the target's year that meet it. `None` when the
    /// target is met, is a group's target, or no costed plan meets it.
    pub(crate) fn cheapest_for(&self, outcome: &TargetOutcome, costs: &StepCosts) -> Option<Gap> {
        if outcome.met || matches!(outcome.target.measure, TargetMeasure::Group { .. }) {
            return None;
        }
        let card = &self.projected(outcome.target.year)?.scorecard;
        card.cheapest_plan(GapTarget::Index(outcome.required), costs)
            .ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A baseline of level 2 everywhere but I3 (level 1) and initiatives
    /// whose shares are worked out by hand.
    fn plan() -> Masterplan {
        let manifest = r#"{"schema_version": 1,
          "government": {"id": "pemkab-x", "name": "Kabupaten X"},
          "period": {"start": 2024, "end": 2025}, "framework": "spbe-2020",
          "baseline": "b.json", "roadmap": "r.json",
          "targets": [{"year": 2025, "index": "2.00"}]}"#;
        let levels: Vec<String> = (1..=47)
            .map(|i| format!("\"I{i}\": {}", if i == 3 { 1 } else { 2 }))
            .collect();
        let baseline = format!(
            r#"{{"subject": "pemkab-x", "period": 2024, "levels": {{{}}}}}"#,
            levels.join(",")
        );
        let ini = |id: &str, cost: u64, raises: &str| {
            format!(
                r#"{{"id": "{id}", "name": "{id}", "area": "tata-kelola", "owner": "x",
                    "duration_months": 30, "cost": {cost}, "raises": {{{raises}}}}}"#
            )
        };
        let roadmap = format!(
            r#"{{"schema_version": 1, "id": "r", "name": "R",
              "horizon": {{"start": "2024-01-01", "end": "2026-12-31"}},
              "initiatives": [{}]}}"#,
            [
                ini("a", 100, r#""I1": 3, "I2": 4"#),
                ini("b", 50, r#""I2": 3"#),
                ini("c", 10, r#""I1": 3"#),
                ini("d", 7, r#""I5": 2"#),
                ini("e", 90, r#""I3": 3"#),
            ]
            .join(",")
        );
        let files = std::collections::BTreeMap::from([
            ("b.json".to_owned(), baseline.into_bytes()),
            ("r.json".to_owned(), roadmap.into_bytes()),
        ]);
        Masterplan::from_json(manifest, &files).expect("loads")
    }

    #[test]
    fn step_costs_share_each_cost_over_its_steps_and_keep_the_cheapest() {
        let costs = plan().step_costs();
        // a: 100 over I1 2→3 and I2 2→3→4, three steps: ⌈100 / 3⌉ = 34.
        // b: 50 for I2 2→3, one step. c: 10 for I1 2→3, one step.
        // I1 to 3: min(34, 10) = 10; I2 to 3: min(34, 50) = 34; I2 to 4: 34.
        assert_eq!(costs.cost("I1", 3), Some(10));
        assert_eq!(costs.cost("I2", 3), Some(34));
        assert_eq!(costs.cost("I2", 4), Some(34));
        assert_eq!(costs.cost("I1", 4), None);
        // d raises I5 to its baseline level: no step.
        assert_eq!(costs.cost("I5", 3), None);
        // e: 90 for I3 1→2→3, two steps: ⌈90 / 2⌉ = 45.
        assert_eq!(costs.cost("I3", 2), Some(45));
        assert_eq!(costs.cost("I3", 3), Some(45));
    }

    #[test]
    fn the_cheapest_plan_of_a_missed_target_uses_those_costs() {
        let mp = plan();
        // Every initiative runs 30 months from 2024-01: none finishes by
        // the end of 2025, so the projection is the baseline: SPBE 2020
        // gives each of I1–I10 1.3 % of the index (the 13 % of domain D1
        // over ten indicators), so I3 at 1 costs 0.013: 1.987, which
        // misses 2.00 by 0.013 = one step of any D1 indicator.
        let outcome = &mp.targets().expect("targets")[0];
        assert!(!outcome.met);
        assert_eq!(outcome.reached_rounded.to_string(), "1.99");
        let gap = mp.cheapest_for(outcome, &mp.step_costs());
        let gap = gap.expect("a costed plan");
        // The D1 steps on offer: I1 2→3 (10), I2 2→3 (34), I3 1→2 (45):
        // the cheapest is I1's.
        let steps: Vec<(&str, u8, u8, Option<u64>)> = gap
            .steps
            .iter()
            .map(|s| (s.indicator.as_str(), s.from, s.to, s.cost))
            .collect();
        assert_eq!(steps, [("I1", 2, 3, Some(10))]);
        assert_eq!(gap.total_cost, Some(10));
        // Met or a group target: no costed plan.
        let mut met = outcome.clone();
        met.met = true;
        assert!(mp.cheapest_for(&met, &mp.step_costs()).is_none());
    }
}
