//! `worklog status` (and plain `worklog`): what an official needs at 8 a.m. — this week's
//! plan items, overdue and stale tasks, tasks due within 7 days, and this week's open
//! contingencies. One query per section, each served by an index (§10 P7).

use super::contingency::contingency_listing;
use super::task::{asof, task_listing};
use crate::app::Ctx;
use crate::dates::Period;
use crate::error::Result;
use crate::i18n::{M, s, t};
use crate::render::{Format, Listing, View};
use crate::store::plans::{ContingencyFilter, contingencies};
use crate::store::tasks::{Page, TaskQuery, TaskState, query_tasks, state_page};
use chrono::Days;

/// The title line: today in both calendars ("Thứ Năm 26/01/2023 · mùng 5 tháng Giêng năm Quý Mão").
pub fn today_line(ctx: &Ctx) -> String {
    crate::render::lunar::lunar_line(ctx.today())
}

pub fn run(ctx: &Ctx) -> Result<View> {
    let today = ctx.today();
    let store = ctx.store_ro()?;
    let conn = store.db();
    let week = Period::week_of(today);
    let asof = asof(ctx);
    // JSON lists every task of each section; the other formats show the first rows of each
    // and how many more there are, so only those rows are read (§10 P7).
    let limit = (ctx.out.format != Format::Json).then_some(STATUS_ROWS);
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

    if ctx.out.format == Format::Json {
        let json = serde_json::json!({
            "today": today,
            "plan": plan.rows,
            "overdue": overdue.rows,
            "stale": stale.rows,
            "due_soon": due_soon.rows,
            "contingencies": cont,
        });
        return Ok(View::Record {
            line: String::new(),
            json,
        });
    }
    let mut sections = Vec::new();
    if ctx.out.format != Format::Csv {
        sections.push(Listing {
            title: Some(today_line(ctx)),
            ..Listing::default()
        });
    }
    let mut add = |title: String, mut l: Listing| {
        if !l.rows.is_empty() {
            l.title = Some(title);
            sections.push(l);
        }
    };
    let plan_cmd = format!("worklog plan week {}", week.label);
    // Short enough to read at 8 a.m.: a few rows a section, and how to see the rest.
    let listed = |p: &Page, cmd: &str| -> Result<Listing> {
        let mut l = task_listing(&p.rows)?;
        l.footer = (p.total > p.rows.len()).then(|| t(M::StatusMore, &[&(p.total - p.rows.len()), &cmd]));
        Ok(l)
    };
    add(t(M::StatusPlan, &[&week.label]), listed(&plan, &plan_cmd)?);
    add(
        s(M::StatusOverdue).to_string(),
        listed(&overdue, "worklog task list --overdue")?,
    );
    add(
        s(M::StatusStale).to_string(),
        listed(&stale, "worklog task list --stale")?,
    );
    add(
        s(M::StatusDueSoon).to_string(),
        listed(&due_soon, "worklog task list")?,
    );
    add(s(M::StatusContingencies).to_string(), contingency_listing(&cont)?);
    if sections.len() <= 1 {
        sections.push(Listing {
            empty: Some(s(M::StatusNothing).to_string()),
            ..Listing::default()
        });
    }
    Ok(View::Sections {
        sections,
        json: serde_json::Value::Null,
    })
}

/// Rows a status section shows before pointing to the full list.
const STATUS_ROWS: usize = 10;
