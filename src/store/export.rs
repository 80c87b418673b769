//! The lossless JSON export of the whole database and its import (SPEC §7, §11 R6), and
//! the flat CSV exports of entries, tasks, documents and facts.
//!
//! The JSON export is generated from the live schema: every base table except the undo
//! journal, the search index (rebuilt by its triggers) and SQLite's own tables, in a fixed
//! table order and by rowid, each row an object of its columns with SQLite's own types
//! (INTEGER and REAL → number, TEXT → string, NULL → null). One row per line keeps the file
//! diffable and lets the writer stream rows without building a tree. `next_id` carries the
//! id sequence's high-water mark, so an id is never reused after a round trip.

use super::WriteTx;
use crate::error::{Error, Result};
use crate::i18n::M;
use rusqlite::Connection;
use rusqlite::types::{Value as SqlValue, ValueRef};
use serde_json::Value;
use std::io::Write;

/// The `format` and `version` an export carries; an import refuses any other.
pub const FORMAT: &str = "worklog-export";
pub const VERSION: i64 = 1;

/// Table order of the export: records first, then the tables that hang off them. A table a
/// later schema adds and this list lacks follows, by name.
const ORDER: &[&str] = &[
    "records",
    "units",
    "fields",
    "plans",
    "goals",
    "tasks",
    "task_events",
    "entries",
    "record_units",
    "record_tags",
    "record_docs",
    "contingencies",
    "blockers",
    "documents",
    "facts",
    "submissions",
];

/// The tables an export holds, in export order.
fn tables(conn: &Connection) -> Result<Vec<String>> {
    let mut st = conn.prepare(
        "SELECT name FROM main.sqlite_master WHERE type = 'table'
           AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE 'undo\\_%' ESCAPE '\\'
           AND name NOT LIKE 'search%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
    )?;
    let live: Vec<String> = st.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    let mut out: Vec<String> = ORDER
        .iter()
        .filter(|t| live.iter().any(|l| l == *t))
        .map(|t| t.to_string())
        .collect();
    out.extend(live.into_iter().filter(|l| !ORDER.contains(&l.as_str())));
    Ok(out)
}

fn columns(conn: &Connection, table: &str) -> Result<Vec<String>> {
    let mut st = conn.prepare(&format!("PRAGMA main.table_info(\"{table}\")"))?;
    let v = st
        .query_map([], |r| r.get::<_, String>(1))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

fn next_id(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'records'), 0) + 1",
        [],
        |r| r.get(0),
    )?)
}

fn json_err(e: impl std::fmt::Display) -> Error {
    Error::fail(M::DbError, &[&e])
}

/// The whole database as a worklog export, read in one snapshot.
pub fn export_json(conn: &Connection) -> Result<Vec<u8>> {
    conn.execute_batch("BEGIN")?;
    let r = write_export(conn);
    let _ = conn.execute_batch("COMMIT");
    r
}

fn write_export(conn: &Connection) -> Result<Vec<u8>> {
    let schema: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let mut buf: Vec<u8> = Vec::with_capacity(1 << 16);
    write!(
        buf,
        "{{\n  \"format\": \"{FORMAT}\",\n  \"version\": {VERSION},\n  \"schema_version\": {schema},\n  \"next_id\": {},\n  \"tables\": {{",
        next_id(conn)?
    )?;
    for (ti, table) in tables(conn)?.iter().enumerate() {
        let cols = columns(conn, table)?;
        let keys: Vec<Vec<u8>> = cols
            .iter()
            .map(|c| serde_json::to_vec(c).map_err(json_err))
            .collect::<Result<_>>()?;
        let list = cols
            .iter()
            .map(|c| format!("\"{c}\""))
            .collect::<Vec<_>>()
            .join(",");
        write!(buf, "{}\n    ", if ti > 0 { "," } else { "" })?;
        serde_json::to_writer(&mut buf, table).map_err(json_err)?;
        buf.extend_from_slice(b": [");
        let mut st = conn.prepare(&format!("SELECT {list} FROM main.\"{table}\" ORDER BY rowid"))?;
        let mut rows = st.query([])?;
        let mut n = 0usize;
        while let Some(row) = rows.next()? {
            buf.extend_from_slice(if n > 0 { b",\n      {" } else { b"\n      {" });
            for (i, key) in keys.iter().enumerate() {
                if i > 0 {
                    buf.push(b',');
                }
                buf.extend_from_slice(key);
                buf.push(b':');
                match row.get_ref(i)? {
                    ValueRef::Null => buf.extend_from_slice(b"null"),
                    ValueRef::Integer(v) => write!(buf, "{v}")?,
                    ValueRef::Real(v) => serde_json::to_writer(&mut buf, &v).map_err(json_err)?,
                    ValueRef::Text(t) => {
                        let s = std::str::from_utf8(t).map_err(json_err)?;
                        serde_json::to_writer(&mut buf, s).map_err(json_err)?;
                    }
                    ValueRef::Blob(_) => {
                        return Err(Error::fail(M::DbError, &[&format!("{table}.{}: blob", cols[i])]));
                    }
                }
            }
            buf.push(b'}');
            n += 1;
        }
        buf.extend_from_slice(if n > 0 { b"\n    ]" } else { b"]" });
    }
    buf.extend_from_slice(b"\n  }\n}\n");
    Ok(buf)
}

