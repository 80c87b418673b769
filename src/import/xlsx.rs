//! An Excel work book (`import --from xlsx`, calamine) → entries, as an official keeps
//! it: a title row (or several) above the header, header cells merged over two columns
//! or over two rows, dates as real date cells or as text. Every sheet is read (or only
//! `--sheet`); in each, the header row is the first of its first rows that names a date
//! and a text column (`csv::column_of`: Ngày, Nội dung, Loại, Lĩnh vực, Đơn vị, Ghi
//! chú… or worklog's own names), two header rows are read together when the names are
//! split over them, and a sheet without one is skipped and said (an error when it is
//! the only sheet or the one asked for). The rows below are read like CSV rows
//! (`csv::sheet_entries`); a column worklog has no field for is kept in the text, as a
//! line `Header: value` (a column under a merged header cell, as a line of its own), so
//! nothing is lost. Errors name the sheet, the row and the column.

use super::csv::{Lookups, column_of, sheet_entries, summary};
use super::{ImportedEntry, Summary};
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use std::collections::HashMap;
use std::io::Cursor;

/// How many rows from the top the header row is looked for in.
const HEADER_SEARCH: usize = 20;

/// A work book's entries and what was mapped to what.
pub fn read(
    bytes: &[u8],
    shown: &str,
    only: Option<&str>,
    look: &Lookups,
) -> Result<(Vec<ImportedEntry>, Summary)> {
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes.to_vec()))
        .map_err(|e| Error::input(M::ImportNotXlsx, &[&shown, &e]))?;
    let names = book.sheet_names();
    let wanted: Vec<String> = match only {
        None => names.clone(),
        Some(s) => match names
            .iter()
            .find(|n| crate::text::fold(n) == crate::text::fold(s))
        {
            Some(n) => vec![n.clone()],
            None => return Err(Error::input(M::ImportNoSheet, &[&shown, &s, &names.join(", ")])),
        },
    };
    let strict = wanted.len() == 1;
    let mut out = Vec::new();
    let mut total = Summary::default();
    for name in &wanted {
        let range = book
            .worksheet_range(name)
            .map_err(|e| Error::input(M::ImportNotXlsx, &[&shown, &e]))?;
        let first_row = range.start().map(|(r, _)| r as u64).unwrap_or(0);
        let rows: Vec<&[Data]> = range.rows().collect();
        let Some((header_at, headers)) = header(&rows) else {
            if strict {
                return Err(Error::input(M::ImportNoHeader, &[&shown, name]).hint(M::ImportNoHeaderHint, &[]));
            }
            total.drop(&format!("sheet '{name}'"), 1, M::ImportSheetSkipped);
            continue;
        };
        let layout = Layout::of(&headers);
        let mut records = Vec::new();
        for (i, cells) in rows.iter().enumerate().skip(header_at + 1) {
            if cells.iter().all(|c| text(c, false).trim().is_empty()) {
                continue;
            }
            let line = first_row + i as u64 + 1;
            records.push((line, layout.record(cells, shown, name, line)?));
        }
        let entries = sheet_entries(shown, name, &layout.col, &records, look)?;
        let mut s = summary(&layout.col, &entries);
        for (i, label) in &layout.extra {
            let count = rows
                .iter()
                .skip(header_at + 1)
                .filter(|cells| cells.get(*i).is_some_and(|c| !text(c, false).trim().is_empty()))
                .count();
            let label = if label.is_empty() {
                format!("({})", t(M::ImportColumnNo, &[&(i + 1)]))
            } else {
                label.clone()
            };
            s.map(&label, "text (a line)", count);
        }
        total.merge(s);
        out.extend(entries);
    }
    Ok((out, total))
}

