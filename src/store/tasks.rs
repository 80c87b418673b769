//! Tasks and their timeline (task_events). Derived states — overdue, stale, done on time —
//! are computed here from dates when rows are read, so they can never go stale.

use super::Db;
use super::unit_history::{UnitGraph, lineage_sql};
use super::{Error, Result};
use super::{Store, WriteTx, entries::set_links, records};
pub use crate::model::Page;
use crate::model::RecordKind;
use crate::model::{Event, Priority, Task, TaskStatus, TimelineItem};
use chrono::NaiveDate;
use rusqlite::{Connection, Row, params};

#[derive(Debug, Clone, Default)]
pub struct NewTask {
    pub title: String,
    pub due: Option<NaiveDate>,
    pub priority: Priority,
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
    t.unit_id,
    (SELECT group_concat(mu.alias, char(31)) FROM record_units ru JOIN units mu ON mu.id = ru.unit_id
      WHERE ru.record_id = t.id)
  FROM tasks t LEFT JOIN units u ON u.id = t.unit_id";

fn split(s: Option<String>) -> Vec<String> {
    let mut v: Vec<String> = s
        .map(|s| s.split('\u{1f}').map(str::to_string).collect())
        .unwrap_or_default();
    v.sort();
    v
}

fn task_row(r: &Row, asof: Asof) -> rusqlite::Result<Task> {
    let status: TaskStatus = super::keyed(r, 2, "tasks", "status")?;
    let due: Option<NaiveDate> = r.get(4)?;
    let closed_on: Option<NaiveDate> = r.get(12)?;
    let assigned: NaiveDate = r.get(10)?;
    let touched: String = r.get(16)?;
    let last_touched = NaiveDate::parse_from_str(&touched, "%Y-%m-%d").unwrap_or(assigned);
    let open = status.is_open();
    let overdue = open && due.is_some_and(|d| d < asof.today);
    let stale = open && (asof.today - last_touched).num_days() >= i64::from(asof.stale_days);
    let done_on_time = if status == TaskStatus::Done {
        Some(match (due, closed_on) {
            (Some(d), Some(c)) => c <= d,
            _ => true,
        })
    } else {
        None
    };
    Ok(Task {
        id: r.get(0)?,
        record: RecordKind::Task,
        title: r.get(1)?,
        status,
        priority: super::keyed(r, 3, "tasks", "priority")?,
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
        mentions: split(r.get(20)?),
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
    let graph = UnitGraph::load(Db(conn))?.as_of(asof.today);
    let mut blockers = super::blockers::open_briefs_by_task(Db(conn), asof.today)?;
    Ok(rows
        .into_iter()
        .map(|(mut t, unit_id)| {
            t.unit_now = unit_id.and_then(|u| graph.alias(graph.current(u)).map(str::to_string));
            t.blockers = blockers.remove(&t.id).unwrap_or_default();
            t
        })
        .collect())
}

pub fn get_task(Db(conn): Db<'_>, id: i64, asof: Asof) -> Result<Task> {
    let sql = format!("{TASK_SELECT} WHERE t.id = ?1");
    let row = conn.query_row(&sql, [id], |r| task_row_unit(r, asof))?;
    complete(conn, vec![row], asof)?
        .pop()
        .ok_or(Error::NotFound { id })
}

/// A live task by id; other kinds and deleted tasks are input errors.
pub fn live_task(Db(conn): Db<'_>, id: i64, asof: Asof) -> Result<Task> {
    let kind = records::live_kind(Db(conn), id)?;
    if kind != records::RecordKind::Task {
        return Err(Error::WrongKind {
            id,
            expected: records::RecordKind::Task,
            found: kind,
        });
    }
    get_task(Db(conn), id, asof)
}

pub fn list_tasks(Db(conn): Db<'_>, f: &TaskFilter, asof: Asof) -> Result<Vec<Task>> {
    let mut args: Vec<Box<dyn rusqlite::ToSql>> = Vec::new();
    let mut sql = format!(
        "{TASK_SELECT} WHERE t.deleted_at IS NULL AND {}",
        state_cond(f.state, asof, &mut args)
    );
    if let Some(u) = f.unit {
        // The unit and every unit retired into it: their work is its work now.
        args.push(Box::new(u));
        args.push(Box::new(asof.today));
        sql.push_str(&format!(
            " AND t.unit_id IN ({})",
            lineage_sql(args.len() - 1, args.len())
        ));
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
    sql.push_str(&format!(" ORDER BY {TASK_ORDER}"));
    let mut st = conn.prepare(&sql)?;
    let params: Vec<&dyn rusqlite::ToSql> = args.iter().map(|b| b.as_ref()).collect();
    let rows: Vec<(Task, Option<i64>)> = st
        .query_map(params.as_slice(), |r| task_row_unit(r, asof))?
        .collect::<rusqlite::Result<_>>()?;
    complete(conn, rows, asof)
}

/// Listing order: by due date (tasks without one last), then by id.
const TASK_ORDER: &str = "t.due IS NULL, t.due, t.id";

/// The open states, as SQL on `t`.
const OPEN_SQL: &str = "t.status IN ('todo','doing')";

/// The SQL condition on `t` that selects the tasks of `state`, its parameters appended to
/// `args`. `overdue` and `stale` here are exactly `task_row`'s flags (the tests below
/// hold them to it), so a listing of them reads only their rows.
fn state_cond(state: TaskState, asof: Asof, args: &mut Vec<Box<dyn rusqlite::ToSql>>) -> String {
    match state {
        TaskState::Open => OPEN_SQL.to_string(),
        TaskState::Done => "t.status = 'done'".to_string(),
        TaskState::All => "1".to_string(),
        TaskState::Overdue => {
            args.push(Box::new(asof.today));
            format!("{OPEN_SQL} AND t.due < ?{}", args.len())
        }
        TaskState::Stale => match stale_cutoff(asof) {
            // A threshold reaching before the calendar's first day: nothing is that old.
            None => "0".to_string(),
            Some(cutoff) => {
                args.push(Box::new(cutoff));
                let p = args.len();
                // Last touched on or before the cutoff = nothing touched it after: the
                // assignment, every live event (notes, status changes, moves) and every
                // live linked entry. Each NOT EXISTS is one seek in task_events(task_id,
                // date) or entries(task_id).
                format!(
                    "{OPEN_SQL} AND t.assigned <= ?{p}
                     AND NOT EXISTS (SELECT 1 FROM task_events e WHERE e.task_id = t.id
                                     AND e.date > ?{p} AND e.deleted_at IS NULL)
                     AND NOT EXISTS (SELECT 1 FROM entries n WHERE n.task_id = t.id
                                     AND n.date > ?{p} AND n.deleted_at IS NULL)"
                )
            }
        },
    }
}

/// The latest last-touch date that makes an open task stale on `asof.today`: a task is
/// stale when `today - last_touched >= stale_days`, i.e. `last_touched <= today - stale_days`.
/// None when that day is before the first day chrono knows (no task can be stale).
pub fn stale_cutoff(asof: Asof) -> Option<NaiveDate> {
    asof.today
        .checked_sub_days(chrono::Days::new(u64::from(asof.stale_days)))
}

/// The tasks of a derived state as `list_tasks` gives them (unit now, open blockers),
/// but only the first `limit` of them read and completed; `total` counts them all.
/// `None` reads them all. `worklog status` shows ten rows a section: with this its cost
/// follows the rows it shows, not the number of open tasks.
pub fn state_page(Db(conn): Db<'_>, state: TaskState, limit: Option<usize>, asof: Asof) -> Result<Page> {
    let mut args: Vec<Box<dyn rusqlite::ToSql>> = Vec::new();
    let cond = state_cond(state, asof, &mut args);
    let params: Vec<&dyn rusqlite::ToSql> = args.iter().map(|b| b.as_ref()).collect();
    let page = page_where(conn, &cond, &params, limit, asof, task_row_unit)?;
    Ok(Page {
        rows: complete(conn, page.rows, asof)?,
        total: page.total,
    })
}

/// A selection of live tasks, ordered like listings: every condition given must hold.
#[derive(Debug, Clone, Copy, Default)]
pub struct TaskQuery<'a> {
    /// Tasks of this plan (a period label: `2022-W50`, `2022-12`).
    pub plan: Option<&'a str>,
    /// Open tasks due between these days, both included (the tasks_due index serves it).
    pub due_between: Option<(NaiveDate, NaiveDate)>,
    /// Only the first rows read (`None`: all); the page's `total` counts them all.
    pub limit: Option<usize>,
}

/// The tasks `q` selects, as they are in the tasks table (no unit history, no blockers).
/// Plans and status read their sections through it.
pub fn query_tasks(Db(conn): Db<'_>, q: &TaskQuery<'_>, asof: Asof) -> Result<Page> {
    let mut args: Vec<Box<dyn rusqlite::ToSql>> = Vec::new();
    let mut conds: Vec<String> = Vec::new();
    if let Some(plan) = q.plan {
        args.push(Box::new(plan.to_string()));
        conds.push(format!("t.plan = ?{}", args.len()));
    }
    if let Some((from, to)) = q.due_between {
        args.push(Box::new(from));
        args.push(Box::new(to));
        let n = args.len();
        conds.push(format!("t.due BETWEEN ?{} AND ?{n} AND {OPEN_SQL}", n - 1));
    }
    let cond = if conds.is_empty() {
        "1".to_string()
    } else {
        conds.join(" AND ")
    };
    let params: Vec<&dyn rusqlite::ToSql> = args.iter().map(|b| b.as_ref()).collect();
    page_where(conn, &cond, &params, q.limit, asof, task_row)
}

fn page_where<T>(
    conn: &Connection,
    cond: &str,
    args: &[&dyn rusqlite::ToSql],
    limit: Option<usize>,
    asof: Asof,
    read: fn(&Row, Asof) -> rusqlite::Result<T>,
) -> Result<Page<T>> {
    let rows: Vec<T> = match limit {
        None => {
            let sql = format!("{TASK_SELECT} WHERE t.deleted_at IS NULL AND ({cond}) ORDER BY {TASK_ORDER}");
            let mut st = conn.prepare(&sql)?;
            st.query_map(args, |r| read(r, asof))?
                .collect::<rusqlite::Result<_>>()?
        }
        // The page's ids first: SQLite computes the result columns (last touch, tags,
        // documents: correlated lookups) before it sorts, so sorting the full rows would
        // compute them for every match, not only for the rows kept. The rows of those ids
        // then come through one statement whatever the condition, compiled once for all
        // the pages a command reads (status reads four; SPEC §10 P7).
        Some(n) => {
            let ids: Vec<i64> = conn
                .prepare(&format!(
                    "SELECT t.id FROM tasks t WHERE t.deleted_at IS NULL AND ({cond})
                      ORDER BY {TASK_ORDER} LIMIT {n}"
                ))?
                .query_map(args, |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            if ids.is_empty() {
                Vec::new()
            } else {
                let list = format!(
                    "[{}]",
                    ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
                );
                let mut st = conn.prepare_cached(&format!(
                    "{TASK_SELECT} WHERE t.id IN (SELECT value FROM json_each(?1)) ORDER BY {TASK_ORDER}"
                ))?;
                st.query_map([list], |r| read(r, asof))?
                    .collect::<rusqlite::Result<_>>()?
            }
        }
    };
    let total = match limit {
        Some(n) if rows.len() >= n => {
            let sql = format!("SELECT count(*) FROM tasks t WHERE t.deleted_at IS NULL AND ({cond})");
            let c: i64 = conn.query_row(&sql, args, |r| r.get(0))?;
            usize::try_from(c).unwrap_or(usize::MAX)
        }
        _ => rows.len(),
    };
    Ok(Page { rows, total })
}

/// Tasks matching a condition on `t` (the tasks table), ordered like listings.
fn tasks_where(
    conn: &Connection,
    cond: &str,
    args: &[&dyn rusqlite::ToSql],
    asof: Asof,
) -> Result<Vec<Task>> {
    Ok(page_where(conn, cond, args, None, asof, task_row)?.rows)
}

/// Unfinished tasks of plans of the same kind as `label` that come before it: week labels
/// (`2022-W50`) and month labels (`2022-12`) sort in time order as text.
pub fn unfinished_before(Db(conn): Db<'_>, label: &str, week: bool, asof: Asof) -> Result<Vec<Task>> {
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
pub fn timeline(Db(conn): Db<'_>, task: &Task) -> Result<Vec<TimelineItem>> {
    let mut items = vec![TimelineItem {
        id: None,
        date: task.assigned,
        event: Event::Created,
        text: None,
        from_plan: None,
        to_plan: initial_plan(Db(conn), task)?,
        from: None,
        to: None,
    }];
    let mut st = conn.prepare(
        "SELECT id, date, kind, text, from_plan, to_plan FROM task_events
         WHERE task_id = ?1 AND deleted_at IS NULL ORDER BY date, id",
    )?;
    let events = st.query_map([task.id], |r| {
        Ok(TimelineItem {
            id: Some(r.get(0)?),
            date: r.get(1)?,
            event: super::keyed(r, 2, "task_events", "kind")?,
            text: r.get(3)?,
            from_plan: r.get(4)?,
            to_plan: r.get(5)?,
            from: None,
            to: None,
        })
    })?;
    for e in events {
        items.push(e?);
    }
    items.extend(super::edits::task_changes(Db(conn), task.id)?);
    let mut st = conn.prepare(
        "SELECT id, date, text FROM entries WHERE task_id = ?1 AND deleted_at IS NULL ORDER BY date, id",
    )?;
    let entries = st.query_map([task.id], |r| {
        Ok(TimelineItem {
            id: Some(r.get(0)?),
            date: r.get(1)?,
            event: Event::Entry,
            text: r.get(2)?,
            from_plan: None,
            to_plan: None,
            from: None,
            to: None,
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
pub fn initial_plan(Db(conn): Db<'_>, task: &Task) -> Result<Option<String>> {
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
        let id = records::next_id(Db(conn), records::RecordKind::Task)?;
        let now = self.stamp();
        conn.execute(
            "INSERT INTO tasks(id, title, priority, due, plan, unit_id, major, field, assigned, created_at, updated_at)
             VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?10)",
            params![id, t.title, t.priority.as_str(), t.due, t.plan, t.unit, t.major, t.field, assigned, now],
        )?;
        set_links(conn, id, &[], &t.tags, &t.docs)?;
        Ok(id)
    }

    /// Adds a timeline event (it takes an id of its own: notes can be cited).
    pub fn add_task_event(
        &self,
        task: i64,
        date: NaiveDate,
        kind: Event,
        text: Option<&str>,
        plans: (Option<&str>, Option<&str>),
    ) -> Result<i64> {
        let conn = self.conn();
        let id = records::next_id(Db(conn), records::RecordKind::Note)?;
        let now = self.stamp();
        conn.execute(
            "INSERT INTO task_events(id, task_id, date, kind, text, from_plan, to_plan, created_at, updated_at)
             VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?8)",
            params![id, task, date, kind.as_str(), text, plans.0, plans.1, now],
        )?;
        Ok(id)
    }

    /// Sets a task's status; `closed_on` for done/dropped, `started_on` for doing.
    pub fn set_task_status(&self, id: i64, status: TaskStatus, date: NaiveDate) -> Result<()> {
        let now = self.stamp();
        let conn = self.conn();
        match status {
            TaskStatus::Doing => conn.execute(
                "UPDATE tasks SET status = 'doing', started_on = ?2, closed_on = NULL, updated_at = ?3 WHERE id = ?1",
                params![id, date, now],
            )?,
            TaskStatus::Done | TaskStatus::Dropped => conn.execute(
                "UPDATE tasks SET status = ?2, closed_on = ?3, updated_at = ?4 WHERE id = ?1",
                params![id, status.as_str(), date, now],
            )?,
            TaskStatus::Todo => conn.execute(
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
        list_tasks(Db(self.conn()), f, asof)
    }
}

/// The plans open tasks are in (distinct labels, in label order).
pub fn open_plan_labels(Db(conn): Db<'_>) -> Result<Vec<String>> {
    let mut st = conn.prepare(&format!(
        "SELECT DISTINCT t.plan FROM tasks t
         WHERE t.deleted_at IS NULL AND {OPEN_SQL} AND t.plan IS NOT NULL ORDER BY t.plan"
    ))?;
    let rows = st
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(rows)
}

/// The open tasks that may belong to the period `from..=to` after a report's: due in it,
/// or in one of `plans` (the caller names the plans that start in it). Only what the
/// "next period" section of a report shows is read (id, title, due, plan), in the order
/// of listings, so a month report costs about the same with two thousand open tasks.
pub fn next_candidates(
    Db(conn): Db<'_>,
    from: NaiveDate,
    to: NaiveDate,
    plans: &[String],
) -> Result<Vec<crate::report::input::NextCandidate>> {
    let mut args: Vec<Box<dyn rusqlite::ToSql>> = vec![Box::new(from), Box::new(to)];
    let mut marks = Vec::new();
    for p in plans {
        args.push(Box::new(p.clone()));
        marks.push(format!("?{}", args.len()));
    }
    let in_plans = if marks.is_empty() {
        String::new()
    } else {
        format!(" OR t.plan IN ({})", marks.join(", "))
    };
    let sql = format!(
        "SELECT t.id, t.title, t.due, t.plan FROM tasks t
         WHERE t.deleted_at IS NULL AND {OPEN_SQL}
           AND ((t.due >= ?1 AND t.due <= ?2){in_plans})
         ORDER BY {TASK_ORDER}"
    );
    let mut st = conn.prepare(&sql)?;
    let rows = st
        .query_map(rusqlite::params_from_iter(args.iter()), |r| {
            Ok(crate::report::input::NextCandidate {
                id: r.get(0)?,
                title: r.get(1)?,
                due: r.get(2)?,
                plan: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

#[cfg(test)]
mod tests {
    //! The SQL selections of `overdue` and `stale` (`state_cond`) against the flags
    //! `task_row` computes for every row in Rust — the definition listings show — on a
    //! hand-made tricky set and on generated data, for several days and thresholds.

    use super::*;
    use crate::clock::Clock;
    use crate::model::UnitKind;
    use crate::store::blockers::NewBlocker;
    use crate::store::entries::NewEntry;
    use chrono::Days;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn new_task(title: &str, due: Option<&str>, unit: Option<i64>) -> NewTask {
        NewTask {
            title: title.into(),
            due: due.map(d),
            priority: Priority::Normal,
            unit,
            ..NewTask::default()
        }
    }

    fn entry(tx: &WriteTx, task: i64, date: NaiveDate) -> i64 {
        tx.insert_entry(&NewEntry {
            date: Some(date),
            text: "Làm việc".into(),
            kind: "other".into(),
            task: Some(task),
            ..NewEntry::default()
        })
        .unwrap()
    }

    fn ids(v: &[Task]) -> Vec<i64> {
        v.iter().map(|t| t.id).collect()
    }

    /// Every way of reading a derived state gives the tasks whose Rust flag is set, in
    /// listing order, with the same content (unit now, blockers).
    fn assert_same_selection(conn: &Connection, asof: Asof) {
        let all = list_tasks(
            Db(conn),
            &TaskFilter {
                state: TaskState::All,
                ..TaskFilter::default()
            },
            asof,
        )
        .unwrap();
        for (state, flag) in [
            (TaskState::Stale, (|t: &Task| t.stale) as fn(&Task) -> bool),
            (TaskState::Overdue, |t: &Task| t.overdue),
            (TaskState::Open, |t: &Task| t.is_open()),
        ] {
            let want: Vec<Task> = all.iter().filter(|t| flag(t)).cloned().collect();
            let got = list_tasks(
                Db(conn),
                &TaskFilter {
                    state,
                    ..TaskFilter::default()
                },
                asof,
            )
            .unwrap();
            assert_eq!(ids(&got), ids(&want), "{state:?} on {asof:?}");
            assert_eq!(got, want, "{state:?} on {asof:?}");
            for limit in [0, 1, 3, 10, 1000] {
                let page = state_page(Db(conn), state, Some(limit), asof).unwrap();
                assert_eq!(page.total, want.len(), "{state:?} {limit} on {asof:?}");
                assert_eq!(
                    page.rows,
                    want[..limit.min(want.len())],
                    "{state:?} {limit} on {asof:?}"
                );
            }
            let page = state_page(Db(conn), state, None, asof).unwrap();
            assert_eq!((page.rows, page.total), (want.clone(), want.len()));
        }
        // The status sections read through query_tasks: a prefix and the count.
        let sql = "SELECT count(*) FROM tasks t WHERE t.deleted_at IS NULL AND (t.plan = ?1)";
        let plan = query_plan(conn, sql, &[&"2022-W51"]);
        assert!(
            plan.len() == 1 && plan[0].contains("tasks_live_plan (plan=?)"),
            "{plan:?}"
        );
        let (from, to) = (asof.today, asof.today + Days::new(7));
        let mut q = TaskQuery {
            due_between: Some((from, to)),
            ..TaskQuery::default()
        };
        let due = query_tasks(Db(conn), &q, asof).unwrap().rows;
        q.limit = Some(2);
        let page = query_tasks(Db(conn), &q, asof).unwrap();
        assert_eq!(page.total, due.len());
        assert_eq!(page.rows, due[..2.min(due.len())]);
    }

    fn asofs(days: &[&str]) -> Vec<Asof> {
        let mut v = Vec::new();
        for today in days {
            for stale_days in [0, 1, 7, 14, 30, u32::MAX] {
                v.push(Asof {
                    today: d(today),
                    stale_days,
                });
            }
        }
        v
    }

    /// A row holding a status this build does not know is a `BadValue`, not a panic or
    /// a silent default (the schema's CHECK is bypassed to plant one).
    /// `next_candidates` reads a superset of what the next-period section keeps, so
    /// filtering its rows gives exactly what filtering every open task gives.
    #[test]
    fn next_candidates_keep_what_the_next_period_section_keeps() {
        let mut store = Store::in_memory(Clock::fixed(d("2022-12-21"))).unwrap();
        let tx = store.begin_unjournaled().unwrap();
        let add = |title: &str, due: Option<&str>, plan: Option<&str>| {
            let mut t = new_task(title, due, None);
            t.plan = plan.map(str::to_string);
            tx.insert_task(&t, d("2022-12-01")).unwrap()
        };
        add("due in January", Some("2023-01-10"), None);
        add("due in December", Some("2022-12-20"), None);
        add("planned for a January week", None, Some("2023-W02"));
        add("planned for December", None, Some("2022-12"));
        add("due in February", Some("2023-02-01"), None);
        let done = add("done, due in January", Some("2023-01-05"), None);
        tx.set_task_status(done, TaskStatus::Done, d("2022-12-10"))
            .unwrap();
        add(
            "planned for January, due in March",
            Some("2023-03-01"),
            Some("2023-01"),
        );
        let asof = Asof {
            today: d("2022-12-21"),
            stale_days: 14,
        };
        let december = crate::dates::Period::month(2022, 12).unwrap();
        let (from, to) = december.following_days();
        let start = |label: &str| {
            crate::dates::parse_period(label, d("2022-12-21"), &crate::calendar::Calendar::default())
                .ok()
                .map(|p| p.from)
        };
        let all: Vec<crate::report::input::NextCandidate> = list_tasks(tx.db(), &TaskFilter::default(), asof)
            .unwrap()
            .into_iter()
            .map(|t| crate::report::input::NextCandidate {
                id: t.id,
                title: t.title,
                due: t.due,
                plan: t.plan,
            })
            .collect();
        let plans: Vec<String> = open_plan_labels(tx.db())
            .unwrap()
            .into_iter()
            .filter(|l| start(l).is_some_and(|s| from <= s && s <= to))
            .collect();
        assert_eq!(plans, ["2023-01", "2023-W02"]);
        let some = next_candidates(tx.db(), from, to, &plans).unwrap();
        let kept = crate::report::month::next_tasks(&december, &some, start);
        assert_eq!(kept, crate::report::month::next_tasks(&december, &all, start));
        let titles: Vec<&str> = kept.iter().map(|t| t.title.as_str()).collect();
        assert_eq!(
            titles,
            // in the order of listings: by due date, undated last
            [
                "due in January",
                "planned for January, due in March",
                "planned for a January week"
            ]
        );
    }

    #[test]
    fn an_unknown_status_in_a_row_is_a_bad_value() {
        let mut store = Store::in_memory(Clock::fixed(d("2022-12-21"))).unwrap();
        let tx = store.begin_unjournaled().unwrap();
        let id = tx
            .insert_task(&new_task("Việc", None, None), d("2022-12-01"))
            .unwrap();
        let asof = Asof {
            today: d("2022-12-21"),
            stale_days: 14,
        };
        assert_eq!(get_task(tx.db(), id, asof).unwrap().status, TaskStatus::Todo);
        tx.conn()
            .execute_batch("PRAGMA ignore_check_constraints = ON")
            .unwrap();
        tx.conn()
            .execute("UPDATE tasks SET status = 'waiting' WHERE id = ?1", [id])
            .unwrap();
        match get_task(tx.db(), id, asof) {
            Err(Error::BadValue { table, column, value }) => {
                assert_eq!((table, column, value.as_str()), ("tasks", "status", "waiting"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn stale_and_overdue_in_sql_match_the_derived_flags_on_tricky_tasks() {
        let mut store = Store::in_memory(Clock::fixed(d("2022-12-21"))).unwrap();
        let tx = store.begin_unjournaled().unwrap();
        let old = tx
            .add_unit("ldtbxh", "Sở Lao động", UnitKind::Department)
            .unwrap();
        let new = tx.add_unit("snv", "Sở Nội vụ", UnitKind::Department).unwrap();
        tx.retire_unit(old, d("2022-12-01"), Some(new)).unwrap();
        let assigned = d("2022-11-01");
        let add = |title: &str, due: Option<&str>, unit: Option<i64>| {
            tx.insert_task(&new_task(title, due, unit), assigned).unwrap()
        };
        // Touched only by a linked entry (recent), and only by a note (recent).
        let by_entry = add("Chỉ có nhật ký", None, None);
        entry(&tx, by_entry, d("2022-12-19"));
        let by_note = add("Chỉ có ghi chú", None, None);
        tx.add_task_event(
            by_note,
            d("2022-12-20"),
            Event::Note,
            Some("Đã gọi"),
            (None, None),
        )
        .unwrap();
        // A move and a start also touch.
        let moved = add("Đã chuyển", None, None);
        tx.add_task_event(
            moved,
            d("2022-12-15"),
            Event::Move,
            None,
            (Some("2022-W49"), Some("2022-W51")),
        )
        .unwrap();
        let started = add("Đang làm", Some("2022-12-10"), None);
        tx.add_task_event(started, d("2022-12-12"), Event::Start, None, (None, None))
            .unwrap();
        tx.set_task_status(started, TaskStatus::Doing, d("2022-12-12"))
            .unwrap();
        // Back-dated done: its due passed and nothing touched it since, yet it is closed.
        let done = add("Xong từ trước", Some("2022-11-10"), None);
        tx.add_task_event(done, d("2022-11-05"), Event::Done, None, (None, None))
            .unwrap();
        tx.set_task_status(done, TaskStatus::Done, d("2022-11-05"))
            .unwrap();
        let dropped = add("Bỏ", Some("2022-11-10"), None);
        tx.set_task_status(dropped, TaskStatus::Dropped, d("2022-11-06"))
            .unwrap();
        // A retired unit's task, overdue and blocked: its successor is responsible now.
        let retired = add("Của đơn vị đã giải thể", Some("2022-12-20"), Some(old));
        tx.insert_blocker(&NewBlocker {
            text: "Thiếu hồ sơ".into(),
            unit: new,
            task: Some(retired),
            raised_on: d("2022-12-02"),
            ..NewBlocker::default()
        })
        .unwrap();
        // Touches that were deleted do not count; touches before the cutoff are old.
        let deleted_note = add("Ghi chú đã xoá", None, None);
        let n = tx
            .add_task_event(
                deleted_note,
                d("2022-12-20"),
                Event::Note,
                Some("x"),
                (None, None),
            )
            .unwrap();
        records::soft_delete(tx.db(), n, "2022-12-20T08:00:00").unwrap();
        let deleted_entry = add("Nhật ký đã xoá", None, None);
        let e = entry(&tx, deleted_entry, d("2022-12-20"));
        records::soft_delete(tx.db(), e, "2022-12-20T08:00:00").unwrap();
        let old_entry = add("Nhật ký cũ", None, None);
        entry(&tx, old_entry, d("2022-11-20"));
        // Exactly at the threshold (14 days before the 21st) and one day inside it.
        let at_cutoff = add("Đúng ngưỡng", None, None);
        tx.add_task_event(at_cutoff, d("2022-12-07"), Event::Note, Some("a"), (None, None))
            .unwrap();
        let inside = add("Trong ngưỡng", None, None);
        entry(&tx, inside, d("2022-12-08"));
        let fresh = tx
            .insert_task(&new_task("Mới giao", Some("2022-12-21"), None), d("2022-12-20"))
            .unwrap();
        let gone = add("Đã xoá", Some("2022-11-02"), None);
        records::soft_delete(tx.db(), gone, "2022-12-01T08:00:00").unwrap();
        tx.finish("", false).unwrap();
        let conn = store.conn();

        let asof = Asof {
            today: d("2022-12-21"),
            stale_days: 14,
        };
        let stale = ids(&list_tasks(
            Db(conn),
            &TaskFilter {
                state: TaskState::Stale,
                ..TaskFilter::default()
            },
            asof,
        )
        .unwrap());
        let mut want_stale = vec![retired, deleted_note, deleted_entry, old_entry, at_cutoff];
        want_stale.sort_by_key(|id| (*id != retired, *id));
        assert_eq!(stale, want_stale);
        let overdue = state_page(Db(conn), TaskState::Overdue, Some(10), asof).unwrap();
        assert_eq!(ids(&overdue.rows), vec![started, retired]);
        let r = &overdue.rows[1];
        assert_eq!(r.unit.as_deref(), Some("ldtbxh"));
        assert_eq!(r.unit_now.as_deref(), Some("snv"));
        assert_eq!(r.blockers.len(), 1);
        assert!(!stale.contains(&fresh) && !stale.contains(&done) && !stale.contains(&dropped));

        for asof in asofs(&[
            "2022-11-01",
            "2022-11-15",
            "2022-12-07",
            "2022-12-21",
            "2023-03-01",
        ]) {
            assert_same_selection(conn, asof);
        }
    }

    #[test]
    fn stale_and_overdue_in_sql_match_the_derived_flags_on_generated_tasks() {
        let mut store = Store::in_memory(Clock::fixed(d("2022-12-21"))).unwrap();
        let tx = store.begin_unjournaled().unwrap();
        let old = tx
            .add_unit("ldtbxh", "Sở Lao động", UnitKind::Department)
            .unwrap();
        let new = tx.add_unit("snv", "Sở Nội vụ", UnitKind::Department).unwrap();
        tx.retire_unit(old, d("2022-12-01"), Some(new)).unwrap();
        // A small deterministic generator (no dependency, same data every run).
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut r = |n: u64| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) % n
        };
        let base = d("2022-10-01");
        let day = |n: u64| base + Days::new(n);
        for i in 0..300 {
            let assigned = day(r(60));
            let due = (r(4) != 0).then(|| day(r(120)));
            let unit = [None, Some(old), Some(new)][r(3) as usize];
            let id = tx
                .insert_task(
                    &NewTask {
                        due,
                        ..new_task(&format!("Việc {i}"), None, unit)
                    },
                    assigned,
                )
                .unwrap();
            let touch = |k: u64| assigned + Days::new(k);
            for _ in 0..r(4) {
                let kind = [Event::Note, Event::Move, Event::Start, Event::Reopen][r(4) as usize];
                let e = tx
                    .add_task_event(id, touch(r(60)), kind, None, (None, None))
                    .unwrap();
                if r(5) == 0 {
                    records::soft_delete(tx.db(), e, "2022-12-01T08:00:00").unwrap();
                }
            }
            for _ in 0..r(3) {
                let e = entry(&tx, id, touch(r(60)));
                if r(5) == 0 {
                    records::soft_delete(tx.db(), e, "2022-12-01T08:00:00").unwrap();
                }
            }
            match r(5) {
                0 => tx.set_task_status(id, TaskStatus::Doing, touch(r(30))).unwrap(),
                1 => tx.set_task_status(id, TaskStatus::Done, touch(r(30))).unwrap(),
                2 => tx.set_task_status(id, TaskStatus::Dropped, touch(r(30))).unwrap(),
                _ => {}
            }
            if r(10) == 0 {
                records::soft_delete(tx.db(), id, "2022-12-01T08:00:00").unwrap();
            }
            if r(8) == 0 {
                tx.insert_blocker(&NewBlocker {
                    text: "Vướng".into(),
                    unit: new,
                    task: Some(id),
                    raised_on: assigned,
                    ..NewBlocker::default()
                })
                .unwrap();
            }
        }
        tx.finish("", false).unwrap();
        let conn = store.conn();
        // Several days across the data, so that every state has members and non-members.
        for asof in asofs(&["2022-10-15", "2022-11-20", "2022-12-21", "2023-02-15"]) {
            assert_same_selection(conn, asof);
        }
        let some = state_page(
            Db(conn),
            TaskState::Stale,
            Some(1),
            Asof {
                today: d("2022-12-21"),
                stale_days: 14,
            },
        )
        .unwrap();
        assert!(some.total > 10, "the generated data should hold stale tasks");
    }

    fn query_plan(conn: &Connection, sql: &str, args: &[&dyn rusqlite::ToSql]) -> Vec<String> {
        conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .unwrap()
            .query_map(args, |r| r.get::<_, String>(3))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    }

    /// The plan lines that read `table` (by its alias).
    fn reading<'a>(plan: &'a [String], table: &str) -> Vec<&'a String> {
        plan.iter()
            .filter(|l| l.split_whitespace().nth(1) == Some(table))
            .collect()
    }

    /// Each derived state is a range seek in an index of live tasks by state (never a
    /// walk over every open task), and the stale condition reaches the timeline and the
    /// linked entries with one seek per candidate, never a scan of either table.
    #[test]
    fn derived_states_seek_their_indexes() {
        let store = Store::in_memory(Clock::fixed(d("2022-12-21"))).unwrap();
        let conn = store.conn();
        let asof = Asof {
            today: d("2022-12-21"),
            stale_days: 14,
        };
        for (state, index, range) in [
            (TaskState::Overdue, "tasks_live_due", "due<?"),
            (TaskState::Stale, "tasks_live_assigned", "assigned<?"),
        ] {
            let mut args: Vec<Box<dyn rusqlite::ToSql>> = Vec::new();
            let cond = state_cond(state, asof, &mut args);
            let params: Vec<&dyn rusqlite::ToSql> = args.iter().map(|b| b.as_ref()).collect();
            let sql = format!("SELECT count(*) FROM tasks t WHERE t.deleted_at IS NULL AND ({cond})");
            let plan = query_plan(conn, &sql, &params);
            let tasks = reading(&plan, "t");
            assert_eq!(tasks.len(), 1, "{plan:?}");
            assert!(
                tasks[0].starts_with("SEARCH") && tasks[0].contains(index) && tasks[0].contains(range),
                "{state:?}: {plan:?}"
            );
            if state == TaskState::Stale {
                let events = reading(&plan, "e");
                let entries = reading(&plan, "n");
                assert!(!events.is_empty() && !entries.is_empty(), "{plan:?}");
                for l in events {
                    assert!(
                        l.starts_with("SEARCH") && l.contains("task_events_task (task_id=? AND date>?)"),
                        "{plan:?}"
                    );
                }
                for l in entries {
                    assert!(
                        l.starts_with("SEARCH") && l.contains("entries_task_date (task_id=? AND date>?)"),
                        "{plan:?}"
                    );
                }
            }
        }
        let sql = "SELECT count(*) FROM tasks t WHERE t.deleted_at IS NULL AND (t.plan = ?1)";
        let plan = query_plan(conn, sql, &[&"2022-W51"]);
        assert!(
            plan.len() == 1 && plan[0].contains("tasks_live_plan (plan=?)"),
            "{plan:?}"
        );
        let (from, to) = (asof.today, asof.today + Days::new(7));
        let sql = "SELECT count(*) FROM tasks t WHERE t.deleted_at IS NULL
                   AND (t.due BETWEEN ?1 AND ?2 AND t.status IN ('todo','doing'))";
        let plan = query_plan(conn, sql, &[&from, &to]);
        let tasks = reading(&plan, "t");
        assert!(
            tasks.len() == 1 && tasks[0].contains("tasks_live_due (status=? AND due>? AND due<?)"),
            "{plan:?}"
        );
    }
}
