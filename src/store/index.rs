//! The upkeep of the derived indexes: the search index (FTS5 `search_idx`, schema v2) and
//! the report's link index (`report_links`, schema v12). Until schema v10 the search index
//! was kept in step by 17 triggers and a `search_source` view, which every process paid to
//! parse when it opened the database (SPEC §10 P1). Now the preupdate hook (store/hook.rs)
//! notes which records a transaction touched (`note`), and `flush`, just before the
//! commit, re-derives exactly their rows: the search index's from `SOURCE` (the same
//! folded text, `wl_fold`, the triggers produced), the link index's from `LINKS`. Undo,
//! imports and every other write go through the same hook, so no write path can forget
//! either index.
//!
//! A bulk import (`WriteTx::indexed_after`) pauses the noting and indexes the new
//! records in one statement each at the end (SPEC §10 P6).

use super::Result;
use super::WriteTx;
use super::hook::{Cell, Event, Op};
use rusqlite::Connection;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex, MutexGuard};

/// The searchable text of every live record, `(id, body)` before folding, one source per
/// table: an entry's or a task's text with its document numbers, a task's notes, a
/// document's number, title and issuer, a fact's text, value and source. (Macros, so that
/// `SOURCE` is their union as one literal.)
macro_rules! entry_source {
    () => {
        "SELECT e.id AS id, e.text || coalesce(' ' || (SELECT group_concat(d.number, ' ')
        FROM record_docs d WHERE d.record_id = e.id), '') AS body
      FROM entries e WHERE e.deleted_at IS NULL"
    };
}
macro_rules! task_source {
    () => {
        "SELECT t.id AS id, t.title || coalesce(' ' || (SELECT group_concat(d.number, ' ')
        FROM record_docs d WHERE d.record_id = t.id), '') AS body
      FROM tasks t WHERE t.deleted_at IS NULL"
    };
}
macro_rules! note_source {
    () => {
        "SELECT n.id AS id, n.text AS body FROM task_events n
     WHERE n.kind = 'note' AND n.text IS NOT NULL AND n.deleted_at IS NULL"
    };
}
macro_rules! document_source {
    () => {
        "SELECT d.id AS id, concat_ws(' ', d.number, d.title, d.issuer) AS body
      FROM documents d WHERE d.deleted_at IS NULL"
    };
}
macro_rules! fact_source {
    () => {
        "SELECT f.id AS id, concat_ws(' ', f.text, f.value, f.source) AS body
      FROM facts f WHERE f.deleted_at IS NULL"
    };
}

/// Every table's source, in the bit order of `Pending::ids`.
const SOURCES: [&str; 5] = [
    entry_source!(),
    task_source!(),
    note_source!(),
    document_source!(),
    fact_source!(),
];
const ENTRY: u8 = 1;
const TASK: u8 = 2;
const NOTE: u8 = 4;
const DOCUMENT: u8 = 8;
const FACT: u8 = 16;

/// The searchable text of every live record (see the sources above).
pub(crate) const SOURCE: &str = concat!(
    entry_source!(),
    "\n    UNION ALL\n    ",
    task_source!(),
    "\n    UNION ALL\n    ",
    note_source!(),
    "\n    UNION ALL\n    ",
    document_source!(),
    "\n    UNION ALL\n    ",
    fact_source!()
);

/// Every row `report_links` should hold, as `(entry_id, link, date, minutes)` (`check`
/// compares the table with it).
pub(crate) const LINKS_SOURCE: &str = "SELECT e.id, ru.unit_id, e.date, coalesce(e.minutes, 0)
      FROM entries e JOIN record_units ru ON ru.record_id = e.id WHERE e.deleted_at IS NULL
    UNION ALL
    SELECT e.id, rt.tag, e.date, coalesce(e.minutes, 0)
      FROM entries e JOIN record_tags rt ON rt.record_id = e.id WHERE e.deleted_at IS NULL";

