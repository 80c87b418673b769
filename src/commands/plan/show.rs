//! `plan week|month`: a plan shown; the first time (or with `--carry all`) the plan row is
//! created and each unfinished item of earlier plans is carried into it, dropped or left
//! where it is — answered on a terminal before the write transaction opens.

use super::period_of;
use crate::app::Ctx;
use crate::dates::{Period, PeriodKind};
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use crate::input::CarryChoice;
use crate::model::plan::{Plan, PlanRow};
use crate::model::{Event, RecordKind, Task, TaskStatus};
use crate::render::listings::{CarryCounts, PlanView};
use crate::render::prompt::CarryDecision;
use crate::render::{View, prompt};
use crate::store::WriteTx;
use crate::store::plans::{ContingencyFilter, contingencies, find_plan, goals};
use crate::store::tasks::{TaskQuery, get_task, query_tasks, unfinished_before};

/// `--carry`: every unfinished item of earlier plans carried into this one, or left
/// where it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Carry {
    All,
    None,
}

impl crate::choice::Choice for Carry {
    const FORMS: &'static [crate::choice::Form<Carry>] = &[
        crate::choice::Form {
            value: Carry::All,
            en: "all",
            vi: "tat-ca",
            also: &["co", "yes"],
        },
        crate::choice::Form {
            value: Carry::None,
            en: "none",
            vi: "khong",
            also: &["no"],
        },
    ];
}

#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// The period (default: this week, resp. this month): 2022-W50, next week's date range…
    pub period: Option<String>,
    /// Without a terminal: carry the unfinished items of earlier plans (all) or not (none, the default)
    #[arg(long, value_parser = crate::choice::ChoiceParser::<Carry>::new())]
    pub carry: Option<Carry>,
}

/// What the reading phase found: a plan only to be shown, or one to open.
enum Found {
    Shown(PlanView),
    ToOpen { exists: bool, candidates: Vec<Task> },
}

pub fn show(ctx: &Ctx, a: ShowArgs, kind: PeriodKind) -> Result<View> {
    let p = period_of(ctx, a.period.as_deref(), kind)?;
    let past = p.to < ctx.today();
    if past && a.carry == Some(Carry::All) {
        return Err(
            Error::input(M::CarryIntoPast, &[&p.label, &crate::i18n::date(p.to)])
                .hint(M::TaskMoveToPastHint, &[]),
        );
    }
    let (exists, candidates) = match read(ctx, &p, kind, past, a.carry)? {
        Found::Shown(view) => return Ok(View::Typed(Box::new(view))),
        Found::ToOpen { exists, candidates } => (exists, candidates),
    };
    let choices = choose(&candidates, &p.label, a.carry)?;
    let view = open(ctx, &p, exists, &choices)?;
    Ok(View::Typed(Box::new(view)))
}

/// Phase 1, reading: an existing plan is only shown (unless asked to carry into it);
/// otherwise the unfinished items of earlier plans are the candidates to carry.
fn read(ctx: &Ctx, p: &Period, kind: PeriodKind, past: bool, carry: Option<Carry>) -> Result<Found> {
    let store = ctx.store_ro()?;
    let conn = store.db();
    let exists = find_plan(conn, &p.label)?;
    if let Some(row) = &exists {
        if carry != Some(Carry::All) {
            let plan = load_plan(ctx, conn, row)?;
            let view = PlanView {
                plan,
                created: false,
                carry: None,
            };
            return Ok(Found::Shown(view));
        }
    }
    let candidates = if past {
        Vec::new()
    } else {
        unfinished_before(conn, &p.label, kind == PeriodKind::Week, ctx.task_asof())?
    };
    Ok(Found::ToOpen {
        exists: exists.is_some(),
        candidates,
    })
}

