//! `plan close`: a plan closed with its review. The reasons why items were not done come
//! from `--reason ID=TEXT` or, on a terminal, from questions asked before the write
//! transaction opens; the result is the plan report with a "closed" headline.

use super::period_of;
use crate::app::Ctx;
use crate::dates::{Period, PeriodKind};
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use crate::input::parse_reason;
use crate::model::Event;
use crate::render::reports::week::WeekView;
use crate::render::{View, prompt};
use crate::report::week::{ItemResult, WeekReport, compute};
use crate::store::plans::{find_plan, week_input};
use chrono::NaiveDate;

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

pub fn close(ctx: &Ctx, a: CloseArgs) -> Result<View> {
    let p = closing_period(ctx, &a)?;
    let note = a.note.as_deref().map(crate::input::user_text).transpose()?;
    let mut reasons: Vec<(i64, String)> = a.reason.iter().map(|r| parse_reason(r)).collect::<Result<_>>()?;
    let open = open_items(ctx, &p)?;
    check_reasons(&reasons, &open, &p.label)?;
    if reasons.is_empty() && !open.is_empty() && prompt::interactive() {
        reasons = prompt::close_reasons(&open)?;
    }
    let report = write(ctx, &p, &reasons, note.as_deref())?;
    let without = open.len() - reasons.len().min(open.len());
    let mut headline = t(M::PlanClosed, &[&crate::render::labels::period_phrase(&p)]);
    if without > 0 {
        headline.push_str(&t(M::PlanClosedNoReason, &[&without]));
    }
    Ok(View::Typed(Box::new(WeekView {
        report,
        headline: Some(headline),
        document: None,
    })))
}

/// The plan to close (default: this week's); one that has not started cannot be closed.
fn closing_period(ctx: &Ctx, a: &CloseArgs) -> Result<Period> {
    let p = match (&a.period, a.month) {
        (Some(raw), _) => crate::input::plan_label(raw, ctx.today(), ctx.cal())?,
        (None, true) => period_of(ctx, None, PeriodKind::Month)?,
        (None, false) => Period::week_of(ctx.today()),
    };
    if p.from > ctx.today() {
        return Err(Error::input(
            M::PlanNotStarted,
            &[&p.label, &crate::i18n::date(p.from)],
        ));
    }
    Ok(p)
}

fn already_closed(label: &str, on: NaiveDate) -> Error {
    Error::input(M::PlanAlreadyClosed, &[&label, &crate::i18n::date(on)])
        .hint(M::PlanAlreadyClosedHint, &[&label])
}

/// Reading first: the items still open (id, title), which the reasons are about.
fn open_items(ctx: &Ctx, p: &Period) -> Result<Vec<(i64, String)>> {
    let store = ctx.store_ro()?;
    let plan = find_plan(store.db(), &p.label)?;
    if let Some(d) = plan.as_ref().and_then(|row| row.closed_on) {
        return Err(already_closed(&p.label, d));
    }
    let report = compute(&week_input(store.db(), p, plan)?);
    Ok(report
        .items
        .iter()
        .filter(|i| matches!(i.result, ItemResult::NotDone | ItemResult::InProgress))
        .map(|i| (i.id, i.title.clone()))
        .collect())
}

/// Every `--reason` must be about an open item of the plan.
fn check_reasons(reasons: &[(i64, String)], open: &[(i64, String)], label: &str) -> Result<()> {
    for (id, _) in reasons {
        if !open.iter().any(|(o, _)| o == id) {
            let ids = open
                .iter()
                .map(|(o, _)| format!("#{o}"))
                .collect::<Vec<_>>()
                .join(", ");
            return Err(Error::input(M::ReasonNotOpenItem, &[id, &label]).hint(
                M::ReasonNotOpenItemHint,
                &[&if ids.is_empty() { "–".to_string() } else { ids }],
            ));
        }
    }
    Ok(())
}

/// The review events and the closing, one transaction; the closed plan's report.
fn write(ctx: &Ctx, p: &Period, reasons: &[(i64, String)], note: Option<&str>) -> Result<WeekReport> {
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let (row, _) = tx.ensure_plan(p)?;
    if let Some(d) = row.closed_on {
        return Err(already_closed(&p.label, d));
    }
    for (id, text) in reasons {
        tx.add_task_event(
            *id,
            ctx.today(),
            Event::CloseReview,
            Some(text),
            (Some(&p.label), None),
        )?;
    }
    tx.close_plan(row.id, ctx.today(), note)?;
    let row = find_plan(tx.db(), &p.label)?;
    let report = compute(&week_input(tx.db(), p, row)?);
    tx.finish(&t(M::UndoPlanClose, &[&p.label]), ctx.dry_run)?;
    Ok(report)
}
