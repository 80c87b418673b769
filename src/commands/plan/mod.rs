//! `worklog plan`: week and month plans — their items (tasks whose plan is the period),
//! goals and contingencies; opening a plan offers to carry the unfinished items of earlier
//! plans; closing it records the review (why each unfinished item was not done).
//!
//! Questions are asked before the write transaction opens, so a user thinking at the
//! prompt never holds the database lock that other `worklog add` processes wait on.

mod close;
mod items;
mod show;

use crate::app::Ctx;
use crate::dates::{Period, PeriodKind, parse_period};
use crate::error::{Error, Result};
use crate::i18n::M;
use crate::render::View;

pub use close::CloseArgs;
pub use items::{AddArgs, GoalArgs};
pub use show::{Carry, ShowArgs};

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

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<View> {
    match cmd {
        Cmd::Week(a) => show::show(ctx, a, PeriodKind::Week),
        Cmd::Month(a) => show::show(ctx, a, PeriodKind::Month),
        Cmd::Add(a) => items::add(ctx, a),
        Cmd::Goal(a) => items::goal(ctx, a),
        Cmd::Close(a) => close::close(ctx, a),
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
        (_, Some(p)) => crate::input::plan_label(p, ctx.today(), ctx.cal()),
        (true, None) => period_of(ctx, None, PeriodKind::Month),
        (false, None) => Ok(Period::week_of(ctx.today())),
    }
}
