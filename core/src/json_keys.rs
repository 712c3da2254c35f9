//! Duplicate keys in a JSON document are an error, not "the last one wins".
//!
//! `serde_json` keeps the last value of a repeated key in a map (and a
//! document's `"I1": 3, …, "I1": 5` would score 5 without a word). Every
//! document the library reads is first walked once by [`reject_duplicate_keys`],
//! which names the repeated key, where it is (`$.levels`) and its line and
//! column. The scan keeps only each open object's keys.

use crate::error::{Error, Result};
use serde_json::{Map, Value};

/// An open object or array while scanning, with where inside it the scan
/// is: an object's keys seen, whether the next string is a key, and the key
/// whose value is being read; an array's current index.
enum Open {
    Object {
        // serde_json's map as the set of keys seen: the readers already
        // carry its code, so the scan adds little to the WebAssembly
        // modules.
        seen: Map<String, Value>,
        expecting_key: bool,
        key: Option<String>,
    },
    Array(usize),
}

/// The path of the innermost open container, as people read it: `$`,
/// `$.levels`, `$.nodes[3].children` (a key that is not a plain word in
/// brackets and quotes: `$["a b"]`).
fn path_text(outer: &[Open]) -> String {
    let mut s = String::from("$");
    for open in outer {
        match open {
            Open::Array(i) => {
                s.push('[');
                s.push_str(&i.to_string());
                s.push(']');
            }
            Open::Object { key: Some(k), .. }
                if !k.is_empty()
                    && k.bytes()
                        .all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-') =>
            {
                s.push('.');
                s.push_str(k);
            }
            Open::Object { key: Some(k), .. } => {
                // `["a b"]`, with `"` and `\` escaped as in JSON.
                s.push_str("[\"");
                for c in k.chars() {
                    if matches!(c, '"' | '\\') {
                        s.push('\\');
                    }
                    s.push(c);
                }
                s.push_str("\"]");
            }
            Open::Object { key: None, .. } => {}
        }
    }
    s
}

/// A scanner over the document's bytes that tracks line and column as
/// `serde_json` counts them (1-based; a column is a byte).
struct Scan<'a> {
    bytes: &'a [u8],
    at: usize,
    line: usize,
    column: usize,
}

impl Scan<'_> {
    fn next(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.at)?;
        self.at += 1;
        if b == b'\n' {
            self.line += 1;
            self.column = 0;
        } else {
            self.column += 1;
        }
        Some(b)
    }

    /// The rest of a string whose opening quote was read, unescaped
    /// (escapes decoded by `serde_json` itself); `None` when it is not a
    /// well-formed JSON string.
    fn string(&mut self) -> Option<String> {
        let start = self.at - 1;
        let mut escaped = false;
        loop {
            match self.next()? {
                b'"' => break,
                b'\\' => {
                    escaped = true;
                    self.next()?;
                }
                _ => {}
            }
        }
        let quoted = std::str::from_utf8(self.bytes.get(start..self.at)?).ok()?;
        if escaped {
            serde_json::from_str(quoted).ok()
        } else {
            quoted.get(1..quoted.len() - 1).map(str::to_owned)
        }
    }
}

/// Checks that no object of `json` repeats a key: an
/// [`Error::DuplicateKey`] naming the key, the path of its object and the
/// line and column of the second occurrence's closing quote otherwise.
/// Text that is not JSON is left to the reader that follows (its error is
/// the one people should see). A hand-written scan rather than a serde
/// visitor: it adds little to the WebAssembly modules.
pub(crate) fn reject_duplicate_keys(what: &str, json: &str) -> Result<()> {
    let mut scan = Scan {
        bytes: json.as_bytes(),
        at: 0,
        line: 1,
        column: 0,
    };
    let mut stack: Vec<Open> = Vec::new();
    while let Some(b) = scan.next() {
        match b {
            b'{' => stack.push(Open::Object {
                seen: Map::new(),
                expecting_key: true,
                key: None,
            }),
            b'[' => stack.push(Open::Array(0)),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Open::Object { expecting_key, .. }) => *expecting_key = true,
                Some(Open::Array(i)) => *i += 1,
                None => return Ok(()),
            },
            b'"' => {
                let Some(text) = scan.string() else {
                    return Ok(());
                };
                let depth = stack.len();
                if let Some(Open::Object {
                    seen,
                    expecting_key: expecting_key @ true,
                    key,
                }) = stack.last_mut()
                {
                    *expecting_key = false;
                    if seen.contains_key(&text) {
                        let outer = &stack[..depth - 1];
                        return Err(Error::DuplicateKey {
                            what: what.to_owned(),
                            key: text,
                            path: path_text(outer),
                            line: scan.line,
                            column: scan.column,
                        });
                    }
                    seen.insert(text.clone(), Value::Null);
                    *key = Some(text);
                }
            }
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn duplicate(json: &str) -> Option<(String, String, usize, usize)> {
        match reject_duplicate_keys("assessment", json) {
            Err(Error::DuplicateKey {
                key,
                path,
                line,
                column,
                ..
            }) => Some((key, path, line, column)),
            Err(e) => panic!("{e}"),
            Ok(()) => None,
        }
    }

    #[test]
    fn a_repeated_key_is_named_with_its_place() {
        // The issue's case: I1 rated twice; the second `"I1"` spans
        // columns 31–34.
        let doc = r#"{"levels": {"I1": 3, "I2": 4, "I1": 5}}"#;
        assert_eq!(
            duplicate(doc),
            Some(("I1".into(), "$.levels".into(), 1, 34))
        );
        // Line 2: ` {"id": "D2", "id": "D3"}]}`, the second `"id"` at 15–18.
        let nested = "{\"nodes\": [{\"id\": \"D1\"},\n {\"id\": \"D2\", \"id\": \"D3\"}]}";
        assert_eq!(
            duplicate(nested),
            Some(("id".into(), "$.nodes[1]".into(), 2, 18))
        );
        let odd = r#"{"a b": {"x": 1, "x": 2}}"#;
        assert_eq!(duplicate(odd).map(|d| d.1), Some(r#"$["a b"]"#.to_owned()));
        let top = r#"{"subject": "a", "subject": "b"}"#;
        assert_eq!(duplicate(top).map(|d| d.1), Some("$".to_owned()));
    }

    #[test]
    fn the_same_key_in_different_objects_is_fine() {
        assert_eq!(
            duplicate(r#"[{"id": 1}, {"id": 2}, {"a": {"id": 3}}]"#),
            None
        );
        assert_eq!(
            duplicate(r#"{"I1": 3, "i1": 3}"#),
            None,
            "keys are case-sensitive"
        );
        assert_eq!(duplicate("3"), None);
        assert_eq!(duplicate(""), None, "not JSON: the reader reports it");
        assert_eq!(duplicate(r#"{"a": 1,"#), None);
    }

    #[test]
    fn escaped_keys_are_compared_as_text() {
        // "\u0049\u0031" is "I1".
        let doc = r#"{"I1": 3, "\u0049\u0031": 5}"#;
        assert_eq!(duplicate(doc).map(|d| d.0), Some("I1".to_owned()));
        // A surrogate pair and the character it encodes.
        let pair = r#"{"😀": 1, "\ud83d\ude00": 2}"#;
        assert_eq!(duplicate(pair).map(|d| d.0), Some("😀".to_owned()));
        // Strings that are values, and escaped quotes, are not keys.
        let values = r#"{"a": "b", "c": ["a", "a"], "d": "\"a\"", "e": {"a": 1}}"#;
        assert_eq!(duplicate(values), None);
    }
}
