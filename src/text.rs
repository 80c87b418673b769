//! Text at the boundary: NFC normalisation, the diacritic fold used for search and name
//! matching (DOMAIN.md §f: đ→d included), inline `#tag`/`@unit` shorthand, and the
//! nearest-name suggestions shown in error messages. No I/O.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Unicode NFC, the form everything is stored in.
pub fn nfc(s: &str) -> String {
    s.nfc().collect()
}

/// Folds Vietnamese text for matching: decompose, drop combining marks, map đ/Đ to d,
/// lowercase. "Sở Lao động" and "so lao dong" fold to the same string.
pub fn fold(s: &str) -> String {
    s.nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            'đ' | 'Đ' => 'd',
            _ => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Removes control characters (other than newline and tab) that a terminal would act on.
pub fn clean(s: &str) -> String {
    nfc(s)
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect()
}

/// What inline shorthand found in a text.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Shorthand {
    pub tags: Vec<String>,
    pub units: Vec<String>,
}

/// Finds `#tag` and `@alias` words. A `#` or `@` must start a word and be followed by a
/// letter or digit; `#12` is read as a tag only when it has a letter (so "#12" stays an id
/// reference in prose). Trailing punctuation is not part of the name.
pub fn shorthand(text: &str) -> Shorthand {
    let mut out = Shorthand::default();
    for word in text.split_whitespace() {
        let Some(first) = word.chars().next() else {
            continue;
        };
        if first != '#' && first != '@' {
            continue;
        }
        let name: String = word[first.len_utf8()..]
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_string();
        if name.is_empty() || !name.chars().all(|c| c.is_alphanumeric() || "-_.".contains(c)) {
            continue;
        }
        if first == '#' {
            if !name.chars().any(char::is_alphabetic) {
                continue;
            }
            let tag = nfc(&name.to_lowercase());
            if !out.tags.contains(&tag) {
                out.tags.push(tag);
            }
        } else {
            let unit = nfc(&name.to_lowercase());
            if !out.units.contains(&unit) {
                out.units.push(unit);
            }
        }
    }
    out
}

/// Levenshtein distance on chars.
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// The known names closest to `input` (diacritic- and case-insensitive), best first, at
/// most three. A name matches when it is within a third of its length in edits, shares a
/// prefix, or has the same letters in another order (`ldtbhx` → `ldtbxh`).
pub fn suggest<'a>(input: &str, known: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let q = fold(input);
    let mut sorted_q: Vec<char> = q.chars().collect();
    sorted_q.sort_unstable();
    let mut scored: Vec<(usize, String)> = known
        .into_iter()
        .filter_map(|name| {
            let f = fold(name);
            let d = distance(&q, &f);
            let mut sorted_f: Vec<char> = f.chars().collect();
            sorted_f.sort_unstable();
            let limit = (f.chars().count().max(q.chars().count()) / 3).max(1);
            let anagram = sorted_f == sorted_q;
            let prefix = !q.is_empty() && (f.starts_with(&q) || q.starts_with(&f));
            if d <= limit || anagram || prefix || f.contains(&q) {
                Some((if anagram { d.min(1) } else { d }, name.to_string()))
            } else {
                None
            }
        })
        .collect();
    scored.sort();
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().take(3).map(|(_, n)| n).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_strips_every_vietnamese_mark_and_d_bar() {
        assert_eq!(
            fold("Sở Lao động - Thương binh và Xã hội"),
            "so lao dong - thuong binh va xa hoi"
        );
        assert_eq!(fold("Đà Nẵng"), "da nang");
        assert_eq!(fold("QĐ-UBND"), "qd-ubnd");
        assert_eq!(fold("tham mưu"), "tham muu");
        assert_eq!(
            fold("ắằẳẵặấầẩẫậếềểễệốồổỗộớờởỡợứừửữự"),
            "aaaaaaaaaaeeeeeoooooooooouuuuu"
        );
    }

    #[test]
    fn fold_treats_nfd_like_nfc() {
        let nfd: String = "Đường Nguyễn Huệ".nfd().collect();
        assert_ne!(nfd, "Đường Nguyễn Huệ");
        assert_eq!(fold(&nfd), fold("Đường Nguyễn Huệ"));
        assert_eq!(fold(&nfd), "duong nguyen hue");
    }

    #[test]
    fn nfc_composes_decomposed_input() {
        let nfd: String = "Đà Nẵng".nfd().collect();
        assert_eq!(nfd.chars().count(), 10);
        assert_eq!(nfc(&nfd), "Đà Nẵng");
        assert_eq!(nfc(&nfd).chars().count(), 7);
    }

    #[test]
    fn shorthand_finds_tags_and_units() {
        let s = shorthand("Họp #giao-ban với @ldtbxh, @yte. Xem #12 và email@x");
        assert_eq!(s.tags, vec!["giao-ban"]);
        assert_eq!(s.units, vec!["ldtbxh", "yte"]);
    }

    #[test]
    fn suggest_finds_transpositions_and_diacritics() {
        let known = ["ldtbxh", "yte", "gddt"];
        assert_eq!(suggest("ldtbhx", known), vec!["ldtbxh"]);
        assert_eq!(suggest("tham muu", ["tham mưu", "họp"]), vec!["tham mưu"]);
        assert!(suggest("zzzzzz", known).is_empty());
    }

    #[test]
    fn clean_drops_control_characters() {
        assert_eq!(clean("a\u{1b}[31mb\tc\n"), "a[31mb\tc\n");
    }
}

/// The search key of a document number: folded, uppercase, without spaces and dashes,
/// so that `QD-UBND` finds `QĐ-UBND` (DOMAIN.md §d).
pub fn doc_key(number: &str) -> String {
    fold(number)
        .chars()
        .filter(|c| {
            !c.is_whitespace() && *c != '-' && !('\u{2010}'..='\u{2015}').contains(c) && *c != '\u{2212}'
        })
        .flat_map(char::to_uppercase)
        .collect()
}

#[cfg(test)]
mod doc_key_tests {
    #[test]
    fn doc_key_ignores_marks_dashes_and_case() {
        assert_eq!(
            super::doc_key("45/2022/QĐ-UBND"),
            super::doc_key("45/2022/qd-ubnd")
        );
        assert_eq!(super::doc_key("45/2022/QĐ-UBND"), "45/2022/QDUBND");
    }
}
