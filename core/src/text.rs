//! Localized text: a plain string, or Indonesian and English side by side.

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use std::fmt;

crate::named_enum::named_enum!(
    /// A language the library can print labels in.
    #[derive(Default)]
    Lang, "lang",
    /// Bahasa Indonesia (the regulation's language; the default).
    #[default]
    Id => "id",
    /// English.
    En => "en",
);

/// Text a person reads: either the same in every language (`"SIMPEG"`) or
/// written as `{"id": "…", "en": "…"}`.
///
/// ```
/// use egov_masterplan::{Lang, text::Text};
/// let t = Text::bilingual("Sangat Baik", "Very good");
/// assert_eq!(t.get(Lang::En), "Very good");
/// assert_eq!(Text::plain("JDIH").get(Lang::En), "JDIH");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Text {
    /// One string for every language.
    Plain(String),
    /// Indonesian and English.
    Bilingual {
        /// Indonesian.
        id: String,
        /// English.
        en: String,
    },
}

impl Text {
    /// Text that reads the same in every language.
    pub fn plain(s: impl Into<String>) -> Text {
        Text::Plain(s.into())
    }

    /// Indonesian and English text.
    pub fn bilingual(id: impl Into<String>, en: impl Into<String>) -> Text {
        Text::Bilingual {
            id: id.into(),
            en: en.into(),
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match (self, lang) {
            (Text::Plain(s), _) => s,
            (Text::Bilingual { id, .. }, Lang::Id) => id,
            (Text::Bilingual { en, .. }, Lang::En) => en,
        }
    }

    /// The Indonesian text.
    pub fn id(&self) -> &str {
        self.get(Lang::Id)
    }

    /// The English text.
    pub fn en(&self) -> &str {
        self.get(Lang::En)
    }
}

/// Rupiah with dots between thousands, as Indonesian budgets print them.
///
/// ```
/// assert_eq!(egov_masterplan::text::rupiah(150_000_000), "Rp 150.000.000");
/// assert_eq!(egov_masterplan::text::rupiah(999), "Rp 999");
/// ```
pub fn rupiah(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::from("Rp ");
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    out
}

impl fmt::Display for Text {
    /// Writes the Indonesian text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Text::Plain(t) => s.serialize_str(t),
            Text::Bilingual { id, en } => {
                let mut m = s.serialize_map(Some(2))?;
                m.serialize_entry("id", id)?;
                m.serialize_entry("en", en)?;
                m.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(r#"a string or {"id": "…", "en": "…"}"#)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text::Plain(v.to_owned()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Text, E> {
                Ok(Text::Plain(v))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let (mut id, mut en) = (None::<String>, None::<String>);
                while let Some(key) = map.next_key::<String>()? {
                    let slot = match key.as_str() {
                        "id" => &mut id,
                        "en" => &mut en,
                        other => return Err(de::Error::unknown_field(other, &["id", "en"])),
                    };
                    if slot.is_some() {
                        return Err(de::Error::custom(format!("duplicate field `{key}`")));
                    }
                    *slot = Some(map.next_value()?);
                }
                match (id, en) {
                    (Some(id), Some(en)) => Ok(Text::Bilingual { id, en }),
                    (None, _) => Err(de::Error::missing_field("id")),
                    (_, None) => Err(de::Error::missing_field("en")),
                }
            }
        }
        d.deserialize_any(TextVisitor)
    }
}
