//! Log entries and their links (units, tags, cited document numbers).

use super::Db;
use super::{Error, Result};
use super::{Store, WriteTx, records};
use crate::model::Entry;
use crate::model::RecordKind;
use crate::text::doc_key;
use chrono::NaiveDate;
use rusqlite::{Connection, Row, ToSql, params};

#[derive(Debug, Clone, Default)]
pub struct NewEntry {
    pub date: Option<NaiveDate>,
    pub text: String,
    pub kind: String,
    pub field: Option<String>,
    pub units: Vec<i64>,
    pub tags: Vec<String>,
    pub docs: Vec<String>,
    pub minutes: Option<i64>,
    pub task: Option<i64>,
}

#[derive(Debug, Clone, Default)]
pub struct EntryFilter {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub kind: Option<String>,
    pub field: Option<String>,
    pub unit: Option<i64>,
    pub tag: Option<String>,
    pub task: Option<i64>,
}

const SEP: char = '\u{1f}';

const ENTRY_SELECT: &str = "SELECT e.id, e.date, e.text, e.kind, e.field, e.minutes, e.task_id, e.created_at, e.updated_at,
    (SELECT group_concat(u.alias, char(31)) FROM record_units ru JOIN units u ON u.id = ru.unit_id WHERE ru.record_id = e.id),
    (SELECT group_concat(tag, char(31)) FROM record_tags WHERE record_id = e.id),
    (SELECT group_concat(number, char(31)) FROM record_docs WHERE record_id = e.id),
    e.time
  FROM entries e";

fn split(s: Option<String>) -> Vec<String> {
    let mut v: Vec<String> = s
        .map(|s| s.split(SEP).map(str::to_string).collect())
        .unwrap_or_default();
    v.sort();
    v
}

fn entry_row(r: &Row) -> rusqlite::Result<Entry> {
    Ok(Entry {
        id: r.get(0)?,
        record: RecordKind::Entry,
        date: r.get(1)?,
        text: r.get(2)?,
        kind: r.get(3)?,
        field: r.get(4)?,
        minutes: r.get(5)?,
        task: r.get(6)?,
        created_at: r.get(7)?,
        updated_at: r.get(8)?,
        units: split(r.get(9)?),
        tags: split(r.get(10)?),
        docs: split(r.get(11)?),
        time: r.get(12)?,
    })
}

pub fn get_entry(Db(conn): Db<'_>, id: i64) -> Result<Entry> {
    let sql = format!("{ENTRY_SELECT} WHERE e.id = ?1");
    Ok(conn.query_row(&sql, [id], entry_row)?)
}

