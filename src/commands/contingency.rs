//! `worklog contingency` (alias `risk`): situations that may arise, each with a prepared
//! response, belonging to a plan or to a task (SPEC §2). Triggering one records what
//! happened; `report week` shows it beside the arising work it explains.

use crate::app::Ctx;
use crate::dates::Period;
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use crate::model::ContingencyStatus;
use crate::render::View;
use crate::render::listings::ContingencyList;
use crate::store::plans::{ContingencyFilter, contingencies, get_contingency, live_contingency};
use crate::store::tasks::live_task;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Prepare for a situation: worklog contingency add "Bão đổ bộ" --response "Sơ tán dân"
    Add(AddArgs),
    /// List contingencies
    List(ListArgs),
    /// Record that the situation happened, and what came of the response
    Trigger(TriggerArgs),
    /// Close a contingency (no longer needed, or dealt with)
    Close {
        /// The contingency's id
        #[arg(value_parser = crate::input::parse_id)]
        id: i64,
    },
}

#[derive(Debug, clap::Args)]
#[command(
    after_long_help = "Examples:\n  worklog contingency add \"Sở chậm gửi số liệu\" --response \"Dùng số liệu ước tính, ghi chú rõ\"\n  worklog risk add \"Lãnh đạo đi công tác\" --response \"Trình Phó Chủ tịch ký thay\" --task 12"
)]
pub struct AddArgs {
    /// The situation that may arise
    #[arg(required = true, num_args = 1..)]
    pub situation: Vec<String>,
    /// The prepared response
    #[arg(long, value_name = "TEXT")]
    pub response: Option<String>,
    /// The plan it belongs to (default: this week's)
    #[arg(long, value_name = "PERIOD", conflicts_with = "task")]
    pub plan: Option<String>,
    /// The task it belongs to, instead of a plan
    #[arg(long, value_name = "ID", value_parser = crate::input::parse_id)]
    pub task: Option<i64>,
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only those of this plan (and of its tasks)
    #[arg(long, value_name = "PERIOD")]
    pub plan: Option<String>,
    /// Only open ones (not triggered, not closed)
    #[arg(long)]
    pub open: bool,
}

#[derive(Debug, clap::Args)]
pub struct TriggerArgs {
    /// The contingency's id
    #[arg(value_parser = crate::input::parse_id)]
    pub id: i64,
    /// The day it happened (default: today)
    #[arg(short = 'd', long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<String>,
    /// What came of the response (required)
    #[arg(long, value_name = "TEXT")]
    pub outcome: Option<String>,
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<View> {
    match cmd {
        Cmd::Add(a) => add(ctx, a),
        Cmd::List(a) => list(ctx, a),
        Cmd::Trigger(a) => trigger(ctx, a),
        Cmd::Close { id } => close(ctx, id),
    }
}

fn add(ctx: &Ctx, a: AddArgs) -> Result<View> {
    let situation = crate::input::user_text(&a.situation.join(" "))?;
    let response = match a.response.as_deref() {
        Some(r) => crate::input::user_text(r)?,
        None => {
            return Err(
                Error::input(M::ContingencyNeedsResponse, &[]).hint(M::ContingencyNeedsResponseHint, &[])
            );
        }
    };
    let period = match (&a.plan, a.task) {
        (_, Some(_)) => None,
        (Some(p), None) => Some(crate::input::plan_label(p, ctx.today(), ctx.cal())?),
        (None, None) => Some(Period::week_of(ctx.today())),
    };
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let plan_id = match &period {
        Some(p) => Some(tx.ensure_plan(p)?.0.id),
        None => None,
    };
    if let Some(task) = a.task {
        live_task(tx.db(), task, ctx.task_asof())?;
    }
    let id = tx.insert_contingency(plan_id, a.task, &situation, &response)?;
    let c = get_contingency(tx.db(), id)?;
    tx.finish(&t(M::UndoContingencyAdd, &[&id]), ctx.dry_run)?;
    let belongs = match (&c.plan, c.task) {
        (Some(p), _) => t(M::ContingencyOfPlan, &[p]),
        (None, Some(task)) => t(M::ContingencyOfTask, &[&task]),
        _ => String::new(),
    };
    Ok(View::Typed(Box::new(crate::render::message::Message::line(
        t(M::ContingencyAdded, &[&id, &belongs]),
        c,
    ))))
}

fn list(ctx: &Ctx, a: ListArgs) -> Result<View> {
    let plan = a
        .plan
        .as_deref()
        .map(|p| crate::input::plan_label(p, ctx.today(), ctx.cal()))
        .transpose()?
        .map(|p| p.label);
    let store = ctx.store_ro()?;
    let list = contingencies(store.db(), &ContingencyFilter { plan, open: a.open })?;
    Ok(View::Typed(Box::new(ContingencyList { contingencies: list })))
}

fn trigger(ctx: &Ctx, a: TriggerArgs) -> Result<View> {
    let outcome = match a.outcome.as_deref() {
        Some(o) => crate::input::user_text(o)?,
        None => {
            return Err(Error::input(M::TriggerNeedsOutcome, &[]).hint(M::TriggerNeedsOutcomeHint, &[&a.id]));
        }
    };
    let date = match a.date.as_deref() {
        Some(d) => crate::ops::past_date(ctx, d, M::FutureDateHint)?,
        None => ctx.today(),
    };
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let c = live_contingency(tx.db(), a.id)?;
    match c.status {
        ContingencyStatus::Closed => return Err(Error::input(M::ContingencyIsClosed, &[&a.id])),
        ContingencyStatus::Triggered => {
            return Err(Error::input(
                M::ContingencyAlreadyTriggered,
                &[&a.id, &c.triggered_on.map(crate::i18n::date).unwrap_or_default()],
            ));
        }
        ContingencyStatus::Open => {}
    }
    tx.trigger_contingency(a.id, date, &outcome)?;
    let c = get_contingency(tx.db(), a.id)?;
    tx.finish(&t(M::UndoContingencyTrigger, &[&a.id]), ctx.dry_run)?;
    let line = t(M::ContingencyTriggered, &[&a.id, &crate::i18n::day(date)]);
    Ok(View::Typed(Box::new(crate::render::message::Message::line(
        line, c,
    ))))
}

fn close(ctx: &Ctx, id: i64) -> Result<View> {
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let c = live_contingency(tx.db(), id)?;
    if c.status == ContingencyStatus::Closed {
        return Err(Error::input(M::ContingencyIsClosed, &[&id]));
    }
    tx.close_contingency(id, ctx.today())?;
    let c = get_contingency(tx.db(), id)?;
    tx.finish(&t(M::UndoContingencyClose, &[&id]), ctx.dry_run)?;
    Ok(View::Typed(Box::new(crate::render::message::Message::line(
        t(M::ContingencyClosedMsg, &[&id]),
        c,
    ))))
}
