//! The general undo mechanism. Each writing command opens a row in `undo_commands`;
//! triggers record, for every row the command inserts, updates or deletes, the SQL
//! statement that puts it back (an old row is first copied to its table's `undo_old_*`
//! shadow). `undo` runs the newest command's statements in reverse.
//!
//! The triggers are permanent, generated from the live schema by `install` after every
//! migration (so new tables are covered without hand-written SQL), and fire only while
//! the writing connection says so through the `wl_journal()` SQL function: creating them
//! per command cost more than the rest of a `worklog add` together (SPEC §10 P1).

use crate::error::{Error, Result};
use crate::i18n::M;
use rusqlite::{Connection, OptionalExtension};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// How many commands stay undoable.
const KEEP: i64 = 100;

fn journaled_tables(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut st = conn.prepare_cached(
        "SELECT name FROM main.sqlite_master WHERE type = 'table'
           AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'undo_%' AND name NOT LIKE 'search%'
           AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
    )?;
    st.query_map([], |r| r.get(0))?.collect()
}

fn columns(conn: &Connection, table: &str) -> rusqlite::Result<Vec<String>> {
    let mut st = conn.prepare(&format!("PRAGMA main.table_info(\"{table}\")"))?;
    st.query_map([], |r| r.get::<_, String>(1))?.collect()
}

/// Registers `wl_journal()`, which tells the triggers whether to journal: `flag`.
pub(crate) fn register(conn: &Connection, flag: Arc<AtomicBool>) -> rusqlite::Result<()> {
    conn.create_scalar_function(
        "wl_journal",
        0,
        rusqlite::functions::FunctionFlags::SQLITE_UTF8,
        move |_| Ok(flag.load(Ordering::Relaxed)),
    )
}

/// (Re)creates the journaling triggers and shadow tables from the live schema. Runs inside
/// a migration's transaction; the undo history does not cross a schema change.
pub(crate) fn install(conn: &Connection) -> rusqlite::Result<()> {
    let old: Vec<(String, String)> = {
        let mut st = conn.prepare(
            "SELECT type, name FROM sqlite_master WHERE name LIKE 'undo\\_old\\_%' ESCAPE '\\'
               OR (type = 'trigger' AND name LIKE 'undo\\_%' ESCAPE '\\')",
        )?;
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?
    };
    let mut sql = String::from("DELETE FROM undo_log; DELETE FROM undo_commands;\n");
    for (kind, name) in old {
        if kind == "trigger" || kind == "table" {
            sql.push_str(&format!("DROP {} IF EXISTS \"{name}\";\n", kind.to_uppercase()));
        }
    }
    let cmd = "(SELECT max(id) FROM undo_commands)";
    for t in journaled_tables(conn)? {
        let cols = columns(conn, &t)?;
        let list = cols
            .iter()
            .map(|c| format!("\"{c}\""))
            .collect::<Vec<_>>()
            .join(",");
        let shadow = format!("undo_old_{t}");
        let snapshot = format!(
            "INSERT INTO \"{shadow}\" SELECT NULL, {cmd}, rowid, * FROM \"{t}\" WHERE rowid = old.rowid;"
        );
        let log = format!("INSERT INTO undo_log(command_id, stmt) VALUES ({cmd},");
        // The restoring statements are string constants: cheap to parse when the schema
        // is loaded, which every command does.
        let restore_update = format!(
            "'UPDATE \"{t}\" SET ({list}) = (SELECT {list} FROM \"{shadow}\" WHERE seq = '",
            list = list.replace('\'', "''")
        );
        let restore_delete = format!(
            "'INSERT INTO \"{t}\"(rowid,{list}) SELECT rid,{list} FROM \"{shadow}\" WHERE seq = '",
            list = list.replace('\'', "''")
        );
        sql.push_str(&format!(
            "CREATE TABLE \"{shadow}\" (seq INTEGER PRIMARY KEY, command_id INTEGER NOT NULL, rid INTEGER NOT NULL, {list});\n\
             CREATE INDEX \"{shadow}_command\" ON \"{shadow}\"(command_id);\n\
             CREATE TRIGGER \"undo_{t}_ins\" AFTER INSERT ON \"{t}\" WHEN wl_journal() BEGIN \
               {log} 'DELETE FROM \"{t}\" WHERE rowid=' || new.rowid); END;\n\
             CREATE TRIGGER \"undo_{t}_upd\" BEFORE UPDATE ON \"{t}\" WHEN wl_journal() BEGIN {snapshot} \
               {log} {restore_update} || last_insert_rowid() || ') WHERE rowid=' || old.rowid); END;\n\
             CREATE TRIGGER \"undo_{t}_del\" BEFORE DELETE ON \"{t}\" WHEN wl_journal() BEGIN {snapshot} \
               {log} {restore_delete} || last_insert_rowid()); END;\n"
        ));
    }
    conn.execute_batch(&sql)
}

