//! Plans (weeks and months), their goals, contingencies, and the rows `report week`
//! computes from. Plan periods are stored as labels (`2022-W50`, `2022-12`) on tasks, so a
//! plan row is only needed for what belongs to the plan itself: goals, contingencies and
//! the closing review.

use super::Db;
use super::{Error, Result};
use super::{WriteTx, records};
use crate::dates::{Period, PeriodKind};
use crate::model::RecordKind;
use crate::model::plan::{Contingency, Goal, PlanRow};
use crate::report::classify::{Move, PlanHistory};
use crate::report::week::{EntryRow, EventRow, ItemRow, PeriodInfo, WeekInput};
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, params};
use std::collections::{BTreeMap, HashMap};

fn plan_row(r: &Row) -> rusqlite::Result<PlanRow> {
    Ok(PlanRow {
        id: r.get(0)?,
        kind: r.get(1)?,
        period: r.get(2)?,
        from: r.get(3)?,
        to: r.get(4)?,
        closed_on: r.get(5)?,
        note: r.get(6)?,
    })
}

/// The live goals of the live plans lying within `from..=to`, and how many are achieved.
pub fn goal_counts(
    Db(conn): Db<'_>,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<crate::report::month::GoalCount> {
    let (total, achieved) = conn.query_row(
        "SELECT count(*), coalesce(sum(coalesce(g.achieved, 0) != 0), 0) FROM goals g \
         JOIN plans p ON p.id = g.plan_id \
         WHERE g.deleted_at IS NULL AND p.deleted_at IS NULL AND p.date_from >= ?1 AND p.date_to <= ?2",
        params![from.to_string(), to.to_string()],
        |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)),
    )?;
    Ok(crate::report::month::GoalCount { total, achieved })
}

/// The plan row of a period label, if it was created.
pub fn find_plan(Db(conn): Db<'_>, label: &str) -> Result<Option<PlanRow>> {
    Ok(conn
        .query_row(
            "SELECT id, kind, period, date_from, date_to, closed_on, close_note FROM plans
             WHERE period = ?1 AND deleted_at IS NULL",
            [label],
            plan_row,
        )
        .optional()?)
}

