//! Pure readers of other tools' files: a CSV spreadsheet, an Excel work book, jrnl's
//! exports, taskwarrior's `task export` — each with a `Summary` of what it mapped to what
//! and what it could not keep; `detect` tells the format from the content. Bytes in, checked rows out (`ImportedEntry`, `ImportedTask`), with the
//! first bad item reported by its position and field; no store, no clap. What needs the
//! database (a unit alias, a field) is looked up through the functions the command hands
//! in. The command writes the rows in one transaction.

pub mod csv;
pub mod jrnl;
pub mod taskwarrior;
pub mod xlsx;

use crate::error::{Error, Result};
use crate::i18n::{M, t};
use chrono::{NaiveDate, NaiveTime};
use serde::Serialize;
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
    /// The time of day, when the source has one (jrnl).
    pub time: Option<NaiveTime>,
}

/// What an import maps to what, per field, and what it leaves out, with counts: printed
/// by a dry run and by the import itself (`--format json`: `summary`).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Summary {
    pub mapped: Vec<Mapped>,
    pub dropped: Vec<Dropped>,
}

/// `count` items had their `from` (the source's field, as the tool names it) read into
/// worklog's `to` (a key of worklog's JSON).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mapped {
    pub from: String,
    pub to: String,
    pub count: usize,
}

/// `count` items had a `field` that worklog does not keep, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dropped {
    pub field: String,
    pub count: usize,
    pub reason: String,
}

impl Summary {
    /// Counts `n` more items mapped from `from` to `to` (nothing when `n` is 0).
    pub fn map(&mut self, from: &str, to: &str, n: usize) {
        if n == 0 {
            return;
        }
        match self.mapped.iter_mut().find(|m| m.from == from && m.to == to) {
            Some(m) => m.count += n,
            None => self.mapped.push(Mapped {
                from: from.to_string(),
                to: to.to_string(),
                count: n,
            }),
        }
    }

    /// Counts `n` more items whose `field` is dropped, for `reason`.
    pub fn drop(&mut self, field: &str, n: usize, reason: M) {
        if n == 0 {
            return;
        }
        match self.dropped.iter_mut().find(|d| d.field == field) {
            Some(d) => d.count += n,
            None => self.dropped.push(Dropped {
                field: field.to_string(),
                count: n,
                reason: t(reason, &[]),
            }),
        }
    }

    /// Adds another summary's counts to this one (the sheets of a work book).
    pub fn merge(&mut self, other: Summary) {
        for m in other.mapped {
            self.map(&m.from, &m.to, m.count);
        }
        for d in other.dropped {
            match self.dropped.iter_mut().find(|x| x.field == d.field) {
                Some(x) => x.count += d.count,
                None => self.dropped.push(d),
            }
        }
    }

    /// The summary for people: one line per mapping, then one per dropped field.
    pub fn lines(&self) -> Vec<String> {
        let mut out = vec![crate::i18n::s(M::ImportSummaryMapped).to_string()];
        for m in &self.mapped {
            out.push(format!("  {} → {}: {}", m.from, m.to, m.count));
        }
        if self.dropped.is_empty() {
            out.push(crate::i18n::s(M::ImportSummaryNothingDropped).to_string());
        } else {
            out.push(crate::i18n::s(M::ImportSummaryDropped).to_string());
            for d in &self.dropped {
                out.push(format!("  {}: {} ({})", d.field, d.count, d.reason));
            }
        }
        out
    }
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

/// A tag from a file: cleaned as typed text is (no control characters), NFC, lower case.
pub(crate) fn clean_tag(s: &str) -> String {
    crate::text::tag(crate::text::clean(s).trim().trim_start_matches('@'))
}

/// The formats `import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Worklog,
    Jrnl,
    Taskwarrior,
    Csv,
    Xlsx,
}

impl Source {
    /// The name `--from` takes.
    pub fn key(self) -> &'static str {
        match self {
            Source::Worklog => "worklog",
            Source::Jrnl => "jrnl",
            Source::Taskwarrior => "taskwarrior",
            Source::Csv => "csv",
            Source::Xlsx => "xlsx",
        }
    }
}

/// Which format the file's content is, when it says so clearly: an xlsx container, a
/// worklog export, jrnl's JSON or text, taskwarrior's JSON (array or lines), a CSV
/// header row; `None` when the content does not say.
pub fn detect(bytes: &[u8]) -> Option<Source> {
    if bytes.starts_with(b"PK\x03\x04") {
        return Some(Source::Xlsx);
    }
    let text = String::from_utf8_lossy(bytes.get(..64 * 1024).unwrap_or(bytes));
    let text = text.trim_start_matches('\u{feff}').trim_start();
    let head: String = text.chars().take(4096).collect();
    if head.starts_with('{') {
        // The first object's keys tell: worklog's header, jrnl's `entries`, a task's uuid.
        if head.contains("\"worklog-export\"") {
            return Some(Source::Worklog);
        }
        if head.contains("\"entries\"") {
            return Some(Source::Jrnl);
        }
        if head.contains("\"uuid\"") && head.contains("\"description\"") {
            return Some(Source::Taskwarrior);
        }
        return None;
    }
    if jrnl::is_header(text.lines().next().unwrap_or("")) {
        return Some(Source::Jrnl);
    }
    if head.starts_with('[') {
        let first = head.trim_start_matches('[').trim_start();
        if first.starts_with('{') || first.starts_with(']') {
            return Some(Source::Taskwarrior);
        }
        return None;
    }
    let first_line = text.lines().next().unwrap_or("");
    // A header row of at least two cells.
    if [',', ';', '\t']
        .iter()
        .any(|c| first_line.split(*c).filter(|h| !h.trim().is_empty()).count() >= 2)
    {
        return Some(Source::Csv);
    }
    None
}
