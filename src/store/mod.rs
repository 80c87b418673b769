//! All SQL lives under `store/`. This file opens the database (path checks, file modes,
//! pragmas), runs the migrations, and hands out the one IMMEDIATE transaction a writing
//! command gets. Other files here hold the queries of one table group each: they take a
//! `Db` (the connection, reachable only inside `store/`) and typed arguments, never SQL,
//! and return model types, the input rows of `report/`, or small row structs of their own.
//! Errors are `store::Error` (error.rs), data that `crate::error` words once. Nothing
//! here knows clap, prints, or builds text for people.

pub mod blockers;
pub mod calendar;
pub mod complete;
pub mod consults;
pub mod documents;
pub mod edits;
pub mod entries;
mod error;
pub mod export;
pub mod facts;
pub mod followups;
mod hook;
pub mod imports;
mod index;
pub mod maintenance;
mod migrate;
pub mod plans;
pub mod proposals;
pub mod records;
pub mod report;
pub mod search;
pub mod submissions;
pub mod tasks;
mod undo;
pub mod unit_history;
pub mod units;

pub use entries::{EntryFilter, NewEntry};
pub use error::{Error, OpenSource, Problem, Result};
use error::{keyed, keyed_opt};
pub use migrate::{LATEST_VERSION, backup_path};
pub use records::RecordKind;

use crate::clock::Clock;
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};

/// The door to the database that store verbs take: a copyable handle whose connection
/// only code under `store/` can reach. Commands get one from `Store::db` or `WriteTx::db`
/// and pass it on; they never see SQL or rusqlite.
#[derive(Clone, Copy)]
pub struct Db<'a>(&'a Connection);

pub struct Store {
    /// Declared before `conn`: dropped (unregistered) before the connection closes.
    _hook: hook::Hook,
    conn: Connection,
    path: Option<PathBuf>,
    clock: Clock,
    /// Filled by the preupdate hook while a command writes (store/undo.rs).
    journal: undo::Shared,
    /// The records whose search index rows the transaction must re-derive (store/index.rs).
    search: index::Shared,
}

/// A writing command's transaction. Dropping it without `commit` rolls everything back.
pub struct WriteTx<'a> {
    store: &'a mut Store,
    done: bool,
    journal: bool,
    /// In bulk mode: the first id the command may create.
    bulk_from: Option<i64>,
}

impl Store {
    /// Opens the database at `path`. With `create = true` (a command that writes) a
    /// missing file is created and an older one migrated, after its backup copy. With
    /// `create = false` (a command that only reads) nothing is ever written: a missing
    /// file is not created (an empty in-memory database stands in), an older file is
    /// read through a migrated copy in memory, and a file that cannot be written (a
    /// read-only file, folder or disk) is opened read-only.
    pub fn open(path: &Path, create: bool, clock: Clock) -> Result<Store> {
        if path.is_dir() {
            return Err(Error::IsDirectory {
                path: path.to_path_buf(),
            });
        }
        if !create {
            return Store::open_read(path, clock);
        }
        if !path.exists() {
            create_private_file(path)?;
        }
        let flags =
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
        let mut conn = Connection::open_with_flags(path, flags).map_err(|e| Error::Open {
            path: path.to_path_buf(),
            source: OpenSource::Sqlite(e),
        })?;
        // SQLite quietly opens a file it may not write read-only: say so before any write.
        if conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(false) {
            return Err(Error::ReadOnly {
                path: path.to_path_buf(),
            });
        }
        register_functions(&conn)?;
        configure(&conn).map_err(|e| disk_error(opened_error(e, path), Some(path)))?;
        migrate::migrate(&mut conn, Some(path)).map_err(|e| disk_error(opened_error(e, path), Some(path)))?;
        Ok(Store::with_journal(conn, Some(path.to_path_buf()), clock))
    }

    /// `open` for a command that only reads (see there).
    fn open_read(path: &Path, clock: Clock) -> Result<Store> {
        if !path.exists() {
            let mut conn = Connection::open_in_memory()?;
            register_functions(&conn)?;
            migrate::migrate(&mut conn, None)?;
            return Ok(Store::with_journal(conn, None, clock));
        }
        let conn = open_for_reading(path, false)?;
        let v = migrate::version(&conn).map_err(|e| opened_error(e, path))?;
        if v > LATEST_VERSION {
            return Err(Error::Newer {
                path: path.to_path_buf(),
                found: v,
                supported: LATEST_VERSION,
            });
        }
        let conn = if v < LATEST_VERSION {
            // Migrating is a write: the first writing command (or `worklog migrate`) does
            // it, with its backup. Until then a copy in memory is migrated and read.
            let mut mem = Connection::open_in_memory()?;
            rusqlite::backup::Backup::new(&conn, &mut mem)?
                .run_to_completion(256, std::time::Duration::ZERO, None)
                .map_err(|e| opened_error(e, path))?;
            drop(conn);
            register_functions(&mem)?;
            migrate::migrate(&mut mem, None)?;
            mem.pragma_update(None, "foreign_keys", "ON")?;
            mem
        } else {
            conn
        };
        Ok(Store::with_journal(conn, Some(path.to_path_buf()), clock))
    }

