//! A spreadsheet of entries (`import --from csv`) → entries. The first row names the
//! columns (of `COLUMNS`, in English or Vietnamese: `HEADERS`); `date` and `text` are
//! required; several units or tags are separated by `;`. Every row is checked in order,
//! cell by cell; the first bad cell is reported with its line and column. What needs
//! the calendar, the configuration or the database comes in as `Lookups`, each asked
//! once per distinct value.
//!
//! What Excel writes is read as it is: the separator is the one the header row uses
//! (`,`, `;` — Vietnamese-locale Excel — or a tab); UTF-8 with or without a byte-order
//! mark, UTF-16 ("Unicode Text") and, for a file that is not UTF-8, Windows-1258 (the
//! "CSV" of a Vietnamese Windows); a date cell that is a five-digit number is an Excel
//! serial date. Units and tags come from their columns only (an `@` or `#` in the text
//! stays text, so worklog's own CSV export imports back to the same entries), and the
//! `'` that export puts before a cell a spreadsheet would run as a formula is taken off.

use super::{ImportedEntry, Summary};
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use chrono::NaiveDate;
use std::collections::HashMap;

pub const COLUMNS: &[&str] = &[
    "date", "text", "kind", "field", "unit", "tags", "minutes", "time", "note",
];

/// Header names, folded (lower case, no diacritics), and the column each one is.
/// `None`: a column that is read and left out (a row number), said in the summary.
pub const HEADERS: &[(&str, Option<&str>)] = &[
    ("ngay", Some("date")),
    ("ngay thang", Some("date")),
    ("noi dung", Some("text")),
    ("noi dung cong viec", Some("text")),
    ("cong viec", Some("text")),
    ("loai", Some("kind")),
    ("loai cong viec", Some("kind")),
    ("linh vuc", Some("field")),
    ("nganh", Some("field")),
    ("units", Some("unit")),
    ("don vi", Some("unit")),
    ("co quan", Some("unit")),
    ("tag", Some("tags")),
    ("the", Some("tags")),
    ("nhan", Some("tags")),
    ("so phut", Some("minutes")),
    ("phut", Some("minutes")),
    ("gio", Some("time")),
    ("ghi chu", Some("note")),
    ("notes", Some("note")),
    ("stt", None),
    ("tt", None),
    ("id", None),
    ("ma", None),
];

/// The column a header names: `Some(Some(col))`, `Some(None)` for a column left out,
/// `None` for an unknown header.
pub fn column_of(header: &str) -> Option<Option<&'static str>> {
    let h = crate::text::fold(header.trim());
    let h = h.trim_end_matches(['.', ':']).trim();
    if let Some(c) = COLUMNS.iter().find(|c| **c == h) {
        return Some(Some(c));
    }
    HEADERS.iter().find(|(name, _)| *name == h).map(|(_, c)| *c)
}

/// The text of a CSV file: UTF-8 (a byte-order mark dropped), UTF-16 with its mark, or
/// Windows-1258; a file that is none of these is refused with how to save it.
pub fn decode(bytes: &[u8], shown: &str) -> Result<String> {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, bad) = enc.decode_without_bom_handling(&bytes[bom..]);
        if bad {
            return Err(
                Error::input(M::ImportBadEncoding, &[&shown, &enc.name()]).hint(M::ImportSaveAsUtf8, &[])
            );
        }
        return Ok(text.into_owned());
    }
    // UTF-16 without a mark (every other byte of Latin text is zero; it is valid UTF-8
    // all the same): no text file holds NUL bytes.
    if bytes.iter().take(1024).any(|b| *b == 0) {
        return Err(Error::input(M::ImportBadEncoding, &[&shown, &"UTF-16"]).hint(M::ImportSaveAsUtf8, &[]));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(text.to_string());
    }
    let (text, bad) = encoding_rs::WINDOWS_1258.decode_without_bom_handling(bytes);
    if bad {
        return Err(
            Error::input(M::ImportBadEncoding, &[&shown, &"windows-1258"]).hint(M::ImportSaveAsUtf8, &[])
        );
    }
    Ok(text.into_owned())
}

