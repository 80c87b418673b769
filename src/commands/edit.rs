//! `worklog edit ID`: change an entry. Options replace what they name; new inline
//! `#tag`/`@unit` words are added.

use crate::app::Ctx;
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use crate::model::Entry;
use crate::ops::{EntryOpts, build_entry};
use crate::render::View;
use crate::store::records::{RecordKind, live_kind};
use crate::store::{self, NewEntry};
use crate::text::shorthand;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The entry's id
    #[arg(value_parser = crate::input::parse_id)]
    pub id: i64,
    /// The new text (none on a terminal, with no options: opens $EDITOR)
    #[arg(value_name = "TEXT")]
    pub text: Vec<String>,
    #[command(flatten)]
    pub opts: EntryOpts,
}

/// Replaces the entry `a.id` with what the text and options give, keeping what they do
/// not name.
pub fn run(ctx: &Ctx, a: Args) -> Result<View> {
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let conn = tx.db();
    let kind = live_kind(conn, a.id)?;
    if kind != RecordKind::Entry {
        return Err(Error::input(
            M::NotAnEntry,
            &[&a.id, &crate::render::labels::record_kind_label(kind)],
        ));
    }
    let old = store::entries::get_entry(conn, a.id)?;
    let text = new_text(&a, &old)?;
    let mut entry = build_entry(ctx, &tx, text, &kept_lists(&a.opts, &old))?;
    keep_unnamed(&mut entry, &a.opts, &old);
    tx.update_entry(a.id, &entry)?;
    let new = store::entries::get_entry(tx.db(), a.id)?;
    tx.finish(&t(M::UndoEdit, &[&a.id]), ctx.dry_run)?;
    Ok(View::Typed(Box::new(crate::render::message::Message::line(
        t(M::Updated, &[&a.id]),
        new,
    ))))
}

/// The new text: the arguments (or stdin), else $EDITOR on a terminal when no option is
/// given, else the old text.
fn new_text(a: &Args, old: &Entry) -> Result<String> {
    let o = &a.opts;
    let no_options = o.date.is_none()
        && o.kind.is_none()
        && o.field.is_none()
        && o.units.is_empty()
        && o.tags.is_empty()
        && o.docs.is_empty()
        && o.task.is_none()
        && o.minutes.is_none();
    if !a.text.is_empty() {
        crate::input::gather_text(&a.text, &old.text)
    } else if no_options {
        use std::io::IsTerminal;
        if std::io::stdin().is_terminal() {
            crate::input::user_text(&crate::input::edit_in_editor(&old.text)?)
        } else {
            crate::input::gather_text(&[], &old.text)
        }
    } else {
        Ok(old.text.clone())
    }
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
    if opts.docs.is_empty() {
        opts.docs = old.docs.clone();
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
}
