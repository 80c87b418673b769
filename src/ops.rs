//! Command logic more than one command runs, kept out of `commands/` so that no command
//! imports another: creating a task (`task add` and `plan add` both do, inside their own
//! transaction) and the task options both accept; the entry options `add` and `edit`
//! both accept, and the entry they make; the follow-ups report `report followups` and
//! `report review` both gather.

use crate::app::Ctx;
use crate::dates::{Dir, parse_date};
use crate::error::{Error, Result};
use crate::i18n::M;
use crate::model::{Priority, Task};
use crate::store::NewEntry;
use crate::store::tasks::{NewTask, get_task};
use crate::store::{self, WriteTx};
use crate::text::shorthand;

/// The options of `task add`, shared with `plan add`.
#[derive(Debug, clap::Args, Clone, Default)]
pub struct TaskOpts {
    /// Due date: 20/12, t6, +5wd, eom, tet…
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub due: Option<String>,
    /// high, normal or low
    #[arg(short = 'p', long, value_name = "PRIORITY")]
    pub priority: Option<String>,
    /// The plan period it belongs to: week, month, 2022-W50, 2022-12
    #[arg(long, value_name = "PERIOD")]
    pub plan: Option<String>,
    /// The responsible unit (makes it a follow-up)
    #[arg(short = 'u', long, value_name = "UNIT")]
    pub unit: Option<String>,
    /// A major scheme or policy (Đề án): listed first in follow-up reports
    #[arg(long)]
    pub major: bool,
    /// A document number it rests on (repeatable)
    #[arg(long = "doc", value_name = "NUMBER")]
    pub docs: Vec<String>,
    /// Field (sector) key
    #[arg(short = 'f', long, value_name = "FIELD")]
    pub field: Option<String>,
}

/// Inserts a task inside a writing command's transaction; `plan` is a resolved label.
pub fn insert_task(
    ctx: &Ctx,
    tx: &WriteTx,
    title: String,
    o: &TaskOpts,
    plan: Option<String>,
) -> Result<Task> {
    let due = o
        .due
        .as_deref()
        .map(|d| parse_date(d, ctx.today(), Dir::Future, ctx.cal()))
        .transpose()?;
    let priority = match o.priority.as_deref().map(|p| crate::text::fold(p.trim())) {
        None => Priority::Normal,
        Some(p) => match p.as_str() {
            "high" | "cao" | "h" => Priority::High,
            "normal" | "binh thuong" | "n" => Priority::Normal,
            "low" | "thap" | "l" => Priority::Low,
            _ => {
                return Err(Error::input(
                    M::BadPriority,
                    &[&o.priority.as_deref().unwrap_or("")],
                ));
            }
        },
    };
    let conn = tx.db();
    let sh = shorthand(&title);
    let unit_alias = o.unit.clone().or_else(|| sh.units.first().cloned());
    let unit = unit_alias
        .map(|u| store::units::resolve_unit(conn, &u))
        .transpose()?;
    // Other @units named inline must exist too: a typo is never silently kept.
    for u in sh.units.iter().skip(usize::from(o.unit.is_none())) {
        store::units::resolve_unit(conn, u)?;
    }
    let field = o
        .field
        .as_deref()
        .map(|f| store::units::resolve_field(conn, f))
        .transpose()?;
    let docs = o
        .docs
        .iter()
        .map(|d| crate::text::clean(d.trim()))
        .filter(|d| !d.is_empty())
        .collect();
    let new = NewTask {
        title,
        due,
        priority,
        plan,
        unit,
        major: o.major,
        field,
        tags: sh.tags,
        docs,
    };
    let id = tx.insert_task(&new, ctx.today())?;
    Ok(get_task(tx.db(), id, ctx.task_asof())?)
}

/// The options of `add`, shared with `edit`.
#[derive(Debug, clap::Args, Clone, Default)]
pub struct EntryOpts {
    /// The day it was done: 19/12, hôm qua, t6, 2022-12-19, -2d… (default: today)
    #[arg(short = 'd', long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<String>,
    /// Kind of work: advice, draft, meeting, inspection, coordination, report, citizen, other
    #[arg(short = 'k', long, value_name = "KIND")]
    pub kind: Option<String>,
    /// Field (sector) key, see `worklog field list`
    #[arg(short = 'f', long, value_name = "FIELD")]
    pub field: Option<String>,
    /// A unit concerned, by alias (repeatable; also @alias in the text)
    #[arg(short = 'u', long = "unit", value_name = "UNIT")]
    pub units: Vec<String>,
    /// A tag (repeatable; also #tag in the text)
    #[arg(short = 't', long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// A document number cited, e.g. 45/2022/QĐ-UBND (repeatable)
    #[arg(long = "doc", value_name = "NUMBER")]
    pub docs: Vec<String>,
    /// The task this work advanced
    #[arg(long, value_name = "ID", value_parser = crate::input::parse_id)]
    pub task: Option<i64>,
    /// Minutes spent
    #[arg(short = 'm', long, value_name = "MINUTES", allow_negative_numbers = true)]
    pub minutes: Option<i64>,
}