/// The unit and tag links of every live entry, as `report_links` holds them: `(entry_id,
/// link, date, minutes)`, the link a unit's id or a tag, in the table's key order (rows
/// added in order go to the end of its tree). `?1` and `?2` bound the entry ids.
const LINKS: &str = "INSERT INTO report_links(entry_id, link, date, minutes)
    SELECT e.id, ru.unit_id, e.date, coalesce(e.minutes, 0)
      FROM entries e JOIN record_units ru ON ru.record_id = e.id
     WHERE e.id BETWEEN ?1 AND ?2 AND e.deleted_at IS NULL
    UNION ALL
    SELECT e.id, rt.tag, e.date, coalesce(e.minutes, 0)
      FROM entries e JOIN record_tags rt ON rt.record_id = e.id
     WHERE e.id BETWEEN ?1 AND ?2 AND e.deleted_at IS NULL
    ORDER BY 1, 2";

/// Whether `table` holds derived rows (the search index's tables, the link index): never
/// journaled for undo nor exported; undo and import re-derive them.
pub(crate) fn derived(table: &str) -> bool {
    table.starts_with("search") || table == "report_links"
}

/// The records whose index rows the running transaction must re-derive.
#[derive(Default)]
pub(crate) struct Pending {
    /// On during a bulk insert, which indexes its records itself.
    paused: bool,
    /// Each noted record with the tables it may be a row of (bits of `SOURCES`): a
    /// write re-derives its row from its own table's source only, a statement much
    /// cheaper to compile than the union of all (SPEC §10 P1).
    ids: BTreeMap<i64, u8>,
    /// The entries whose link index rows may have changed.
    links: BTreeSet<i64>,
}

pub(crate) type Shared = Arc<Mutex<Pending>>;

fn lock(p: &Shared) -> MutexGuard<'_, Pending> {
    // Nothing panics while holding the lock; a poisoned lock still holds valid data.
    p.lock().unwrap_or_else(|e| e.into_inner())
}

/// What the preupdate hook does for the indexes with one row change: the record whose
/// searchable text may have changed is noted, and the entry whose links, date, minutes or
/// deletion may have changed (a link names its record in its first column, `record_id`).
/// A new entry's links come as rows of their own: its insert alone changes no link row.
pub(crate) fn note(p: &Shared, e: &Event) {
    if e.database != "main" {
        return;
    }
    let rowids = || {
        [
            (e.op != Op::Insert).then_some(e.old_rowid),
            (e.op != Op::Delete).then_some(e.new_rowid),
        ]
    };
    let record_ids = || {
        let int = |c: Option<Cell>| match c {
            Some(Cell::Int(i)) => Some(i),
            _ => None,
        };
        let old = (e.op != Op::Insert).then(|| int(e.value(false, 0))).flatten();
        let new = (e.op != Op::Delete).then(|| int(e.value(true, 0))).flatten();
        [old, new]
    };
    let (ids, links, tables) = match e.table {
        "entries" => (
            rowids(),
            if e.op == Op::Insert {
                [None, None]
            } else {
                rowids()
            },
            ENTRY,
        ),
        "tasks" => (rowids(), [None, None], TASK),
        "task_events" => (rowids(), [None, None], NOTE),
        "documents" => (rowids(), [None, None], DOCUMENT),
        "facts" => (rowids(), [None, None], FACT),
        // Document numbers are searched with the entry's or the task's text.
        "record_docs" => (record_ids(), [None, None], ENTRY | TASK),
        "record_units" | "record_tags" => ([None, None], record_ids(), 0),
        _ => return,
    };
    let mut p = lock(p);
    if p.paused {
        return;
    }
    for id in ids.into_iter().flatten() {
        *p.ids.entry(id).or_insert(0) |= tables;
    }
    p.links.extend(links.into_iter().flatten());
}

/// Forgets what was noted (rollback, dry run).
pub(crate) fn discard(p: &Shared) {
    let mut p = lock(p);
    p.ids.clear();
    p.links.clear();
    p.paused = false;
}

