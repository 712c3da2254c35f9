//! An assessment: the levels one subject (agency) reached in one period.

use crate::error::{Error, Result};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// An indicator id ordered naturally: `I2` before `I10`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct IndicatorKey(pub String);

impl Ord for IndicatorKey {
    fn cmp(&self, other: &Self) -> Ordering {
        natural_cmp(&self.0, &other.0)
    }
}

impl PartialOrd for IndicatorKey {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Compares digit runs by number and the rest by text; equal keys only when
/// the strings are equal.
///
/// Works on bytes: ASCII digits never occur inside a multi-byte UTF-8
/// sequence, and UTF-8 byte order is code point order, so this is the
/// character-wise comparison without decoding (it orders every level key
/// of every assessment, so it is on the scoring path).
pub(crate) fn natural_cmp(a: &str, b: &str) -> Ordering {
    /// The end of the run of digits (or of non-digits) starting at `i`.
    fn run_end(s: &[u8], i: usize, digit: bool) -> usize {
        s.iter()
            .skip(i)
            .position(|c| c.is_ascii_digit() != digit)
            .map_or(s.len(), |n| i + n)
    }
    fn trim_zeros(s: &[u8]) -> &[u8] {
        let zeros = s.iter().take_while(|&&c| c == b'0').count();
        s.get(zeros..).unwrap_or_default()
    }
    let (x, y) = (a.as_bytes(), b.as_bytes());
    let (mut i, mut j) = (0, 0);
    loop {
        let (cx, cy) = match (x.get(i), y.get(j)) {
            (None, None) => return a.cmp(b),
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(cx), Some(cy)) => (cx, cy),
        };
        let (dx, dy) = (cx.is_ascii_digit(), cy.is_ascii_digit());
        let (ei, ej) = (run_end(x, i, dx), run_end(y, j, dy));
        let (rx, ry) = (
            x.get(i..ei).unwrap_or_default(),
            y.get(j..ej).unwrap_or_default(),
        );
        let ord = if dx && dy {
            let (rx, ry) = (trim_zeros(rx), trim_zeros(ry));
            rx.len().cmp(&ry.len()).then_with(|| rx.cmp(ry))
        } else {
            rx.cmp(ry)
        };
        if ord != Ordering::Equal {
            return ord;
        }
        (i, j) = (ei, ej);
    }
}

/// A note on one indicator: the explanation and where the evidence is.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    /// The explanation (e.g. "Perbup 12/2023 enacted").
    #[serde(default)]
    pub text: String,
    /// A reference to the supporting evidence (data dukung), e.g. a URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<String>,
}

/// Levels per indicator for one subject and period.
///
/// ```
/// use egov_masterplan::Assessment;
/// let mut a = Assessment::new("dinas-kominfo", 2024);
/// a.set("I1", 4).set("I2", 3);
/// assert_eq!(a.level("I1"), Some(4));
/// let json = a.to_json();
/// assert_eq!(json, r#"{"subject":"dinas-kominfo","period":2024,"levels":{"I1":4,"I2":3}}"#);
/// assert_eq!(Assessment::from_json(&json).unwrap(), a);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub(crate) framework: Option<String>,
    pub(crate) subject: String,
    pub(crate) period: i32,
    pub(crate) levels: BTreeMap<IndicatorKey, i64>,
    pub(crate) notes: BTreeMap<IndicatorKey, Note>,
}

impl Assessment {
    /// An empty assessment of `subject` (an agency id, not empty: scoring and
    /// `from_json` refuse an empty subject) in `period` (a year).
    pub fn new(subject: impl Into<String>, period: i32) -> Assessment {
        Assessment {
            framework: None,
            subject: subject.into(),
            period,
            levels: BTreeMap::new(),
            notes: BTreeMap::new(),
        }
    }

    /// Names the framework the assessment is made for (checked when scored).
    pub fn with_framework(mut self, framework: impl Into<String>) -> Assessment {
        self.framework = Some(framework.into());
        self
    }

    /// Sets the level of an indicator (checked against the scale when scored).
    pub fn set(&mut self, indicator: impl Into<String>, level: i64) -> &mut Assessment {
        self.levels.insert(IndicatorKey(indicator.into()), level);
        self
    }

    /// Removes an indicator's level; returns the old one.
    pub fn unset(&mut self, indicator: &str) -> Option<i64> {
        self.levels.remove(&IndicatorKey(indicator.to_owned()))
    }

    /// Attaches a note (explanation and optional evidence reference).
    pub fn set_note(
        &mut self,
        indicator: impl Into<String>,
        text: impl Into<String>,
        evidence: Option<String>,
    ) -> &mut Assessment {
        let note = Note {
            text: text.into(),
            evidence,
        };
        self.notes.insert(IndicatorKey(indicator.into()), note);
        self
    }

