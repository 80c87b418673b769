//! `report week`: a week's plan against its result, with the week's arising work; as a
//! document (docx, html), the weekly report brought to the giao ban meeting.

use crate::app::Ctx;
use crate::dates::{Period, PeriodKind, parse_period};
use crate::error::{Error, Result};
use crate::i18n::M;
use crate::render::View;
use crate::render::doc::admin::{Issuer, WeekContent};
use crate::render::reports::week::WeekView;
use crate::report::week::compute;
use crate::store::plans::{find_plan, week_input};
use crate::store::{self, Store};

pub fn run(ctx: &Ctx, period: Option<&str>) -> Result<View> {
    let input = period.unwrap_or("week");
    let p = parse_period(input, ctx.today(), ctx.cal())?;
    if p.kind != PeriodKind::Week {
        return Err(Error::input(M::NotAWeek, &[&input]).hint(M::NotAWeekHint, &[]));
    }
    let store = ctx.store_ro()?;
    let plan = find_plan(store.db(), &p.label)?;
    let report = compute(&week_input(store.db(), &p, plan)?);
    // What only the document says is read only when a document is asked for.
    let document = if ctx.out.shows_documents() {
        Some((Issuer::new(&ctx.config, ctx.today()), content(ctx, &store, &p)?))
    } else {
        None
    };
    Ok(View::Typed(Box::new(WeekView {
        report,
        headline: None,
        document,
    })))
}

/// The week document's content: the coming week's tasks (due in it, or in a week plan
/// starting in it), the tasks overdue at the week's end, the obstacles open now that
/// were raised by its end.
fn content(ctx: &Ctx, store: &Store, p: &Period) -> Result<WeekContent> {
    let month = crate::ops::month_content(ctx, store, p)?;
    let (from, to) = p.following_days();
    let start = |label: &str| {
        parse_period(label, ctx.today(), ctx.cal())
            .ok()
            .filter(|q| q.kind == PeriodKind::Week)
            .map(|q| q.from)
    };
    let plans: Vec<String> = store::tasks::open_plan_labels(store.db())?
        .into_iter()
        .filter(|l| start(l).is_some_and(|d| from <= d && d <= to))
        .collect();
    let tasks = store::tasks::next_candidates(store.db(), from, to, &plans)?;
    Ok(WeekContent {
        next: crate::report::month::next_tasks(p, &tasks, start),
        overdue: month.overdue,
        // Open now and already raised by the week's end (a later one is not the week's).
        blockers: store::blockers::list_blockers(store.db(), true, None, ctx.today())?
            .into_iter()
            .filter(|b| b.raised_on <= p.to)
            .collect(),
        unit_names: month.unit_names,
    })
}
