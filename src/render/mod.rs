//! Everything that reaches standard output goes through here. Commands build a `View`
//! (a record, a listing, a message) and `Output` renders it as a table, Markdown, CSV or
//! JSON. Colour marks overdue (red), stale (yellow) and done (dim) rows and search hits,
//! in terminal tables only: never in JSON, CSV, Markdown or a file; `--no-color` or
//! `NO_COLOR` (any value) turns it off, `CLICOLOR_FORCE` (not `0`) on even through a pipe,
//! `TERM=dumb` off on a terminal.

pub mod calendar;
pub mod check;
pub mod details;
pub mod doc;
pub mod export;
pub mod labels;
pub mod listings;
pub mod lunar;
pub mod man;
pub mod message;
pub mod noted;
pub mod progress;
pub mod prompt;
pub mod reports;
pub mod table;
pub mod xlsx;

use crate::error::{Error, Result};
use serde::Serialize;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Md,
    Csv,
    Json,
    Html,
    Docx,
    /// An Excel work book of the listing or report (render/xlsx.rs); needs -o.
    Xlsx,
}

impl Format {
    /// The name typed after `--format`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Md => "md",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Xlsx => "xlsx",
        }
    }
}

/// The formats every view has: its table (or lines), Markdown, CSV, JSON and a work book.
/// A view that is a document (`Render::document` gives it) has html and docx too.
pub const TEXT_FORMATS: &[Format] = &[Format::Table, Format::Md, Format::Csv, Format::Json, Format::Xlsx];

/// The error of a `--format` the command has no output in (exit 2): the formats it has.
pub fn format_not_here(format: Format, formats: &[Format]) -> Error {
    let names: Vec<&str> = formats.iter().map(|f| f.name()).collect();
    Error::input(
        crate::i18n::M::FormatNotHere,
        &[&crate::cli_i18n::command_name(), &format.name()],
    )
    .hint(crate::i18n::M::FormatNotHereHint, &[&names.join(", ")])
}

/// How a row of a terminal table is marked (in colour only).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RowStyle {
    #[default]
    Plain,
    /// Past its due date and not done: red.
    Overdue,
    /// Open and untouched for `stale_days`: yellow.
    Stale,
    /// Done or dropped: dim.
    Done,
}

/// A table for people: headers and rows (JSON is written by the view from its records,
/// never from a table).
#[derive(Debug, Clone, Default)]
pub struct Listing {
    pub title: Option<String>,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// A line under the table (totals), not part of CSV or JSON.
    pub footer: Option<String>,
    /// Shown instead of an empty table.
    pub empty: Option<String>,
    /// How the terminal table may be narrowed (render/table.rs); md, CSV and JSON keep
    /// every column.
    pub fit: table::Fit,
    /// How each row is marked on a colour terminal (empty or shorter: plain).
    pub styles: Vec<RowStyle>,
    /// The cells holding minutes: shown as hours and minutes in a table and Markdown
    /// ("1 giờ 30 phút"), kept as numbers in CSV and work books.
    pub minutes: MinuteCells,
}

/// Where a listing's minutes are: whole columns, or the value cells of some rows (a
/// table of indicators with one row of minutes).
#[derive(Debug, Clone, Default)]
pub struct MinuteCells(Vec<MinuteCell>);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MinuteCell {
    Column(usize),
    Row(usize),
}

/// A cell of minutes (`90`, `+30`, `-15`) as hours and minutes; any other text as it is.
fn minutes_cell(cell: String) -> String {
    let (sign, digits) = match cell.strip_prefix(['+', '-']) {
        Some(rest) => (&cell[..1], rest),
        None => ("", cell.as_str()),
    };
    match digits.parse::<i64>() {
        Ok(m) if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) => {
            format!("{sign}{}", crate::i18n::duration(m))
        }
        _ => cell,
    }
}

impl MinuteCells {
    pub fn columns(columns: &[usize]) -> MinuteCells {
        MinuteCells(columns.iter().map(|c| MinuteCell::Column(*c)).collect())
    }

    /// The value cells of row `row` (its first cell is the row's label).
    pub fn row(row: usize) -> MinuteCells {
        MinuteCells(vec![MinuteCell::Row(row)])
    }

    /// Whether column `c` holds minutes (a table never wraps its cells).
    pub fn is_column(&self, c: usize) -> bool {
        self.0.contains(&MinuteCell::Column(c))
    }

    fn is_row(&self, r: usize) -> bool {
        self.0.contains(&MinuteCell::Row(r))
    }

