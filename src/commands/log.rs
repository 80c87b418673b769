//! `worklog log`: the entries of a period, filtered.

use crate::app::Ctx;
use crate::dates::parse_period;
use crate::error::Result;
use crate::render::View;
use crate::render::listings::EntryList;
use crate::store::{self, EntryFilter};

#[derive(Debug, clap::Args)]
#[command(
    after_long_help = "Examples:\n  worklog log              # this week\n  worklog log month --format csv -o thang.csv\n  worklog log 2022-12 -u ldtbxh -k meeting"
)]
pub struct Args {
    /// today, week, last-week, month, last-month, year, 2022-W50, 2022-12, 2022-Q4, 2022, FROM..TO (default: week)
    #[arg(value_name = "PERIOD")]
    pub period: Option<String>,
    /// Only this kind of work
    #[arg(short = 'k', long)]
    pub kind: Option<String>,
    /// Only this field
    #[arg(short = 'f', long)]
    pub field: Option<String>,
    /// Only entries concerning this unit
    #[arg(short = 'u', long)]
    pub unit: Option<String>,
    /// Only entries with this tag
    #[arg(short = 't', long)]
    pub tag: Option<String>,
    /// Only entries linked to this task
    #[arg(long, value_parser = crate::input::parse_id)]
    pub task: Option<i64>,
}

pub fn run(ctx: &Ctx, a: Args) -> Result<View> {
    let period = parse_period(a.period.as_deref().unwrap_or("week"), ctx.today(), ctx.cal())?;
    let kind = a
        .kind
        .as_deref()
        .map(|k| crate::input::resolve_kind(&ctx.config, k))
        .transpose()?;
    let store = ctx.store_ro()?;
    let conn = store.db();
    let filter = EntryFilter {
        from: Some(period.from),
        to: Some(period.to),
        kind,
        field: a
            .field
            .as_deref()
            .map(|f| store::units::resolve_field(conn, f))
            .transpose()?,
        unit: a
            .unit
            .as_deref()
            .map(|u| store::units::resolve_unit(conn, u))
            .transpose()?,
        tag: a.tag.map(|t| crate::text::tag(&t)),
        task: a.task,
    };
    let entries = store.entries(&filter)?;
    Ok(View::Typed(Box::new(EntryList::new(&ctx.config, entries))))
}
