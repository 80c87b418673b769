//! `worklog rm ID`: soft delete (a `deleted_at` stamp), so `undo` and past reports hold.
//! What other live records depend on — a unit they name, a plan with items, a document
//! they cite, a field they belong to — is refused, with what depends on it and what to
//! do instead.

use crate::app::Ctx;
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use crate::model::RecordKind;
use crate::render::View;
use crate::render::message::Message;
use crate::store::records::{dependents, live_kind, soft_delete};
use crate::store::{self, Db};
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
    let kind = live_kind(tx.db(), a.id)?;
    let deps = dependents(tx.db(), kind, a.id)?;
    if !deps.is_empty() {
        return Err(refusal(tx.db(), kind, a.id, &deps)?);
    }
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

/// The error for a record others depend on: how many and which (the first ten), and
/// what to do instead.
fn refusal(db: Db<'_>, kind: RecordKind, id: i64, deps: &[i64]) -> Result<Error> {
    let mut ids: Vec<String> = deps.iter().take(10).map(|d| format!("#{d}")).collect();
    if deps.len() > 10 {
        ids.push("…".to_string());
    }
    let label = crate::render::labels::record_kind_label(kind);
    let err = Error::input(M::RmHasDependents, &[&id, &label, &deps.len(), &ids.join(", ")]);
    Ok(match kind {
        RecordKind::Unit => {
            let alias = store::units::get_unit(db, id)?.alias;
            err.hint(M::RmUnitHint, &[&alias])
        }
        RecordKind::Plan => err.hint(M::RmPlanHint, &[]),
        RecordKind::Document => err.hint(M::RmDocHint, &[]),
        _ => err.hint(M::RmFieldHint, &[]),
    })
}
