//! The rows reports read. Entries come through the date index for the period only, so a
//! longer history does not make a month's report slower; tasks, blockers, contingencies
//! and documents are few and read whole.

use super::Store;
use crate::error::Result;
use crate::report::classify::PlanHistory;
use crate::report::month::{BlockerRow, ContingencyRow, DocRow, EntryRow, TaskRow};
use chrono::NaiveDate;

/// The entries of a period in report form: only what the counts need (no text, no cited
/// numbers), read through the `entries_date` index so the history outside the period is
/// never visited (SPEC §10 P3).
const ENTRY_ROWS: &str = "SELECT e.id, e.date, e.kind, e.field, e.minutes, e.task_id,
    (SELECT group_concat(u.alias, char(31)) FROM record_units ru JOIN units u ON u.id = ru.unit_id WHERE ru.record_id = e.id),
    (SELECT group_concat(tag, char(31)) FROM record_tags WHERE record_id = e.id)
  FROM entries e WHERE e.date BETWEEN ?1 AND ?2 AND e.deleted_at IS NULL ORDER BY e.date, e.id";

fn split(s: Option<String>) -> Vec<String> {
    let mut v: Vec<String> = s
        .map(|s| s.split('\u{1f}').map(str::to_string).collect())
        .unwrap_or_default();
    v.sort();
    v
}

/// Entries of `from..=to` in report form.
pub fn entry_rows(store: &Store, from: NaiveDate, to: NaiveDate) -> Result<Vec<EntryRow>> {
    let mut st = store.conn().prepare_cached(ENTRY_ROWS)?;
    let v = st
        .query_map(rusqlite::params![from, to], |r| {
            Ok(EntryRow {
                id: r.get(0)?,
                date: r.get(1)?,
                kind: r.get(2)?,
                field: r.get(3)?,
                minutes: r.get::<_, Option<i64>>(4)?.unwrap_or(0),
                task: r.get(5)?,
                units: split(r.get(6)?),
                tags: split(r.get(7)?),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

/// Every live task assigned by `to`, with its plan history and its last touch on or
/// before `asof`. A follow-up's unit is the one responsible now: work of a retired unit
/// counts under its successor.
pub fn task_rows(store: &Store, to: NaiveDate, asof: NaiveDate) -> Result<Vec<TaskRow>> {
    let conn = store.conn();
    let graph = super::unit_history::UnitGraph::load(conn)?;
    let mut moves = super::plans::moves_where(conn, "1", [])?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::Clock;

    /// The month report reads entries through the date index, never by scanning the
    /// table: a longer history must not make a month slower.
    #[test]
    fn entry_rows_search_the_date_index() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let store = Store::in_memory(Clock::fixed(d("2022-12-21"))).unwrap();
        let plan: Vec<String> = store
            .conn()
            .prepare(&format!("EXPLAIN QUERY PLAN {ENTRY_ROWS}"))
            .unwrap()
            .query_map(rusqlite::params![d("2022-12-01"), d("2022-12-31")], |r| {
                r.get::<_, String>(3)
            })
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let on_entries: Vec<&String> = plan
            .iter()
            .filter(|l| {
                let table = l.split_whitespace().nth(1).unwrap_or_default();
                table == "e" || table == "entries"
            })
            .collect();
        assert!(!on_entries.is_empty(), "{plan:?}");
        for l in &on_entries {
            assert!(
                l.starts_with("SEARCH") && l.contains("USING INDEX entries_date"),
                "entries not read through entries_date: {plan:?}"
            );
        }
        // And the rows come back (an empty period is fine).
        assert!(
            entry_rows(&store, d("2022-12-01"), d("2022-12-31"))
                .unwrap()
                .is_empty()
        );
    }
}
