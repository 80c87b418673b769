//! `task list`: the tasks in one state (open by default), narrowed by unit, plan or major.

use super::plan_label;
use crate::app::Ctx;
use crate::error::Result;
use crate::render::View;
use crate::render::listings::TaskList;
use crate::store::tasks::{TaskFilter, TaskState};
use crate::store::{self};

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

impl ListArgs {
    /// The state flag given (they exclude each other); open when none is.
    fn state(&self) -> TaskState {
        if self.done {
            TaskState::Done
        } else if self.overdue {
            TaskState::Overdue
        } else if self.stale {
            TaskState::Stale
        } else if self.all {
            TaskState::All
        } else {
            TaskState::Open
        }
    }
}

pub fn list(ctx: &Ctx, a: ListArgs) -> Result<View> {
    let state = a.state();
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
    let tasks = store.tasks(&filter, ctx.task_asof())?;
    Ok(View::Typed(Box::new(TaskList { tasks })))
}
