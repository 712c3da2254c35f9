//! The table of error kinds: for every variant of [`Error`], its stable
//! snake_case kind, the exception class a binding raises, the family (base
//! class) it belongs to, its documentation and its fields with their types.
//!
//! The table and the enum come from one declaration (the
//! `declare_errors!` invocation in the error module), so a variant cannot
//! exist without a kind, a class or its fields. Python builds its exception
//! classes from this table at import time and JavaScript at build time.

use super::Error;
use serde::Serialize;

/// One kind of error: everything a binding needs to raise it.
///
/// ```
/// use egov_masterplan::error::{ErrorFamily, ErrorKind, FieldType};
/// let cycle = ErrorKind::find("cycle").unwrap();
/// assert_eq!(cycle.class_name, "CycleError");
/// assert_eq!(cycle.family, ErrorFamily::Roadmap);
/// assert_eq!(cycle.fields[0].name, "cycle");
/// assert_eq!(cycle.fields[0].ty, FieldType::TextList);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ErrorKind {
    /// Stable snake_case name (`"level_out_of_range"`), what [`Error::kind`] returns.
    pub kind: &'static str,
    /// The exception class name, the same in Python and JavaScript
    /// (`"LevelOutOfRangeError"`).
    pub class_name: &'static str,
    /// The family: the base class between `EgovError` and this class.
    pub family: ErrorFamily,
    /// The variant's fields, in declaration order; every one is exposed by
    /// [`Error::fields`].
    pub fields: &'static [FieldInfo],
}

/// One field of an error kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct FieldInfo {
    /// The field's name (`"indicator"`), the attribute name in the bindings.
    pub name: &'static str,
    /// Its type.
    #[serde(rename = "type")]
    pub ty: FieldType,
}

/// The documentation of one kind and of its fields, kept apart from
/// [`ERROR_KINDS`] so that a program that only raises errors does not carry
/// it (the browser's scoring module).
pub(crate) struct KindDocs {
    /// The variant's doc lines.
    pub doc: &'static [&'static str],
    /// Each field's doc lines, in declaration order.
    pub fields: &'static [&'static [&'static str]],
}

/// The type of an error field as the bindings see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldType {
    /// A string (Python `str`, JS `string`).
    Text,
    /// A whole number (Python `int`, JS `number`).
    Integer,
    /// A list of strings (Python `list[str]`, JS `string[]`).
    TextList,
}

/// The type a Rust field type maps to in the table, and its JSON value.
pub(crate) trait FieldValue: FieldJson {
    /// The field type.
    const TYPE: FieldType;
}

/// A field's value as JSON: one small function per type, called through a
/// trait object from every variant's arm of [`Error::fields`], which keeps
/// that match compact.
pub(crate) trait FieldJson {
    /// The value as JSON.
    fn to_value(&self) -> serde_json::Value;
}

impl FieldValue for String {
    const TYPE: FieldType = FieldType::Text;
}
impl FieldJson for String {
    #[inline(never)]
    fn to_value(&self) -> serde_json::Value {
        serde_json::Value::String(self.clone())
    }
}
impl FieldValue for Vec<String> {
    const TYPE: FieldType = FieldType::TextList;
}
impl FieldJson for Vec<String> {
    #[inline(never)]
    fn to_value(&self) -> serde_json::Value {
        serde_json::Value::Array(
            self.iter()
                .cloned()
                .map(serde_json::Value::String)
                .collect(),
        )
    }
}
macro_rules! integer_fields {
    ($($t:ty),+) => { $(
        impl FieldValue for $t {
            const TYPE: FieldType = FieldType::Integer;
        }
        impl FieldJson for $t {
            #[inline(never)]
            fn to_value(&self) -> serde_json::Value {
                serde_json::Value::from(*self)
            }
        }
    )+ };
}
integer_fields!(i32, i64, u32, u64, usize);