/// Checks an export's header: format, version, schema version, next id, tables.
pub fn check_export<'a>(doc: &'a Value, shown: &str) -> Result<(i64, &'a serde_json::Map<String, Value>)> {
    let bad = |field: &str| Error::input(M::ExportBadField, &[&shown, &field]).hint(M::ExportFormatHint, &[]);
    let Some(obj) = doc.as_object() else {
        return Err(bad("format"));
    };
    match obj.get("format").and_then(Value::as_str) {
        Some(FORMAT) => {}
        Some(other) => {
            return Err(
                Error::input(M::ExportUnknownFormat, &[&shown, &other]).hint(M::ExportFormatHint, &[])
            );
        }
        None => return Err(bad("format")),
    }
    match obj.get("version").and_then(Value::as_i64) {
        Some(VERSION) => {}
        Some(v) => return Err(Error::input(M::ExportUnknownVersion, &[&shown, &v, &VERSION])),
        None => return Err(bad("version")),
    }
    match obj.get("schema_version").and_then(Value::as_i64) {
        Some(v) if v > super::LATEST_VERSION => {
            return Err(
                Error::input(M::ExportSchemaNewer, &[&shown, &v, &super::LATEST_VERSION])
                    .hint(M::ExportSchemaNewerHint, &[]),
            );
        }
        Some(v) if v >= 1 => {}
        _ => return Err(bad("schema_version")),
    }
    let next = match obj.get("next_id").and_then(Value::as_i64) {
        Some(n) if n >= 1 => n,
        _ => return Err(bad("next_id")),
    };
    let Some(tables) = obj.get("tables").and_then(Value::as_object) else {
        return Err(bad("tables"));
    };
    Ok((next, tables))
}

/// True when the database holds no record at all (live or deleted).
pub fn is_empty(conn: &Connection) -> Result<bool> {
    Ok(!conn.query_row("SELECT EXISTS (SELECT 1 FROM records)", [], |r| {
        r.get::<_, bool>(0)
    })?)
}

fn sql_value(v: &Value) -> Option<SqlValue> {
    Some(match v {
        Value::Null => SqlValue::Null,
        Value::String(s) => SqlValue::Text(s.clone()),
        Value::Number(n) => match n.as_i64() {
            Some(i) => SqlValue::Integer(i),
            None => SqlValue::Real(n.as_f64()?),
        },
        _ => return None,
    })
}

