//! `worklog task`: things to be done, their status and timeline. A task with a unit is a
//! follow-up: work assigned to that agency, which the official must chase.

use crate::app::Ctx;
use crate::dates::{Dir, PeriodKind, parse_date, parse_period};
use crate::error::{Error, Result};
use crate::i18n::{M, s, t};
use crate::model::{PRIORITIES, Task, TimelineItem};
use crate::render::{Listing, View, to_json};
use crate::store::tasks::{Asof, NewTask, TaskFilter, TaskState, get_task, live_task, timeline};
use crate::store::{self, WriteTx};
use crate::text::shorthand;
use chrono::NaiveDate;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Add a task: worklog task add "Báo cáo quý" --due +5wd -u ldtbxh
    Add(AddArgs),
    /// List tasks (open ones unless told otherwise)
    List(ListArgs),
    /// Mark a task as started
    Start(StatusArgs),
    /// Mark a task as done
    Done(StatusArgs),
    /// Drop a task (it will not be done)
    Drop(StatusArgs),
    /// Add a progress note to a task's timeline (e.g. the unit's answer)
    Note {
        /// The task's id
        #[arg(value_parser = crate::input::parse_id)]
        id: i64,
        /// The note
        #[arg(required = true, num_args = 1..)]
        text: Vec<String>,
        /// The day of the note (default: today)
        #[arg(short = 'd', long, value_name = "DATE", allow_hyphen_values = true)]
        date: Option<String>,
    },
    /// Carry a task to another plan period (a week or a month)
    Move {
        /// The task's id
        #[arg(value_parser = crate::input::parse_id)]
        id: i64,
        /// The period: week, 2022-W51, month, 2023-01…
        period: String,
        /// Why it moves
        #[arg(long)]
        reason: Option<String>,
    },
}

/// The options of `task add`, shared with `plan add`.
#[derive(Debug, clap::Args, Clone, Default)]
pub struct TaskOpts {
    /// Due date: 20/12, t6, +5wd, eom, tet…
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub due: Option<String>,
    /// high, normal or low
    #[arg(short = 'p', long, value_name = "PRIORITY")]
    pub priority: Option<String>,
    /// The plan period it belongs to: week, month, 2022-W50, 2022-12
    #[arg(long, value_name = "PERIOD")]
    pub plan: Option<String>,
    /// The responsible unit (makes it a follow-up)
    #[arg(short = 'u', long, value_name = "UNIT")]
    pub unit: Option<String>,
    /// A major scheme or policy (Đề án): listed first in follow-up reports
    #[arg(long)]
    pub major: bool,
    /// A document number it rests on (repeatable)
    #[arg(long = "doc", value_name = "NUMBER")]
    pub docs: Vec<String>,
    /// Field (sector) key
    #[arg(short = 'f', long, value_name = "FIELD")]
    pub field: Option<String>,
}

#[derive(Debug, clap::Args)]
#[command(
    after_long_help = "Examples:\n  worklog task add \"Báo cáo sơ kết quý IV\" --due 20/12 -p high --plan week\n  worklog task add \"Triển khai Đề án 06 @ldtbxh\" --due eom --major"
)]
pub struct AddArgs {
    /// What is to be done (#tag and @unit work here too)
    #[arg(required = true, num_args = 1..)]
    pub title: Vec<String>,
    #[command(flatten)]
    pub opts: TaskOpts,
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Open tasks (the default)
    #[arg(long, group = "state")]
    pub open: bool,
    /// Done tasks
    #[arg(long, group = "state")]
    pub done: bool,
    /// Open tasks past their due date
    #[arg(long, group = "state")]
    pub overdue: bool,
    /// Open tasks nothing has touched for `stale_days`
    #[arg(long, group = "state")]
    pub stale: bool,
    /// Every task, whatever its status
    #[arg(long, group = "state")]
    pub all: bool,
    /// Only tasks assigned to this unit
    #[arg(short = 'u', long)]
    pub unit: Option<String>,
    /// Only tasks of this plan period
    #[arg(long, value_name = "PERIOD")]
    pub plan: Option<String>,
    /// Only major schemes
    #[arg(long)]
    pub major: bool,
}

#[derive(Debug, clap::Args)]
pub struct StatusArgs {
    /// The task's id
    #[arg(value_parser = crate::input::parse_id)]
    pub id: i64,
    /// The day it happened (default: today)
    #[arg(short = 'd', long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<String>,
    /// A note for the timeline
    #[arg(long)]
    pub note: Option<String>,
}

