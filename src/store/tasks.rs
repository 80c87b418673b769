//! Tasks and their timeline (task_events). Derived states — overdue, stale, done on time —
//! are computed here from dates when rows are read, so they can never go stale.

use super::unit_history::{UnitGraph, lineage_sql};
use super::{Store, WriteTx, entries::set_links, records};
use crate::error::{Error, Result};
use crate::i18n::M;
use crate::model::{Task, TimelineItem};
use chrono::NaiveDate;
use rusqlite::{Connection, Row, params};

#[derive(Debug, Clone, Default)]
pub struct NewTask {
    pub title: String,
    pub due: Option<NaiveDate>,
    pub priority: String,
    pub plan: Option<String>,
    pub unit: Option<i64>,
    pub major: bool,
    pub field: Option<String>,
    pub tags: Vec<String>,
    pub docs: Vec<String>,
}

/// Which tasks a listing wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TaskState {
    #[default]
    Open,
    Done,
    Overdue,
    Stale,
    All,
}

#[derive(Debug, Clone, Default)]
pub struct TaskFilter {
    pub state: TaskState,
    pub unit: Option<i64>,
    pub plan: Option<String>,
    pub major: bool,
    /// Only follow-ups (tasks with a unit).
    pub followups: bool,
}

/// Today and the stale threshold: what derived states are computed against.
#[derive(Debug, Clone, Copy)]
pub struct Asof {
    pub today: NaiveDate,
    pub stale_days: u32,
}

const TASK_SELECT: &str =
    "SELECT t.id, t.title, t.status, t.priority, t.due, t.plan, u.alias, u.name, t.major, t.field,
    t.assigned, t.started_on, t.closed_on, t.carried, t.created_at, t.updated_at,
    max(t.assigned,
        coalesce((SELECT max(date) FROM task_events WHERE task_id = t.id AND deleted_at IS NULL), ''),
        coalesce((SELECT max(date) FROM entries WHERE task_id = t.id AND deleted_at IS NULL), '')) AS touched,
    (SELECT group_concat(tag, char(31)) FROM record_tags WHERE record_id = t.id),
    (SELECT group_concat(number, char(31)) FROM record_docs WHERE record_id = t.id),
    t.unit_id
  FROM tasks t LEFT JOIN units u ON u.id = t.unit_id";

fn split(s: Option<String>) -> Vec<String> {
    let mut v: Vec<String> = s
        .map(|s| s.split('\u{1f}').map(str::to_string).collect())
        .unwrap_or_default();
    v.sort();
    v
}

fn task_row(r: &Row, asof: Asof) -> rusqlite::Result<Task> {
    let status: String = r.get(2)?;
    let due: Option<NaiveDate> = r.get(4)?;
    let closed_on: Option<NaiveDate> = r.get(12)?;
    let assigned: NaiveDate = r.get(10)?;
    let touched: String = r.get(16)?;
    let last_touched = NaiveDate::parse_from_str(&touched, "%Y-%m-%d").unwrap_or(assigned);
    let open = status == "todo" || status == "doing";
    let overdue = open && due.is_some_and(|d| d < asof.today);
    let stale = open && (asof.today - last_touched).num_days() >= i64::from(asof.stale_days);
    let done_on_time = if status == "done" {
        Some(match (due, closed_on) {
            (Some(d), Some(c)) => c <= d,
            _ => true,
        })
    } else {
        None
    };
    Ok(Task {
        id: r.get(0)?,
        record: "task",
        title: r.get(1)?,
        status,
        priority: r.get(3)?,
        due,
        plan: r.get(5)?,
        unit: r.get(6)?,
        unit_name: r.get(7)?,
        unit_now: None,
        major: r.get(8)?,
        field: r.get(9)?,
        assigned,
        started_on: r.get(11)?,
        closed_on,
        carried: r.get(13)?,
        created_at: r.get(14)?,
        updated_at: r.get(15)?,
        last_touched,
        overdue,
        stale,
        done_on_time,
        tags: split(r.get(17)?),
        docs: split(r.get(18)?),
        blockers: Vec::new(),
    })
}

/// A task row and its stored unit id (for the successor chain).
fn task_row_unit(r: &Row, asof: Asof) -> rusqlite::Result<(Task, Option<i64>)> {
    Ok((task_row(r, asof)?, r.get(19)?))
}

/// Fills what is read beside the row: the unit responsible now (SPEC §2, units that
/// change) and the open blockers of each task.
fn complete(conn: &Connection, rows: Vec<(Task, Option<i64>)>, asof: Asof) -> Result<Vec<Task>> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let graph = UnitGraph::load(conn)?;
    let mut blockers = super::blockers::open_briefs_by_task(conn, asof.today)?;
    Ok(rows
        .into_iter()
        .map(|(mut t, unit_id)| {
            t.unit_now = unit_id.and_then(|u| graph.alias(graph.current(u)).map(str::to_string));
            t.blockers = blockers.remove(&t.id).unwrap_or_default();
            t
        })
        .collect())
}

