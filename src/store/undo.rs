//! The general undo mechanism. While a worklog command writes, SQLite's preupdate hook
//! reports every row it is about to insert, update or delete in the main database (also
//! rows changed by foreign-key cascades), with the old values; at the end of the command
//! the statements that put each row back are written to `undo_log` under one
//! `undo_commands` row. `undo` runs the newest command's statements in reverse.
//!
//! Until schema v4 this was done by three triggers per table plus an `undo_old_*` shadow
//! table each. Every process parses the whole schema when it opens the database, and those
//! 75 objects were more than half the instructions of a `worklog add` (SPEC §10 P1). The
//! hook needs nothing in the schema and covers new tables without generated SQL.
//!
//! Not journaled: SQLite's own tables (`sqlite_sequence`: an id is never reused, also after
//! undo), the journal itself, and the derived indexes (the search index's tables, the
//! report's link index), which store/index.rs re-derives when undo replays the statements
//! on the base tables.

use super::hook::{self, Cell, Op};
use super::{Error, Result};
use rusqlite::{Connection, OptionalExtension};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::{Arc, Mutex, MutexGuard};

/// How many commands stay undoable.
const KEEP: i64 = 100;

/// What the hook collected for the running command.
#[derive(Default)]
pub(crate) struct Journal {
    /// On while a journaled command writes.
    on: bool,
    /// When the command started (its `undo_commands.at`).
    at: String,
    changes: Vec<Change>,
    /// A value the hook could not read: the command must fail rather than become
    /// impossible to undo.
    broken: Option<String>,
}

enum Change {
    Inserted {
        table: String,
        rowid: i64,
    },
    Updated {
        table: String,
        old_rowid: i64,
        new_rowid: i64,
        old: Vec<Cell>,
    },
    Deleted {
        table: String,
        rowid: i64,
        old: Vec<Cell>,
    },
    /// A statement written as is (bulk imports).
    Raw(String),
}

pub(crate) type Shared = Arc<Mutex<Journal>>;

fn lock(j: &Shared) -> MutexGuard<'_, Journal> {
    // The hook never panics while holding the lock; a poisoned lock still holds valid data.
    j.lock().unwrap_or_else(|e| e.into_inner())
}

fn journaled(db: &str, table: &str) -> bool {
    db == "main"
        && !table.starts_with("sqlite_")
        && !table.starts_with("undo_")
        && !super::index::derived(table)
}

/// What the preupdate hook (installed by `Store`) does for the journal with one row
/// change.
pub(crate) fn record(journal: &Shared, e: &hook::Event) {
    {
        let mut j = lock(journal);
        if !j.on || !journaled(e.database, e.table) {
            return;
        }
        let table = e.table.to_owned();
        let change = match e.op {
            Op::Insert => Ok(Change::Inserted {
                table,
                rowid: e.new_rowid,
            }),
            Op::Update => e.old_values().map(|old| Change::Updated {
                table,
                old_rowid: e.old_rowid,
                new_rowid: e.new_rowid,
                old,
            }),
            Op::Delete => e.old_values().map(|old| Change::Deleted {
                table,
                rowid: e.old_rowid,
                old,
            }),
        };
        match change {
            Ok(c) => j.changes.push(c),
            Err(e) => {
                j.broken.get_or_insert(e);
            }
        }
    }
}

/// Starts journaling a command.
pub(crate) fn begin(journal: &Shared, at: &str) {
    let mut j = lock(journal);
    j.on = true;
    j.at = at.to_owned();
    j.changes.clear();
    j.broken = None;
}

/// Stops journaling and forgets what was collected (rollback, dry run).
pub(crate) fn discard(journal: &Shared) {
    let mut j = lock(journal);
    j.on = false;
    j.changes.clear();
    j.broken = None;
}

/// Bulk mode for a command that only inserts new records (import): the per-row journal
/// is switched off and `end_bulk` journals one range delete per table instead, so undo
/// stays exact while the journal does not grow with every row.
pub(crate) fn begin_bulk(conn: &Connection, journal: &Shared) -> Result<i64> {
    lock(journal).on = false;
    let next: i64 = conn.query_row(
        "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'records'), 0) + 1",
        [],
        |r| r.get(0),
    )?;
    Ok(next)
}

