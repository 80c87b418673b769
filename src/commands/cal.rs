//! `worklog cal [MONTH]`: a Monday-first month grid with the lunar date of every day,
//! holidays, today and the open tasks due, then the month's holidays and deadlines
//! (SPEC §5). The command reads the month and gathers its days and deadlines;
//! `render::calendar` shows them.

use crate::app::Ctx;
use crate::calendar::solar_to_lunar;
use crate::dates::{DateError, Period, PeriodKind, parse_period};
use crate::error::{Error, Result};
use crate::i18n::M;
use crate::render::View;
use crate::render::calendar::{CalendarDay, CalendarView, Deadline};
use crate::store::calendar::due_tasks;
use chrono::{Datelike, NaiveDate};

#[derive(Debug, clap::Args)]
#[command(
    after_long_help = "Examples:\n  worklog cal\n  worklog cal 2023-01\n  worklog cal last-month --format json"
)]
pub struct Args {
    /// The month: 2023-01, 01/2023, month, last-month (default: this month)
    #[arg(value_name = "MONTH")]
    pub month: Option<String>,
}

pub fn run(ctx: &Ctx, a: Args) -> Result<View> {
    let today = ctx.today();
    let month = match &a.month {
        None => Period::month(today.year(), today.month()),
        Some(input) => Some(parse_month(input, today, ctx)?),
    }
    .ok_or_else(|| Error::input(M::CalNotAMonth, &[&"month"]).hint(M::CalNotAMonthHint, &[]))?;
    let store = ctx.store_ro()?;
    let tasks = due_tasks(store.db(), month.from, month.to)?;
    let days: Vec<CalendarDay> = month
        .days()
        .map(|date| CalendarDay {
            date,
            lunar: solar_to_lunar(date).ok(),
            holiday: ctx.cal().holiday(date).map(|h| h.kind),
            working: ctx.cal().is_working_day(date),
            due: tasks.iter().filter(|t| t.due == date).map(|t| t.id).collect(),
        })
        .collect();
    let tasks = tasks
        .into_iter()
        .map(|t| Deadline {
            id: t.id,
            due: t.due,
            title: t.title,
        })
        .collect();
    // Said where it matters: the month shown reaches the coming Tết.
    let note = crate::ops::tet_computed_note(ctx, (month.to - today).num_days().max(0));
    Ok(View::Typed(Box::new(crate::render::noted::Noted {
        view: CalendarView {
            month,
            days,
            tasks,
            today,
        },
        note,
    })))
}

/// Any §4 period that is a calendar month; anything else is an input error naming the
/// month forms.
fn parse_month(input: &str, today: NaiveDate, ctx: &Ctx) -> Result<Period> {
    let not_a_month = || Error::input(M::CalNotAMonth, &[&input.trim()]).hint(M::CalNotAMonthHint, &[]);
    match parse_period(input, today, ctx.cal()) {
        Ok(p) if p.kind == PeriodKind::Month => Ok(p),
        Ok(_) | Err(DateError::BadPeriod(_)) => Err(not_a_month()),
        Err(e) => Err(e.into()),
    }
}
