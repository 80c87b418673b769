//! Formal prose for the documents: hours in words, dates as documents write them, the
//! header lines kept whole, and entry texts without the inline shorthand (`@unit` becomes
//! the unit's name, `#tag` is dropped).

use crate::i18n::{Lang, M, lang, t};
use chrono::{Datelike, NaiveDate};
use std::collections::BTreeMap;

const NBSP: char = '\u{a0}';

/// "81 giờ 55 phút", "45 phút", "2 giờ" (English: "81 hours 55 minutes").
pub fn hours(minutes: i64) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    let en = lang() == Lang::En;
    let unit = |n: i64, vi: &str, one: &str, many: &str| {
        if en {
            format!("{n} {}", if n == 1 { one } else { many })
        } else {
            format!("{n} {vi}")
        }
    };
    match (h, m) {
        (0, m) => unit(m, "phút", "minute", "minutes"),
        (h, 0) => unit(h, "giờ", "hour", "hours"),
        (h, m) => format!(
            "{} {}",
            unit(h, "giờ", "hour", "hours"),
            unit(m, "phút", "minute", "minutes")
        ),
    }
}

/// `n` and its noun: "1 task", "3 tasks"; Vietnamese has one form.
pub fn count(n: impl Into<i64>, m: M) -> String {
    let n = n.into();
    let forms = t(m, &[]);
    match forms.split_once('|') {
        Some((one, many)) => format!("{n} {}", if n == 1 { one } else { many }),
        None => format!("{n} {forms}"),
    }
}

