//! The lossless JSON export of the whole database and its import (SPEC §7, §11 R6), and
//! the flat CSV exports of entries, tasks, documents and facts.
//!
//! The JSON export is generated from the live schema: every base table except the undo
//! journal, the derived indexes (rebuilt on import, store/index.rs) and SQLite's own tables,
//! in a fixed table order and by rowid, each row an object of its columns with SQLite's
//! own types (INTEGER and REAL → number, TEXT → string, NULL → null). One row per line
//! keeps the file diffable and lets the writer stream rows without building a tree.
//! `next_id` carries the id sequence's high-water mark, so an id is never reused after a
//! round trip.

use super::Db;
use super::WriteTx;
use super::{Error, Result};
use rusqlite::Connection;
use rusqlite::types::ValueRef;
use serde::Deserialize;
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use std::cell::{Cell, RefCell};
use std::io::{Read, Write};

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
    "fact_history",
    "task_changes",
    "imports",
    "import_items",
    "consultations",
    "consultation_links",
    "proposals",
    "proposal_links",
];

/// When the book's first record was made (the earliest `created_at` of the first entry,
/// task, unit and field): with the person's name, the identity of a month report
/// (`report merge` refuses one person's file twice). A copy made by export and import
/// keeps it. `None` for an empty book.
pub fn first_created(Db(conn): Db<'_>) -> Result<Option<String>> {
    Ok(conn.query_row(
        // Each table's first row by id (a rowid lookup, whatever the book's size).
        "SELECT min(c) FROM (
            SELECT (SELECT created_at FROM entries ORDER BY id LIMIT 1) AS c
            UNION ALL SELECT (SELECT created_at FROM tasks ORDER BY id LIMIT 1)
            UNION ALL SELECT (SELECT created_at FROM units ORDER BY id LIMIT 1)
            UNION ALL SELECT (SELECT created_at FROM fields ORDER BY id LIMIT 1))",
        [],
        |r| r.get(0),
    )?)
}

/// The tables an export holds, in export order.
fn tables(conn: &Connection) -> Result<Vec<String>> {
    let mut st = conn.prepare(
        "SELECT name FROM main.sqlite_master WHERE type = 'table'
           AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE 'undo\\_%' ESCAPE '\\'
           AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
    )?;
    let mut live: Vec<String> = st.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    live.retain(|n| !super::index::derived(n));
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
    Error::ExportJson {
        detail: e.to_string(),
    }
}

/// The file is not JSON, or not an export's JSON: serde's words say where.
fn not_json(shown: &str, e: serde_json::Error) -> Error {
    Error::ImportNotJson {
        file: shown.to_string(),
        detail: e.to_string(),
    }
}

