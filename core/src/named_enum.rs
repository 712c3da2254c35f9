//! One macro for the library's closed sets of names (domains, relation
//! types, options …): the enum, its JSON names, parsing with an error that
//! lists the allowed values, and `Display`.

macro_rules! named_enum {
    ($(#[$doc:meta])* $ty:ident, $option:literal, $($(#[$vdoc:meta])* $variant:ident => $name:literal),+ $(,)?) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $ty {
            $($(#[$vdoc])* $variant),+
        }

        impl $ty {
            /// Every value, in documentation order.
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];

            /// Every value's name, in documentation order: what the option
            /// accepts.
            pub const NAMES: &'static [&'static str] = &[$($name),+];

            /// The option's name in errors (`"lang"`, `"predicate_basis"`, …).
            pub const OPTION: &'static str = $option;

            /// The JSON name.
            pub fn as_str(&self) -> &'static str {
                match self { $($ty::$variant => $name),+ }
            }
        }

        impl std::str::FromStr for $ty {
            type Err = crate::error::Error;
            fn from_str(s: &str) -> Result<Self, crate::error::Error> {
                match s {
                    $($name => Ok($ty::$variant),)+
                    other => Err(crate::error::Error::InvalidOption {
                        option: $option.into(),
                        value: other.into(),
                        allowed: Self::ALL.iter().map(|v| v.as_str().to_owned()).collect(),
                    }),
                }
            }
        }

        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

pub(crate) use named_enum;