/// The base class an error kind derives from. Every family class derives
/// from `EgovError` (itself a `ValueError` in Python, an `Error` in JS);
/// errors any input can raise ([`ErrorFamily::General`]) derive from
/// `EgovError` directly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorFamily {
    /// Errors any input can raise (JSON, options, fields, sizes, overflow).
    General,
    /// A framework document is invalid, or the framework is unknown.
    Framework,
    /// An assessment cannot be scored as given.
    Assessment,
    /// A gap target cannot be understood or reached.
    Gap,
    /// A roadmap document is invalid.
    Roadmap,
    /// An architecture catalog is invalid.
    Architecture,
    /// A benchmark table or question cannot be answered as asked.
    Benchmark,
}

/// The root exception class every error class derives from.
pub const ROOT_CLASS: &str = "EgovError";

impl ErrorFamily {
    /// Every family, the root's own first.
    pub const ALL: [ErrorFamily; 7] = [
        ErrorFamily::General,
        ErrorFamily::Framework,
        ErrorFamily::Assessment,
        ErrorFamily::Gap,
        ErrorFamily::Roadmap,
        ErrorFamily::Architecture,
        ErrorFamily::Benchmark,
    ];

    /// The family's base class name (`"RoadmapError"`; [`ROOT_CLASS`] for
    /// [`ErrorFamily::General`]).
    pub fn class_name(self) -> &'static str {
        match self {
            ErrorFamily::General => ROOT_CLASS,
            ErrorFamily::Framework => "FrameworkError",
            ErrorFamily::Assessment => "AssessmentError",
            ErrorFamily::Gap => "GapError",
            ErrorFamily::Roadmap => "RoadmapError",
            ErrorFamily::Architecture => "ArchitectureError",
            ErrorFamily::Benchmark => "BenchmarkError",
        }
    }

    /// One sentence on what the family's errors have in common.
    pub fn doc(self) -> &'static str {
        match self {
            ErrorFamily::General => "Base of every egov-masterplan error.",
            ErrorFamily::Framework => {
                "A framework document is invalid, or the framework is unknown."
            }
            ErrorFamily::Assessment => "An assessment cannot be scored as given.",
            ErrorFamily::Gap => "A gap target cannot be understood or reached.",
            ErrorFamily::Roadmap => "A roadmap document is invalid.",
            ErrorFamily::Architecture => "An architecture catalog is invalid.",
            ErrorFamily::Benchmark => "A benchmark table or question cannot be answered as asked.",
        }
    }
}

