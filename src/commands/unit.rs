//! `worklog unit`: the agencies and localities work is done with or assigned to.

use crate::app::Ctx;
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use crate::model::UnitKind;
use crate::render::View;
use crate::render::listings::UnitList;
use crate::store::units::{get_unit, valid_alias};
use clap::builder::TypedValueParser;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Add a unit: worklog unit add ldtbxh "Sở Lao động - Thương binh và Xã hội"
    Add {
        /// Short alias used with -u and @alias (letters, digits, - and _)
        alias: String,
        /// Full name
        #[arg(num_args = 1.., required = true)]
        name: Vec<String>,
        /// department, commune, province or other
        #[arg(long, default_value = "other", value_parser = clap::builder::PossibleValuesParser::new(UnitKind::KEYS).try_map(|k| k.parse::<UnitKind>()))]
        kind: UnitKind,
    },
    /// List units (retired ones only with --all)
    List {
        /// Include retired units
        #[arg(long)]
        all: bool,
    },
    /// Retire a unit (merged, renamed, dissolved); its open follow-ups pass to the successor
    #[command(
        after_long_help = "Examples:\n  worklog unit add snv \"Sở Nội vụ\"\n  worklog unit retire ldtbxh --date 01/03/2025 --replaced-by snv\n\nOld records keep the unit they were written with; `task list -u snv` and\n`report followups` show the retired unit's open follow-ups under snv."
    )]
    Retire {
        /// The alias of the unit that stops existing
        alias: String,
        /// The day it stops (19/12/2022, hôm nay…)
        #[arg(short = 'd', long, value_name = "DATE", allow_hyphen_values = true)]
        date: Option<String>,
        /// The unit that takes over its work
        #[arg(long, value_name = "ALIAS")]
        replaced_by: Option<String>,
    },
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<View> {
    match cmd {
        Cmd::Add { alias, name, kind } => {
            let alias = crate::text::nfc(alias.trim().trim_start_matches('@')).to_lowercase();
            if !valid_alias(&alias) {
                return Err(Error::input(M::BadAlias, &[&alias]));
            }
            let name = crate::input::user_text(&name.join(" "))?;
            let mut store = ctx.store_rw()?;
            let tx = store.begin_write()?;
            let id = tx.add_unit(&alias, &name, kind)?;
            let unit = get_unit(tx.db(), id)?;
            tx.finish(&t(M::UndoUnitAdd, &[&alias]), ctx.dry_run)?;
            let line = t(M::UnitAdded, &[&id, &alias, &name]);
            Ok(View::Typed(Box::new(crate::render::message::Message::line(
                line, unit,
            ))))
        }
        Cmd::Retire {
            alias,
            date,
            replaced_by,
        } => retire(ctx, &alias, date.as_deref(), replaced_by.as_deref()),
        Cmd::List { all } => {
            let store = ctx.store_ro()?;
            let units = store.units(all)?;
            Ok(View::Typed(Box::new(UnitList { units })))
        }
    }
}

fn retire(ctx: &Ctx, alias: &str, date: Option<&str>, replaced_by: Option<&str>) -> Result<View> {
    let date = date.ok_or_else(|| Error::input(M::UnitRetireNeedsDate, &[&alias]))?;
    let date = crate::dates::parse_date(date, ctx.today(), crate::dates::Dir::Past, ctx.cal())?;
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let id = crate::store::units::resolve_unit(tx.db(), alias)?;
    let successor = replaced_by
        .map(|s| crate::store::units::resolve_unit(tx.db(), s))
        .transpose()?;
    tx.retire_unit(id, date, successor)?;
    let unit = get_unit(tx.db(), id)?;
    tx.finish(&t(M::UndoUnitRetire, &[&unit.alias]), ctx.dry_run)?;
    let line = match &unit.replaced_by {
        Some(s) => t(M::UnitRetiredInto, &[&unit.alias, &crate::i18n::date(date), s]),
        None => t(M::UnitRetired, &[&unit.alias, &crate::i18n::date(date)]),
    };
    Ok(View::Typed(Box::new(crate::render::message::Message::line(
        line, unit,
    ))))
}
