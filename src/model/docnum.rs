//! Vietnamese document numbers (số, ký hiệu văn bản, DOMAIN.md §d): normalising what a
//! user typed and checking it against the STATE form (`123/UBND-KT`, `45/2022/QĐ-UBND`,
//! `45/2019/QH14`) and the PARTY form (`18-NQ/TW`). The matcher is written by hand — it
//! is the DOMAIN.md regex, step by step — because the `regex` crate is not otherwise in
//! the dependency tree. Pure: no I/O, no messages; callers turn `None` into an error.

use unicode_normalization::UnicodeNormalization;

/// The parts of a valid number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocNumber {
    /// The normalised number as it is stored and shown.
    pub text: String,
    /// The sequence number (`45`).
    pub so: String,
    /// The year, for legal normative documents (`2022`).
    pub year: Option<u16>,
    /// A party document (`18-NQ/TW`).
    pub party: bool,
}

/// Normalises a typed number: NFC; the dashes U+2010–2015 and the minus U+2212 become
/// `-`; spaces around `/` and `-` go; an optional leading `Số:` (or `So:`) goes.
pub fn normalize(input: &str) -> String {
    let s: String = input
        .nfc()
        .map(|c| match c {
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            c => c,
        })
        .collect();
    let s = s.trim();
    // "Số" in any case, with or without its marks ("So: 12/UBND" typed without them).
    let prefix_len: usize = s.chars().take(2).map(char::len_utf8).sum();
    let s = Some(s)
        .filter(|s| crate::text::fold(&s[..prefix_len]) == "so")
        .map(|s| &s[prefix_len..])
        .map(|rest| rest.trim_start().trim_start_matches(':').trim_start())
        .filter(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
        .unwrap_or(s);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if (c == '/' || c == '-') && out.ends_with(char::is_whitespace) {
            let keep = out.trim_end().len();
            out.truncate(keep);
        }
        if c.is_whitespace() && (out.ends_with('/') || out.ends_with('-')) {
            continue;
        }
        out.push(c);
    }
    out
}

/// Checks a normalised number; `None` when it is not in one of the accepted forms.
pub fn parse(input: &str) -> Option<DocNumber> {
    let mut text = normalize(input);
    let mut digits = text.chars().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=6).contains(&digits) {
        return None;
    }
    // Numbers below 10 take a leading zero (DOMAIN.md §d): `5/UBND-KT` is `05/UBND-KT`.
    if digits == 1 {
        text.insert(0, '0');
        digits = 2;
    }
    let so = &text[..digits];
    let rest = &text[digits..];
    if let Some(rest) = rest.strip_prefix('/') {
        // STATE: so[/year]/symbol. A year is four digits starting 19 or 20 and followed
        // by '/'; a symbol never starts with a digit, so this choice is unambiguous.
        let (year, symbol) = match rest.split_once('/') {
            Some((y, sym)) if is_year(y) => (y.parse::<u16>().ok(), sym),
            _ => (None, rest),
        };
        if !symbol_ok(symbol, true) {
            return None;
        }
        return Some(DocNumber {
            so: so.to_string(),
            year,
            party: false,
            text,
        });
    }
    if let Some(rest) = rest.strip_prefix('-') {
        // PARTY: so-type/body, the type one group starting with a capital.
        let (kind, body) = rest.split_once('/')?;
        if kind.contains('-') || !group_ok(kind, true) || !symbol_ok(body, true) {
            return None;
        }
        return Some(DocNumber {
            so: so.to_string(),
            year: None,
            party: true,
            text,
        });
    }
    None
}

fn is_year(s: &str) -> bool {
    s.len() == 4 && s.chars().all(|c| c.is_ascii_digit()) && (s.starts_with("19") || s.starts_with("20"))
}

/// `\p{Lu}[\p{L}0-9]*(?:-\p{L}[\p{L}0-9]*)*`: groups joined by '-', each starting with a
/// letter; the first with a capital when `upper_first`.
fn symbol_ok(s: &str, upper_first: bool) -> bool {
    s.split('-')
        .enumerate()
        .all(|(i, g)| group_ok(g, upper_first && i == 0))
}

