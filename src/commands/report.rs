//! `worklog report`: the reports of SPEC §6. Each subcommand computes its report once
//! (src/report/) and hands it to the output.

use crate::app::Ctx;
use crate::error::Result;
use crate::render::View;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Monthly statistics: worklog report month [2022-12] [--submit]
    Month(super::report_month::MonthArgs),
    /// Yearly statistics: worklog report year [2022]
    Year(super::report_month::YearArgs),
    /// Statistics of any span: worklog report range 01/12/2022 15/12/2022
    Range(super::report_month::RangeArgs),
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<View> {
    match cmd {
        Cmd::Month(a) => super::report_month::month(ctx, a),
        Cmd::Year(a) => super::report_month::year(ctx, a),
        Cmd::Range(a) => super::report_month::range(ctx, a),
    }
}
