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
        RecordKind::Consultation => "consultations",
        RecordKind::Proposal => "proposals",
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

/// When record `id` of `kind` was removed (`None`: it is live).
pub fn deleted_at(Db(conn): Db<'_>, kind: RecordKind, id: i64) -> Result<Option<String>> {
    Ok(conn.query_row(
        &format!("SELECT deleted_at FROM {} WHERE id = ?1", table(kind)),
        [id],
        |r| r.get(0),
    )?)
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

/// The live records that depend on record `id` of `kind`, by id: for a unit, the
/// entries, tasks, blockers and documents naming it and the units retired into it; for a
/// plan, its items, goals and contingencies; for a document, the tasks and entries
/// citing it; for a field, the records of that field. Other kinds have none.
pub fn dependents(Db(conn): Db<'_>, kind: RecordKind, id: i64) -> Result<Vec<i64>> {
    let sql = match kind {
        RecordKind::Unit => {
            "SELECT ru.record_id FROM record_units ru
               LEFT JOIN entries e ON e.id = ru.record_id LEFT JOIN tasks t ON t.id = ru.record_id
              WHERE ru.unit_id = ?1 AND (e.deleted_at IS NULL AND e.id IS NOT NULL OR t.deleted_at IS NULL AND t.id IS NOT NULL)
             UNION SELECT id FROM tasks WHERE unit_id = ?1 AND deleted_at IS NULL
             UNION SELECT id FROM blockers WHERE unit_id = ?1 AND deleted_at IS NULL
             UNION SELECT id FROM documents WHERE drafting_unit_id = ?1 AND deleted_at IS NULL
             UNION SELECT id FROM units WHERE replaced_by = ?1 AND deleted_at IS NULL"
        }
        RecordKind::Plan => {
            "SELECT t.id FROM tasks t JOIN plans p ON p.period = t.plan WHERE p.id = ?1 AND t.deleted_at IS NULL
             UNION SELECT id FROM goals WHERE plan_id = ?1 AND deleted_at IS NULL
             UNION SELECT id FROM contingencies WHERE plan_id = ?1 AND deleted_at IS NULL"
        }
        RecordKind::Document => {
            "SELECT rd.record_id FROM record_docs rd JOIN documents d ON d.number_key = rd.number_key
               LEFT JOIN entries e ON e.id = rd.record_id LEFT JOIN tasks t ON t.id = rd.record_id
              WHERE d.id = ?1 AND (e.deleted_at IS NULL AND e.id IS NOT NULL OR t.deleted_at IS NULL AND t.id IS NOT NULL)"
        }
        RecordKind::Field => {
            "SELECT e.id FROM entries e JOIN fields f ON f.key = e.field WHERE f.id = ?1 AND e.deleted_at IS NULL
             UNION SELECT t.id FROM tasks t JOIN fields f ON f.key = t.field WHERE f.id = ?1 AND t.deleted_at IS NULL
             UNION SELECT d.id FROM documents d JOIN fields f ON f.key = d.field WHERE f.id = ?1 AND d.deleted_at IS NULL
             UNION SELECT x.id FROM facts x JOIN fields f ON f.key = x.field WHERE f.id = ?1 AND x.deleted_at IS NULL"
        }
        _ => return Ok(Vec::new()),
    };
    let mut st = conn.prepare(&format!("SELECT * FROM ({sql}) ORDER BY 1"))?;
    let v = st
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}
