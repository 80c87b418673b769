//! The shared id sequence (SPEC §2): every record of every kind takes its id here first.

use super::Db;
use super::{Error, Result};
use rusqlite::OptionalExtension;

pub use crate::model::RecordKind;

/// The table holding records of this kind.
pub(crate) fn table(kind: RecordKind) -> &'static str {
    match kind {
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

/// Takes the next id for a record of `kind`.
pub fn next_id(Db(conn): Db<'_>, kind: RecordKind) -> Result<i64> {
    conn.prepare_cached("INSERT INTO records(kind) VALUES (?1)")?
        .execute([kind.as_str()])?;
    Ok(conn.last_insert_rowid())
}

/// The kind of record `id`, and whether it is deleted. Unknown ids are an input error.
pub fn kind_of(Db(conn): Db<'_>, id: i64) -> Result<(RecordKind, bool)> {
    let kind: Option<String> = conn
        .query_row("SELECT kind FROM records WHERE id = ?1", [id], |r| r.get(0))
        .optional()?;
    let kind = kind
        .and_then(|k| RecordKind::parse(&k))
        .ok_or(Error::NoSuchRecord { id })?;
    let deleted: Option<Option<String>> = conn
        .query_row(
            &format!(
                "SELECT deleted_at FROM {} WHERE id = ?1",
                crate::store::records::table(kind)
            ),
            [id],
            |r| r.get(0),
        )
        .optional()?;
    match deleted {
        None => Err(Error::NoSuchRecord { id }),
        Some(d) => Ok((kind, d.is_some())),
    }
}

/// Like `kind_of`, but a deleted record is an input error.
pub fn live_kind(Db(conn): Db<'_>, id: i64) -> Result<RecordKind> {
    let (kind, deleted) = kind_of(Db(conn), id)?;
    if deleted {
        return Err(Error::Deleted { id });
    }
    Ok(kind)
}

/// Soft-deletes record `id` (any kind).
pub fn soft_delete(Db(conn): Db<'_>, id: i64, stamp: &str) -> Result<RecordKind> {
    let kind = live_kind(Db(conn), id)?;
    conn.execute(
        &format!(
            "UPDATE {} SET deleted_at = ?1, updated_at = ?1 WHERE id = ?2",
            crate::store::records::table(kind)
        ),
        rusqlite::params![stamp, id],
    )?;
    Ok(kind)
}

/// A task event by id, column by column (`show` of a note).
pub fn get_note(Db(conn): Db<'_>, id: i64) -> Result<crate::model::NoteRecord> {
    Ok(conn.query_row(
        "SELECT id, task_id, date, kind, text, from_plan, to_plan, created_at, updated_at, deleted_at
         FROM task_events WHERE id = ?1",
        [id],
        |r| {
            Ok(crate::model::NoteRecord {
                record: RecordKind::Note,
                id: r.get(0)?,
                task_id: r.get(1)?,
                date: r.get(2)?,
                kind: r.get(3)?,
                text: r.get(4)?,
                from_plan: r.get(5)?,
                to_plan: r.get(6)?,
                created_at: r.get(7)?,
                updated_at: r.get(8)?,
                deleted_at: r.get(9)?,
            })
        },
    )?)
}

/// A plan by id, column by column (`show` of a plan).
pub fn get_plan(Db(conn): Db<'_>, id: i64) -> Result<crate::model::PlanRecord> {
    Ok(conn.query_row(
        "SELECT id, kind, period, date_from, date_to, closed_on, close_note, created_at, updated_at, deleted_at
         FROM plans WHERE id = ?1",
        [id],
        |r| {
            Ok(crate::model::PlanRecord {
                record: RecordKind::Plan,
                id: r.get(0)?,
                kind: r.get(1)?,
                period: r.get(2)?,
                date_from: r.get(3)?,
                date_to: r.get(4)?,
                closed_on: r.get(5)?,
                close_note: r.get(6)?,
                created_at: r.get(7)?,
                updated_at: r.get(8)?,
                deleted_at: r.get(9)?,
            })
        },
    )?)
}

/// A goal by id, column by column (`show` of a goal).
pub fn get_goal(Db(conn): Db<'_>, id: i64) -> Result<crate::model::GoalRecord> {
    Ok(conn.query_row(
        "SELECT id, plan_id, text, achieved, created_at, updated_at, deleted_at FROM goals WHERE id = ?1",
        [id],
        |r| {
            Ok(crate::model::GoalRecord {
                record: RecordKind::Goal,
                id: r.get(0)?,
                plan_id: r.get(1)?,
                text: r.get(2)?,
                achieved: r.get(3)?,
                created_at: r.get(4)?,
                updated_at: r.get(5)?,
                deleted_at: r.get(6)?,
            })
        },
    )?)
}

/// A contingency by id, column by column (`show` of a contingency).
pub fn get_contingency_record(Db(conn): Db<'_>, id: i64) -> Result<crate::model::ContingencyRecord> {
    Ok(conn.query_row(
        "SELECT id, plan_id, task_id, situation, response, status, triggered_on, outcome, closed_on,
                created_at, updated_at, deleted_at
         FROM contingencies WHERE id = ?1",
        [id],
        |r| {
            Ok(crate::model::ContingencyRecord {
                record: RecordKind::Contingency,
                id: r.get(0)?,
                plan_id: r.get(1)?,
                task_id: r.get(2)?,
                situation: r.get(3)?,
                response: r.get(4)?,
                status: r.get(5)?,
                triggered_on: r.get(6)?,
                outcome: r.get(7)?,
                closed_on: r.get(8)?,
                created_at: r.get(9)?,
                updated_at: r.get(10)?,
                deleted_at: r.get(11)?,
            })
        },
    )?)
}

/// A submission by id, column by column (`show` of a submission).
pub fn get_submission(Db(conn): Db<'_>, id: i64) -> Result<crate::model::SubmissionRecord> {
    Ok(conn.query_row(
        "SELECT id, report, period, content, created_at, updated_at, deleted_at FROM submissions WHERE id = ?1",
        [id],
        |r| {
            Ok(crate::model::SubmissionRecord {
                record: RecordKind::Submission,
                id: r.get(0)?,
                report: r.get(1)?,
                period: r.get(2)?,
                content: r.get(3)?,
                created_at: r.get(4)?,
                updated_at: r.get(5)?,
                deleted_at: r.get(6)?,
            })
        },
    )?)
}
