//! `worklog report followups [-u UNIT]`: reads the open follow-ups, computes the report
//! (`report::followups`) and shows it (`render::reports::followups`): one section per unit;
//! as a document (docx, html), with the units' open obstacles.

use crate::app::Ctx;
use crate::error::Result;
use crate::render::View;
use crate::render::doc::admin::{FollowupsContent, Issuer};
use crate::render::reports::followups::FollowupsView;
use crate::store::{self};

#[derive(Debug, clap::Args)]
#[command(
    after_long_help = "Examples:\n  worklog report followups\n  worklog report followups -u snv --format md\n  worklog report followups --format docx -o don-doc.docx"
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
    // The obstacles and names only the document says are read only for a document.
    let content = if ctx.out.shows_documents() {
        FollowupsContent {
            blockers: store::blockers::list_blockers(store.db(), true, unit, ctx.today())?,
            unit_names: store
                .units(true)?
                .into_iter()
                .map(|u| (u.alias, u.name))
                .collect(),
        }
    } else {
        FollowupsContent::default()
    };
    Ok(View::Typed(Box::new(FollowupsView {
        report,
        content,
        issuer: Issuer::new(&ctx.config, ctx.today()),
    })))
}
