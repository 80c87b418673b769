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

use crate::error::Result;
use rusqlite::Connection;

/// The search-index triggers (every name of the index's machinery starts with `search`),
/// each with the SQL that created it, in creation order.
fn search_triggers(conn: &Connection) -> rusqlite::Result<Vec<(String, String)>> {
    let mut st = conn.prepare(
        "SELECT name, sql FROM main.sqlite_master
          WHERE type = 'trigger' AND name LIKE 'search\\_%' ESCAPE '\\' AND sql IS NOT NULL
          ORDER BY rowid",
    )?;
    st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect()
}

/// Runs `insert` (which may only add records, all with ids from `first` on) with the
/// search triggers dropped, then indexes the records from `first` on as the triggers
/// would have, and re-creates the triggers. On an error the triggers are put back too
/// (unless SQLite already rolled the transaction back, which restored them); the caller
/// then rolls back.
pub(crate) fn bulk<T>(conn: &Connection, first: i64, insert: impl FnOnce() -> Result<T>) -> Result<T> {
    let triggers = search_triggers(conn)?;
    let mut drop_sql = String::new();
    for (name, _) in &triggers {
        drop_sql.push_str(&format!("DROP TRIGGER main.\"{}\";\n", name.replace('"', "\"\"")));
    }
    conn.execute_batch(&drop_sql)?;
    let restore = || -> rusqlite::Result<()> {
        for (_, sql) in &triggers {
            conn.execute_batch(sql)?;
        }
        Ok(())
    };
    let out = match insert() {
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

    fn names(conn: &Connection) -> Vec<(String, String)> {
        search_triggers(conn).unwrap()
    }

    #[test]
    fn triggers_are_dropped_during_and_restored_after() {
        let s = store();
        let conn = s.conn();
        let before = names(conn);
        assert!(before.len() >= 10, "{before:?}");
        let during = bulk(conn, 1, || Ok(names(conn))).unwrap();
        assert!(during.is_empty(), "{during:?}");
        assert_eq!(names(conn), before);
    }

    #[test]
    fn an_error_inside_restores_the_triggers() {
        let s = store();
        let conn = s.conn();
        conn.execute_batch("BEGIN").unwrap();
        let before = names(conn);
        let r: Result<()> = bulk(conn, 1, || {
            Err(crate::error::Error::fail(crate::i18n::M::DbError, &[&"x"]))
        });
        assert!(r.is_err());
        assert_eq!(names(conn), before);
        conn.execute_batch("ROLLBACK").unwrap();
    }
}
