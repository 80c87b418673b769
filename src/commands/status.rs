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
use crate::store::tasks::{TaskFilter, due_between, list_tasks, tasks_where};
use chrono::Days;

/// The title line: today in both calendars ("Thứ Năm 26/01/2023 · mùng 5 tháng Giêng năm Quý Mão").
pub fn today_line(ctx: &Ctx) -> String {
    super::lunar::lunar_line(ctx.today())
}

pub fn run(ctx: &Ctx) -> Result<View> {
    let today = ctx.today();
    let store = ctx.store_ro()?;
    let conn = store.conn();
    let week = Period::week_of(today);
    let asof = asof(ctx);
    let plan = tasks_where(conn, "t.plan = ?1", &[&week.label], asof)?;
    // One read of the open tasks gives both the overdue and the stale ones.
    let open = list_tasks(conn, &TaskFilter::default(), asof)?;
    let overdue: Vec<_> = open.iter().filter(|t| t.overdue).cloned().collect();
    let stale: Vec<_> = open.into_iter().filter(|t| t.stale).collect();
    let due_soon = due_between(conn, today, today + Days::new(7), asof)?;
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
            "plan": plan,
            "overdue": overdue,
            "stale": stale,
            "due_soon": due_soon,
            "contingencies": cont,
        });
        return Ok(View::Record {
            line: String::new(),
            json,
        });
    }
    // Short enough to read at 8 a.m.: a few rows a section, and how to see the rest.
    let head = |v: &[crate::model::Task]| v.len().min(STATUS_ROWS);
    let more = |l: Listing, total: usize, cmd: &str| -> Listing {
        if total > STATUS_ROWS {
            Listing {
                footer: Some(t(M::StatusMore, &[&(total - STATUS_ROWS), &cmd])),
                ..l
            }
        } else {
            l
        }
    };
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
    let listed = |v: &[crate::model::Task], cmd: &str| -> Result<Listing> {
        let mut l = task_listing(&v[..head(v)])?;
        l.footer = None;
        Ok(more(l, v.len(), cmd))
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
