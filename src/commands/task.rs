//! `worklog task`: things to be done, their status and timeline. A task with a unit is a
//! follow-up: work assigned to that agency, which the official must chase.

use crate::app::Ctx;
use crate::dates::{Dir, parse_date};
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use crate::model::Task;
use crate::ops::{TaskOpts, insert_task};
use crate::render::listings::{Saved, TaskList, TaskNote, task_added_line};
use crate::render::{Listing, View};
use crate::store::tasks::{Asof, TaskFilter, TaskState, get_task, live_task, timeline};
use crate::store::{self};
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

/// Transitional, for the commands not yet moved (reports, `show`): `Ctx::task_asof`.
pub fn asof(ctx: &Ctx) -> Asof {
    ctx.task_asof()
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<View> {
    match cmd {
        Cmd::Add(a) => add(ctx, crate::input::user_text(&a.title.join(" "))?, &a.opts),
        Cmd::List(a) => list(ctx, a),
        Cmd::Start(a) => status(ctx, a, "doing"),
        Cmd::Done(a) => status(ctx, a, "done"),
        Cmd::Drop(a) => status(ctx, a, "dropped"),
        Cmd::Note { id, text, date } => note(ctx, id, &text.join(" "), date.as_deref()),
        Cmd::Move { id, period, reason } => move_task(ctx, id, &period, reason.as_deref()),
    }
}

/// A `--plan` period, checked (a week or a month).
fn plan_label(ctx: &Ctx, input: &str) -> Result<crate::dates::Period> {
    crate::input::plan_label(input, ctx.today(), ctx.cal())
}

/// Creates a task.
fn add(ctx: &Ctx, title: String, o: &TaskOpts) -> Result<View> {
    let plan = o
        .plan
        .as_deref()
        .map(|p| plan_label(ctx, p))
        .transpose()?
        .map(|p| p.label);
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let task = insert_task(ctx, &tx, title, o, plan)?;
    tx.finish(&t(M::UndoTaskAdd, &[&task.id]), ctx.dry_run)?;
    Ok(View::Typed(Box::new(Saved::new(task_added_line(&task), task))))
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
        .map(|u| store::units::resolve_unit(store.conn(), u))
        .transpose()?;
    let filter = TaskFilter {
        state,
        unit,
        plan,
        major: a.major,
        followups: false,
    };
    let tasks = store.tasks(&filter, asof(ctx))?;
    Ok(View::Typed(Box::new(TaskList { tasks })))
}

/// Transitional, for `report followups` until it uses `render::listings::state_marks`.
pub fn state_marks(major: bool, overdue: bool, stale: bool) -> Vec<String> {
    crate::render::listings::state_marks(major, overdue, stale)
}

/// Transitional, for `report review` until it uses `render::listings::task_listing`.
pub fn task_listing(tasks: &[Task]) -> Result<Listing> {
    Ok(crate::render::listings::task_listing(tasks))
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
    let task = live_task(tx.conn(), a.id, asof(ctx))?;
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
    let task = get_task(tx.conn(), a.id, asof(ctx))?;
    tx.finish(&t(M::UndoTaskStatus, &[&a.id]), ctx.dry_run)?;
    let m = match to {
        "doing" => M::TaskStarted,
        "done" => M::TaskDone,
        _ => M::TaskDropped,
    };
    Ok(View::Typed(Box::new(Saved::new(
        t(m, &[&a.id, &task.title]),
        task,
    ))))
}

fn note(ctx: &Ctx, id: i64, text: &str, date: Option<&str>) -> Result<View> {
    let text = crate::input::user_text(text)?;
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let task = live_task(tx.conn(), id, asof(ctx))?;
    let date = event_date(ctx, &task, date)?;
    let note_id = tx.add_task_event(id, date, "note", Some(&text), (None, None))?;
    tx.finish(&t(M::UndoTaskNote, &[&id]), ctx.dry_run)?;
    let note = TaskNote {
        id: note_id,
        record: "note",
        task: id,
        date,
        text,
    };
    Ok(View::Typed(Box::new(Saved::new(
        t(M::TaskNoted, &[&note_id, &id]),
        note,
    ))))
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
    let task = live_task(tx.conn(), id, asof(ctx))?;
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
    let task = get_task(tx.conn(), id, asof(ctx))?;
    tx.finish(&t(M::UndoTaskMove, &[&id]), ctx.dry_run)?;
    Ok(View::Typed(Box::new(Saved::new(
        t(M::TaskMoved, &[&id, &target.label]),
        task,
    ))))
}

/// Transitional, for `show ID` until it reads the timeline itself and uses
/// `render::listings::timeline_listing`.
pub fn timeline_listing(
    conn: &rusqlite::Connection,
    task: &Task,
) -> Result<(Listing, Vec<crate::model::TimelineItem>)> {
    let items = timeline(conn, task)?;
    Ok((crate::render::listings::timeline_listing(&items), items))
}
