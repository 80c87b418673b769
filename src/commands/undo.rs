//! `worklog undo`: reverts the last command that wrote, whatever it was.

use crate::app::Ctx;
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use crate::render::View;
use crate::render::message::Message;
use serde::Serialize;

/// `--format json`: what was undone.
#[derive(Serialize)]
struct Undone {
    undone: String,
}

pub fn run(ctx: &Ctx) -> Result<View> {
    let mut store = ctx.store_rw()?;
    let tx = store.begin_unjournaled()?;
    let summary = tx
        .undo_last()?
        .ok_or_else(|| Error::input(M::NothingToUndo, &[]))?;
    tx.finish("", ctx.dry_run)?;
    let line = t(M::Undone, &[&summary]);
    Ok(Message::line(line, Undone { undone: summary }).into())
}
