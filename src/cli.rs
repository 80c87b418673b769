//! The command line: the program's name, help and global options. The commands and
//! their arguments live in `commands/` (`commands::Command`, beside the match that runs
//! them).

use crate::commands::Command;
use crate::i18n::Lang;
use crate::render::Format;
use clap::{Args, Parser};
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
    #[arg(long, global = true, display_order = 901, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// The config file (default: WORKLOG_CONFIG, then ~/.config/worklog/config.toml)
    #[arg(long, global = true, display_order = 902, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Language of messages and labels
    #[arg(long, global = true, display_order = 903, value_enum)]
    pub lang: Option<Lang>,
    /// Output format of listings and reports
    #[arg(long, global = true, display_order = 904, value_enum)]
    pub format: Option<Format>,
    /// Write the output to this file instead of the screen
    #[arg(short = 'o', long, global = true, display_order = 905, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// No colours (also: the NO_COLOR environment variable)
    #[arg(long, global = true, display_order = 906)]
    pub no_color: bool,
    /// Print nothing when a command that writes succeeds (--format json still prints the record, -o still writes its file); other commands print their tables and reports but no message lines. Errors always go to standard error
    #[arg(short, long, global = true, display_order = 907)]
    pub quiet: bool,
    /// Show what a writing command would do, and write nothing
    #[arg(long, global = true, display_order = 908)]
    pub dry_run: bool,
}

#[cfg(test)]
mod tests {
    #[test]
    fn verify_app() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }
}
