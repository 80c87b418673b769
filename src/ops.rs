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
    let priority = o
        .priority
        .as_deref()
        .map(parse_priority)
        .transpose()?
        .unwrap_or_default();
    let conn = tx.db();
    let sh = shorthand(&title);
    // Only -u assigns the task to a unit (a follow-up); @units in the title are
    // mentions, checked like any unit (a typo is never silently kept).
    let unit = o
        .unit
        .as_deref()
        .map(|u| unit_for_new_work(ctx, conn, u, ctx.today()))
        .transpose()?;
    let mut mentions = Vec::new();
    for u in &sh.units {
        let id = unit_for_new_work(ctx, conn, u, ctx.today())?;
        if !mentions.contains(&id) {
            mentions.push(id);
        }
    }
    let field = o
        .field
        .as_deref()
        .map(|f| store::units::resolve_field(conn, f))
        .transpose()?;
    let docs = cited_numbers(conn, &o.docs)?;
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
    tx.mention_units(id, &mentions)?;
    Ok(get_task(tx.db(), id, ctx.task_asof())?)
}

/// Reads a priority as typed: high/cao/h, normal/bình thường/n, low/thấp/l.
pub fn parse_priority(input: &str) -> Result<Priority> {
    Ok(match crate::text::fold(input.trim()).as_str() {
        "high" | "cao" | "h" => Priority::High,
        "normal" | "binh thuong" | "n" => Priority::Normal,
        "low" | "thap" | "l" => Priority::Low,
        _ => return Err(Error::input(M::BadPriority, &[&input])),
    })
}

/// Refuses a document number another live document already has (same folded key).
pub fn check_unique_number(conn: crate::store::Db<'_>, number: &str, except: Option<i64>) -> Result<()> {
    if let Some(d) = crate::store::documents::find_by_key(conn, &crate::text::doc_key(number))? {
        if Some(d.id) != except {
            return Err(Error::input(
                M::DocDuplicate,
                &[&number, &d.id, &d.number.unwrap_or_default(), &d.title],
            )
            .hint(M::DocDuplicateHint, &[&d.id]));
        }
    }
    Ok(())
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
        Some(d) => Some(past_date(ctx, d, M::FutureEntryHint)?),
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
    let day = date.unwrap_or_else(|| ctx.today());
    for alias in o.units.iter().chain(sh.units.iter()) {
        let id = unit_for_new_work(ctx, conn, alias, day)?;
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
    let docs = cited_numbers(conn, &o.docs)?;
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
    let graph = crate::store::unit_history::UnitGraph::load(conn)?.as_of(ctx.today());
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

/// The unit `alias` names, for a record of work dated `date`: a unit retired on or
/// before that day takes no new work, and the error names its successor. Work dated
/// before the retirement (a back-dated record) is accepted.
pub fn unit_for_new_work(
    _ctx: &Ctx,
    conn: crate::store::Db<'_>,
    alias: &str,
    date: chrono::NaiveDate,
) -> Result<i64> {
    let id = store::units::resolve_unit(conn, alias)?;
    let unit = store::units::get_unit(conn, id)?;
    match unit.retired {
        Some(on) if date >= on => {
            let day = crate::i18n::date(on);
            Err(match &unit.replaced_by {
                Some(next) => Error::input(M::UnitRetiredUse, &[&unit.alias, &next, &day])
                    .hint(M::UnitRetiredUseHint, &[&next, &next]),
                None => {
                    Error::input(M::UnitRetiredNone, &[&unit.alias, &day]).hint(M::UnitRetiredNoneHint, &[])
                }
            })
        }
        _ => Ok(id),
    }
}

/// The document numbers a record cites, in the one form `doc add` takes (DOMAIN.md §d:
/// checked, dashes and spaces normalised, zero-padded); a number registered with `doc
/// add` is stored as registered (`QD-UBND` typed without the Đ cites `QĐ-UBND`).
pub fn cited_numbers(conn: crate::store::Db<'_>, docs: &[String]) -> Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for d in docs.iter().filter(|d| !d.trim().is_empty()) {
        let n = crate::input::valid_number(&crate::text::clean(d.trim()))?;
        let n = match store::documents::find_by_key(conn, &crate::text::doc_key(&n))? {
            Some(doc) => doc.number.unwrap_or(n),
            None => n,
        };
        if !out.contains(&n) {
            out.push(n);
        }
    }
    Ok(out)
}

/// The line saying that the coming Tết break is computed from the Labour Code because
/// no announced schedule is known for its year (built in or in the config), and how to
/// add it; `None` when it is announced, or when it is more than `within` days away.
pub fn tet_computed_note(ctx: &Ctx, within: i64) -> Option<String> {
    let cal = ctx.cal();
    let year = cal.coming_tet_year(ctx.today());
    let first = crate::calendar::tet(year).ok()?;
    if cal.tet_announced(year) || (first - ctx.today()).num_days() > within {
        return None;
    }
    Some(crate::i18n::t(M::TetComputed, &[&year, &year]))
}

/// The one-line warning for a task due before the day it was assigned (accepted: the
/// official may be recording work that came late).
pub fn due_before_assigned(task: &Task) -> Option<String> {
    match task.due {
        Some(d) if d < task.assigned => Some(crate::i18n::t(
            M::DueBeforeAssigned,
            &[&crate::i18n::date(d), &crate::i18n::date(task.assigned)],
        )),
        _ => None,
    }
}

/// A date of something that happened (an entry, a task done, a contingency triggered, a
/// fact's as-of day): a day after today cannot be true and is refused with what to type.
/// `hint` says what to type instead (`FutureEntryHint` for an entry: work to come is a
/// task with a due date; else `FutureDateHint`).
pub fn past_date(ctx: &Ctx, input: &str, hint: M) -> Result<chrono::NaiveDate> {
    let d = parse_date(input, ctx.today(), Dir::Past, ctx.cal())?;
    if d > ctx.today() {
        let day = crate::i18n::date(d);
        return Err(Error::input(
            M::DateInFuture,
            &[&input.trim(), &day, &crate::i18n::date(ctx.today())],
        )
        .hint(hint, &[&input.trim()]));
    }
    Ok(d)
}

/// `month_content` when the output is a document (html, docx, md), which is the only
/// form that says it; an empty one for JSON, tables, CSV and xlsx, which spares them the
/// reads (SPEC §10 P2: the JSON report is what the yardstick measures).
pub fn month_content_if_shown(
    ctx: &Ctx,
    store: &crate::store::Store,
    period: &crate::model::period::Period,
) -> Result<crate::report::input::MonthContent> {
    if ctx.out.shows_documents() {
        month_content(ctx, store, period)
    } else {
        Ok(crate::report::input::MonthContent::default())
    }
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