fn group_ok(g: &str, upper: bool) -> bool {
    let mut chars = g.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let first_ok = if upper {
        first.is_uppercase()
    } else {
        first.is_alphabetic()
    };
    first_ok && chars.all(|c| c.is_alphabetic() || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::doc_key;
    use proptest::prelude::*;

    #[test]
    fn accepts_the_documented_forms() {
        for n in [
            "123/UBND-KT",
            "8056/VPCP-KGVX",
            "15/BC-UBND",
            "234/QĐ-TTg",
            "04/TTr-SNgV",
            "1270/BC-TCTTTg",
            "45/2022/QĐ-UBND",
            "30/2020/NĐ-CP",
            "01/2018/TT-VPCP",
            "07/2023/NQ-HĐND",
            "55/2005/TTLT-BNV-VPCP",
            "45/2019/QH14",
            "64/2025/QH15",
            "02/2022/UBTVQH15",
            "18-NQ/TW",
            "86-KH/TU",
            "35-KL/TW",
        ] {
            let p = parse(n).unwrap_or_else(|| panic!("{n} should be accepted"));
            assert_eq!(p.text, n);
        }
        assert_eq!(parse("45/2022/QĐ-UBND").unwrap().year, Some(2022));
        assert!(parse("18-NQ/TW").unwrap().party);
        assert_eq!(parse("234/QĐ-TTg").unwrap().year, None);
    }

    #[test]
    fn normalises_spaces_dashes_and_the_so_prefix() {
        assert_eq!(parse("45 / 2022 / QĐ – UBND").unwrap().text, "45/2022/QĐ-UBND");
        assert_eq!(parse("Số: 123/UBND-KT").unwrap().text, "123/UBND-KT");
        assert_eq!(parse("so 123/UBND-KT").unwrap().text, "123/UBND-KT");
        assert_eq!(parse("18 \u{2212} NQ/TW").unwrap().text, "18-NQ/TW");
        let nfd: String = "45/2022/QĐ-UBND".nfd().collect();
        assert_eq!(parse(&nfd).unwrap().text, "45/2022/QĐ-UBND");
    }

    #[test]
    fn rejects_malformed_numbers() {
        for n in [
            "",
            "123/ubnd-kt",
            "/UBND",
            "123/UBND-",
            "123/",
            "UBND-KT",
            "1234567/UBND",
            "123/2022",
            "123/2022/",
            "123//UBND",
            "123/UBND--KT",
            "123/-UBND",
            "18-nq/TW",
            "18-NQ-X/TW",
            "18-NQ/",
            "18-/TW",
            "12 3/UBND",
            "123/UBND KT",
            "123/UB.ND",
        ] {
            assert!(parse(n).is_none(), "{n:?} should be rejected");
        }
    }

    #[test]
    fn numbers_below_ten_take_a_leading_zero() {
        assert_eq!(parse("5/UBND-KT").unwrap().text, "05/UBND-KT");
        assert_eq!(parse("7/2023/NQ-HĐND").unwrap().so, "07");
        assert_eq!(parse("Số: 4 / TTr – SNgV").unwrap().text, "04/TTr-SNgV");
        assert_eq!(parse("45/2022/QĐ-UBND").unwrap().text, "45/2022/QĐ-UBND");
    }

    fn strip_marks(s: &str) -> String {
        s.nfd()
            .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
            .map(|c| match c {
                'đ' => 'd',
                'Đ' => 'D',
                c => c,
            })
            .collect()
    }

    proptest! {
        #[test]
        fn never_panics(s in any::<String>()) {
            let _ = parse(&s);
            let _ = normalize(&s);
        }

        #[test]
        fn accepted_keys_are_stable_without_diacritics(
            s in "(Số: )?[0-9]{1,6}(/(19|20)[0-9]{2})?/[A-ZĐ][A-Za-zĐđƯưỐố0-9]{0,5}(-[A-Za-zĐđ][A-Za-zĐđ0-9]{0,4}){0,2}"
        ) {
            let p = parse(&s);
            prop_assert!(p.is_some(), "{} should be accepted", s);
            let p = p.unwrap();
            prop_assert_eq!(doc_key(&p.text), doc_key(&strip_marks(&p.text)));
            // the key of what is stored is the key of the number typed without marks
            let plain = parse(&strip_marks(&s)).map(|p| p.text).unwrap_or_default();
            prop_assert_eq!(doc_key(&p.text), doc_key(&plain));
        }

        #[test]
        fn party_numbers_are_accepted(s in "[0-9]{1,6}-[A-Z][A-Za-z]{0,3}/[A-Z][A-Z]{0,3}") {
            prop_assert!(parse(&s).is_some_and(|p| p.party));
        }
    }
}