    /// The schema version of the file at `path` (0 for a missing or empty file), read
    /// without writing anything.
    pub fn file_version(path: &Path) -> Result<i64> {
        if !path.exists() {
            return Ok(0);
        }
        let conn = open_for_reading(path, true)?;
        migrate::version(&conn).map_err(|e| opened_error(e, path))
    }

    /// The store around a migrated connection, with the undo journal's hook on it.
    fn with_journal(conn: Connection, path: Option<PathBuf>, clock: Clock) -> Store {
        let journal = undo::Shared::default();
        let search = index::Shared::default();
        let (j, s) = (journal.clone(), search.clone());
        Store {
            _hook: hook::install(&conn, move |e| {
                undo::record(&j, e);
                index::note(&s, e);
            }),
            conn,
            path,
            clock,
            journal,
            search,
        }
    }

    /// An empty, migrated in-memory store (tests, dry runs of import).
    pub fn in_memory(clock: Clock) -> Result<Store> {
        let mut conn = Connection::open_in_memory()?;
        register_functions(&conn)?;
        migrate::migrate(&mut conn, None)?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        Ok(Store::with_journal(conn, None, clock))
    }
}

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        // Switching to WAL needs a moment alone with the file; when many processes
        // start at once, wait for it like the busy timeout would.
        let mut tries = 0;
        loop {
            match conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get::<_, String>(0)) {
                Ok(_) => break,
                Err(e) if tries < 200 && is_busy(&e) => {
                    tries += 1;
                    std::thread::sleep(std::time::Duration::from_millis(25));
                }
                Err(e) => return Err(e),
            }
        }
    }
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(())
}

impl Store {
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    fn conn(&self) -> &Connection {
        &self.conn
    }

    /// The handle store verbs take, for reading outside a transaction.
    pub fn db(&self) -> Db<'_> {
        Db(&self.conn)
    }

    pub fn clock(&self) -> Clock {
        self.clock
    }

    /// Starts the IMMEDIATE transaction of a writing command and opens its undo record.
    pub fn begin_write(&mut self) -> Result<WriteTx<'_>> {
        self.conn
            .execute_batch("BEGIN IMMEDIATE")
            .map_err(|e| disk_error(e.into(), self.path.as_deref()))?;
        let tx = WriteTx {
            store: self,
            done: false,
            journal: true,
            bulk_from: None,
        };
        undo::begin(&tx.store.journal, &tx.store.clock.stamp());
        Ok(tx)
    }

    /// A write transaction that is not itself journaled: `undo` uses it.
    pub fn begin_unjournaled(&mut self) -> Result<WriteTx<'_>> {
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        Ok(WriteTx {
            store: self,
            done: false,
            journal: false,
            bulk_from: None,
        })
    }
}

impl WriteTx<'_> {
    fn conn(&self) -> &Connection {
        &self.store.conn
    }

    /// The handle store verbs take, inside this transaction.
    pub fn db(&self) -> Db<'_> {
        Db(&self.store.conn)
    }

    pub fn clock(&self) -> Clock {
        self.store.clock
    }

    pub fn stamp(&self) -> String {
        self.store.clock.stamp()
    }

    /// Switches to bulk mode: from here on the command may only insert new records; undo
    /// removes every record created after this point in one range per table.
    pub fn bulk_inserts(&mut self) -> Result<()> {
        if self.journal && self.bulk_from.is_none() {
            self.bulk_from = Some(undo::begin_bulk(&self.store.conn, &self.store.journal)?);
        }
        // A larger page cache for this connection only: readers keep the small default
        // (SPEC §10 P5, memory).
        self.store.conn.pragma_update(None, "cache_size", -65536)?;
        Ok(())
    }

    /// Commits, naming the command for `undo`; with `dry_run` rolls back instead.
    pub fn finish(mut self, summary: &str, dry_run: bool) -> Result<()> {
        if dry_run || !self.journal {
            undo::discard(&self.store.journal);
        }
        if dry_run {
            index::discard(&self.store.search);
            self.store.conn.execute_batch("ROLLBACK")?;
        } else {
            index::flush(&self.store.conn, &self.store.search)?;
            if let Some(first) = self.bulk_from {
                undo::end_bulk(&self.store.conn, &self.store.journal, first)?;
            }
            if self.journal {
                undo::end(&self.store.conn, &self.store.journal, summary)?;
            }
            let path = self.store.path.as_deref();
            self.store
                .conn
                .execute_batch("COMMIT")
                .map_err(|e| disk_error(e.into(), path))?;
        }
        self.done = true;
        Ok(())
    }

    /// Reverts the last command (this transaction itself is not journaled).
    pub fn undo_last(&self) -> Result<Option<String>> {
        undo::undo_last(&self.store.conn)
    }
}

