//! Findings and target outcomes as canonical JSON, for bindings and
//! reports: exact values as fraction text (`"41/200"`), printed values as
//! the framework rounds them.

use super::findings::Finding;
use super::manifest::TargetMeasure;
use super::targets::TargetOutcome;
use super::Masterplan;
use crate::error::Result;
use crate::text::Text;
use serde::Serialize;

#[derive(Serialize)]
struct FindingDoc<'a> {
    kind: &'static str,
    severity: &'static str,
    ids: &'a [String],
    message: &'a Text,
}

#[derive(Serialize)]
struct StepDoc<'a> {
    indicator: &'a str,
    from: u8,
    to: u8,
    gain: String,
    value_after: String,
    value_after_text: String,
}

#[derive(Serialize)]
struct OutcomeDoc<'a> {
    year: i32,
    measure: &'static str,
    group: Option<&'a str>,
    predicate: Option<&'a str>,
    source: Option<&'a Text>,
    required: String,
    required_text: String,
    reached: String,
    reached_text: String,
    met: bool,
    short_by: String,
    steps: Option<Vec<StepDoc<'a>>>,
    would_cover: &'a [String],
    covered_by_them: bool,
}

/// The findings as a JSON array (see [`Masterplan::check`]).
pub fn findings_to_json(findings: &[Finding]) -> String {
    let docs: Vec<FindingDoc> = findings
        .iter()
        .map(|f| FindingDoc {
            kind: f.kind.as_str(),
            severity: f.severity.as_str(),
            ids: &f.ids,
            message: &f.message,
        })
        .collect();
    serde_json::to_string(&docs).unwrap_or_default()
}

/// The outcomes as a JSON array (see [`Masterplan::targets`]); `decimals`
/// is the framework's rounding, for the printed values.
pub fn outcomes_to_json(outcomes: &[TargetOutcome], decimals: u32) -> String {
    let text = |f: &crate::Fraction| {
        f.round_half_up(decimals)
            .map(|d| d.to_string())
            .unwrap_or_default()
    };
    let docs: Vec<OutcomeDoc> = outcomes
        .iter()
        .map(|o| {
            let (measure, group, predicate) = match &o.target.measure {
                TargetMeasure::Index(_) => ("index", None, None),
                TargetMeasure::Predicate(p) => ("predicate", None, Some(p.as_str())),
                TargetMeasure::Group { id, .. } => ("group", Some(id.as_str()), None),
            };
            OutcomeDoc {
                year: o.target.year,
                measure,
                group,
                predicate,
                source: o.target.source.as_ref(),
                required: o.required.to_string(),
                required_text: text(&o.required),
                reached: o.reached.to_string(),
                reached_text: o.reached_rounded.to_string(),
                met: o.met,
                short_by: o.short_by.to_string(),
                steps: o.steps.as_ref().map(|steps| {
                    steps
                        .iter()
                        .map(|s| StepDoc {
                            indicator: &s.indicator,
                            from: s.from,
                            to: s.to,
                            gain: s.gain.to_string(),
                            value_after: s.index_after.to_string(),
                            value_after_text: s.index_after_rounded.to_string(),
                        })
                        .collect()
                }),
                would_cover: &o.would_cover,
                covered_by_them: o.covered_by_them,
            }
        })
        .collect();
    serde_json::to_string(&docs).unwrap_or_default()
}

impl Masterplan {
    /// [`Masterplan::check`] as a JSON array: `kind`, `severity`, `ids`,
    /// `message` (`{"id", "en"}`).
    ///
    /// ```
    /// use egov_masterplan::masterplan::Masterplan;
    /// use std::collections::BTreeMap;
    /// let manifest = r#"{"schema_version": 1, "government": {"id": "x", "name": "X"},
    ///   "period": {"start": 2024, "end": 2026}, "framework": "spbe-2020",
    ///   "baseline": "b.csv", "roadmap": "r.json"}"#;
    /// let roadmap = r#"{"schema_version": 1, "id": "r", "name": "R",
    ///   "horizon": {"start": "2024-01-01", "end": "2025-12-31"}, "initiatives": []}"#;
    /// let rows: String = (1..=47).map(|i| format!("x,2024,I{i},2\n")).collect();
    /// let files = BTreeMap::from([
    ///     ("b.csv".to_owned(), format!("subject,period,indicator,level\n{rows}").into_bytes()),
    ///     ("r.json".to_owned(), roadmap.as_bytes().to_vec()),
    /// ]);
    /// let plan = Masterplan::from_json(manifest, &files)?;
    /// assert!(plan.check_json().starts_with(r#"[{"kind":"horizon-short","severity":"warning","ids":["r"]"#));
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn check_json(&self) -> String {
        findings_to_json(&self.check())
    }

    /// [`Masterplan::targets`] as a JSON array: per target its `year`,
    /// `measure` (`index`, `predicate`, `group`), `required` and `reached`
    /// (exact text and printed), `met`, `short_by`, `steps` (`null` when
    /// met or unreachable), `would_cover`, `covered_by_them`.
    pub fn targets_json(&self) -> Result<String> {
        Ok(outcomes_to_json(
            &self.targets()?,
            self.framework().rounding().decimals,
        ))
    }
}
