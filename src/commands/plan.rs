//! `worklog plan`: week and month plans — their items (tasks whose plan is the period),
//! goals and contingencies; opening a plan offers to carry the unfinished items of earlier
//! plans; closing it records the review (why each unfinished item was not done).
//!
//! Questions are asked before the write transaction opens, so a user thinking at the
//! prompt never holds the database lock that other `worklog add` processes wait on.

use super::task::{TaskOpts, asof, plan_label, task_listing};
use crate::app::Ctx;
use crate::dates::{Period, PeriodKind, parse_period};
use crate::error::{Error, Result};
use crate::i18n::{M, s, t};
use crate::model::Task;
use crate::model::plan::{Plan, PlanRow};
use crate::render::{Listing, View, prompt, to_json};
use crate::report::week::{ItemResult, compute};
use crate::store::WriteTx;
use crate::store::plans::{ContingencyFilter, contingencies, find_plan, goals, week_input};
use crate::store::tasks::{TaskQuery, get_task, query_tasks, unfinished_before};

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Show a week's plan; the first time, create it and offer to carry unfinished items
    #[command(after_long_help = "Examples:\n  worklog plan week\n  worklog plan week 2022-W52 --carry all")]
    Week(ShowArgs),
    /// Show a month's plan; the first time, create it and offer to carry unfinished items
    Month(ShowArgs),
    /// Add an item (a task) to a plan (default: this week's)
    #[command(
        after_long_help = "Examples:\n  worklog plan add \"Dự thảo báo cáo tổng kết năm\" --due t6 -p high\n  worklog plan add \"Kiểm tra công tác an toàn lao động @ldtbxh\" --month"
    )]
    Add(AddArgs),
    /// Add a goal to a plan (default: this week's)
    Goal(GoalArgs),
    /// Close a plan with its review: done, not done with reasons, carried
    #[command(
        after_long_help = "Examples:\n  worklog plan close --note \"Tuần nhiều việc phát sinh\"\n  worklog plan close 2022-W51 --reason 12=\"Chờ số liệu của Sở\""
    )]
    Close(CloseArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Carry {
    /// Carry every unfinished item of earlier plans into this one
    All,
    /// Leave them where they are
    None,
}

#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// The period (default: this week, resp. this month): 2022-W50, next week's date range…
    pub period: Option<String>,
    /// Without a terminal: carry the unfinished items of earlier plans (all) or not (none, the default)
    #[arg(long, value_enum, value_name = "all|none")]
    pub carry: Option<Carry>,
}

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
pub struct GoalArgs {
    /// The goal
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

#[derive(Debug, clap::Args)]
pub struct CloseArgs {
    /// The plan period (default: this week)
    pub period: Option<String>,
    /// This month's plan instead of this week's
    #[arg(long, conflicts_with = "period")]
    pub month: bool,
    /// A closing note
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Why an item was not done: ID=TEXT (repeatable; on a terminal you are asked)
    #[arg(long, value_name = "ID=TEXT")]
    pub reason: Vec<String>,
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<View> {
    match cmd {
        Cmd::Week(a) => show(ctx, a, PeriodKind::Week),
        Cmd::Month(a) => show(ctx, a, PeriodKind::Month),
        Cmd::Add(a) => add(ctx, a),
        Cmd::Goal(a) => goal(ctx, a),
        Cmd::Close(a) => close(ctx, a),
    }
}

/// Parses a period that must be of `kind` (a week for `plan week`, a month for `plan month`).
fn period_of(ctx: &Ctx, input: Option<&str>, kind: PeriodKind) -> Result<Period> {
    let week = kind == PeriodKind::Week;
    let raw = input.unwrap_or(if week { "week" } else { "month" });
    let p = parse_period(raw, ctx.today(), ctx.cal())?;
    if p.kind != kind {
        return Err(if week {
            Error::input(M::NotAWeek, &[&raw]).hint(M::NotAWeekHint, &[])
        } else {
            Error::input(M::NotAMonth, &[&raw]).hint(M::NotAMonthHint, &[])
        });
    }
    Ok(p)
}

/// The period a `--week/--month/--plan` choice names (default: this week).
fn chosen_period(ctx: &Ctx, month: bool, plan: Option<&str>) -> Result<Period> {
    match (month, plan) {
        (_, Some(p)) => plan_label(ctx, p),
        (true, None) => period_of(ctx, None, PeriodKind::Month),
        (false, None) => Ok(Period::week_of(ctx.today())),
    }
}

/// What to do with one unfinished item of an earlier plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Carry,
    Drop,
    Leave,
}

/// Reads an answer to the carry question: c/carry/chuyển, d/drop/dừng/bỏ, l/leave/để lại
/// (an empty answer leaves the item). `đ` is "để lại", not "dừng": initials are compared
/// before any folding of diacritics.
pub fn parse_choice(answer: &str) -> Option<Choice> {
    let a = answer.trim().to_lowercase();
    let folded = crate::text::fold(&a);
    match folded.as_str() {
        "" => return Some(Choice::Leave),
        "carry" | "chuyen" | "chuyen tiep" => return Some(Choice::Carry),
        "drop" | "dung" | "bo" => return Some(Choice::Drop),
        "leave" | "de lai" | "giu" | "giu lai" => return Some(Choice::Leave),
        _ => {}
    }
    match a.as_str() {
        "c" | "y" => Some(Choice::Carry),
        "d" | "b" => Some(Choice::Drop),
        "l" | "đ" | "g" | "n" => Some(Choice::Leave),
        _ => None,
    }
}

fn show(ctx: &Ctx, a: ShowArgs, kind: PeriodKind) -> Result<View> {
    let p = period_of(ctx, a.period.as_deref(), kind)?;
    let past = p.to < ctx.today();
    if past && a.carry == Some(Carry::All) {
        return Err(
            Error::input(M::CarryIntoPast, &[&p.label, &crate::i18n::date(p.to)])
                .hint(M::TaskMoveToPastHint, &[]),
        );
    }
    // Phase 1, reading: an existing plan is only shown (unless asked to carry into it).
    let (exists, candidates) = {
        let store = ctx.store_ro()?;
        let conn = store.db();
        let exists = find_plan(conn, &p.label)?;
        if let Some(row) = &exists {
            if a.carry != Some(Carry::All) {
                let (plan, sections) = plan_view(ctx, conn, row)?;
                let mut json = to_json(&plan)?;
                json["created"] = serde_json::Value::Bool(false);
                return Ok(View::Sections { sections, json });
            }
        }
        let candidates = if past {
            Vec::new()
        } else {
            unfinished_before(conn, &p.label, kind == PeriodKind::Week, asof(ctx))?
        };
        (exists.is_some(), candidates)
    };
    // Phase 2, asking (a terminal and no --carry): one question per item, no lock held.
    let choices: Vec<(i64, Choice)> = match a.carry {
        Some(Carry::All) => candidates.iter().map(|c| (c.id, Choice::Carry)).collect(),
        Some(Carry::None) => candidates.iter().map(|c| (c.id, Choice::Leave)).collect(),
        None if !candidates.is_empty() && prompt::interactive() => ask_choices(&candidates, &p.label)?,
        None => candidates.iter().map(|c| (c.id, Choice::Leave)).collect(),
    };
    // Phase 3, writing: the plan row and the carried/dropped items, one transaction.
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let (row, created) = tx.ensure_plan(&p)?;
    let (mut carried, mut dropped, mut left) = (0usize, 0usize, 0usize);
    for (id, choice) in &choices {
        // Another process may have changed the task since the question: skip it then.
        let task = get_task(tx.db(), *id, asof(ctx))?;
        let still = task.is_open() && task.plan.as_deref().is_some_and(|pl| pl < p.label.as_str());
        if !still {
            continue;
        }
        match choice {
            Choice::Carry => {
                carry_task(ctx, &tx, &task, &p.label)?;
                carried += 1;
            }
            Choice::Drop => {
                tx.set_task_status(task.id, "dropped", ctx.today())?;
                tx.add_task_event(task.id, ctx.today(), "drop", None, (None, None))?;
                dropped += 1;
            }
            Choice::Leave => left += 1,
        }
    }
    let (plan, mut sections) = plan_view(ctx, tx.db(), &row)?;
    let summary = if created {
        t(M::UndoPlanCreate, &[&p.label])
    } else {
        t(M::UndoPlanCarry, &[&p.label])
    };
    tx.finish(&summary, ctx.dry_run)?;
    let mut notes = Vec::new();
    if created {
        notes.push(t(M::PlanCreated, &[&row.id, &p.label]));
    }
    if carried > 0 {
        notes.push(t(M::PlanCarried, &[&carried]));
    }
    if dropped > 0 {
        notes.push(t(M::PlanDroppedOld, &[&dropped]));
    }
    if left > 0 {
        let cmd = if kind == PeriodKind::Week { "week" } else { "month" };
        let earlier = if kind == PeriodKind::Week {
            s(M::EarlierWeeks)
        } else {
            s(M::EarlierMonths)
        };
        notes.push(t(M::PlanLeftBehind, &[&left, &earlier, &p.label, &cmd, &p.label]));
    }
    if let Some(first) = sections.first_mut() {
        let mut footer: Vec<String> = first.footer.take().into_iter().collect();
        footer.extend(notes);
        first.footer = Some(footer.join("\n"));
    }
    let mut json = to_json(&plan)?;
    json["created"] = serde_json::Value::Bool(created && !exists);
    json["carried_in"] = carried.into();
    json["dropped"] = dropped.into();
    json["left_behind"] = left.into();
    Ok(View::Sections { sections, json })
}

fn ask_choices(candidates: &[Task], label: &str) -> Result<Vec<(i64, Choice)>> {
    let mut out = Vec::new();
    for c in candidates {
        let question = t(
            M::CarryQuestion,
            &[&c.id, &c.title, &c.plan.clone().unwrap_or_default(), &label],
        );
        let choice = loop {
            match prompt::ask(&question)? {
                None => break Choice::Leave,
                Some(answer) => match parse_choice(&answer) {
                    Some(choice) => break choice,
                    None => continue,
                },
            }
        };
        out.push((c.id, choice));
    }
    Ok(out)
}

/// Carries an unfinished item into `label`: same id and history, one more carry, and a
/// move event saying where from.
fn carry_task(ctx: &Ctx, tx: &WriteTx, task: &Task, label: &str) -> Result<()> {
    let from = task.plan.clone().unwrap_or_default();
    tx.move_task(task.id, Some(label), true)?;
    tx.add_task_event(
        task.id,
        ctx.today(),
        "move",
        Some(&t(M::CarryReason, &[&from])),
        (Some(&from), Some(label)),
    )?;
    Ok(())
}

/// The plan record and its sections: items, then goals and contingencies when there are any.
fn plan_view(ctx: &Ctx, conn: crate::store::Db<'_>, row: &PlanRow) -> Result<(Plan, Vec<Listing>)> {
    let q = TaskQuery {
        plan: Some(&row.period),
        ..TaskQuery::default()
    };
    let items = query_tasks(conn, &q, asof(ctx))?.rows;
    let goals = goals(conn, row.id)?;
    let contingencies = contingencies(
        conn,
        &ContingencyFilter {
            plan: Some(row.period.clone()),
            open: false,
        },
    )?;
    let kind = if row.kind == "month" {
        s(M::PlanMonth)
    } else {
        s(M::PlanWeek)
    };
    let mut title = t(
        M::PlanTitle,
        &[
            &kind,
            &row.period,
            &crate::i18n::date(row.from),
            &crate::i18n::date(row.to),
        ],
    );
    if let Some(d) = row.closed_on {
        title.push_str(&t(M::PlanClosedOn, &[&crate::i18n::date(d)]));
    }
    let mut l = task_listing(&items)?;
    if items.is_empty() {
        l.footer = None;
    }
    l.title = Some(title);
    l.empty = Some(t(M::PlanEmpty, &[&row.period]));
    let mut sections = vec![l];
    if !goals.is_empty() {
        let rows = goals
            .iter()
            .map(|g| vec![format!("#{}", g.id), g.text.clone()])
            .collect();
        let mut l = Listing::new(vec![s(M::LId).into(), s(M::LGoal).into()], rows, &goals)?;
        l.title = Some(s(M::PlanGoals).to_string());
        sections.push(l);
    }
    if !contingencies.is_empty() {
        let mut l = super::contingency::contingency_listing(&contingencies)?;
        l.title = Some(s(M::PlanContingencies).to_string());
        sections.push(l);
    }
    let plan = Plan {
        id: row.id,
        record: "plan",
        kind: row.kind.clone(),
        period: row.period.clone(),
        from: row.from,
        to: row.to,
        closed_on: row.closed_on,
        note: row.note.clone(),
        items,
        goals,
        contingencies,
    };
    Ok((plan, sections))
}

fn add(ctx: &Ctx, a: AddArgs) -> Result<View> {
    let title = crate::input::user_text(&a.text.join(" "))?;
    let p = chosen_period(ctx, a.month, a.opts.plan.as_deref())?;
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    tx.ensure_plan(&p)?;
    let task = super::task::insert(ctx, &tx, title, &a.opts, Some(p.label.clone()))?;
    tx.finish(&t(M::UndoTaskAdd, &[&task.id]), ctx.dry_run)?;
    super::task::added_view(&task)
}

fn goal(ctx: &Ctx, a: GoalArgs) -> Result<View> {
    let text = crate::input::user_text(&a.text.join(" "))?;
    let p = chosen_period(ctx, a.month, a.plan.as_deref())?;
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let (row, _) = tx.ensure_plan(&p)?;
    let id = tx.insert_goal(row.id, &text)?;
    tx.finish(&t(M::UndoGoalAdd, &[&id]), ctx.dry_run)?;
    Ok(View::Record {
        line: t(M::GoalAdded, &[&id, &p.label]),
        json: serde_json::json!({"id": id, "type": "goal", "plan": p.label, "text": text}),
    })
}

/// Parses `--reason ID=TEXT`.
fn parse_reason(raw: &str) -> Result<(i64, String)> {
    let bad = || Error::input(M::BadReason, &[&raw]).hint(M::BadReasonHint, &[]);
    let (id, text) = raw.split_once('=').ok_or_else(bad)?;
    let id = crate::input::parse_id(id).map_err(|_| bad())?;
    Ok((id, crate::input::user_text(text)?))
}

fn close(ctx: &Ctx, a: CloseArgs) -> Result<View> {
    let p = match (&a.period, a.month) {
        (Some(raw), _) => plan_label(ctx, raw)?,
        (None, true) => period_of(ctx, None, PeriodKind::Month)?,
        (None, false) => Period::week_of(ctx.today()),
    };
    if p.from > ctx.today() {
        return Err(Error::input(
            M::PlanNotStarted,
            &[&p.label, &crate::i18n::date(p.from)],
        ));
    }
    let note = a.note.as_deref().map(crate::input::user_text).transpose()?;
    let mut reasons: Vec<(i64, String)> = a.reason.iter().map(|r| parse_reason(r)).collect::<Result<_>>()?;
    // Reading first: the items still open, and questions about them on a terminal.
    let open: Vec<(i64, String)> = {
        let store = ctx.store_ro()?;
        let plan = find_plan(store.db(), &p.label)?;
        if let Some(row) = &plan {
            if let Some(d) = row.closed_on {
                return Err(
                    Error::input(M::PlanAlreadyClosed, &[&p.label, &crate::i18n::date(d)])
                        .hint(M::PlanAlreadyClosedHint, &[&p.label]),
                );
            }
        }
        let report = compute(&week_input(store.db(), &p, plan)?);
        report
            .items
            .iter()
            .filter(|i| matches!(i.result, ItemResult::NotDone | ItemResult::InProgress))
            .map(|i| (i.id, i.title.clone()))
            .collect()
    };
    for (id, _) in &reasons {
        if !open.iter().any(|(o, _)| o == id) {
            let ids = open
                .iter()
                .map(|(o, _)| format!("#{o}"))
                .collect::<Vec<_>>()
                .join(", ");
            return Err(Error::input(M::ReasonNotOpenItem, &[id, &p.label]).hint(
                M::ReasonNotOpenItemHint,
                &[&if ids.is_empty() { "–".to_string() } else { ids }],
            ));
        }
    }
    if reasons.is_empty() && !open.is_empty() && prompt::interactive() {
        for (id, title) in &open {
            if let Some(answer) = prompt::ask(&t(M::ReasonQuestion, &[id, title]))? {
                if !answer.trim().is_empty() {
                    reasons.push((*id, crate::input::user_text(&answer)?));
                }
            }
        }
    }
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let (row, _) = tx.ensure_plan(&p)?;
    if let Some(d) = row.closed_on {
        return Err(
            Error::input(M::PlanAlreadyClosed, &[&p.label, &crate::i18n::date(d)])
                .hint(M::PlanAlreadyClosedHint, &[&p.label]),
        );
    }
    for (id, text) in &reasons {
        tx.add_task_event(
            *id,
            ctx.today(),
            "close_review",
            Some(text),
            (Some(&p.label), None),
        )?;
    }
    tx.close_plan(row.id, ctx.today(), note.as_deref())?;
    let row = find_plan(tx.db(), &p.label)?;
    let report = compute(&week_input(tx.db(), &p, row)?);
    tx.finish(&t(M::UndoPlanClose, &[&p.label]), ctx.dry_run)?;
    let without = open.len() - reasons.len().min(open.len());
    let mut headline = t(M::PlanClosed, &[&p.label]);
    if without > 0 {
        headline.push_str(&t(M::PlanClosedNoReason, &[&without]));
    }
    super::report::week_view(&report, Some(headline))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_in_both_languages() {
        assert_eq!(parse_choice("c"), Some(Choice::Carry));
        assert_eq!(parse_choice("Chuyển"), Some(Choice::Carry));
        assert_eq!(parse_choice("carry"), Some(Choice::Carry));
        assert_eq!(parse_choice("d"), Some(Choice::Drop));
        assert_eq!(parse_choice("dừng"), Some(Choice::Drop));
        assert_eq!(parse_choice("bỏ"), Some(Choice::Drop));
        assert_eq!(parse_choice("đ"), Some(Choice::Leave));
        assert_eq!(parse_choice("để lại"), Some(Choice::Leave));
        assert_eq!(parse_choice("l"), Some(Choice::Leave));
        assert_eq!(parse_choice(""), Some(Choice::Leave));
        assert_eq!(parse_choice("x"), None);
    }
}