impl ErrorKind {
    /// The entry of a kind name, if it is one.
    pub fn find(kind: &str) -> Option<&'static ErrorKind> {
        ERROR_KINDS.iter().find(|k| k.kind == kind)
    }

    /// The whole table as JSON, for bindings and generated declarations:
    /// `{"root": "EgovError", "families": [...], "kinds": [...]}`. Each
    /// family has `family`, `class_name` and `doc`; each kind, in
    /// declaration order, has `kind`, `class_name`, `family`,
    /// `family_class` (its base class), `doc` (one paragraph) and `fields`
    /// (each with `name`, `type` and `doc`).
    ///
    /// ```
    /// use egov_masterplan::error::ErrorKind;
    /// let table: serde_json::Value = serde_json::from_str(&ErrorKind::table_json()).unwrap();
    /// assert_eq!(table["root"], "EgovError");
    /// assert_eq!(table["families"][1]["class_name"], "FrameworkError");
    /// assert_eq!(table["kinds"][0]["kind"], "json");
    /// assert_eq!(table["kinds"][0]["family_class"], "EgovError");
    /// assert_eq!(table["kinds"][0]["fields"][0]["name"], "what");
    /// ```
    pub fn table_json() -> String {
        let families: Vec<serde_json::Value> = ErrorFamily::ALL
            .iter()
            .map(|f| {
                serde_json::json!({
                    "family": f,
                    "class_name": f.class_name(),
                    "doc": f.doc(),
                })
            })
            .collect();
        let kinds: Vec<serde_json::Value> = ERROR_KINDS
            .iter()
            .map(|k| {
                serde_json::json!({
                    "kind": k.kind,
                    "class_name": k.class_name,
                    "family": k.family,
                    "family_class": k.family.class_name(),
                    "doc": k.doc_text(),
                    "fields": k.fields.iter().enumerate().map(|(i, f)| serde_json::json!({
                        "name": f.name,
                        "type": f.ty,
                        "doc": join_doc(k.docs().fields.get(i).copied().unwrap_or_default()),
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        serde_json::json!({"root": ROOT_CLASS, "families": families, "kinds": kinds}).to_string()
    }

    /// The documentation as one paragraph.
    pub fn doc_text(&self) -> String {
        join_doc(self.docs().doc)
    }

    /// The documentation of one field as one paragraph (empty for a name
    /// that is not a field of this kind).
    ///
    /// ```
    /// use egov_masterplan::error::ErrorKind;
    /// let level = ErrorKind::find("level_out_of_range").unwrap();
    /// assert_eq!(level.field_doc("min"), "Scale minimum.");
    /// ```
    pub fn field_doc(&self, field: &str) -> String {
        let docs = self.docs();
        self.fields
            .iter()
            .position(|f| f.name == field)
            .and_then(|i| docs.fields.get(i))
            .map_or_else(String::new, |lines| join_doc(lines))
    }

    fn docs(&self) -> &'static KindDocs {
        const NONE: KindDocs = KindDocs {
            doc: &[],
            fields: &[],
        };
        ERROR_KINDS
            .iter()
            .position(|k| k.kind == self.kind)
            .and_then(|i| ERROR_DOCS.get(i))
            .unwrap_or(&NONE)
    }
}

/// Doc lines (each with rustdoc's leading space) as one paragraph.
fn join_doc(lines: &[&str]) -> String {
    lines
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Declares [`Error`] and the table [`ERROR_KINDS`] from one list: each
/// variant with its docs, its message, `= "kind", "ClassName", Family`, and
/// its documented fields.
macro_rules! declare_errors {
    ($(
        $(#[doc = $doc:literal])*
        #[error($($msg:tt)+)]
        $variant:ident = $kind:literal, $class:literal, $family:ident {
            $( $(#[doc = $fdoc:literal])* $field:ident : $fty:ty ),+ $(,)?
        }
    ),+ $(,)?) => {
        /// Everything that can go wrong, by cause. Each variant names the
        /// offending id or field and says what was expected; its kind, class
        /// and fields are listed in [`ERROR_KINDS`](crate::error::ERROR_KINDS).
        #[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
        #[non_exhaustive]
        pub enum Error {
            $(
                $(#[doc = $doc])*
                #[error($($msg)+)]
                $variant {
                    $( $(#[doc = $fdoc])* $field: $fty ),+
                },
            )+
        }

        #[derive(Clone, Copy)]
        #[allow(clippy::enum_variant_names)]
        enum KindIndex { $($variant),+ }

        /// Every error kind, in declaration order.
        pub static ERROR_KINDS: [$crate::error::ErrorKind; [$(KindIndex::$variant),+].len()] = [$(
            $crate::error::ErrorKind {
                kind: $kind,
                class_name: $class,
                family: $crate::error::ErrorFamily::$family,
                fields: &[$($crate::error::FieldInfo {
                    name: stringify!($field),
                    ty: <$fty as $crate::error::table::FieldValue>::TYPE,
                }),+],
            }
        ),+];

        /// The docs of every kind, in the order of `ERROR_KINDS`.
        static ERROR_DOCS: [$crate::error::table::KindDocs; [$(KindIndex::$variant),+].len()] = [$(
            $crate::error::table::KindDocs {
                doc: &[$($doc),*],
                fields: &[$(&[$($fdoc),*]),+],
            }
        ),+];

        impl Error {
            /// This error's entry in [`ERROR_KINDS`](crate::error::ERROR_KINDS).
            pub fn info(&self) -> &'static $crate::error::ErrorKind {
                let index = match self { $(Error::$variant { .. } => KindIndex::$variant),+ };
                &ERROR_KINDS[index as usize]
            }

            /// Rebuilds an error from its kind and fields (what
            /// [`Error::fields`] gives), e.g. for a binding that checks a
            /// value itself and reports it as the core would. `None` for an
            /// unknown kind or a missing or mistyped field.
            ///
            /// ```
            /// use egov_masterplan::Error;
            /// let fields = serde_json::json!({"indicator": "I4", "value": "3.5"});
            /// let err = Error::from_fields("level_not_integer", fields.as_object().unwrap()).unwrap();
            /// assert_eq!(err.to_string(), "indicator `I4`: level `3.5` is not a whole number");
            /// assert_eq!(Error::from_fields(err.kind(), &err.fields()), Some(err));
            /// assert_eq!(Error::from_fields("cycle", fields.as_object().unwrap()), None);
            /// ```
            pub fn from_fields(
                kind: &str,
                fields: &serde_json::Map<String, serde_json::Value>,
            ) -> Option<Error> {
                match kind {
                    $($kind => Some(Error::$variant {
                        $($field: serde_json::from_value(fields.get(stringify!($field))?.clone()).ok()?),+
                    }),)+
                    _ => None,
                }
            }

            /// Every field of the error as a JSON object (`indicator`,
            /// `level`, `cycle`, …), for bindings to attach to their
            /// exception; the names and types are those of
            /// [`Error::info`]`().fields`.
            ///
            /// ```
            /// use egov_masterplan::Framework;
            /// let err = Framework::builtin("nope").unwrap_err();
            /// assert_eq!(err.fields()["id"], "nope");
            /// assert!(err.fields()["available"].as_array().is_some_and(|ids| !ids.is_empty()));
            /// ```
            pub fn fields(&self) -> serde_json::Map<String, serde_json::Value> {
                let mut fields = serde_json::Map::new();
                let mut put = |name: &str, value: &dyn $crate::error::table::FieldJson| {
                    fields.insert(name.to_owned(), value.to_value());
                };
                match self {
                    $(Error::$variant { $($field),+ } => { $(put(stringify!($field), $field);)+ })+
                }
                fields
            }
        }
    };
}
pub(crate) use declare_errors;

impl Error {
    /// A stable snake_case name for the variant (for bindings and vectors).
    ///
    /// ```
    /// use egov_masterplan::Framework;
    /// let err = Framework::builtin("nope").unwrap_err();
    /// assert_eq!(err.kind(), "unknown_framework");
    /// ```
    pub fn kind(&self) -> &'static str {
        self.info().kind
    }

    /// The exception class a binding raises for this error, e.g.
    /// `CycleError` (every class derives from `EgovError`).
    ///
    /// ```
    /// use egov_masterplan::Framework;
    /// let err = Framework::builtin("nope").unwrap_err();
    /// assert_eq!(err.class_name(), "UnknownFrameworkError");
    /// ```
    pub fn class_name(&self) -> &'static str {
        self.info().class_name
    }

    /// The family (base class) of this error.
    pub fn family(&self) -> ErrorFamily {
        self.info().family
    }

    /// The exception class name of an error kind ([`ROOT_CLASS`] for a name
    /// that is not a kind).
    ///
    /// ```
    /// assert_eq!(egov_masterplan::Error::class_name_of("cycle"), "CycleError");
    /// ```
    pub fn class_name_of(kind: &str) -> &'static str {
        ErrorKind::find(kind).map_or(ROOT_CLASS, |k| k.class_name)
    }
}

use super::{ERROR_DOCS, ERROR_KINDS};
