//! `worklog rm ID`: soft delete (a `deleted_at` stamp), so `undo` and past reports hold.

use crate::app::Ctx;
use crate::error::Result;
use crate::i18n::{M, t};
use crate::model::RecordKind;
use crate::render::View;
use crate::render::message::Message;
use crate::store::records::soft_delete;
use serde::Serialize;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The record's id
    #[arg(value_parser = crate::input::parse_id)]
    pub id: i64,
}

/// `--format json`: the record removed and its stamp.
#[derive(Serialize)]
struct Removed {
    id: i64,
    #[serde(rename = "type")]
    kind: RecordKind,
    deleted_at: String,
}

pub fn run(ctx: &Ctx, a: Args) -> Result<View> {
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let stamp = tx.stamp();
    let kind = soft_delete(tx.db(), a.id, &stamp)?;
    tx.finish(&t(M::UndoRm, &[&a.id]), ctx.dry_run)?;
    let json = Removed {
        id: a.id,
        kind,
        deleted_at: stamp,
    };
    Ok(Message::line(t(M::Removed, &[&a.id]), json).into())
}