impl WriteTx<'_> {
    /// Inserts every row of a checked export with its original id, into a database that
    /// must hold no record. Returns the number of records. Foreign keys are checked once
    /// all rows are in, so the order of tables and rows does not matter.
    pub fn import_export(&mut self, doc: &Value, shown: &str) -> Result<usize> {
        let (next, tables) = check_export(doc, shown)?;
        if !is_empty(self.conn())? {
            return Err(Error::input(M::ImportNotEmpty, &[&shown]).hint(M::ImportNotEmptyHint, &[&shown]));
        }
        // A big page cache for this one process: the search index's segments are
        // rewritten as it grows, and re-reading them from the file dominates otherwise.
        self.conn()
            .execute_batch("PRAGMA defer_foreign_keys = ON; PRAGMA cache_size = -262144")?;
        self.bulk_inserts()?;
        // The database holds no record, so every id from 1 on is this import's: undo
        // removes exactly these rows even when an earlier undo left the sequence higher.
        if self.bulk_from.is_some() {
            self.bulk_from = Some(1);
        }
        let conn = self.conn();
        let known = tables_of(conn)?;
        let mut records = 0usize;
        for (table, rows) in tables {
            let Some((_, cols)) = known.iter().find(|(t, _)| t == table) else {
                return Err(
                    Error::input(M::ExportUnknownTable, &[&shown, &table]).hint(M::ExportFormatHint, &[])
                );
            };
            let Some(rows) = rows.as_array() else {
                return Err(Error::input(M::ExportBadField, &[&shown, &table]).hint(M::ExportFormatHint, &[]));
            };
            // Rows go through an untyped TEMP staging table and into the real table with
            // one INSERT … SELECT per table: the search index then takes them in one batch
            // (FTS5 flushes its pending terms at every statement).
            let mut stage: Option<(Vec<&str>, usize)> = None;
            let mut insert: Option<rusqlite::Statement<'_>> = None;
            let mut values: Vec<SqlValue> = Vec::new();
            for (n, row) in rows.iter().enumerate() {
                let at = |e: &dyn std::fmt::Display| {
                    Error::input(M::ExportBadRow, &[&shown, &table, &(n + 1), &e])
                };
                let Some(obj) = row.as_object() else {
                    return Err(at(&crate::i18n::s(M::ExportRowNotObject)));
                };
                let same = stage.as_ref().is_some_and(|(cur, _)| {
                    obj.len() == cur.len() && obj.keys().zip(cur).all(|(a, b)| a == b)
                });
                if !same {
                    drop(insert.take());
                    if let Some((cur, first)) = stage.take() {
                        flush(conn, table, &cur, first, shown)?;
                    }
                    let cur: Vec<&str> = obj.keys().map(String::as_str).collect();
                    for c in &cur {
                        if !cols.iter().any(|k| k == c) {
                            return Err(Error::input(M::ExportUnknownColumn, &[&shown, &table, c])
                                .hint(M::ExportFormatHint, &[]));
                        }
                    }
                    conn.execute_batch(&format!("CREATE TEMP TABLE wl_import_stage({})", quoted(&cur)))?;
                    insert = Some(conn.prepare(&format!(
                        "INSERT INTO temp.wl_import_stage VALUES ({})",
                        vec!["?"; cur.len()].join(",")
                    ))?);
                    stage = Some((cur, n));
                }
                values.clear();
                for (k, v) in obj {
                    match sql_value(v) {
                        Some(v) => values.push(v),
                        None => return Err(at(&crate::i18n::t(M::ExportBadValue, &[k]))),
                    }
                }
                if let Some(st) = insert.as_mut() {
                    st.execute(rusqlite::params_from_iter(values.iter()))?;
                }
            }
            drop(insert);
            if let Some((cur, first)) = stage.take() {
                flush(conn, table, &cur, first, shown)?;
            }
            if table == "records" {
                records = rows.len();
            }
        }
        let broken: Option<(String, i64, String)> = {
            let mut st = conn.prepare("PRAGMA foreign_key_check")?;
            let mut q = st.query([])?;
            match q.next()? {
                Some(r) => Some((r.get(0)?, r.get::<_, Option<i64>>(1)?.unwrap_or(0), r.get(2)?)),
                None => None,
            }
        };
        if let Some((table, rowid, parent)) = broken {
            return Err(Error::input(
                M::ExportFkBroken,
                &[&shown, &table, &rowid, &parent],
            ));
        }
        conn.execute(
            "INSERT INTO sqlite_sequence(name, seq) SELECT 'records', 0
              WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'records')",
            [],
        )?;
        conn.execute(
            "UPDATE sqlite_sequence SET seq = max(seq, ?1) WHERE name = 'records'",
            [next - 1],
        )?;
        Ok(records)
    }
}

