//! `worklog edit ID`: corrects any record — an entry, a task, a document, a fact, a unit,
//! a field, a blocker, a contingency or a plan goal — with that kind's own options.
//! Options replace what they name and keep the rest.
//!
//! The new text is read (arguments, standard input or `$EDITOR`) before the write
//! transaction opens, so a person typing holds no lock (SPEC §11 R10); the transaction
//! then checks that the record did not change meanwhile before writing.

mod entry;
mod others;
mod task;

use crate::app::Ctx;
use crate::error::{Error, Result};
use crate::i18n::{M, t};
use crate::ops::EntryOpts;
use crate::render::View;
use crate::store::RecordKind;
use crate::store::edits::fingerprint;
use crate::store::records::live_kind;

#[derive(Debug, clap::Args)]
#[command(
    after_long_help = "Examples:\n  worklog edit 12 \"Họp giao ban tuần\" -m 45\n  worklog edit 15 --due 22/12 --reason \"Sở xin lùi hạn\"\n  worklog edit 20 --value \"1.234 người\" --as-of 15/12 --source \"Báo cáo Sở\"\n  worklog edit 3 \"Sở Nội vụ\" --kind department\n\nOptions by kind of record:\n  entry        -d -k -f -u -t --doc --task -m\n  task         --due -p --plan -u --major --no-major -f --doc -t --reason\n  document     --number --title --issuer --level -f --due -u (drafting unit)\n  fact         --value --source --as-of -f (the earlier value is kept)\n  unit         --name -k (department, commune, province, other)\n  field        --name\n  blocker      --proposal --remedy\n  contingency  --response\n  goal         TEXT only (plan goal done ID marks it achieved)\n  consultation TEXT only\n  proposal     TEXT, --reason (empty to clear)"
)]
pub struct Args {
    /// The record's id
    #[arg(value_parser = crate::input::parse_id)]
    pub id: i64,
    /// The new text: an entry's text, a task's or goal's title, a document's title, a
    /// fact, a unit's or field's name, a blocker, a contingency's situation (none on a
    /// terminal, with no options: opens $EDITOR)
    #[arg(value_name = "TEXT")]
    pub text: Vec<String>,
    #[command(flatten)]
    pub opts: EntryOpts,
    #[command(flatten)]
    pub more: MoreOpts,
}

/// The options of kinds other than entries (`-d -k -f -u -t --doc --task -m` are the
/// entry's; a task, a document, a fact and a unit share some of them).
#[derive(Debug, clap::Args, Clone, Default)]
pub struct MoreOpts {
    /// Task or document: the due date (20/12, +5wd, eom…)
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub due: Option<String>,
    /// Task: high, normal or low
    #[arg(short = 'p', long, value_name = "PRIORITY", value_parser = crate::choice::ChoiceParser::<crate::model::Priority>::new())]
    pub priority: Option<crate::model::Priority>,
    /// Task: the plan period it belongs to (week, month, 2022-W50, 2022-12)
    #[arg(long, value_name = "PERIOD")]
    pub plan: Option<String>,
    /// Task: mark it a major scheme (Đề án)
    #[arg(long, conflicts_with = "no_major")]
    pub major: bool,
    /// Task: it is not a major scheme
    #[arg(long)]
    pub no_major: bool,
    /// Task: why the due date, unit or plan changed (shown on its timeline)
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    /// Document: its number and symbol
    #[arg(long, value_name = "NUMBER")]
    pub number: Option<String>,
    /// Document: its title
    #[arg(long, value_name = "TITLE")]
    pub title: Option<String>,
    /// Document: the issuing body (empty to clear)
    #[arg(long, value_name = "ORG")]
    pub issuer: Option<String>,
    /// Document: central, province or other
    #[arg(long, value_name = "LEVEL", value_parser = crate::choice::ChoiceParser::<crate::model::DocLevel>::new())]
    pub level: Option<crate::model::DocLevel>,
    /// Fact: its value (the earlier one is kept in its history; empty to clear)
    #[arg(long, value_name = "VALUE")]
    pub value: Option<String>,
    /// Fact: where it comes from (empty to clear)
    #[arg(long, value_name = "SOURCE")]
    pub source: Option<String>,
    /// Fact: the day it holds for
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub as_of: Option<String>,
    /// Unit or field: its name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Blocker: the proposal (empty to clear)
    #[arg(long, value_name = "TEXT")]
    pub proposal: Option<String>,
    /// Blocker: directive, meeting or other
    #[arg(long, value_name = "REMEDY", value_parser = crate::choice::ChoiceParser::<crate::model::Remedy>::new())]
    pub remedy: Option<crate::model::Remedy>,
    /// Contingency: the prepared response
    #[arg(long, value_name = "TEXT")]
    pub response: Option<String>,
}