/// A cell as text: numbers without a needless `.0`, a date cell as ISO (`2022-12-19`),
/// or, in a time column, as `23:45`.
fn text(c: &Data, time: bool) -> String {
    match c {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => serial_text(d.as_f64(), time),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

/// An Excel serial date-time as `2022-12-19`, or its time of day as `23:45`.
fn serial_text(v: f64, time: bool) -> String {
    if time {
        let minutes = ((v.fract() * 1440.0).round() as i64).rem_euclid(1440);
        return format!("{:02}:{:02}", minutes / 60, minutes % 60);
    }
    chrono::NaiveDate::from_ymd_opt(1899, 12, 30)
        .and_then(|e| e.checked_add_signed(chrono::Duration::days(v.floor() as i64)))
        .map(|d| d.to_string())
        .unwrap_or_else(|| v.to_string())
}

/// The header row (its index) and its names: a row naming a date and a text column, or
/// two rows that do together (a group header merged above its sub-headers).
fn header(rows: &[&[Data]]) -> Option<(usize, Vec<String>)> {
    let names = |r: &[Data]| -> Vec<String> { r.iter().map(|c| text(c, false).trim().to_string()).collect() };
    let good = |h: &[String]| {
        let cols: Vec<_> = h.iter().filter_map(|n| column_of(n).flatten()).collect();
        cols.contains(&"date") && cols.contains(&"text")
    };
    for i in 0..rows.len().min(HEADER_SEARCH) {
        let one = names(rows[i]);
        if good(&one) {
            return Some((i, one));
        }
        if let Some(next) = rows.get(i + 1) {
            let two: Vec<String> = names(next)
                .into_iter()
                .zip(one.iter().chain(std::iter::repeat(&String::new())))
                .map(|(low, up)| if low.is_empty() { up.clone() } else { low })
                .collect();
            if good(&two) {
                return Some((i + 1, two));
            }
        }
    }
    None
}

/// Where each column of a sheet goes: worklog's columns by position, and the others
/// (kept as lines of the text).
struct Layout {
    /// worklog column → position in the records built here (`note` last).
    col: HashMap<&'static str, usize>,
    /// The sheet's own columns: (position in the sheet, worklog column).
    known: Vec<(usize, &'static str)>,
    /// Columns worklog has no field for: (position in the sheet, label).
    extra: Vec<(usize, String)>,
}

impl Layout {
    fn of(headers: &[String]) -> Layout {
        let mut known = Vec::new();
        let mut extra = Vec::new();
        for (i, h) in headers.iter().enumerate() {
            match column_of(h) {
                Some(Some(c)) if !known.iter().any(|(_, k)| *k == c) => known.push((i, c)),
                Some(None) => {}
                _ if h.is_empty() => extra.push((i, String::new())),
                _ => extra.push((i, h.clone())),
            }
        }
        let mut col: HashMap<&'static str, usize> = HashMap::new();
        for (_, c) in known.iter().filter(|(_, c)| *c != "note") {
            col.insert(c, col.len());
        }
        col.insert("note", col.len());
        Layout { col, known, extra }
    }

    /// One row as a record of worklog's columns, the note last (the sheet's note, then a
    /// line per other column).
    fn record(&self, cells: &[Data], shown: &str, sheet: &str, line: u64) -> Result<::csv::StringRecord> {
        let get = |i: usize, time: bool| -> Result<String> {
            match cells.get(i) {
                Some(Data::Error(e)) => Err(Error::input(
                    M::ImportSheetError,
                    &[
                        &shown,
                        &sheet,
                        &line,
                        &(i + 1),
                        &t(M::ImportCellError, &[&format!("{e:?}")]),
                    ],
                )),
                Some(c) => Ok(text(c, time).trim().to_string()),
                None => Ok(String::new()),
            }
        };
        let mut rec = ::csv::StringRecord::new();
        let mut note = Vec::new();
        for (i, c) in &self.known {
            let v = get(*i, *c == "time")?;
            if *c == "note" {
                if !v.is_empty() {
                    note.push(v);
                }
            } else {
                rec.push_field(&v);
            }
        }
        for (i, label) in &self.extra {
            let v = get(*i, false)?;
            match (v.is_empty(), label.is_empty()) {
                (true, _) => {}
                (false, true) => note.push(v),
                (false, false) => note.push(format!("{label}: {v}")),
            }
        }
        // The note is the last field (`Layout::of` put it there).
        rec.push_field(&note.join("\n"));
        Ok(rec)
    }
}
