//! `store::Error`: what went wrong in the data or the file, as data. The store builds no
//! text for people; `crate::error` turns each variant into its message, hint and exit
//! code in one place. SQLite's own errors are kept whole in `Sqlite`, except the ones
//! the user can act on (a busy database), which get their own variant here.

use crate::model::RecordKind;
use chrono::NaiveDate;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Anything else SQLite refused.
    #[error(transparent)]
    Sqlite(rusqlite::Error),
    /// Another process holds the database's lock past the busy timeout.
    #[error("database busy")]
    Busy,
    /// The disk (or the user's quota) is full: SQLITE_FULL. Nothing was written.
    #[error("disk full")]
    DiskFull,
    /// The database file or its folder does not allow writing (a read-only file, folder
    /// or disk), and the command needs to write.
    #[error("{}: read-only", path.display())]
    ReadOnly { path: PathBuf },
    /// The file is not an SQLite file at all (its first bytes say so): not damage.
    #[error("{}: not an SQLite file", path.display())]
    NotSqlite { path: PathBuf },
    /// The file could not be read for a reason that is not damage (an I/O error, no
    /// room for SQLite's side files…).
    #[error("{}: {source}", path.display())]
    CannotRead { path: PathBuf, source: rusqlite::Error },
    /// The database path names a folder.
    #[error("{}: is a directory", path.display())]
    IsDirectory { path: PathBuf },
    /// The file is not an SQLite database (or is damaged beyond reading).
    #[error("{}: not a database", path.display())]
    NotADatabase { path: PathBuf },
    /// The database file (or its folder) could not be opened or created.
    #[error("{}: {source}", path.display())]
    Open { path: PathBuf, source: OpenSource },
    /// The file's schema is newer than this build knows.
    #[error("{}: schema {found} newer than {supported}", path.display())]
    Newer {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    /// Reading or writing a file failed.
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
    /// An I/O error with no file to name (writing into a buffer).
    #[error(transparent)]
    IoUnnamed(std::io::Error),
    /// A row holds a value its column's type does not know (a status, a level…).
    #[error("{table}.{column}: unknown value {value:?}")]
    BadValue {
        table: &'static str,
        column: &'static str,
        value: String,
    },
    /// No record has this id.
    #[error("no record #{id}")]
    NoSuchRecord { id: i64 },
    /// A row the query just matched was not there to complete (no hint to give).
    #[error("record #{id} not found")]
    NotFound { id: i64 },
    /// The record was deleted.
    #[error("record #{id} deleted")]
    Deleted { id: i64 },
    /// The id names a record of another kind.
    #[error("#{id} is a {found:?}, not a {expected:?}")]
    WrongKind {
        id: i64,
        expected: RecordKind,
        found: RecordKind,
    },
    /// No unit has this alias; `close` holds the nearest ones.
    #[error("unknown unit {input}")]
    UnknownUnit { input: String, close: Vec<String> },
    /// No field has this key or name; `close` holds the nearest ones.
    #[error("unknown field {input}")]
    UnknownField { input: String, close: Vec<String> },
    #[error("duplicate unit {alias}")]
    DuplicateUnit { alias: String },
    #[error("duplicate field {key}")]
    DuplicateField { key: String },
    #[error("unit {alias} already retired on {on}")]
    UnitAlreadyRetired { alias: String, on: NaiveDate },
    #[error("unit {alias} cannot succeed itself")]
    UnitRetireSelf { alias: String },
    #[error("{successor} is already retired into {alias}")]
    UnitRetireCycle { successor: String, alias: String },
    /// The undo journal could not record a change.
    #[error("undo journal: {detail}")]
    Journal { detail: String },
    /// Replaying an undo statement failed.
    #[error("undo: {0}")]
    Undo(rusqlite::Error),
    /// A column holds a blob, which an export cannot carry.
    #[error("{table}.{column}: blob")]
    ExportBlob { table: String, column: String },
    /// A value could not be written as JSON.
    #[error("{detail}")]
    ExportJson { detail: String },
    /// The backup file exists already.
    #[error("{}: exists", path.display())]
    BackupExists { path: PathBuf },
    /// The database to back up is not an SQLite database.
    #[error("{}: not a database", path.display())]
    BackupNotADatabase { path: PathBuf },
    /// The backup to restore from is a folder.
    #[error("{}: is a directory", path.display())]
    RestoreIsDirectory { path: PathBuf },
    /// The backup to restore from does not exist.
    #[error("{}: missing", path.display())]
    RestoreMissing { path: PathBuf },
    /// The backup could not be checked at all (`problem: None`) or has this problem.
    #[error("{}: bad backup", path.display())]
    RestoreBad { path: PathBuf, problem: Option<Problem> },
    /// The backup's schema is newer than this build knows.
    #[error("{}: schema {found} newer than {supported}", path.display())]
    RestoreNewer {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    /// Another process holds the database being restored.
    #[error("{}: busy", path.display())]
    RestoreBusy { path: PathBuf },
    /// An import file is not JSON (or not the JSON expected).
    #[error("{file}: {detail}")]
    ImportNotJson { file: String, detail: String },
    /// An export header field is missing or of the wrong type.
    #[error("{file}: bad field {field}")]
    ImportBadField { file: String, field: String },
    #[error("{file}: unknown format {format}")]
    ImportUnknownFormat { file: String, format: String },
    #[error("{file}: unknown version {found}")]
    ImportUnknownVersion {
        file: String,
        found: i64,
        supported: i64,
    },
    #[error("{file}: schema {found} newer than {supported}")]
    ImportSchemaNewer {
        file: String,
        found: i64,
        supported: i64,
    },
    /// Importing an export needs a database without records.
    #[error("{file}: database not empty")]
    ImportNotEmpty { file: String },
    /// After loading, a row points at a row that is not there.
    #[error("{file}: {table} row {rowid} → {parent}")]
    ImportForeignKey {
        file: String,
        table: String,
        rowid: i64,
        parent: String,
    },
    #[error("{file}: unknown table {table}")]
    ImportUnknownTable { file: String, table: String },
    #[error("{file}: {table}: unknown column {column}")]
    ImportUnknownColumn {
        file: String,
        table: String,
        column: String,
    },
    /// Row `row` (from 1) of `table` has a value of the wrong type under `column`.
    #[error("{file}: {table} row {row}: bad value in {column}")]
    ImportBadValue {
        file: String,
        table: String,
        row: usize,
        column: String,
    },
    /// Row `row` (from 1) of `table` was refused by SQLite.
    #[error("{file}: {table} row {row}: {source}")]
    ImportBadRow {
        file: String,
        table: String,
        row: usize,
        source: rusqlite::Error,
    },
}

/// Why a database file could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenSource {
    #[error(transparent)]
    Sqlite(rusqlite::Error),
    #[error(transparent)]
    Io(std::io::Error),
}

