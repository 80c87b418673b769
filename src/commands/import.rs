//! `worklog import FILE --from csv`: entries from a spreadsheet, all or nothing in one
//! transaction. Every row is checked before anything is written; the first bad cell is
//! reported with its line and column. `--from worklog` reads a `worklog export` JSON
//! file into an empty database, every record with its original id (store/export.rs).
//! `--from jrnl|taskwarrior` live in import_other.rs.

use crate::app::Ctx;
use crate::dates::{Dir, parse_date};
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use crate::render::View;
use crate::store::{self, NewEntry};
use std::collections::HashMap;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum From {
    Csv,
    Worklog,
    Jrnl,
    Taskwarrior,
}

#[derive(Debug, clap::Args)]
#[command(
    after_long_help = "The CSV file's first row names its columns, of: date, text, kind, field, unit, tags, minutes.\n`date` and `text` are required; several units or tags are separated by `;`.\n\n--from worklog reads a `worklog export` JSON file into an EMPTY database, ids and all:\n  worklog --db new.db import worklog-2022.json --from worklog\n\n--from jrnl reads `jrnl --export json` or jrnl plain text (`2022-12-19 08:30 Title` lines, then the body) into entries; @tags become tags.\n--from taskwarrior reads `task export` (a JSON array or one object per line) into tasks: dates in Vietnam time (UTC+7), H/M/L priorities to high/normal/low, the project as a tag project:NAME, annotations as notes; deleted tasks and recurring templates are skipped.\n\nExample:\n  worklog import so-cong-viec.csv --from csv --dry-run"
)]
pub struct Args {
    /// The file to read
    pub file: PathBuf,
    /// The file's format
    #[arg(long, value_enum, default_value = "csv")]
    pub from: From,
}

const COLUMNS: &[&str] = &["date", "text", "kind", "field", "unit", "tags", "minutes"];

pub fn run(ctx: &Ctx, a: Args) -> Result<View> {
    if a.from == From::Worklog {
        return from_worklog(ctx, &a);
    }
    let shown = a.file.display().to_string();
    let bytes = std::fs::read(&a.file).map_err(|e| Error::input(M::IoError, &[&shown, &e]))?;
    if a.from != From::Csv {
        return super::import_other::run(ctx, &bytes, &shown, a.from == From::Taskwarrior);
    }
    let mut store = ctx.store_rw()?;
    let mut tx = store.begin_write()?;
    let entries = read_csv(ctx, tx.db(), &bytes, &shown)?;
    tx.bulk_inserts()?;
    let n = tx.insert_entries_bulk(&entries)?;
    tx.finish(&t(M::UndoImport, &[&n, &shown]), ctx.dry_run)?;
    let line = if ctx.dry_run {
        t(M::ImportWouldAdd, &[&n, &shown])
    } else {
        t(M::Imported, &[&n, &shown])
    };
    Ok(View::Message {
        lines: vec![line],
        json: serde_json::json!({"imported": if ctx.dry_run { 0 } else { n }, "rows": n, "file": shown, "dry_run": ctx.dry_run}),
    })
}

/// A `worklog export` file into an empty database, in one transaction.
fn from_worklog(ctx: &Ctx, a: &Args) -> Result<View> {
    let shown = a.file.display().to_string();
    let bytes = std::fs::read(&a.file).map_err(|e| Error::input(M::IoError, &[&shown, &e]))?;
    let next = store::export::read_header(&bytes, &shown)?;
    let mut store = ctx.store_rw()?;
    let mut tx = store.begin_write()?;
    let n = tx.import_export(&bytes, next, &shown)?;
    tx.finish(&t(M::UndoImportWorklog, &[&shown]), ctx.dry_run)?;
    let line = if ctx.dry_run {
        t(M::ImportWorklogWould, &[&n, &shown])
    } else {
        t(M::ImportedWorklog, &[&n, &shown])
    };
    Ok(View::Message {
        lines: vec![line],
        json: serde_json::json!({"imported": if ctx.dry_run { 0 } else { n }, "records": n, "file": shown, "dry_run": ctx.dry_run}),
    })
}

fn read_csv(ctx: &Ctx, conn: crate::store::Db<'_>, bytes: &[u8], shown: &str) -> Result<Vec<NewEntry>> {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let mut rdr = csv::ReaderBuilder::new().flexible(false).from_reader(bytes);
    let csv_err = |e: csv::Error| {
        let line = e.position().map(|p| p.line()).unwrap_or(0);
        Error::input(M::ImportBadCsv, &[&shown, &line, &e])
    };
    let headers: Vec<String> = rdr
        .headers()
        .map_err(csv_err)?
        .iter()
        .map(|h| crate::text::fold(h.trim()))
        .collect();
    let mut col: HashMap<&str, usize> = HashMap::new();
    for (i, h) in headers.iter().enumerate() {
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
        let date =
            parse_date(cell("date"), ctx.today(), Dir::Past, ctx.cal()).map_err(|e| at("date", e.into()))?;
        let kind = match cell("kind") {
            "" => "other".to_string(),
            k => match kinds.get(k) {
                Some(v) => v.clone(),
                None => {
                    let v = crate::input::resolve_kind(&ctx.config, k).map_err(|e| at("kind", e))?;
                    kinds.insert(k.to_string(), v.clone());
                    v
                }
            },
        };
        let field = match cell("field") {
            "" => None,
            f => Some(match fields.get(f) {
                Some(v) => v.clone(),
                None => {
                    let v = store::units::resolve_field(conn, f).map_err(|e| at("field", e.into()))?;
                    fields.insert(f.to_string(), v.clone());
                    v
                }
            }),
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
            let id = match units.get(&alias) {
                Some(id) => *id,
                None => {
                    let id = store::units::resolve_unit(conn, &alias).map_err(|e| at("unit", e.into()))?;
                    units.insert(alias.clone(), id);
                    id
                }
            };
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
        out.push(NewEntry {
            date: Some(date),
            text,
            kind,
            field,
            units: unit_ids,
            tags,
            docs: Vec::new(),
            minutes,
            task: None,
        });
    }
    Ok(out)
}
