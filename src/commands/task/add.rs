//! `task add`: a task created, optionally in a plan (`--plan week`).

use super::plan_label;
use crate::app::Ctx;
use crate::error::Result;
use crate::i18n::{M, t};
use crate::ops::{TaskOpts, insert_task};
use crate::render::View;
use crate::render::listings::task_added_line;

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

/// Creates a task.
pub fn add(ctx: &Ctx, a: AddArgs) -> Result<View> {
    let title = crate::input::user_text(&a.title.join(" "))?;
    let o = &a.opts;
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
    let mut lines = vec![task_added_line(&task)];
    lines.extend(crate::ops::due_before_assigned(&task));
    Ok(crate::render::message::Message { lines, json: task }.into())
}
