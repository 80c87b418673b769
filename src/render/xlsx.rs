//! `--format xlsx`: any listing or report as an Excel work book (rust_xlsxwriter), one
//! sheet per table — a report of several parts (the month report) has one sheet per
//! part. Each sheet: the table's title in the first row, then a bold header row, the
//! panes frozen below it, columns as wide as their text (capped), and the cells typed:
//! a date (`19/12/2022`, `2022-12-19`, either with ` 23:45`) is a real date cell, a whole
//! number is a number, everything else is text — so the office can sort, filter and sum.

use super::Listing;
use crate::error::{Error, Result};
use crate::i18n::M;
use chrono::{NaiveDate, NaiveTime};
use rust_xlsxwriter::{Format, Workbook, Worksheet};
use unicode_width::UnicodeWidthStr;

/// The widest a column gets, in characters.
const MAX_WIDTH: usize = 60;

fn fail(e: rust_xlsxwriter::XlsxError) -> Error {
    Error::fail(M::IoError, &[&"xlsx", &e])
}

/// A cell's text read as a date (and time of day), the way worklog displays them.
pub fn cell_date(s: &str) -> Option<(NaiveDate, Option<NaiveTime>)> {
    let s = s.trim();
    let (d, t) = match s.split_once(' ') {
        Some((d, t)) => (d, Some(NaiveTime::parse_from_str(t, "%H:%M").ok()?)),
        None => (s, None),
    };
    let date = NaiveDate::parse_from_str(d, "%d/%m/%Y")
        .or_else(|_| NaiveDate::parse_from_str(d, "%Y-%m-%d"))
        .ok()?;
    Some((date, t))
}

/// Excel's serial number of a date and time (days since 1899-12-30).
fn serial(date: NaiveDate, time: Option<NaiveTime>) -> Option<f64> {
    let days = (date - NaiveDate::from_ymd_opt(1899, 12, 30)?).num_days() as f64;
    let frac = time.map(|t| chrono::Timelike::num_seconds_from_midnight(&t) as f64 / 86_400.0);
    Some(days + frac.unwrap_or(0.0))
}

/// A whole number as Excel holds it (no leading zeros: `007` stays text).
fn whole(s: &str) -> Option<f64> {
    let digits = s.strip_prefix('-').unwrap_or(s);
    let plain = !digits.is_empty()
        && digits.len() <= 15
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'));
    if plain { s.parse::<f64>().ok() } else { None }
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, unique.
fn sheet_name(title: Option<&str>, i: usize, taken: &mut Vec<String>) -> String {
    let base: String = title
        .unwrap_or("")
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
        .collect::<String>()
        .trim()
        .trim_matches('\'')
        .chars()
        .take(28)
        .collect();
    let base = if base.is_empty() {
        format!("{}", i + 1)
    } else {
        base
    };
    let mut name = base.clone();
    let mut n = 2;
    while taken.iter().any(|t| t.to_lowercase() == name.to_lowercase()) {
        name = format!("{base} {n}");
        n += 1;
    }
    taken.push(name.clone());
    name
}

/// The listings as a work book, one sheet each.
pub fn workbook(sheets: &[Listing]) -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    let lang_vi = crate::i18n::date(NaiveDate::from_ymd_opt(2022, 12, 19).unwrap_or_default()).contains('/');
    let formats = Formats {
        bold: Format::new().set_bold(),
        date: Format::new().set_num_format(if lang_vi { "dd/mm/yyyy" } else { "yyyy-mm-dd" }),
        datetime: Format::new().set_num_format(if lang_vi {
            "dd/mm/yyyy hh:mm"
        } else {
            "yyyy-mm-dd hh:mm"
        }),
        wrap: Format::new().set_text_wrap(),
    };
    let mut taken = Vec::new();
    for (i, l) in sheets.iter().enumerate() {
        let ws = book.add_worksheet();
        ws.set_name(sheet_name(l.title.as_deref(), i, &mut taken))
            .map_err(fail)?;
        sheet(ws, l, &formats)?;
    }
    if sheets.is_empty() {
        book.add_worksheet();
    }
    book.save_to_buffer().map_err(fail)
}

struct Formats {
    bold: Format,
    date: Format,
    datetime: Format,
    wrap: Format,
}

fn sheet(ws: &mut Worksheet, l: &Listing, f: &Formats) -> Result<()> {
    let mut row: u32 = 0;
    if let Some(t) = &l.title {
        ws.write_string_with_format(row, 0, t, &f.bold).map_err(fail)?;
        row += 1;
    }
    let mut widths: Vec<usize> = l.headers.iter().map(|h| h.width()).collect();
    for (c, h) in l.headers.iter().enumerate() {
        ws.write_string_with_format(row, c as u16, h, &f.bold)
            .map_err(fail)?;
    }
    row += 1;
    ws.set_freeze_panes(row, 0).map_err(fail)?;
    for r in &l.rows {
        for (c, cell) in r.iter().enumerate() {
            write_cell(ws, row, c as u16, cell, f)?;
            let w = cell.lines().map(UnicodeWidthStr::width).max().unwrap_or(0);
            match widths.get_mut(c) {
                Some(x) => *x = (*x).max(w),
                None => widths.push(w),
            }
        }
        row += 1;
    }
    if l.rows.is_empty() {
        if let Some(e) = &l.empty {
            ws.write_string(row, 0, e).map_err(fail)?;
            row += 1;
        }
    }
    if let Some(foot) = &l.footer {
        ws.write_string(row + 1, 0, foot).map_err(fail)?;
    }
    for (c, w) in widths.iter().enumerate() {
        ws.set_column_width(c as u16, (*w).clamp(6, MAX_WIDTH) as f64 + 2.0)
            .map_err(fail)?;
    }
    Ok(())
}

fn write_cell(ws: &mut Worksheet, row: u32, col: u16, cell: &str, f: &Formats) -> Result<()> {
    if let Some((d, t)) = cell_date(cell) {
        if let Some(n) = serial(d, t) {
            let fmt = if t.is_some() { &f.datetime } else { &f.date };
            ws.write_number_with_format(row, col, n, fmt).map_err(fail)?;
            return Ok(());
        }
    }
    if let Some(n) = whole(cell) {
        ws.write_number(row, col, n).map_err(fail)?;
    } else if cell.contains('\n') {
        ws.write_string_with_format(row, col, cell, &f.wrap)
            .map_err(fail)?;
    } else {
        ws.write_string(row, col, cell).map_err(fail)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_typed_and_sheet_names_are_valid() {
        let d = NaiveDate::from_ymd_opt(2022, 12, 19).unwrap();
        assert_eq!(cell_date("19/12/2022"), Some((d, None)));
        assert_eq!(
            cell_date("2022-12-19 23:45"),
            Some((d, NaiveTime::from_hms_opt(23, 45, 0)))
        );
        assert_eq!(cell_date("#12"), None);
        assert_eq!(serial(d, None), Some(44914.0));
        assert_eq!(
            (whole("45"), whole("007"), whole("#3"), whole("-2")),
            (Some(45.0), None, None, Some(-2.0))
        );
        let mut taken = Vec::new();
        assert_eq!(
            sheet_name(Some("Kỳ 01/12/2022 – 31/12/2022"), 0, &mut taken),
            "Kỳ 01-12-2022 – 31-12-2022"
        );
        assert_eq!(
            sheet_name(Some("Kỳ 01/12/2022 – 31/12/2022"), 1, &mut taken),
            "Kỳ 01-12-2022 – 31-12-2022 2"
        );
        assert_eq!(sheet_name(None, 2, &mut taken), "3");
    }
}
