//! `worklog report`: the reports of SPEC §6. Each subcommand's code lives in its own
//! file (`report_*.rs`); the computation is in `report/`.

use crate::app::Ctx;
use crate::error::Result;
use crate::render::View;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Work assigned to units and not done: major first, oldest first, with blockers
    Followups(super::report_followups::Args),
    /// The four-part stock-take: work done, documents, pending follow-ups, documents issued/required
    Review(super::report_review::Args),
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<View> {
    match cmd {
        Cmd::Followups(a) => super::report_followups::run(ctx, a),
        Cmd::Review(a) => super::report_review::run(ctx, a),
    }
}
