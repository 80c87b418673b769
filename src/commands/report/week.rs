//! `report week`: a week's plan against its result, with the week's arising work.

use crate::app::Ctx;
use crate::dates::{PeriodKind, parse_period};
use crate::error::{Error, Result};
use crate::i18n::M;
use crate::render::View;
use crate::render::reports::week::WeekView;
use crate::report::week::compute;
use crate::store::plans::{find_plan, week_input};

pub fn run(ctx: &Ctx, period: Option<&str>) -> Result<View> {
    let input = period.unwrap_or("week");
    let p = parse_period(input, ctx.today(), ctx.cal())?;
    if p.kind != PeriodKind::Week {
        return Err(Error::input(M::NotAWeek, &[&input]).hint(M::NotAWeekHint, &[]));
    }
    let store = ctx.store_ro()?;
    let plan = find_plan(store.db(), &p.label)?;
    let report = compute(&week_input(store.db(), &p, plan)?);
    Ok(View::Typed(Box::new(WeekView {
        report,
        headline: None,
    })))
}
