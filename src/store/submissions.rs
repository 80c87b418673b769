//! Frozen report submissions: the JSON a report was when it was submitted, kept so that
//! later amendments can be listed against it.

use super::Result;
use super::records::{RecordKind, next_id};
use super::{Db, WriteTx};
use rusqlite::OptionalExtension;

/// The latest live submission of `report` for `period`: when it was made and its content.
pub fn latest(Db(conn): Db<'_>, report: &str, period: &str) -> Result<Option<(String, String)>> {
    Ok(conn
        .query_row(
            "SELECT created_at, content FROM submissions WHERE report = ?1 AND period = ?2 AND deleted_at IS NULL
             ORDER BY id DESC LIMIT 1",
            [report, period],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

impl WriteTx<'_> {
    /// Saves a submission of `report` for `period`; returns its time stamp.
    pub fn insert_submission(&self, report: &str, period: &str, content: &str) -> Result<String> {
        let id = next_id(self.db(), RecordKind::Submission)?;
        let now = self.stamp();
        self.conn().execute(
            "INSERT INTO submissions(id, report, period, content, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            rusqlite::params![id, report, period, content, now],
        )?;
        Ok(now)
    }
}