    /// The listing with its minutes as hours and minutes, and a minutes column headed
    /// by the word for time spent.
    fn apply(&self, mut l: Listing) -> Listing {
        for (c, h) in l.headers.iter_mut().enumerate() {
            if self.is_column(c) {
                *h = crate::i18n::s(crate::i18n::M::LDuration).to_string();
            }
        }
        for (i, row) in l.rows.iter_mut().enumerate() {
            let whole_row = self.is_row(i);
            if let (true, Some(label)) = (whole_row, row.first_mut()) {
                *label = crate::i18n::s(crate::i18n::M::RDuration).to_string();
            }
            for (c, cell) in row.iter_mut().enumerate() {
                if self.is_column(c) && cell == "0" {
                    // no time given or none spent: nothing to read
                    cell.clear();
                } else if self.is_column(c) || (whole_row && c > 0) {
                    *cell = minutes_cell(std::mem::take(cell));
                }
            }
        }
        l
    }
}

impl Listing {
    /// A count under the table ("3 văn bản"), only when there is something to count:
    /// an empty table's "Không có mục nào." is not followed by "0 văn bản".
    pub fn count_footer(&mut self, count: String) {
        self.footer = (!self.rows.is_empty()).then_some(count);
    }

    pub fn new(headers: Vec<String>, rows: Vec<Vec<String>>) -> Listing {
        Listing {
            headers,
            rows,
            ..Listing::default()
        }
    }
}

/// A typed view: what a command computed, as a value of its own type. JSON is written
/// straight from that type (`#[derive(Serialize)]`); the human forms are built only
/// when they are the ones asked for, so a table never builds a JSON tree and JSON never
/// builds a table.
pub trait Render {
    /// `--format json`: the value as one JSON document (pretty, with a final newline —
    /// `render::json` does that).
    fn json(&self, buf: &mut Vec<u8>) -> Result<()>;
    /// table, md and csv: lines or listings.
    fn human(&self) -> Result<Human>;
    /// The human form for one of table, md and csv: the same as `human` unless a view's
    /// forms differ (`status` leaves its date line out of CSV).
    fn human_for(&self, _format: Format) -> Result<Human> {
        self.human()
    }
    /// html and docx, for the views that are documents (reports); `None`: the view has
    /// no document form and is shown as a table.
    fn document(&self, _format: Format) -> Result<Option<Vec<u8>>> {
        Ok(None)
    }
}

/// The human forms of a typed view.
pub enum Human {
    /// A created or changed record's one line, or a message: not printed with `-q`.
    Lines(Vec<String>),
    Listing(Listing),
    /// Several listings one after another.
    Sections(Vec<Listing>),
}

/// Writes `v` as `--format json` prints it: pretty, with a final newline.
pub fn json<T: Serialize + ?Sized>(buf: &mut Vec<u8>, v: &T) -> Result<()> {
    serde_json::to_writer_pretty(&mut *buf, v).map_err(|e| Error::fail(crate::i18n::M::DbError, &[&e]))?;
    buf.push(b'\n');
    Ok(())
}

/// What a command hands back to be shown.
pub enum View {
    /// A typed view (see `Render`).
    Typed(Box<dyn Render>),
    /// Raw text written as it is (man page, completions).
    Raw(Vec<u8>),
    Nothing,
}

pub struct Output {
    pub format: Format,
    /// Colour in terminal tables (never in other formats or files).
    pub color: bool,
    pub utf8: bool,
    pub width: Option<u16>,
    pub quiet: bool,
    pub dry_run: bool,
    pub file: Option<PathBuf>,
    /// Set when the command opened the database (or a file) to write: with `-q`, such a
    /// command prints nothing on success but JSON asked for.
    pub wrote: std::cell::Cell<bool>,
}

/// Whether terminal tables get colour: `--no-color` and `NO_COLOR` (set to anything) say
/// no; else `CLICOLOR_FORCE` (set, not `0`) says yes even through a pipe; else a terminal
/// whose `TERM` is not `dumb`. Never when the output goes to a file.
pub fn wants_color(
    tty: bool,
    to_file: bool,
    no_color_flag: bool,
    var: impl Fn(&str) -> Option<std::ffi::OsString>,
) -> bool {
    if to_file || no_color_flag || var("NO_COLOR").is_some() {
        return false;
    }
    if var("CLICOLOR_FORCE").is_some_and(|v| !v.is_empty() && v != "0") {
        return true;
    }
    tty && var("TERM").is_none_or(|t| t != "dumb")
}