/// Dates as documents write them: 09/12/2022.
pub fn date(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// The place and date line: "Bà Rịa - Vũng Tàu, ngày 28 tháng 12 năm 2022"; in English
/// "Bà Rịa - Vũng Tàu, 28 December 2022".
pub fn place_date_line(place: &str, d: NaiveDate) -> String {
    match lang() {
        Lang::Vi => super::super::place_date(place, d),
        Lang::En => {
            let day = d.format("%-d %B %Y").to_string();
            match place.trim() {
                "" => day,
                p => format!("{p}, {day}"),
            }
        }
    }
}

/// "tháng 12 năm 2022" / "December 2022".
pub fn month_name(end: NaiveDate) -> String {
    match lang() {
        Lang::Vi => {
            let m = match end.month() {
                m @ (1 | 2) => format!("{m:02}"),
                m => m.to_string(),
            };
            format!("tháng {m} năm {}", end.year())
        }
        Lang::En => end.format("%B %Y").to_string(),
    }
}

/// A header name in capitals, broken before the level of a local government ("ỦY BAN
/// NHÂN DÂN / TỈNH BÀ RỊA - VŨNG TÀU"), each line kept whole with non-breaking spaces
/// when it fits the column.
pub fn header_lines(name: &str) -> String {
    let upper = name.trim().to_uppercase();
    let words: Vec<&str> = upper.split_whitespace().collect();
    const LEVELS: [&str; 7] = ["TỈNH", "THÀNH", "HUYỆN", "QUẬN", "THỊ", "XÃ", "PHƯỜNG"];
    let split = (2..words.len().saturating_sub(1)).find(|&i| LEVELS.contains(&words[i]));
    let lines: Vec<Vec<&str>> = match split {
        Some(i) => vec![words[..i].to_vec(), words[i..].to_vec()],
        None => vec![words],
    };
    lines
        .iter()
        .map(|l| {
            let text = l.join(" ");
            if text.chars().count() <= 28 {
                text.replace(' ', &NBSP.to_string())
            } else {
                text.replace(" - ", &format!("{NBSP}-{NBSP}"))
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// An entry's or task's text as formal prose: `@alias` as the unit's name (or the alias
/// without its sign), `#tag` dropped, spaces collapsed.
pub fn clean(text: &str, units: &BTreeMap<String, String>) -> String {
    let mut out: Vec<String> = Vec::new();
    for w in text.split_whitespace() {
        if let Some(alias) = w.strip_prefix('@') {
            let (core, tail) = split_tail(alias);
            if core.is_empty() {
                continue;
            }
            let name = units
                .get(&core.to_lowercase())
                .cloned()
                .unwrap_or_else(|| core.to_string());
            out.push(format!("{name}{tail}"));
        } else if w.starts_with('#') && w.len() > 1 {
            let (_, tail) = split_tail(&w[1..]);
            if !tail.is_empty() {
                if let Some(last) = out.last_mut() {
                    last.push_str(tail);
                }
            }
        } else {
            out.push(w.replace('→', "chuyển sang"));
        }
    }
    out.join(" ")
}

/// A word and the punctuation after it: "snv," → ("snv", ",").
fn split_tail(w: &str) -> (&str, &str) {
    let end = w
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_alphanumeric() || *c == '-' || *c == '_')
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    w.split_at(end)
}

/// What became of proposals, the parts with nothing to say left out: "được chấp thuận 1
/// (giao 2 nhiệm vụ)", "không được chấp thuận 1", "còn 1 đề xuất chờ Lãnh đạo quyết định".
pub fn proposal_fates(accepted: i64, tasks: i64, rejected: i64, pending: i64) -> Vec<String> {
    let mut out = Vec::new();
    match (accepted, tasks) {
        (0, _) => {}
        (a, 0) => out.push(t(M::DocPropAccepted, &[&a])),
        (a, k) => out.push(t(M::DocPropAcceptedTasks, &[&a, &k])),
    }
    if rejected > 0 {
        out.push(t(M::DocPropRejected, &[&rejected]));
    }
    if pending > 0 {
        out.push(t(M::DocPropPending, &[&pending]));
    }
    out
}

/// The first letter in capitals.
pub fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Items joined as a sentence: "a, b và c" / "a, b and c".
pub fn join(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), t(M::DocAnd, &[])),
    }
}

/// One bullet per task overdue at the period's end: its title, unit, due date, days late
/// and why (month and week documents).
pub fn late_tasks(
    tasks: &[crate::report::input::LateTask],
    clean: &dyn Fn(&str) -> String,
) -> Vec<crate::render::doc::Para> {
    tasks
        .iter()
        .map(|x| {
            let unit = x.unit.as_ref().map(|u| format!(" ({u})")).unwrap_or_default();
            let why = x
                .why
                .as_ref()
                .map(|y| t(M::DocWhy, &[&clean(y)]))
                .unwrap_or_else(|| crate::i18n::s(M::DocWhyUnknown).to_string());
            crate::render::doc::Para::Bullet(t(
                M::DocLateTask,
                &[
                    &capital(&clean(&x.title)),
                    &unit,
                    &date(x.due),
                    &count(x.days_late, M::DocNDays),
                    &why,
                ],
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_are_words_never_raw_minutes() {
        crate::i18n::set_lang(Lang::Vi);
        assert_eq!(hours(4915), "81 giờ 55 phút");
        assert_eq!(hours(45), "45 phút");
        assert_eq!(hours(120), "2 giờ");
    }

    #[test]
    fn shorthand_becomes_names() {
        let units = BTreeMap::from([(
            "ldtbxh".to_string(),
            "Sở Lao động - Thương binh và Xã hội".to_string(),
        )]);
        assert_eq!(
            clean("Tham mưu văn bản @ldtbxh #tham-muu", &units),
            "Tham mưu văn bản Sở Lao động - Thương binh và Xã hội"
        );
        assert_eq!(clean("Gặp @yte, bàn #a.", &units), "Gặp yte, bàn.");
    }

    #[test]
    fn header_lines_break_before_the_province_and_keep_names_whole() {
        assert_eq!(
            header_lines("Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"),
            "ỦY\u{a0}BAN\u{a0}NHÂN\u{a0}DÂN\nTỈNH\u{a0}BÀ\u{a0}RỊA\u{a0}-\u{a0}VŨNG\u{a0}TÀU"
        );
        assert_eq!(
            header_lines("Văn phòng UBND tỉnh"),
            "VĂN\u{a0}PHÒNG\u{a0}UBND\u{a0}TỈNH"
        );
    }
}
