//! `task move`: a task carried to another plan period (a week or a month), with a move
//! event on its timeline.

use super::{ensure_open, plan_label};
use crate::app::Ctx;
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use crate::model::Event;
use crate::render::View;
use crate::store::tasks::{get_task, live_task};

#[derive(Debug, clap::Args)]
pub struct MoveArgs {
    /// The task's id
    #[arg(value_parser = crate::input::parse_id)]
    pub id: i64,
    /// The period: week, 2022-W51, month, 2023-01…
    pub period: String,
    /// Why it moves
    #[arg(long)]
    pub reason: Option<String>,
}

pub fn move_task(ctx: &Ctx, a: MoveArgs) -> Result<View> {
    let id = a.id;
    let target = plan_label(ctx, &a.period)?;
    if target.to < ctx.today() {
        return Err(
            Error::input(M::TaskMoveToPast, &[&target.label, &crate::i18n::date(target.to)])
                .hint(M::TaskMoveToPastHint, &[]),
        );
    }
    let reason = a.reason.as_deref().map(crate::input::user_text).transpose()?;
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let task = live_task(tx.db(), id, ctx.task_asof())?;
    ensure_open(&task)?;
    if task.plan.as_deref() == Some(target.label.as_str()) {
        return Err(Error::input(M::TaskSamePlan, &[&id, &target.label]));
    }
    // Moving out of a plan carries the item; giving a plan to an unplanned task does not.
    let carry = task.plan.is_some();
    tx.move_task(id, Some(&target.label), carry)?;
    tx.add_task_event(
        id,
        ctx.today(),
        Event::Move,
        reason.as_deref(),
        (task.plan.as_deref(), Some(&target.label)),
    )?;
    let task = get_task(tx.db(), id, ctx.task_asof())?;
    tx.finish(&t(M::UndoTaskMove, &[&id]), ctx.dry_run)?;
    Ok(View::Typed(Box::new(crate::render::message::Message::line(
        t(M::TaskMoved, &[&id, &target.label]),
        task,
    ))))
}