impl Drop for WriteTx<'_> {
    fn drop(&mut self) {
        undo::discard(&self.store.journal);
        index::discard(&self.store.search);
        if !self.done {
            let _ = self.store.conn.execute_batch("ROLLBACK");
        }
    }
}

/// Registers the SQL functions the schema relies on: `wl_fold(text)` is `text::fold`,
/// used by the search index's triggers. Deterministic, so SQLite may use it in indexes
/// and triggers; NULL in, NULL out.
fn register_functions(conn: &Connection) -> rusqlite::Result<()> {
    use rusqlite::functions::FunctionFlags;
    conn.create_scalar_function(
        "wl_fold",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let v: Option<String> = ctx.get(0)?;
            Ok(v.map(|s| crate::text::fold(&s)))
        },
    )
}

use error::is_busy;

/// An error from the first statements on a file that opened: a damaged or foreign file
/// (told by SQLite's error code) is `NotADatabase`; a file or folder that does not let
/// SQLite write (its `-wal`/`-shm` cannot be created) is `ReadOnly`.
fn opened_error(e: impl Into<Error>, path: &Path) -> Error {
    match e.into() {
        Error::Sqlite(e) if error::is_not_a_database(&e) => Error::NotADatabase {
            path: path.to_path_buf(),
        },
        Error::Sqlite(e) if error::is_read_only(&e) => Error::ReadOnly {
            path: path.to_path_buf(),
        },
        e => e,
    }
}

/// SQLite's I/O error on a disk that turns out to be full is `DiskFull` (SQLite says
/// SQLITE_FULL only for some writes; growing `-shm` fails as SQLITE_IOERR).
fn disk_error(e: Error, path: Option<&Path>) -> Error {
    match (e, path) {
        (Error::Sqlite(s), Some(p))
            if matches!(&s, rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::SystemIoFailure)
                && crate::fsutil::no_room_in(&crate::fsutil::folder_of(p)) =>
        {
            Error::DiskFull
        }
        (e, _) => e,
    }
}

/// Opens an existing database file for reading; changes nothing in it (no migration, no
/// journal mode switch). With `strict`, the connection itself is read-only (`check`:
/// not even a checkpoint on close); otherwise it is an ordinary connection when the
/// file can be written, so that readers share the WAL with writers as usual. When the
/// file, its folder or its disk cannot be written — or there is no room for SQLite's
/// `-shm` beside it — it is opened read-only instead: `immutable` when no WAL is
/// pending (nobody can be writing a file nobody can write, and nothing is created
/// beside it), else `mode=ro`, which reads the pending WAL.
pub(crate) fn open_for_reading(path: &Path, strict: bool) -> Result<Connection> {
    let open = |target: &str, flags: OpenFlags| -> Result<Connection> {
        let conn = Connection::open_with_flags(
            target,
            flags | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI,
        )
        .map_err(|e| Error::Open {
            path: path.to_path_buf(),
            source: OpenSource::Sqlite(e),
        })?;
        register_functions(&conn)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        // The first read opens the WAL index: this is where a read-only folder shows.
        migrate::version(&conn)?;
        Ok(conn)
    };
    // One probe: a file that opens for writing is readable too; one that does not is
    // checked for reading, and a file that cannot be read at all (permissions) is said
    // so in the system's words.
    let writable = match std::fs::OpenOptions::new().read(true).write(true).open(path) {
        Ok(_) => true,
        Err(_) => {
            if let Err(e) = std::fs::File::open(path) {
                return Err(Error::Open {
                    path: path.to_path_buf(),
                    source: OpenSource::Io(e),
                });
            }
            false
        }
    };
    let Some(uri) = file_uri(path) else {
        // A path that is not UTF-8 cannot be written as a URI: the ordinary open only.
        let flags = if strict {
            OpenFlags::SQLITE_OPEN_READ_ONLY
        } else {
            OpenFlags::SQLITE_OPEN_READ_WRITE
        };
        let conn = open(&path.to_string_lossy(), flags).map_err(|e| opened_error_store(e, path))?;
        return Ok(finish_read(conn));
    };
    let first = if !writable {
        None
    } else if strict {
        Some(open(&format!("{uri}?mode=ro"), OpenFlags::SQLITE_OPEN_READ_ONLY))
    } else {
        Some(open(&uri, OpenFlags::SQLITE_OPEN_READ_WRITE))
    };
    match first {
        Some(Ok(conn)) => return Ok(finish_read(conn)),
        Some(Err(e)) if !could_not_create_side_files(&e) => return Err(opened_error_store(e, path)),
        _ => {}
    }
    let wal_pending = maintenance::side_file(path, "-wal")
        .metadata()
        .is_ok_and(|m| m.len() > 0);
    let tail = if wal_pending { "mode=ro" } else { "immutable=1" };
    let conn = open(&format!("{uri}?{tail}"), OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| opened_error_store(e, path))?;
    Ok(finish_read(conn))
}

