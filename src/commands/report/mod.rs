//! `worklog report`: the report family, one thin file per report. Each reads its
//! arguments into typed values, gathers rows from the store, calls the pure computation
//! of `report/` and hands the result to its view in `render::reports`.

mod briefing;
mod facts;
mod followups;
mod merge;
mod month;
mod review;
mod submissions;
mod week;

use crate::app::Ctx;
use crate::error::Result;
use crate::render::View;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// A week's plan against its result, with the week's arising work
    #[command(
        after_long_help = "Examples:\n  worklog report week\n  worklog report week last-week --format md\n  worklog report week --format docx -o bao-cao-tuan.docx"
    )]
    Week {
        /// The week (default: this week): week, last-week, 2022-W50…
        period: Option<String>,
    },
    /// Work assigned to units and not done: major first, oldest first, with blockers
    Followups(followups::Args),
    /// The four-part stock-take: work done, documents, pending follow-ups, documents issued/required
    Review(review::Args),
    /// Monthly statistics: worklog report month [2022-12] [--submit]
    Month(month::MonthArgs),
    /// Yearly statistics: worklog report year [2022]
    Year(month::YearArgs),
    /// Statistics of any span: worklog report range 01/12/2022 15/12/2022
    Range(month::RangeArgs),
    /// An office head's roll-up of several officials' `report month --format json` files
    Merge(merge::Args),
    /// The sector brief for the leader: facts with source, as-of and history; the field's documents in force
    Facts(facts::Args),
    /// Content for a giao ban meeting: the week's results, consultations with the leader's opinion, what needs direction, proposals
    Briefing(briefing::Args),
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<View> {
    match cmd {
        Cmd::Week { period } => week::run(ctx, period.as_deref()),
        Cmd::Followups(a) => followups::run(ctx, a),
        Cmd::Review(a) => review::run(ctx, a),
        Cmd::Month(a) => month::month(ctx, a),
        Cmd::Year(a) => month::year(ctx, a),
        Cmd::Range(a) => month::range(ctx, a),
        Cmd::Merge(a) => merge::run(ctx, a),
        Cmd::Facts(a) => facts::run(ctx, a),
        Cmd::Briefing(a) => briefing::run(ctx, a),
    }
}