/// The whole database as a worklog export, read in one snapshot.
pub fn export_json(Db(conn): Db<'_>) -> Result<Vec<u8>> {
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
                        return Err(Error::ExportBlob {
                            table: table.to_string(),
                            column: cols[i].to_string(),
                        });
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

/// Reads and checks an export's header (format, version, schema version, next id) from
/// the beginning of the file, before the database is opened: a broken header is refused
/// without touching it. An export writes its header before its tables, so reading stops at
/// `tables` (the load reads them, checks that they are an object and that the file ends
/// there); a file whose header fields follow the tables is read to its end here, skipping
/// the tables (memory does not grow with them). Returns `next_id`.
pub fn read_header<R: Read>(reader: R, shown: &str) -> Result<i64> {
    let stopped = RefCell::new(None);
    let mut de = serde_json::Deserializer::from_reader(reader);
    let read = de.deserialize_any(HeaderVisitor(&stopped));
    let head = match (read, stopped.take()) {
        (_, Some(head)) => Ok(head),
        (Ok(h), None) => de.end().map(|_| h),
        (Err(e), None) => Err(e),
    }
    .map_err(|e| not_json(shown, e))?;
    check_header(&head, shown)
}

/// The header fields an export writes before its tables.
const HEADER: &[&str] = &["format", "version", "schema_version", "next_id"];

fn check_header(obj: &serde_json::Map<String, Value>, shown: &str) -> Result<i64> {
    let file = || shown.to_string();
    let bad = |field: &str| Error::ImportBadField {
        file: file(),
        field: field.to_string(),
    };
    match obj.get("format").and_then(Value::as_str) {
        Some(FORMAT) => {}
        Some(other) => {
            return Err(Error::ImportUnknownFormat {
                file: file(),
                format: other.to_string(),
            });
        }
        None => return Err(bad("format")),
    }
    match obj.get("version").and_then(Value::as_i64) {
        Some(VERSION) => {}
        Some(v) => {
            return Err(Error::ImportUnknownVersion {
                file: file(),
                found: v,
                supported: VERSION,
            });
        }
        None => return Err(bad("version")),
    }
    match obj.get("schema_version").and_then(Value::as_i64) {
        Some(v) if v > super::LATEST_VERSION => {
            return Err(Error::ImportSchemaNewer {
                file: file(),
                found: v,
                supported: super::LATEST_VERSION,
            });
        }
        Some(v) if v >= 1 => {}
        _ => return Err(bad("schema_version")),
    }
    let next = match obj.get("next_id").and_then(Value::as_i64) {
        Some(n) if n >= 1 => n,
        _ => return Err(bad("next_id")),
    };
    if !obj.get("tables").is_some_and(Value::is_object) {
        return Err(bad("tables"));
    }
    Ok(next)
}

/// The header fields as values; `tables` is only looked at (an empty object stands for it).
/// Once every header field is read, reading stops at `tables`: the header goes into the
/// cell and the visit ends with an error that the caller ignores.
struct HeaderVisitor<'a>(&'a RefCell<Option<serde_json::Map<String, Value>>>);

impl<'de> Visitor<'de> for HeaderVisitor<'_> {
    type Value = serde_json::Map<String, Value>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a worklog export (a JSON object)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> std::result::Result<Self::Value, A::Error> {
        let mut out = serde_json::Map::new();
        while let Some(k) = m.next_key::<String>()? {
            if k == "tables" && HEADER.iter().all(|h| out.contains_key(*h)) {
                out.insert(k, Value::Object(serde_json::Map::new()));
                *self.0.borrow_mut() = Some(out);
                return Err(serde::de::Error::custom("header read"));
            }
            let v = if k == "tables" {
                m.next_value::<ObjectShape>()?.0
            } else {
                m.next_value::<Value>()?
            };
            out.insert(k, v);
        }
        Ok(out)
    }
}

/// Skips a value, remembering only whether it was an object (then `{}`, else null).
struct ObjectShape(Value);

impl<'de> Deserialize<'de> for ObjectShape {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        d.deserialize_any(ShapeVisitor).map(ObjectShape)
    }
}

struct ShapeVisitor;

impl<'de> Visitor<'de> for ShapeVisitor {
    type Value = Value;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any value")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> std::result::Result<Value, A::Error> {
        while m.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Value::Object(serde_json::Map::new()))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut s: A) -> std::result::Result<Value, A::Error> {
        while s.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Value::Null)
    }
    fn visit_bool<E>(self, _: bool) -> std::result::Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_i64<E>(self, _: i64) -> std::result::Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_u64<E>(self, _: u64) -> std::result::Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_f64<E>(self, _: f64) -> std::result::Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_str<E>(self, _: &str) -> std::result::Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_unit<E>(self) -> std::result::Result<Value, E> {
        Ok(Value::Null)
    }
}

/// True when the database holds no record at all (live or deleted).
pub fn is_empty(Db(conn): Db<'_>) -> Result<bool> {
    Ok(!conn.query_row("SELECT EXISTS (SELECT 1 FROM records)", [], |r| {
        r.get::<_, bool>(0)
    })?)
}

/// The page cache of an export's import, in KiB: 8 MiB kept the peak at about 18 MiB on
/// a 100,000-entry export with no measurable cost in time (64 MiB: 84 MiB, 16 MiB: 28 MiB).
const IMPORT_CACHE_KIB: i64 = 8 * 1024;

