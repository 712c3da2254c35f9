//! The one rule for what a binding's caller may pass where an assessment
//! is expected: a level map (`{"I1": 3, …}`) or a whole assessment document
//! (an object with `levels`).

use super::Assessment;
use crate::error::Result;
use serde_json::{Map, Value};

/// Subject given to a bare level map when the caller names none.
pub const DEFAULT_SUBJECT: &str = "assessment";

/// Period given to a bare level map when the caller names none.
pub const DEFAULT_PERIOD: i32 = 0;

impl Assessment {
    /// Reads a JSON object that is either an assessment document (it has a
    /// `levels` key: read as [`Assessment::from_json`] reads it) or a bare
    /// level map (every key an indicator id). `subject` and `period`, when
    /// given, override the document's own; a bare level map without them is
    /// [`DEFAULT_SUBJECT`] in [`DEFAULT_PERIOD`]. Values of the wrong type
    /// are errors naming the field, as in a document.
    ///
    /// ```
    /// use egov_masterplan::Assessment;
    /// use serde_json::{json, Value};
    /// let object = |v: Value| v.as_object().cloned().unwrap();
    /// let a = Assessment::from_levels_or_document(object(json!({"I1": 3})), None, None)?;
    /// assert_eq!((a.subject(), a.period(), a.level("I1")), ("assessment", 0, Some(3)));
    /// let doc = json!({"subject": "dinkes", "period": 2023, "levels": {"I1": 4}});
    /// let b = Assessment::from_levels_or_document(object(doc), None, Some(json!(2024)))?;
    /// assert_eq!((b.subject(), b.period(), b.level("I1")), ("dinkes", 2024, Some(4)));
    /// let bad = Assessment::from_levels_or_document(object(json!({"I1": 3})), Some(json!(7)), None);
    /// assert_eq!(bad.unwrap_err().kind(), "json");
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn from_levels_or_document(
        object: Map<String, Value>,
        subject: Option<Value>,
        period: Option<Value>,
    ) -> Result<Assessment> {
        let doc = if object.contains_key("levels") {
            let mut doc = object;
            if let Some(s) = subject {
                doc.insert("subject".into(), s);
            }
            if let Some(p) = period {
                doc.insert("period".into(), p);
            }
            doc
        } else {
            let mut doc = Map::new();
            doc.insert(
                "subject".into(),
                subject.unwrap_or_else(|| DEFAULT_SUBJECT.into()),
            );
            doc.insert(
                "period".into(),
                period.unwrap_or_else(|| DEFAULT_PERIOD.into()),
            );
            doc.insert("levels".into(), Value::Object(object));
            doc
        };
        Assessment::from_json(&Value::Object(doc).to_string())
    }

    /// Item `position` (0-based) of a batch given as JSON objects: an
    /// assessment document keeps its own subject and period; a bare level
    /// map is named `assessment-<position>` in [`DEFAULT_PERIOD`], so every
    /// scorecard and error of the batch says which item it is.
    ///
    /// ```
    /// use egov_masterplan::Assessment;
    /// use serde_json::{json, Value};
    /// let object = |v: Value| v.as_object().cloned().unwrap();
    /// let bare = Assessment::batch_item(object(json!({"I1": 3})), 4)?;
    /// assert_eq!((bare.subject(), bare.period()), ("assessment-4", 0));
    /// let doc = json!({"subject": "dinkes", "period": 2023, "levels": {"I1": 4}});
    /// let named = Assessment::batch_item(object(doc), 4)?;
    /// assert_eq!((named.subject(), named.period()), ("dinkes", 2023));
    /// # Ok::<(), egov_masterplan::Error>(())
    /// ```
    pub fn batch_item(object: Map<String, Value>, position: usize) -> Result<Assessment> {
        let subject = (!object.contains_key("levels"))
            .then(|| Value::from(format!("{DEFAULT_SUBJECT}-{position}")));
        Assessment::from_levels_or_document(object, subject, None)
    }
}
