//! User-facing errors. `Input` is a usage or input mistake (exit 2), `Fail` anything else
//! (exit 1); both carry a message already in the user's language and an optional hint.
//! Exit codes are decided only in `main`. Library errors are worded here once: every
//! `store::Error` variant becomes its message, hint and exit code in one `From`, and
//! `check`'s problems (`store::Problem`) their lines.

use crate::i18n::{M, t};
use crate::model::RecordKind;
use crate::store::{Error as StoreError, Problem};
use std::fmt::Display;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{msg}")]
    Input { msg: String, hint: Option<String> },
    #[error("{msg}")]
    Fail { msg: String, hint: Option<String> },
    /// The reader went away (`worklog log | head`): not an error.
    #[error("broken pipe")]
    BrokenPipe,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn input(m: M, args: &[&dyn Display]) -> Error {
        Error::Input {
            msg: t(m, args),
            hint: None,
        }
    }

    pub fn fail(m: M, args: &[&dyn Display]) -> Error {
        Error::Fail {
            msg: t(m, args),
            hint: None,
        }
    }

    pub fn hint(mut self, m: M, args: &[&dyn Display]) -> Error {
        let h = t(m, args);
        match &mut self {
            Error::Input { hint, .. } | Error::Fail { hint, .. } => *hint = Some(h),
            Error::BrokenPipe => {}
        }
        self
    }

    /// A file operation on `path` that failed, in plain words: a full disk, a permission
    /// refused, a read-only disk or folder; anything else as the system said it.
    pub fn file(path: &std::path::Path, e: std::io::Error) -> Error {
        match file_words(&e) {
            Some((m, h)) => Error::fail(m, &[&path.display()]).hint(h, &[]),
            None => Error::fail(M::IoError, &[&path.display(), &e]),
        }
    }

    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Input { .. } => 2,
            Error::Fail { .. } => 1,
            Error::BrokenPipe => 0,
        }
    }

    pub fn hint_text(&self) -> Option<&str> {
        match self {
            Error::Input { hint, .. } | Error::Fail { hint, .. } => hint.as_deref(),
            Error::BrokenPipe => None,
        }
    }
}

