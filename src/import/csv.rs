//! A spreadsheet of entries (`import --from csv`) → entries. The first row names the
//! columns (of `COLUMNS`; `units` and `tag` are accepted too); `date` and `text` are
//! required; several units or tags are separated by `;`. Every row is checked in order,
//! cell by cell; the first bad cell is reported with its line and column. What needs
//! the calendar, the configuration or the database comes in as `Lookups`, each asked
//! once per distinct value.

use super::{ImportedEntry, Summary};
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use chrono::NaiveDate;
use std::collections::HashMap;

pub const COLUMNS: &[&str] = &["date", "text", "kind", "field", "unit", "tags", "minutes"];

/// How the cells that name something are read: a date against today and the calendar,
/// a kind of work against the configuration, a field key and a unit alias against the
/// database.
pub struct Lookups<'a> {
    pub date: &'a dyn Fn(&str) -> Result<NaiveDate>,
    pub kind: &'a dyn Fn(&str) -> Result<String>,
    pub field: &'a dyn Fn(&str) -> Result<String>,
    pub unit: &'a dyn Fn(&str) -> Result<i64>,
}

/// Looks `key` up once: later rows with the same cell reuse the answer.
fn cached<T: Clone>(
    cache: &mut HashMap<String, T>,
    key: &str,
    look: &dyn Fn(&str) -> Result<T>,
) -> Result<T> {
    if let Some(v) = cache.get(key) {
        return Ok(v.clone());
    }
    let v = look(key)?;
    cache.insert(key.to_string(), v.clone());
    Ok(v)
}

/// The column each known name is in; an unknown column or a missing required one is an
/// error naming it.
fn columns(headers: &::csv::StringRecord, shown: &str) -> Result<HashMap<&'static str, usize>> {
    let mut col: HashMap<&'static str, usize> = HashMap::new();
    for (i, h) in headers.iter().map(|h| crate::text::fold(h.trim())).enumerate() {
        match COLUMNS
            .iter()
            .find(|c| **c == h.as_str() || (**c == "unit" && h == "units") || (**c == "tags" && h == "tag"))
        {
            Some(c) => {
                col.insert(c, i);
            }
            None => {
                return Err(
                    Error::input(M::ImportUnknownColumn, &[&shown, &h]).hint(M::ImportMissingHint, &[])
                );
            }
        }
    }
    for required in ["date", "text"] {
        if !col.contains_key(required) {
            return Err(
                Error::input(M::ImportMissingColumn, &[&shown, &required]).hint(M::ImportMissingHint, &[])
            );
        }
    }
    Ok(col)
}

/// A CSV file (UTF-8, with or without a byte-order mark) → entries.
pub fn read(bytes: &[u8], shown: &str, look: &Lookups) -> Result<(Vec<ImportedEntry>, Summary)> {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let mut rdr = ::csv::ReaderBuilder::new().flexible(false).from_reader(bytes);
    let csv_err = |e: ::csv::Error| {
        let line = e.position().map(|p| p.line()).unwrap_or(0);
        Error::input(M::ImportBadCsv, &[&shown, &line, &e])
    };
    let col = columns(rdr.headers().map_err(csv_err)?, shown)?;
    let mut seen = Seen::default();
    let mut out = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(csv_err)?;
        let row = Row {
            line: rec.position().map(|p| p.line()).unwrap_or(0),
            rec: &rec,
            col: &col,
            shown,
        };
        out.push(entry(&row, look, &mut seen)?);
    }
    let summary = summary(&col, &out);
    Ok((out, summary))
}

/// What the columns map to, with the number of rows that had a value.
fn summary(col: &HashMap<&'static str, usize>, out: &[ImportedEntry]) -> Summary {
    let mut s = Summary::default();
    let n = |f: &dyn Fn(&ImportedEntry) -> bool| out.iter().filter(|e| f(e)).count();
    for c in COLUMNS.iter().filter(|c| col.contains_key(*c)) {
        let count = match *c {
            "kind" => n(&|e| e.kind != "other"),
            "field" => n(&|e| e.field.is_some()),
            "unit" => n(&|e| !e.units.is_empty()),
            "tags" => n(&|e| !e.tags.is_empty()),
            "minutes" => n(&|e| e.minutes.is_some()),
            _ => out.len(),
        };
        let to = if *c == "unit" { "units" } else { c };
        s.map(c, to, count);
    }
    s
}

