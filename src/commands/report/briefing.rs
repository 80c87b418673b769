//! `worklog report briefing [DATE]`: the content for the giao ban meeting of DATE's
//! week (default: this week) — gathers the week's plan and entries, the consultations,
//! the open follow-ups and obstacles and the proposals, computes the briefing
//! (`report::briefing`) and shows it (`render::reports::briefing`).

use crate::app::Ctx;
use crate::dates::{Dir, parse_date};
use crate::error::Result;
use crate::model::period::Period;
use crate::render::View;
use crate::render::doc::admin::Issuer;
use crate::render::reports::briefing::BriefingView;
use crate::report::briefing::{BriefingInput, compute};
use crate::store::consults::{ConsultFilter, consultations};
use crate::store::plans::{find_plan, week_input};
use std::collections::{BTreeMap, HashMap};

#[derive(Debug, clap::Args)]
#[command(
    after_long_help = "Examples:\n  worklog report briefing\n  worklog report briefing thu4 --format docx -o giao-ban.docx\n  worklog report briefing 14/12/2022 --format md"
)]
pub struct Args {
    /// A day of the meeting's week (default: today): 14/12, thu4, +1w…
    #[arg(allow_hyphen_values = true)]
    pub date: Option<String>,
}

pub fn run(ctx: &Ctx, a: Args) -> Result<View> {
    let today = ctx.today();
    let date = match a.date.as_deref() {
        Some(d) => parse_date(d, today, Dir::Future, ctx.cal())?,
        None => today,
    };
    let week = Period::week_of(date);
    let store = ctx.store_ro()?;
    let db = store.db();
    let plan = find_plan(db, &week.label)?;
    let week_report = crate::report::week::compute(&week_input(db, &week, plan)?);
    let consults = consultations(db, &ConsultFilter::default())?;
    let followups = crate::ops::followups_report(ctx, db, None)?;
    let blockers = crate::store::blockers::list_blockers(db, true, None, today)?;
    let proposals = crate::store::proposals::proposals(db, false)?;
    let wanted = consults
        .iter()
        .flat_map(|c| c.created_tasks.iter())
        .chain(proposals.iter().flat_map(|p| p.created_tasks.iter()))
        .copied()
        .chain(blockers.iter().filter_map(|b| b.task));
    let mut tasks = HashMap::new();
    for id in wanted {
        if let std::collections::hash_map::Entry::Vacant(v) = tasks.entry(id) {
            v.insert(crate::store::tasks::get_task(db, id, ctx.task_asof())?);
        }
    }
    let units: BTreeMap<String, String> = store
        .units(true)?
        .into_iter()
        .map(|u| (u.alias, u.name))
        .collect();
    let report = compute(BriefingInput {
        date,
        today,
        week: week_report,
        consultations: &consults,
        followups: &followups.units,
        blockers: &blockers,
        proposals: &proposals,
        tasks: &tasks,
        units: &units,
    });
    Ok(View::Typed(Box::new(BriefingView {
        report,
        issuer: Issuer::new(&ctx.config, today),
        units,
    })))
}
