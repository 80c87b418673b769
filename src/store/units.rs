//! Units (agencies, localities) and fields (sectors): the named things entries and tasks
//! refer to. Lookups are by alias/key; a typo is an error with the nearest names.

use super::Db;
use super::{Error, Result};
use super::{Store, WriteTx, records};
use crate::model::{Field, Unit};
use crate::model::{RecordKind, UnitKind};
use crate::text::{fold, suggest};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row};

const UNIT_COLS: &str = "u.id, u.alias, u.name, u.kind, u.valid_to, r.alias, u.created_at, u.updated_at";

fn unit_row(r: &Row) -> rusqlite::Result<Unit> {
    Ok(Unit {
        id: r.get(0)?,
        record: RecordKind::Unit,
        alias: r.get(1)?,
        name: r.get(2)?,
        kind: super::keyed(r, 3, "units", "kind")?,
        retired: r.get::<_, Option<NaiveDate>>(4)?,
        replaced_by: r.get(5)?,
        created_at: r.get(6)?,
        updated_at: r.get(7)?,
    })
}

/// The live units in alias order; without `all`, those in service on `today` (a unit
/// whose retirement is dated later is still in service).
pub fn list_units(Db(conn): Db<'_>, all: bool, today: NaiveDate) -> Result<Vec<Unit>> {
    let sql = format!(
        "SELECT {UNIT_COLS} FROM units u LEFT JOIN units r ON r.id = u.replaced_by
         WHERE u.deleted_at IS NULL {} ORDER BY u.alias",
        if all {
            "AND ?1 IS NOT NULL"
        } else {
            "AND (u.valid_to IS NULL OR u.valid_to > ?1)"
        }
    );
    let mut st = conn.prepare(&sql)?;
    let v = st
        .query_map([today], unit_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

pub fn get_unit(Db(conn): Db<'_>, id: i64) -> Result<Unit> {
    let sql =
        format!("SELECT {UNIT_COLS} FROM units u LEFT JOIN units r ON r.id = u.replaced_by WHERE u.id = ?1");
    Ok(conn.query_row(&sql, [id], unit_row)?)
}

/// Finds a unit by alias (case- and diacritic-insensitive); unknown ones suggest the
/// nearest aliases and how to add one.
pub fn resolve_unit(Db(conn): Db<'_>, alias: &str) -> Result<i64> {
    let want = fold(alias.trim().trim_start_matches('@'));
    let mut st = conn.prepare_cached("SELECT id, alias FROM units WHERE deleted_at IS NULL")?;
    let all: Vec<(i64, String)> = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    if let Some((id, _)) = all.iter().find(|(_, a)| fold(a) == want) {
        return Ok(*id);
    }
    let close = suggest(&want, all.iter().map(|(_, a)| a.as_str()));
    let shown = alias.trim().trim_start_matches('@');
    Err(Error::UnknownUnit {
        input: shown.to_string(),
        close,
    })
}

pub fn valid_alias(alias: &str) -> bool {
    !alias.is_empty()
        && alias.chars().count() <= 40
        && alias.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_')
}

impl WriteTx<'_> {
    pub fn add_unit(&self, alias: &str, name: &str, kind: UnitKind) -> Result<i64> {
        let conn = self.conn();
        let exists: Option<i64> = conn
            .query_row("SELECT id FROM units WHERE alias = ?1", [alias], |r| r.get(0))
            .optional()?;
        if exists.is_some() {
            return Err(Error::DuplicateUnit {
                alias: alias.to_string(),
            });
        }
        let id = records::next_id(Db(conn), records::RecordKind::Unit)?;
        let now = self.stamp();
        conn.execute(
            "INSERT INTO units(id, alias, name, kind, created_at, updated_at) VALUES (?1,?2,?3,?4,?5,?5)",
            rusqlite::params![id, alias, name, kind.as_str(), now],
        )?;
        Ok(id)
    }

    pub fn add_field(&self, key: &str, name: &str) -> Result<i64> {
        let conn = self.conn();
        let exists: Option<i64> = conn
            .query_row("SELECT id FROM fields WHERE key = ?1", [key], |r| r.get(0))
            .optional()?;
        if exists.is_some() {
            return Err(Error::DuplicateField { key: key.to_string() });
        }
        let id = records::next_id(Db(conn), records::RecordKind::Field)?;
        let now = self.stamp();
        conn.execute(
            "INSERT INTO fields(id, key, name, created_at, updated_at) VALUES (?1,?2,?3,?4,?4)",
            rusqlite::params![id, key, name, now],
        )?;
        Ok(id)
    }
}

fn field_row(r: &Row) -> rusqlite::Result<Field> {
    Ok(Field {
        id: r.get(0)?,
        record: RecordKind::Field,
        key: r.get(1)?,
        name: r.get(2)?,
        created_at: r.get(3)?,
        updated_at: r.get(4)?,
    })
}

pub fn list_fields(Db(conn): Db<'_>) -> Result<Vec<Field>> {
    let mut st = conn.prepare(
        "SELECT id, key, name, created_at, updated_at FROM fields WHERE deleted_at IS NULL ORDER BY key",
    )?;
    let v = st.query_map([], field_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

pub fn get_field(Db(conn): Db<'_>, id: i64) -> Result<Field> {
    Ok(conn.query_row(
        "SELECT id, key, name, created_at, updated_at FROM fields WHERE id = ?1",
        [id],
        field_row,
    )?)
}

/// The stored key of a field typed by the user (case- and diacritic-insensitive on the
/// key or the name).
pub fn resolve_field(Db(conn): Db<'_>, input: &str) -> Result<String> {
    let want = fold(input.trim());
    let fields = list_fields(Db(conn))?;
    if let Some(f) = fields
        .iter()
        .find(|f| fold(&f.key) == want || fold(&f.name) == want)
    {
        return Ok(f.key.clone());
    }
    let close = suggest(&want, fields.iter().map(|f| f.key.as_str()));
    let shown = input.trim();
    Err(Error::UnknownField {
        input: shown.to_string(),
        close,
    })
}

impl Store {
    pub fn units(&self, all: bool) -> Result<Vec<Unit>> {
        list_units(Db(self.conn()), all, self.clock().today())
    }
    pub fn fields(&self) -> Result<Vec<Field>> {
        list_fields(Db(self.conn()))
    }
}
