//! Text at the boundary: NFC normalisation, the diacritic fold used for search and name
//! matching (DOMAIN.md §f: đ→d included), inline `#tag`/`@unit` shorthand, and the
//! nearest-name suggestions shown in error messages. No I/O.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Unicode NFC, the form everything is stored in.
pub fn nfc(s: &str) -> String {
    // Text typed or imported is nearly always NFC already; the quick check (a table
    // lookup per character) proves it far cheaper than composing again.
    match unicode_normalization::is_nfc_quick(s.chars()) {
        unicode_normalization::IsNormalized::Yes => s.to_string(),
        _ => s.nfc().collect(),
    }
}

/// Folds Vietnamese text for matching: decompose, drop combining marks, map đ/Đ to d,
/// lowercase. "Sở Lao động" and "so lao dong" fold to the same string.
pub fn fold(s: &str) -> String {
    fold_by_char(s).unwrap_or_else(|| fold_nfd(s))
}

/// `fold` one character at a time: each character's full canonical decomposition, marks
/// dropped. This is exactly the NFD route whenever every character kept is a starter
/// (combining class 0), since NFD's reordering only moves non-starters and never across a
/// starter; otherwise None, and the caller takes the NFD route. About ten times cheaper
/// than the NFD iterator, which matters to the search index (`wl_fold` on every row of
/// an import, SPEC §10 P6).
fn fold_by_char(s: &str) -> Option<String> {
    use unicode_normalization::char::{canonical_combining_class, decompose_canonical};
    let mut out = String::with_capacity(s.len());
    let mut ok = true;
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        decompose_canonical(c, |d| {
            if is_combining_mark(d) {
                return;
            }
            if canonical_combining_class(d) != 0 {
                ok = false;
            }
            match d {
                'đ' | 'Đ' => out.push('d'),
                _ => out.extend(d.to_lowercase()),
            }
        });
        if !ok {
            return None;
        }
    }
    Some(out)
}

