//! jrnl's exports → log entries. The JSON of `jrnl --export json`: text = title, then
//! the body on the next line when there is one; jrnl's `@tags` → tags without the `@`;
//! the date as is; kind `other`. jrnl's plain-text export (and its journal file) is read
//! too: a line `2022-12-19 08:30 Title` (or `[2022-12-19 08:30] Title`) starts an entry,
//! the lines after it are its body, and its `@words` are its tags — the way jrnl itself
//! reads its journal, so a body line that starts with a date and a time starts a new
//! entry there as well.

use super::{ImportedEntry, at, clean_tag, tags_of, text_of};
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use chrono::NaiveDate;
use serde_json::Value;

/// `2022-12-19 08:30 Title` or `[2022-12-19 08:30] Title` → (date, title).
fn jrnl_header(line: &str) -> Option<(NaiveDate, &str)> {
    let (bracket, rest) = match line.strip_prefix('[') {
        Some(r) => (true, r),
        None => (false, line),
    };
    let date = NaiveDate::parse_from_str(rest.get(..10)?, "%Y-%m-%d").ok()?;
    let rest = rest.get(10..)?.strip_prefix(' ')?;
    chrono::NaiveTime::parse_from_str(rest.get(..5)?, "%H:%M").ok()?;
    let mut rest = rest.get(5..)?;
    if bracket {
        rest = rest.strip_prefix(']')?;
    }
    if !(rest.is_empty() || rest.starts_with(' ')) {
        return None;
    }
    Some((date, rest.trim()))
}

/// jrnl's plain text → entries; tags are the `@words` of the text.
fn read_text(text: &str, shown: &str) -> Result<Vec<ImportedEntry>> {
    let mut raw: Vec<(usize, NaiveDate, String, Vec<&str>)> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        match jrnl_header(line) {
            Some((date, title)) => raw.push((i + 1, date, title.to_string(), Vec::new())),
            None if raw.is_empty() && !line.trim().is_empty() => {
                let pos = t(M::ImportAtLine, &[&(i + 1)]);
                return Err(at(
                    shown,
                    &pos,
                    "date",
                    &t(M::ImportBadValue, &[&line.trim(), &"2022-12-19 08:30 …"]),
                ));
            }
            None => {
                if let Some(last) = raw.last_mut() {
                    last.3.push(line);
                }
            }
        }
    }
    let mut out = Vec::new();
    for (line, date, title, body) in raw {
        let body = body.join("\n");
        let joined = if body.trim().is_empty() {
            title.clone()
        } else {
            format!("{title}\n{}", body.trim())
        };
        let pos = t(M::ImportAtLine, &[&line]);
        let text = crate::input::user_text(&joined).map_err(|e| at(shown, &pos, "title", &e.to_string()))?;
        let mut tags: Vec<String> = Vec::new();
        for w in text.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')')) {
            if let Some(tag) = w.strip_prefix('@') {
                let tag = clean_tag(tag.trim_end_matches(['.', ':', '!', '?']));
                if !tag.is_empty() && !tags.contains(&tag) {
                    tags.push(tag);
                }
            }
        }
        out.push(ImportedEntry {
            date,
            text,
            kind: "other".into(),
            tags,
            ..ImportedEntry::default()
        });
    }
    Ok(out)
}

/// A jrnl export (JSON, or plain text) → entries.
pub fn read(bytes: &[u8], shown: &str) -> Result<Vec<ImportedEntry>> {
    let text = std::str::from_utf8(bytes).map_err(|_| Error::input(M::ExportNotJson, &[&shown, &"UTF-8"]))?;
    let text = text.trim_start_matches('\u{feff}');
    if !text.trim_start().starts_with('{') {
        return read_text(text, shown);
    }
    let v: Value = serde_json::from_slice(bytes)
        .map_err(|e| Error::input(M::ExportNotJson, &[&shown, &e]).hint(M::ImportOtherHint, &[]))?;
    let Some(items) = v.get("entries").and_then(Value::as_array) else {
        return Err(at(shown, "-", "entries", &t(M::ImportMissingField, &[])));
    };
    let mut out = Vec::new();
    for (i, e) in items.iter().enumerate() {
        let pos = t(M::ImportAtItem, &[&(i + 1)]);
        let title = text_of(e, "title").unwrap_or_default();
        let body = text_of(e, "body").unwrap_or_default();
        let joined = if body.trim().is_empty() {
            title.trim().to_string()
        } else if title.trim().is_empty() {
            body.trim().to_string()
        } else {
            format!("{}\n{}", title.trim(), body.trim())
        };
        let text = crate::input::user_text(&joined).map_err(|e| at(shown, &pos, "title", &e.to_string()))?;
        let date_s = text_of(e, "date").unwrap_or_default();
        let date = NaiveDate::parse_from_str(date_s.trim(), "%Y-%m-%d").map_err(|_| {
            at(
                shown,
                &pos,
                "date",
                &t(M::ImportBadValue, &[&date_s, &"2022-12-19"]),
            )
        })?;
        let tags = tags_of(e, shown, &pos, "@tag")?;
        out.push(ImportedEntry {
            date,
            text,
            kind: "other".into(),
            tags,
            ..ImportedEntry::default()
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2022, m, day).unwrap()
    }

    #[test]
    fn jrnl_plain_text_entries_and_tags() {
        let text = "2022-12-19 08:30 Họp giao ban @giaoban\nThống nhất với @yte.\n\n[2022-12-20 14:00] Soạn công văn\n";
        let v = read(text.as_bytes(), "x").unwrap();
        assert_eq!(v.len(), 2);
        assert_eq!(v[0].date, d(12, 19));
        assert_eq!(v[0].text, "Họp giao ban @giaoban\nThống nhất với @yte.");
        assert_eq!(v[0].tags, vec!["giaoban".to_string(), "yte".to_string()]);
        assert_eq!((v[1].date, v[1].text.as_str()), (d(12, 20), "Soạn công văn"));
        assert!(jrnl_header("2022-12-19 8:30 x").is_none());
        assert!(jrnl_header("2022-12-19 08:30x").is_none());
        assert!(read(b"hello\n2022-12-19 08:30 x", "x").is_err());
    }
}