fn finish_read(conn: Connection) -> Connection {
    let _ = conn.pragma_update(None, "foreign_keys", "ON");
    conn
}

/// A failure to read a file that opened: a damaged or foreign file is `NotADatabase`;
/// anything else stays as SQLite said it (reading never needs to write, so it is not
/// `ReadOnly`).
fn opened_error_store(e: Error, path: &Path) -> Error {
    match e {
        Error::Sqlite(e)
        | Error::Open {
            source: OpenSource::Sqlite(e),
            ..
        } if error::is_not_a_database(&e) => Error::NotADatabase {
            path: path.to_path_buf(),
        },
        e => e,
    }
}

/// The failures of a first read that come from the file's surroundings (a read-only
/// folder or disk, no room for `-shm`), not from the file itself.
fn could_not_create_side_files(e: &Error) -> bool {
    match e {
        Error::Sqlite(e)
        | Error::Open {
            source: OpenSource::Sqlite(e),
            ..
        } => {
            error::is_read_only(e)
                || error::is_disk_full(e)
                || matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::SystemIoFailure)
        }
        Error::ReadOnly { .. } | Error::DiskFull => true,
        _ => false,
    }
}

/// `file:` URI of a path (SQLite's URI syntax: `%`, `?` and `#` escaped); `None` when
/// the path is not UTF-8.
fn file_uri(path: &Path) -> Option<String> {
    let s = path.to_str()?;
    let mut out = String::from("file:");
    for c in s.chars() {
        match c {
            '%' => out.push_str("%25"),
            '?' => out.push_str("%3f"),
            '#' => out.push_str("%23"),
            c => out.push(c),
        }
    }
    Some(out)
}

/// Creates the database file with mode 0600, and its folder with 0700 when missing.
fn create_private_file(path: &Path) -> Result<()> {
    let io = |e: std::io::Error| Error::Open {
        path: path.to_path_buf(),
        source: OpenSource::Io(e),
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty() && !d.exists()) {
        let mut b = std::fs::DirBuilder::new();
        b.recursive(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            b.mode(0o700);
        }
        b.create(dir).map_err(io)?;
    }
    let mut o = std::fs::OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    match o.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(io(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clock() -> Clock {
        Clock::fixed(chrono::NaiveDate::from_ymd_opt(2022, 12, 21).unwrap())
    }

    #[test]
    fn a_foreign_file_is_told_by_sqlite_error_code() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.db");
        std::fs::write(
            &path,
            b"this is not sqlite, just some bytes of garbage text...........",
        )
        .unwrap();
        let err = Store::open(&path, true, clock()).err().unwrap();
        assert!(
            matches!(&err, Error::NotADatabase { path: p } if *p == path),
            "{err:?}"
        );
    }

    /// Issue 16 item 5, portably (no tmpfs needed): SQLITE_FULL, provoked here with
    /// `max_page_count`, is `DiskFull`, which `crate::error` words as a full disk (exit 1).
    #[test]
    fn sqlite_full_is_a_full_disk() {
        let mut store = Store::in_memory(clock()).unwrap();
        store
            .conn()
            .execute_batch("CREATE TABLE big(b); PRAGMA max_page_count = 64;")
            .unwrap();
        let tx = store.begin_write().unwrap();
        let err = (0..1000)
            .find_map(|_| {
                tx.conn()
                    .execute("INSERT INTO big VALUES (zeroblob(8192))", [])
                    .err()
            })
            .expect("the page limit is reached");
        let err = Error::from(err);
        assert!(matches!(err, Error::DiskFull), "{err:?}");
        drop(tx);
        let user = crate::error::Error::from(err);
        assert_eq!(user.exit_code(), 1);
        assert!(user.hint_text().is_some());
        // Nothing of the failed command stays.
        let n: i64 = store
            .conn()
            .query_row("SELECT count(*) FROM big", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0);
    }

    #[test]
    fn a_folder_is_not_opened() {
        let dir = tempfile::tempdir().unwrap();
        let err = Store::open(dir.path(), true, clock()).err().unwrap();
        assert!(matches!(err, Error::IsDirectory { .. }), "{err:?}");
    }
}