/// The definition of `fold`: NFD, marks dropped, đ→d, lowercase.
fn fold_nfd(s: &str) -> String {
    s.nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            'đ' | 'Đ' => 'd',
            _ => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// A tag as stored: trimmed, without a leading `#`, NFC, lowercase.
pub fn tag(s: &str) -> String {
    nfc(s.trim().trim_start_matches('#')).to_lowercase()
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
    fn fold_by_char_is_the_nfd_fold() {
        // Every character of the scripts a worklog holds (and Hangul and compatibility
        // singletons, whose decompositions are special), alone and after a letter and
        // before a mark: wherever the fast route answers, it answers as NFD does.
        let chars = (0u32..0x3000)
            .chain(0xAC00..0xAD00)
            .chain(0xF900..0xFB50)
            .filter_map(char::from_u32);
        for c in chars {
            for s in [
                c.to_string(),
                format!("a{c}\u{301}"),
                format!("{c}\u{323}\u{302}Ơ"),
            ] {
                if let Some(fast) = fold_by_char(&s) {
                    assert_eq!(fast, fold_nfd(&s), "{:?}", s);
                }
            }
        }
        // The fast route takes all of Vietnamese, precomposed or not.
        let nfd: String = "Đường Nguyễn Huệ, Thừa Thiên-Huế".nfd().collect();
        assert_eq!(
            fold_by_char(&nfd).as_deref(),
            Some("duong nguyen hue, thua thien-hue")
        );
    }

    proptest::proptest! {
        #[test]
        fn fold_by_char_agrees_with_nfd(s in "[a-zA-Z0-9 đĐơƠưƯăĂâÂêÊôÔàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ\u{300}-\u{36f}\u{1dc0}-\u{1dff}\u{0591}-\u{05c7}\u{0e30}-\u{0e4e}\u{ac00}-\u{ac20}\u{f900}-\u{f910}]{0,40}") {
            if let Some(fast) = fold_by_char(&s) {
                proptest::prop_assert_eq!(fast, fold_nfd(&s));
            }
            proptest::prop_assert_eq!(fold(&s), fold_nfd(&s));
        }
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

/// Where the words of a search occur in an ORIGINAL (unfolded) text: byte ranges of
/// `original`, in order, merged when adjacent. A token of the text matches when its fold
/// equals a token of one of `words` (already folded query words), as FTS5 matches whole
/// tokens. The text is folded one char at a time (a char folds to zero or more chars),
/// and each folded byte remembers the original char it came from, so the ranges land on
/// original char boundaries whatever the text's normal form.
pub fn match_spans(original: &str, words: &[String]) -> Vec<(usize, usize)> {
    let wanted: Vec<&str> = words
        .iter()
        .flat_map(|w| w.split(|c: char| !c.is_alphanumeric()))
        .filter(|t| !t.is_empty())
        .collect();
    if wanted.is_empty() {
        return Vec::new();
    }
    // folded text; for each folded byte, the index in `chars` of the char it came from
    let chars: Vec<(usize, char)> = original.char_indices().collect();
    let mut folded = String::with_capacity(original.len());
    let mut owner: Vec<usize> = Vec::with_capacity(original.len());
    let mut buf = [0u8; 4];
    for (i, (_, c)) in chars.iter().enumerate() {
        let f = fold(c.encode_utf8(&mut buf));
        folded.push_str(&f);
        owner.extend(std::iter::repeat_n(i, f.len()));
    }
    let char_end = |i: usize| chars.get(i + 1).map_or(original.len(), |(b, _)| *b);
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut start: Option<usize> = None;
    let ends = folded
        .char_indices()
        .map(|(b, c)| (b, Some(c)))
        .chain(std::iter::once((folded.len(), None)));
    for (b, c) in ends {
        let inside = c.is_some_and(char::is_alphanumeric);
        match (start, inside) {
            (None, true) => start = Some(b),
            (Some(a), false) => {
                start = None;
                if wanted.contains(&&folded[a..b]) {
                    let first = owner[a];
                    let mut last = owner[b - 1];
                    // marks that fold to nothing belong to the letter before them
                    while last + 1 < chars.len() && fold(chars[last + 1].1.encode_utf8(&mut buf)).is_empty() {
                        last += 1;
                    }
                    let (s, e) = (chars[first].0, char_end(last));
                    match spans.last_mut() {
                        Some(prev) if prev.1 >= s => prev.1 = prev.1.max(e),
                        _ => spans.push((s, e)),
                    }
                }
            }
            _ => {}
        }
    }
    spans
}

/// Wraps the given byte ranges of `text` in `before`/`after` (e.g. terminal colour codes).
pub fn highlight(text: &str, spans: &[(usize, usize)], before: &str, after: &str) -> String {
    let mut out = String::with_capacity(text.len() + spans.len() * (before.len() + after.len()));
    let mut at = 0;
    for &(s, e) in spans {
        if s < at || e > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        out.push_str(&text[at..s]);
        out.push_str(before);
        out.push_str(&text[s..e]);
        out.push_str(after);
        at = e;
    }
    out.push_str(&text[at..]);
    out
}

/// A window of at most `width` chars of `text` around its first match, with `…` where
/// text was cut; the whole text (newlines as spaces) when it is short enough.
pub fn snippet(text: &str, words: &[String], width: usize) -> String {
    let flat: String = text
        .chars()
        .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
        .collect();
    let n = flat.chars().count();
    if n <= width {
        return flat;
    }
    let first = match_spans(&flat, words).first().map_or(0, |s| s.0);
    let first_char = flat[..first].chars().count();
    let start = first_char.saturating_sub(width / 4).min(n - width);
    let body: String = flat.chars().skip(start).take(width).collect();
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.push_str(body.trim());
    if start + width < n {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod highlight_tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    fn marked(text: &str, query: &str) -> String {
        let words: Vec<String> = fold(query).split_whitespace().map(str::to_string).collect();
        highlight(text, &match_spans(text, &words), "[", "]")
    }

    #[test]
    fn highlights_the_original_vietnamese_words() {
        assert_eq!(marked("Tham mưu văn bản", "tham muu"), "[Tham] [mưu] văn bản");
        assert_eq!(marked("Sửa đường Nguyễn Huệ", "duong"), "Sửa [đường] Nguyễn Huệ");
        assert_eq!(marked("Đà Nẵng, đà nẵng", "DA NANG"), "[Đà] [Nẵng], [đà] [nẵng]");
    }

    #[test]
    fn whole_tokens_only_like_fts5() {
        assert_eq!(marked("họp hợp tác", "hop"), "[họp] [hợp] tác");
        assert_eq!(marked("hopdong hop", "hop"), "hopdong [hop]");
    }

    #[test]
    fn document_numbers_split_like_the_tokenizer() {
        assert_eq!(
            marked("Theo 45/2022/QĐ-UBND ngày 1/1", "QD-UBND"),
            "Theo 45/2022/[QĐ]-[UBND] ngày 1/1"
        );
    }

    #[test]
    fn decomposed_text_keeps_its_marks_inside_the_highlight() {
        let nfd = |s: &str| s.nfd().collect::<String>();
        let text = nfd("tham mưu quốc lộ");
        assert_eq!(
            marked(&text, "muu lo"),
            format!("tham [{}] {} [{}]", nfd("mưu"), nfd("quốc"), nfd("lộ"))
        );
    }

    #[test]
    fn no_words_no_marks_and_hostile_text_survives() {
        assert_eq!(marked("a \u{301}b", ""), "a \u{301}b");
        assert_eq!(marked("\u{301}\u{301}x", "x"), "\u{301}\u{301}[x]");
        assert_eq!(marked("", "x"), "");
    }

    #[test]
    fn snippet_centres_on_the_first_match() {
        let text = format!("{} tham mưu {}", "a ".repeat(100), "b ".repeat(100));
        let words = vec!["muu".to_string()];
        let s = snippet(&text, &words, 40);
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert!(s.contains("mưu"), "{s}");
        assert_eq!(snippet("ngắn\ngọn", &words, 40), "ngắn gọn");
    }
}