impl Output {
    pub fn from_env(
        format: Option<Format>,
        no_color: bool,
        quiet: bool,
        dry_run: bool,
        file: Option<PathBuf>,
    ) -> Output {
        use std::io::IsTerminal;
        let tty = std::io::stdout().is_terminal() && file.is_none();
        let color = wants_color(tty, file.is_some(), no_color, |v| std::env::var_os(v));
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
            .iter()
            .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()));
        let utf8 = match locale {
            Some(l) => {
                let l = l.to_lowercase();
                l.contains("utf-8") || l.contains("utf8")
            }
            None => true,
        };
        // The terminal's width; piped: COLUMNS, else the controlling terminal's (through
        // standard error, which is still on it), else 100.
        let columns = std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<u16>().ok())
            .filter(|w| *w >= 20);
        let terminal = |stderr: bool| {
            let mut t = comfy_table::Table::new();
            if stderr {
                t.use_stderr();
            }
            t.width().filter(|w| *w >= 20)
        };
        let width = if tty {
            terminal(false).or(columns)
        } else {
            columns.or_else(|| terminal(true))
        }
        .or(Some(100));
        Output {
            format: format.unwrap_or(Format::Table),
            color,
            utf8,
            width,
            quiet,
            dry_run,
            file,
            wrote: std::cell::Cell::new(false),
        }
    }

    /// Says the command wrote (the database, a backup, a restored file): `-q` then
    /// silences its output.
    pub fn mark_written(&self) {
        self.wrote.set(true);
    }

    /// Before a command runs: the format asked for is one of `formats` (else exit 2
    /// naming them), and a work book has its file.
    pub fn check_format(&self, formats: &[Format]) -> Result<()> {
        if !formats.contains(&self.format) {
            return Err(format_not_here(self.format, formats));
        }
        if self.format == Format::Xlsx && self.file.is_none() {
            return Err(
                Error::input(crate::i18n::M::XlsxNeedsFile, &[]).hint(crate::i18n::M::XlsxNeedsFileHint, &[])
            );
        }
        Ok(())
    }

    /// `-q` after a write: nothing on the screen but the JSON asked for.
    fn silent(&self) -> bool {
        self.quiet && self.wrote.get() && self.file.is_none() && self.format != Format::Json
    }

    /// Whether views will be asked for their document form (html, docx, md): what only
    /// a document says need not be gathered for the other formats.
    pub fn shows_documents(&self) -> bool {
        matches!(self.format, Format::Html | Format::Docx | Format::Md)
    }

    pub fn emit(&self, view: View) -> Result<()> {
        if self.silent() {
            return Ok(());
        }
        let mut buf: Vec<u8> = Vec::new();
        let csv_to_file = self.format == Format::Csv && self.file.is_some();
        if csv_to_file {
            // Excel reads a CSV file as UTF-8 only with a byte-order mark.
            buf.extend_from_slice("\u{feff}".as_bytes());
        }
        match view {
            View::Nothing => {}
            View::Typed(v) => self.typed(&mut buf, v.as_ref())?,
            View::Raw(bytes) => buf.extend_from_slice(&bytes),
        }
        if self.dry_run && !matches!(self.format, Format::Json | Format::Xlsx) {
            writeln!(buf, "{}", crate::i18n::s(crate::i18n::M::DryRun))?;
        }
        self.write(&buf)
    }

    fn typed(&self, buf: &mut Vec<u8>, v: &dyn Render) -> Result<()> {
        if self.format == Format::Json {
            return v.json(buf);
        }
        if self.format == Format::Xlsx {
            return self.xlsx(buf, v);
        }
        if matches!(self.format, Format::Html | Format::Docx | Format::Md) {
            if let Some(bytes) = v.document(self.format)? {
                if self.format == Format::Docx && self.file.is_none() {
                    return Err(Error::input(crate::i18n::M::DocNeedsFile, &[])
                        .hint(crate::i18n::M::DocNeedsFileHint, &[]));
                }
                buf.extend_from_slice(&bytes);
                return Ok(());
            }
            // A view that is no document has only the text formats: never a table
            // written into a .docx.
            if self.format != Format::Md {
                return Err(format_not_here(self.format, TEXT_FORMATS));
            }
        }
        match v.human_for(self.format)? {
            Human::Lines(lines) => {
                if !self.quiet {
                    for l in lines {
                        writeln!(buf, "{}", visible(&l))?;
                    }
                }
            }
            Human::Listing(l) => self.listing(buf, &self.shown(l), None)?,
            Human::Sections(sections) => {
                for (i, l) in sections.into_iter().enumerate() {
                    if i > 0 && self.format != Format::Csv {
                        writeln!(buf)?;
                    }
                    self.listing(buf, &self.shown(l), Some(i))?;
                }
            }
        }
        Ok(())
    }

    /// The view's tables as a work book: one sheet per table (a message: one sheet of
    /// its lines).
    fn xlsx(&self, buf: &mut Vec<u8>, v: &dyn Render) -> Result<()> {
        if self.file.is_none() {
            return Err(
                Error::input(crate::i18n::M::XlsxNeedsFile, &[]).hint(crate::i18n::M::XlsxNeedsFileHint, &[])
            );
        }
        let sheets = match v.human_for(Format::Xlsx)? {
            Human::Lines(lines) => vec![Listing {
                rows: lines.into_iter().map(|l| vec![l]).collect(),
                ..Listing::default()
            }],
            Human::Listing(l) => vec![l],
            Human::Sections(s) => s,
        };
        buf.extend_from_slice(&xlsx::workbook(&sheets)?);
        Ok(())
    }

    /// A listing as it may reach a terminal (table and md; CSV is data and stays as it
    /// is): every text through `visible`, then the highlight marks turned into colour
    /// (or dropped).
    fn shown(&self, l: Listing) -> Listing {
        if !matches!(self.format, Format::Table | Format::Md) {
            return l;
        }
        let l = l.minutes.clone().apply(l);
        let color = self.color && self.format == Format::Table;
        let cell = |s: String| marks(&visible(&s), color);
        let opt = |s: Option<String>| s.map(cell);
        Listing {
            title: opt(l.title),
            headers: l.headers.into_iter().map(cell).collect(),
            rows: l
                .rows
                .into_iter()
                .map(|r| r.into_iter().map(cell).collect())
                .collect(),
            footer: opt(l.footer),
            empty: opt(l.empty),
            fit: l.fit,
            styles: if color { l.styles } else { Vec::new() },
            // already shown as hours and minutes; the table keeps those cells whole
            minutes: l.minutes,
        }
    }

    fn listing(&self, buf: &mut Vec<u8>, l: &Listing, section: Option<usize>) -> Result<()> {
        match self.format {
            // JSON never comes from a table: `typed` writes the view's own JSON first.
            Format::Json => {}
            Format::Csv => {
                if section.is_some_and(|i| i > 0) {
                    writeln!(buf)?;
                }
                write_csv(buf, l)?;
            }
            Format::Md => {
                if let Some(t) = &l.title {
                    writeln!(buf, "## {}\n", md_escape(t))?;
                }
                if l.rows.is_empty() {
                    if let Some(e) = &l.empty {
                        writeln!(buf, "{e}")?;
                    }
                } else {
                    write_md(buf, l)?;
                }
                if let Some(f) = &l.footer {
                    writeln!(buf, "\n{}", md_escape(f))?;
                }
            }
            _ => {
                if let Some(t) = &l.title {
                    let t = if self.color {
                        format!("\x1b[1m{t}\x1b[0m")
                    } else {
                        t.clone()
                    };
                    writeln!(buf, "{t}")?;
                }
                if l.rows.is_empty() {
                    if let Some(e) = &l.empty {
                        writeln!(buf, "{e}")?;
                    }
                } else {
                    writeln!(buf, "{}", table::render(l, self))?;
                }
                if let Some(f) = &l.footer {
                    writeln!(buf, "{f}")?;
                }
            }
        }
        Ok(())
    }

    fn write(&self, bytes: &[u8]) -> Result<()> {
        if bytes.is_empty() {
            return Ok(());
        }
        match &self.file {
            // Private, beside the target then renamed: a failure leaves what was there (R9).
            Some(path) => crate::fsutil::write_private(path, bytes).map_err(|e| Error::file(path, e)),
            None => {
                let mut out = std::io::stdout().lock();
                out.write_all(bytes)?;
                out.flush()?;
                Ok(())
            }
        }
    }
}

