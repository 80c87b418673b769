//! `worklog add`: write down something done.

use crate::app::Ctx;
use crate::error::Result;
use crate::i18n::{M, t};
use crate::ops::{EntryOpts, build_entry};
use crate::render::View;
use crate::store;

#[derive(Debug, clap::Args)]
#[command(
    after_long_help = "Examples:\n  worklog add \"Dự thảo tờ trình @ldtbxh #chính-sách\" -k draft -d hôm qua\n  echo \"Tiếp công dân\" | worklog add - -k citizen -m 90"
)]
pub struct Args {
    /// What was done; `-` reads it from standard input; none on a terminal opens $EDITOR
    #[arg(value_name = "TEXT")]
    pub text: Vec<String>,
    #[command(flatten)]
    pub opts: EntryOpts,
}

pub fn run(ctx: &Ctx, a: Args) -> Result<View> {
    let text = crate::input::gather_text(&a.text, "")?;
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let entry = build_entry(ctx, &tx, text, &a.opts)?;
    let id = tx.insert_entry(&entry)?;
    let saved = store::entries::get_entry(tx.db(), id)?;
    tx.finish(&t(M::UndoAdd, &[&id]), ctx.dry_run)?;
    let line = crate::render::labels::saved_line(id, saved.date);
    Ok(View::Typed(Box::new(crate::render::message::Message::line(
        line, saved,
    ))))
}
