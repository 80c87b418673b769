//! `worklog backup [FILE]`: an online copy of the database (SPEC §3, §11 R5). The copy is
//! one consistent snapshot taken in a read transaction, so other worklog processes go on
//! writing meanwhile. Default target: `<db folder>/backups/worklog-YYYY-MM-DD-HHMMSS.db`.

use crate::app::Ctx;
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use crate::render::View;
use crate::render::message::Message;
use crate::store::maintenance;
use serde::Serialize;
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Where to write the copy; it must not exist (default: the `backups` folder beside the database)
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
}

/// The copy made (or, with `--dry-run`, only its path), for `--format json`.
#[derive(Serialize)]
struct Backup {
    path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    bytes: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    records: Option<i64>,
}

pub fn run(ctx: &Ctx, a: Args) -> Result<View> {
    // It writes a file: `-q` silences it.
    ctx.out.mark_written();
    let db = &ctx.db_path;
    if db.is_dir() {
        return Err(Error::fail(M::DbIsDir, &[&db.display()]).hint(M::DbOpenHint, &[]));
    }
    if !db.exists() {
        return Err(Error::input(M::BackupNothing, &[&db.display()]).hint(M::BackupNothingHint, &[]));
    }
    let dest = match a.file {
        Some(f) => {
            if f.exists() || f.is_symlink() {
                return Err(Error::input(M::BackupExists, &[&f.display()]).hint(M::BackupExistsHint, &[]));
            }
            f
        }
        None => default_target(ctx, db),
    };
    if ctx.dry_run {
        let json = Backup {
            path: dest.display().to_string(),
            bytes: None,
            records: None,
        };
        let line = t(M::BackupWould, &[&db.display(), &dest.display()]);
        return Ok(Message::line(line, json).into());
    }
    // The folder is created only once the database could be read (store::maintenance).
    let info = maintenance::backup(db, &dest)?;
    let line = t(M::BackupDone, &[&dest.display(), &info.bytes, &info.records]);
    let json = Backup {
        path: dest.display().to_string(),
        bytes: Some(info.bytes),
        records: Some(info.records),
    };
    Ok(Message::line(line, json).into())
}

/// `<db folder>/backups/worklog-YYYY-MM-DD-HHMMSS.db`, with `-2`, `-3`… when two backups
/// fall in the same second.
fn default_target(ctx: &Ctx, db: &Path) -> PathBuf {
    let dir = db
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .join("backups");
    let stem = format!("worklog-{}", ctx.clock.now().format("%Y-%m-%d-%H%M%S"));
    let mut path = dir.join(format!("{stem}.db"));
    let mut n = 2;
    while path.exists() {
        path = dir.join(format!("{stem}-{n}.db"));
        n += 1;
    }
    path
}