/// Marks a view puts around a highlighted span (search hits); `Output` turns them into
/// colour on a terminal and drops them elsewhere, after `visible` has run, so no escape
/// sequence travels inside a view's text.
pub const MARK_ON: &str = "\u{E000}";
pub const MARK_OFF: &str = "\u{E001}";

fn marks(s: &str, color: bool) -> String {
    if !s.contains(MARK_ON) && !s.contains(MARK_OFF) {
        return s.to_string();
    }
    let (on, off) = if color {
        ("\x1b[1;33m", "\x1b[0m")
    } else {
        ("", "")
    };
    s.replace(MARK_ON, on).replace(MARK_OFF, off)
}

/// Text as it may reach a terminal (SPEC §11 R11): control characters (C0 but newline
/// and tab, DEL, C1) and the bidirectional controls that reorder what is shown are
/// written as visible escapes (`\u{1b}`), never sent raw.
pub fn visible(s: &str) -> std::borrow::Cow<'_, str> {
    let hidden = |c: char| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if !s.chars().any(hidden) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if hidden(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Neutralises a cell a spreadsheet would run as a formula.
pub fn csv_safe(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

fn write_csv(buf: &mut Vec<u8>, l: &Listing) -> Result<()> {
    let mut w = csv::Writer::from_writer(&mut *buf);
    let err = |e: csv::Error| Error::fail(crate::i18n::M::IoError, &[&"csv", &e]);
    w.write_record(l.headers.iter().map(|h| csv_safe(h)))
        .map_err(err)?;
    for row in &l.rows {
        w.write_record(row.iter().map(|c| csv_safe(c))).map_err(err)?;
    }
    w.flush()?;
    Ok(())
}

fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '|' | '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push_str("<br>"),
            _ => out.push(c),
        }
    }
    out
}

