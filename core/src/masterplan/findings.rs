//! Cross-checks between the parts of a masterplan. Each finding is data: a
//! kind, how serious it is, the ids on both sides, and a sentence in
//! Indonesian and English.

use super::manifest::TargetMeasure;
use super::Masterplan;
use crate::architecture::Lifecycle;
use crate::text::Text;
use chrono::Datelike;
use std::collections::BTreeSet;

crate::named_enum::named_enum!(
    /// How serious a finding is.
    Severity,
    "severity",
    /// The parts contradict each other: the plan cannot be right as it is.
    Error => "error",
    /// Probably a mistake, or a gap worth a look.
    Warning => "warning",
);

crate::named_enum::named_enum!(
    /// What a finding is about.
    FindingKind,
    "finding",
    /// An initiative's owner is not an agency of the catalog.
    UnknownOwner => "unknown-owner",
    /// An assessment's subject is neither an agency nor the government.
    UnknownSubject => "unknown-subject",
    /// An initiative "raises" an indicator to below its baseline level.
    LoweringRaise => "lowering-raise",
    /// An initiative creates or retires an element the catalog lacks.
    UnknownElement => "unknown-element",
    /// An initiative creates an element that is not to-be, or retires one
    /// that is.
    LifecycleConflict => "lifecycle-conflict",
    /// A to-be element that no initiative creates.
    ToBeNotCreated => "to-be-not-created",
    /// A target outside the plan period.
    TargetOutsidePeriod => "target-outside-period",
    /// A target names a group or predicate the framework lacks.
    UnknownTarget => "unknown-target",
    /// A policy names an indicator the framework lacks.
    UnknownPolicyIndicator => "unknown-policy-indicator",
    /// The roadmap's horizon does not cover the plan period.
    HorizonShort => "horizon-short",
);

/// One cross-check that did not pass.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// What it is about.
    pub kind: FindingKind,
    /// How serious it is.
    pub severity: Severity,
    /// The ids involved, both sides (`[initiative, agency]`, …).
    pub ids: Vec<String>,
    /// The finding as a sentence in Indonesian and English.
    pub message: Text,
}

fn finding(kind: FindingKind, severity: Severity, ids: &[&str], id: String, en: String) -> Finding {
    Finding {
        kind,
        severity,
        ids: ids.iter().map(|s| (*s).to_owned()).collect(),
        message: Text::bilingual(id, en),
    }
}

impl Masterplan {
    /// Every cross-check between the parts that did not pass, errors and
    /// warnings alike, in the order of the checks (owners, subjects,
    /// raises, elements, targets, policies, horizon), each sorted by id.
    /// An empty list means the parts agree.
    pub fn check(&self) -> Vec<Finding> {
        let mut out = Vec::new();
        self.check_agencies(&mut out);
        self.check_raises(&mut out);
        self.check_elements(&mut out);
        self.check_targets(&mut out);
        self.check_horizon(&mut out);
        out
    }

    fn check_agencies(&self, out: &mut Vec<Finding>) {
        let Some(catalog) = self.architecture() else {
            return;
        };
        let mut initiatives: Vec<_> = self.roadmap().initiatives().iter().collect();
        initiatives.sort_by(|a, b| a.id.cmp(&b.id));
        for i in initiatives {
            if catalog.agency(&i.owner).is_none() {
                out.push(finding(
                    FindingKind::UnknownOwner,
                    Severity::Error,
                    &[&i.id, &i.owner],
                    format!("Inisiatif `{}` dimiliki `{}`, yang bukan perangkat daerah dalam katalog arsitektur.", i.id, i.owner),
                    format!("Initiative `{}` is owned by `{}`, which is not an agency of the architecture catalog.", i.id, i.owner),
                ));
            }
        }
        let government = self.manifest().government.id.as_str();
        let subjects: BTreeSet<&str> = self.assessments().iter().map(|a| a.subject()).collect();
        for s in subjects {
            if s != government && catalog.agency(s).is_none() {
                out.push(finding(
                    FindingKind::UnknownSubject,
                    Severity::Warning,
                    &[s],
                    format!("Penilaian untuk `{s}`: bukan perangkat daerah dalam katalog arsitektur dan bukan `{government}`."),
                    format!("Assessments of `{s}`: not an agency of the architecture catalog, nor `{government}`."),
                ));
            }
        }
    }

    fn check_raises(&self, out: &mut Vec<Finding>) {
        let mut initiatives: Vec<_> = self.roadmap().initiatives().iter().collect();
        initiatives.sort_by(|a, b| a.id.cmp(&b.id));
        for i in initiatives {
            for (indicator, &level) in &i.raises {
                let Some(now) = self.baseline().level(indicator) else {
                    continue;
                };
                if level < now {
                    let period = self.baseline().period();
                    out.push(finding(
                        FindingKind::LoweringRaise,
                        Severity::Warning,
                        &[&i.id, indicator],
                        format!("Inisiatif `{}` menaikkan `{indicator}` ke tingkat {level}, padahal tingkatnya pada baseline {period} sudah {now}.", i.id),
                        format!("Initiative `{}` raises `{indicator}` to level {level}, but the {period} baseline already has {now}.", i.id),
                    ));
                }
            }
        }
    }

