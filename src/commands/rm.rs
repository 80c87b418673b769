//! `worklog rm ID`: soft delete (a `deleted_at` stamp), so `undo` and past reports hold.

use crate::app::Ctx;
use crate::error::Result;
use crate::i18n::{M, t};
use crate::render::View;
use crate::store::records::soft_delete;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The record's id
    #[arg(value_parser = crate::input::parse_id)]
    pub id: i64,
}

pub fn run(ctx: &Ctx, a: Args) -> Result<View> {
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let stamp = tx.stamp();
    let kind = soft_delete(tx.db(), a.id, &stamp)?;
    tx.finish(&t(M::UndoRm, &[&a.id]), ctx.dry_run)?;
    Ok(View::Record {
        line: t(M::Removed, &[&a.id]),
        json: serde_json::json!({"id": a.id, "type": kind.as_str(), "deleted_at": stamp}),
    })
}
