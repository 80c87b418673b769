//! Queries of the month calendar (`worklog cal`): the open tasks due in a span of days.
//! Read-only; returns plain tuples, no formatting.

use super::Db;
use super::Result;
use chrono::NaiveDate;
use rusqlite::params;

/// An open task (todo or doing) with a due date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueTask {
    pub id: i64,
    pub due: NaiveDate,
    pub title: String,
}

/// Open, not deleted tasks due between `from` and `to` (inclusive), by due date then id.
pub fn due_tasks(Db(conn): Db<'_>, from: NaiveDate, to: NaiveDate) -> Result<Vec<DueTask>> {
    let mut st = conn.prepare_cached(
        "SELECT due, id, title FROM tasks
          WHERE deleted_at IS NULL AND status IN ('todo','doing') AND due BETWEEN ?1 AND ?2
          ORDER BY due, id",
    )?;
    let rows = st.query_map(params![from, to], |r| {
        Ok(DueTask {
            due: r.get(0)?,
            id: r.get(1)?,
            title: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}
