//! A gap as canonical JSON, for bindings and reports.

use super::Gap;
use serde::Serialize;

#[derive(Serialize)]
struct GapDoc<'a> {
    target: String,
    threshold: String,
    current: String,
    distance: String,
    reached: String,
    steps: Vec<StepDoc<'a>>,
    total_cost: Option<u64>,
}

#[derive(Serialize)]
struct StepDoc<'a> {
    indicator: &'a str,
    from: u8,
    to: u8,
    gain: String,
    index_after: String,
    index_after_text: String,
    cost: Option<u64>,
}

impl Gap {
    /// The gap as compact JSON: exact values as fraction text (`"13/5"`),
    /// steps in framework order with the exact and printed index after each.
    ///
    /// ```
    /// use egov_masterplan::{Assessment, Framework};
    /// let fw = Framework::builtin("spbe-2020").unwrap();
    /// let mut a = Assessment::new("x", 2024);
    /// for i in 1..=47 { a.set(format!("I{i}"), 3); }
    /// let json = fw.score(&a).unwrap().gap_to("sangat-baik").unwrap().to_json();
    /// assert!(json.starts_with(r#"{"target":"7/2","threshold":"7/2","current":"3","#));
    /// ```
    pub fn to_json(&self) -> String {
        let doc = GapDoc {
            target: self.target.to_string(),
            threshold: self.threshold.to_string(),
            current: self.current.to_string(),
            distance: self.distance.to_string(),
            reached: self.reached().to_string(),
            steps: self
                .steps
                .iter()
                .map(|s| StepDoc {
                    indicator: &s.indicator,
                    from: s.from,
                    to: s.to,
                    gain: s.gain.to_string(),
                    index_after: s.index_after.to_string(),
                    index_after_text: s.index_after_rounded.to_string(),
                    cost: s.cost,
                })
                .collect(),
            total_cost: self.total_cost,
        };
        serde_json::to_string(&doc).unwrap_or_default()
    }
}
