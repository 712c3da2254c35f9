//! Forgiving institution names: what a person types ("kab bolaang
//! mongondow") matched against what the report prints ("Pemerintah Kab.
//! Bolaang Mongondow").

/// The comparable form of a name: lower case, one space between words,
/// punctuation as spaces, `kab`/`kabupaten` as one word, a leading
/// `pemerintah` dropped, `prov`/`provinsi` as one word.
pub(crate) fn normalize(name: &str) -> String {
    let lower = name.to_lowercase();
    let spaced: String = lower
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let mut words: Vec<&str> = spaced
        .split_whitespace()
        .map(|w| match w {
            "kab" | "kabupaten" => "kabupaten",
            "prov" | "provinsi" => "provinsi",
            other => other,
        })
        .collect();
    if words.first() == Some(&"pemerintah") {
        words.remove(0);
    }
    words.join(" ")
}

/// A normalized name without its leading kind (`kabupaten`, `kota`,
/// `provinsi`).
pub(crate) fn without_kind(normalized: &str) -> &str {
    ["kabupaten ", "kota ", "provinsi "]
        .iter()
        .find_map(|k| normalized.strip_prefix(k))
        .unwrap_or(normalized)
}

/// The names most like `wanted` (already normalized), best first: at most
/// five, by edit distance between the normalized forms.
pub(crate) fn closest<'a>(wanted: &str, names: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut scored: Vec<(usize, &str)> = names
        .map(|n| (distance(wanted, &normalize(n)), n))
        .collect();
    scored.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(b.1)));
    scored.dedup_by(|a, b| a.1 == b.1);
    scored
        .into_iter()
        .take(5)
        .map(|(_, n)| n.to_owned())
        .collect()
}

/// Levenshtein distance over characters (two rows of memory).
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        current[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(ca != *cb);
            current[j + 1] = substitute.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_matched_forgivingly() {
        let printed = normalize("Pemerintah Kab. Bolaang Mongondow");
        assert_eq!(printed, "kabupaten bolaang mongondow");
        for typed in [
            "Kabupaten Bolaang Mongondow",
            "kab bolaang  mongondow",
            "KAB. BOLAANG MONGONDOW",
            " Pemerintah Kabupaten Bolaang Mongondow ",
        ] {
            assert_eq!(normalize(typed), printed, "{typed}");
        }
        assert_eq!(
            normalize("Pemerintah Provinsi Sulawesi Utara"),
            normalize("Prov. Sulawesi Utara")
        );
        assert_ne!(
            normalize("Kota Kotamobagu"),
            normalize("Kab. Bolaang Mongondow")
        );
    }

    #[test]
    fn distance_and_closest() {
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("", "abc"), 3);
        let names = [
            "Pemerintah Kab. Bolaang Mongondow",
            "Pemerintah Kota Kotamobagu",
            "Pemerintah Kab. Bolaang Mongondow Utara",
        ];
        let best = closest(&normalize("Kab. Bolang Mongondow"), names.into_iter());
        assert_eq!(best[0], "Pemerintah Kab. Bolaang Mongondow");
        assert_eq!(best.len(), 3);
    }
}
