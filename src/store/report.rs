//! The rows reports read. Entries come through the date index for the period only, so a
//! longer history does not make a month's report slower; tasks, blockers, contingencies
//! and documents are few and read whole.

use super::Store;
use crate::error::Result;
use crate::report::classify::{Move, PlanHistory};
use crate::report::month::{BlockerRow, ContingencyRow, DocRow, EntryRow, TaskRow};
use crate::store::EntryFilter;
use chrono::NaiveDate;
use std::collections::HashMap;

/// Entries of `from..=to` in report form.
pub fn entry_rows(store: &Store, from: NaiveDate, to: NaiveDate) -> Result<Vec<EntryRow>> {
    let entries = store.entries(&EntryFilter {
        from: Some(from),
        to: Some(to),
        ..EntryFilter::default()
    })?;
    Ok(entries
        .into_iter()
        .map(|e| EntryRow {
            id: e.id,
            date: e.date,
            kind: e.kind,
            field: e.field,
            minutes: e.minutes.unwrap_or(0),
            units: e.units,
            tags: e.tags,
            task: e.task,
        })
        .collect())
}

/// Every live task assigned by `to`, with its plan history and its last touch on or
/// before `asof`. A follow-up's unit is the one responsible now: work of a retired unit
/// counts under its successor.
pub fn task_rows(store: &Store, to: NaiveDate, asof: NaiveDate) -> Result<Vec<TaskRow>> {
    let conn = store.conn();
    let graph = super::unit_history::UnitGraph::load(conn)?;
    let mut moves: HashMap<i64, Vec<Move>> = HashMap::new();
    {
        let mut st = conn.prepare(
            "SELECT task_id, date, from_plan, to_plan FROM task_events
             WHERE kind = 'move' AND deleted_at IS NULL ORDER BY task_id, date, id",
        )?;
        let rows = st.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                Move {
                    date: r.get(1)?,
                    from: r.get(2)?,
                    to: r.get(3)?,
                },
            ))
        })?;
        for row in rows {
            let (id, m) = row?;
            moves.entry(id).or_default().push(m);
        }
    }
    let mut st = conn.prepare(
        "SELECT t.id, t.title, t.status, t.due, t.plan, t.unit_id, t.major, t.assigned, t.closed_on,
            max(t.assigned,
                coalesce((SELECT max(date) FROM task_events WHERE task_id = t.id AND deleted_at IS NULL AND date <= ?2), ''),
                coalesce((SELECT max(date) FROM entries WHERE task_id = t.id AND deleted_at IS NULL AND date <= ?2), ''))
         FROM tasks t WHERE t.deleted_at IS NULL AND t.assigned <= ?1 ORDER BY t.id",
    )?;
    let rows = st.query_map(rusqlite::params![to, asof], |r| {
        let assigned: NaiveDate = r.get(7)?;
        let touched: String = r.get(9)?;
        Ok((
            TaskRow {
                id: r.get(0)?,
                title: r.get(1)?,
                status: r.get(2)?,
                due: r.get(3)?,
                unit: r
                    .get::<_, Option<i64>>(5)?
                    .and_then(|u| graph.alias(graph.current(u)).map(str::to_string)),
                major: r.get(6)?,
                assigned,
                closed_on: r.get(8)?,
                touched: NaiveDate::parse_from_str(&touched, "%Y-%m-%d").unwrap_or(assigned),
                history: PlanHistory {
                    assigned,
                    current: None,
                    moves: Vec::new(),
                },
            },
            r.get::<_, Option<String>>(4)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (mut t, current) = row?;
        t.history.current = current;
        t.history.moves = moves.remove(&t.id).unwrap_or_default();
        out.push(t);
    }
    Ok(out)
}

pub fn blocker_rows(store: &Store) -> Result<Vec<BlockerRow>> {
    let mut st = store.conn().prepare(
        "SELECT b.id, b.text, u.alias, b.task_id, b.proposal, b.remedy, b.raised_on, b.resolved_on
         FROM blockers b JOIN units u ON u.id = b.unit_id WHERE b.deleted_at IS NULL ORDER BY b.raised_on, b.id",
    )?;
    let v = st
        .query_map([], |r| {
            Ok(BlockerRow {
                id: r.get(0)?,
                text: r.get(1)?,
                unit: r.get(2)?,
                task: r.get(3)?,
                proposal: r.get(4)?,
                remedy: r.get(5)?,
                raised_on: r.get(6)?,
                resolved_on: r.get(7)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

pub fn contingency_rows(store: &Store) -> Result<Vec<ContingencyRow>> {
    let mut st = store.conn().prepare(
        "SELECT c.id, c.situation, c.response, c.status, substr(c.created_at, 1, 10), p.period, c.triggered_on, c.outcome
         FROM contingencies c LEFT JOIN plans p ON p.id = c.plan_id WHERE c.deleted_at IS NULL ORDER BY c.id",
    )?;
    let v = st
        .query_map([], |r| {
            Ok(ContingencyRow {
                id: r.get(0)?,
                situation: r.get(1)?,
                response: r.get(2)?,
                status: r.get(3)?,
                created_on: r.get(4)?,
                plan: r.get(5)?,
                triggered_on: r.get(6)?,
                outcome: r.get(7)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

pub fn doc_rows(store: &Store) -> Result<Vec<DocRow>> {
    let mut st = store.conn().prepare(
        "SELECT status, issued_on, substr(created_at, 1, 10) FROM documents WHERE deleted_at IS NULL",
    )?;
    let v = st
        .query_map([], |r| {
            Ok(DocRow {
                status: r.get(0)?,
                issued_on: r.get(1)?,
                created_on: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}