/// Validates options and inline shorthand against the store; returns the entry to write.
pub fn build_entry(ctx: &Ctx, tx: &WriteTx, text: String, o: &EntryOpts) -> Result<NewEntry> {
    let conn = tx.db();
    let date = match &o.date {
        Some(d) => Some(parse_date(d, ctx.today(), Dir::Past, ctx.cal())?),
        None => None,
    };
    let kind = match &o.kind {
        Some(k) => crate::input::resolve_kind(&ctx.config, k)?,
        None => "other".to_string(),
    };
    let field = match &o.field {
        Some(f) => Some(store::units::resolve_field(conn, f)?),
        None => None,
    };
    if let Some(m) = o.minutes {
        if !(0..=1440).contains(&m) {
            return Err(Error::input(M::BadMinutes, &[&m]));
        }
    }
    let sh = shorthand(&text);
    let mut units = Vec::new();
    for alias in o.units.iter().chain(sh.units.iter()) {
        let id = store::units::resolve_unit(conn, alias)?;
        if !units.contains(&id) {
            units.push(id);
        }
    }
    let mut tags: Vec<String> = Vec::new();
    for tag in o.tags.iter().map(|t| crate::text::tag(t)).chain(sh.tags) {
        if !tag.is_empty() && !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    let docs = o
        .docs
        .iter()
        .map(|d| crate::text::clean(d.trim()))
        .filter(|d| !d.is_empty())
        .collect();
    Ok(NewEntry {
        date,
        text,
        kind,
        field,
        units,
        tags,
        docs,
        minutes: o.minutes,
        task: o.task,
    })
}

/// The open follow-ups (of one unit, or all) with their last notes and unit names, as
/// `report followups` and section III of `report review` show them.
pub fn followups_report(
    ctx: &Ctx,
    conn: crate::store::Db<'_>,
    unit: Option<i64>,
) -> Result<crate::report::followups::FollowupsReport> {
    let tasks = crate::store::tasks::list_tasks(
        conn,
        &crate::store::tasks::TaskFilter {
            state: crate::store::tasks::TaskState::Open,
            unit,
            followups: true,
            ..crate::store::tasks::TaskFilter::default()
        },
        ctx.task_asof(),
    )?;
    let notes = crate::store::followups::last_notes(conn)?;
    let graph = crate::store::unit_history::UnitGraph::load(conn)?;
    let names: std::collections::HashMap<String, String> = graph
        .units
        .values()
        .map(|u| (u.alias.clone(), u.name.clone()))
        .collect();
    Ok(crate::report::followups::compute(
        &tasks,
        &notes,
        &names,
        ctx.today(),
    ))
}

/// How many entries of each kind the month document names (the longest first).
const ENTRIES_PER_KIND: usize = 5;

/// What the month document of `period` says beyond the report's counters: the main
/// entries by kind, the follow-ups open today, the tasks overdue at the period's end (or
/// today) and the period's documents.
pub fn month_content(
    ctx: &Ctx,
    store: &crate::store::Store,
    period: &crate::model::period::Period,
) -> Result<crate::report::input::MonthContent> {
    use crate::report::input::{LateTask, MonthContent, OpenFollowup};
    let conn = store.db();
    let (entries, more) = store::report::main_entries(store, period.from, period.to, ENTRIES_PER_KIND)?;
    let unit_names = store
        .units(true)?
        .into_iter()
        .map(|u| (u.alias, u.name))
        .collect();
    let followups = followups_report(ctx, conn, None)?
        .units
        .into_iter()
        .flat_map(|u| {
            let name = u.name.clone();
            u.followups.into_iter().map(move |f| OpenFollowup {
                unit: name.clone(),
                title: f.title,
                due: f.due,
                major: f.major,
                days_late: f.due.map(|d| (ctx.today() - d).num_days()).filter(|d| *d > 0),
                last_note: f.last_note,
                blockers: f.blockers.into_iter().map(|b| (b.text, b.proposal)).collect(),
            })
        })
        .collect();
    let asof = crate::store::tasks::Asof {
        today: ctx.today().min(period.to),
        stale_days: ctx.config.stale_days,
    };
    let notes = crate::store::followups::last_notes(conn)?;
    let overdue = crate::store::tasks::list_tasks(
        conn,
        &crate::store::tasks::TaskFilter {
            state: crate::store::tasks::TaskState::Overdue,
            ..crate::store::tasks::TaskFilter::default()
        },
        asof,
    )?
    .into_iter()
    .filter_map(|t| {
        let due = t.due?;
        let why = t
            .blockers
            .first()
            .map(|b| b.text.clone())
            .or_else(|| notes.get(&t.id).cloned());
        Some(LateTask {
            title: t.title,
            due,
            days_late: (asof.today - due).num_days(),
            unit: t.unit_name,
            why,
        })
    })
    .collect();
    Ok(MonthContent {
        entries,
        more,
        followups,
        overdue,
        documents: store::report::period_documents(store, period.from, period.to)?,
        unit_names,
    })
}
