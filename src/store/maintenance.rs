//! Backup, integrity check and restore (SPEC §3 `backup`/`check`, §11 R5/R8). These work
//! on database FILES rather than on an open `Store`: `check` must never migrate or
//! otherwise write, and `backup`/`restore` must work on files `Store::open` would refuse
//! (an older schema, a damaged file).

use super::{Error, Result};
use super::{LATEST_VERSION, OpenSource, Problem, RecordKind};
use rusqlite::{Connection, OpenFlags};
use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The most integrity_check lines kept: the first few say enough to judge the damage.
const MAX_PROBLEMS: usize = 20;

/// What `check` found in one file.
#[derive(Debug, Default)]
pub struct CheckReport {
    pub schema_version: i64,
    /// Damage and anything else that makes the file unusable.
    pub problems: Vec<Problem>,
    /// Live records per kind (soft-deleted ones left out), when they could be counted.
    pub counts: BTreeMap<String, i64>,
}

impl CheckReport {
    pub fn ok(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Opens a database file strictly read-only, without creating it: a read-only
/// connection never checkpoints the WAL into the file and cannot write by accident, so
/// the file's bytes stay as they were (R8). A file in a read-only folder or on a full
/// disk is still opened (see `super::open_for_reading`).
fn open_read_only(path: &Path) -> Result<Connection> {
    super::open_for_reading(path, true)
}

/// The first bytes of every SQLite database file.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// Whether the file at `path` starts like an SQLite database (an empty file counts: SQLite
/// takes it as an empty database).
fn looks_like_sqlite(path: &Path) -> bool {
    use std::io::Read;
    let Ok(mut f) = File::open(path) else {
        return true;
    };
    let mut head = Vec::with_capacity(16);
    if Read::take(&mut f, 16).read_to_end(&mut head).is_err() {
        return true;
    }
    head.is_empty() || head.as_slice() == SQLITE_HEADER
}

/// What a failure to read `path` means for `check`: damage (a problem to report) only
/// when SQLite says the file is corrupt and the file is an SQLite file; a file that is
/// not SQLite at all, a full disk or an I/O error is an error saying exactly that.
fn read_failure(e: Error, path: &Path) -> Result<Problem> {
    let damaged = |e: &rusqlite::Error| super::error::is_not_a_database(e);
    match e {
        Error::NotADatabase { .. } | Error::Open { .. } | Error::Sqlite(_) | Error::CannotRead { .. }
            if !looks_like_sqlite(path) =>
        {
            Err(Error::NotSqlite {
                path: path.to_path_buf(),
            })
        }
        Error::NotADatabase { .. } => Ok(Problem::Sqlite("file is not a database".into())),
        Error::Sqlite(e) if damaged(&e) => Ok(sql_text(&e)),
        Error::Sqlite(e) => Err(Error::CannotRead {
            path: path.to_path_buf(),
            source: e,
        }),
        Error::Open {
            source: OpenSource::Sqlite(e),
            ..
        } if damaged(&e) => Ok(sql_text(&e)),
        e => Err(e),
    }
}

fn sql_text(e: &rusqlite::Error) -> Problem {
    Problem::Sqlite(e.to_string())
}

/// Checks a database file and changes nothing in it: schema version, `integrity_check`,
/// `foreign_key_check`, the search index, and counts of live records per kind.
pub fn check(path: &Path) -> Result<CheckReport> {
    let mut report = CheckReport::default();
    // Opening reads the header: the first thing that fails on a file that is not SQLite.
    let conn = match open_read_only(path) {
        Ok(c) => c,
        Err(e) => {
            report.problems.push(read_failure(e, path)?);
            return Ok(report);
        }
    };
    report.schema_version = super::migrate::version(&conn)?;
    match integrity_lines(&conn) {
        Ok(lines) => report
            .problems
            .extend(lines.into_iter().filter(|l| l != "ok").map(Problem::Sqlite)),
        Err(e) => report.problems.push(read_failure(e.into(), path)?),
    }
    if !report.problems.is_empty() {
        // Counting a damaged file would only repeat the damage in other words.
        return Ok(report);
    }
    let has_records = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'records'",
            [],
            |r| r.get::<_, i64>(0),
        )
        .map_err(Error::from)?;
    if report.schema_version == 0 || has_records == 0 {
        report.problems.push(Problem::NotWorklog);
        return Ok(report);
    }
    if let Err(e) = foreign_keys(&conn, &mut report.problems) {
        report.problems.push(sql_text(&e));
    }
    // FTS5's own 'integrity-check' command is an INSERT: on this read-only connection it
    // fails with "attempt to write a readonly database" (a read-write connection would
    // take the write lock and could write), so it is not run. Instead the index is
    // compared with what it should hold, which only reads: every live searchable record
    // has an index row and no index row is left over.
    if report.schema_version >= 2 {
        if let Err(e) = search_index(&conn, &mut report.problems) {
            report.problems.push(sql_text(&e));
        }
    }
    // The month report's link index (schema v12), compared the same way.
    if report.schema_version >= 12 {
        if let Err(e) = link_index(&conn, &mut report.problems) {
            report.problems.push(sql_text(&e));
        }
    }
    if report.problems.is_empty() {
        match counts(&conn) {
            Ok(c) => report.counts = c,
            Err(e) => report.problems.push(sql_text(&e)),
        }
    }
    Ok(report)
}

fn integrity_lines(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut st = conn.prepare(&format!("PRAGMA integrity_check({MAX_PROBLEMS})"))?;
    let rows = st.query_map([], |r| r.get::<_, String>(0))?;
    // SQLite may return several problems in one row, a line each, under a header line.
    let mut lines = Vec::new();
    for row in rows {
        lines.extend(
            row?.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with("***"))
                .map(str::to_string),
        );
    }
    lines.truncate(MAX_PROBLEMS);
    Ok(lines)
}