impl WriteTx<'_> {
    /// Inserts every row of an export (header checked by `read_header`) with its original
    /// id, into a database that must hold no record; the tables are read as they stream
    /// by, never held whole. Returns the number of records. Foreign keys are checked once
    /// all rows are in, so the order of tables and rows does not matter.
    /// `progress` hears of each table as it starts and of its rows once they are in.
    pub fn import_export<R: Read>(
        &mut self,
        reader: R,
        next: i64,
        shown: &str,
        progress: &dyn Fn(&str, usize),
    ) -> Result<usize> {
        if !is_empty(Db(self.conn()))? {
            return Err(Error::ImportNotEmpty {
                file: shown.to_string(),
            });
        }
        self.conn().execute_batch("PRAGMA defer_foreign_keys = ON")?;
        self.bulk_inserts()?;
        // The file streams by and memory must not grow with it (SPEC §10 P6, at most
        // 32 MiB): a smaller page cache than other bulk inserts, pages spill to the WAL.
        self.conn().pragma_update(None, "cache_size", -IMPORT_CACHE_KIB)?;
        // The database holds no record, so every id from 1 on is this import's: undo
        // removes exactly these rows even when an earlier undo left the sequence higher.
        if self.bulk_from.is_some() {
            self.bulk_from = Some(1);
        }
        let conn = self.conn();
        // Every record of the database is this import's: the search index does not note
        // each row and the whole index is built once at the end (store/index.rs).
        let records = self.indexed_after(i64::MIN, |conn| load_tables(conn, reader, shown, progress))?;
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

/// Streams the export's tables into the database and checks the foreign keys; returns the
/// number of records.
fn load_tables<R: Read>(
    conn: &Connection,
    reader: R,
    shown: &str,
    progress: &dyn Fn(&str, usize),
) -> Result<usize> {
    let load = Load {
        conn,
        shown,
        progress,
        known: tables_of(conn)?,
        failed: RefCell::new(None),
        records: Cell::new(0),
    };
    // The database is empty: its secondary indexes are built once the rows are in (a
    // sorted build, cheaper than keeping them up to date row by row). Unique indexes stay,
    // so a repeated key is still refused naming its row; an error rolls the drop back.
    let later = plain_indexes(conn)?;
    for (name, _) in &later {
        conn.execute_batch(&format!("DROP INDEX main.\"{name}\""))?;
    }
    let mut de = serde_json::Deserializer::from_reader(reader);
    let r = de.deserialize_any(&load).and_then(|_| de.end());
    if let Some(e) = load.failed.take() {
        return Err(e);
    }
    r.map_err(|e| not_json(shown, e))?;
    for (_, sql) in &later {
        conn.execute_batch(sql)?;
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
        return Err(Error::ImportForeignKey {
            file: shown.to_string(),
            table,
            rowid,
            parent,
        });
    }
    Ok(load.records.get())
}

/// The non-unique indexes of the tables an export holds, with the SQL that makes each.
fn plain_indexes(conn: &Connection) -> Result<Vec<(String, String)>> {
    let tables = tables(conn)?;
    let mut st = conn.prepare(
        "SELECT name, tbl_name, sql FROM main.sqlite_master WHERE type = 'index' AND sql IS NOT NULL
           AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY rowid",
    )?;
    let mut out = Vec::new();
    let mut q = st.query([])?;
    while let Some(r) = q.next()? {
        let table: String = r.get(1)?;
        if tables.contains(&table) {
            out.push((r.get(0)?, r.get(2)?));
        }
    }
    Ok(out)
}

/// The streaming import: serde visits the export and each row goes to the database as it
/// is read. A worklog error is kept aside (serde errors carry only text) and wins.
struct Load<'c> {
    conn: &'c Connection,
    shown: &'c str,
    progress: &'c dyn Fn(&str, usize),
    known: Vec<(String, Vec<String>)>,
    failed: RefCell<Option<Error>>,
    records: Cell<usize>,
}

