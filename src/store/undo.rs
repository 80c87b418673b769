//! The general undo mechanism. Each writing command opens a row in `undo_commands`;
//! temporary triggers, created on the writing connection only, record for every row the
//! command inserts, updates or deletes the SQL statement that puts it back. `undo` runs
//! the newest command's statements in reverse. New tables are covered automatically: the
//! triggers are generated from the live schema, so no migration has to maintain them.

use crate::error::{Error, Result};
use crate::i18n::M;
use rusqlite::{Connection, OptionalExtension};

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

/// Opens the undo record of a command and installs the journaling triggers.
pub(crate) fn begin(conn: &Connection, at: &str) -> Result<()> {
    let exists: Option<i64> = conn
        .query_row(
            "SELECT 1 FROM temp.sqlite_master WHERE type = 'trigger' AND name = 'undo_records_ins'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    if exists.is_none() {
        let mut sql = String::new();
        for t in journaled_tables(conn)? {
            let cols = columns(conn, &t)?;
            let list = cols
                .iter()
                .map(|c| format!("\"{c}\""))
                .collect::<Vec<_>>()
                .join(",");
            let old_values = cols
                .iter()
                .map(|c| format!("quote(old.\"{c}\")"))
                .collect::<Vec<_>>()
                .join("||','||");
            let sets = cols
                .iter()
                .map(|c| format!("'\"{c}\"='||quote(old.\"{c}\")"))
                .collect::<Vec<_>>()
                .join("||','||");
            let log = "INSERT INTO main.undo_log(command_id, stmt) VALUES ((SELECT max(id) FROM main.undo_commands),";
            sql.push_str(&format!(
                "CREATE TEMP TRIGGER undo_{t}_ins AFTER INSERT ON main.\"{t}\" BEGIN {log} \
                   'DELETE FROM \"{t}\" WHERE rowid='||new.rowid); END;\n\
                 CREATE TEMP TRIGGER undo_{t}_upd AFTER UPDATE ON main.\"{t}\" BEGIN {log} \
                   'UPDATE \"{t}\" SET '||{sets}||' WHERE rowid='||old.rowid); END;\n\
                 CREATE TEMP TRIGGER undo_{t}_del BEFORE DELETE ON main.\"{t}\" BEGIN {log} \
                   'INSERT INTO \"{t}\"(rowid,{list}) VALUES('||old.rowid||','||{old_values}||')'); END;\n"
            ));
        }
        conn.execute_batch(&sql)?;
    }
    conn.execute("INSERT INTO undo_commands(summary, at) VALUES ('', ?1)", [at])?;
    Ok(())
}

/// Bulk mode for a command that only inserts new records (import): the per-row triggers
/// are dropped and `end_bulk` journals one range delete per table instead, so undo stays
/// exact while the journal does not grow with every row.
pub(crate) fn begin_bulk(conn: &Connection) -> Result<i64> {
    let names: Vec<String> = {
        let mut st = conn.prepare(
            "SELECT name FROM temp.sqlite_master WHERE type = 'trigger' AND name LIKE 'undo\\_%' ESCAPE '\\'",
        )?;
        st.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?
    };
    for n in names {
        conn.execute_batch(&format!("DROP TRIGGER temp.\"{n}\""))?;
    }
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
        conn.execute("DELETE FROM undo_log WHERE command_id <= ?1", [id - KEEP])?;
        conn.execute("DELETE FROM undo_commands WHERE id <= ?1", [id - KEEP])?;
    } else {
        conn.execute("DELETE FROM undo_commands WHERE id = ?1", [id])?;
    }
    Ok(())
}

/// Reverts the newest recorded command; returns its summary. Runs on a connection
/// without the journaling triggers, inside the caller's transaction.
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
    Ok(Some(summary))
}