fn foreign_keys(conn: &Connection, problems: &mut Vec<Problem>) -> rusqlite::Result<()> {
    let mut st = conn.prepare("PRAGMA foreign_key_check")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        if problems.len() >= MAX_PROBLEMS {
            break;
        }
        let table: String = r.get(0)?;
        let rowid: Option<i64> = r.get(1)?;
        let parent: String = r.get(2)?;
        problems.push(Problem::ForeignKey { table, rowid, parent });
    }
    Ok(())
}

fn search_index(conn: &Connection, problems: &mut Vec<Problem>) -> rusqlite::Result<()> {
    // The contentless index keeps its rowids in the `_docsize` shadow table.
    let source = super::index::SOURCE;
    let missing: i64 = conn.query_row(
        &format!(
            "SELECT count(*) FROM ({source}) s
              WHERE NOT EXISTS (SELECT 1 FROM search_idx_docsize d WHERE d.id = s.id)"
        ),
        [],
        |r| r.get(0),
    )?;
    let extra: i64 = conn.query_row(
        &format!(
            "SELECT count(*) FROM search_idx_docsize d
              WHERE NOT EXISTS (SELECT 1 FROM ({source}) s WHERE s.id = d.id)"
        ),
        [],
        |r| r.get(0),
    )?;
    if missing + extra > 0 {
        problems.push(Problem::SearchIndex { missing, extra });
    }
    Ok(())
}

fn link_index(conn: &Connection, problems: &mut Vec<Problem>) -> rusqlite::Result<()> {
    let source = format!("SELECT * FROM ({})", super::index::LINKS_SOURCE);
    let table = "SELECT entry_id, link, date, minutes FROM report_links";
    let count = |sql: String| conn.query_row(&sql, [], |r| r.get::<_, i64>(0));
    let missing = count(format!("SELECT count(*) FROM ({source} EXCEPT {table})"))?;
    let extra = count(format!("SELECT count(*) FROM ({table} EXCEPT {source})"))?;
    if missing + extra > 0 {
        problems.push(Problem::LinkIndex { missing, extra });
    }
    Ok(())
}

fn counts(conn: &Connection) -> rusqlite::Result<BTreeMap<String, i64>> {
    let mut out = BTreeMap::new();
    let kinds: Vec<String> = {
        let mut st = conn.prepare("SELECT DISTINCT kind FROM records")?;
        st.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?
    };
    for k in kinds {
        let Some(kind) = RecordKind::parse(&k) else {
            continue;
        };
        let n: i64 = conn.query_row(
            &format!(
                "SELECT count(*) FROM records r JOIN {} t ON t.id = r.id
                  WHERE r.kind = ?1 AND t.deleted_at IS NULL",
                crate::store::records::table(kind)
            ),
            [kind.as_str()],
            |r| r.get(0),
        )?;
        out.insert(k, n);
    }
    Ok(out)
}

/// A backup that was written: its size and how many live records it holds.
#[derive(Debug)]
pub struct BackupInfo {
    pub bytes: u64,
    pub records: i64,
}

/// Creates `dest` with mode 0600 before anything is written into it (R5). Fails when it
/// exists.
pub fn create_private(dest: &Path) -> std::io::Result<File> {
    let mut o = OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    o.open(dest)
}

/// Creates a folder (and its parents) with mode 0700.
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    crate::fsutil::create_private_dir(dir)
}

