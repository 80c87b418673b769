//! `worklog fact`: the key figures and facts of a sector (thông tin cơ bản), kept at hand
//! for when leaders ask; stale when older than `fact_stale_days`.

use crate::app::Ctx;

use crate::error::{Error, Result};
use crate::i18n::{M, t};
use crate::render::View;
use crate::render::listings::FactList;
use crate::store::facts::{NewFact, get_fact, list_facts};
use crate::store::{self};

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Write down a fact: worklog fact add "Số lao động có việc làm" --value 1234 -f laodong
    Add {
        /// The fact
        #[arg(required = true, num_args = 1..)]
        text: Vec<String>,
        /// Its figure (kept as written: 1.234 người, 95%…)
        #[arg(long, value_name = "V")]
        value: Option<String>,
        /// Where it comes from
        #[arg(long, value_name = "S")]
        source: Option<String>,
        /// The day the figure is true of (default: none, the day written counts)
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        as_of: Option<String>,
        /// Field (sector) key (required)
        #[arg(short = 'f', long, value_name = "FIELD")]
        field: Option<String>,
    },
    /// List facts
    List {
        /// Only facts of this field
        #[arg(short = 'f', long, value_name = "FIELD")]
        field: Option<String>,
        /// Only facts older than `fact_stale_days` (config; default 180)
        #[arg(long)]
        stale: bool,
    },
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<View> {
    match cmd {
        Cmd::Add {
            text,
            value,
            source,
            as_of,
            field,
        } => {
            let text = crate::input::user_text(&text.join(" "))?;
            let field =
                field.ok_or_else(|| Error::input(M::FactNeedsField, &[]).hint(M::FactNeedsFieldHint, &[]))?;
            let value = value.as_deref().map(crate::input::user_text).transpose()?;
            let source = source.as_deref().map(crate::input::user_text).transpose()?;
            let as_of = as_of
                .as_deref()
                .map(|d| crate::ops::past_date(ctx, d, M::FutureDateHint))
                .transpose()?;
            let mut store = ctx.store_rw()?;
            let tx = store.begin_write()?;
            let field = store::units::resolve_field(tx.db(), &field)?;
            let id = tx.insert_fact(&NewFact {
                text,
                value,
                source,
                as_of,
                field,
            })?;
            let fact = get_fact(tx.db(), id, ctx.fact_asof())?;
            tx.finish(&t(M::UndoFactAdd, &[&id]), ctx.dry_run)?;
            let line = t(M::FactAdded, &[&id, &fact.field]);
            Ok(View::Typed(Box::new(crate::render::message::Message::line(
                line, fact,
            ))))
        }
        Cmd::List { field, stale } => {
            let store = ctx.store_ro()?;
            let field = field
                .as_deref()
                .map(|f| store::units::resolve_field(store.db(), f))
                .transpose()?;
            let facts = list_facts(store.db(), field.as_deref(), stale, ctx.fact_asof())?;
            Ok(View::Typed(Box::new(FactList { facts })))
        }
    }
}