/// Re-derives the index rows of every noted record: removed, then added again when the
/// record is live (and searchable, or an entry with links).
pub(crate) fn flush(conn: &Connection, p: &Shared) -> rusqlite::Result<()> {
    let (ids, links) = {
        let mut p = lock(p);
        (std::mem::take(&mut p.ids), std::mem::take(&mut p.links))
    };
    if !links.is_empty() {
        let mut del = conn.prepare_cached("DELETE FROM report_links WHERE entry_id = ?1")?;
        let mut ins = conn.prepare_cached(LINKS)?;
        for id in links {
            del.execute([id])?;
            ins.execute([id, id])?;
        }
    }
    if ids.is_empty() {
        return Ok(());
    }
    let mut del = conn.prepare_cached("DELETE FROM search_idx WHERE rowid = ?1")?;
    for (id, tables) in ids {
        del.execute([id])?;
        for (bit, source) in SOURCES.iter().enumerate() {
            if tables & (1 << bit) != 0 {
                conn.prepare_cached(&format!(
                    "INSERT INTO search_idx(rowid, body) SELECT id, wl_fold(body) FROM ({source}) WHERE id = ?1"
                ))?
                .execute([id])?;
            }
        }
    }
    Ok(())
}

impl WriteTx<'_> {
    /// Runs `insert` (which may only add records, all with ids from `first` on) without
    /// noting its rows one at a time, then indexes the records from `first` on in one
    /// statement. With no row triggers on the tables, a one-row INSERT needs no statement
    /// journal either, so `insert` may add rows one at a time. On an error the caller
    /// rolls back.
    pub(super) fn indexed_after<T>(
        &self,
        first: i64,
        insert: impl FnOnce(&Connection) -> Result<T>,
    ) -> Result<T> {
        let conn = self.conn();
        lock(&self.store.search).paused = true;
        let out = insert(conn);
        lock(&self.store.search).paused = false;
        let out = out?;
        index_from(conn, first)?;
        Ok(out)
    }
}

/// Adds the index rows of every live record with an id from `first` on.
fn index_from(conn: &Connection, first: i64) -> rusqlite::Result<()> {
    conn.execute(
        &format!(
            "INSERT INTO search_idx(rowid, body) SELECT id, wl_fold(body) FROM ({SOURCE}) WHERE id >= ?1"
        ),
        [first],
    )?;
    conn.execute(LINKS, [first, i64::MAX])?;
    Ok(())
}

