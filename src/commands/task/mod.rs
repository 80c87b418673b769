//! `worklog task`: things to be done, their status and timeline. A task with a unit is a
//! follow-up: work assigned to that agency, which the official must chase.

mod add;
mod list;
mod move_task;
mod note;
mod status;

use crate::app::Ctx;

use crate::error::{Error, Result};
use crate::i18n::M;
use crate::model::{Task, TaskStatus};
use crate::render::View;
use chrono::NaiveDate;

pub use add::AddArgs;
pub use list::ListArgs;
pub use move_task::MoveArgs;
pub use note::NoteArgs;
pub use status::StatusArgs;

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
    /// Bring a done or dropped task back (it is open again)
    Reopen(StatusArgs),
    /// Add a progress note to a task's timeline (e.g. the unit's answer)
    Note(NoteArgs),
    /// Carry a task to another plan period (a week or a month)
    Move(MoveArgs),
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<View> {
    match cmd {
        Cmd::Add(a) => add::add(ctx, a),
        Cmd::List(a) => list::list(ctx, a),
        Cmd::Start(a) => status::status(ctx, a, TaskStatus::Doing),
        Cmd::Done(a) => status::status(ctx, a, TaskStatus::Done),
        Cmd::Drop(a) => status::status(ctx, a, TaskStatus::Dropped),
        Cmd::Reopen(a) => status::reopen(ctx, a),
        Cmd::Note(a) => note::note(ctx, a),
        Cmd::Move(a) => move_task::move_task(ctx, a),
    }
}

/// A `--plan` period, checked (a week or a month).
fn plan_label(ctx: &Ctx, input: &str) -> Result<crate::dates::Period> {
    crate::input::plan_label(input, ctx.today(), ctx.cal())
}

/// The day of a timeline event (default: today); not before the task was assigned.
fn event_date(ctx: &Ctx, task: &Task, date: Option<&str>) -> Result<NaiveDate> {
    let d = match date {
        Some(d) => crate::ops::past_date(ctx, d, M::FutureDateHint)?,
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

/// A done or dropped task cannot be started, closed again or moved.
fn ensure_open(task: &Task) -> Result<()> {
    if task.is_open() {
        return Ok(());
    }
    Err(Error::input(
        M::TaskAlreadyClosed,
        &[
            &task.id,
            &crate::render::labels::task_status_label(task.status).to_lowercase(),
        ],
    )
    .hint(M::TaskAlreadyClosedHint, &[&task.id]))
}
