//! Closed choices as the user types them (`--remedy`, `-p`, `--level`, a unit's `--kind`,
//! `search --in`, `export --what`, `plan week --carry`): the English key the SPEC names
//! and the store keeps, a Vietnamese key (`chi-dao`, `binh-thuong`, `trung-uong`), and the
//! words of both languages, compared without regard to case, diacritics, hyphens or
//! spaces (`Chỉ đạo`, `chi dao`, `CHI-DAO` are one answer). What is stored and printed in
//! JSON stays the English key.
//!
//! `ChoiceParser` is the clap value parser of such an option: its possible values, in
//! help and in parser errors, are the keys of the user's language.

use crate::i18n::{Lang, lang};
use crate::model::{DocLevel, Priority, Remedy, UnitKind};
use clap::builder::{PossibleValue, TypedValueParser};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use std::marker::PhantomData;

/// One value of a closed choice and the words that name it.
pub struct Form<T: 'static> {
    pub value: T,
    /// The key the SPEC names and the store keeps.
    pub en: &'static str,
    /// The Vietnamese key (ASCII, hyphenated), shown in Vietnamese help and hints.
    pub vi: &'static str,
    /// More words accepted, in either language (compared folded).
    pub also: &'static [&'static str],
}

/// A closed set of values the command line accepts.
pub trait Choice: Copy + PartialEq + Send + Sync + 'static {
    const FORMS: &'static [Form<Self>];
}

/// Text as compared: folded (no case, no diacritics, đ = d), every run of anything but
/// letters and digits one space.
pub fn norm(s: &str) -> String {
    crate::text::fold(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The value `input` names, in either language; `None` for anything else.
pub fn parse<T: Choice>(input: &str) -> Option<T> {
    let want = norm(input);
    if want.is_empty() {
        return None;
    }
    T::FORMS
        .iter()
        .find(|f| norm(f.en) == want || norm(f.vi) == want || f.also.iter().any(|a| norm(a) == want))
        .map(|f| f.value)
}

/// The key of `form` in `lang`.
fn key_in<T>(f: &Form<T>, lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => f.vi,
        Lang::En => f.en,
    }
}

/// The keys in the process language, in order.
pub fn names<T: Choice>() -> Vec<&'static str> {
    names_in::<T>(lang())
}

/// The keys in `lang`, in order.
pub fn names_in<T: Choice>(lang: Lang) -> Vec<&'static str> {
    T::FORMS.iter().map(|f| key_in(f, lang)).collect()
}

/// The keys in the process language, as a hint lists them: `chi-dao, hop, khac`.
pub fn listed<T: Choice>() -> String {
    names::<T>().join(", ")
}

/// The clap value parser of a closed choice.
#[derive(Clone)]
pub struct ChoiceParser<T>(PhantomData<T>);

impl<T> ChoiceParser<T> {
    pub fn new() -> ChoiceParser<T> {
        ChoiceParser(PhantomData)
    }
}

impl<T> Default for ChoiceParser<T> {
    fn default() -> Self {
        ChoiceParser::new()
    }
}

impl<T: Choice + Clone> TypedValueParser for ChoiceParser<T> {
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<T, clap::Error> {
        let text = value.to_string_lossy();
        if let Some(v) = parse::<T>(&text) {
            return Ok(v);
        }
        // The possible values are said again, in the user's language, when the error is
        // explained (cli_i18n reads them off the localized tree's option).
        let mut e = clap::Error::new(ErrorKind::InvalidValue).with_cmd(cmd);
        let arg = arg.map_or_else(|| "...".to_string(), |a| a.to_string());
        e.insert(ContextKind::InvalidArg, ContextValue::String(arg));
        e.insert(ContextKind::InvalidValue, ContextValue::String(text.into_owned()));
        e.insert(
            ContextKind::ValidValue,
            ContextValue::Strings(names::<T>().iter().map(|s| s.to_string()).collect()),
        );
        Err(e)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        let l = lang();
        let other = match l {
            Lang::Vi => Lang::En,
            Lang::En => Lang::Vi,
        };
        Some(Box::new(T::FORMS.iter().map(move |f| {
            PossibleValue::new(key_in(f, l)).alias(key_in(f, other))
        })))
    }
}

impl Choice for Remedy {
    const FORMS: &'static [Form<Remedy>] = &[
        Form {
            value: Remedy::Directive,
            en: "directive",
            vi: "chi-dao",
            also: &[
                "directing document",
                "van ban chi dao",
                "ban hanh van ban chi dao",
            ],
        },
        Form {
            value: Remedy::Meeting,
            en: "meeting",
            vi: "hop",
            also: &["to chuc hop", "cuoc hop"],
        },
        Form {
            value: Remedy::Other,
            en: "other",
            vi: "khac",
            also: &[],
        },
    ];
}

