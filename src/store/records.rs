//! The shared id sequence (SPEC §2): every record of every kind takes its id here first.

use super::Db;
use super::{Error, Result};
use rusqlite::OptionalExtension;

pub use crate::model::RecordKind;

/// The table holding records of this kind.
pub(crate) fn table(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Entry => "entries",
        RecordKind::Task => "tasks",
        RecordKind::Note => "task_events",
        RecordKind::Plan => "plans",
        RecordKind::Goal => "goals",
        RecordKind::Contingency => "contingencies",
        RecordKind::Blocker => "blockers",
        RecordKind::Document => "documents",
        RecordKind::Fact => "facts",
        RecordKind::Unit => "units",
        RecordKind::Field => "fields",
        RecordKind::Submission => "submissions",
    }
}

/// Takes the next id for a record of `kind`.
pub fn next_id(Db(conn): Db<'_>, kind: RecordKind) -> Result<i64> {
    conn.prepare_cached("INSERT INTO records(kind) VALUES (?1)")?
        .execute([kind.as_str()])?;
    Ok(conn.last_insert_rowid())
}

/// The kind of record `id`, and whether it is deleted. Unknown ids are an input error.
pub fn kind_of(Db(conn): Db<'_>, id: i64) -> Result<(RecordKind, bool)> {
    let kind: Option<String> = conn
        .query_row("SELECT kind FROM records WHERE id = ?1", [id], |r| r.get(0))
        .optional()?;
    let kind = kind
        .and_then(|k| RecordKind::parse(&k))
        .ok_or(Error::NoSuchRecord { id })?;
    let deleted: Option<Option<String>> = conn
        .query_row(
            &format!(
                "SELECT deleted_at FROM {} WHERE id = ?1",
                crate::store::records::table(kind)
            ),
            [id],
            |r| r.get(0),
        )
        .optional()?;
    match deleted {
        None => Err(Error::NoSuchRecord { id }),
        Some(d) => Ok((kind, d.is_some())),
    }
}

/// Like `kind_of`, but a deleted record is an input error.
pub fn live_kind(Db(conn): Db<'_>, id: i64) -> Result<RecordKind> {
    let (kind, deleted) = kind_of(Db(conn), id)?;
    if deleted {
        return Err(Error::Deleted { id });
    }
    Ok(kind)
}

/// Soft-deletes record `id` (any kind).
pub fn soft_delete(Db(conn): Db<'_>, id: i64, stamp: &str) -> Result<RecordKind> {
    let kind = live_kind(Db(conn), id)?;
    conn.execute(
        &format!(
            "UPDATE {} SET deleted_at = ?1, updated_at = ?1 WHERE id = ?2",
            crate::store::records::table(kind)
        ),
        rusqlite::params![stamp, id],
    )?;
    Ok(kind)
}

/// A record without a dedicated model yet, column by column as JSON (blobs as null),
/// with its kind under `type`.
pub fn raw_row(Db(conn): Db<'_>, kind: RecordKind, id: i64) -> Result<serde_json::Value> {
    use rusqlite::types::ValueRef;
    use serde_json::{Map, Value};
    let sql = format!("SELECT * FROM {} WHERE id = ?1", table(kind));
    let mut st = conn.prepare(&sql)?;
    let names: Vec<String> = st.column_names().map(|s| s.to_string()).collect();
    let map = st.query_row([id], |r| {
        let mut m = Map::new();
        m.insert("type".into(), Value::String(kind.as_str().into()));
        for (i, n) in names.iter().enumerate() {
            let v = match r.get_ref(i)? {
                ValueRef::Null => Value::Null,
                ValueRef::Integer(n) => Value::from(n),
                ValueRef::Real(f) => Value::from(f),
                ValueRef::Text(t) => Value::String(String::from_utf8_lossy(t).into()),
                ValueRef::Blob(_) => Value::Null,
            };
            m.insert(n.clone(), v);
        }
        Ok(m)
    })?;
    Ok(Value::Object(map))
}
