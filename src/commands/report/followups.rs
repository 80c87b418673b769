//! `worklog report followups [-u UNIT]`: reads the open follow-ups, computes the report
//! (`report::followups`) and shows it (`render::reports::followups`): one section per unit.

use crate::app::Ctx;
use crate::error::Result;
use crate::render::View;
use crate::render::reports::followups::FollowupsView;
use crate::store::{self};

#[derive(Debug, clap::Args)]
#[command(
    after_long_help = "Examples:\n  worklog report followups\n  worklog report followups -u snv --format md"
)]
pub struct Args {
    /// Only this unit (with the units retired into it)
    #[arg(short = 'u', long, value_name = "UNIT")]
    pub unit: Option<String>,
}

pub fn run(ctx: &Ctx, a: Args) -> Result<View> {
    let store = ctx.store_ro()?;
    let unit = a
        .unit
        .as_deref()
        .map(|u| store::units::resolve_unit(store.db(), u))
        .transpose()?;
    let report = crate::ops::followups_report(ctx, store.db(), unit)?;
    Ok(View::Typed(Box::new(FollowupsView { report })))
}