pub fn get_task(conn: &Connection, id: i64, asof: Asof) -> Result<Task> {
    let sql = format!("{TASK_SELECT} WHERE t.id = ?1");
    let row = conn.query_row(&sql, [id], |r| task_row_unit(r, asof))?;
    complete(conn, vec![row], asof)?
        .pop()
        .ok_or_else(|| Error::input(M::NoSuchRecord, &[&id]))
}

/// A live task by id; other kinds and deleted tasks are input errors.
pub fn live_task(conn: &Connection, id: i64, asof: Asof) -> Result<Task> {
    let kind = records::live_kind(conn, id)?;
    if kind != records::RecordKind::Task {
        return Err(Error::input(M::NotATask, &[&id, &kind.label()]));
    }
    get_task(conn, id, asof)
}

pub fn list_tasks(conn: &Connection, f: &TaskFilter, asof: Asof) -> Result<Vec<Task>> {
    let mut sql = format!("{TASK_SELECT} WHERE t.deleted_at IS NULL");
    let mut args: Vec<Box<dyn rusqlite::ToSql>> = Vec::new();
    match f.state {
        TaskState::Open | TaskState::Stale => sql.push_str(" AND t.status IN ('todo','doing')"),
        TaskState::Done => sql.push_str(" AND t.status = 'done'"),
        TaskState::Overdue => {
            args.push(Box::new(asof.today));
            sql.push_str(&format!(
                " AND t.status IN ('todo','doing') AND t.due < ?{}",
                args.len()
            ));
        }
        TaskState::All => {}
    }
    if let Some(u) = f.unit {
        // The unit and every unit retired into it: their work is its work now.
        args.push(Box::new(u));
        sql.push_str(&format!(" AND t.unit_id IN ({})", lineage_sql(args.len())));
    }
    if let Some(p) = &f.plan {
        args.push(Box::new(p.clone()));
        sql.push_str(&format!(" AND t.plan = ?{}", args.len()));
    }
    if f.major {
        sql.push_str(" AND t.major = 1");
    }
    if f.followups {
        sql.push_str(" AND t.unit_id IS NOT NULL");
    }
    sql.push_str(" ORDER BY t.due IS NULL, t.due, t.id");
    let mut st = conn.prepare(&sql)?;
    let params: Vec<&dyn rusqlite::ToSql> = args.iter().map(|b| b.as_ref()).collect();
    let rows: Vec<(Task, Option<i64>)> = st
        .query_map(params.as_slice(), |r| task_row_unit(r, asof))?
        .collect::<rusqlite::Result<_>>()?;
    let mut v = complete(conn, rows, asof)?;
    if f.state == TaskState::Stale {
        v.retain(|t| t.stale);
    }
    Ok(v)
}

/// Tasks matching a condition on `t` (the tasks table), ordered like listings. Plans,
/// status and reports use it for their own selections.
pub fn tasks_where(
    conn: &Connection,
    cond: &str,
    args: &[&dyn rusqlite::ToSql],
    asof: Asof,
) -> Result<Vec<Task>> {
    let sql =
        format!("{TASK_SELECT} WHERE t.deleted_at IS NULL AND ({cond}) ORDER BY t.due IS NULL, t.due, t.id");
    let mut st = conn.prepare(&sql)?;
    let v = st
        .query_map(args, |r| task_row(r, asof))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(v)
}

/// Open tasks due between `from` and `to` (both included): the tasks_due index serves it.
pub fn due_between(conn: &Connection, from: NaiveDate, to: NaiveDate, asof: Asof) -> Result<Vec<Task>> {
    tasks_where(
        conn,
        "t.due BETWEEN ?1 AND ?2 AND t.status IN ('todo','doing')",
        &[&from, &to],
        asof,
    )
}

/// Unfinished tasks of plans of the same kind as `label` that come before it: week labels
/// (`2022-W50`) and month labels (`2022-12`) sort in time order as text.
pub fn unfinished_before(conn: &Connection, label: &str, week: bool, asof: Asof) -> Result<Vec<Task>> {
    let pattern = if week {
        "[0-9][0-9][0-9][0-9]-W[0-9][0-9]"
    } else {
        "[0-9][0-9][0-9][0-9]-[0-9][0-9]"
    };
    tasks_where(
        conn,
        "t.status IN ('todo','doing') AND t.plan GLOB ?1 AND t.plan < ?2",
        &[&pattern, &label],
        asof,
    )
}