impl Load<'_> {
    fn fail<E: serde::de::Error>(&self, e: Error) -> E {
        *self.failed.borrow_mut() = Some(e);
        E::custom("import failed")
    }
}

impl<'de> Visitor<'de> for &Load<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a worklog export (a JSON object)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> std::result::Result<(), A::Error> {
        while let Some(k) = m.next_key::<String>()? {
            if k == "tables" {
                m.next_value_seed(Tables(self))?;
            } else {
                m.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

struct Tables<'a, 'c>(&'a Load<'c>);

impl<'de> DeserializeSeed<'de> for Tables<'_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl Tables<'_, '_> {
    /// `tables` is not an object (`read_header` stopped before it).
    fn not_object<E: serde::de::Error>(&self) -> E {
        self.0.fail(Error::ImportBadField {
            file: self.0.shown.to_string(),
            field: "tables".to_string(),
        })
    }
}

impl<'de> Visitor<'de> for Tables<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an object of tables")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> std::result::Result<(), A::Error> {
        Err(self.not_object())
    }
    fn visit_bool<E: serde::de::Error>(self, _: bool) -> std::result::Result<(), E> {
        Err(self.not_object())
    }
    fn visit_i64<E: serde::de::Error>(self, _: i64) -> std::result::Result<(), E> {
        Err(self.not_object())
    }
    fn visit_u64<E: serde::de::Error>(self, _: u64) -> std::result::Result<(), E> {
        Err(self.not_object())
    }
    fn visit_f64<E: serde::de::Error>(self, _: f64) -> std::result::Result<(), E> {
        Err(self.not_object())
    }
    fn visit_str<E: serde::de::Error>(self, _: &str) -> std::result::Result<(), E> {
        Err(self.not_object())
    }
    fn visit_unit<E: serde::de::Error>(self) -> std::result::Result<(), E> {
        Err(self.not_object())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> std::result::Result<(), A::Error> {
        let load = self.0;
        while let Some(table) = m.next_key::<String>()? {
            let Some((_, cols)) = load.known.iter().find(|(t, _)| *t == table) else {
                let e = Error::ImportUnknownTable {
                    file: load.shown.to_string(),
                    table,
                };
                return Err(load.fail(e));
            };
            let mut t = TableLoad {
                conn: load.conn,
                shown: load.shown,
                table: &table,
                cols,
                columns: Vec::new(),
                insert: None,
                insert_batch: None,
                batch_rows: 1,
                n: 0,
            };
            (load.progress)(&table, 0);
            m.next_value_seed(Rows(load, &mut t))?;
            (load.progress)(&table, t.n);
            if table == "records" {
                load.records.set(load.records.get() + t.n);
            }
        }
        Ok(())
    }
}

struct Rows<'a, 'c, 't>(&'a Load<'c>, &'a mut TableLoad<'t>);

impl<'de> DeserializeSeed<'de> for Rows<'_, '_, '_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Rows<'_, '_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an array of rows")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut s: A) -> std::result::Result<(), A::Error> {
        // One buffer for every row of the table: a row is read straight into column names
        // and SQL values (strings borrowed from the file when they hold no escape), with
        // no JSON tree in between. Rows with the same columns gather in a batch.
        let (load, t) = (self.0, self.1);
        let mut row = RowBuf::default();
        let mut batch: Vec<Datum<'de>> = Vec::new();
        loop {
            let seed = RowSeed {
                load,
                table: t.table,
                n: t.n,
                expect: &t.columns,
                row: &mut row,
            };
            if s.next_element_seed(seed)?.is_none() {
                return t.flush(&batch).map_err(|e| load.fail(e));
            }
            if t.insert.is_none() || row.keys() != t.columns.as_slice() {
                t.flush(&batch).map_err(|e| load.fail(e))?;
                batch.clear();
                t.set_columns(row.keys()).map_err(|e| load.fail(e))?;
            }
            batch.append(&mut row.values);
            t.n += 1;
            if batch.len() >= t.batch_rows * t.columns.len() {
                t.flush(&batch).map_err(|e| load.fail(e))?;
                batch.clear();
            }
        }
    }
}