pub fn asof(ctx: &Ctx) -> Asof {
    Asof {
        today: ctx.today(),
        stale_days: ctx.config.stale_days,
    }
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<View> {
    match cmd {
        Cmd::Add(a) => add(ctx, crate::input::user_text(&a.title.join(" "))?, &a.opts, None),
        Cmd::List(a) => list(ctx, a),
        Cmd::Start(a) => status(ctx, a, "doing"),
        Cmd::Done(a) => status(ctx, a, "done"),
        Cmd::Drop(a) => status(ctx, a, "dropped"),
        Cmd::Note { id, text, date } => note(ctx, id, &text.join(" "), date.as_deref()),
        Cmd::Move { id, period, reason } => move_task(ctx, id, &period, reason.as_deref()),
    }
}

/// A plan period as stored: the label of a week or a month.
pub fn plan_label(ctx: &Ctx, input: &str) -> Result<crate::dates::Period> {
    let p = parse_period(input, ctx.today(), ctx.cal())?;
    if !matches!(p.kind, PeriodKind::Week | PeriodKind::Month) {
        return Err(Error::input(M::NotAPlanPeriod, &[&input]).hint(M::NotAPlanPeriodHint, &[]));
    }
    Ok(p)
}

/// Creates a task; `plan` overrides `--plan` (used by `plan add`).
pub fn add(ctx: &Ctx, title: String, o: &TaskOpts, plan: Option<String>) -> Result<View> {
    let plan = match plan {
        Some(p) => Some(p),
        None => o
            .plan
            .as_deref()
            .map(|p| plan_label(ctx, p))
            .transpose()?
            .map(|p| p.label),
    };
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let task = insert(ctx, &tx, title, o, plan)?;
    tx.finish(&t(M::UndoTaskAdd, &[&task.id]), ctx.dry_run)?;
    added_view(&task)
}

/// The line and record a created task is shown with.
pub fn added_view(task: &Task) -> Result<View> {
    let due_text = match task.due {
        Some(d) => t(M::TaskDueOn, &[&crate::i18n::day(d)]),
        None => s(M::TaskNoDue).to_string(),
    };
    Ok(View::Record {
        line: t(M::TaskAdded, &[&task.id, &due_text]),
        json: to_json(task)?,
    })
}

/// Inserts a task inside a writing command's transaction; `plan` is a resolved label.
pub fn insert(ctx: &Ctx, tx: &WriteTx, title: String, o: &TaskOpts, plan: Option<String>) -> Result<Task> {
    let due = o
        .due
        .as_deref()
        .map(|d| parse_date(d, ctx.today(), Dir::Future, ctx.cal()))
        .transpose()?;
    let priority = match o.priority.as_deref().map(|p| crate::text::fold(p.trim())) {
        None => "normal".to_string(),
        Some(p) => match p.as_str() {
            "high" | "cao" | "h" => "high".into(),
            "normal" | "binh thuong" | "n" => "normal".into(),
            "low" | "thap" | "l" => "low".into(),
            _ => {
                return Err(Error::input(
                    M::BadPriority,
                    &[&o.priority.as_deref().unwrap_or("")],
                ));
            }
        },
    };
    debug_assert!(PRIORITIES.contains(&priority.as_str()));
    let conn = tx.db();
    let sh = shorthand(&title);
    let unit_alias = o.unit.clone().or_else(|| sh.units.first().cloned());
    let unit = unit_alias
        .map(|u| store::units::resolve_unit(conn, &u))
        .transpose()?;
    // Other @units named inline must exist too: a typo is never silently kept.
    for u in sh.units.iter().skip(usize::from(o.unit.is_none())) {
        store::units::resolve_unit(conn, u)?;
    }
    let field = o
        .field
        .as_deref()
        .map(|f| store::units::resolve_field(conn, f))
        .transpose()?;
    let docs = o
        .docs
        .iter()
        .map(|d| crate::text::clean(d.trim()))
        .filter(|d| !d.is_empty())
        .collect();
    let new = NewTask {
        title,
        due,
        priority,
        plan,
        unit,
        major: o.major,
        field,
        tags: sh.tags,
        docs,
    };
    let id = tx.insert_task(&new, ctx.today())?;
    Ok(get_task(tx.db(), id, asof(ctx))?)
}

fn list(ctx: &Ctx, a: ListArgs) -> Result<View> {
    let state = if a.done {
        TaskState::Done
    } else if a.overdue {
        TaskState::Overdue
    } else if a.stale {
        TaskState::Stale
    } else if a.all {
        TaskState::All
    } else {
        TaskState::Open
    };
    let plan = a
        .plan
        .as_deref()
        .map(|p| plan_label(ctx, p))
        .transpose()?
        .map(|p| p.label);
    let store = ctx.store_ro()?;
    let unit = a
        .unit
        .as_deref()
        .map(|u| store::units::resolve_unit(store.db(), u))
        .transpose()?;
    let filter = TaskFilter {
        state,
        unit,
        plan,
        major: a.major,
        followups: false,
    };
    let tasks = store.tasks(&filter, asof(ctx))?;
    Ok(View::Listing(task_listing(&tasks)?))
}

/// The marks every open task or follow-up may carry: major, overdue, stale.
pub fn state_marks(major: bool, overdue: bool, stale: bool) -> Vec<String> {
    [
        (major, M::MarkMajor),
        (overdue, M::MarkOverdue),
        (stale, M::MarkStale),
    ]
    .into_iter()
    .filter(|(on, _)| *on)
    .map(|(_, m)| s(m).to_string())
    .collect()
}

/// The short marks shown beside a task: overdue, stale, carried, major, done late.
pub fn marks(task: &Task) -> String {
    let mut m = state_marks(task.major, task.overdue, task.stale);
    if task.carried > 0 {
        m.push(t(M::MarkCarried, &[&task.carried]));
    }
    if task.done_on_time == Some(false) {
        m.push(s(M::MarkLate).to_string());
    }
    if !task.blockers.is_empty() {
        m.push(s(M::MarkBlocked).to_string());
    }
    // Only open work passes to a successor; closed tasks stay with the unit that did them.
    if let (true, Some(old), Some(now)) = (task.is_open(), &task.unit, &task.unit_now) {
        if old != now {
            m.push(t(M::MarkNowAt, &[now]));
        }
    }
    m.join(", ")
}

pub fn task_listing(tasks: &[Task]) -> Result<Listing> {
    let headers = [
        M::LId,
        M::LTitle,
        M::LStatus,
        M::LPriority,
        M::LDue,
        M::LPlan,
        M::LUnit,
        M::LMarks,
    ]
    .iter()
    .map(|m| s(*m).to_string())
    .collect();
    let rows = tasks
        .iter()
        .map(|t| {
            vec![
                format!("#{}", t.id),
                t.title.clone(),
                crate::render::labels::task_status_label(&t.status).to_string(),
                crate::render::labels::priority_label(&t.priority).to_string(),
                t.due.map(crate::i18n::date).unwrap_or_default(),
                t.plan.clone().unwrap_or_default(),
                t.unit.clone().unwrap_or_default(),
                marks(t),
            ]
        })
        .collect();
    let mut l = Listing::new(headers, rows, &tasks)?;
    l.footer = Some(t(M::TasksCount, &[&tasks.len()]));
    l.empty = Some(s(M::NoResults).to_string());
    Ok(l)
}

fn event_date(ctx: &Ctx, task: &Task, date: Option<&str>) -> Result<NaiveDate> {
    let d = match date {
        Some(d) => parse_date(d, ctx.today(), Dir::Past, ctx.cal())?,
        None => ctx.today(),
    };
    if d < task.assigned {
        return Err(Error::input(
            M::DateBeforeAssigned,
            &[&crate::i18n::date(d), &crate::i18n::date(task.assigned)],
        ));
    }
    Ok(d)
}

fn status(ctx: &Ctx, a: StatusArgs, to: &str) -> Result<View> {
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let task = live_task(tx.db(), a.id, asof(ctx))?;
    if !task.is_open() {
        return Err(Error::input(
            M::TaskAlreadyClosed,
            &[
                &a.id,
                &crate::render::labels::task_status_label(&task.status).to_lowercase(),
            ],
        )
        .hint(M::TaskAlreadyClosedHint, &[&a.id]));
    }
    if to == "doing" && task.status == "doing" {
        return Err(Error::input(M::TaskAlreadyStarted, &[&a.id]));
    }
    let date = event_date(ctx, &task, a.date.as_deref())?;
    let note = a.note.as_deref().map(crate::input::user_text).transpose()?;
    tx.set_task_status(a.id, to, date)?;
    let kind = match to {
        "doing" => "start",
        "done" => "done",
        _ => "drop",
    };
    tx.add_task_event(a.id, date, kind, note.as_deref(), (None, None))?;
    let task = get_task(tx.db(), a.id, asof(ctx))?;
    tx.finish(&t(M::UndoTaskStatus, &[&a.id]), ctx.dry_run)?;
    let m = match to {
        "doing" => M::TaskStarted,
        "done" => M::TaskDone,
        _ => M::TaskDropped,
    };
    Ok(View::Record {
        line: t(m, &[&a.id, &task.title]),
        json: to_json(&task)?,
    })
}

fn note(ctx: &Ctx, id: i64, text: &str, date: Option<&str>) -> Result<View> {
    let text = crate::input::user_text(text)?;
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let task = live_task(tx.db(), id, asof(ctx))?;
    let date = event_date(ctx, &task, date)?;
    let note_id = tx.add_task_event(id, date, "note", Some(&text), (None, None))?;
    tx.finish(&t(M::UndoTaskNote, &[&id]), ctx.dry_run)?;
    Ok(View::Record {
        line: t(M::TaskNoted, &[&note_id, &id]),
        json: serde_json::json!({"id": note_id, "type": "note", "task": id, "date": date, "text": text}),
    })
}

fn move_task(ctx: &Ctx, id: i64, period: &str, reason: Option<&str>) -> Result<View> {
    let target = plan_label(ctx, period)?;
    if target.to < ctx.today() {
        return Err(
            Error::input(M::TaskMoveToPast, &[&target.label, &crate::i18n::date(target.to)])
                .hint(M::TaskMoveToPastHint, &[]),
        );
    }
    let reason = reason.map(crate::input::user_text).transpose()?;
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let task = live_task(tx.db(), id, asof(ctx))?;
    if !task.is_open() {
        return Err(Error::input(
            M::TaskAlreadyClosed,
            &[
                &id,
                &crate::render::labels::task_status_label(&task.status).to_lowercase(),
            ],
        )
        .hint(M::TaskAlreadyClosedHint, &[&id]));
    }
    if task.plan.as_deref() == Some(target.label.as_str()) {
        return Err(Error::input(M::TaskSamePlan, &[&id, &target.label]));
    }
    // Moving out of a plan carries the item; giving a plan to an unplanned task does not.
    let carry = task.plan.is_some();
    tx.move_task(id, Some(&target.label), carry)?;
    tx.add_task_event(
        id,
        ctx.today(),
        "move",
        reason.as_deref(),
        (task.plan.as_deref(), Some(&target.label)),
    )?;
    let task = get_task(tx.db(), id, asof(ctx))?;
    tx.finish(&t(M::UndoTaskMove, &[&id]), ctx.dry_run)?;
    Ok(View::Record {
        line: t(M::TaskMoved, &[&id, &target.label]),
        json: to_json(&task)?,
    })
}

/// The timeline table of `show ID` for a task.
pub fn timeline_listing(conn: crate::store::Db<'_>, task: &Task) -> Result<(Listing, Vec<TimelineItem>)> {
    let items = timeline(conn, task)?;
    let headers = [M::LDate, M::LEvent, M::LId, M::LText]
        .iter()
        .map(|m| s(*m).to_string())
        .collect();
    let rows = items
        .iter()
        .map(|i| {
            let ev = s(match i.event.as_str() {
                "created" => M::ECreated,
                "start" => M::EStart,
                "done" => M::EDone,
                "drop" => M::EDrop,
                "reopen" => M::EReopen,
                "note" => M::ENote,
                "move" => M::EMove,
                _ => M::EEntry,
            });
            let mut text = i.text.clone().unwrap_or_default();
            if i.event == "move" || (i.event == "created" && i.to_plan.is_some()) {
                let plans = format!(
                    "{} → {}",
                    i.from_plan.as_deref().unwrap_or("–"),
                    i.to_plan.as_deref().unwrap_or("–")
                );
                text = if text.is_empty() {
                    plans
                } else {
                    format!("{plans}: {text}")
                };
            }
            vec![
                crate::i18n::date(i.date),
                ev.to_string(),
                i.id.map(|id| format!("#{id}")).unwrap_or_default(),
                text,
            ]
        })
        .collect();
    let mut l = Listing::new(headers, rows, &items)?;
    l.title = Some(s(M::LTimeline).to_string());
    Ok((l, items))
}
