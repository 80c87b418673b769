//! `task start|done|drop`: a task's status changed, with an event on its timeline.

use super::{ensure_open, event_date};
use crate::app::Ctx;
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use crate::model::{Event, TaskStatus};
use crate::render::View;
use crate::store::tasks::{get_task, live_task};

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

/// Sets the task's status to `to` (doing, done or dropped).
pub fn status(ctx: &Ctx, a: StatusArgs, to: TaskStatus) -> Result<View> {
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let task = live_task(tx.db(), a.id, ctx.task_asof())?;
    ensure_open(&task)?;
    if to == TaskStatus::Doing && task.status == TaskStatus::Doing {
        return Err(Error::input(M::TaskAlreadyStarted, &[&a.id]));
    }
    let date = event_date(ctx, &task, a.date.as_deref())?;
    let note = a.note.as_deref().map(crate::input::user_text).transpose()?;
    tx.set_task_status(a.id, to, date)?;
    tx.add_task_event(a.id, date, event_kind(to), note.as_deref(), (None, None))?;
    let task = get_task(tx.db(), a.id, ctx.task_asof())?;
    tx.finish(&t(M::UndoTaskStatus, &[&a.id]), ctx.dry_run)?;
    Ok(View::Typed(Box::new(crate::render::message::Message::line(
        t(saved_message(to), &[&a.id, &task.title]),
        task,
    ))))
}

/// Brings a done or dropped task back to `todo` (or `doing`, when it had been started),
/// with a `reopen` line on its timeline.
pub fn reopen(ctx: &Ctx, a: StatusArgs) -> Result<View> {
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let task = live_task(tx.db(), a.id, ctx.task_asof())?;
    if task.is_open() {
        return Err(Error::input(M::TaskNotClosed, &[&a.id]));
    }
    let date = event_date(ctx, &task, a.date.as_deref())?;
    let note = a.note.as_deref().map(crate::input::user_text).transpose()?;
    let to = if task.started_on.is_some() {
        TaskStatus::Doing
    } else {
        TaskStatus::Todo
    };
    tx.reopen_task(a.id, to)?;
    tx.add_task_event(a.id, date, Event::Reopen, note.as_deref(), (None, None))?;
    let task = get_task(tx.db(), a.id, ctx.task_asof())?;
    tx.finish(&t(M::UndoTaskStatus, &[&a.id]), ctx.dry_run)?;
    Ok(crate::render::message::Message::line(t(M::TaskReopened, &[&a.id, &task.title]), task).into())
}

/// The timeline event a status change records.
fn event_kind(to: TaskStatus) -> Event {
    match to {
        TaskStatus::Doing => Event::Start,
        TaskStatus::Done => Event::Done,
        TaskStatus::Dropped | TaskStatus::Todo => Event::Drop,
    }
}

/// The line saying what was saved.
fn saved_message(to: TaskStatus) -> M {
    match to {
        TaskStatus::Doing => M::TaskStarted,
        TaskStatus::Done => M::TaskDone,
        TaskStatus::Dropped | TaskStatus::Todo => M::TaskDropped,
    }
}
