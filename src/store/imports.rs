//! Where imported records came from (schema step issue15): one `imports` row per import
//! (the file's name, its format and a digest of its bytes) and one `import_items` row per
//! record it made, with the key the record had in its source. An import's id is the id
//! of the first record it made, so that undoing a bulk import (which removes every id
//! from that one on) removes its provenance too. The import command asks here whether a
//! file, or some of its records, were imported before; entries' times of day are written
//! here too, after the bulk insert that made them.

use super::{Db, Result, WriteTx};
use chrono::{NaiveDate, NaiveTime};
use rusqlite::{OptionalExtension, params};

/// An earlier import of the same bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct EarlierImport {
    pub file: String,
    pub format: String,
    /// When, as stored (`2022-12-19T08:30:00+07:00`).
    pub imported_at: String,
}

/// A live record an earlier import (or the user) already holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Existing {
    /// The key asked about.
    pub key: String,
    pub record_id: i64,
}

/// FNV-1a, 64 bits, as 16 hex digits: a digest that stays the same across Rust
/// releases and machines (the standard library's hasher does not promise that).
pub fn digest(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// The source key of an entry: its date and a digest of its text (the same text on the
/// same day is the same work, whichever tool wrote it down).
pub fn entry_key(date: NaiveDate, text: &str) -> String {
    format!("entry:{date}:{}", digest(text.as_bytes()))
}

/// The latest import of a file with these bytes, if any.
pub fn earlier_import(Db(conn): Db<'_>, digest: &str) -> Result<Option<EarlierImport>> {
    Ok(conn
        .query_row(
            "SELECT file, format, imported_at FROM imports WHERE digest = ?1 ORDER BY id DESC LIMIT 1",
            [digest],
            |r| {
                Ok(EarlierImport {
                    file: r.get(0)?,
                    format: r.get(1)?,
                    imported_at: r.get(2)?,
                })
            },
        )
        .optional()?)
}

/// The live entries with the same date and text as one of `entries` (typed or imported).
pub fn existing_entries(Db(conn): Db<'_>, entries: &[(NaiveDate, &str)]) -> Result<Vec<Existing>> {
    let mut st = conn.prepare_cached(
        "SELECT id FROM entries WHERE date = ?1 AND text = ?2 AND deleted_at IS NULL ORDER BY id LIMIT 1",
    )?;
    let mut out = Vec::new();
    for (date, text) in entries {
        if let Some(id) = st
            .query_row(params![date, text], |r| r.get::<_, i64>(0))
            .optional()?
        {
            out.push(Existing {
                key: entry_key(*date, text),
                record_id: id,
            });
        }
    }
    Ok(out)
}

/// The live records earlier imports made from these source keys (taskwarrior uuids).
pub fn existing_keys(Db(conn): Db<'_>, keys: &[&str]) -> Result<Vec<Existing>> {
    let mut st = conn.prepare_cached(
        "SELECT i.record_id FROM import_items i JOIN tasks t ON t.id = i.record_id
          WHERE i.source_key = ?1 AND t.deleted_at IS NULL ORDER BY i.record_id LIMIT 1",
    )?;
    let mut out = Vec::new();
    for key in keys {
        if let Some(id) = st.query_row([key], |r| r.get::<_, i64>(0)).optional()? {
            out.push(Existing {
                key: key.to_string(),
                record_id: id,
            });
        }
    }
    Ok(out)
}

/// The id the next record will get.
pub fn next_record_id(Db(conn): Db<'_>) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'records'), 0) + 1",
        [],
        |r| r.get(0),
    )?)
}

impl WriteTx<'_> {
    /// Records an import and the records it made (`items`: record id, source key). The
    /// import's id is its first record's id; an import that made nothing is not recorded.
    pub fn record_import(
        &self,
        format: &str,
        file: &str,
        digest: &str,
        items: &[(i64, String)],
    ) -> Result<()> {
        let Some(first) = items.iter().map(|(id, _)| *id).min() else {
            return Ok(());
        };
        let conn = self.conn();
        conn.execute(
            "INSERT INTO imports(id, format, file, digest, imported_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![first, format, file, digest, self.stamp()],
        )?;
        let mut st = conn.prepare_cached(
            "INSERT INTO import_items(import_id, record_id, source_key) VALUES (?1, ?2, ?3)",
        )?;
        for (id, key) in items {
            st.execute(params![first, id, key])?;
        }
        Ok(())
    }

    /// Sets entries' times of day (`HH:MM`).
    pub fn set_entry_times(&self, times: &[(i64, NaiveTime)]) -> Result<()> {
        let mut st = self
            .conn()
            .prepare_cached("UPDATE entries SET time = ?2 WHERE id = ?1")?;
        for (id, time) in times {
            st.execute(params![id, time.format("%H:%M").to_string()])?;
        }
        Ok(())
    }
}