/// Text from a file as typed text is stored (SPEC §11 R11): NFC, without the control
/// characters a terminal would act on. Text worklog wrote is already so, and passes
/// through untouched (the round trip stays byte-identical).
fn cleaned(s: std::borrow::Cow<'_, str>) -> std::borrow::Cow<'_, str> {
    let raw = s.chars().any(|c| c.is_control() && c != '\n' && c != '\t')
        || !matches!(
            unicode_normalization::is_nfc_quick(s.chars()),
            unicode_normalization::IsNormalized::Yes
        );
    if raw {
        std::borrow::Cow::Owned(crate::text::clean(&s))
    } else {
        s
    }
}

/// One cell of a row as read from the file.
enum Datum<'de> {
    Null,
    Integer(i64),
    Real(f64),
    Text(std::borrow::Cow<'de, str>),
}

impl rusqlite::ToSql for Datum<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(rusqlite::types::ToSqlOutput::Borrowed(match self {
            Datum::Null => ValueRef::Null,
            Datum::Integer(v) => ValueRef::Integer(*v),
            Datum::Real(v) => ValueRef::Real(*v),
            Datum::Text(t) => ValueRef::Text(t.as_bytes()),
        }))
    }
}

/// The row being read: its column names (the strings are reused from row to row) and
/// values, in file order.
#[derive(Default)]
struct RowBuf<'de> {
    keys: Vec<String>,
    len: usize,
    values: Vec<Datum<'de>>,
}

impl RowBuf<'_> {
    fn keys(&self) -> &[String] {
        &self.keys[..self.len]
    }
}

/// Reads one row object into a `RowBuf`. `expect` is the column list of the rows before:
/// while the names follow it, no name can repeat; otherwise a repeated name keeps its
/// first place and takes the last value, as a JSON object read into a map would.
struct RowSeed<'a, 'c, 'de> {
    load: &'a Load<'c>,
    table: &'a str,
    n: usize,
    expect: &'a [String],
    row: &'a mut RowBuf<'de>,
}

impl<'de> DeserializeSeed<'de> for RowSeed<'_, '_, 'de> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for RowSeed<'_, '_, 'de> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a row (an object of columns)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> std::result::Result<(), A::Error> {
        let row = self.row;
        row.len = 0;
        row.values.clear();
        let mut as_expected = true;
        while m.next_key_seed(KeySeed(&mut row.keys, row.len))?.is_some() {
            let i = row.len;
            let key = &row.keys[i];
            let value = m.next_value_seed(DatumSeed {
                load: self.load,
                table: self.table,
                n: self.n,
                key,
            })?;
            as_expected = as_expected && self.expect.get(i) == Some(key);
            let earlier = if as_expected {
                None
            } else {
                row.keys[..i].iter().position(|k| k == key)
            };
            match earlier {
                Some(j) => row.values[j] = value,
                None => {
                    row.values.push(value);
                    row.len += 1;
                }
            }
        }
        Ok(())
    }
}

/// Writes a column name into slot `.1` of the reused names.
struct KeySeed<'a>(&'a mut Vec<String>, usize);

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a column name")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> std::result::Result<(), E> {
        match self.0.get_mut(self.1) {
            Some(k) => {
                k.clear();
                k.push_str(v);
            }
            None => self.0.push(v.to_string()),
        }
        Ok(())
    }
}

/// Reads one cell: a number, a string or null; anything else names the row and column.
struct DatumSeed<'a, 'c> {
    load: &'a Load<'c>,
    table: &'a str,
    n: usize,
    key: &'a str,
}

impl DatumSeed<'_, '_> {
    fn bad<E: serde::de::Error>(&self) -> E {
        let e = Error::ImportBadValue {
            file: self.load.shown.to_string(),
            table: self.table.to_string(),
            row: self.n + 1,
            column: self.key.to_string(),
        };
        self.load.fail(e)
    }
}