pub fn goals(Db(conn): Db<'_>, plan_id: i64) -> Result<Vec<Goal>> {
    let mut st =
        conn.prepare("SELECT id, text, coalesce(achieved, 0) FROM goals WHERE plan_id = ?1 AND deleted_at IS NULL ORDER BY id")?;
    let v = st
        .query_map([plan_id], |r| {
            Ok(Goal {
                id: r.get(0)?,
                text: r.get(1)?,
                achieved: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

const CONTINGENCY_SELECT: &str = "SELECT c.id, c.situation, c.response, p.period, c.task_id, c.status,
    c.triggered_on, c.outcome, c.closed_on
  FROM contingencies c LEFT JOIN plans p ON p.id = c.plan_id LEFT JOIN tasks t ON t.id = c.task_id";

fn contingency_row(r: &Row) -> rusqlite::Result<Contingency> {
    Ok(Contingency {
        id: r.get(0)?,
        record: RecordKind::Contingency,
        situation: r.get(1)?,
        response: r.get(2)?,
        plan: r.get(3)?,
        task: r.get(4)?,
        status: super::keyed(r, 5, "contingencies", "status")?,
        triggered_on: r.get(6)?,
        outcome: r.get(7)?,
        closed_on: r.get(8)?,
    })
}

/// Which contingencies a listing wants.
#[derive(Debug, Clone, Default)]
pub struct ContingencyFilter {
    /// Those of this plan, and those of tasks planned in it.
    pub plan: Option<String>,
    /// Only open ones (neither triggered nor closed).
    pub open: bool,
}

pub fn contingencies(Db(conn): Db<'_>, f: &ContingencyFilter) -> Result<Vec<Contingency>> {
    let mut sql = format!("{CONTINGENCY_SELECT} WHERE c.deleted_at IS NULL");
    if f.plan.is_some() {
        sql.push_str(" AND (p.period = ?1 OR t.plan = ?1)");
    }
    if f.open {
        sql.push_str(" AND c.status = 'open'");
    }
    sql.push_str(" ORDER BY c.id");
    let mut st = conn.prepare(&sql)?;
    let v = match &f.plan {
        Some(p) => st
            .query_map([p], contingency_row)?
            .collect::<rusqlite::Result<_>>()?,
        None => st
            .query_map([], contingency_row)?
            .collect::<rusqlite::Result<_>>()?,
    };
    Ok(v)
}

/// The contingencies a plan report shows: the plan's own (and its tasks'), and any other
/// triggered within the period — that is what explains the period's arising work.
pub fn report_contingencies(
    Db(conn): Db<'_>,
    label: &str,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<Contingency>> {
    let sql = format!(
        "{CONTINGENCY_SELECT} WHERE c.deleted_at IS NULL
         AND (p.period = ?1 OR t.plan = ?1 OR c.triggered_on BETWEEN ?2 AND ?3) ORDER BY c.id"
    );
    let mut st = conn.prepare(&sql)?;
    let v = st
        .query_map(params![label, from, to], contingency_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

pub fn get_contingency(Db(conn): Db<'_>, id: i64) -> Result<Contingency> {
    let sql = format!("{CONTINGENCY_SELECT} WHERE c.id = ?1");
    Ok(conn.query_row(&sql, [id], contingency_row)?)
}

/// A live contingency by id; other kinds and deleted ones are input errors.
pub fn live_contingency(Db(conn): Db<'_>, id: i64) -> Result<Contingency> {
    let kind = records::live_kind(Db(conn), id)?;
    if kind != records::RecordKind::Contingency {
        return Err(Error::WrongKind {
            id,
            expected: records::RecordKind::Contingency,
            found: kind,
        });
    }
    get_contingency(Db(conn), id)
}

/// The rows `report week` (and the closing review) computes from.
pub fn week_input(Db(conn): Db<'_>, p: &Period, asof_plan: Option<PlanRow>) -> Result<WeekInput> {
    let label = p.label.as_str();
    let items = plan_items(conn, label)?;
    let entries = period_entries(conn, p)?;
    let histories = plan_histories(Db(conn), p.from, p.to)?;
    let (goals, plan_id, closed_on, note) = match &asof_plan {
        Some(plan) => (
            goals(Db(conn), plan.id)?,
            Some(plan.id),
            plan.closed_on,
            plan.note.clone(),
        ),
        None => (Vec::new(), None, None, None),
    };
    Ok(WeekInput {
        period: PeriodInfo {
            kind: kind_key(p.kind).to_string(),
            label: p.label.clone(),
            from: p.from,
            to: p.to,
        },
        plan_id,
        closed_on,
        note,
        items,
        goals,
        contingencies: report_contingencies(Db(conn), label, p.from, p.to)?,
        entries,
        histories,
    })
}

/// The tasks in the plan `label` now or moved out of it, by id.
const IN_PLAN: &str = "SELECT id FROM tasks WHERE plan = ?1 AND deleted_at IS NULL
        UNION SELECT task_id FROM task_events WHERE kind = 'move' AND from_plan = ?1 AND deleted_at IS NULL";

/// The plan's items (tasks in it now or moved out of it), each with its moves, drops and
/// closing reviews, oldest first.
fn plan_items(conn: &Connection, label: &str) -> Result<Vec<ItemRow>> {
    let mut items: BTreeMap<i64, ItemRow> = BTreeMap::new();
    let mut st = conn.prepare(&format!(
        "SELECT id, title, status, plan FROM tasks WHERE deleted_at IS NULL AND id IN ({IN_PLAN}) ORDER BY id"
    ))?;
    let rows = st.query_map([label], |r| {
        Ok(ItemRow {
            id: r.get(0)?,
            title: r.get(1)?,
            status: super::keyed(r, 2, "tasks", "status")?,
            plan: r.get(3)?,
            events: Vec::new(),
        })
    })?;
    for r in rows {
        let r = r?;
        items.insert(r.id, r);
    }
    let mut st = conn.prepare(&format!(
        "SELECT task_id, date, kind, text, from_plan, to_plan FROM task_events
         WHERE deleted_at IS NULL AND kind IN ('move','drop','close_review') AND task_id IN ({IN_PLAN})
         ORDER BY date, id"
    ))?;
    let rows = st.query_map([label], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            EventRow {
                date: r.get(1)?,
                kind: super::keyed(r, 2, "task_events", "kind")?,
                text: r.get(3)?,
                from_plan: r.get(4)?,
                to_plan: r.get(5)?,
            },
        ))
    })?;
    for r in rows {
        let (task, e) = r?;
        if let Some(item) = items.get_mut(&task) {
            item.events.push(e);
        }
    }
    Ok(items.into_values().collect())
}

/// The entries of the period, oldest first.
fn period_entries(conn: &Connection, p: &Period) -> Result<Vec<EntryRow>> {
    let mut st = conn.prepare(
        "SELECT id, date, text, task_id FROM entries WHERE date BETWEEN ?1 AND ?2 AND deleted_at IS NULL
         ORDER BY date, id",
    )?;
    let entries = st
        .query_map(params![p.from, p.to], |r| {
            Ok(EntryRow {
                id: r.get(0)?,
                date: r.get(1)?,
                text: r.get(2)?,
                task: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(entries)
}

/// The moves between plans of the tasks `cond` selects (an SQL condition on
/// task_events), oldest first per task.
pub(super) fn moves_where(
    conn: &Connection,
    cond: &str,
    args: impl rusqlite::Params,
) -> Result<HashMap<i64, Vec<Move>>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT task_id, date, from_plan, to_plan FROM task_events
         WHERE kind = 'move' AND deleted_at IS NULL AND ({cond}) ORDER BY date, id"
    ))?;
    let rows = st.query_map(args, |r| {
        Ok((
            r.get::<_, i64>(0)?,
            Move {
                date: r.get(1)?,
                from: r.get(2)?,
                to: r.get(3)?,
            },
        ))
    })?;
    let mut out: HashMap<i64, Vec<Move>> = HashMap::new();
    for r in rows {
        let (id, m) = r?;
        out.entry(id).or_default().push(m);
    }
    Ok(out)
}

/// The plan histories of the tasks advanced by entries dated between `from` and `to`.
pub fn plan_histories(
    Db(conn): Db<'_>,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<BTreeMap<i64, PlanHistory>> {
    let linked = "SELECT task_id FROM entries WHERE date BETWEEN ?1 AND ?2 AND deleted_at IS NULL AND task_id IS NOT NULL";
    let mut map = BTreeMap::new();
    let mut st = conn.prepare(&format!(
        "SELECT id, assigned, plan FROM tasks WHERE id IN ({linked})"
    ))?;
    let rows = st.query_map(params![from, to], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            PlanHistory {
                assigned: r.get(1)?,
                current: r.get(2)?,
                moves: Vec::new(),
            },
        ))
    })?;
    for r in rows {
        let (id, h) = r?;
        map.insert(id, h);
    }
    for (id, moves) in moves_where(conn, &format!("task_id IN ({linked})"), params![from, to])? {
        if let Some(h) = map.get_mut(&id) {
            h.moves = moves;
        }
    }
    Ok(map)
}

pub fn kind_key(k: PeriodKind) -> &'static str {
    match k {
        PeriodKind::Month => "month",
        _ => "week",
    }
}

impl WriteTx<'_> {
    /// Creates the plan row of a week or month period.
    pub fn insert_plan(&self, p: &Period) -> Result<PlanRow> {
        let conn = self.conn();
        let id = records::next_id(Db(conn), records::RecordKind::Plan)?;
        let now = self.stamp();
        conn.execute(
            "INSERT INTO plans(id, kind, period, date_from, date_to, created_at, updated_at)
             VALUES (?1,?2,?3,?4,?5,?6,?6)",
            params![id, kind_key(p.kind), p.label, p.from, p.to, now],
        )?;
        Ok(PlanRow {
            id,
            kind: kind_key(p.kind).to_string(),
            period: p.label.clone(),
            from: p.from,
            to: p.to,
            closed_on: None,
            note: None,
        })
    }

    /// The plan row of a period, created when missing (the bool says it was created).
    pub fn ensure_plan(&self, p: &Period) -> Result<(PlanRow, bool)> {
        match find_plan(Db(self.conn()), &p.label)? {
            Some(row) => Ok((row, false)),
            None => Ok((self.insert_plan(p)?, true)),
        }
    }

    pub fn insert_goal(&self, plan_id: i64, text: &str) -> Result<i64> {
        let conn = self.conn();
        let id = records::next_id(Db(conn), records::RecordKind::Goal)?;
        let now = self.stamp();
        conn.execute(
            "INSERT INTO goals(id, plan_id, text, created_at, updated_at) VALUES (?1,?2,?3,?4,?4)",
            params![id, plan_id, text, now],
        )?;
        Ok(id)
    }

    pub fn close_plan(&self, plan_id: i64, date: NaiveDate, note: Option<&str>) -> Result<()> {
        let now = self.stamp();
        self.conn().execute(
            "UPDATE plans SET closed_on = ?2, close_note = ?3, updated_at = ?4 WHERE id = ?1",
            params![plan_id, date, note, now],
        )?;
        Ok(())
    }

    pub fn insert_contingency(
        &self,
        plan_id: Option<i64>,
        task_id: Option<i64>,
        situation: &str,
        response: &str,
    ) -> Result<i64> {
        let conn = self.conn();
        let id = records::next_id(Db(conn), records::RecordKind::Contingency)?;
        let now = self.stamp();
        conn.execute(
            "INSERT INTO contingencies(id, plan_id, task_id, situation, response, created_at, updated_at)
             VALUES (?1,?2,?3,?4,?5,?6,?6)",
            params![id, plan_id, task_id, situation, response, now],
        )?;
        Ok(id)
    }

    pub fn trigger_contingency(&self, id: i64, date: NaiveDate, outcome: &str) -> Result<()> {
        let now = self.stamp();
        self.conn().execute(
            "UPDATE contingencies SET status = 'triggered', triggered_on = ?2, outcome = ?3, updated_at = ?4
             WHERE id = ?1",
            params![id, date, outcome, now],
        )?;
        Ok(())
    }

    pub fn close_contingency(&self, id: i64, date: NaiveDate) -> Result<()> {
        let now = self.stamp();
        self.conn().execute(
            "UPDATE contingencies SET status = 'closed', closed_on = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, date, now],
        )?;
        Ok(())
    }
}
