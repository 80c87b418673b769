//! `worklog import FILE [--from FORMAT]`: records from another file, all or nothing in
//! one transaction. The format is recognised from the content when `--from` is left out,
//! and a `--from` that contradicts the content is refused naming the format it looks
//! like. A file already imported (the same bytes), or records already in the book (the
//! same entry on the same day, the same taskwarrior uuid), are refused and named unless
//! `--allow-duplicates`; an empty file imports nothing and records no undo step. Every
//! import, dry or real, prints what it maps to what and what it drops, with counts.
//!
//! `--from worklog` reads a `worklog export` JSON file into an empty database, every
//! record with its original id (store/export.rs); `entries.rs` imports entries (csv,
//! jrnl), `tasks.rs` tasks (taskwarrior). The parsers are the pure readers of `import/`.

mod entries;
mod tasks;

use crate::app::Ctx;
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use crate::import::{Source, Summary};
use crate::render::View;
use crate::render::message::Message;
use crate::store::{self, imports};
use serde::Serialize;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum From {
    Csv,
    Worklog,
    Jrnl,
    Taskwarrior,
    Xlsx,
}

impl From {
    fn source(self) -> Source {
        match self {
            From::Csv => Source::Csv,
            From::Worklog => Source::Worklog,
            From::Jrnl => Source::Jrnl,
            From::Taskwarrior => Source::Taskwarrior,
            From::Xlsx => Source::Xlsx,
        }
    }
}

#[derive(Debug, clap::Args)]
#[command(
    after_long_help = "Without --from, the format is recognised from the content (a worklog export, jrnl JSON or text, taskwarrior JSON, CSV, an Excel work book).\nA file or records already imported are refused (--allow-duplicates to import them anyway).\nEvery import prints what maps to what, and what is not kept.\n\nThe CSV file's first row names its columns, of: date, text, kind, field, unit, tags, minutes.\n`date` and `text` are required; several units or tags are separated by `;`.\nA CSV may use `,`, `;` or tabs, UTF-8, UTF-16 or Windows-1258, and Vietnamese headers (Ngày, Nội dung, Loại, Lĩnh vực, Đơn vị, Thẻ, Số phút, Giờ, Ghi chú).\n--from xlsx reads every sheet of an Excel work book (or --sheet NAME): the header row is found below any title rows; columns worklog has no field for are kept as lines of the text.\n\n--from worklog reads a `worklog export` JSON file into an EMPTY database, ids and all:\n  worklog --db new.db import worklog-2022.json --from worklog\n\n--from jrnl reads `jrnl --export json` or `jrnl --export txt` into entries, with their time of day; #tags become tags, @words units when the unit exists (else tags), starred entries get the tag `starred`.\n--from taskwarrior reads `task export` (a JSON array or one object per line) into tasks: dates in Vietnam time (UTC+7), started tasks as doing, H/M/L priorities to high/normal/low, the project as a tag project:NAME and a note, wait/scheduled/until/recur/depends as a note, annotations as notes; deleted tasks and recurring templates are skipped.\n\nExample:\n  worklog import so-cong-viec.csv --dry-run"
)]
pub struct Args {
    /// The file to read
    pub file: PathBuf,
    /// The file's format (recognised from the content when left out)
    #[arg(long, value_enum)]
    pub from: Option<From>,
    /// Import even a file, or records, already imported
    #[arg(long)]
    pub allow_duplicates: bool,
    /// With an Excel work book: only this sheet (default: every sheet with a header row)
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
}

