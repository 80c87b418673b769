//! Facts (thông tin cơ bản): the key figures of a sector. `stale` is derived when read.

use super::Db;
use super::Result;
use super::{WriteTx, records};
use crate::model::Fact;
use crate::model::RecordKind;
use chrono::NaiveDate;
use rusqlite::{Row, params};

#[derive(Debug, Clone, Default)]
pub struct NewFact {
    pub text: String,
    pub value: Option<String>,
    pub source: Option<String>,
    pub as_of: Option<NaiveDate>,
    pub field: String,
}

/// Today and the age past which a fact is stale.
#[derive(Debug, Clone, Copy)]
pub struct FactAsof {
    pub today: NaiveDate,
    pub stale_days: u32,
}

const FACT_SELECT: &str = "SELECT id, text, value, source, as_of, field, created_at, updated_at FROM facts";

fn fact_row(r: &Row, asof: FactAsof) -> rusqlite::Result<Fact> {
    let as_of: Option<NaiveDate> = r.get(4)?;
    let created_at: String = r.get(6)?;
    // Without an as-of date, a fact is as old as the day it was written down.
    let written = created_at
        .get(..10)
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let stale = as_of
        .or(written)
        .is_some_and(|d| (asof.today - d).num_days() > i64::from(asof.stale_days));
    Ok(Fact {
        id: r.get(0)?,
        record: RecordKind::Fact,
        text: r.get(1)?,
        value: r.get(2)?,
        source: r.get(3)?,
        as_of,
        field: r.get::<_, Option<String>>(5)?.unwrap_or_default(),
        stale,
        created_at,
        updated_at: r.get(7)?,
    })
}

pub fn get_fact(Db(conn): Db<'_>, id: i64, asof: FactAsof) -> Result<Fact> {
    let sql = format!("{FACT_SELECT} WHERE id = ?1");
    Ok(conn.query_row(&sql, [id], |r| fact_row(r, asof))?)
}

/// Facts by field, then newest as-of first.
pub fn list_facts(
    Db(conn): Db<'_>,
    field: Option<&str>,
    stale_only: bool,
    asof: FactAsof,
) -> Result<Vec<Fact>> {
    let mut sql = format!("{FACT_SELECT} WHERE deleted_at IS NULL");
    if field.is_some() {
        sql.push_str(" AND field = ?1");
    }
    sql.push_str(" ORDER BY field, coalesce(as_of, substr(created_at, 1, 10)) DESC, id");
    let mut st = conn.prepare(&sql)?;
    let mut v: Vec<Fact> = st
        .query_map(rusqlite::params_from_iter(field), |r| fact_row(r, asof))?
        .collect::<rusqlite::Result<_>>()?;
    if stale_only {
        v.retain(|f| f.stale);
    }
    Ok(v)
}

impl WriteTx<'_> {
    pub fn insert_fact(&self, f: &NewFact) -> Result<i64> {
        let conn = self.conn();
        let id = records::next_id(Db(conn), records::RecordKind::Fact)?;
        let now = self.stamp();
        conn.execute(
            "INSERT INTO facts(id, text, value, source, as_of, field, created_at, updated_at)
             VALUES (?1,?2,?3,?4,?5,?6,?7,?7)",
            params![id, f.text, f.value, f.source, f.as_of, f.field, now],
        )?;
        Ok(id)
    }
}
