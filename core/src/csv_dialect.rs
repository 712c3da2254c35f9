//! CSV as people produce it: the separator Excel chose for the regional
//! settings (`;` where the decimal mark is a comma, as in Indonesia), a
//! byte-order mark, Excel's `sep=` hint line, and text saved in Windows-1252
//! rather than UTF-8.

use std::borrow::Cow;

/// The separators a file may use, in the order a tie is decided.
pub(crate) const SEPARATORS: [u8; 3] = [b',', b';', b'\t'];

/// How a CSV text is laid out: its separator, and where its header starts
/// (after a byte-order mark and a `sep=` line).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Dialect {
    /// The field separator.
    pub separator: u8,
    /// Byte offset of the header line.
    pub start: usize,
    /// Lines before the header (1 for a `sep=` line), for row numbers.
    pub skipped_lines: u64,
}

/// The dialect of `text`: a first line `sep=X` names the separator (and
/// is skipped); otherwise the separator is whichever of `,` `;` tab occurs
/// most often, outside quotes, in the header line (a tie goes to the
/// earlier in [`SEPARATORS`]; none at all is `,`).
pub(crate) fn detect(text: &str) -> Dialect {
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let body = &text[bom..];
    let first_end = body.find('\n').unwrap_or(body.len());
    let first = body[..first_end].trim_end_matches('\r');
    if let Some(sep) = first.strip_prefix("sep=") {
        if let [b] = sep.as_bytes() {
            if SEPARATORS.contains(b) {
                let start = bom + (first_end + 1).min(body.len());
                return Dialect {
                    separator: *b,
                    start,
                    skipped_lines: 1,
                };
            }
        }
    }
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for b in header_line(body).bytes() {
        match b {
            b'"' => quoted = !quoted,
            _ if quoted => {}
            _ => {
                if let Some(k) = SEPARATORS.iter().position(|s| *s == b) {
                    counts[k] += 1;
                }
            }
        }
    }
    let mut best = 0;
    for k in 1..counts.len() {
        if counts[k] > counts[best] {
            best = k;
        }
    }
    Dialect {
        separator: SEPARATORS[best],
        start: bom,
        skipped_lines: 0,
    }
}

/// The header record's text: up to the first line end outside quotes.
fn header_line(body: &str) -> &str {
    let mut quoted = false;
    for (i, b) in body.bytes().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => return &body[..i],
            _ => {}
        }
    }
    body
}

/// The separator's name in messages.
pub(crate) fn separator_name(separator: u8) -> &'static str {
    match separator {
        b';' => "`;`",
        b'\t' => "tab",
        _ => "`,`",
    }
}

/// Bytes as text: UTF-8 when they are (a byte-order mark kept for
/// [`detect`]), else Windows-1252 (what Excel's "CSV" saves on Windows with
/// Indonesian or English settings), every byte a character.
pub(crate) fn decode(bytes: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Cow::Borrowed(text),
        Err(_) => Cow::Owned(bytes.iter().map(|&b| windows_1252(b)).collect()),
    }
}

/// One Windows-1252 byte as its character (the five bytes the code page
/// leaves undefined map to the C1 controls, as WHATWG's decoder does).
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// A whole number as a spreadsheet may print it: `3`, `3.0`, `3,0`, `3,00`
/// (Indonesian settings write a decimal comma). `Ok(None)` for an empty
/// cell; `Err` with what was wrong otherwise: a fraction (`3,5`) is not
/// rounded.
pub(crate) fn whole_number(cell: &str) -> Result<Option<i64>, String> {
    let cell = cell.trim();
    if cell.is_empty() {
        return Ok(None);
    }
    let (whole, fraction) = match cell.find([',', '.']) {
        Some(i) => (&cell[..i], &cell[i + 1..]),
        None => (cell, ""),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let unsigned = whole.strip_prefix('-').unwrap_or(whole);
    if !digits(unsigned) || !(fraction.is_empty() || digits(fraction)) || cell.ends_with([',', '.'])
    {
        return Err(format!("`{cell}` is not a whole number such as 3"));
    }
    if fraction.bytes().any(|b| b != b'0') {
        return Err(format!(
            "`{cell}` is not a whole number: levels are whole (3 or 3,0), never rounded"
        ));
    }
    whole
        .parse()
        .map(Some)
        .map_err(|_| format!("`{cell}` is too large"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_separator_is_the_headers_most_frequent() {
        assert_eq!(detect("subject,period,indicator,level\n").separator, b',');
        assert_eq!(detect("subject;period;indicator;level\r\n").separator, b';');
        assert_eq!(
            detect("subject\tperiod\tindicator\tlevel\n").separator,
            b'\t'
        );
        // Commas inside a quoted header name do not count.
        assert_eq!(detect("\"a,b,c\";period;level\n").separator, b';');
        // A byte-order mark is skipped; a tie goes to the comma.
        let d = detect("\u{feff}a;b,c\n");
        assert_eq!((d.separator, d.start), (b',', 3));
        assert_eq!(detect("").separator, b',');
        assert_eq!(detect("level\n3\n").separator, b',');
    }

    #[test]
    fn excels_sep_line_names_the_separator() {
        let text = "sep=;\nsubject,x;period\n";
        let d = detect(text);
        assert_eq!(
            (d.separator, &text[d.start..], d.skipped_lines),
            (b';', "subject,x;period\n", 1)
        );
        let crlf = "\u{feff}sep=\t\r\nsubject\tperiod\r\n";
        let d = detect(crlf);
        assert_eq!(
            (d.separator, &crlf[d.start..]),
            (b'\t', "subject\tperiod\r\n")
        );
        // Not a hint: an unknown separator is an ordinary header.
        assert_eq!(detect("sep=|\n").skipped_lines, 0);
    }

    #[test]
    fn windows_1252_is_decoded_when_the_bytes_are_not_utf8() {
        // "Dinas Perhubungan – Pemda" with an en dash (0x96) and "é" (0xE9).
        let bytes = b"Dinas Perhubungan \x96 caf\xe9 \x80";
        assert_eq!(decode(bytes), "Dinas Perhubungan – café €");
        assert!(matches!(decode("é".as_bytes()), Cow::Borrowed("é")));
        assert_eq!(decode(b"\x81\x8d"), "\u{81}\u{8d}");
    }

    #[test]
    fn whole_numbers_with_a_decimal_comma_or_point() {
        for (cell, value) in [("3", 3), ("3,0", 3), ("3.0", 3), (" 4,00 ", 4), ("-1", -1)] {
            assert_eq!(whole_number(cell), Ok(Some(value)), "{cell}");
        }
        assert_eq!(whole_number(""), Ok(None));
        let half = whole_number("3,5").unwrap_err();
        assert!(
            half.contains("`3,5` is not a whole number") && half.contains("never rounded"),
            "{half}"
        );
        for cell in ["tiga", "3,", ",5", "3,0,0", "1e3", "3 0", "+3"] {
            let e = whole_number(cell).unwrap_err();
            assert!(e.contains("is not a whole number"), "{cell}: {e}");
        }
        assert!(whole_number("99999999999999999999")
            .unwrap_err()
            .contains("too large"));
    }
}
