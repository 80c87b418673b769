//! `worklog check [--restore BACKUP]` (SPEC §3, §11 R8). Without `--restore` it reads the
//! database and changes nothing — no migration, no checkpoint: it reports the schema
//! version, SQLite's integrity and foreign-key checks, the search index, the records per
//! kind and, when something is wrong, the backups to restore from. With `--restore` it
//! verifies the backup, keeps the current file aside and puts the backup in its place.

use crate::app::Ctx;
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use crate::render::View;
use crate::render::check::{BackupFile, CheckView};
use crate::render::message::Message;
use crate::store::LATEST_VERSION;
use crate::store::maintenance;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Replace the database with this backup (it is verified first; the current file is kept aside)
    #[arg(long, value_name = "BACKUP")]
    pub restore: Option<PathBuf>,
}

/// What `check --restore` did (or, with `--dry-run`, would do), for `--format json`.
#[derive(Serialize)]
struct Restored {
    path: String,
    backup: String,
    aside: Option<String>,
    schema_version: i64,
    records: i64,
}

pub fn run(ctx: &Ctx, a: Args) -> Result<View> {
    let db = &ctx.db_path;
    if db.is_dir() {
        return Err(Error::fail(M::DbIsDir, &[&db.display()]).hint(M::DbOpenHint, &[]));
    }
    if let Some(b) = a.restore {
        return restore(ctx, db, &b);
    }
    if !db.exists() {
        return Err(Error::input(M::CheckMissing, &[&db.display()]).hint(M::CheckMissingHint, &[]));
    }
    let mut report = maintenance::check(db)?;
    let newer = report.schema_version > LATEST_VERSION;
    if newer {
        report.problems.push(crate::store::Problem::Newer {
            found: report.schema_version,
            supported: LATEST_VERSION,
        });
    }
    let backups = find_backups(db);
    let first_backup = backups.first().map(|b| b.path.clone());
    let ok = report.ok();
    let view = CheckView {
        path: db.display().to_string(),
        ok,
        schema_version: report.schema_version,
        problems: report.problems.iter().map(crate::error::problem_text).collect(),
        counts: report.counts,
        backups,
        latest_version: LATEST_VERSION,
        newer,
    };
    if ok {
        // Healthy, but worklog could not write it: said so (exit 1), never as damage.
        return match crate::fsutil::can_write(db) {
            Ok(()) => Ok(View::Typed(Box::new(view))),
            Err(e) => {
                ctx.out.emit(View::Typed(Box::new(view)))?;
                let shown = db.display();
                Err(if crate::fsutil::is_disk_full(&e) {
                    Error::fail(M::CheckHealthyDiskFull, &[&shown]).hint(M::DiskFullHint, &[])
                } else {
                    Error::fail(M::CheckHealthyReadOnly, &[&shown]).hint(M::DbReadOnlyHint, &[])
                })
            }
        };
    }
    ctx.out.emit(View::Typed(Box::new(view)))?;
    let shown = db.display();
    Err(if newer {
        Error::fail(M::CheckNewerFailed, &[&shown]).hint(M::DbNewerHint, &[])
    } else if let Some(b) = first_backup {
        Error::fail(M::CheckFailed, &[&shown]).hint(M::CheckFailedHint, &[&b])
    } else {
        Error::fail(M::CheckFailed, &[&shown]).hint(M::CheckFailedNoBackupHint, &[&shown])
    })
}

/// The automatic backups of `db`, newest first: the copies migrations leave beside it
/// (`<db>.bak-v<N>`) and the files in `<db folder>/backups/`.
fn find_backups(db: &Path) -> Vec<BackupFile> {
    let dir = db
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = db.file_name().unwrap_or_default().to_string_lossy().into_owned();
    let prefix = format!("{name}.bak-v");
    let mut found: Vec<(SystemTime, BackupFile)> = Vec::new();
    let mut add = |path: PathBuf| {
        let Ok(meta) = std::fs::metadata(&path) else {
            return;
        };
        if !meta.is_file() {
            return;
        }
        let sort = meta.modified().unwrap_or(std::time::UNIX_EPOCH);
        let modified =
            chrono::DateTime::<chrono::Local>::from(sort).to_rfc3339_opts(chrono::SecondsFormat::Secs, false);
        let file = BackupFile {
            path: path.display().to_string(),
            bytes: meta.len(),
            modified,
        };
        found.push((sort, file));
    };
    let sqlite_side_file = |n: &str| n.ends_with("-wal") || n.ends_with("-shm") || n.ends_with("-journal");
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let n = e.file_name().to_string_lossy().into_owned();
            if n.starts_with(&prefix) && !sqlite_side_file(&n) {
                add(e.path());
            }
        }
    }
    if let Ok(entries) = std::fs::read_dir(dir.join("backups")) {
        for e in entries.flatten() {
            let n = e.file_name().to_string_lossy().into_owned();
            if !n.starts_with('.') && !sqlite_side_file(&n) {
                add(e.path());
            }
        }
    }
    found.sort_by(|(a_time, a), (b_time, b)| b_time.cmp(a_time).then_with(|| b.path.cmp(&a.path)));
    found.into_iter().map(|(_, file)| file).collect()
}

fn restore(ctx: &Ctx, db: &Path, backup: &Path) -> Result<View> {
    ctx.out.mark_written();
    let report = maintenance::verify_backup(backup)?;
    let records: i64 = report.counts.values().sum();
    let stamp = ctx.clock.now().format("%Y%m%d-%H%M%S").to_string();
    let mut aside = maintenance::side_file(db, &format!(".damaged-{stamp}"));
    let mut n = 2;
    while aside.exists() {
        aside = maintenance::side_file(db, &format!(".damaged-{stamp}-{n}"));
        n += 1;
    }
    let shown = (db.display(), backup.display(), aside.display());
    let json = Restored {
        path: db.display().to_string(),
        backup: backup.display().to_string(),
        aside: db.exists().then(|| aside.display().to_string()),
        schema_version: report.schema_version,
        records,
    };
    if ctx.dry_run {
        let line = t(M::RestoreWould, &[&shown.0, &shown.1, &shown.2]);
        return Ok(Message::line(line, json).into());
    }
    let mut lines = vec![t(M::RestoreCounts, &[&report.schema_version, &records])];
    if db.exists() {
        maintenance::restore(db, backup, Some(&aside))?;
        lines.push(t(M::RestoreDone, &[&shown.0, &shown.1]));
        lines.push(t(M::RestoreAside, &[&shown.2]));
    } else {
        if let Some(dir) = db.parent().filter(|d| !d.as_os_str().is_empty() && !d.exists()) {
            maintenance::create_private_dir(dir)
                .map_err(|e| Error::fail(M::IoError, &[&dir.display(), &e]))?;
        }
        maintenance::restore(db, backup, None)?;
        lines.push(t(M::RestoreDone, &[&shown.0, &shown.1]));
    }
    Ok(Message { lines, json }.into())
}