/// An online backup of `db` into `dest`, which must not exist. `VACUUM INTO` reads one
/// consistent snapshot in a read transaction: in WAL mode writers go on meanwhile. The
/// copy is written into a private (0600) temporary file beside `dest` (VACUUM INTO
/// accepts an empty file), synced, and renamed into place only when whole, so a failure
/// leaves no file at `dest`. `dest`'s folder is created (0700) only once `db` has been
/// read.
pub fn backup(db: &Path, dest: &Path) -> Result<BackupInfo> {
    let conn = open_read_only(db).map_err(|e| backup_source_error(e, db))?;
    let dir = crate::fsutil::folder_of(dest);
    if dir.exists() {
        return backup_into(&conn, db, dest);
    }
    create_private_dir(&dir).map_err(|e| Error::Io {
        path: dir.clone(),
        source: e,
    })?;
    let r = backup_into(&conn, db, dest);
    if r.is_err() {
        // A failure leaves no trace: the folder made for this copy goes too.
        let _ = std::fs::remove_dir(&dir);
    }
    r
}

fn backup_into(conn: &Connection, db: &Path, dest: &Path) -> Result<BackupInfo> {
    let io = |e: std::io::Error| Error::Io {
        path: dest.to_path_buf(),
        source: e,
    };
    if dest.exists() || dest.is_symlink() {
        return Err(Error::BackupExists {
            path: dest.to_path_buf(),
        });
    }
    let tmp = crate::fsutil::temp_beside(dest).map_err(io)?;
    conn.execute("VACUUM INTO ?1", [tmp.path().to_string_lossy()])
        .map_err(|e| not_a_db(e, db))?;
    // VACUUM INTO does not sync its output; a backup must survive a power cut.
    tmp.as_file().sync_all().map_err(io)?;
    let bytes = tmp.as_file().metadata().map_err(io)?.len();
    let records = open_read_only(tmp.path())
        .ok()
        .and_then(|copy| counts(&copy).ok())
        .map(|c| c.values().sum())
        .unwrap_or(0);
    crate::fsutil::persist_new(tmp, dest).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            // Lost a race with another process creating the same file.
            Error::BackupExists {
                path: dest.to_path_buf(),
            }
        } else {
            io(e)
        }
    })?;
    Ok(BackupInfo { bytes, records })
}

/// A database that cannot be opened for a backup: not SQLite at all, or damaged.
fn backup_source_error(e: Error, db: &Path) -> Error {
    match e {
        Error::NotADatabase { .. } => Error::BackupNotADatabase {
            path: db.to_path_buf(),
        },
        e => e,
    }
}

fn not_a_db(e: rusqlite::Error, path: &Path) -> Error {
    if let rusqlite::Error::SqliteFailure(f, _) = &e {
        if matches!(
            f.code,
            rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt
        ) {
            return Error::BackupNotADatabase {
                path: path.to_path_buf(),
            };
        }
    }
    e.into()
}

fn sync_dir(file: &Path) {
    crate::fsutil::sync_dir(file)
}

/// Checks that `file` is a healthy worklog database this program understands; returns its
/// report (schema version, counts) or an input error saying why it cannot be restored.
pub fn verify_backup(file: &Path) -> Result<CheckReport> {
    let path = file.to_path_buf();
    if file.is_dir() {
        return Err(Error::RestoreIsDirectory { path });
    }
    if !file.exists() {
        return Err(Error::RestoreMissing { path });
    }
    let Ok(report) = check(file) else {
        return Err(Error::RestoreBad { path, problem: None });
    };
    if let Some(p) = report.problems.first() {
        let problem = Some(p.clone());
        return Err(Error::RestoreBad { path, problem });
    }
    if report.schema_version > LATEST_VERSION {
        return Err(Error::RestoreNewer {
            path,
            found: report.schema_version,
            supported: LATEST_VERSION,
        });
    }
    Ok(report)
}

