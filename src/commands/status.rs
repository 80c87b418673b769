//! `worklog status` (and plain `worklog`): what an official needs at 8 a.m. — this week's
//! plan items, overdue and stale tasks, tasks due within 7 days, and this week's open
//! contingencies. One query per section, each served by an index (§10 P7).

use crate::app::Ctx;
use crate::dates::Period;
use crate::error::Result;
use crate::render::View;
use crate::render::listings::{StatusView, status_row_limit};
use crate::store::plans::{ContingencyFilter, contingencies};
use crate::store::tasks::{TaskQuery, TaskState, query_tasks, state_page};
use chrono::Days;

pub fn run(ctx: &Ctx) -> Result<View> {
    let today = ctx.today();
    let store = ctx.store_ro()?;
    let conn = store.db();
    let week = Period::week_of(today);
    let asof = ctx.task_asof();
    // JSON lists every task of each section; the other formats show the first rows of each
    // and how many more there are, so only those rows are read (§10 P7).
    let limit = status_row_limit(&ctx.out);
    let plan = query_tasks(
        conn,
        &TaskQuery {
            plan: Some(&week.label),
            due_between: None,
            limit,
        },
        asof,
    )?;
    let overdue = state_page(conn, TaskState::Overdue, limit, asof)?;
    let stale = state_page(conn, TaskState::Stale, limit, asof)?;
    let soon = Some((today, today + Days::new(7)));
    let due_soon = query_tasks(
        conn,
        &TaskQuery {
            plan: None,
            due_between: soon,
            limit,
        },
        asof,
    )?;
    let cont = contingencies(
        conn,
        &ContingencyFilter {
            plan: Some(week.label.clone()),
            open: true,
        },
    )?;
    // Open consultations for a meeting from today to three working days ahead.
    let horizon = ctx.cal().add_working_days(today, 3);
    let consult = crate::store::consults::consultations(
        conn,
        &crate::store::consults::ConsultFilter {
            open: true,
            for_date: None,
            for_between: Some((today, horizon)),
        },
    )?;

    Ok(View::Typed(Box::new(crate::render::noted::Noted {
        view: StatusView {
            today,
            week: week.label,
            plan,
            overdue,
            stale,
            due_soon,
            contingencies: cont,
            consultations: consult,
        },
        // The coming Tết within three months: plans and deadlines start to depend on it.
        note: crate::ops::tet_computed_note(ctx, 90),
    })))
}
