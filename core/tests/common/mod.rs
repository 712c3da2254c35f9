//! Checkers shared by the integration tests: strict XML and DOT syntax, and
//! ArchiMate schema validation.

#![allow(dead_code)]

use quick_xml::events::Event;
use std::path::PathBuf;
use std::process::Command;

/// The Open Group schemas and Archi's relationship table, vendored in
/// `core/tests/data/archimate` (origin and licences in its README.md).
pub const SCHEMAS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/archimate");

/// Well-formed XML with no script-capable element and no event attribute;
/// returns the decoded text and attribute values.
pub fn xml(kind: &str, doc: &str) -> String {
    let mut reader = quick_xml::Reader::from_str(doc);
    let mut seen = String::new();
    loop {
        match reader.read_event() {
            Ok(Event::Eof) => break,
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => {
                seen.push('\n');
                let name = String::from_utf8_lossy(e.local_name().as_ref()).to_lowercase();
                assert!(
                    ![
                        "script",
                        "img",
                        "iframe",
                        "object",
                        "embed",
                        "foreignobject"
                    ]
                    .contains(&name.as_str()),
                    "{kind}: element <{name}> injected"
                );
                for a in e.attributes() {
                    let a = a.unwrap_or_else(|err| panic!("{kind}: bad attribute: {err}"));
                    let key = String::from_utf8_lossy(a.key.as_ref()).to_lowercase();
                    assert!(!key.starts_with("on"), "{kind}: event attribute {key}");
                    seen.push_str(
                        &a.unescape_value()
                            .unwrap_or_else(|err| panic!("{kind}: {err}")),
                    );
                    seen.push('\n');
                }
            }
            // Text arrives in pieces around entity references: no separator.
            Ok(Event::Text(t)) => {
                seen.push_str(&t.decode().unwrap_or_else(|err| panic!("{kind}: {err}")))
            }
            Ok(Event::End(_)) => seen.push('\n'),
            Ok(Event::GeneralRef(r)) => {
                let name = String::from_utf8_lossy(r.as_ref()).to_string();
                let c = match name.as_str() {
                    "lt" => "<".to_owned(),
                    "gt" => ">".to_owned(),
                    "amp" => "&".to_owned(),
                    "quot" => "\"".to_owned(),
                    "apos" => "'".to_owned(),
                    other => {
                        let code = other
                            .strip_prefix("#x")
                            .map(|h| u32::from_str_radix(h, 16))
                            .or_else(|| other.strip_prefix('#').map(str::parse));
                        match code {
                            Some(Ok(c)) => char::from_u32(c).map(String::from).unwrap_or_default(),
                            _ => panic!("{kind}: unknown entity &{other};"),
                        }
                    }
                };
                seen.push_str(&c);
            }
            Ok(Event::CData(_)) => panic!("{kind}: CDATA section injected"),
            Ok(_) => {}
            Err(e) => panic!(
                "{kind}: not well-formed at {}: {e}\n{doc}",
                reader.error_position()
            ),
        }
    }
    seen
}

/// Every DOT string is closed on its own line; returns the strings,
/// unescaped.
pub fn dot(doc: &str) -> String {
    let mut out = String::new();
    for line in doc.lines() {
        let mut chars = line.chars();
        let mut inside = false;
        while let Some(c) = chars.next() {
            match (inside, c) {
                (true, '\\') => out.push(chars.next().unwrap_or(' ')),
                (true, '"') => {
                    inside = false;
                    out.push('\n');
                }
                (true, c) => out.push(c),
                (false, '"') => inside = true,
                (false, c) => assert!(
                    !"<>".contains(c) || line.contains("->"),
                    "markup outside strings: {line}"
                ),
            }
        }
        assert!(!inside, "a DOT string runs past its line: {line}");
    }
    out
}

/// Validates `xml` with xmllint against `archimate3_Diagram.xsd`, offline.
pub fn xmllint_validate(name: &str, xml: &str) {
    let version = Command::new("xmllint").arg("--version").output();
    assert!(
        version.is_ok_and(|o| o.status.success()),
        "xmllint not found: install libxml2-utils (apt-get install -y libxml2-utils) \
         to validate the ArchiMate export"
    );
    let schemas = std::fs::canonicalize(SCHEMAS).unwrap_or_else(|e| panic!("{SCHEMAS}: {e}"));
    let file: PathBuf = [
        env!("CARGO_TARGET_TMPDIR"),
        &format!("archimate-{name}.xml"),
    ]
    .iter()
    .collect();
    std::fs::write(&file, xml).unwrap();
    let out = Command::new("xmllint")
        .args(["--nonet", "--noout", "--schema"])
        .arg(schemas.join("archimate3_Diagram.xsd"))
        .arg(&file)
        .env("XML_CATALOG_FILES", schemas.join("catalog.xml"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{} does not validate (rc {:?}):\n{}",
        file.display(),
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
}