/// `--format json` of an import that found nothing to import.
#[derive(Serialize)]
struct NothingImported {
    imported: usize,
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

pub fn run(ctx: &Ctx, a: Args) -> Result<View> {
    let shown = a.file.display().to_string();
    let io = |e: std::io::Error| Error::input(M::IoError, &[&shown, &e]);
    // The format is told from the file's beginning; a worklog export is then streamed
    // (memory does not grow with it, SPEC §10 P6), the other formats are read whole.
    let mut opened = std::fs::File::open(&a.file).map_err(io)?;
    let (head, whole) = read_head(&mut opened, HEAD).map_err(io)?;
    drop(opened);
    let detected = crate::import::detect(&head);
    let source = match (a.from.map(From::source), detected) {
        (Some(f), Some(d)) if f != d => {
            return Err(Error::input(M::ImportLooksLike, &[&shown, &d.key(), &f.key()])
                .hint(M::ImportLooksLikeHint, &[&d.key()]));
        }
        (Some(f), _) => f,
        (None, Some(d)) => d,
        (None, None) => Source::Csv,
    };
    if a.sheet.is_some() && source != Source::Xlsx {
        return Err(Error::input(M::ImportSheetNotXlsx, &[&shown, &source.key()]));
    }
    if source == Source::Worklog && !whole && !may_be_blank(&head) {
        let open = || -> Result<std::io::BufReader<std::fs::File>> {
            let f = std::fs::File::open(&a.file).map_err(io)?;
            Ok(std::io::BufReader::with_capacity(1 << 16, f))
        };
        return from_worklog(ctx, &shown, &open);
    }
    let bytes = if whole {
        head
    } else {
        std::fs::read(&a.file).map_err(io)?
    };
    if is_blank(&bytes) {
        return Ok(nothing(ctx, &shown));
    }
    let file = File {
        shown: &shown,
        bytes: &bytes,
        digest: imports::digest(&bytes),
        allow_duplicates: a.allow_duplicates,
        sheet: a.sheet.as_deref(),
    };
    match source {
        Source::Worklog => {
            let open = || -> Result<&[u8]> { Ok(file.bytes) };
            from_worklog(ctx, &shown, &open)
        }
        Source::Taskwarrior => tasks::run(ctx, &file),
        Source::Jrnl | Source::Csv | Source::Xlsx => entries::run(ctx, &file, source),
    }
}

/// How much of the file's beginning is read to tell its format (`import::detect` looks
/// at no more).
const HEAD: usize = 64 * 1024;

/// The first `limit` bytes of the file, and whether that is the whole file.
fn read_head(f: &mut impl std::io::Read, limit: usize) -> std::io::Result<(Vec<u8>, bool)> {
    use std::io::Read;
    let mut head = Vec::with_capacity(limit);
    f.by_ref().take(limit as u64).read_to_end(&mut head)?;
    let mut probe = [0u8; 1];
    let whole = head.len() < limit || f.read(&mut probe)? == 0;
    Ok((head, whole))
}

/// Whether a file that begins with `head` could still be blank (`is_blank`): its
/// beginning holds nothing but white space and at most an opening `[` or `{`.
fn may_be_blank(head: &[u8]) -> bool {
    let text = String::from_utf8_lossy(head);
    let text = text.trim_start_matches('\u{feff}').trim();
    matches!(text, "" | "[" | "{")
}

/// The file being imported.
pub(super) struct File<'a> {
    shown: &'a str,
    bytes: &'a [u8],
    digest: String,
    allow_duplicates: bool,
    sheet: Option<&'a str>,
}

/// Nothing but white space (and a byte-order mark), or an empty JSON array or object.
fn is_blank(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    let text = text.trim_start_matches('\u{feff}').trim();
    text.is_empty() || text == "[]" || text == "{}"
}

/// The message of an import that found nothing: no transaction, no undo step.
fn nothing(ctx: &Ctx, shown: &str) -> View {
    let json = NothingImported {
        imported: 0,
        file: shown.to_string(),
        dry_run: ctx.dry_run,
    };
    Message::line(t(M::ImportEmpty, &[&shown]), json).into()
}

/// Refuses a file whose bytes were imported before.
fn refuse_same_file(db: store::Db<'_>, file: &File) -> Result<()> {
    if file.allow_duplicates {
        return Ok(());
    }
    if let Some(e) = imports::earlier_import(db, &file.digest)? {
        return Err(Error::input(
            M::ImportFileTwice,
            &[&file.shown, &e.imported_at, &e.file, &e.format],
        )
        .hint(M::ImportDuplicatesHint, &[]));
    }
    Ok(())
}

/// Refuses records already in the book, naming them (`named`: "#12 (19/12/2022)" each).
fn refuse_existing(file: &File, named: &[String]) -> Result<()> {
    if file.allow_duplicates || named.is_empty() {
        return Ok(());
    }
    let mut list = named.iter().take(5).cloned().collect::<Vec<_>>().join(", ");
    if named.len() > 5 {
        list.push_str(&format!(", … (+{})", named.len() - 5));
    }
    Err(
        Error::input(M::ImportRecordsTwice, &[&file.shown, &named.len(), &list])
            .hint(M::ImportDuplicatesHint, &[]),
    )
}

/// The lines of an import's message: what it did, then its summary.
fn lines(first: String, summary: &Summary) -> Vec<String> {
    let mut v = vec![first];
    v.extend(summary.lines());
    v
}

/// A `worklog export` file into an empty database, in one transaction, read as it
/// streams by: `open` opens it from its beginning (the header is read and checked before
/// the database is opened, then the whole file once).
fn from_worklog<R: std::io::Read>(ctx: &Ctx, shown: &str, open: &dyn Fn() -> Result<R>) -> Result<View> {
    let next = store::export::read_header(open()?, shown)?;
    let mut store = ctx.store_rw()?;
    let mut tx = store.begin_write()?;
    let progress = crate::render::progress::Progress::new(None, ctx.out.quiet);
    let n = tx.import_export(open()?, next, shown, &|table, rows| {
        progress.message(table);
        progress.inc(rows as u64);
    })?;
    drop(progress);
    tx.finish(&t(M::UndoImportWorklog, &[&shown]), ctx.dry_run)?;
    let line = if ctx.dry_run {
        t(M::ImportWorklogWould, &[&n, &shown])
    } else {
        t(M::ImportedWorklog, &[&n, &shown])
    };
    let json = WorklogImported {
        imported: if ctx.dry_run { 0 } else { n },
        records: n,
        file: shown.to_string(),
        dry_run: ctx.dry_run,
    };
    Ok(Message::line(line, json).into())
}
