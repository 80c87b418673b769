//! `worklog blocker`: difficulties and obstacles (khó khăn, vướng mắc) at the units the
//! official follows, with the proposed remedy, until they are resolved.

use crate::app::Ctx;

use crate::error::{Error, Result};
use crate::i18n::{M, t};
use crate::model::Remedy;
use crate::render::View;
use crate::render::listings::BlockerList;
use crate::store::blockers::{NewBlocker, get_blocker, list_blockers, live_blocker};
use crate::store::{self};
use clap::builder::TypedValueParser;

#[derive(Debug, clap::Subcommand)]
pub enum Cmd {
    /// Record an obstacle at a unit: worklog blocker add "Thiếu kinh phí" -u ldtbxh --task 12
    Add(AddArgs),
    /// List blockers (all, or only open ones)
    List {
        /// Only blockers not yet resolved
        #[arg(long)]
        open: bool,
        /// Only blockers of this unit (and of units retired into it)
        #[arg(short = 'u', long, value_name = "UNIT")]
        unit: Option<String>,
    },
    /// Mark a blocker as resolved
    Resolve {
        /// The blocker's id
        #[arg(value_parser = crate::input::parse_id)]
        id: i64,
        /// How it was resolved
        #[arg(long)]
        note: Option<String>,
        /// The day it was resolved (default: today)
        #[arg(short = 'd', long, value_name = "DATE", allow_hyphen_values = true)]
        date: Option<String>,
    },
}

#[derive(Debug, clap::Args)]
#[command(
    after_long_help = "Examples:\n  worklog blocker add \"Chưa bố trí được kinh phí\" -u ldtbxh --task 12 \\\n    --proposal \"Đề nghị UBND tỉnh họp với các sở\" --remedy meeting"
)]
pub struct AddArgs {
    /// The obstacle or delay
    #[arg(required = true, num_args = 1..)]
    pub text: Vec<String>,
    /// The unit where it arose (required)
    #[arg(short = 'u', long, value_name = "UNIT")]
    pub unit: Option<String>,
    /// The follow-up task it holds up
    #[arg(long, value_name = "ID", value_parser = crate::input::parse_id)]
    pub task: Option<i64>,
    /// The proposed way out
    #[arg(long, value_name = "TEXT")]
    pub proposal: Option<String>,
    /// The kind of remedy proposed: directive (a directing document), meeting, other
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(Remedy::KEYS).try_map(|r| r.parse::<Remedy>()))]
    pub remedy: Option<Remedy>,
    /// The day it was raised (default: today)
    #[arg(short = 'd', long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<String>,
}

pub fn run(ctx: &Ctx, cmd: Cmd) -> Result<View> {
    match cmd {
        Cmd::Add(a) => add(ctx, a),
        Cmd::List { open, unit } => {
            let store = ctx.store_ro()?;
            let unit = unit
                .as_deref()
                .map(|u| store::units::resolve_unit(store.db(), u))
                .transpose()?;
            let blockers = list_blockers(store.db(), open, unit, ctx.today())?;
            Ok(View::Typed(Box::new(BlockerList { blockers })))
        }
        Cmd::Resolve { id, note, date } => resolve(ctx, id, note.as_deref(), date.as_deref()),
    }
}

fn add(ctx: &Ctx, a: AddArgs) -> Result<View> {
    let text = crate::input::user_text(&a.text.join(" "))?;
    let unit = a
        .unit
        .ok_or_else(|| Error::input(M::BlockerNeedsUnit, &[]).hint(M::BlockerNeedsUnitHint, &[]))?;
    let proposal = a.proposal.as_deref().map(crate::input::user_text).transpose()?;
    let raised_on = match a.date.as_deref() {
        Some(d) => crate::ops::past_date(ctx, d, M::FutureDateHint)?,
        None => ctx.today(),
    };
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let unit = crate::ops::unit_for_new_work(ctx, tx.db(), &unit, raised_on)?;
    if let Some(task) = a.task {
        store::tasks::live_task(tx.db(), task, ctx.task_asof())?;
    }
    let id = tx.insert_blocker(&NewBlocker {
        text,
        unit,
        task: a.task,
        proposal,
        remedy: a.remedy,
        raised_on,
    })?;
    let b = get_blocker(tx.db(), id, ctx.today())?;
    tx.finish(&t(M::UndoBlockerAdd, &[&id]), ctx.dry_run)?;
    let line = t(M::BlockerAdded, &[&id, &b.unit, &crate::i18n::day(raised_on)]);
    Ok(View::Typed(Box::new(crate::render::message::Message::line(
        line, b,
    ))))
}

fn resolve(ctx: &Ctx, id: i64, note: Option<&str>, date: Option<&str>) -> Result<View> {
    let note = note.map(crate::input::user_text).transpose()?;
    let date = match date {
        Some(d) => crate::ops::past_date(ctx, d, M::FutureDateHint)?,
        None => ctx.today(),
    };
    let mut store = ctx.store_rw()?;
    let tx = store.begin_write()?;
    let b = live_blocker(tx.db(), id, ctx.today())?;
    if let Some(on) = b.resolved_on {
        return Err(
            Error::input(M::BlockerAlreadyResolved, &[&id, &crate::i18n::date(on)])
                .hint(M::BlockerAlreadyResolvedHint, &[&id]),
        );
    }
    if date < b.raised_on {
        return Err(Error::input(
            M::BlockerResolvedBeforeRaised,
            &[&crate::i18n::date(date), &crate::i18n::date(b.raised_on)],
        ));
    }
    tx.resolve_blocker(id, date, note.as_deref())?;
    let b = get_blocker(tx.db(), id, ctx.today())?;
    tx.finish(&t(M::UndoBlockerResolve, &[&id]), ctx.dry_run)?;
    let line = t(M::BlockerResolved, &[&id, &crate::i18n::day(date)]);
    Ok(View::Typed(Box::new(crate::render::message::Message::line(
        line, b,
    ))))
}
