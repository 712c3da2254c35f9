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

    /// The error of computing one unit of a cohort, naming that unit: an
    /// invalid field becomes `units[<unit>].<field>`; any other error is
    /// unchanged.
    pub(crate) fn in_unit(self, unit: &str) -> Error {
        match self {
            Error::InvalidField {
                what,
                field,
                detail,
            } => Error::InvalidField {
                what,
                field: format!("units[{unit}].{field}"),
                detail,
            },
            other => other,
        }
    }

    pub(crate) fn overflow(context: &str) -> Error {
        Error::Overflow {
            context: context.to_owned(),
        }
    }
}
