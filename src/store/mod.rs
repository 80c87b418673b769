//! All SQL lives under `store/`. This file opens the database (path checks, file modes,
//! pragmas), runs the migrations, and hands out the one IMMEDIATE transaction a writing
//! command gets. Other files here hold the queries of one table group each: they take a
//! `Db` (the connection, reachable only inside `store/`) and typed arguments, never SQL,
//! and return model types, the input rows of `report/`, or small row structs of their own.
//! Errors are `store::Error` (error.rs), data that `crate::error` words once. Nothing
//! here knows clap, prints, or builds text for people.

pub mod blockers;
pub mod calendar;
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
pub use migrate::LATEST_VERSION;
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
    /// Opens (and if needed creates and migrates) the database at `path`. With
    /// `create = false` a missing file is not created: an empty in-memory database
    /// stands in, so that read-only commands on a fresh machine write nothing.
    pub fn open(path: &Path, create: bool, clock: Clock) -> Result<Store> {
        if path.is_dir() {
            return Err(Error::IsDirectory {
                path: path.to_path_buf(),
            });
        }
        let exists = path.exists();
        if !exists && !create {
            let mut conn = Connection::open_in_memory()?;
            register_functions(&conn)?;
            migrate::migrate(&mut conn, None)?;
            return Ok(Store::with_journal(conn, None, clock));
        }
        if !exists {
            create_private_file(path)?;
        }
        let flags =
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
        let mut conn = Connection::open_with_flags(path, flags).map_err(|e| Error::Open {
            path: path.to_path_buf(),
            source: OpenSource::Sqlite(e),
        })?;
        register_functions(&conn)?;
        configure(&conn).map_err(|e| not_a_db(e, path))?;
        migrate::migrate(&mut conn, Some(path)).map_err(|e| not_a_db(e, path))?;
        Ok(Store::with_journal(conn, Some(path.to_path_buf()), clock))
    }

    /// The store around a migrated connection, with the undo journal's hook on it.
    fn with_journal(conn: Connection, path: Option<PathBuf>, clock: Clock) -> Store {
        let journal = undo::Shared::default();
        Store {
            _hook: undo::register(&conn, journal.clone()),
            conn,
            path,
            clock,
            journal,
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
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
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
            self.store.conn.execute_batch("ROLLBACK")?;
        } else {
            if let Some(first) = self.bulk_from {
                undo::end_bulk(&self.store.conn, &self.store.journal, first)?;
            }
            if self.journal {
                undo::end(&self.store.conn, &self.store.journal, summary)?;
            }
            self.store.conn.execute_batch("COMMIT")?;
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

/// A damaged or foreign file, told by SQLite's error code, is `NotADatabase`.
fn not_a_db(e: impl Into<Error>, path: &Path) -> Error {
    match e.into() {
        Error::Sqlite(e) if error::is_not_a_database(&e) => Error::NotADatabase {
            path: path.to_path_buf(),
        },
        e => e,
    }
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

/// Sets mode 0600 on a file worklog wrote (backups).
pub fn make_private(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).map_err(|e| Error::Io {
            path: path.to_path_buf(),
            source: e,
        })?;
    }
    Ok(())
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

    #[test]
    fn a_folder_is_not_opened() {
        let dir = tempfile::tempdir().unwrap();
        let err = Store::open(dir.path(), true, clock()).err().unwrap();
        assert!(matches!(err, Error::IsDirectory { .. }), "{err:?}");
    }
}
