//! The shorthands the library builds its most common errors with.

use super::Error;

impl Error {
    pub(crate) fn json(what: &str, e: &serde_json::Error) -> Error {
        // serde_json appends " at line L column C"; the fields carry that.
        let text = e.to_string();
        let message = match text.rfind(" at line ") {
            Some(i) if e.line() > 0 => text[..i].to_owned(),
            _ => text,
        };
        Error::Json {
            what: what.to_owned(),
            line: e.line(),
            column: e.column(),
            detail: message,
        }
    }

    pub(crate) fn field(what: &str, field: &str, message: impl Into<String>) -> Error {
        Error::InvalidField {
            what: what.to_owned(),
            field: field.to_owned(),
            detail: message.into(),
        }
    }

    pub(crate) fn overflow(context: &str) -> Error {
        Error::Overflow {
            context: context.to_owned(),
        }
    }
}
