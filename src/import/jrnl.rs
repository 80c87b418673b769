//! jrnl's exports → log entries, without loss. The JSON of `jrnl --export json`: text =
//! title, then the body on the next line when there is one; the date, and the time of
//! day (`time`); `starred` → the tag `starred`. jrnl's plain-text export (and its journal
//! file) is read too: a line `[2022-12-19 11:45:00 PM] Title` (jrnl's default time
//! format), `[2022-12-19 23:45] Title` or `2022-12-19 23:45 Title` starts an entry, the
//! lines after it are its body — the way jrnl itself reads its journal — and a title
//! ending in ` *` is starred (the `*` is jrnl's marker, not text).
//!
//! Tags are read from the text by worklog's own parser (`text::shorthand`), not taken
//! from jrnl's list: jrnl cuts tags written in decomposed (NFD) Vietnamese short
//! (`#đấtđai` → `#đa`). `#word` is a tag; `@word` is a unit when the database has that
//! alias (the `unit` lookup handed in) and a tag otherwise. The kind is `other`.

use super::{ImportedEntry, Summary, at, text_of};
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use chrono::{NaiveDate, NaiveTime};
use serde_json::Value;

/// The tag a starred jrnl entry gets.
pub const STARRED: &str = "starred";

/// What a jrnl file holds: its entries and what was mapped to what.
#[derive(Debug, Default)]
pub struct JrnlFile {
    pub entries: Vec<ImportedEntry>,
    pub summary: Summary,
}

/// The time part of a header: `11:45:00 PM`, `23:45:00`, `23:45` or `11:45 PM`.
fn header_time(s: &str) -> Option<NaiveTime> {
    ["%I:%M:%S %p", "%H:%M:%S", "%H:%M", "%I:%M %p"]
        .iter()
        .find_map(|f| NaiveTime::parse_from_str(s.trim(), f).ok())
}

/// A header line → (date, time, title).
fn jrnl_header(line: &str) -> Option<(NaiveDate, NaiveTime, &str)> {
    let (bracket, rest) = match line.strip_prefix('[') {
        Some(r) => (true, r),
        None => (false, line),
    };
    let date = NaiveDate::parse_from_str(rest.get(..10)?, "%Y-%m-%d").ok()?;
    let rest = rest.get(10..)?.strip_prefix(' ')?;
    let (time, title) = if bracket {
        let (time, title) = rest.split_once(']')?;
        (header_time(time)?, title)
    } else {
        let time = NaiveTime::parse_from_str(rest.get(..5)?, "%H:%M").ok()?;
        (time, rest.get(5..)?)
    };
    if !(title.is_empty() || title.starts_with(' ')) {
        return None;
    }
    Some((date, time, title.trim()))
}

/// Whether `line` starts a jrnl entry (format detection).
pub fn is_header(line: &str) -> bool {
    jrnl_header(line).is_some()
}

/// One entry as jrnl holds it, before worklog reads its tags.
struct Raw {
    pos: String,
    date: NaiveDate,
    time: Option<NaiveTime>,
    title: String,
    body: String,
    starred: bool,
}

/// jrnl's plain text → raw entries.
fn read_text(text: &str, shown: &str) -> Result<Vec<Raw>> {
    let mut raw: Vec<(Raw, Vec<&str>)> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        match jrnl_header(line) {
            Some((date, time, title)) => {
                let (title, starred) = match title.strip_suffix('*') {
                    Some(t) if t.is_empty() || t.ends_with(' ') => (t.trim_end(), true),
                    _ => (title, false),
                };
                let entry = Raw {
                    pos: t(M::ImportAtLine, &[&(i + 1)]),
                    date,
                    time: Some(time),
                    title: title.to_string(),
                    body: String::new(),
                    starred,
                };
                raw.push((entry, Vec::new()));
            }
            None if raw.is_empty() && !line.trim().is_empty() => {
                let pos = t(M::ImportAtLine, &[&(i + 1)]);
                return Err(at(
                    shown,
                    &pos,
                    "date",
                    &t(M::ImportBadValue, &[&line.trim(), &"[2022-12-19 08:30:00 AM] …"]),
                ));
            }
            None => {
                if let Some(last) = raw.last_mut() {
                    last.1.push(line);
                }
            }
        }
    }
    Ok(raw
        .into_iter()
        .map(|(mut e, body)| {
            e.body = body.join("\n");
            e
        })
        .collect())
}

