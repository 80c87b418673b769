//! `worklog check [--restore BACKUP]` (SPEC §3, §11 R8). Without `--restore` it reads the
//! database and changes nothing — no migration, no checkpoint: it reports the schema
//! version, SQLite's integrity and foreign-key checks, the search index, the records per
//! kind and, when something is wrong, the backups to restore from. With `--restore` it
//! verifies the backup, keeps the current file aside and puts the backup in its place.

use crate::app::Ctx;
use crate::error::{Error, Result};
use crate::i18n::{M, s, t};
use crate::render::View;
use crate::store::maintenance::{self, CheckReport};
use crate::store::{LATEST_VERSION, RecordKind};
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Replace the database with this backup (it is verified first; the current file is kept aside)
    #[arg(long, value_name = "BACKUP")]
    pub restore: Option<PathBuf>,
}

/// How many integrity lines the human report shows; JSON has them all.
const SHOWN_PROBLEMS: usize = 5;

#[derive(serde::Serialize)]
struct BackupFile {
    path: String,
    bytes: u64,
    modified: String,
    #[serde(skip)]
    sort: std::time::SystemTime,
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
    let view = render(db, &report, &backups, newer);
    if report.ok() {
        return Ok(view);
    }
    ctx.out.emit(view)?;
    let shown = db.display();
    Err(if newer {
        Error::fail(M::CheckNewerFailed, &[&shown]).hint(M::DbNewerHint, &[])
    } else if let Some(b) = backups.first() {
        Error::fail(M::CheckFailed, &[&shown]).hint(M::CheckFailedHint, &[&b.path])
    } else {
        Error::fail(M::CheckFailed, &[&shown]).hint(M::CheckFailedNoBackupHint, &[&shown])
    })
}

fn render(db: &Path, r: &CheckReport, backups: &[BackupFile], newer: bool) -> View {
    let mut lines = vec![t(M::CheckPath, &[&db.display()])];
    if r.schema_version > 0 {
        lines.push(t(M::CheckSchema, &[&r.schema_version]));
    }
    if r.ok() {
        lines.push(s(M::CheckOkLine).to_string());
        if r.schema_version < LATEST_VERSION {
            lines.push(t(
                M::CheckOlder,
                &[&r.schema_version, &LATEST_VERSION, &r.schema_version],
            ));
        }
        let counts: Vec<String> = r
            .counts
            .iter()
            .map(|(k, n)| {
                let label = RecordKind::parse(k)
                    .map(crate::render::labels::record_kind_label)
                    .unwrap_or(k);
                format!("{label} {n}")
            })
            .collect();
        lines.push(if counts.is_empty() {
            s(M::CheckNoRecords).to_string()
        } else {
            t(M::CheckCounts, &[&counts.join(", ")])
        });
    } else {
        lines.push(s(M::CheckDamagedLine).to_string());
        for p in r.problems.iter().take(SHOWN_PROBLEMS) {
            lines.push(format!("  {}", crate::error::problem_text(p)));
        }
        if r.problems.len() > SHOWN_PROBLEMS {
            lines.push(format!(
                "  {}",
                t(M::CheckMore, &[&(r.problems.len() - SHOWN_PROBLEMS)])
            ));
        }
        if !newer {
            lines.push(String::new());
            if backups.is_empty() {
                lines.push(s(M::CheckNoBackups).to_string());
            } else {
                lines.push(s(M::CheckBackups).to_string());
                for b in backups {
                    lines.push(t(M::CheckBackupLine, &[&b.path, &b.bytes, &b.modified]));
                }
                lines.push(s(M::CheckRestoreHow).to_string());
            }
        }
    }
    View::Message {
        lines,
        json: serde_json::json!({
            "path": db.display().to_string(),
            "ok": r.ok(),
            "schema_version": r.schema_version,
            "problems": r.problems.iter().map(crate::error::problem_text).collect::<Vec<_>>(),
            "counts": r.counts,
            "backups": backups,
        }),
    }
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
    let mut found = Vec::new();
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
        found.push(BackupFile {
            path: path.display().to_string(),
            bytes: meta.len(),
            modified,
            sort,
        });
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
    found.sort_by(|a, b| b.sort.cmp(&a.sort).then_with(|| b.path.cmp(&a.path)));
    found
}

fn restore(ctx: &Ctx, db: &Path, backup: &Path) -> Result<View> {
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
    let json = serde_json::json!({
        "path": db.display().to_string(),
        "backup": backup.display().to_string(),
        "aside": if db.exists() { Some(aside.display().to_string()) } else { None },
        "schema_version": report.schema_version,
        "records": records,
    });
    if ctx.dry_run {
        return Ok(View::Message {
            lines: vec![t(M::RestoreWould, &[&shown.0, &shown.1, &shown.2])],
            json,
        });
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
    Ok(View::Message { lines, json })
}
