//! Table `submissions`: the frozen copies of reports as they were submitted. The store
//! keeps the JSON text; what it holds is `report::submission::Frozen`'s business.

use super::records::{RecordKind, next_id};
use super::{Db, Result};
use rusqlite::OptionalExtension;

/// The latest live submission of `report` (e.g. `month`) for the period `label`: when it
/// was made, and its content.
pub fn latest(Db(conn): Db<'_>, report: &str, label: &str) -> Result<Option<(String, String)>> {
    let row = conn
        .query_row(
            "SELECT created_at, content FROM submissions
             WHERE report = ?1 AND period = ?2 AND deleted_at IS NULL
             ORDER BY id DESC LIMIT 1",
            [report, label],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(row)
}

/// Every live submission of `report` for the period `label`, oldest first: id, when it
/// was made, and its content.
pub fn all(Db(conn): Db<'_>, report: &str, label: &str) -> Result<Vec<(i64, String, String)>> {
    let mut st = conn.prepare(
        "SELECT id, created_at, content FROM submissions
         WHERE report = ?1 AND period = ?2 AND deleted_at IS NULL ORDER BY id",
    )?;
    let v = st
        .query_map([report, label], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

/// Saves a submission of `report` for the period `label`, made at `now`; its new id.
pub fn insert(Db(conn): Db<'_>, report: &str, label: &str, content: &str, now: &str) -> Result<i64> {
    let id = next_id(Db(conn), RecordKind::Submission)?;
    conn.execute(
        "INSERT INTO submissions(id, report, period, content, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        rusqlite::params![id, report, label, content, now],
    )?;
    Ok(id)
}