/// `jrnl --export json` → raw entries.
fn read_json(bytes: &[u8], shown: &str) -> Result<Vec<Raw>> {
    let v: Value = serde_json::from_slice(bytes)
        .map_err(|e| Error::input(M::ExportNotJson, &[&shown, &e]).hint(M::ImportOtherHint, &[]))?;
    let Some(items) = v.get("entries").and_then(Value::as_array) else {
        return Err(at(shown, "-", "entries", &t(M::ImportMissingField, &[])));
    };
    let mut out = Vec::new();
    for (i, e) in items.iter().enumerate() {
        let pos = t(M::ImportAtItem, &[&(i + 1)]);
        let date_s = text_of(e, "date").unwrap_or_default();
        let date = NaiveDate::parse_from_str(date_s.trim(), "%Y-%m-%d").map_err(|_| {
            at(
                shown,
                &pos,
                "date",
                &t(M::ImportBadValue, &[&date_s, &"2022-12-19"]),
            )
        })?;
        let time = match text_of(e, "time") {
            None => None,
            Some(s) => Some(
                header_time(&s)
                    .ok_or_else(|| at(shown, &pos, "time", &t(M::ImportBadValue, &[&s, &"23:45"])))?,
            ),
        };
        out.push(Raw {
            date,
            time,
            title: text_of(e, "title").unwrap_or_default(),
            body: text_of(e, "body").unwrap_or_default(),
            starred: e.get("starred").and_then(Value::as_bool).unwrap_or(false),
            pos,
        });
    }
    Ok(out)
}

/// A jrnl export (JSON, or plain text) → entries; `unit` says whether an `@word` names a
/// unit of the database (its id).
pub fn read(bytes: &[u8], shown: &str, unit: &dyn Fn(&str) -> Option<i64>) -> Result<JrnlFile> {
    let text = std::str::from_utf8(bytes).map_err(|_| Error::input(M::ExportNotJson, &[&shown, &"UTF-8"]))?;
    let text = text.trim_start_matches('\u{feff}');
    let json = text.trim_start().starts_with('{');
    let raw = if json {
        read_json(text.as_bytes(), shown)?
    } else {
        read_text(text, shown)?
    };
    let mut file = JrnlFile::default();
    for r in raw {
        file.entries.push(entry(r, shown, unit, &mut file.summary)?);
    }
    let n = file.entries.len();
    let s = &mut file.summary;
    s.map("title, body", "text", n);
    s.map("date", "date", n);
    s.map(
        "time",
        "time",
        file.entries.iter().filter(|e| e.time.is_some()).count(),
    );
    s.map("(none)", "kind = other", n);
    if json {
        s.drop("tags", n, M::ImportJrnlTagsReread);
    }
    Ok(file)
}

/// One raw entry as worklog's: text cleaned, tags and units read from it.
fn entry(r: Raw, shown: &str, unit: &dyn Fn(&str) -> Option<i64>, s: &mut Summary) -> Result<ImportedEntry> {
    let (title, body) = (r.title.trim(), r.body.trim());
    let joined = match (title.is_empty(), body.is_empty()) {
        (_, true) => title.to_string(),
        (true, false) => body.to_string(),
        (false, false) => format!("{title}\n{body}"),
    };
    let text = crate::input::user_text(&joined).map_err(|e| at(shown, &r.pos, "title", &e.to_string()))?;
    let inline = crate::text::shorthand(&text);
    let mut tags = inline.tags;
    s.map("#tag", "tags", tags.len());
    let mut units = Vec::new();
    for word in inline.units {
        match unit(&word) {
            Some(id) => {
                s.map("@word", "units", 1);
                if !units.contains(&id) {
                    units.push(id);
                }
            }
            None => {
                s.map("@word", "tags", 1);
                if !tags.contains(&word) {
                    tags.push(word);
                }
            }
        }
    }
    if r.starred {
        s.map("starred", "tags = starred", 1);
        if !tags.iter().any(|t| t == STARRED) {
            tags.push(STARRED.to_string());
        }
    }
    Ok(ImportedEntry {
        date: r.date,
        time: r.time,
        text,
        kind: "other".into(),
        units,
        tags,
        ..ImportedEntry::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2022, m, day).unwrap()
    }

    fn hm(h: u32, m: u32) -> Option<NaiveTime> {
        NaiveTime::from_hms_opt(h, m, 0)
    }

    #[test]
    fn jrnl_plain_text_entries_times_stars_and_tags() {
        let text = "[2022-12-19 11:45:00 PM] Họp giao ban #giaoban\nThống nhất với @yte.\n\n[2022-12-20 12:15:00 AM] Soạn công văn #khẩn *\n2022-12-21 07:00 Tiếp dân\n";
        let yte = |a: &str| (a == "yte").then_some(7);
        let f = read(text.as_bytes(), "x", &yte).unwrap();
        let v = &f.entries;
        assert_eq!(v.len(), 3);
        assert_eq!((v[0].date, v[0].time), (d(12, 19), hm(23, 45)));
        assert_eq!(v[0].text, "Họp giao ban #giaoban\nThống nhất với @yte.");
        assert_eq!(
            (v[0].tags.clone(), v[0].units.clone()),
            (vec!["giaoban".to_string()], vec![7])
        );
        assert_eq!((v[1].date, v[1].time), (d(12, 20), hm(0, 15)));
        assert_eq!(v[1].text, "Soạn công văn #khẩn");
        assert_eq!(v[1].tags, vec!["khẩn".to_string(), "starred".to_string()]);
        assert_eq!((v[2].time, v[2].text.as_str()), (hm(7, 0), "Tiếp dân"));
        assert!(jrnl_header("2022-12-19 8:30 x").is_none());
        assert!(jrnl_header("2022-12-19 08:30x").is_none());
        assert!(read(b"hello\n2022-12-19 08:30 x", "x", &yte).is_err());
    }
}
