//! Text layout helpers shared by the example's sections.

/// At most `width` characters, with an ellipsis when cut.
pub fn clip(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        s.to_owned()
    } else {
        let head: String = s.chars().take(width.saturating_sub(1)).collect();
        format!("{head}…")
    }
}

/// Ids joined by commas, or a dash when there are none.
pub fn list(ids: &[&str]) -> String {
    if ids.is_empty() {
        "–".to_owned()
    } else {
        ids.join(", ")
    }
}

/// `prefix` then `text` wrapped at `width` columns, continuation lines
/// indented under the text.
pub fn wrapped(prefix: &str, text: &str, width: usize) {
    let head = format!("  {prefix}");
    let indent = head.chars().count();
    wrapped_at(&head, indent, text, width);
}

/// `head` then `text` wrapped at `width` columns, continuation lines
/// indented by `indent`.
pub fn wrapped_at(head: &str, indent: usize, text: &str, width: usize) {
    let mut line = head.to_owned();
    let mut empty = true;
    for word in text.split(' ') {
        if !empty && line.chars().count() + 1 + word.chars().count() > width {
            println!("{}", line.trim_end());
            line = " ".repeat(indent);
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    println!("{}", line.trim_end());
}