/// Reads what the user typed, then writes it in one transaction, provided the record is
/// as it was when the reading began.
pub fn run(ctx: &Ctx, a: Args) -> Result<View> {
    let mut store = ctx.store_rw()?;
    let kind = live_kind(store.db(), a.id)?;
    check_options(kind, &a)?;
    let current = others::main_text(ctx, store.db(), kind, a.id)?;
    let before = fingerprint(store.db(), kind, a.id)?;
    let text = new_text(&a, &current)?;
    let tx = store.begin_write()?;
    if fingerprint(tx.db(), kind, a.id)? != before {
        return Err(Error::fail(M::EditChangedMeanwhile, &[&a.id]).hint(M::EditChangedMeanwhileHint, &[]));
    }
    let view = match kind {
        RecordKind::Entry => entry::apply(ctx, &tx, &a, text)?,
        RecordKind::Task => task::apply(ctx, &tx, &a, text)?,
        _ => others::apply(ctx, &tx, kind, &a, text)?,
    };
    tx.finish(&t(M::UndoEdit, &[&a.id]), ctx.dry_run)?;
    Ok(view)
}

/// The options given on the command line, by their names as typed.
fn given(a: &Args) -> Vec<&'static str> {
    let (o, m) = (&a.opts, &a.more);
    let flags = [
        ("--date", o.date.is_some()),
        ("--kind", o.kind.is_some()),
        ("--field", o.field.is_some()),
        ("--unit", !o.units.is_empty()),
        ("--tag", !o.tags.is_empty()),
        ("--doc", !o.docs.is_empty()),
        ("--task", o.task.is_some()),
        ("--minutes", o.minutes.is_some()),
        ("--due", m.due.is_some()),
        ("--priority", m.priority.is_some()),
        ("--plan", m.plan.is_some()),
        ("--major", m.major),
        ("--no-major", m.no_major),
        ("--reason", m.reason.is_some()),
        ("--number", m.number.is_some()),
        ("--title", m.title.is_some()),
        ("--issuer", m.issuer.is_some()),
        ("--level", m.level.is_some()),
        ("--value", m.value.is_some()),
        ("--source", m.source.is_some()),
        ("--as-of", m.as_of.is_some()),
        ("--name", m.name.is_some()),
        ("--proposal", m.proposal.is_some()),
        ("--remedy", m.remedy.is_some()),
        ("--response", m.response.is_some()),
    ];
    flags.iter().filter(|(_, on)| *on).map(|(n, _)| *n).collect()
}

/// The options `edit` takes for a record of `kind` (none for the kinds it cannot edit).
fn options_of(kind: RecordKind) -> Option<&'static [&'static str]> {
    Some(match kind {
        RecordKind::Entry => &[
            "--date",
            "--kind",
            "--field",
            "--unit",
            "--tag",
            "--doc",
            "--task",
            "--minutes",
        ],
        RecordKind::Task => &[
            "--due",
            "--priority",
            "--plan",
            "--unit",
            "--major",
            "--no-major",
            "--field",
            "--doc",
            "--tag",
            "--reason",
        ],
        RecordKind::Document => &[
            "--number", "--title", "--issuer", "--level", "--field", "--due", "--unit",
        ],
        RecordKind::Fact => &["--value", "--source", "--as-of", "--field"],
        RecordKind::Unit => &["--name", "--kind"],
        RecordKind::Field => &["--name"],
        RecordKind::Blocker => &["--proposal", "--remedy"],
        RecordKind::Contingency => &["--response"],
        RecordKind::Goal | RecordKind::Consultation => &[],
        RecordKind::Proposal => &["--reason"],
        RecordKind::Note | RecordKind::Plan | RecordKind::Submission => return None,
    })
}

/// Refuses an option that does not belong to the record's kind, naming those that do.
fn check_options(kind: RecordKind, a: &Args) -> Result<()> {
    let label = crate::render::labels::record_kind_label(kind);
    let Some(allowed) = options_of(kind) else {
        return Err(Error::input(M::EditCannot, &[&a.id, &label]).hint(M::EditCannotHint, &[]));
    };
    if let Some(bad) = given(a).into_iter().find(|g| !allowed.contains(g)) {
        let list = if allowed.is_empty() {
            "–".to_string()
        } else {
            allowed.join(", ")
        };
        return Err(Error::input(M::EditOptionNotFor, &[&bad, &a.id, &label])
            .hint(M::EditOptionsOf, &[&label, &list]));
    }
    Ok(())
}

/// The new text: the arguments (or `-`: standard input); with no option at all, standard
/// input when it is not a terminal, else `$EDITOR` on the current text; else none (the
/// text stays).
fn new_text(a: &Args, current: &str) -> Result<Option<String>> {
    if !a.text.is_empty() {
        return crate::input::gather_text(&a.text, current).map(Some);
    }
    if given(a).is_empty() {
        return crate::input::gather_text(&[], current).map(Some);
    }
    Ok(None)
}
