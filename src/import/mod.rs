//! Pure readers of other tools' files: a CSV spreadsheet, jrnl's exports, taskwarrior's
//! `task export`. Bytes in, checked rows out (`ImportedEntry`, `ImportedTask`), with the
//! first bad item reported by its position and field; no store, no clap. What needs the
//! database (a unit alias, a field) is looked up through the functions the command hands
//! in. The command writes the rows in one transaction.

pub mod csv;
pub mod jrnl;
pub mod taskwarrior;

use crate::error::{Error, Result};
use crate::i18n::{M, t};
use chrono::NaiveDate;
use serde_json::Value;

/// A log entry read from another tool's file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportedEntry {
    pub date: NaiveDate,
    pub text: String,
    /// A kind of work key (`other` when the file has none).
    pub kind: String,
    pub field: Option<String>,
    /// Unit ids, as the lookup handed in resolved them.
    pub units: Vec<i64>,
    pub tags: Vec<String>,
    pub minutes: Option<i64>,
}

/// Where a bad value is: `item 3` of a JSON array, or `line 3` of a one-object-per-line file.
pub(crate) fn at(shown: &str, pos: &str, field: &str, what: &str) -> Error {
    Error::input(M::ImportItemError, &[&shown, &pos, &field, &what]).hint(M::ImportOtherHint, &[])
}

pub(crate) fn text_of(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_string)
}

/// The array under `key` (empty when absent); anything else is an error naming the field.
pub(crate) fn array_of<'a>(
    v: &'a Value,
    key: &str,
    shown: &str,
    pos: &str,
    expected: &str,
) -> Result<&'a [Value]> {
    match v.get(key) {
        None => Ok(&[]),
        Some(Value::Array(list)) => Ok(list),
        Some(other) => Err(at(shown, pos, key, &t(M::ImportBadValue, &[other, &expected]))),
    }
}

/// The `tags` array of an item, cleaned and without repeats; `example` is one tag as the
/// tool writes it (for the error message).
pub(crate) fn tags_of(v: &Value, shown: &str, pos: &str, example: &str) -> Result<Vec<String>> {
    let mut tags: Vec<String> = Vec::new();
    for tag in array_of(v, "tags", shown, pos, &format!("[\"{example}\"]"))? {
        let s = tag.as_str().ok_or_else(|| {
            at(
                shown,
                pos,
                "tags",
                &t(M::ImportBadValue, &[tag, &format!("\"{example}\"")]),
            )
        })?;
        let s = clean_tag(s);
        if !s.is_empty() && !tags.contains(&s) {
            tags.push(s);
        }
    }
    Ok(tags)
}

pub(crate) fn clean_tag(s: &str) -> String {
    crate::text::tag(s.trim().trim_start_matches('@'))
}
