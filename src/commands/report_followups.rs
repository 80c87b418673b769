//! `worklog report followups [-u UNIT]`: reads the open follow-ups, computes the report
//! (`report::followups`) and lays it out: one section per unit.

use crate::app::Ctx;
use crate::error::Result;
use crate::i18n::{M, s, t};
use crate::render::{Listing, View, to_json};
use crate::report::followups::{FollowupsReport, UnitFollowups, compute};
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
        super::task::asof(ctx),
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
    let json = to_json(&report)?;
    let mut sections: Vec<Listing> = report.units.iter().map(unit_section).collect::<Result<_>>()?;
    if sections.is_empty() {
        sections.push(Listing {
            title: Some(s(M::FollowupsTitle).to_string()),
            empty: Some(s(M::FollowupsNone).to_string()),
            ..Listing::default()
        });
    }
    Ok(View::Sections { sections, json })
}

/// The marks of one follow-up: major, overdue, stale, the unit it was assigned to.
pub fn item_marks(f: &crate::report::followups::FollowupItem) -> String {
    let mut m = super::task::state_marks(f.major, f.overdue, f.stale);
    if let Some(old) = &f.formerly {
        m.push(t(M::MarkFormerly, &[old]));
    }
    m.join(", ")
}

pub fn blockers_text(f: &crate::report::followups::FollowupItem) -> String {
    f.blockers
        .iter()
        .map(|b| {
            super::blocker::brief_text(
                b.id,
                &b.text,
                b.proposal.as_deref(),
                b.remedy.as_deref(),
                b.age_days,
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// One unit's table.
pub fn unit_section(u: &UnitFollowups) -> Result<Listing> {
    let headers = [
        M::LId,
        M::LTitle,
        M::LAssigned,
        M::LDue,
        M::LAge,
        M::LMarks,
        M::LLastNote,
        M::LBlockers,
    ]
    .iter()
    .map(|m| s(*m).to_string())
    .collect();
    let rows = u
        .followups
        .iter()
        .map(|f| {
            vec![
                format!("#{}", f.id),
                f.title.clone(),
                crate::i18n::date(f.assigned),
                f.due.map(crate::i18n::date).unwrap_or_default(),
                f.age_days.to_string(),
                item_marks(f),
                f.last_note.clone().unwrap_or_default(),
                blockers_text(f),
            ]
        })
        .collect();
    let mut l = Listing::new(headers, rows, &u)?;
    l.title = Some(format!("{} · {}", u.unit, u.name));
    l.footer = Some(t(M::FollowupsCount, &[&u.followups.len()]));
    Ok(l)
}