/// The answers of `Lookups` so far: each distinct cell is looked up once per file.
#[derive(Default)]
struct Seen {
    units: HashMap<String, i64>,
    kinds: HashMap<String, String>,
    fields: HashMap<String, String>,
}

/// One record being read: its cells by column name, and its line for messages.
struct Row<'a> {
    rec: &'a ::csv::StringRecord,
    col: &'a HashMap<&'static str, usize>,
    line: u64,
    shown: &'a str,
}

impl Row<'_> {
    /// The trimmed cell of column `name`; empty when the file has no such column.
    fn cell(&self, name: &str) -> &str {
        self.col
            .get(name)
            .and_then(|i| self.rec.get(*i))
            .map(str::trim)
            .unwrap_or("")
    }

    /// `e` as an input error naming the file, the line and the column `name`.
    fn at(&self, name: &str, e: Error) -> Error {
        let (msg, hint) = match &e {
            Error::Input { msg, hint } | Error::Fail { msg, hint } => (msg.clone(), hint.clone()),
            Error::BrokenPipe => (String::new(), None),
        };
        Error::Input {
            msg: t(M::ImportError, &[&self.shown, &self.line, &name, &msg]),
            hint,
        }
    }
}

/// One row as an entry, its cells checked in order: text, date, kind, field, units, tags,
/// minutes.
fn entry(row: &Row, look: &Lookups, seen: &mut Seen) -> Result<ImportedEntry> {
    let text = crate::input::user_text(row.cell("text")).map_err(|e| row.at("text", e))?;
    let date = (look.date)(row.cell("date")).map_err(|e| row.at("date", e))?;
    let kind = match row.cell("kind") {
        "" => "other".to_string(),
        k => cached(&mut seen.kinds, k, look.kind).map_err(|e| row.at("kind", e))?,
    };
    let field = match row.cell("field") {
        "" => None,
        f => Some(cached(&mut seen.fields, f, look.field).map_err(|e| row.at("field", e))?),
    };
    let inline = crate::text::shorthand(&text);
    let units = unit_ids(row, inline.units, look, seen)?;
    let tags = tags(row, inline.tags);
    let minutes = minutes(row)?;
    Ok(ImportedEntry {
        date,
        text,
        kind,
        field,
        units,
        tags,
        minutes,
        time: None,
    })
}

/// The units of the `unit` cell, then those written inline in the text, each once.
fn unit_ids(row: &Row, inline: Vec<String>, look: &Lookups, seen: &mut Seen) -> Result<Vec<i64>> {
    let mut unit_ids = Vec::new();
    for alias in row
        .cell("unit")
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .chain(inline)
    {
        let id = cached(&mut seen.units, &alias, look.unit).map_err(|e| row.at("unit", e))?;
        if !unit_ids.contains(&id) {
            unit_ids.push(id);
        }
    }
    Ok(unit_ids)
}

/// The tags of the `tags` cell, then those written inline in the text, each once.
fn tags(row: &Row, inline: Vec<String>) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for tag in row.cell("tags").split(';').map(crate::text::tag).chain(inline) {
        if !tag.is_empty() && !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    tags
}

/// The `minutes` cell: empty, or 0 to 1440.
fn minutes(row: &Row) -> Result<Option<i64>> {
    match row.cell("minutes") {
        "" => Ok(None),
        m => match m.parse::<i64>() {
            Ok(v) if (0..=1440).contains(&v) => Ok(Some(v)),
            _ => Err(row.at("minutes", Error::input(M::BadMinutes, &[&m]))),
        },
    }
}