/// Every store error's message, hint and exit code, decided here once.
impl From<StoreError> for Error {
    fn from(e: StoreError) -> Error {
        use crate::store::OpenSource;
        let kind = crate::render::labels::record_kind_label;
        match e {
            StoreError::Sqlite(e) => Error::fail(M::DbError, &[&e]),
            StoreError::Busy => Error::fail(M::DbBusy, &[]).hint(M::DbBusyHint, &[]),
            StoreError::DiskFull => Error::fail(M::DiskFull, &[]).hint(M::DiskFullHint, &[]),
            StoreError::ReadOnly { path } => {
                Error::fail(M::DbReadOnly, &[&path.display()]).hint(M::DbReadOnlyHint, &[])
            }
            StoreError::NotSqlite { path } => {
                Error::fail(M::NotSqlite, &[&path.display()]).hint(M::NotSqliteHint, &[])
            }
            StoreError::CannotRead { path, source } => {
                Error::fail(M::DbCannotRead, &[&path.display(), &source]).hint(M::DbCannotReadHint, &[])
            }
            StoreError::IsDirectory { path } => {
                Error::fail(M::DbIsDir, &[&path.display()]).hint(M::DbOpenHint, &[])
            }
            StoreError::NotADatabase { path } => {
                Error::fail(M::DbNotSqlite, &[&path.display()]).hint(M::DbOpenHint, &[])
            }
            StoreError::Open {
                path,
                source: OpenSource::Io(e),
            } if file_words(&e).is_some() => Error::file(&path, e),
            StoreError::Open { path, source } => match source {
                OpenSource::Sqlite(e) => Error::fail(M::DbOpen, &[&path.display(), &e]),
                OpenSource::Io(e) => Error::fail(M::DbOpen, &[&path.display(), &e]),
            }
            .hint(M::DbOpenHint, &[]),
            StoreError::Newer {
                path,
                found,
                supported,
            } => Error::fail(M::DbNewer, &[&path.display(), &found, &supported]).hint(M::DbNewerHint, &[]),
            StoreError::Io { path, source } => Error::file(&path, source),
            StoreError::IoUnnamed(e) => e.into(),
            StoreError::BadValue { table, column, value } => {
                Error::fail(M::DbError, &[&format!("{table}.{column}: {value:?}")])
            }
            StoreError::NoSuchRecord { id } => {
                Error::input(M::NoSuchRecord, &[&id]).hint(M::NoSuchRecordHint, &[])
            }
            StoreError::NotFound { id } => Error::input(M::NoSuchRecord, &[&id]),
            StoreError::Deleted { id } => Error::input(M::Deleted, &[&id]).hint(M::DeletedHint, &[]),
            StoreError::WrongKind { id, expected, found } => {
                let m = match expected {
                    RecordKind::Blocker => M::NotABlocker,
                    RecordKind::Document => M::NotADocument,
                    RecordKind::Contingency => M::NotAContingency,
                    RecordKind::Proposal => M::NotAProposal,
                    RecordKind::Consultation => M::NotAConsultation,
                    _ => M::NotATask,
                };
                let e = Error::input(m, &[&id, &kind(found)]);
                match expected {
                    RecordKind::Contingency => e.hint(M::ContingencyListHint, &[]),
                    RecordKind::Proposal => e.hint(M::ProposalListHint, &[]),
                    RecordKind::Consultation => e.hint(M::ConsultListHint, &[]),
                    _ => e,
                }
            }
            StoreError::UnknownUnit { input, close } if close.is_empty() => {
                Error::input(M::UnknownUnit, &[&input]).hint(M::UnknownUnitHintNone, &[&input])
            }
            StoreError::UnknownUnit { input, close } => {
                Error::input(M::UnknownUnit, &[&input]).hint(M::UnknownUnitHint, &[&close.join(", "), &input])
            }
            StoreError::UnknownField { input, close } if close.is_empty() => {
                Error::input(M::UnknownField, &[&input]).hint(M::UnknownFieldHintNone, &[&input])
            }
            StoreError::UnknownField { input, close } => Error::input(M::UnknownField, &[&input])
                .hint(M::UnknownFieldHint, &[&close.join(", "), &input]),
            StoreError::DuplicateUnit { alias } => Error::input(M::DuplicateUnit, &[&alias]),
            StoreError::DuplicateField { key } => Error::input(M::DuplicateField, &[&key]),
            StoreError::UnitAlreadyRetired { alias, on } => {
                Error::input(M::UnitAlreadyRetired, &[&alias, &crate::i18n::date(on)])
            }
            StoreError::UnitRetireSelf { alias } => Error::input(M::UnitRetireSelf, &[&alias]),
            StoreError::UnitRetireCycle { successor, alias } => {
                Error::input(M::UnitRetireCycle, &[&successor, &alias])
            }
            StoreError::Journal { detail } => Error::fail(M::DbError, &[&detail]),
            StoreError::Undo(e) => Error::fail(M::DbError, &[&e]),
            StoreError::ExportBlob { table, column } => {
                Error::fail(M::DbError, &[&format!("{table}.{column}: blob")])
            }
            StoreError::ExportJson { detail } => Error::fail(M::DbError, &[&detail]),
            StoreError::BackupExists { path } => {
                Error::input(M::BackupExists, &[&path.display()]).hint(M::BackupExistsHint, &[])
            }
            StoreError::BackupNotADatabase { path } => {
                Error::fail(M::DbNotSqlite, &[&path.display()]).hint(M::BackupCheckHint, &[])
            }
            StoreError::RestoreIsDirectory { path } => Error::input(M::DbIsDir, &[&path.display()]),
            StoreError::RestoreMissing { path } => Error::input(M::RestoreMissing, &[&path.display()]),
            StoreError::RestoreBad { path, problem: None } => {
                Error::input(M::RestoreBad, &[&path.display(), &"?"])
            }
            StoreError::RestoreBad {
                path,
                problem: Some(p),
            } => Error::input(M::RestoreBad, &[&path.display(), &problem_text(&p)])
                .hint(M::RestoreBadHint, &[]),
            StoreError::RestoreNewer {
                path,
                found,
                supported,
            } => Error::input(M::DbNewer, &[&path.display(), &found, &supported]).hint(M::DbNewerHint, &[]),
            StoreError::RestoreBusy { path } => Error::fail(M::RestoreBusy, &[&path.display()]),
            StoreError::ImportNotJson { file, detail } => Error::input(M::ExportNotJson, &[&file, &detail]),
            StoreError::ImportBadField { file, field } => {
                Error::input(M::ExportBadField, &[&file, &field]).hint(M::ExportFormatHint, &[])
            }
            StoreError::ImportUnknownFormat { file, format } => {
                Error::input(M::ExportUnknownFormat, &[&file, &format]).hint(M::ExportFormatHint, &[])
            }
            StoreError::ImportUnknownVersion {
                file,
                found,
                supported,
            } => Error::input(M::ExportUnknownVersion, &[&file, &found, &supported]),
            StoreError::ImportSchemaNewer {
                file,
                found,
                supported,
            } => Error::input(M::ExportSchemaNewer, &[&file, &found, &supported])
                .hint(M::ExportSchemaNewerHint, &[]),
            StoreError::ImportNotEmpty { file } => {
                Error::input(M::ImportNotEmpty, &[&file]).hint(M::ImportNotEmptyHint, &[&file])
            }
            StoreError::ImportForeignKey {
                file,
                table,
                rowid,
                parent,
            } => Error::input(M::ExportFkBroken, &[&file, &table, &rowid, &parent]),
            StoreError::ImportUnknownTable { file, table } => {
                Error::input(M::ExportUnknownTable, &[&file, &table]).hint(M::ExportFormatHint, &[])
            }
            StoreError::ImportUnknownColumn { file, table, column } => {
                Error::input(M::ExportUnknownColumn, &[&file, &table, &column]).hint(M::ExportFormatHint, &[])
            }
            StoreError::ImportBadValue {
                file,
                table,
                row,
                column,
            } => {
                let what = t(M::ExportBadValue, &[&column]);
                Error::input(M::ExportBadRow, &[&file, &table, &row, &what])
            }
            StoreError::ImportBadRow {
                file,
                table,
                row,
                source,
            } => Error::input(M::ExportBadRow, &[&file, &table, &row, &source]),
        }
    }
}

