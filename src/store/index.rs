//! The search index around a bulk import (SPEC §10 P6). The FTS5 index (`search_idx`,
//! schema v2) is kept in step by triggers on every source table; during an import they
//! would re-derive the index row of every inserted row one at a time, and FTS5 would
//! flush its pending terms at every statement. `bulk` takes those triggers out of the
//! way for the import, then indexes the new records in one statement (the same folded
//! text the triggers produce: `wl_fold` over the `search_source` view) and puts the
//! triggers back from their saved SQL.
//!
//! All of it runs inside the command's transaction: DDL is transactional in SQLite, so an
//! import that fails (and rolls back) leaves the triggers exactly as they were.

use super::Result;
use super::WriteTx;
use rusqlite::Connection;

/// The triggers a bulk insert does without, each with the SQL that created it, in
/// creation order: the search index's (every name of its machinery starts with `search`).
/// (The undo journal has no triggers since schema v4: it is SQLite's preupdate hook,
/// switched off in bulk mode, which journals one range per table instead.)
fn bulk_triggers(conn: &Connection) -> rusqlite::Result<Vec<(String, String)>> {
    let mut st = conn.prepare(
        "SELECT name, sql FROM main.sqlite_master
          WHERE type = 'trigger' AND sql IS NOT NULL AND name LIKE 'search\\_%' ESCAPE '\\'
          ORDER BY rowid",
    )?;
    st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect()
}

impl WriteTx<'_> {
    /// Runs `insert` (which may only add records, all with ids from `first` on) with the
    /// search triggers dropped, then
    /// indexes the records from `first` on as the search triggers would have, and
    /// re-creates the triggers from their saved SQL. Without row triggers, a one-row
    /// INSERT needs no statement journal either, so `insert` may add rows one at a time.
    /// On an error the triggers are put back too (unless SQLite already rolled the
    /// transaction back, which restored them); the caller then rolls back.
    pub(super) fn without_row_triggers<T>(
        &self,
        first: i64,
        insert: impl FnOnce(&Connection) -> Result<T>,
    ) -> Result<T> {
        let conn = self.conn();
        let triggers = bulk_triggers(conn)?;
        let mut drop_sql = String::new();
        for (name, _) in &triggers {
            drop_sql.push_str(&format!("DROP TRIGGER main.\"{}\";\n", name.replace('"', "\"\"")));
        }
        conn.execute_batch(&drop_sql)?;
        let restore = || -> rusqlite::Result<()> {
            let sql: Vec<&str> = triggers.iter().map(|(_, sql)| sql.as_str()).collect();
            conn.execute_batch(&sql.join(";\n"))
        };
        let out = match insert(conn) {
            Ok(v) => v,
            Err(e) => {
                if !conn.is_autocommit() {
                    let _ = restore();
                }
                return Err(e);
            }
        };
        index_from(conn, first)?;
        restore()?;
        Ok(out)
    }
}

/// Adds the index rows of every live record with an id from `first` on, exactly as the
/// `search_*_ins` triggers would (their body is this same SELECT, one id at a time).
fn index_from(conn: &Connection, first: i64) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO search_idx(rowid, body) SELECT id, wl_fold(body) FROM search_source WHERE id >= ?1",
        [first],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::Clock;
    use crate::store::Store;

    fn store() -> Store {
        Store::in_memory(Clock::fixed(
            chrono::NaiveDate::from_ymd_opt(2022, 12, 21).unwrap(),
        ))
        .unwrap()
    }

    fn triggers(conn: &Connection) -> Vec<(String, String)> {
        let mut st = conn
            .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
            .unwrap();
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }

    fn names(v: &[(String, String)]) -> Vec<&str> {
        v.iter().map(|(n, _)| n.as_str()).collect()
    }

    #[test]
    fn row_triggers_are_dropped_during_and_restored_after() {
        let mut s = store();
        let before = triggers(s.conn());
        assert!(
            names(&before).iter().any(|n| n.starts_with("search_")),
            "{before:?}"
        );
        let mut tx = s.begin_write().unwrap();
        tx.bulk_inserts().unwrap();
        let during = tx.without_row_triggers(1, |c| Ok(triggers(c))).unwrap();
        assert!(during.is_empty(), "{during:?}");
        assert_eq!(triggers(tx.conn()), before);
    }

    #[test]
    fn an_error_inside_restores_the_triggers() {
        let mut s = store();
        let before = triggers(s.conn());
        let mut tx = s.begin_write().unwrap();
        tx.bulk_inserts().unwrap();
        let r: Result<()> =
            tx.without_row_triggers(1, |_| Err(crate::store::Error::Journal { detail: "x".into() }));
        assert!(r.is_err());
        assert_eq!(triggers(tx.conn()), before);
    }
}