    /// The framework id the assessment names, if any.
    pub fn framework(&self) -> Option<&str> {
        self.framework.as_deref()
    }

    /// The subject (agency id).
    pub fn subject(&self) -> &str {
        &self.subject
    }

    /// The period (year).
    pub fn period(&self) -> i32 {
        self.period
    }

    /// The level of one indicator.
    pub fn level(&self, indicator: &str) -> Option<i64> {
        self.levels
            .get(&IndicatorKey(indicator.to_owned()))
            .copied()
    }

    /// Every level, in natural id order (`I2` before `I10`).
    pub fn levels(&self) -> impl Iterator<Item = (&str, i64)> + '_ {
        self.levels.iter().map(|(k, v)| (k.0.as_str(), *v))
    }

    /// The note on one indicator.
    pub fn note(&self, indicator: &str) -> Option<&Note> {
        self.notes.get(&IndicatorKey(indicator.to_owned()))
    }

    /// Every note, in natural id order.
    pub fn notes(&self) -> impl Iterator<Item = (&str, &Note)> + '_ {
        self.notes.iter().map(|(k, v)| (k.0.as_str(), v))
    }

    /// Reads `{"subject": …, "period": …, "levels": {"I1": 4}}` with optional
    /// `"framework"` and `"notes"` (`{"I1": {"text": …, "evidence": …}}` or
    /// `{"I1": "text"}`). Levels must be whole numbers.
    pub fn from_json(json: &str) -> Result<Assessment> {
        crate::limits::document("assessment", json)?;
        crate::json_keys::reject_duplicate_keys("assessment", json)?;
        let doc: AssessmentDoc =
            serde_json::from_str(json).map_err(|e| Error::json("assessment", &e))?;
        Assessment::from_doc(doc)
    }

    pub(crate) fn from_doc(doc: AssessmentDoc) -> Result<Assessment> {
        if doc.subject.is_empty() {
            return Err(Error::field("assessment", "subject", "must not be empty"));
        }
        let mut a = Assessment::new(doc.subject, doc.period);
        a.framework = doc.framework;
        for (id, value) in doc.levels {
            a.levels
                .insert(IndicatorKey(id.clone()), whole_level(&id, &value)?);
        }
        for (id, note) in doc.notes {
            let note = match note {
                NoteDoc::Text(text) => Note {
                    text,
                    evidence: None,
                },
                NoteDoc::Full(n) => n,
            };
            a.notes.insert(IndicatorKey(id), note);
        }
        a.check_sizes()?;
        Ok(a)
    }

    /// Ids, texts and counts within [`crate::limits`] (documents read from
    /// JSON or CSV).
    pub(crate) fn check_sizes(&self) -> Result<()> {
        use crate::limits;
        const WHAT: &str = "assessment";
        limits::text(WHAT, "subject", &self.subject)?;
        if let Some(f) = &self.framework {
            limits::id(WHAT, "framework", f)?;
        }
        limits::count("assessment levels", self.levels.len(), limits::MAX_NODES)?;
        limits::count("assessment notes", self.notes.len(), limits::MAX_NODES)?;
        for k in self.levels.keys().chain(self.notes.keys()) {
            limits::id(WHAT, "indicator", &k.0)?;
        }
        for (k, n) in &self.notes {
            limits::text(WHAT, format_args!("notes[{}].text", k.0), &n.text)?;
            if let Some(e) = &n.evidence {
                limits::text(WHAT, format_args!("notes[{}].evidence", k.0), e)?;
            }
        }
        Ok(())
    }

    /// Writes the assessment as compact JSON with levels and notes in natural
    /// id order.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

fn whole_level(id: &str, value: &serde_json::Value) -> Result<i64> {
    let not_whole = || Error::LevelNotInteger {
        indicator: id.to_owned(),
        value: value.to_string(),
    };
    let n = value.as_number().ok_or_else(not_whole)?;
    if let Some(i) = n.as_i64() {
        return Ok(i);
    }
    match n.as_f64() {
        Some(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => Ok(f as i64),
        _ => Err(not_whole()),
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AssessmentDoc {
    #[serde(default)]
    framework: Option<String>,
    subject: String,
    period: i32,
    #[serde(default)]
    levels: BTreeMap<String, serde_json::Value>,
    #[serde(default)]
    notes: BTreeMap<String, NoteDoc>,
}

#[derive(Deserialize)]
#[serde(
    untagged,
    expecting = r#"a note: a string or {"text": …, "evidence": …}"#
)]
enum NoteDoc {
    Text(String),
    Full(Note),
}

impl Serialize for Assessment {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        struct Keyed<'a, V>(&'a BTreeMap<IndicatorKey, V>);
        impl<V: Serialize> Serialize for Keyed<'_, V> {
            fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                let mut m = s.serialize_map(Some(self.0.len()))?;
                for (k, v) in self.0 {
                    m.serialize_entry(&k.0, v)?;
                }
                m.end()
            }
        }
        let mut m = s.serialize_map(None)?;
        if let Some(fw) = &self.framework {
            m.serialize_entry("framework", fw)?;
        }
        m.serialize_entry("subject", &self.subject)?;
        m.serialize_entry("period", &self.period)?;
        m.serialize_entry("levels", &Keyed(&self.levels))?;
        if !self.notes.is_empty() {
            m.serialize_entry("notes", &Keyed(&self.notes))?;
        }
        m.end()
    }
}