/// The separator the header row uses: the most frequent of `,`, `;` and tab outside
/// quotes (`,` when there is none).
pub fn separator(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    let mut counts = [(b',', 0), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for c in first.bytes() {
        if c == b'"' {
            quoted = !quoted;
        }
        if !quoted {
            for (sep, n) in counts.iter_mut() {
                if *sep == c {
                    *n += 1;
                }
            }
        }
    }
    counts
        .iter()
        .max_by_key(|(_, n)| *n)
        .filter(|(_, n)| *n > 0)
        .map(|(s, _)| *s)
        .unwrap_or(b',')
}

/// An Excel serial date (days since 1899-12-30), written as five digits.
pub fn excel_serial(cell: &str) -> Option<NaiveDate> {
    let c = cell.trim();
    let c = c.strip_suffix(".0").unwrap_or(c);
    if c.len() != 5 || !c.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: i64 = c.parse().ok()?;
    NaiveDate::from_ymd_opt(1899, 12, 30)?.checked_add_signed(chrono::Duration::days(n))
}

/// A cell as it was before `export` neutralised it as a formula (`'=x` → `=x`).
pub fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => cell,
    }
}

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
pub fn columns(headers: &::csv::StringRecord, shown: &str) -> Result<HashMap<&'static str, usize>> {
    let mut col: HashMap<&'static str, usize> = HashMap::new();
    for (i, h) in headers.iter().enumerate() {
        match column_of(h) {
            Some(Some(c)) => {
                col.insert(c, i);
            }
            Some(None) => {}
            None => {
                return Err(Error::input(M::ImportUnknownColumn, &[&shown, &h.trim()])
                    .hint(M::ImportMissingHint, &[]));
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

/// A CSV file → entries.
pub fn read(bytes: &[u8], shown: &str, look: &Lookups) -> Result<(Vec<ImportedEntry>, Summary)> {
    let text = decode(bytes, shown)?;
    let mut rdr = ::csv::ReaderBuilder::new()
        .flexible(false)
        .delimiter(separator(&text))
        .from_reader(text.as_bytes());
    // Lines counted from the bytes (the reader's own count misses a CRLF inside quotes).
    let line_at = |byte: u64| -> u64 {
        let end = (byte as usize).min(text.len());
        1 + text.as_bytes()[..end].iter().filter(|b| **b == b'\n').count() as u64
    };
    let csv_err = |e: ::csv::Error| {
        let line = e.position().map(|p| line_at(p.byte())).unwrap_or(0);
        Error::input(M::ImportBadCsv, &[&shown, &line, &e])
    };
    let col = columns(rdr.headers().map_err(csv_err)?, shown)?;
    let left_out: Vec<String> = rdr
        .headers()
        .map_err(csv_err)?
        .iter()
        .filter(|h| column_of(h) == Some(None))
        .map(|h| h.trim().to_string())
        .collect();
    let mut seen = Seen::default();
    let mut out = Vec::new();
    let (mut byte, mut line) = (0usize, 1u64);
    for rec in rdr.records() {
        let rec = rec.map_err(csv_err)?;
        let mut start = rec
            .position()
            .map(|p| p.byte() as usize)
            .unwrap_or(byte)
            .min(text.len());
        // With CRLF the reader's position may fall between a `\r` and its `\n`.
        while text
            .as_bytes()
            .get(start)
            .is_some_and(|b| matches!(b, b'\r' | b'\n'))
        {
            start += 1;
        }
        line += text.as_bytes()[byte.min(start)..start]
            .iter()
            .filter(|b| **b == b'\n')
            .count() as u64;
        byte = start;
        let row = Row {
            line,
            rec: &rec,
            col: &col,
            shown,
            sheet: None,
        };
        out.push(entry(&row, look, &mut seen)?);
    }
    let mut summary = summary(&col, &out);
    for h in left_out {
        summary.drop(&h, out.len(), M::ImportRowNumber);
    }
    Ok((out, summary))
}

/// The rows of a work sheet (import/xlsx.rs), read like CSV records: `col` is where
/// worklog's columns are in each record; `rows` are (row number in the sheet, cells).
pub(crate) fn sheet_entries(
    shown: &str,
    sheet: &str,
    col: &HashMap<&'static str, usize>,
    rows: &[(u64, ::csv::StringRecord)],
    look: &Lookups,
) -> Result<Vec<ImportedEntry>> {
    let mut seen = Seen::default();
    let mut out = Vec::with_capacity(rows.len());
    for (line, rec) in rows {
        let row = Row {
            line: *line,
            rec,
            col,
            shown,
            sheet: Some(sheet),
        };
        out.push(entry(&row, look, &mut seen)?);
    }
    Ok(out)
}

/// What the columns map to, with the number of rows that had a value.
pub(crate) fn summary(col: &HashMap<&'static str, usize>, out: &[ImportedEntry]) -> Summary {
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
        let to = match *c {
            "unit" => "units",
            "note" => "text (second line)",
            other => other,
        };
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
    /// The work sheet (xlsx), when the row comes from one.
    sheet: Option<&'a str>,
}

impl Row<'_> {
    /// The trimmed cell of column `name`, without export's formula guard; empty when
    /// the file has no such column.
    fn cell(&self, name: &str) -> &str {
        self.col
            .get(name)
            .and_then(|i| self.rec.get(*i))
            .map(|c| unguard(c.trim()).trim())
            .unwrap_or("")
    }

    /// `e` as an input error naming the file, the line and the column `name`.
    fn at(&self, name: &str, e: Error) -> Error {
        let (msg, hint) = match &e {
            Error::Input { msg, hint } | Error::Fail { msg, hint } => (msg.clone(), hint.clone()),
            Error::BrokenPipe => (String::new(), None),
        };
        let msg = match self.sheet {
            None => t(M::ImportError, &[&self.shown, &self.line, &name, &msg]),
            Some(sheet) => t(
                M::ImportSheetError,
                &[&self.shown, &sheet, &self.line, &name, &msg],
            ),
        };
        Error::Input { msg, hint }
    }
}

/// One row as an entry, its cells checked in order: text, date, kind, field, units, tags,
/// minutes.
fn entry(row: &Row, look: &Lookups, seen: &mut Seen) -> Result<ImportedEntry> {
    let joined = match row.cell("note") {
        "" => row.cell("text").to_string(),
        note => format!("{}\n{note}", row.cell("text")),
    };
    let text = crate::input::user_text(&joined).map_err(|e| row.at("text", e))?;
    // `log` shows a time of day after the date (`19/12/2022 23:45`).
    let (date_cell, shown_time) = match row.cell("date").rsplit_once(' ') {
        Some((d, t)) if chrono::NaiveTime::parse_from_str(t, "%H:%M").is_ok() => (d.trim(), Some(t)),
        _ => (row.cell("date"), None),
    };
    let date = match excel_serial(date_cell) {
        Some(d) => d,
        None => (look.date)(date_cell).map_err(|e| row.at("date", e))?,
    };
    let kind = match row.cell("kind") {
        "" => "other".to_string(),
        k => cached(&mut seen.kinds, k, look.kind).map_err(|e| row.at("kind", e))?,
    };
    let field = match row.cell("field") {
        "" => None,
        f => Some(cached(&mut seen.fields, f, look.field).map_err(|e| row.at("field", e))?),
    };
    let units = unit_ids(row, look, seen)?;
    let tags = tags(row);
    let minutes = minutes(row)?;
    let time = match row.cell("time") {
        "" if shown_time.is_some() => {
            shown_time.and_then(|t| chrono::NaiveTime::parse_from_str(t, "%H:%M").ok())
        }
        "" => None,
        t => Some(
            chrono::NaiveTime::parse_from_str(t, "%H:%M")
                .or_else(|_| chrono::NaiveTime::parse_from_str(t, "%H:%M:%S"))
                .map_err(|_| row.at("time", Error::input(M::ImportBadTime, &[&t])))?,
        ),
    };
    Ok(ImportedEntry {
        date,
        text,
        kind,
        field,
        units,
        tags,
        minutes,
        time,
    })
}

/// The units of the `unit` cell, each once.
fn unit_ids(row: &Row, look: &Lookups, seen: &mut Seen) -> Result<Vec<i64>> {
    let mut unit_ids = Vec::new();
    for alias in row
        .cell("unit")
        .split([';', ','])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
    {
        let id = cached(&mut seen.units, &alias, look.unit).map_err(|e| row.at("unit", e))?;
        if !unit_ids.contains(&id) {
            unit_ids.push(id);
        }
    }
    Ok(unit_ids)
}

/// The tags of the `tags` cell, each once.
fn tags(row: &Row) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    // `;` as export writes them; spaces or commas as `log` shows them (`#a #b`).
    for tag in row
        .cell("tags")
        .split(|c: char| c == ';' || c == ',' || c.is_whitespace())
        .map(crate::text::tag)
    {
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
