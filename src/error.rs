//! User-facing errors. `Input` is a usage or input mistake (exit 2), `Fail` anything else
//! (exit 1); both carry a message already in the user's language and an optional hint.
//! Exit codes are decided only in `main`.

use crate::i18n::{M, t};
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

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Error {
        if let rusqlite::Error::SqliteFailure(f, _) = &e {
            if matches!(
                f.code,
                rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
            ) {
                return Error::fail(M::DbBusy, &[]);
            }
        }
        Error::fail(M::DbError, &[&e])
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Error {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return Error::BrokenPipe;
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
