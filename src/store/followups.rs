//! What the follow-up reports read beside the tasks: each task's latest note.

use super::Db;
use super::Result;
use std::collections::HashMap;

/// The text of the latest live note of every task that has one (by date, then id).
pub fn last_notes(Db(conn): Db<'_>) -> Result<HashMap<i64, String>> {
    let mut st = conn.prepare_cached(
        "SELECT task_id, text FROM task_events
         WHERE kind = 'note' AND deleted_at IS NULL AND text IS NOT NULL
         ORDER BY task_id, date, id",
    )?;
    let mut map = HashMap::new();
    for r in st.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))? {
        let (task, text) = r?;
        map.insert(task, text);
    }
    Ok(map)
}