#[cfg(test)]
mod tests {
    /// The first, character-wise implementation, as the reference.
    fn natural_cmp_reference(a: &str, b: &str) -> std::cmp::Ordering {
        fn runs(s: &str) -> impl Iterator<Item = (bool, &str)> {
            let mut rest = s;
            std::iter::from_fn(move || {
                let first = rest.chars().next()?;
                let digit = first.is_ascii_digit();
                let end = rest
                    .find(|c: char| c.is_ascii_digit() != digit)
                    .unwrap_or(rest.len());
                let (run, tail) = rest.split_at(end);
                rest = tail;
                Some((digit, run))
            })
        }
        let (mut ra, mut rb) = (runs(a), runs(b));
        loop {
            let ord = match (ra.next(), rb.next()) {
                (None, None) => return a.cmp(b),
                (None, Some(_)) => return std::cmp::Ordering::Less,
                (Some(_), None) => return std::cmp::Ordering::Greater,
                (Some((true, x)), Some((true, y))) => {
                    let (x, y) = (x.trim_start_matches('0'), y.trim_start_matches('0'));
                    x.len().cmp(&y.len()).then_with(|| x.cmp(y))
                }
                (Some((_, x)), Some((_, y))) => x.cmp(y),
            };
            if ord != std::cmp::Ordering::Equal {
                return ord;
            }
        }
    }

    #[test]
    fn natural_order_on_bytes_equals_the_character_wise_reference() {
        let words = [
            "", "I", "I1", "I01", "I2", "I10", "I10a", "A1", "a", "é1", "é10", "1", "01", "007",
            "x9y", "x10y", "Ⅸ2", "I1 ", "I١",
        ];
        for a in words {
            for b in words {
                assert_eq!(
                    super::natural_cmp(a, b),
                    natural_cmp_reference(a, b),
                    "{a:?} vs {b:?}"
                );
            }
        }
        // Pseudo-random strings over digits, letters and a multi-byte letter.
        let alphabet: Vec<char> = "0123456789aIé ".chars().collect();
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for _ in 0..20_000 {
            let mut word = || -> String {
                let n = (next() % 7) as usize;
                (0..n)
                    .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                    .collect()
            };
            let (a, b) = (word(), word());
            assert_eq!(
                super::natural_cmp(&a, &b),
                natural_cmp_reference(&a, &b),
                "{a:?} vs {b:?}"
            );
        }
    }

    use super::*;

    #[test]
    fn natural_order() {
        let mut ids = vec!["I10", "I2", "I1", "A1", "I02", "I2a", "I"];
        ids.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(ids, ["A1", "I", "I1", "I02", "I2", "I2a", "I10"]);
    }

    #[test]
    fn levels_must_be_whole_numbers() {
        let ok = Assessment::from_json(r#"{"subject":"x","period":1,"levels":{"I1":3.0}}"#);
        assert_eq!(ok.unwrap().level("I1"), Some(3));
        for bad in ["3.5", "\"3\"", "true", "null", "1e300"] {
            let json = format!(r#"{{"subject":"x","period":1,"levels":{{"I7":{bad}}}}}"#);
            let err = Assessment::from_json(&json).unwrap_err();
            assert_eq!(err.kind(), "level_not_integer", "{bad}");
            assert!(err.to_string().contains("I7"), "{err}");
        }
    }

    #[test]
    fn notes_in_both_forms() {
        let a = Assessment::from_json(
            r#"{"subject":"x","period":2024,"levels":{},"notes":{"I2":"short","I1":{"text":"Perbup 12/2023","evidence":"https://e.example/1"}}}"#,
        )
        .unwrap();
        assert_eq!(a.note("I2").unwrap().text, "short");
        assert_eq!(
            a.note("I1").unwrap().evidence.as_deref(),
            Some("https://e.example/1")
        );
        assert_eq!(Assessment::from_json(&a.to_json()).unwrap(), a);
    }

    #[test]
    fn unknown_fields_and_empty_subject_are_errors() {
        let err = Assessment::from_json(r#"{"subject":"x","period":1,"levles":{}}"#).unwrap_err();
        assert!(err.to_string().contains("levles"), "{err}");
        let err = Assessment::from_json(r#"{"subject":"","period":1}"#).unwrap_err();
        assert_eq!(err.kind(), "invalid_field");
    }
}
