//! Entries from a spreadsheet (csv) or jrnl, with their times of day, written in one
//! bulk transaction together with the import's provenance.

use super::{File, lines, refuse_existing, refuse_same_file};
use crate::app::Ctx;
use crate::dates::{Dir, parse_date};
use crate::error::Result;
use crate::i18n::{M, t};
use crate::import::{ImportedEntry, Source, Summary};
use crate::render::View;
use crate::render::message::Message;
use crate::render::progress::Progress;
use crate::store::{self, NewEntry, imports};
use serde::Serialize;

/// Entries written per statement group (and per step of the progress bar).
const CHUNK: usize = 5000;

/// `--format json` of an import of entries (csv, jrnl).
#[derive(Serialize)]
struct EntriesImported {
    imported: usize,
    rows: usize,
    file: String,
    dry_run: bool,
    summary: Summary,
}

pub(super) fn run(ctx: &Ctx, file: &File, source: Source) -> Result<View> {
    let mut store = ctx.store_rw()?;
    let mut tx = store.begin_write()?;
    refuse_same_file(tx.db(), file)?;
    let (entries, summary) = match source {
        Source::Jrnl => {
            let db = tx.db();
            let unit = |alias: &str| store::units::resolve_unit(db, alias).ok();
            let f = crate::import::jrnl::read(file.bytes, file.shown, &unit)?;
            (f.entries, f.summary)
        }
        _ => read_sheet(ctx, tx.db(), file, source)?,
    };
    if entries.is_empty() {
        return Ok(super::nothing(ctx, file.shown));
    }
    let pairs: Vec<_> = entries.iter().map(|e| (e.date, e.text.as_str())).collect();
    let named: Vec<String> = imports::existing_entries(tx.db(), &pairs)?
        .into_iter()
        .map(|x| {
            let date = pairs
                .iter()
                .find(|(d, s)| imports::entry_key(*d, s) == x.key)
                .map(|p| p.0);
            let date = date.map(crate::i18n::date).unwrap_or_default();
            t(M::ImportWhere, &[&format!("#{}", x.record_id), &date])
        })
        .collect();
    refuse_existing(file, &named)?;
    let first = imports::next_record_id(tx.db())?;
    let items: Vec<(i64, String)> = pairs
        .iter()
        .enumerate()
        .map(|(i, (d, s))| (first + i as i64, imports::entry_key(*d, s)))
        .collect();
    let times: Vec<_> = entries
        .iter()
        .enumerate()
        .filter_map(|(i, e)| e.time.map(|time| (first + i as i64, time)))
        .collect();
    let new: Vec<NewEntry> = entries.into_iter().map(new_entry).collect();
    tx.bulk_inserts()?;
    let progress = Progress::new(Some(new.len() as u64), ctx.out.quiet);
    let mut n = 0;
    // In chunks, for the progress bar; the ids still follow one another.
    for chunk in new.chunks(CHUNK) {
        n += tx.insert_entries_bulk(chunk)?;
        progress.inc(chunk.len() as u64);
    }
    drop(progress);
    tx.set_entry_times(&times)?;
    tx.record_import(source.key(), file.shown, &file.digest, &items)?;
    tx.finish(&t(M::UndoImport, &[&n, &file.shown]), ctx.dry_run)?;
    let line = if ctx.dry_run {
        t(M::ImportWouldAdd, &[&n, &file.shown])
    } else {
        t(M::Imported, &[&n, &file.shown])
    };
    let json = EntriesImported {
        imported: if ctx.dry_run { 0 } else { n },
        rows: n,
        file: file.shown.to_string(),
        dry_run: ctx.dry_run,
        summary: summary.clone(),
    };
    Ok(Message {
        lines: lines(line, &summary),
        json,
    }
    .into())
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

/// A CSV file or an Excel work book, its dates read against today and its units and
/// fields against the database.
fn read_sheet(
    ctx: &Ctx,
    conn: store::Db<'_>,
    file: &File,
    source: Source,
) -> Result<(Vec<ImportedEntry>, Summary)> {
    let look = crate::import::csv::Lookups {
        date: &|s| Ok(parse_date(s, ctx.today(), Dir::Past, ctx.cal())?),
        kind: &|k| crate::input::resolve_kind(&ctx.config, k),
        field: &|f| Ok(store::units::resolve_field(conn, f)?),
        unit: &|u| Ok(store::units::resolve_unit(conn, u)?),
    };
    match source {
        Source::Xlsx => crate::import::xlsx::read(file.bytes, file.shown, file.sheet, &look),
        _ => crate::import::csv::read(file.bytes, file.shown, &look),
    }
}