impl<'de> DeserializeSeed<'de> for DatumSeed<'_, '_> {
    type Value = Datum<'de>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<Datum<'de>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for DatumSeed<'_, '_> {
    type Value = Datum<'de>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a number, a string or null")
    }
    fn visit_unit<E: serde::de::Error>(self) -> std::result::Result<Datum<'de>, E> {
        Ok(Datum::Null)
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> std::result::Result<Datum<'de>, E> {
        Ok(Datum::Integer(v))
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> std::result::Result<Datum<'de>, E> {
        Ok(match i64::try_from(v) {
            Ok(v) => Datum::Integer(v),
            Err(_) => Datum::Real(v as f64),
        })
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> std::result::Result<Datum<'de>, E> {
        Ok(Datum::Real(v))
    }
    fn visit_borrowed_str<E: serde::de::Error>(self, v: &'de str) -> std::result::Result<Datum<'de>, E> {
        Ok(Datum::Text(cleaned(std::borrow::Cow::Borrowed(v))))
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> std::result::Result<Datum<'de>, E> {
        Ok(Datum::Text(cleaned(std::borrow::Cow::Owned(v.to_string()))))
    }
    fn visit_string<E: serde::de::Error>(self, v: String) -> std::result::Result<Datum<'de>, E> {
        Ok(Datum::Text(cleaned(std::borrow::Cow::Owned(v))))
    }
    fn visit_bool<E: serde::de::Error>(self, _: bool) -> std::result::Result<Datum<'de>, E> {
        Err(self.bad())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> std::result::Result<Datum<'de>, A::Error> {
        Err(self.bad())
    }
    fn visit_map<A: MapAccess<'de>>(self, _: A) -> std::result::Result<Datum<'de>, A::Error> {
        Err(self.bad())
    }
}

/// One table's rows on their way in, in file order, a batch of rows per INSERT
/// statement (`INSERT … VALUES (…), (…), …`): a statement has a fixed cost (and
/// `records.kind`'s CHECK … IN (…) builds a lookup table at every execution) that one
/// row at a time would pay 100,000 times. The import does not note its rows for the
/// search index one by one (`WriteTx::indexed_after`), and the search index is built once at the end. A
/// row the table refuses is named by its number.
struct TableLoad<'t> {
    conn: &'t Connection,
    shown: &'t str,
    table: &'t str,
    cols: &'t [String],
    /// The columns of the rows being read (those of the rows before).
    columns: Vec<String>,
    /// The one-row INSERT for `columns`, and the one for a full batch.
    insert: Option<rusqlite::Statement<'t>>,
    insert_batch: Option<rusqlite::Statement<'t>>,
    batch_rows: usize,
    /// Rows read so far.
    n: usize,
}

/// Rows per INSERT statement, at most; SQLite allows 32,766 parameters a statement.
const BATCH_ROWS: usize = 100;

impl TableLoad<'_> {
    /// Switches to rows with these columns (checked against the table's).
    fn set_columns(&mut self, keys: &[String]) -> Result<()> {
        let (shown, table) = (self.shown, self.table);
        for c in keys {
            if !self.cols.iter().any(|k| k == c) {
                return Err(Error::ImportUnknownColumn {
                    file: shown.to_string(),
                    table: table.to_string(),
                    column: c.clone(),
                });
            }
        }
        let rows = |k: usize| {
            let one = format!("({})", vec!["?"; keys.len()].join(","));
            format!(
                "INSERT INTO main.\"{table}\"({}) VALUES {}",
                quoted(keys),
                vec![one; k].join(",")
            )
        };
        self.batch_rows = BATCH_ROWS.min(32766 / keys.len().max(1)).max(1);
        self.insert = Some(self.conn.prepare(&rows(1))?);
        self.insert_batch = Some(self.conn.prepare(&rows(self.batch_rows))?);
        self.columns = keys.to_vec();
        Ok(())
    }

    /// Inserts the batch (the values of the last rows read, row after row): a full batch
    /// with one statement, a shorter one row by row. When the batch statement fails (it
    /// then changed nothing) the rows go one by one, to name the one refused.
    fn flush(&mut self, batch: &[Datum]) -> Result<()> {
        let width = self.columns.len();
        if batch.is_empty() || width == 0 {
            return Ok(());
        }
        let count = batch.len() / width;
        let first = self.n - count;
        if count == self.batch_rows {
            if let Some(st) = self.insert_batch.as_mut() {
                match st.execute(rusqlite::params_from_iter(batch.iter())) {
                    Ok(_) => return Ok(()),
                    // An error that ended the transaction: nothing more may be written.
                    Err(e) if self.conn.is_autocommit() => return Err(e.into()),
                    Err(_) => {}
                }
            }
        }
        let (shown, table) = (self.shown, self.table);
        if let Some(st) = self.insert.as_mut() {
            for (k, row) in batch.chunks(width).enumerate() {
                st.execute(rusqlite::params_from_iter(row.iter()))
                    .map_err(|e| Error::ImportBadRow {
                        file: shown.to_string(),
                        table: table.to_string(),
                        row: first + k + 1,
                        source: e,
                    })?;
            }
        }
        Ok(())
    }
}