/// Derives the whole link index again from the links (tests that write rows straight
/// into the tables, as another program would).
#[cfg(test)]
pub(crate) fn rebuild_links(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM report_links", [])?;
    conn.execute(LINKS, [i64::MIN, i64::MAX])?;
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

    fn indexed(conn: &Connection) -> Vec<i64> {
        let mut st = conn
            .prepare("SELECT id FROM search_idx_docsize ORDER BY id")
            .unwrap();
        st.query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }

    #[test]
    fn the_schema_has_no_triggers_and_writes_are_indexed_at_commit() {
        let mut s = store();
        let n: i64 = s
            .conn()
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type IN ('trigger', 'view')",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 0);
        let tx = s.begin_write().unwrap();
        tx.conn()
            .execute_batch(
                "INSERT INTO records(id, kind) VALUES (1, 'entry'), (2, 'entry');
                 INSERT INTO entries(id, date, text, created_at, updated_at)
                   VALUES (1, '2022-12-01', 'Họp giao ban', 'x', 'x'),
                          (2, '2022-12-01', 'Đi công tác', 'x', 'x');
                 INSERT INTO record_docs(record_id, number, number_key) VALUES (2, '12/QĐ-UBND', '12qđubnd');",
            )
            .unwrap();
        assert!(indexed(tx.conn()).is_empty());
        tx.finish("add", false).unwrap();
        assert_eq!(indexed(s.conn()), [1, 2]);
        let hit: i64 = s
            .conn()
            .query_row(
                "SELECT rowid FROM search_idx WHERE search_idx MATCH 'ubnd'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(hit, 2);
        // A deleted record leaves the index; a dry run leaves it as it was.
        let tx = s.begin_write().unwrap();
        tx.conn()
            .execute_batch("UPDATE entries SET deleted_at = 'x' WHERE id = 1")
            .unwrap();
        tx.finish("rm", true).unwrap();
        assert_eq!(indexed(s.conn()), [1, 2]);
        let tx = s.begin_write().unwrap();
        tx.conn()
            .execute_batch("UPDATE entries SET deleted_at = 'x' WHERE id = 1")
            .unwrap();
        tx.finish("rm", false).unwrap();
        assert_eq!(indexed(s.conn()), [2]);
    }

    #[test]
    fn a_bulk_insert_indexes_its_records_once_at_the_end() {
        let mut s = store();
        let mut tx = s.begin_write().unwrap();
        tx.bulk_inserts().unwrap();
        let during = tx
            .indexed_after(1, |c| {
                c.execute_batch(
                    "INSERT INTO records(id, kind) VALUES (1, 'entry');
                     INSERT INTO entries(id, date, text, created_at, updated_at)
                       VALUES (1, '2022-12-01', 'Họp giao ban', 'x', 'x');",
                )?;
                Ok(indexed(c))
            })
            .unwrap();
        assert!(during.is_empty(), "{during:?}");
        assert!(lock(&tx.store.search).ids.is_empty());
        assert_eq!(indexed(tx.conn()), [1]);
    }

    fn links(conn: &Connection) -> Vec<(String, String, i64, i64)> {
        let mut st = conn
            .prepare("SELECT quote(link), date, entry_id, minutes FROM report_links ORDER BY entry_id, link")
            .unwrap();
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }

    /// What the link index holds after each write equals deriving it from scratch: links
    /// added and removed, an entry's date, minutes and deletion changed, undo, a dry run.
    #[test]
    fn the_link_index_follows_every_write_and_undo() {
        let mut s = store();
        let fresh = |s: &Store| {
            let now = links(s.conn());
            s.conn().execute_batch("SAVEPOINT fresh").unwrap();
            rebuild_links(s.conn()).unwrap();
            let derived = links(s.conn());
            s.conn()
                .execute_batch("ROLLBACK TO fresh; RELEASE fresh")
                .unwrap();
            assert_eq!(now, derived);
            now
        };
        let write = |s: &mut Store, sql: &str, dry: bool| {
            let tx = s.begin_write().unwrap();
            tx.conn().execute_batch(sql).unwrap();
            tx.finish("w", dry).unwrap();
        };
        write(
            &mut s,
            "INSERT INTO records(id, kind) VALUES (1, 'unit'), (2, 'entry'), (3, 'entry');
             INSERT INTO units(id, alias, name, created_at, updated_at) VALUES (1, 'yte', 'Sở Y tế', 'x', 'x');
             INSERT INTO entries(id, date, text, minutes, created_at, updated_at)
               VALUES (2, '2022-12-01', 'Họp', 30, 'x', 'x'), (3, '2022-12-02', 'Đi', NULL, 'x', 'x');
             INSERT INTO record_units VALUES (2, 1), (3, 1);
             INSERT INTO record_tags VALUES (2, 'gấp'), (2, '2022');",
            false,
        );
        let first = fresh(&s);
        assert_eq!(
            first,
            [
                ("1".into(), "2022-12-01".into(), 2, 30),
                ("'2022'".into(), "2022-12-01".into(), 2, 30),
                ("'gấp'".into(), "2022-12-01".into(), 2, 30),
                ("1".into(), "2022-12-02".into(), 3, 0),
            ]
        );
        write(
            &mut s,
            "UPDATE entries SET date = '2022-11-30', minutes = 45 WHERE id = 2",
            false,
        );
        fresh(&s);
        write(
            &mut s,
            "DELETE FROM record_tags WHERE record_id = 2 AND tag = 'gấp'",
            false,
        );
        fresh(&s);
        write(&mut s, "UPDATE entries SET deleted_at = 'x' WHERE id = 3", false);
        assert_eq!(fresh(&s).len(), 2);
        write(&mut s, "DELETE FROM record_units", true);
        assert_eq!(fresh(&s).len(), 2);
        for _ in 0..3 {
            let tx = s.begin_unjournaled().unwrap();
            tx.undo_last().unwrap();
            tx.finish("", false).unwrap();
            fresh(&s);
        }
        assert_eq!(fresh(&s), first);
    }
}