/// Phase 2, asking (a terminal and no `--carry`): one question per item, no lock held.
fn choose(candidates: &[Task], label: &str, carry: Option<Carry>) -> Result<Vec<CarryDecision>> {
    let all = |choice| candidates.iter().map(|c| (c.id, choice, None)).collect();
    Ok(match carry {
        Some(Carry::All) => all(CarryChoice::Carry),
        Some(Carry::None) => all(CarryChoice::Leave),
        None if !candidates.is_empty() && prompt::interactive() => prompt::carry_choices(candidates, label)?,
        None => all(CarryChoice::Leave),
    })
}

/// Phase 3, writing: the plan row and the carried/dropped items, one transaction.
fn open(ctx: &Ctx, p: &Period, exists: bool, choices: &[CarryDecision]) -> Result<PlanView> {
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let (row, created) = tx.ensure_plan(p)?;
    let mut counts = CarryCounts {
        plan_created: created,
        carried_in: 0,
        dropped: 0,
        left_behind: 0,
    };
    for (id, choice, reason) in choices {
        match apply(ctx, &tx, *id, *choice, reason.as_deref(), &p.label)? {
            Some(CarryChoice::Carry) => counts.carried_in += 1,
            Some(CarryChoice::Drop) => counts.dropped += 1,
            Some(CarryChoice::Leave) => counts.left_behind += 1,
            None => {}
        }
    }
    let plan = load_plan(ctx, tx.db(), &row)?;
    let summary = if created {
        t(M::UndoPlanCreate, &[&p.label])
    } else {
        t(M::UndoPlanCarry, &[&p.label])
    };
    tx.finish(&summary, ctx.dry_run)?;
    Ok(PlanView {
        plan,
        created: created && !exists,
        carry: Some(counts),
    })
}

/// Applies one answer; `None` when another process changed the task since the question
/// (it is no longer an open item of an earlier plan) and it is skipped.
fn apply(
    ctx: &Ctx,
    tx: &WriteTx,
    id: i64,
    choice: CarryChoice,
    reason: Option<&str>,
    label: &str,
) -> Result<Option<CarryChoice>> {
    let task = get_task(tx.db(), id, ctx.task_asof())?;
    let still = task.is_open() && task.plan.as_deref().is_some_and(|pl| pl < label);
    if !still {
        return Ok(None);
    }
    match choice {
        CarryChoice::Carry => carry_task(ctx, tx, &task, reason, label)?,
        CarryChoice::Drop => {
            tx.set_task_status(task.id, TaskStatus::Dropped, ctx.today())?;
            tx.add_task_event(task.id, ctx.today(), Event::Drop, reason, (None, None))?;
        }
        CarryChoice::Leave => {}
    }
    Ok(Some(choice))
}

/// Carries an unfinished item into `label`: same id and history, one more carry, and a
/// move event with the reason given (else saying where from).
fn carry_task(ctx: &Ctx, tx: &WriteTx, task: &Task, reason: Option<&str>, label: &str) -> Result<()> {
    let from = task.plan.clone().unwrap_or_default();
    tx.move_task(task.id, Some(label), true)?;
    let default = t(M::CarryReason, &[&from]);
    tx.add_task_event(
        task.id,
        ctx.today(),
        Event::Move,
        Some(reason.unwrap_or(&default)),
        (Some(&from), Some(label)),
    )?;
    Ok(())
}

/// The plan record: its row, items, goals and contingencies.
fn load_plan(ctx: &Ctx, conn: crate::store::Db<'_>, row: &PlanRow) -> Result<Plan> {
    let q = TaskQuery {
        plan: Some(&row.period),
        ..TaskQuery::default()
    };
    let items = query_tasks(conn, &q, ctx.task_asof())?.rows;
    let goals = goals(conn, row.id)?;
    let contingencies = contingencies(
        conn,
        &ContingencyFilter {
            plan: Some(row.period.clone()),
            open: false,
        },
    )?;
    Ok(Plan {
        id: row.id,
        record: RecordKind::Plan,
        kind: row.kind.clone(),
        period: row.period.clone(),
        from: row.from,
        to: row.to,
        closed_on: row.closed_on,
        note: row.note.clone(),
        items,
        goals,
        contingencies,
    })
}