/// The shadow tables, for clean-up.
fn shadows(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut st = conn.prepare_cached(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'undo\\_old\\_%' ESCAPE '\\'",
    )?;
    st.query_map([], |r| r.get(0))?.collect()
}

/// Opens the undo record of a command and turns journaling on.
pub(crate) fn begin(conn: &Connection, at: &str, flag: &AtomicBool) -> Result<()> {
    conn.prepare_cached("INSERT INTO undo_commands(summary, at) VALUES ('', ?1)")?
        .execute([at])?;
    flag.store(true, Ordering::Relaxed);
    Ok(())
}

/// Bulk mode for a command that only inserts new records (import): the per-row journal
/// is switched off and `end_bulk` journals one range delete per table instead, so undo
/// stays exact while the journal does not grow with every row.
pub(crate) fn begin_bulk(conn: &Connection, flag: &AtomicBool) -> Result<i64> {
    flag.store(false, Ordering::Relaxed);
    let next: i64 = conn.query_row(
        "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'records'), 0) + 1",
        [],
        |r| r.get(0),
    )?;
    Ok(next)
}

/// Journals the removal of every record with an id from `first` on (and its links).
pub(crate) fn end_bulk(conn: &Connection, first: i64) -> Result<()> {
    let log = "INSERT INTO undo_log(command_id, stmt) VALUES ((SELECT max(id) FROM undo_commands), ?1)";
    // Replayed in reverse order: links first, then the rows, then the ids.
    let mut stmts = vec![format!("DELETE FROM records WHERE id >= {first}")];
    for t in journaled_tables(conn)? {
        let cols = columns(conn, &t)?;
        if t == "records" {
            continue;
        }
        if cols.iter().any(|c| c == "record_id") {
            stmts.push(format!("DELETE FROM \"{t}\" WHERE record_id >= {first}"));
        } else if cols.iter().any(|c| c == "id") {
            stmts.push(format!("DELETE FROM \"{t}\" WHERE id >= {first}"));
        }
    }
    for s in stmts {
        conn.execute(log, [s])?;
    }
    Ok(())
}

/// Names the command; a command that changed nothing leaves no undo record. Old records
/// beyond the last `KEEP` commands are pruned.
pub(crate) fn end(conn: &Connection, summary: &str) -> Result<()> {
    let id: i64 = conn.query_row("SELECT max(id) FROM undo_commands", [], |r| r.get(0))?;
    let changed: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM undo_log WHERE command_id = ?1)",
        [id],
        |r| r.get(0),
    )?;
    if changed {
        conn.execute(
            "UPDATE undo_commands SET summary = ?1 WHERE id = ?2",
            rusqlite::params![summary, id],
        )?;
        // Pruning touches every shadow table: do it once in a while, not every time.
        if id % 20 == 0 {
            conn.execute("DELETE FROM undo_log WHERE command_id <= ?1", [id - KEEP])?;
            conn.execute("DELETE FROM undo_commands WHERE id <= ?1", [id - KEEP])?;
            for t in shadows(conn)? {
                conn.execute(
                    &format!("DELETE FROM \"{t}\" WHERE command_id <= ?1"),
                    [id - KEEP],
                )?;
            }
        }
    } else {
        conn.execute("DELETE FROM undo_commands WHERE id = ?1", [id])?;
    }
    Ok(())
}

/// Reverts the newest recorded command; returns its summary. Runs with journaling off,
/// inside the caller's transaction.
pub(crate) fn undo_last(conn: &Connection) -> Result<Option<String>> {
    let last: Option<(i64, String)> = conn
        .query_row(
            "SELECT id, summary FROM undo_commands WHERE summary <> '' ORDER BY id DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((id, summary)) = last else {
        return Ok(None);
    };
    conn.execute_batch("PRAGMA defer_foreign_keys = ON")?;
    let stmts: Vec<String> = {
        let mut st = conn.prepare("SELECT stmt FROM undo_log WHERE command_id = ?1 ORDER BY seq DESC")?;
        st.query_map([id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?
    };
    for s in &stmts {
        conn.execute_batch(s)
            .map_err(|e| Error::fail(M::DbError, &[&e]))?;
    }
    conn.execute("DELETE FROM undo_log WHERE command_id >= ?1", [id])?;
    conn.execute("DELETE FROM undo_commands WHERE id >= ?1", [id])?;
    for t in shadows(conn)? {
        conn.execute(&format!("DELETE FROM \"{t}\" WHERE command_id >= ?1"), [id])?;
    }
    Ok(Some(summary))
}
