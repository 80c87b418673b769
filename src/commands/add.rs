//! `worklog add`: write down something done.

use crate::app::Ctx;
use crate::dates::{Dir, parse_date};
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use crate::render::{View, to_json};
use crate::store::{self, NewEntry};
use crate::text::shorthand;

/// Options shared by `add` and `edit`.
#[derive(Debug, clap::Args, Clone, Default)]
pub struct EntryOpts {
    /// The day it was done: 19/12, hôm qua, t6, 2022-12-19, -2d… (default: today)
    #[arg(short = 'd', long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<String>,
    /// Kind of work: advice, draft, meeting, inspection, coordination, report, citizen, other
    #[arg(short = 'k', long, value_name = "KIND")]
    pub kind: Option<String>,
    /// Field (sector) key, see `worklog field list`
    #[arg(short = 'f', long, value_name = "FIELD")]
    pub field: Option<String>,
    /// A unit concerned, by alias (repeatable; also @alias in the text)
    #[arg(short = 'u', long = "unit", value_name = "UNIT")]
    pub units: Vec<String>,
    /// A tag (repeatable; also #tag in the text)
    #[arg(short = 't', long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// A document number cited, e.g. 45/2022/QĐ-UBND (repeatable)
    #[arg(long = "doc", value_name = "NUMBER")]
    pub docs: Vec<String>,
    /// The task this work advanced
    #[arg(long, value_name = "ID", value_parser = crate::input::parse_id)]
    pub task: Option<i64>,
    /// Minutes spent
    #[arg(short = 'm', long, value_name = "MINUTES", allow_negative_numbers = true)]
    pub minutes: Option<i64>,
}

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

/// Validates options and inline shorthand against the store; returns the entry to write.
pub fn build_entry(ctx: &Ctx, conn: crate::store::Db<'_>, text: String, o: &EntryOpts) -> Result<NewEntry> {
    let date = match &o.date {
        Some(d) => Some(parse_date(d, ctx.today(), Dir::Past, ctx.cal())?),
        None => None,
    };
    let kind = match &o.kind {
        Some(k) => crate::input::resolve_kind(&ctx.config, k)?,
        None => "other".to_string(),
    };
    let field = match &o.field {
        Some(f) => Some(store::units::resolve_field(conn, f)?),
        None => None,
    };
    if let Some(m) = o.minutes {
        if !(0..=1440).contains(&m) {
            return Err(Error::input(M::BadMinutes, &[&m]));
        }
    }
    let sh = shorthand(&text);
    let mut units = Vec::new();
    for alias in o.units.iter().chain(sh.units.iter()) {
        let id = store::units::resolve_unit(conn, alias)?;
        if !units.contains(&id) {
            units.push(id);
        }
    }
    let mut tags: Vec<String> = Vec::new();
    for tag in o.tags.iter().map(|t| crate::text::tag(t)).chain(sh.tags) {
        if !tag.is_empty() && !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    let docs = o
        .docs
        .iter()
        .map(|d| crate::text::clean(d.trim()))
        .filter(|d| !d.is_empty())
        .collect();
    Ok(NewEntry {
        date,
        text,
        kind,
        field,
        units,
        tags,
        docs,
        minutes: o.minutes,
        task: o.task,
    })
}

pub fn run(ctx: &Ctx, a: Args) -> Result<View> {
    let text = crate::input::gather_text(&a.text, "")?;
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let entry = build_entry(ctx, tx.db(), text, &a.opts)?;
    let id = tx.insert_entry(&entry)?;
    let saved = store::entries::get_entry(tx.db(), id)?;
    tx.finish(&t(M::UndoAdd, &[&id]), ctx.dry_run)?;
    Ok(View::Record {
        line: crate::render::labels::saved_line(id, saved.date),
        json: to_json(&saved)?,
    })
}
