//! `worklog report followups [-u UNIT]`: reads the open follow-ups, computes the report
//! (`report::followups`) and shows it (`render::reports::followups`): one section per unit.

use crate::app::Ctx;
use crate::error::Result;
use crate::render::View;
use crate::render::reports::followups::FollowupsView;
use crate::report::followups::{FollowupsReport, compute};
use crate::store::tasks::{TaskFilter, TaskState};
use crate::store::unit_history::UnitGraph;
use crate::store::{self};
use std::collections::HashMap;

#[derive(Debug, clap::Args)]
#[command(
    after_long_help = "Examples:\n  worklog report followups\n  worklog report followups -u snv --format md"
)]
pub struct Args {
    /// Only this unit (with the units retired into it)
    #[arg(short = 'u', long, value_name = "UNIT")]
    pub unit: Option<String>,
}

/// Reads and computes the report (also used by `report review`).
pub fn build(ctx: &Ctx, conn: crate::store::Db<'_>, unit: Option<i64>) -> Result<FollowupsReport> {
    let tasks = store::tasks::list_tasks(
        conn,
        &TaskFilter {
            state: TaskState::Open,
            unit,
            followups: true,
            ..TaskFilter::default()
        },
        ctx.task_asof(),
    )?;
    let notes = store::followups::last_notes(conn)?;
    let graph = UnitGraph::load(conn)?;
    let names: HashMap<String, String> = graph
        .units
        .values()
        .map(|u| (u.alias.clone(), u.name.clone()))
        .collect();
    Ok(compute(&tasks, &notes, &names, ctx.today()))
}

pub fn run(ctx: &Ctx, a: Args) -> Result<View> {
    let store = ctx.store_ro()?;
    let unit = a
        .unit
        .as_deref()
        .map(|u| store::units::resolve_unit(store.db(), u))
        .transpose()?;
    let report = build(ctx, store.db(), unit)?;
    Ok(View::Typed(Box::new(FollowupsView { report })))
}
