//! `worklog migrate` (SPEC §7): brings a database file made by an older version to this
//! version's schema, after a copy of it beside it (`<db>.bak-v<N>`, made fresh). Commands
//! that only read never migrate (they read an older file through a migrated copy in
//! memory); the first command that writes, or this one, does it.

use crate::app::Ctx;
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use crate::render::View;
use crate::render::message::Message;
use crate::store::{LATEST_VERSION, Store};
use serde::Serialize;

#[derive(Debug, clap::Args)]
pub struct Args {}

/// What `migrate` did (or, with `--dry-run`, would do), for `--format json`.
#[derive(Serialize)]
struct Migrated {
    path: String,
    from: i64,
    to: i64,
    backup: Option<String>,
}

pub fn run(ctx: &Ctx, _a: Args) -> Result<View> {
    let db = &ctx.db_path;
    if db.is_dir() {
        return Err(Error::fail(M::DbIsDir, &[&db.display()]).hint(M::DbOpenHint, &[]));
    }
    if !db.exists() {
        return Err(Error::input(M::MigrateMissing, &[&db.display()]).hint(M::CheckMissingHint, &[]));
    }
    let from = Store::file_version(db)?;
    if from > LATEST_VERSION {
        return Err(
            Error::fail(M::DbNewer, &[&db.display(), &from, &LATEST_VERSION]).hint(M::DbNewerHint, &[])
        );
    }
    let backup = (from > 0 && from < LATEST_VERSION)
        .then(|| crate::store::backup_path(db, from).display().to_string());
    let json = Migrated {
        path: db.display().to_string(),
        from,
        to: LATEST_VERSION,
        backup: backup.clone(),
    };
    let line = if from == LATEST_VERSION {
        t(M::MigrateUpToDate, &[&db.display(), &from])
    } else if ctx.dry_run {
        t(M::MigrateWould, &[&db.display(), &from, &LATEST_VERSION])
    } else {
        drop(ctx.store_rw()?);
        match &backup {
            Some(b) => t(M::MigrateDone, &[&db.display(), &from, &LATEST_VERSION, b]),
            None => t(M::MigrateDoneNoCopy, &[&db.display(), &from, &LATEST_VERSION]),
        }
    };
    Ok(Message::line(line, json).into())
}
