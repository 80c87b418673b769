//! `edit` of an entry. Options replace what they name; new inline `#tag`/`@unit` words
//! are added.

use super::Args;
use crate::app::Ctx;
use crate::error::Result;
use crate::i18n::{M, t};
use crate::model::Entry;
use crate::ops::{EntryOpts, build_entry};
use crate::render::View;
use crate::render::message::Message;
use crate::store::{self, NewEntry, WriteTx};
use crate::text::shorthand;

/// Replaces entry `a.id` with what the text and options give, keeping what they do not
/// name.
pub fn apply(ctx: &Ctx, tx: &WriteTx, a: &Args, text: Option<String>) -> Result<View> {
    let old = store::entries::get_entry(tx.db(), a.id)?;
    let text = text.unwrap_or_else(|| old.text.clone());
    let mut entry = build_entry(ctx, tx, text, &kept_lists(&a.opts, &old))?;
    keep_unnamed(&mut entry, &a.opts, &old);
    tx.update_entry(a.id, &entry)?;
    let new = store::entries::get_entry(tx.db(), a.id)?;
    Ok(Message::line(t(M::Updated, &[&a.id]), new).into())
}

/// The options, with the old units, tags and documents where none are given. Units and
/// tags the old text named inline go with the old text.
fn kept_lists(o: &EntryOpts, old: &Entry) -> EntryOpts {
    let old_inline = shorthand(&old.text);
    let mut opts = o.clone();
    if opts.units.is_empty() {
        opts.units = old
            .units
            .iter()
            .filter(|u| !old_inline.units.contains(u))
            .cloned()
            .collect();
    }
    if opts.tags.is_empty() {
        opts.tags = old
            .tags
            .iter()
            .filter(|t| !old_inline.tags.contains(t))
            .cloned()
            .collect();
    }
    opts
}

/// The old date, kind, field, minutes and task where `o` does not name them.
fn keep_unnamed(entry: &mut NewEntry, o: &EntryOpts, old: &Entry) {
    entry.date = Some(match &o.date {
        Some(_) => entry.date.unwrap_or(old.date),
        None => old.date,
    });
    if o.kind.is_none() {
        entry.kind = old.kind.clone();
    }
    if o.field.is_none() {
        entry.field = old.field.clone();
    }
    if o.minutes.is_none() {
        entry.minutes = old.minutes;
    }
    if o.task.is_none() {
        entry.task = old.task;
    }
    // Kept as stored: numbers cited before they were checked stay as they were.
    if o.docs.is_empty() {
        entry.docs = old.docs.clone();
    }
}