/// Replaces `db` with a copy of `backup` (already verified). The current file (and its
/// WAL), when there is one, is first copied aside to `aside` (0600). Refuses when another process is writing
/// to `db`. The new file is written beside `db` as a temp file, synced, and renamed over
/// it, so a crash leaves either the old or the new database, never half of one.
pub fn restore(db: &Path, backup: &Path, aside: Option<&Path>) -> Result<()> {
    let io = |p: &Path, e: std::io::Error| Error::Io {
        path: p.to_path_buf(),
        source: e,
    };
    // The write lock: while it is held no other worklog process writes. A damaged file
    // may not even let us take it; then nobody else can use it either.
    let guard = aside.and_then(|_| {
        Connection::open_with_flags(
            db,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .ok()
    });
    if let Some(conn) = &guard {
        let _ = conn.busy_timeout(Duration::from_secs(10));
        if let Err(e) = conn.execute_batch("BEGIN IMMEDIATE") {
            if super::is_busy(&e) {
                return Err(Error::RestoreBusy {
                    path: db.to_path_buf(),
                });
            }
        }
    }
    // The damaged copy, with its WAL under the matching name so both open together.
    if let Some(aside) = aside {
        copy_private(db, aside).map_err(|e| io(aside, e))?;
        let wal = side_file(db, "-wal");
        if wal.metadata().is_ok_and(|m| m.len() > 0) {
            let aside_wal = side_file(aside, "-wal");
            copy_private(&wal, &aside_wal).map_err(|e| io(&aside_wal, e))?;
        }
    }
    let tmp = side_file(db, ".restore-tmp");
    let _ = std::fs::remove_file(&tmp);
    copy_private(backup, &tmp).map_err(|e| io(&tmp, e))?;
    if let Err(e) = std::fs::rename(&tmp, db) {
        let _ = std::fs::remove_file(&tmp);
        return Err(io(db, e));
    }
    // The old WAL must go before anyone opens the new file: its frames would otherwise be
    // replayed onto the restored pages.
    for suffix in ["-wal", "-shm"] {
        let f = side_file(db, suffix);
        if f.exists() {
            std::fs::remove_file(&f).map_err(|e| io(&f, e))?;
        }
    }
    sync_dir(db);
    // Closing the guard normally would checkpoint and delete `<db>-wal` by name, which
    // may by now belong to a process using the restored file. Leaking it until the
    // process exits (moments from now) releases its locks without touching any file.
    if let Some(conn) = guard {
        std::mem::forget(conn);
    }
    Ok(())
}

/// `<path><suffix>` in the same folder.
pub fn side_file(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// Copies `from` into a new 0600 file `to` and syncs it.
fn copy_private(from: &Path, to: &Path) -> std::io::Result<()> {
    let mut src = File::open(from)?;
    let mut dst = create_private(to)?;
    let r = std::io::copy(&mut src, &mut dst)
        .and_then(|_| dst.flush())
        .and_then(|_| dst.sync_all());
    if r.is_err() {
        let _ = std::fs::remove_file(to);
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Documents why `check` does not run FTS5's 'integrity-check': it is a write.
    #[test]
    fn fts_integrity_check_needs_a_writable_connection() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.db");
        {
            let clock = crate::clock::Clock::fixed(chrono::NaiveDate::from_ymd_opt(2022, 12, 21).unwrap());
            crate::store::Store::open(&path, true, clock).unwrap();
        }
        let conn = open_read_only(&path).unwrap();
        let r = conn.execute("INSERT INTO search_idx(search_idx) VALUES('integrity-check')", []);
        assert!(r.is_err(), "{r:?}");
        let report = check(&path).unwrap();
        assert!(report.ok(), "{:?}", report.problems);
        assert_eq!(report.schema_version, LATEST_VERSION);
    }

    #[test]
    fn the_search_index_is_compared_with_its_source() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.db");
        {
            let clock = crate::clock::Clock::fixed(chrono::NaiveDate::from_ymd_opt(2022, 12, 21).unwrap());
            let store = crate::store::Store::open(&path, true, clock).unwrap();
            store
                .conn()
                .execute_batch(
                    "INSERT INTO records(id, kind) VALUES (1, 'entry');
                     INSERT INTO entries(id, date, text, created_at, updated_at)
                       VALUES (1, '2022-12-01', 'Họp giao ban', 'x', 'x');
                     DELETE FROM search_idx WHERE rowid = 1;",
                )
                .unwrap();
        }
        let report = check(&path).unwrap();
        assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    }

    #[test]
    fn the_link_index_is_compared_with_its_source() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.db");
        let clock = crate::clock::Clock::fixed(chrono::NaiveDate::from_ymd_opt(2022, 12, 21).unwrap());
        {
            let mut store = crate::store::Store::open(&path, true, clock).unwrap();
            let tx = store.begin_write().unwrap();
            tx.conn()
                .execute_batch(
                    "INSERT INTO records(id, kind) VALUES (1, 'entry');
                     INSERT INTO entries(id, date, text, minutes, created_at, updated_at)
                       VALUES (1, '2022-12-01', 'Họp giao ban', 30, 'x', 'x');
                     INSERT INTO record_tags(record_id, tag) VALUES (1, 'giaoban');",
                )
                .unwrap();
            tx.finish("w", false).unwrap();
        }
        assert!(check(&path).unwrap().ok(), "{:?}", check(&path).unwrap().problems);
        {
            let store = crate::store::Store::open(&path, true, clock).unwrap();
            store
                .conn()
                .execute_batch("UPDATE report_links SET minutes = 45; INSERT INTO report_links VALUES (1, 'x', '2022-12-01', 0);")
                .unwrap();
        }
        let report = check(&path).unwrap();
        assert_eq!(
            report.problems,
            vec![Problem::LinkIndex { missing: 1, extra: 2 }],
            "{:?}",
            report.problems
        );
    }
}