pub fn list_entries(Db(conn): Db<'_>, f: &EntryFilter) -> Result<Vec<Entry>> {
    let mut sql = format!("{ENTRY_SELECT} WHERE e.deleted_at IS NULL");
    let mut args: Vec<Box<dyn rusqlite::ToSql>> = Vec::new();
    let mut arg = |sql: &mut String, cond: &str, v: Box<dyn rusqlite::ToSql>| {
        args.push(v);
        sql.push_str(&cond.replace('?', &format!("?{}", args.len())));
    };
    if let Some(d) = f.from {
        arg(&mut sql, " AND e.date >= ?", Box::new(d));
    }
    if let Some(d) = f.to {
        arg(&mut sql, " AND e.date <= ?", Box::new(d));
    }
    if let Some(k) = &f.kind {
        arg(&mut sql, " AND e.kind = ?", Box::new(k.clone()));
    }
    if let Some(k) = &f.field {
        arg(&mut sql, " AND e.field = ?", Box::new(k.clone()));
    }
    if let Some(u) = f.unit {
        arg(
            &mut sql,
            " AND EXISTS (SELECT 1 FROM record_units WHERE record_id = e.id AND unit_id = ?)",
            Box::new(u),
        );
    }
    if let Some(t) = &f.tag {
        arg(
            &mut sql,
            " AND EXISTS (SELECT 1 FROM record_tags WHERE record_id = e.id AND tag = ?)",
            Box::new(t.clone()),
        );
    }
    if let Some(t) = f.task {
        arg(&mut sql, " AND e.task_id = ?", Box::new(t));
    }
    sql.push_str(" ORDER BY e.date, e.id");
    let mut st = conn.prepare(&sql)?;
    let params: Vec<&dyn rusqlite::ToSql> = args.iter().map(|b| b.as_ref()).collect();
    let v = st
        .query_map(params.as_slice(), entry_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

/// Replaces the units, tags and document numbers linked to a record.
pub(super) fn set_links(
    conn: &Connection,
    id: i64,
    units: &[i64],
    tags: &[String],
    docs: &[String],
) -> Result<()> {
    // Cached statements: an import runs these once per row.
    conn.prepare_cached("DELETE FROM record_units WHERE record_id = ?1")?
        .execute([id])?;
    conn.prepare_cached("DELETE FROM record_tags WHERE record_id = ?1")?
        .execute([id])?;
    conn.prepare_cached("DELETE FROM record_docs WHERE record_id = ?1")?
        .execute([id])?;
    add_links(conn, id, units, tags, docs)
}

/// Links units, tags and document numbers to a new record.
pub(super) fn add_links(
    conn: &Connection,
    id: i64,
    units: &[i64],
    tags: &[String],
    docs: &[String],
) -> Result<()> {
    // Only the statements needed are compiled (each compile costs a plain `worklog add`,
    // SPEC §10 P1).
    if !units.is_empty() {
        let mut st =
            conn.prepare_cached("INSERT OR IGNORE INTO record_units(record_id, unit_id) VALUES (?1, ?2)")?;
        for u in units {
            st.execute(params![id, u])?;
        }
    }
    if !tags.is_empty() {
        let mut st =
            conn.prepare_cached("INSERT OR IGNORE INTO record_tags(record_id, tag) VALUES (?1, ?2)")?;
        for t in tags {
            st.execute(params![id, t])?;
        }
    }
    if !docs.is_empty() {
        let mut st = conn.prepare_cached(
            "INSERT OR IGNORE INTO record_docs(record_id, number, number_key) VALUES (?1, ?2, ?3)",
        )?;
        for d in docs {
            st.execute(params![id, d, doc_key(d)])?;
        }
    }
    Ok(())
}

/// Inserts rows given as consecutive values (`tuple` is one row's placeholders, e.g.
/// `(?,?)`) with a hundred rows per statement: a statement has a fixed cost that one row
/// at a time would pay for every row of an import.
fn insert_rows(conn: &Connection, head: &str, tuple: &str, values: &[&dyn ToSql]) -> Result<()> {
    const ROWS: usize = 100;
    let width = tuple.matches('?').count().max(1);
    for chunk in values.chunks(ROWS * width) {
        let sql = format!("{head} {}", vec![tuple; chunk.len() / width].join(","));
        conn.prepare_cached(&sql)?.execute(chunk)?;
    }
    Ok(())
}

impl WriteTx<'_> {
    pub fn insert_entry(&self, e: &NewEntry) -> Result<i64> {
        let conn = self.conn();
        let date = e.date.unwrap_or_else(|| self.clock().today());
        if let Some(t) = e.task {
            let kind = records::live_kind(Db(conn), t)?;
            if kind != records::RecordKind::Task {
                return Err(Error::WrongKind {
                    id: t,
                    expected: records::RecordKind::Task,
                    found: kind,
                });
            }
        }
        let id = records::next_id(Db(conn), records::RecordKind::Entry)?;
        let now = self.stamp();
        conn.prepare_cached(
            "INSERT INTO entries(id, date, text, kind, field, minutes, task_id, created_at, updated_at)
             VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?8)",
        )?
        .execute(params![id, date, e.text, e.kind, e.field, e.minutes, e.task, now])?;
        add_links(conn, id, &e.units, &e.tags, &e.docs)?;
        Ok(id)
    }

    /// Inserts many new entries (an import), all with new ids taken in order from the
    /// shared sequence. The search index does not note them one by one; the new entries
    /// are indexed for search once at the end (`WriteTx::indexed_after`), so each
    /// row is a plain INSERT through a prepared statement. Entries here link no task.
    pub fn insert_entries_bulk(&self, entries: &[NewEntry]) -> Result<usize> {
        let first: i64 = self.conn().query_row(
            "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'records'), 0) + 1",
            [],
            |r| r.get(0),
        )?;
        let now = self.stamp();
        let today = self.clock().today();
        self.indexed_after(first, |conn| {
            // The ids in one statement: `records.kind` has a CHECK … IN (…) that SQLite
            // builds a lookup table for at every execution of a statement.
            conn.execute(
                "WITH RECURSIVE ids(id) AS (SELECT ?1 WHERE ?1 <= ?2 UNION ALL SELECT id + 1 FROM ids WHERE id < ?2)
                 INSERT INTO records(id, kind) SELECT id, 'entry' FROM ids",
                [first, first + entries.len() as i64 - 1],
            )?;
            let ids: Vec<i64> = (0..entries.len() as i64).map(|i| first + i).collect();
            let dates: Vec<NaiveDate> = entries.iter().map(|e| e.date.unwrap_or(today)).collect();
            let mut rows: Vec<&dyn ToSql> = Vec::with_capacity(entries.len() * 8);
            let (mut units, mut tags): (Vec<&dyn ToSql>, Vec<&dyn ToSql>) = (Vec::new(), Vec::new());
            for (i, e) in entries.iter().enumerate() {
                rows.extend([&ids[i] as &dyn ToSql, &dates[i], &e.text, &e.kind, &e.field, &e.minutes, &now, &now]);
                for u in &e.units {
                    units.extend([&ids[i] as &dyn ToSql, u]);
                }
                for t in &e.tags {
                    tags.extend([&ids[i] as &dyn ToSql, t]);
                }
            }
            insert_rows(
                conn,
                "INSERT INTO entries(id, date, text, kind, field, minutes, created_at, updated_at) VALUES",
                "(?,?,?,?,?,?,?,?)",
                &rows,
            )?;
            insert_rows(conn, "INSERT OR IGNORE INTO record_units(record_id, unit_id) VALUES", "(?,?)", &units)?;
            insert_rows(conn, "INSERT OR IGNORE INTO record_tags(record_id, tag) VALUES", "(?,?)", &tags)?;
            let mut doc = conn.prepare(
                "INSERT OR IGNORE INTO record_docs(record_id, number, number_key) VALUES (?1,?2,?3)",
            )?;
            for (i, e) in entries.iter().enumerate() {
                for d in &e.docs {
                    doc.execute(params![ids[i], d, doc_key(d)])?;
                }
            }
            Ok(entries.len())
        })
    }

    pub fn update_entry(&self, id: i64, e: &NewEntry) -> Result<()> {
        let conn = self.conn();
        if let Some(t) = e.task {
            let kind = records::live_kind(Db(conn), t)?;
            if kind != records::RecordKind::Task {
                return Err(Error::WrongKind {
                    id: t,
                    expected: records::RecordKind::Task,
                    found: kind,
                });
            }
        }
        let now = self.stamp();
        conn.execute(
            "UPDATE entries SET date = ?2, text = ?3, kind = ?4, field = ?5, minutes = ?6, task_id = ?7, updated_at = ?8 WHERE id = ?1",
            params![id, e.date, e.text, e.kind, e.field, e.minutes, e.task, now],
        )?;
        set_links(conn, id, &e.units, &e.tags, &e.docs)?;
        Ok(())
    }
}

impl Store {
    pub fn entry(&self, id: i64) -> Result<Entry> {
        get_entry(Db(self.conn()), id)
    }
    pub fn entries(&self, f: &EntryFilter) -> Result<Vec<Entry>> {
        list_entries(Db(self.conn()), f)
    }
}
