//! Cells of a returned form as the reader sees them: A1 names, text, and
//! levels checked against the scale.

use crate::csv_dialect::whole_number;
use calamine::Data;

/// A cell's name in A1 notation: row and column 0-based (`(13, 3)` is
/// `D14`).
pub(super) fn cell_name(row: u32, col: u16) -> String {
    let mut letters = Vec::new();
    let mut n = u32::from(col) + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect::<String>() + &(row + 1).to_string()
}

/// A cell as text: strings trimmed, whole numbers without a point, other
/// numbers as Rust prints them; `None` when empty.
pub(super) fn text(cell: Option<&Data>) -> Option<String> {
    let s = match cell? {
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.trim().to_owned(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => d.as_f64().to_string(),
        Data::Error(e) => format!("#{e:?}"),
        Data::Empty => String::new(),
    };
    (!s.is_empty()).then_some(s)
}

/// A level cell: `Ok(None)` when empty, the level when it is a whole number
/// on the scale (a number, or text such as `3` or `3,0`), else what is
/// wrong with it.
pub(super) fn level(cell: Option<&Data>, min: u8, max: u8) -> Result<Option<i64>, String> {
    let value = match cell {
        None | Some(Data::Empty) => return Ok(None),
        Some(Data::Int(i)) => *i,
        Some(Data::Float(f)) if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e15 => *f as i64,
        Some(Data::Float(f)) => {
            return Err(format!(
                "level {f} is not a whole number: choose one of {min}–{max} from the list"
            ))
        }
        Some(Data::String(s)) => match whole_number(s) {
            Ok(None) => return Ok(None),
            Ok(Some(l)) => l,
            Err(_) => {
                return Err(format!(
                    "`{}` is not a level: choose one of {min}–{max} from the list",
                    s.trim()
                ))
            }
        },
        Some(other) => {
            let shown = text(Some(other)).unwrap_or_default();
            return Err(format!(
                "`{shown}` is not a level: choose one of {min}–{max} from the list"
            ));
        }
    };
    if value < i64::from(min) || value > i64::from(max) {
        return Err(format!("level {value} is outside {min}–{max}"));
    }
    Ok(Some(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_names() {
        assert_eq!(cell_name(0, 0), "A1");
        assert_eq!(cell_name(13, 3), "D14");
        assert_eq!(cell_name(0, 25), "Z1");
        assert_eq!(cell_name(1, 26), "AA2");
        assert_eq!(cell_name(9, 27), "AB10");
        assert_eq!(cell_name(0, 16383), "XFD1"); // Excel's last column
    }

    #[test]
    fn levels_as_spreadsheets_hold_them() {
        let s = |t: &str| Data::String(t.to_owned());
        assert_eq!(level(Some(&Data::Float(3.0)), 1, 5), Ok(Some(3)));
        assert_eq!(level(Some(&Data::Int(5)), 1, 5), Ok(Some(5)));
        assert_eq!(level(Some(&s(" 4 ")), 1, 5), Ok(Some(4)));
        assert_eq!(level(Some(&s("2,0")), 1, 5), Ok(Some(2)));
        assert_eq!(level(Some(&s("  ")), 1, 5), Ok(None));
        assert_eq!(level(None, 1, 5), Ok(None));
        assert_eq!(
            level(Some(&Data::Float(7.0)), 1, 5),
            Err("level 7 is outside 1–5".into())
        );
        assert_eq!(
            level(Some(&Data::Int(0)), 1, 5),
            Err("level 0 is outside 1–5".into())
        );
        assert!(level(Some(&Data::Float(3.5)), 1, 5)
            .unwrap_err()
            .contains("3.5 is not a whole number"));
        assert!(level(Some(&s("tiga")), 1, 5)
            .unwrap_err()
            .starts_with("`tiga` is not a level"));
        assert!(level(Some(&Data::Bool(true)), 1, 5)
            .unwrap_err()
            .starts_with("`true` is not a level"));
        assert!(level(Some(&Data::Float(f64::NAN)), 1, 5).is_err());
    }
}