fn write_md(buf: &mut Vec<u8>, l: &Listing) -> Result<()> {
    let line = |cells: &mut dyn Iterator<Item = String>| -> String {
        let v: Vec<String> = cells.collect();
        format!("| {} |", v.join(" | "))
    };
    writeln!(buf, "{}", line(&mut l.headers.iter().map(|h| md_escape(h))))?;
    writeln!(buf, "|{}|", vec!["---"; l.headers.len()].join("|"))?;
    for r in &l.rows {
        writeln!(buf, "{}", line(&mut r.iter().map(|c| md_escape(c))))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised() {
        assert_eq!(csv_safe("=1+1"), "'=1+1");
        assert_eq!(csv_safe("+84 90"), "'+84 90");
        assert_eq!(csv_safe("-x"), "'-x");
        assert_eq!(csv_safe("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_safe("Họp"), "Họp");
    }

    #[test]
    fn control_characters_are_shown_not_sent() {
        assert_eq!(visible("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(visible("x\u{7}\u{9b}y\u{202e}z"), "x\\u{7}\\u{9b}y\\u{202e}z");
        assert_eq!(visible("Họp\tgiao ban\n"), "Họp\tgiao ban\n");
        assert!(matches!(visible("Họp"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn highlight_marks_become_colour_or_nothing() {
        let s = format!("a {MARK_ON}họp{MARK_OFF} b");
        assert_eq!(marks(&s, true), "a \x1b[1;33mhọp\x1b[0m b");
        assert_eq!(marks(&s, false), "a họp b");
    }

    #[test]
    fn colour_follows_no_color_clicolor_force_and_term() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| (*v).into())
        };
        // a terminal: colour unless TERM=dumb or NO_COLOR (any value)
        assert!(wants_color(true, false, false, env(&[])));
        assert!(wants_color(
            true,
            false,
            false,
            env(&[("TERM", "xterm-256color")])
        ));
        assert!(!wants_color(true, false, false, env(&[("TERM", "dumb")])));
        assert!(!wants_color(true, false, false, env(&[("NO_COLOR", "")])));
        assert!(!wants_color(true, false, true, env(&[])));
        // piped: only CLICOLOR_FORCE (not 0), and NO_COLOR still wins
        assert!(!wants_color(false, false, false, env(&[])));
        assert!(wants_color(false, false, false, env(&[("CLICOLOR_FORCE", "1")])));
        assert!(wants_color(
            false,
            false,
            false,
            env(&[("CLICOLOR_FORCE", "1"), ("TERM", "dumb")])
        ));
        assert!(!wants_color(false, false, false, env(&[("CLICOLOR_FORCE", "0")])));
        assert!(!wants_color(
            false,
            false,
            false,
            env(&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")])
        ));
        // a file never
        assert!(!wants_color(true, true, false, env(&[("CLICOLOR_FORCE", "1")])));
    }

    #[test]
    fn markdown_cells_cannot_break_the_table() {
        assert_eq!(md_escape("a|b\nc"), "a\\|b<br>c");
    }
}
