//! The commands: `Command` lists them and `run` matches on it, so the two together read
//! as the program's index. A command file holds its arguments, turns them into typed
//! input, runs one store transaction and hands a view to the output; it never prints.

pub mod add;
pub mod backup;
pub mod blocker;
pub mod cal;
pub mod check;
pub mod completions;
pub mod config;
pub mod consult;
pub mod contingency;
pub mod doc;
pub mod edit;
pub mod export;
pub mod fact;
pub mod field;
pub mod import;
pub mod init;
pub mod log;
pub mod migrate;
pub mod plan;
pub mod propose;
pub mod report;
pub mod rm;
pub mod search;
pub mod show;
pub mod status;
pub mod task;
pub mod undo;
pub mod unit;

use crate::app::Ctx;
use crate::error::Result;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Today at a glance (also: worklog with no command)
    Status,
    /// Write the starter config and create the database (safe to rerun)
    Init(init::Args),
    /// Write down something done
    Add(add::Args),
    /// List log entries of a period
    Log(log::Args),
    /// Show any record by its id
    Show(show::Args),
    /// Correct any record: an entry, a task, a document, a fact, a unit, a field, a blocker, a contingency, a goal
    Edit(Box<edit::Args>),
    /// Remove a record (undo brings it back)
    Rm(rm::Args),
    /// Revert the last command that wrote
    Undo,
    /// Tasks and follow-ups: add, list, start, done, drop, note, move
    #[command(subcommand)]
    Task(task::Cmd),
    /// Week and month plans: show, add items and goals, close with a review
    #[command(subcommand)]
    Plan(plan::Cmd),
    /// Situations that may arise and the prepared responses (alias: risk)
    #[command(subcommand, alias = "risk")]
    Contingency(contingency::Cmd),
    /// Items to clear with a leader before presenting them, and the leader's opinion (alias: xin-y-kien)
    #[command(subcommand, alias = "xin-y-kien")]
    Consult(consult::Cmd),
    /// Proposed directives, assignments and schemes (Đề án), and their fate
    #[command(subcommand)]
    Propose(propose::Cmd),
    /// Reports: week, month, year, range, follow-ups, the review stock-take
    #[command(subcommand)]
    Report(report::Cmd),
    /// Agencies and localities (units)
    #[command(subcommand)]
    Unit(unit::Cmd),
    /// Sectors (fields)
    #[command(subcommand)]
    Field(field::Cmd),
    /// Difficulties and obstacles at units, with proposed remedies
    #[command(subcommand)]
    Blocker(blocker::Cmd),
    /// Documents (regulations) the work rests on: issued and required
    #[command(subcommand)]
    Doc(doc::Cmd),
    /// Key facts and figures of a sector
    #[command(subcommand)]
    Fact(fact::Cmd),
    /// Find records by words, without regard to case or diacritics
    Search(search::Args),
    /// Import entries from a file
    Import(import::Args),
    /// Month calendar with lunar dates, holidays and deadlines
    Cal(cal::Args),
    /// Copy the database while others may keep writing (default: the backups folder)
    Backup(backup::Args),
    /// Check the database for damage (changes nothing); restore it from a backup
    Check(check::Args),
    /// Bring a database from an older version up to this one (a copy is kept beside it first)
    Migrate(migrate::Args),
    /// Export the whole database (JSON) or one kind of record (CSV)
    Export(export::Args),
    /// Print the annotated example config and the path of yours
    Config,
    /// Print the script that sets up Tab completion in a shell (it completes from your data)
    #[command(
        after_long_help = "Examples:\n  echo 'source <(worklog completions bash)' >> ~/.bashrc\n  echo 'source <(worklog completions zsh)' >> ~/.zshrc\n  worklog completions fish > ~/.config/fish/completions/worklog.fish\n\nTab then offers the unit aliases, fields, kinds of work, tags, document numbers,\nleaders and record ids (with their text) of your database and config, and the\npriorities, remedies and levels. The script calls worklog back on every Tab."
    )]
    Completions(completions::Args),
    /// Print the manual page (roff) of the program or of one command
    Man(ManArgs),
}

#[derive(Debug, clap::Args)]
pub struct ManArgs {
    /// The command whose page to print, e.g. `task add` (default: the program's page)
    pub command: Vec<String>,
}

/// The output formats of a command, checked before it runs (so a command that writes
/// never writes and then fails on its format); `None`: its view decides, after it ran
/// (a report is a document in html and docx when its view's `Render::document` gives
/// one, and has only the text formats otherwise: `Output` says so then), or the command
/// checks `--format` itself (`export`, whose format chooses what it exports).
pub fn formats(cmd: &Option<Command>) -> Option<&'static [crate::render::Format]> {
    match cmd {
        Some(Command::Report(_) | Command::Export(_)) => None,
        _ => Some(crate::render::TEXT_FORMATS),
    }
}

pub fn run(ctx: &Ctx, cmd: Option<Command>) -> Result<()> {
    if let Some(formats) = formats(&cmd) {
        ctx.out.check_format(formats)?;
    }
    let view = match cmd {
        None | Some(Command::Status) => status::run(ctx)?,
        Some(Command::Init(a)) => init::run(ctx, a)?,
        Some(Command::Add(a)) => add::run(ctx, a)?,
        Some(Command::Log(a)) => log::run(ctx, a)?,
        Some(Command::Show(a)) => show::run(ctx, a)?,
        Some(Command::Edit(a)) => edit::run(ctx, *a)?,
        Some(Command::Rm(a)) => rm::run(ctx, a)?,
        Some(Command::Undo) => undo::run(ctx)?,
        Some(Command::Task(c)) => task::run(ctx, c)?,
        Some(Command::Plan(c)) => plan::run(ctx, c)?,
        Some(Command::Contingency(c)) => contingency::run(ctx, c)?,
        Some(Command::Consult(c)) => consult::run(ctx, c)?,
        Some(Command::Propose(c)) => propose::run(ctx, c)?,
        Some(Command::Report(c)) => report::run(ctx, c)?,
        Some(Command::Unit(c)) => unit::run(ctx, c)?,
        Some(Command::Field(c)) => field::run(ctx, c)?,
        Some(Command::Blocker(c)) => blocker::run(ctx, c)?,
        Some(Command::Doc(c)) => doc::run(ctx, c)?,
        Some(Command::Fact(c)) => fact::run(ctx, c)?,
        Some(Command::Import(a)) => import::run(ctx, a)?,
        Some(Command::Export(a)) => export::run(ctx, a)?,
        Some(Command::Search(a)) => search::run(ctx, a)?,
        Some(Command::Cal(a)) => cal::run(ctx, a)?,
        Some(Command::Backup(a)) => backup::run(ctx, a)?,
        Some(Command::Check(a)) => check::run(ctx, a)?,
        Some(Command::Config) => config::run(ctx)?,
        Some(Command::Migrate(a)) => migrate::run(ctx, a)?,
        // Generated from the whole command line, which `lib.rs` owns.
        Some(Command::Completions(_) | Command::Man(_)) => crate::render::View::Nothing,
    };
    ctx.out.emit(view)
}