fn quoted(cols: &[&str]) -> String {
    cols.iter()
        .map(|c| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(",")
}

/// Moves the staged rows into `table`, in file order, and drops the staging table. A row
/// the table refuses is then looked for one by one, to name it.
fn flush(conn: &Connection, table: &str, cols: &[&str], first: usize, shown: &str) -> Result<()> {
    let list = quoted(cols);
    let all = format!(
        "INSERT INTO main.\"{table}\"({list}) SELECT {list} FROM temp.wl_import_stage ORDER BY rowid"
    );
    if let Err(e) = conn.execute(&all, []) {
        let one = format!(
            "INSERT INTO main.\"{table}\"({list}) SELECT {list} FROM temp.wl_import_stage WHERE rowid = ?1"
        );
        let ids: Vec<i64> = {
            let mut st = conn.prepare("SELECT rowid FROM temp.wl_import_stage ORDER BY rowid")?;
            st.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?
        };
        for (k, id) in ids.iter().enumerate() {
            if let Err(e) = conn.execute(&one, [id]) {
                return Err(Error::input(
                    M::ExportBadRow,
                    &[&shown, &table, &(first + k + 1), &e],
                ));
            }
        }
        return Err(Error::input(M::ExportBadRow, &[&shown, &table, &(first + 1), &e]));
    }
    conn.execute_batch("DROP TABLE temp.wl_import_stage")?;
    Ok(())
}

fn tables_of(conn: &Connection) -> Result<Vec<(String, Vec<String>)>> {
    tables(conn)?
        .into_iter()
        .map(|t| {
            let c = columns(conn, &t)?;
            Ok((t, c))
        })
        .collect()
}

/// One flat CSV export: its header row and its rows, every cell as text.
pub struct Flat {
    pub headers: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

/// What a CSV export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlatKind {
    Entries,
    Tasks,
    Docs,
    Facts,
}

/// The live records of one kind as flat rows, optionally limited to a date range (entries
/// by date, tasks by the date assigned, documents by issue date or else due date, facts by
/// as-of date). Entries use exactly `import --from csv`'s columns, so they re-import.
pub fn flat(
    conn: &Connection,
    kind: FlatKind,
    range: Option<(chrono::NaiveDate, chrono::NaiveDate)>,
) -> Result<Flat> {
    let (headers, sql, date): (Vec<&'static str>, &str, &str) = match kind {
        FlatKind::Entries => (
            vec!["date", "text", "kind", "field", "unit", "tags", "minutes"],
            "SELECT e.date, e.text, e.kind, e.field,
                (SELECT group_concat(u.alias, ';' ORDER BY u.alias) FROM record_units ru
                   JOIN units u ON u.id = ru.unit_id WHERE ru.record_id = e.id),
                (SELECT group_concat(tag, ';' ORDER BY tag) FROM record_tags WHERE record_id = e.id),
                e.minutes
               FROM entries e WHERE e.deleted_at IS NULL",
            "e.date",
        ),
        FlatKind::Tasks => (
            vec![
                "id", "title", "status", "priority", "due", "plan", "unit", "major", "field", "assigned",
                "started", "closed", "docs",
            ],
            "SELECT t.id, t.title, t.status, t.priority, t.due, t.plan, u.alias, t.major, t.field,
                t.assigned, t.started_on, t.closed_on,
                (SELECT group_concat(number, ';' ORDER BY number) FROM record_docs WHERE record_id = t.id)
               FROM tasks t LEFT JOIN units u ON u.id = t.unit_id WHERE t.deleted_at IS NULL",
            "t.assigned",
        ),
        FlatKind::Docs => (
            vec![
                "id", "number", "title", "issuer", "level", "field", "status", "issued", "due", "unit",
            ],
            "SELECT d.id, d.number, d.title, d.issuer, d.level, d.field, d.status, d.issued_on, d.due, u.alias
               FROM documents d LEFT JOIN units u ON u.id = d.drafting_unit_id WHERE d.deleted_at IS NULL",
            "coalesce(d.issued_on, d.due)",
        ),
        FlatKind::Facts => (
            vec!["id", "text", "value", "source", "as_of", "field"],
            "SELECT f.id, f.text, f.value, f.source, f.as_of, f.field FROM facts f WHERE f.deleted_at IS NULL",
            "f.as_of",
        ),
    };
    let order = if kind == FlatKind::Entries {
        "e.date, e.id"
    } else {
        "1"
    };
    let mut sql = sql.to_string();
    let mut args: Vec<String> = Vec::new();
    if let Some((from, to)) = range {
        sql.push_str(&format!(" AND {date} BETWEEN ?1 AND ?2"));
        args.push(from.format("%Y-%m-%d").to_string());
        args.push(to.format("%Y-%m-%d").to_string());
    }
    sql.push_str(&format!(" ORDER BY {order}"));
    let mut st = conn.prepare(&sql)?;
    let width = headers.len();
    let mut q = st.query(rusqlite::params_from_iter(args.iter()))?;
    let mut rows = Vec::new();
    while let Some(r) = q.next()? {
        let mut row = Vec::with_capacity(width);
        for i in 0..width {
            row.push(match r.get_ref(i)? {
                ValueRef::Null => String::new(),
                ValueRef::Integer(v) => v.to_string(),
                ValueRef::Real(v) => v.to_string(),
                ValueRef::Text(t) | ValueRef::Blob(t) => String::from_utf8_lossy(t).into_owned(),
            });
        }
        rows.push(row);
    }
    Ok(Flat { headers, rows })
}
