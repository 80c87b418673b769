//! The shared id sequence (SPEC §2): every record of every kind takes its id here first.

use crate::error::{Error, Result};
use crate::i18n::M;
use rusqlite::{Connection, OptionalExtension};

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RecordKind {
    Entry,
    Task,
    Note,
    Plan,
    Goal,
    Contingency,
    Blocker,
    Document,
    Fact,
    Unit,
    Field,
    Submission,
}

impl RecordKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RecordKind::Entry => "entry",
            RecordKind::Task => "task",
            RecordKind::Note => "note",
            RecordKind::Plan => "plan",
            RecordKind::Goal => "goal",
            RecordKind::Contingency => "contingency",
            RecordKind::Blocker => "blocker",
            RecordKind::Document => "document",
            RecordKind::Fact => "fact",
            RecordKind::Unit => "unit",
            RecordKind::Field => "field",
            RecordKind::Submission => "submission",
        }
    }

    pub fn parse(s: &str) -> Option<RecordKind> {
        Some(match s {
            "entry" => RecordKind::Entry,
            "task" => RecordKind::Task,
            "note" => RecordKind::Note,
            "plan" => RecordKind::Plan,
            "goal" => RecordKind::Goal,
            "contingency" => RecordKind::Contingency,
            "blocker" => RecordKind::Blocker,
            "document" => RecordKind::Document,
            "fact" => RecordKind::Fact,
            "unit" => RecordKind::Unit,
            "field" => RecordKind::Field,
            "submission" => RecordKind::Submission,
            _ => return None,
        })
    }

    /// The table holding records of this kind.
    pub fn table(self) -> &'static str {
        match self {
            RecordKind::Entry => "entries",
            RecordKind::Task => "tasks",
            RecordKind::Note => "task_events",
            RecordKind::Plan => "plans",
            RecordKind::Goal => "goals",
            RecordKind::Contingency => "contingencies",
            RecordKind::Blocker => "blockers",
            RecordKind::Document => "documents",
            RecordKind::Fact => "facts",
            RecordKind::Unit => "units",
            RecordKind::Field => "fields",
            RecordKind::Submission => "submissions",
        }
    }

    /// The name users read, in their language.
    pub fn label(self) -> &'static str {
        crate::i18n::s(match self {
            RecordKind::Entry => M::KEntry,
            RecordKind::Task => M::KTask,
            RecordKind::Note => M::KNote,
            RecordKind::Plan => M::KPlan,
            RecordKind::Goal => M::KGoal,
            RecordKind::Contingency => M::KContingency,
            RecordKind::Blocker => M::KBlocker,
            RecordKind::Document => M::KDocument,
            RecordKind::Fact => M::KFact,
            RecordKind::Unit => M::KUnit,
            RecordKind::Field => M::KField,
            RecordKind::Submission => M::KSubmission,
        })
    }
}

/// Takes the next id for a record of `kind`.
pub fn next_id(conn: &Connection, kind: RecordKind) -> Result<i64> {
    conn.prepare_cached("INSERT INTO records(kind) VALUES (?1)")?
        .execute([kind.as_str()])?;
    Ok(conn.last_insert_rowid())
}

/// The kind of record `id`, and whether it is deleted. Unknown ids are an input error.
pub fn kind_of(conn: &Connection, id: i64) -> Result<(RecordKind, bool)> {
    let kind: Option<String> = conn
        .query_row("SELECT kind FROM records WHERE id = ?1", [id], |r| r.get(0))
        .optional()?;
    let kind = kind
        .and_then(|k| RecordKind::parse(&k))
        .ok_or_else(|| Error::input(M::NoSuchRecord, &[&id]).hint(M::NoSuchRecordHint, &[]))?;
    let deleted: Option<Option<String>> = conn
        .query_row(
            &format!("SELECT deleted_at FROM {} WHERE id = ?1", kind.table()),
            [id],
            |r| r.get(0),
        )
        .optional()?;
    match deleted {
        None => Err(Error::input(M::NoSuchRecord, &[&id]).hint(M::NoSuchRecordHint, &[])),
        Some(d) => Ok((kind, d.is_some())),
    }
}

/// Like `kind_of`, but a deleted record is an input error.
pub fn live_kind(conn: &Connection, id: i64) -> Result<RecordKind> {
    let (kind, deleted) = kind_of(conn, id)?;
    if deleted {
        return Err(Error::input(M::Deleted, &[&id]).hint(M::DeletedHint, &[]));
    }
    Ok(kind)
}

/// Soft-deletes record `id` (any kind).
pub fn soft_delete(conn: &Connection, id: i64, stamp: &str) -> Result<RecordKind> {
    let kind = live_kind(conn, id)?;
    conn.execute(
        &format!(
            "UPDATE {} SET deleted_at = ?1, updated_at = ?1 WHERE id = ?2",
            kind.table()
        ),
        rusqlite::params![stamp, id],
    )?;
    Ok(kind)
}
