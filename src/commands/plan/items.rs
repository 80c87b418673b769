//! `plan add` and `plan goal`: an item (a task) or a goal put into a plan, the plan row
//! created when it does not exist yet.

use super::chosen_period;
use crate::app::Ctx;
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use crate::model::RecordKind;
use crate::ops::{TaskOpts, insert_task};
use crate::render::View;
use crate::render::listings::{PlanGoal, task_added_line};

#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// What is to be done (#tag and @unit work here too)
    #[arg(required = true, num_args = 1..)]
    pub text: Vec<String>,
    /// This week's plan (the default)
    #[arg(long, conflicts_with_all = ["month", "plan"])]
    pub week: bool,
    /// This month's plan
    #[arg(long, conflicts_with = "plan")]
    pub month: bool,
    #[command(flatten)]
    pub opts: TaskOpts,
}

#[derive(Debug, clap::Args)]
#[command(
    after_long_help = "Examples:\n  worklog plan goal \"Trình ký báo cáo trước thứ Sáu\"\n  worklog plan goal done 12      # goal #12 is achieved"
)]
pub struct GoalArgs {
    /// The goal (or: done ID, to mark goal ID achieved)
    #[arg(required = true, num_args = 1..)]
    pub text: Vec<String>,
    /// This week's plan (the default)
    #[arg(long, conflicts_with_all = ["month", "plan"])]
    pub week: bool,
    /// This month's plan
    #[arg(long, conflicts_with = "plan")]
    pub month: bool,
    /// The plan period: 2022-W50, 2022-12…
    #[arg(long, value_name = "PERIOD")]
    pub plan: Option<String>,
}

pub fn add(ctx: &Ctx, a: AddArgs) -> Result<View> {
    let title = crate::input::user_text(&a.text.join(" "))?;
    let p = chosen_period(ctx, a.month, a.opts.plan.as_deref())?;
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    tx.ensure_plan(&p)?;
    let task = insert_task(ctx, &tx, title, &a.opts, Some(p.label.clone()))?;
    tx.finish(&t(M::UndoTaskAdd, &[&task.id]), ctx.dry_run)?;
    let mut lines = vec![task_added_line(&task)];
    lines.extend(crate::ops::due_before_assigned(&task));
    Ok(crate::render::message::Message { lines, json: task }.into())
}

pub fn goal(ctx: &Ctx, a: GoalArgs) -> Result<View> {
    if let [done, id] = a.text.as_slice() {
        if done == "done" {
            if let Ok(id) = crate::input::parse_id(id) {
                return goal_done(ctx, id);
            }
        }
    }
    let text = crate::input::user_text(&a.text.join(" "))?;
    let p = chosen_period(ctx, a.month, a.plan.as_deref())?;
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let (row, _) = tx.ensure_plan(&p)?;
    let id = tx.insert_goal(row.id, &text)?;
    tx.finish(&t(M::UndoGoalAdd, &[&id]), ctx.dry_run)?;
    let line = t(M::GoalAdded, &[&id, &crate::render::labels::period_phrase(&p)]);
    let goal = PlanGoal {
        id,
        record: RecordKind::Goal,
        plan: p.label,
        text,
    };
    Ok(View::Typed(Box::new(crate::render::message::Message::line(
        line, goal,
    ))))
}

/// `plan goal done ID`: marks a goal achieved; the week report counts it.
fn goal_done(ctx: &Ctx, id: i64) -> Result<View> {
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let kind = crate::store::records::live_kind(tx.db(), id)?;
    if kind != RecordKind::Goal {
        let label = crate::render::labels::record_kind_label(kind);
        return Err(Error::input(M::NotAGoal, &[&id, &label]));
    }
    let goal = crate::store::records::get_goal(tx.db(), id)?;
    if goal.achieved.unwrap_or(0) != 0 {
        return Err(Error::input(M::GoalAlreadyDone, &[&id]));
    }
    tx.set_goal_achieved(id, true)?;
    let goal = crate::store::records::get_goal(tx.db(), id)?;
    tx.finish(&t(M::UndoGoalDone, &[&id]), ctx.dry_run)?;
    Ok(crate::render::message::Message::line(t(M::GoalDone, &[&id, &goal.text]), goal).into())
}