impl Choice for Priority {
    const FORMS: &'static [Form<Priority>] = &[
        Form {
            value: Priority::High,
            en: "high",
            vi: "cao",
            also: &["h"],
        },
        Form {
            value: Priority::Normal,
            en: "normal",
            vi: "binh-thuong",
            also: &["n", "vua", "trung binh"],
        },
        Form {
            value: Priority::Low,
            en: "low",
            vi: "thap",
            also: &["l"],
        },
    ];
}

impl Choice for DocLevel {
    const FORMS: &'static [Form<DocLevel>] = &[
        Form {
            value: DocLevel::Central,
            en: "central",
            vi: "trung-uong",
            also: &["tw"],
        },
        Form {
            value: DocLevel::Province,
            en: "province",
            vi: "tinh",
            also: &["provincial", "cap tinh"],
        },
        Form {
            value: DocLevel::Other,
            en: "other",
            vi: "khac",
            also: &[],
        },
    ];
}

impl Choice for UnitKind {
    const FORMS: &'static [Form<UnitKind>] = &[
        Form {
            value: UnitKind::Department,
            en: "department",
            vi: "so-nganh",
            also: &["so", "nganh", "so nganh"],
        },
        Form {
            value: UnitKind::Commune,
            en: "commune",
            vi: "xa-phuong",
            also: &["xa", "phuong", "xa phuong"],
        },
        Form {
            value: UnitKind::Province,
            en: "province",
            vi: "tinh",
            also: &[],
        },
        Form {
            value: UnitKind::Other,
            en: "other",
            vi: "khac",
            also: &[],
        },
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_keys_vietnamese_keys_and_words_all_parse() {
        for s in [
            "directive",
            "chi-dao",
            "chỉ đạo",
            "Chỉ Đạo",
            "CHI DAO",
            "văn bản chỉ đạo",
        ] {
            assert_eq!(parse::<Remedy>(s), Some(Remedy::Directive), "{s}");
        }
        for s in ["meeting", "hop", "họp", "HỌP"] {
            assert_eq!(parse::<Remedy>(s), Some(Remedy::Meeting), "{s}");
        }
        assert_eq!(parse::<Remedy>("khác"), Some(Remedy::Other));
        for s in ["normal", "binh-thuong", "bình thường", "Bình Thường", "n"] {
            assert_eq!(parse::<Priority>(s), Some(Priority::Normal), "{s}");
        }
        assert_eq!(parse::<Priority>("thấp"), Some(Priority::Low));
        assert_eq!(parse::<Priority>("Cao"), Some(Priority::High));
        assert_eq!(parse::<DocLevel>("trung ương"), Some(DocLevel::Central));
        assert_eq!(parse::<DocLevel>("tỉnh"), Some(DocLevel::Province));
        assert_eq!(parse::<UnitKind>("Sở, ngành"), Some(UnitKind::Department));
        assert_eq!(parse::<UnitKind>("xã-phường"), Some(UnitKind::Commune));
        assert_eq!(parse::<Remedy>("x"), None);
        assert_eq!(parse::<Remedy>(" - "), None);
    }

    #[test]
    fn the_keys_of_each_language() {
        assert_eq!(names_in::<Remedy>(Lang::Vi), ["chi-dao", "hop", "khac"]);
        assert_eq!(names_in::<Priority>(Lang::Vi), ["cao", "binh-thuong", "thap"]);
        assert_eq!(names_in::<DocLevel>(Lang::Vi), ["trung-uong", "tinh", "khac"]);
        assert_eq!(
            names_in::<UnitKind>(Lang::Vi),
            ["so-nganh", "xa-phuong", "tinh", "khac"]
        );
        assert_eq!(names_in::<Remedy>(Lang::En), Remedy::KEYS);
        assert_eq!(names_in::<Priority>(Lang::En), Priority::KEYS);
        assert_eq!(names_in::<DocLevel>(Lang::En), DocLevel::KEYS);
        assert_eq!(names_in::<UnitKind>(Lang::En), UnitKind::KEYS);
        // the English keys are the stored keys, in the same order
        for f in Remedy::FORMS {
            assert_eq!(f.value.as_str(), f.en);
        }
        for f in UnitKind::FORMS {
            assert_eq!(f.value.as_str(), f.en);
        }
        for f in DocLevel::FORMS {
            assert_eq!(f.value.as_str(), f.en);
        }
        for f in Priority::FORMS {
            assert_eq!(f.value.as_str(), f.en);
        }
    }

    #[test]
    fn every_key_is_unique_within_its_choice() {
        fn check<T: Choice>() {
            for f in T::FORMS {
                for w in [f.en, f.vi].iter().chain(f.also.iter()) {
                    assert!(parse::<T>(w) == Some(f.value), "{w} names another value first");
                }
            }
        }
        check::<Remedy>();
        check::<Priority>();
        check::<DocLevel>();
        check::<UnitKind>();
    }
}
