//! A spreadsheet of entries (`import --from csv`) → entries. The first row names the
//! columns (of `COLUMNS`; `units` and `tag` are accepted too); `date` and `text` are
//! required; several units or tags are separated by `;`. Every row is checked in order,
//! cell by cell; the first bad cell is reported with its line and column. What needs
//! the calendar, the configuration or the database comes in as `Lookups`, each asked
//! once per distinct value.

use super::ImportedEntry;
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
pub fn read(bytes: &[u8], shown: &str, look: &Lookups) -> Result<Vec<ImportedEntry>> {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let mut rdr = ::csv::ReaderBuilder::new().flexible(false).from_reader(bytes);
    let csv_err = |e: ::csv::Error| {
        let line = e.position().map(|p| p.line()).unwrap_or(0);
        Error::input(M::ImportBadCsv, &[&shown, &line, &e])
    };
    let col = columns(rdr.headers().map_err(csv_err)?, shown)?;
    let mut units: HashMap<String, i64> = HashMap::new();
    let mut kinds: HashMap<String, String> = HashMap::new();
    let mut fields: HashMap<String, String> = HashMap::new();
    let mut out = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(csv_err)?;
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        let cell = |name: &str| {
            col.get(name)
                .and_then(|i| rec.get(*i))
                .map(str::trim)
                .unwrap_or("")
        };
        let at = |name: &str, e: Error| -> Error {
            let (msg, hint) = match &e {
                Error::Input { msg, hint } | Error::Fail { msg, hint } => (msg.clone(), hint.clone()),
                Error::BrokenPipe => (String::new(), None),
            };
            Error::Input {
                msg: t(M::ImportError, &[&shown, &line, &name, &msg]),
                hint,
            }
        };
        let text = crate::input::user_text(cell("text")).map_err(|e| at("text", e))?;
        let date = (look.date)(cell("date")).map_err(|e| at("date", e))?;
        let kind = match cell("kind") {
            "" => "other".to_string(),
            k => cached(&mut kinds, k, look.kind).map_err(|e| at("kind", e))?,
        };
        let field = match cell("field") {
            "" => None,
            f => Some(cached(&mut fields, f, look.field).map_err(|e| at("field", e))?),
        };
        let mut unit_ids = Vec::new();
        let inline = crate::text::shorthand(&text);
        for alias in cell("unit")
            .split(';')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .chain(inline.units)
        {
            let id = cached(&mut units, &alias, look.unit).map_err(|e| at("unit", e))?;
            if !unit_ids.contains(&id) {
                unit_ids.push(id);
            }
        }
        let mut tags: Vec<String> = Vec::new();
        for tag in cell("tags").split(';').map(crate::text::tag).chain(inline.tags) {
            if !tag.is_empty() && !tags.contains(&tag) {
                tags.push(tag);
            }
        }
        let minutes = match cell("minutes") {
            "" => None,
            m => match m.parse::<i64>() {
                Ok(v) if (0..=1440).contains(&v) => Some(v),
                _ => return Err(at("minutes", Error::input(M::BadMinutes, &[&m]))),
            },
        };
        out.push(ImportedEntry {
            date,
            text,
            kind,
            field,
            units: unit_ids,
            tags,
            minutes,
        });
    }
    Ok(out)
}
