//! The command line: global options and the top-level command enum. Each command's own
//! arguments live beside its code in `commands/`.

use crate::commands;
use crate::i18n::Lang;
use crate::render::Format;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "worklog",
    version,
    about = "A daily work book and planner for Vietnamese public servants (sổ theo dõi công việc hằng ngày)",
    after_long_help = "Examples:\n  worklog add \"Dự họp giao ban @ldtbxh #giao-ban\" -k meeting -d \"hôm qua\"\n  worklog log month --format md\n  worklog undo\n\nRun without a command to see today's status."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Args, Clone)]
pub struct Global {
    /// The database file (default: WORKLOG_DB, config `db`, then the data folder)
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// The config file (default: WORKLOG_CONFIG, then ~/.config/worklog/config.toml)
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Language of messages and labels
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,
    /// Output format of listings and reports
    #[arg(long, global = true, value_enum)]
    pub format: Option<Format>,
    /// Write the output to this file instead of the screen
    #[arg(short = 'o', long, global = true, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// No colours (also: the NO_COLOR environment variable)
    #[arg(long, global = true)]
    pub no_color: bool,
    /// Print nothing on success
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Show what a writing command would do, and write nothing
    #[arg(long, global = true)]
    pub dry_run: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Today at a glance (also: worklog with no command)
    Status,
    /// Write the starter config and create the database (safe to rerun)
    Init(commands::init::Args),
    /// Write down something done
    Add(commands::add::Args),
    /// List log entries of a period
    Log(commands::log::Args),
    /// Show any record by its id
    Show(commands::show::Args),
    /// Change an entry
    Edit(commands::edit::Args),
    /// Remove a record (undo brings it back)
    Rm(commands::rm::Args),
    /// Revert the last command that wrote
    Undo,
    /// Tasks and follow-ups: add, list, start, done, drop, note, move
    #[command(subcommand)]
    Task(commands::task::Cmd),
    /// Week and month plans: show, add items and goals, close with a review
    #[command(subcommand)]
    Plan(commands::plan::Cmd),
    /// Situations that may arise and the prepared responses (alias: risk)
    #[command(subcommand, visible_alias = "risk")]
    Contingency(commands::contingency::Cmd),
    /// Reports: week, month, year, range, follow-ups, the review stock-take
    #[command(subcommand)]
    Report(commands::report::Cmd),
    /// Agencies and localities (units)
    #[command(subcommand)]
    Unit(commands::unit::Cmd),
    /// Sectors (fields)
    #[command(subcommand)]
    Field(commands::field::Cmd),
    /// Difficulties and obstacles at units, with proposed remedies
    #[command(subcommand)]
    Blocker(commands::blocker::Cmd),
    /// Documents (regulations) the work rests on: issued and required
    #[command(subcommand)]
    Doc(commands::doc::Cmd),
    /// Key facts and figures of a sector
    #[command(subcommand)]
    Fact(commands::fact::Cmd),
    /// Find records by words, without regard to case or diacritics
    Search(commands::search::Args),
    /// Import entries from a file
    Import(commands::import::Args),
    /// Month calendar with lunar dates, holidays and deadlines
    Cal(commands::cal::Args),
    /// Copy the database while others may keep writing (default: the backups folder)
    Backup(commands::backup::Args),
    /// Check the database for damage (changes nothing); restore it from a backup
    Check(commands::check::Args),
    /// Export the whole database (JSON) or one kind of record (CSV)
    Export(commands::export::Args),
    /// Print shell completions
    Completions(commands::completions::Args),
    /// Print the manual page (roff)
    Man,
}

#[cfg(test)]
mod tests {
    #[test]
    fn verify_app() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }
}