fn quoted<S: AsRef<str>>(cols: &[S]) -> String {
    cols.iter()
        .map(|c| format!("\"{}\"", c.as_ref()))
        .collect::<Vec<_>>()
        .join(",")
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
    Db(conn): Db<'_>,
    kind: FlatKind,
    range: Option<(chrono::NaiveDate, chrono::NaiveDate)>,
) -> Result<Flat> {
    let (headers, sql, date): (Vec<&'static str>, &str, &str) = match kind {
        FlatKind::Entries => (
            vec!["date", "text", "kind", "field", "unit", "tags", "minutes", "time"],
            "SELECT e.date, e.text, e.kind, e.field,
                (SELECT group_concat(u.alias, ';' ORDER BY u.alias) FROM record_units ru
                   JOIN units u ON u.id = ru.unit_id WHERE ru.record_id = e.id),
                (SELECT group_concat(tag, ';' ORDER BY tag) FROM record_tags WHERE record_id = e.id),
                e.minutes, e.time
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::Clock;
    use crate::store::Store;
    use std::rc::Rc;

    /// A reader over `text` that counts the bytes handed out.
    struct Counting {
        text: Rc<Vec<u8>>,
        at: Rc<Cell<usize>>,
    }

    impl Read for Counting {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let at = self.at.get();
            let n = buf.len().min(self.text.len() - at);
            buf[..n].copy_from_slice(&self.text[at..at + n]);
            self.at.set(at + n);
            Ok(n)
        }
    }

    /// An export of `n` entries, as `worklog export` writes one.
    fn export_of(n: usize) -> Vec<u8> {
        let stamp = "2022-12-19T08:00:00+07:00";
        let mut s = String::from(
            "{\n  \"format\": \"worklog-export\",\n  \"version\": 1,\n  \"schema_version\": 1,\n",
        );
        s.push_str(&format!(
            "  \"next_id\": {},\n  \"tables\": {{\n    \"records\": [",
            n + 1
        ));
        for i in 1..=n {
            s.push_str(&format!(
                "{}\n      {{\"id\":{i},\"kind\":\"entry\"}}",
                if i > 1 { "," } else { "" }
            ));
        }
        s.push_str("\n    ],\n    \"entries\": [");
        for i in 1..=n {
            s.push_str(&format!(
                "{}\n      {{\"id\":{i},\"date\":\"2022-12-19\",\"text\":\"Rà soát hồ sơ số {i} về giải ngân vốn\",\"kind\":\"other\",\"created_at\":\"{stamp}\",\"updated_at\":\"{stamp}\"}}",
                if i > 1 { "," } else { "" }
            ));
        }
        s.push_str("\n    ],\n    \"record_tags\": [");
        for i in 1..=n {
            s.push_str(&format!(
                "{}\n      {{\"record_id\":{i},\"tag\":\"t{}\"}}",
                if i > 1 { "," } else { "" },
                i % 7
            ));
        }
        s.push_str("\n    ]\n  }\n}\n");
        s.into_bytes()
    }

    #[test]
    fn a_header_after_the_tables_is_still_read_and_tables_must_be_an_object() {
        let late = br#"{"tables":{"records":[{"id":1,"kind":"entry"}]},"format":"worklog-export","version":1,"schema_version":1,"next_id":2}"#;
        assert_eq!(read_header(&late[..], "l.json").unwrap(), 2);
        let late_bad =
            br#"{"tables":{},"format":"worklog-export","version":3,"schema_version":1,"next_id":2}"#;
        let err = read_header(&late_bad[..], "l.json").unwrap_err();
        assert!(
            matches!(err, Error::ImportUnknownVersion { found: 3, .. }),
            "{err:?}"
        );
        let list = br#"{"format":"worklog-export","version":1,"schema_version":1,"next_id":1,"tables":[]}"#;
        assert_eq!(
            read_header(&list[..], "t.json").unwrap(),
            1,
            "read stops at tables"
        );
        let dir = tempfile::tempdir().unwrap();
        let clock = Clock::fixed(chrono::NaiveDate::from_ymd_opt(2022, 12, 21).unwrap());
        let mut store = Store::open(&dir.path().join("w.db"), true, clock).unwrap();
        let mut tx = store.begin_write().unwrap();
        let err = tx.import_export(&list[..], 1, "t.json", &|_, _| {}).unwrap_err();
        assert!(
            matches!(&err, Error::ImportBadField { field, .. } if field == "tables"),
            "{err:?}"
        );
        let trailing =
            br#"{"format":"worklog-export","version":1,"schema_version":1,"next_id":1,"tables":{}} x"#;
        let err = tx
            .import_export(&trailing[..], 1, "t.json", &|_, _| {})
            .unwrap_err();
        assert!(matches!(err, Error::ImportNotJson { .. }), "{err:?}");
    }

    #[test]
    fn an_export_is_read_as_it_streams_by() {
        // The importer reads the file only as far as it has parsed: when a table starts,
        // it has read no further into the file than that table's name (and a reader's
        // buffer) — the rows of the tables before are in the database, not in memory.
        let n = 20_000;
        let text = Rc::new(export_of(n));
        let at = Rc::new(Cell::new(0));
        let reader = || Counting {
            text: Rc::clone(&text),
            at: Rc::clone(&at),
        };
        assert_eq!(read_header(reader(), "e.json").unwrap(), n as i64 + 1);
        let tables_at = text.windows(8).position(|w| w == b"\"tables\"").unwrap();
        assert!(at.get() <= tables_at + 16, "the header read {} bytes", at.get());

        let dir = tempfile::tempdir().unwrap();
        let clock = Clock::fixed(chrono::NaiveDate::from_ymd_opt(2022, 12, 21).unwrap());
        let mut store = Store::open(&dir.path().join("w.db"), true, clock).unwrap();
        let mut tx = store.begin_write().unwrap();
        at.set(0);
        let starts = RefCell::new(Vec::new());
        let records = tx
            .import_export(reader(), n as i64 + 1, "e.json", &|table, rows| {
                if rows == 0 {
                    starts.borrow_mut().push((table.to_string(), at.get()));
                }
            })
            .unwrap();
        assert_eq!(records, n);
        let starts = starts.into_inner();
        assert_eq!(starts.len(), 3, "{starts:?}");
        for (table, read) in &starts {
            let key = format!("\"{table}\": [");
            let from = text.windows(key.len()).position(|w| w == key.as_bytes()).unwrap();
            assert!(
                *read <= from + key.len() + 16,
                "{table} starts at byte {from}, the importer had read {read} of {}",
                text.len()
            );
        }
        assert_eq!(at.get(), text.len());
        let rows: i64 = tx
            .conn()
            .query_row("SELECT count(*) FROM record_tags", [], |r| r.get(0))
            .unwrap();
        assert_eq!(rows, n as i64);
        tx.finish("test", false).unwrap();
    }
}