/// Created, status changes, notes, moves and linked entries, oldest first.
pub fn timeline(conn: &Connection, task: &Task) -> Result<Vec<TimelineItem>> {
    let mut items = vec![TimelineItem {
        id: None,
        date: task.assigned,
        event: "created".into(),
        text: None,
        from_plan: None,
        to_plan: initial_plan(conn, task)?,
    }];
    let mut st = conn.prepare(
        "SELECT id, date, kind, text, from_plan, to_plan FROM task_events
         WHERE task_id = ?1 AND deleted_at IS NULL ORDER BY date, id",
    )?;
    let events = st.query_map([task.id], |r| {
        Ok(TimelineItem {
            id: Some(r.get(0)?),
            date: r.get(1)?,
            event: r.get(2)?,
            text: r.get(3)?,
            from_plan: r.get(4)?,
            to_plan: r.get(5)?,
        })
    })?;
    for e in events {
        items.push(e?);
    }
    let mut st = conn.prepare(
        "SELECT id, date, text FROM entries WHERE task_id = ?1 AND deleted_at IS NULL ORDER BY date, id",
    )?;
    let entries = st.query_map([task.id], |r| {
        Ok(TimelineItem {
            id: Some(r.get(0)?),
            date: r.get(1)?,
            event: "entry".into(),
            text: r.get(2)?,
            from_plan: None,
            to_plan: None,
        })
    })?;
    for e in entries {
        items.push(e?);
    }
    items.sort_by(|a, b| {
        a.date
            .cmp(&b.date)
            .then(a.id.unwrap_or(0).cmp(&b.id.unwrap_or(0)))
    });
    Ok(items)
}

/// The plan a task was created in: the `from_plan` of its first move, else its plan now.
pub fn initial_plan(conn: &Connection, task: &Task) -> Result<Option<String>> {
    let first: Option<Option<String>> = conn
        .query_row(
            "SELECT from_plan FROM task_events WHERE task_id = ?1 AND kind = 'move' AND deleted_at IS NULL
             ORDER BY date, id LIMIT 1",
            [task.id],
            |r| r.get(0),
        )
        .map(Some)
        .or_else(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Ok(None),
            e => Err(e),
        })?;
    Ok(match first {
        Some(p) => p,
        None => task.plan.clone(),
    })
}

impl WriteTx<'_> {
    pub fn insert_task(&self, t: &NewTask, assigned: NaiveDate) -> Result<i64> {
        let conn = self.conn();
        let id = records::next_id(conn, records::RecordKind::Task)?;
        let now = self.stamp();
        conn.execute(
            "INSERT INTO tasks(id, title, priority, due, plan, unit_id, major, field, assigned, created_at, updated_at)
             VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?10)",
            params![id, t.title, t.priority, t.due, t.plan, t.unit, t.major, t.field, assigned, now],
        )?;
        set_links(conn, id, &[], &t.tags, &t.docs)?;
        Ok(id)
    }

    /// Adds a timeline event (it takes an id of its own: notes can be cited).
    pub fn add_task_event(
        &self,
        task: i64,
        date: NaiveDate,
        kind: &str,
        text: Option<&str>,
        plans: (Option<&str>, Option<&str>),
    ) -> Result<i64> {
        let conn = self.conn();
        let id = records::next_id(conn, records::RecordKind::Note)?;
        let now = self.stamp();
        conn.execute(
            "INSERT INTO task_events(id, task_id, date, kind, text, from_plan, to_plan, created_at, updated_at)
             VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?8)",
            params![id, task, date, kind, text, plans.0, plans.1, now],
        )?;
        Ok(id)
    }

    /// Sets a task's status; `closed_on` for done/dropped, `started_on` for doing.
    pub fn set_task_status(&self, id: i64, status: &str, date: NaiveDate) -> Result<()> {
        let now = self.stamp();
        let conn = self.conn();
        match status {
            "doing" => conn.execute(
                "UPDATE tasks SET status = 'doing', started_on = ?2, closed_on = NULL, updated_at = ?3 WHERE id = ?1",
                params![id, date, now],
            )?,
            "done" | "dropped" => conn.execute(
                "UPDATE tasks SET status = ?2, closed_on = ?3, updated_at = ?4 WHERE id = ?1",
                params![id, status, date, now],
            )?,
            _ => conn.execute(
                "UPDATE tasks SET status = 'todo', closed_on = NULL, updated_at = ?2 WHERE id = ?1",
                params![id, now],
            )?,
        };
        Ok(())
    }

    /// Moves a task to another plan period; `carry` counts it as carried over.
    pub fn move_task(&self, id: i64, to: Option<&str>, carry: bool) -> Result<()> {
        let now = self.stamp();
        self.conn().execute(
            "UPDATE tasks SET plan = ?2, carried = carried + ?3, updated_at = ?4 WHERE id = ?1",
            params![id, to, i64::from(carry), now],
        )?;
        Ok(())
    }
}

impl Store {
    pub fn tasks(&self, f: &TaskFilter, asof: Asof) -> Result<Vec<Task>> {
        list_tasks(self.conn(), f, asof)
    }
}