/// What `check` found, in the user's language (SQLite's own words stay as they are).
pub fn problem_text(p: &Problem) -> String {
    match p {
        Problem::Sqlite(text) => text.clone(),
        Problem::NotWorklog => t(M::CheckNotWorklog, &[]),
        Problem::ForeignKey { table, rowid, parent } => t(
            M::CheckForeignKey,
            &[table, &rowid.map(|i| i.to_string()).unwrap_or_default(), parent],
        ),
        Problem::SearchIndex { missing, extra } => t(M::CheckSearchIndex, &[missing, extra]),
        Problem::LinkIndex { missing, extra } => t(M::CheckLinkIndex, &[missing, extra]),
        Problem::Newer { found, supported } => t(M::CheckNewer, &[found, supported]),
    }
}

/// The message and hint of the I/O failures a user can act on.
fn file_words(e: &std::io::Error) -> Option<(M, M)> {
    use std::io::ErrorKind;
    if crate::fsutil::is_disk_full(e) {
        return Some((M::DiskFullAt, M::DiskFullHint));
    }
    match e.kind() {
        ErrorKind::ReadOnlyFilesystem => Some((M::ReadOnlyPlace, M::ReadOnlyPlaceHint)),
        ErrorKind::PermissionDenied => Some((M::PermissionDenied, M::PermissionDeniedHint)),
        _ => None,
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Error {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return Error::BrokenPipe;
        }
        if crate::fsutil::is_disk_full(&e) {
            return Error::fail(M::DiskFull, &[]).hint(M::DiskFullHint, &[]);
        }
        Error::fail(M::IoError, &[&"", &e])
    }
}

impl From<crate::calendar::CalendarError> for Error {
    fn from(e: crate::calendar::CalendarError) -> Error {
        let msg = match crate::i18n::lang() {
            crate::i18n::Lang::Vi => e.message_vi(),
            crate::i18n::Lang::En => e.to_string(),
        };
        Error::Input { msg, hint: None }
    }
}