    fn check_elements(&self, out: &mut Vec<Finding>) {
        let Some(catalog) = self.architecture() else {
            return;
        };
        let mut initiatives: Vec<_> = self.roadmap().initiatives().iter().collect();
        initiatives.sort_by(|a, b| a.id.cmp(&b.id));
        let mut created = BTreeSet::new();
        for i in initiatives {
            for (ids, creating) in [(&i.creates, true), (&i.retires, false)] {
                let (verb_id, verb_en) = if creating {
                    ("membangun", "creates")
                } else {
                    ("menghentikan", "retires")
                };
                for e_id in ids {
                    if creating {
                        created.insert(e_id.as_str());
                    }
                    let Some(e) = catalog.element(e_id) else {
                        out.push(finding(
                            FindingKind::UnknownElement,
                            Severity::Error,
                            &[&i.id, e_id],
                            format!("Inisiatif `{}` {verb_id} `{e_id}`, yang tidak ada dalam katalog arsitektur.", i.id),
                            format!("Initiative `{}` {verb_en} `{e_id}`, which the architecture catalog lacks.", i.id),
                        ));
                        continue;
                    };
                    let to_be = matches!(e.lifecycle, Lifecycle::ToBe { .. });
                    if creating != to_be {
                        let (state_id, state_en) = if to_be {
                            ("baru direncanakan (to-be)", "planned (to-be)")
                        } else {
                            ("sudah ada (as-is)", "existing (as-is)")
                        };
                        out.push(finding(
                            FindingKind::LifecycleConflict,
                            Severity::Error,
                            &[&i.id, e_id],
                            format!("Inisiatif `{}` {verb_id} `{e_id}`, padahal elemen itu {state_id}.", i.id),
                            format!("Initiative `{}` {verb_en} `{e_id}`, but that element is {state_en}.", i.id),
                        ));
                    }
                }
            }
        }
        let mut planned: Vec<&str> = catalog
            .elements()
            .iter()
            .filter(|e| matches!(e.lifecycle, Lifecycle::ToBe { .. }))
            .map(|e| e.id.as_str())
            .filter(|id| !created.contains(id))
            .collect();
        planned.sort_unstable();
        for e in planned {
            out.push(finding(
                FindingKind::ToBeNotCreated,
                Severity::Warning,
                &[e],
                format!("Elemen rencana (to-be) `{e}` tidak dibangun oleh inisiatif mana pun dalam peta rencana."),
                format!("The planned (to-be) element `{e}` is created by no initiative of the roadmap."),
            ));
        }
    }

    fn check_targets(&self, out: &mut Vec<Finding>) {
        let m = self.manifest();
        let (start, end) = (m.period.start, m.period.end);
        for t in &m.targets {
            let year = t.year.to_string();
            if !m.period.contains(t.year) {
                out.push(finding(
                    FindingKind::TargetOutsidePeriod,
                    Severity::Error,
                    &[&year],
                    format!("Target tahun {year} berada di luar periode rencana {start}–{end}."),
                    format!("The target for {year} lies outside the plan period {start}–{end}."),
                ));
            }
            let fw = self.framework();
            let missing = match &t.measure {
                TargetMeasure::Group { id, .. } if fw.node(id).is_none_or(|n| n.is_indicator()) => {
                    Some(id.as_str())
                }
                TargetMeasure::Predicate(p) if fw.predicate(p).is_err() => Some(p.as_str()),
                _ => None,
            };
            if let Some(name) = missing {
                out.push(finding(
                    FindingKind::UnknownTarget,
                    Severity::Error,
                    &[&year, name],
                    format!("Target tahun {year} menyebut `{name}`, yang tidak ada dalam kerangka `{}`.", fw.id()),
                    format!("The target for {year} names `{name}`, which framework `{}` lacks.", fw.id()),
                ));
            }
        }
        let mut policies: Vec<_> = m.policies.iter().map(|p| p.indicator.as_str()).collect();
        policies.sort_unstable();
        policies.dedup();
        for indicator in policies {
            if self.framework().indicator_position(indicator).is_none() {
                out.push(finding(
                    FindingKind::UnknownPolicyIndicator,
                    Severity::Error,
                    &[indicator],
                    format!("Kebijakan untuk indikator `{indicator}`, yang tidak ada dalam kerangka `{}`.", self.framework().id()),
                    format!("A policy for indicator `{indicator}`, which framework `{}` lacks.", self.framework().id()),
                ));
            }
        }
    }

    fn check_horizon(&self, out: &mut Vec<Finding>) {
        let h = self.roadmap().horizon();
        let p = self.manifest().period;
        if h.start.year() > p.start || h.end.year() < p.end {
            let (id, hs, he) = (self.roadmap().id(), h.start, h.end);
            let (ps, pe) = (p.start, p.end);
            out.push(finding(
                FindingKind::HorizonShort,
                Severity::Warning,
                &[id],
                format!("Cakrawala peta rencana `{id}` ({hs} s.d. {he}) tidak mencakup seluruh periode rencana {ps}–{pe}."),
                format!("The horizon of roadmap `{id}` ({hs} to {he}) does not cover the whole plan period {ps}–{pe}."),
            ));
        }
    }
}
