//! Text cells of the CSV the library writes, safe to open in a spreadsheet.
//!
//! A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
//! would be taken for a formula by Excel, LibreOffice or Google Sheets
//! (CSV formula injection, e.g. a note `=HYPERLINK(…)`); such a cell is
//! written with a leading apostrophe, which spreadsheets show as text. A
//! cell that itself starts with an apostrophe gets one too, so that the
//! library's CSV reader, which removes exactly one leading apostrophe before
//! one of those characters or another apostrophe, gets every text back
//! unchanged.

/// Characters that make a spreadsheet read a cell as a formula.
const TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// `s` as a CSV text cell (see the module docs).
pub(crate) fn write(s: &str) -> String {
    if s.starts_with(TRIGGERS) || s.starts_with('\'') {
        format!("'{s}")
    } else {
        s.to_owned()
    }
}

/// A text cell as [`write`] wrote it, back to the text.
pub(crate) fn read(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if rest.starts_with(TRIGGERS) || rest.starts_with('\'') => rest,
        _ => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_become_text_and_read_back() {
        for s in [
            "=cmd|' /C calc'!A0",
            "+1",
            "-2+3",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "'=x",
            "''",
            "'",
            "plain",
            "",
            "a=b",
        ] {
            assert_eq!(read(&write(s)), s, "{s:?}");
        }
        assert_eq!(write("=1+1"), "'=1+1");
        assert_eq!(write("'quoted"), "''quoted");
        assert_eq!(write("Dinas Kominfo"), "Dinas Kominfo");
        // A cell typed in a spreadsheet as '=x (shown there as =x) reads as =x.
        assert_eq!(read("'=x"), "=x");
        assert_eq!(read("'plain"), "'plain");
    }
}
