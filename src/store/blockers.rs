//! Blockers (khó khăn, vướng mắc): obstacles at a unit, their proposed remedy, and when
//! they were resolved. `age_days` and `status` are derived when read.

use super::Db;
use super::unit_history::lineage_sql;
use super::{Error, Result};
use super::{WriteTx, records};
use crate::model::{Blocker, BlockerBrief};
use crate::model::{BlockerStatus, RecordKind, Remedy};
use chrono::NaiveDate;
use rusqlite::{Row, params};
use std::collections::HashMap;

#[derive(Debug, Clone, Default)]
pub struct NewBlocker {
    pub text: String,
    pub unit: i64,
    pub task: Option<i64>,
    pub proposal: Option<String>,
    pub remedy: Option<Remedy>,
    pub raised_on: NaiveDate,
}

const BLOCKER_SELECT: &str = "SELECT b.id, b.text, u.alias, b.task_id, b.proposal, b.remedy, b.raised_on,
    b.resolved_on, b.resolve_note, b.created_at, b.updated_at
  FROM blockers b JOIN units u ON u.id = b.unit_id";

fn blocker_row(r: &Row, today: NaiveDate) -> rusqlite::Result<Blocker> {
    let raised_on: NaiveDate = r.get(6)?;
    let resolved_on: Option<NaiveDate> = r.get(7)?;
    let age_days = (resolved_on.unwrap_or(today) - raised_on).num_days().max(0);
    Ok(Blocker {
        id: r.get(0)?,
        record: RecordKind::Blocker,
        text: r.get(1)?,
        unit: r.get(2)?,
        task: r.get(3)?,
        proposal: r.get(4)?,
        remedy: super::keyed_opt(r, 5, "blockers", "remedy")?,
        raised_on,
        resolved_on,
        note: r.get(8)?,
        status: if resolved_on.is_some() {
            BlockerStatus::Resolved
        } else {
            BlockerStatus::Open
        },
        age_days,
        created_at: r.get(9)?,
        updated_at: r.get(10)?,
    })
}

pub fn get_blocker(Db(conn): Db<'_>, id: i64, today: NaiveDate) -> Result<Blocker> {
    let sql = format!("{BLOCKER_SELECT} WHERE b.id = ?1");
    Ok(conn.query_row(&sql, [id], |r| blocker_row(r, today))?)
}

/// A live blocker by id; other kinds are input errors.
pub fn live_blocker(Db(conn): Db<'_>, id: i64, today: NaiveDate) -> Result<Blocker> {
    let kind = records::live_kind(Db(conn), id)?;
    if kind != records::RecordKind::Blocker {
        return Err(Error::WrongKind {
            id,
            expected: records::RecordKind::Blocker,
            found: kind,
        });
    }
    get_blocker(Db(conn), id, today)
}

/// Blockers, oldest first; `unit` takes in the units retired into it.
pub fn list_blockers(
    Db(conn): Db<'_>,
    open_only: bool,
    unit: Option<i64>,
    today: NaiveDate,
) -> Result<Vec<Blocker>> {
    let mut sql = format!("{BLOCKER_SELECT} WHERE b.deleted_at IS NULL");
    if open_only {
        sql.push_str(" AND b.resolved_on IS NULL");
    }
    let mut args: Vec<Box<dyn rusqlite::ToSql>> = Vec::new();
    if let Some(u) = unit {
        args.push(Box::new(u));
        args.push(Box::new(today));
        sql.push_str(&format!(" AND b.unit_id IN ({})", lineage_sql(1, 2)));
    }
    sql.push_str(" ORDER BY b.raised_on, b.id");
    let mut st = conn.prepare(&sql)?;
    let v = st
        .query_map(rusqlite::params_from_iter(args), |r| blocker_row(r, today))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

/// The open blockers raised on tasks, by task id, oldest first.
pub fn open_briefs_by_task(Db(conn): Db<'_>, today: NaiveDate) -> Result<HashMap<i64, Vec<BlockerBrief>>> {
    let sql = format!(
        "{BLOCKER_SELECT} WHERE b.deleted_at IS NULL AND b.resolved_on IS NULL AND b.task_id IS NOT NULL
         ORDER BY b.raised_on, b.id"
    );
    let mut st = conn.prepare_cached(&sql)?;
    let mut map: HashMap<i64, Vec<BlockerBrief>> = HashMap::new();
    for b in st.query_map([], |r| blocker_row(r, today))? {
        let b = b?;
        if let Some(t) = b.task {
            map.entry(t).or_default().push(b.brief());
        }
    }
    Ok(map)
}

impl WriteTx<'_> {
    pub fn insert_blocker(&self, b: &NewBlocker) -> Result<i64> {
        let conn = self.conn();
        let id = records::next_id(Db(conn), records::RecordKind::Blocker)?;
        let now = self.stamp();
        conn.execute(
            "INSERT INTO blockers(id, unit_id, task_id, text, proposal, remedy, raised_on, created_at, updated_at)
             VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?8)",
            params![id, b.unit, b.task, b.text, b.proposal, b.remedy.map(Remedy::as_str), b.raised_on, now],
        )?;
        Ok(id)
    }

    pub fn resolve_blocker(&self, id: i64, date: NaiveDate, note: Option<&str>) -> Result<()> {
        let now = self.stamp();
        self.conn().execute(
            "UPDATE blockers SET resolved_on = ?2, resolve_note = ?3, updated_at = ?4 WHERE id = ?1",
            params![id, date, note, now],
        )?;
        Ok(())
    }
}