/// One thing `check` found wrong with a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// SQLite's own words (integrity_check lines, errors reading the file).
    Sqlite(String),
    /// A readable SQLite file without worklog's tables.
    NotWorklog,
    /// A row of `table` points at a missing row of `parent`.
    ForeignKey {
        table: String,
        rowid: Option<i64>,
        parent: String,
    },
    /// Live records missing from the search index, and index rows left over.
    SearchIndex { missing: i64, extra: i64 },
    /// Links the month report's link index lacks, and rows it holds that are not links.
    LinkIndex { missing: i64, extra: i64 },
    /// The file's schema is newer than this build knows.
    Newer { found: i64, supported: i64 },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Error {
        if is_busy(&e) {
            return Error::Busy;
        }
        if is_disk_full(&e) {
            return Error::DiskFull;
        }
        match e {
            rusqlite::Error::FromSqlConversionFailure(i, t, inner) => match inner.downcast::<BadValue>() {
                Ok(b) => Error::BadValue {
                    table: b.table,
                    column: b.column,
                    value: b.value,
                },
                Err(inner) => Error::Sqlite(rusqlite::Error::FromSqlConversionFailure(i, t, inner)),
            },
            e => Error::Sqlite(e),
        }
    }
}

/// A column value its type does not know, carried through rusqlite's row mapping
/// (`FromSqlConversionFailure`) and turned into `Error::BadValue` by `From`.
#[derive(Debug, thiserror::Error)]
#[error("{table}.{column}: unknown value {value:?}")]
pub(super) struct BadValue {
    pub table: &'static str,
    pub column: &'static str,
    pub value: String,
}

/// Reads column `idx` of a row of `table` as one of the keyed values of `model`
/// (a status, a priority, a level…); an unknown key is `Error::BadValue`.
pub(super) fn keyed<T: std::str::FromStr>(
    r: &rusqlite::Row,
    idx: usize,
    table: &'static str,
    column: &'static str,
) -> rusqlite::Result<T> {
    let value: String = r.get(idx)?;
    parse_keyed(value, idx, table, column)
}

/// Like `keyed`, for a column that may be NULL.
pub(super) fn keyed_opt<T: std::str::FromStr>(
    r: &rusqlite::Row,
    idx: usize,
    table: &'static str,
    column: &'static str,
) -> rusqlite::Result<Option<T>> {
    let value: Option<String> = r.get(idx)?;
    value.map(|v| parse_keyed(v, idx, table, column)).transpose()
}

fn parse_keyed<T: std::str::FromStr>(
    value: String,
    idx: usize,
    table: &'static str,
    column: &'static str,
) -> rusqlite::Result<T> {
    value.parse().map_err(|_| {
        rusqlite::Error::FromSqlConversionFailure(
            idx,
            rusqlite::types::Type::Text,
            Box::new(BadValue { table, column, value }),
        )
    })
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Error {
        Error::IoUnnamed(e)
    }
}

/// Busy or locked past the busy timeout.
pub(super) fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _)
        if matches!(f.code, rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked))
}

/// SQLITE_FULL: the disk or the quota is full.
pub(super) fn is_disk_full(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::DiskFull)
}

/// SQLITE_READONLY, or SQLITE_CANTOPEN once the file itself is open (SQLite could not
/// create its `-wal`/`-shm` beside it).
pub(super) fn is_read_only(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _)
        if matches!(f.code, rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::CannotOpen))
}

/// The file is not SQLite, or damaged: told by SQLite's error code, not its words.
pub(super) fn is_not_a_database(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _)
        if matches!(f.code, rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt))
}
