//! `worklog import FILE --from csv`: entries from a spreadsheet, all or nothing in one
//! transaction. Every row is checked before anything is written; the first bad cell is
//! reported with its line and column. `--from worklog` reads a `worklog export` JSON
//! file into an empty database, every record with its original id (store/export.rs).
//! `--from jrnl|taskwarrior` read other tools' exports (entries, tasks). The files are
//! parsed by the pure readers of `import/`; this command writes what they read.

use crate::app::Ctx;
use crate::dates::{Dir, parse_date};
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use crate::import::{ImportedEntry, taskwarrior::TwTask};
use crate::model::{Event, TaskStatus};
use crate::render::View;
use crate::render::message::Message;
use crate::store::{self, NewEntry, WriteTx, tasks::NewTask};
use serde::Serialize;
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

/// `--format json` of an import of entries (csv, jrnl).
#[derive(Serialize)]
struct EntriesImported {
    imported: usize,
    rows: usize,
    file: String,
    dry_run: bool,
}

/// `--format json` of `--from worklog`.
#[derive(Serialize)]
struct WorklogImported {
    imported: usize,
    records: usize,
    file: String,
    dry_run: bool,
}

/// `--format json` of `--from taskwarrior`.
#[derive(Serialize)]
struct TasksImported {
    imported: usize,
    tasks: usize,
    skipped: usize,
    file: String,
    dry_run: bool,
}

pub fn run(ctx: &Ctx, a: Args) -> Result<View> {
    if a.from == From::Worklog {
        return from_worklog(ctx, &a);
    }
    let shown = a.file.display().to_string();
    let bytes = std::fs::read(&a.file).map_err(|e| Error::input(M::IoError, &[&shown, &e]))?;
    match a.from {
        From::Taskwarrior => return from_taskwarrior(ctx, &bytes, &shown),
        From::Jrnl => {
            let mut store = ctx.store_rw()?;
            let entries = crate::import::jrnl::read(&bytes, &shown)?;
            return insert_entries(ctx, &mut store, |_| Ok(entries), &shown);
        }
        From::Csv | From::Worklog => {}
    }
    let mut store = ctx.store_rw()?;
    insert_entries(
        ctx,
        &mut store,
        |conn| read_csv(ctx, conn, &bytes, &shown),
        &shown,
    )
}

/// Reads the entries (`read` may look units and fields up) and writes them, in one
/// transaction.
fn insert_entries(
    ctx: &Ctx,
    store: &mut store::Store,
    read: impl FnOnce(crate::store::Db<'_>) -> Result<Vec<ImportedEntry>>,
    shown: &str,
) -> Result<View> {
    let mut tx = store.begin_write()?;
    let entries: Vec<NewEntry> = read(tx.db())?.into_iter().map(new_entry).collect();
    tx.bulk_inserts()?;
    let n = tx.insert_entries_bulk(&entries)?;
    tx.finish(&t(M::UndoImport, &[&n, &shown]), ctx.dry_run)?;
    let line = if ctx.dry_run {
        t(M::ImportWouldAdd, &[&n, &shown])
    } else {
        t(M::Imported, &[&n, &shown])
    };
    let json = EntriesImported {
        imported: if ctx.dry_run { 0 } else { n },
        rows: n,
        file: shown.to_string(),
        dry_run: ctx.dry_run,
    };
    Ok(Message::line(line, json).into())
}

fn new_entry(e: ImportedEntry) -> NewEntry {
    NewEntry {
        date: Some(e.date),
        text: e.text,
        kind: e.kind,
        field: e.field,
        units: e.units,
        tags: e.tags,
        docs: Vec::new(),
        minutes: e.minutes,
        task: None,
    }
}

/// A CSV file, its dates read against today and its units and fields against the
/// database.
fn read_csv(ctx: &Ctx, conn: crate::store::Db<'_>, bytes: &[u8], shown: &str) -> Result<Vec<ImportedEntry>> {
    let look = crate::import::csv::Lookups {
        date: &|s| Ok(parse_date(s, ctx.today(), Dir::Past, ctx.cal())?),
        kind: &|k| crate::input::resolve_kind(&ctx.config, k),
        field: &|f| Ok(store::units::resolve_field(conn, f)?),
        unit: &|u| Ok(store::units::resolve_unit(conn, u)?),
    };
    crate::import::csv::read(bytes, shown, &look)
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
    let json = WorklogImported {
        imported: if ctx.dry_run { 0 } else { n },
        records: n,
        file: shown.clone(),
        dry_run: ctx.dry_run,
    };
    Ok(Message::line(line, json).into())
}

/// A taskwarrior export: its tasks, their notes and their completion, in one transaction.
fn from_taskwarrior(ctx: &Ctx, bytes: &[u8], shown: &str) -> Result<View> {
    let mut store = ctx.store_rw()?;
    let file = crate::import::taskwarrior::read(bytes, shown, ctx.today())?;
    let tx = store.begin_write()?;
    insert_tasks(&tx, &file.tasks)?;
    let n = file.tasks.len();
    tx.finish(&t(M::UndoImportTasks, &[&n, &shown]), ctx.dry_run)?;
    let m = if ctx.dry_run {
        M::ImportTasksWould
    } else {
        M::ImportedTasks
    };
    let json = TasksImported {
        imported: if ctx.dry_run { 0 } else { n },
        tasks: n,
        skipped: file.skipped,
        file: shown.to_string(),
        dry_run: ctx.dry_run,
    };
    Ok(Message::line(t(m, &[&n, &shown, &file.skipped]), json).into())
}

fn insert_tasks(tx: &WriteTx, tasks: &[TwTask]) -> Result<()> {
    for tw in tasks {
        let task = NewTask {
            title: tw.title.clone(),
            due: tw.due,
            priority: tw.priority,
            tags: tw.tags.clone(),
            ..NewTask::default()
        };
        let id = tx.insert_task(&task, tw.assigned)?;
        for (date, text) in &tw.notes {
            tx.add_task_event(id, *date, Event::Note, Some(text), (None, None))?;
        }
        if let Some(d) = tw.done_on {
            tx.set_task_status(id, TaskStatus::Done, d)?;
            tx.add_task_event(id, d, Event::Done, None, (None, None))?;
        }
    }
    Ok(())
}