/// Journals the removal of every record with an id from `first` on (and its links).
pub(crate) fn end_bulk(conn: &Connection, journal: &Shared, first: i64) -> Result<()> {
    // Replayed in reverse order: links first, then the rows, then the ids.
    let mut stmts = vec![format!("DELETE FROM records WHERE id >= {first}")];
    for t in tables(conn)? {
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
    lock(journal).changes.extend(stmts.into_iter().map(Change::Raw));
    Ok(())
}

/// The tables the journal covers.
fn tables(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut st = conn.prepare_cached(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'
           ORDER BY name",
    )?;
    let names: Vec<String> = st.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(names.into_iter().filter(|t| journaled("main", t)).collect())
}

fn columns(conn: &Connection, table: &str) -> rusqlite::Result<Vec<String>> {
    let mut st = conn.prepare(&format!(
        "PRAGMA main.table_info(\"{}\")",
        table.replace('"', "\"\"")
    ))?;
    st.query_map([], |r| r.get::<_, String>(1))?.collect()
}

/// A value as an SQL literal that reads back as the same value and type.
fn literal(out: &mut String, v: &Cell) {
    match v {
        Cell::Null => out.push_str("NULL"),
        Cell::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Cell::Real(f) if f.is_finite() => {
            // Debug prints the shortest form that parses back to the same f64, and
            // always with a '.' or an exponent, so SQLite reads a REAL.
            let _ = write!(out, "{f:?}");
        }
        Cell::Real(f) => out.push_str(if *f > 0.0 { "9e999" } else { "-9e999" }),
        Cell::Text(b) => match std::str::from_utf8(b) {
            Ok(s) if !s.contains('\0') => {
                out.push('\'');
                out.push_str(&s.replace('\'', "''"));
                out.push('\'');
            }
            _ => {
                out.push_str("CAST(");
                hex(out, b);
                out.push_str(" AS TEXT)");
            }
        },
        Cell::Blob(b) => hex(out, b),
    }
}

fn hex(out: &mut String, bytes: &[u8]) {
    out.push_str("X'");
    for b in bytes {
        let _ = write!(out, "{b:02X}");
    }
    out.push('\'');
}

/// The statement that reverses one change.
fn inverse(change: &Change, cols: &mut HashMap<String, Vec<String>>, conn: &Connection) -> Result<String> {
    // Each table's columns are read once per command.
    let mut cols_of = |t: &str| -> Result<Vec<String>> {
        if !cols.contains_key(t) {
            cols.insert(t.to_owned(), columns(conn, t)?);
        }
        Ok(cols.get(t).cloned().unwrap_or_default())
    };
    let quote = |t: &str| format!("\"{}\"", t.replace('"', "\"\""));
    Ok(match change {
        Change::Raw(s) => s.clone(),
        Change::Inserted { table, rowid } => format!("DELETE FROM {} WHERE rowid = {rowid}", quote(table)),
        Change::Updated {
            table,
            old_rowid,
            new_rowid,
            old,
        } => {
            let names = cols_of(table)?;
            let mut s = format!("UPDATE {} SET rowid = {old_rowid}", quote(table));
            for (name, v) in names.iter().zip(old) {
                let _ = write!(s, ", {} = ", quote(name));
                literal(&mut s, v);
            }
            let _ = write!(s, " WHERE rowid = {new_rowid}");
            s
        }
        Change::Deleted { table, rowid, old } => {
            let names = cols_of(table)?;
            let mut s = format!("INSERT INTO {}(rowid", quote(table));
            for name in &names {
                s.push_str(", ");
                s.push_str(&quote(name));
            }
            let _ = write!(s, ") VALUES ({rowid}");
            for v in old {
                s.push_str(", ");
                literal(&mut s, v);
            }
            s.push(')');
            s
        }
    })
}

/// Writes the command's journal under its summary; a command that changed nothing leaves
/// no undo record. Old records beyond the last `KEEP` commands are pruned.
pub(crate) fn end(conn: &Connection, journal: &Shared, summary: &str) -> Result<()> {
    let (changes, at, broken) = {
        let mut j = lock(journal);
        j.on = false;
        (
            std::mem::take(&mut j.changes),
            std::mem::take(&mut j.at),
            j.broken.take(),
        )
    };
    if let Some(e) = broken {
        return Err(Error::Journal { detail: e });
    }
    if changes.is_empty() {
        return Ok(());
    }
    conn.prepare_cached("INSERT INTO undo_commands(summary, at) VALUES (?1, ?2)")?
        .execute([summary, &at])?;
    let id = conn.last_insert_rowid();
    let mut cols = HashMap::new();
    let mut ins = conn.prepare_cached("INSERT INTO undo_log(command_id, stmt) VALUES (?1, ?2)")?;
    for c in &changes {
        ins.execute(rusqlite::params![id, inverse(c, &mut cols, conn)?])?;
    }
    // Pruning: once in a while, not every time.
    if id % 20 == 0 {
        conn.execute("DELETE FROM undo_log WHERE command_id <= ?1", [id - KEEP])?;
        conn.execute("DELETE FROM undo_commands WHERE id <= ?1", [id - KEEP])?;
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
        conn.execute_batch(s).map_err(Error::Undo)?;
    }
    conn.execute("DELETE FROM undo_log WHERE command_id >= ?1", [id])?;
    conn.execute("DELETE FROM undo_commands WHERE id >= ?1", [id])?;
    Ok(Some(summary))
}

/// Removes what the trigger-based journal of schema v3 left in a database (its triggers
/// and shadow tables, and the history that refers to them). Runs inside the migration's
/// transaction.
pub(crate) fn drop_v3_triggers(conn: &Connection) -> rusqlite::Result<()> {
    let old: Vec<(String, String)> = {
        let mut st = conn.prepare(
            "SELECT type, name FROM sqlite_master
              WHERE (type = 'table' AND name LIKE 'undo\\_old\\_%' ESCAPE '\\')
                 OR (type = 'trigger' AND name LIKE 'undo\\_%' ESCAPE '\\')",
        )?;
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?
    };
    if old.is_empty() {
        return Ok(());
    }
    let mut sql = String::from("DELETE FROM undo_log; DELETE FROM undo_commands;\n");
    for (kind, name) in old {
        let _ = writeln!(
            sql,
            "DROP {} IF EXISTS \"{}\";",
            kind.to_uppercase(),
            name.replace('"', "\"\"")
        );
    }
    conn.execute_batch(&sql)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::types::ValueRef;

    fn round_trip(v: Cell) -> Cell {
        let c = Connection::open_in_memory().unwrap();
        let mut s = String::from("SELECT ");
        literal(&mut s, &v);
        c.query_row(&s, [], |r| {
            Ok(match r.get_ref(0)? {
                ValueRef::Null => Cell::Null,
                ValueRef::Integer(i) => Cell::Int(i),
                ValueRef::Real(f) => Cell::Real(f),
                ValueRef::Text(t) => Cell::Text(t.to_vec()),
                ValueRef::Blob(b) => Cell::Blob(b.to_vec()),
            })
        })
        .unwrap()
    }

    #[test]
    fn literals_read_back_as_the_same_value_and_type() {
        for v in [
            Cell::Null,
            Cell::Int(0),
            Cell::Int(i64::MIN),
            Cell::Int(i64::MAX),
            Cell::Real(1.0),
            Cell::Real(-0.1),
            Cell::Real(1e300),
            Cell::Real(2.5e-300),
            Cell::Text(Vec::new()),
            Cell::Text("Họp 'giao ban' -- ; DROP TABLE x".into()),
            Cell::Text(b"a\0b".to_vec()),
            Cell::Text(vec![b'x', 0xff, b'y']),
            Cell::Blob(vec![0, 255, 16]),
        ] {
            assert_eq!(round_trip(v.clone()), v);
        }
    }

    mod journal_round_trip {
        use super::*;
        use crate::store::Store;
        use proptest::prelude::*;
        use rusqlite::types::{ToSqlOutput, ValueRef};

        fn any_cell() -> impl Strategy<Value = Cell> {
            prop_oneof![
                Just(Cell::Null),
                any::<i64>().prop_map(Cell::Int),
                // SQLite stores NaN as NULL: every other double, infinities included.
                any::<f64>()
                    .prop_filter("NaN", |f| !f.is_nan())
                    .prop_map(Cell::Real),
                ".{0,12}".prop_map(|s: String| Cell::Text(s.into_bytes())),
                "[a-z'\"\\\\;\\x00-]{0,8}".prop_map(|s: String| Cell::Text(s.into_bytes())),
                proptest::collection::vec(any::<u8>(), 0..12).prop_map(Cell::Text),
                proptest::collection::vec(any::<u8>(), 0..12).prop_map(Cell::Blob),
            ]
        }

        fn bind(c: &Cell) -> ToSqlOutput<'_> {
            ToSqlOutput::Borrowed(match c {
                Cell::Null => ValueRef::Null,
                Cell::Int(i) => ValueRef::Integer(*i),
                Cell::Real(f) => ValueRef::Real(*f),
                Cell::Text(b) => ValueRef::Text(b),
                Cell::Blob(b) => ValueRef::Blob(b),
            })
        }

        fn read(v: ValueRef) -> Cell {
            match v {
                ValueRef::Null => Cell::Null,
                ValueRef::Integer(i) => Cell::Int(i),
                ValueRef::Real(f) => Cell::Real(f),
                ValueRef::Text(t) => Cell::Text(t.to_vec()),
                ValueRef::Blob(b) => Cell::Blob(b.to_vec()),
            }
        }

        /// Every row of the test table, rowid and cells, as SQLite holds them.
        fn rows(conn: &Connection) -> Vec<(i64, Vec<Cell>)> {
            let mut st = conn
                .prepare("SELECT rowid, a, b, c FROM pt ORDER BY rowid")
                .unwrap();
            st.query_map([], |r| {
                Ok((r.get(0)?, (1..4).map(|i| read(r.get_ref(i).unwrap())).collect()))
            })
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
        }

        fn insert(conn: &Connection, row: &[Cell; 3]) {
            conn.execute(
                "INSERT INTO pt(a, b, c) VALUES (?1, ?2, ?3)",
                [bind(&row[0]), bind(&row[1]), bind(&row[2])],
            )
            .unwrap();
        }

        #[derive(Debug, Clone)]
        enum Step {
            Update(usize, [Cell; 3]),
            Delete(usize),
            Insert([Cell; 3]),
        }

        fn any_row() -> impl Strategy<Value = [Cell; 3]> {
            (any_cell(), any_cell(), any_cell()).prop_map(|(a, b, c)| [a, b, c])
        }

        fn any_step() -> impl Strategy<Value = Step> {
            prop_oneof![
                (0usize..8, any_row()).prop_map(|(i, r)| Step::Update(i, r)),
                (0usize..8).prop_map(Step::Delete),
                any_row().prop_map(Step::Insert),
            ]
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(64))]

            /// Issue 16 item 8: whatever a command does to rows holding any values (text
            /// with NUL, text that is not UTF-8, quotes, blobs, reals, NULLs), undo puts
            /// every row back byte for byte, with its type and rowid.
            #[test]
            fn rows_survive_write_then_undo_byte_identical(
                seed in proptest::collection::vec(any_row(), 1..8),
                steps in proptest::collection::vec(any_step(), 1..10),
            ) {
                let clock = crate::clock::Clock::fixed(chrono::NaiveDate::from_ymd_opt(2022, 12, 21).unwrap());
                let mut store = Store::in_memory(clock).unwrap();
                store.conn().execute_batch("CREATE TABLE pt(a, b, c)").unwrap();
                for r in &seed {
                    insert(store.conn(), r);
                }
                let before = rows(store.conn());
                let tx = store.begin_write().unwrap();
                for step in &steps {
                    let ids: Vec<i64> = rows(tx.conn()).into_iter().map(|(id, _)| id).collect();
                    let pick = |i: usize| (!ids.is_empty()).then(|| ids[i % ids.len()]);
                    match step {
                        Step::Update(i, r) => if let Some(id) = pick(*i) {
                            tx.conn().execute(
                                "UPDATE pt SET a = ?1, b = ?2, c = ?3 WHERE rowid = ?4",
                                rusqlite::params![bind(&r[0]), bind(&r[1]), bind(&r[2]), id],
                            ).unwrap();
                        },
                        Step::Delete(i) => if let Some(id) = pick(*i) {
                            tx.conn().execute("DELETE FROM pt WHERE rowid = ?1", [id]).unwrap();
                        },
                        Step::Insert(r) => insert(tx.conn(), r),
                    }
                }
                tx.finish("test", false).unwrap();
                let tx = store.begin_unjournaled().unwrap();
                let undone = tx.undo_last().unwrap();
                prop_assert_eq!(undone.as_deref(), Some("test"));
                tx.finish("", false).unwrap();
                prop_assert_eq!(rows(store.conn()), before);
            }
        }
    }
}
