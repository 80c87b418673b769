//! worklog: a daily work book and planner for Vietnamese public servants.
//!
//! Data flows one way: clap args → command → (dates, model) → store transaction → model
//! → view → renderer → stdout. Only `render/` and `main.rs` print.
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod app;
pub mod calendar;
pub mod choice;
pub mod cli;
pub mod cli_i18n;
mod cli_vi;
pub mod clock;
pub mod commands;
pub mod complete;
pub mod config;
pub mod dates;
pub mod error;
pub mod fsutil;
pub mod i18n;
pub mod import;
pub mod input;
pub mod model;
pub mod ops;
pub mod render;
pub mod report;
pub mod store;
pub mod text;

use error::{Error, Result};

/// Runs a parsed command line.
pub fn run(cli: cli::Cli) -> Result<()> {
    let g = cli.global.clone();
    // The language is needed before the config is read, for the config's own errors.
    i18n::set_lang(g.lang.or_else(i18n::lang_from_env).unwrap_or(i18n::Lang::En));
    let clock = clock::Clock::from_env()
        .map_err(|v| Error::input(i18n::M::BadToday, &[&v]).hint(i18n::M::BadTodayHint, &[]))?;
    let (config_path, _) = config::config_path(g.config.as_deref());
    let config = config::Config::load(&config_path)?;
    if let Some(l) = g.lang.or(config.lang) {
        i18n::set_lang(l);
    }
    let cal = calendar::Calendar::try_new(config.calendar.clone()).map_err(|e| {
        let e: Error = e.into();
        Error::input(i18n::M::ConfigErrorNoLine, &[&config_path.display(), &e]).hint(i18n::M::ConfigHint, &[])
    })?;
    let db_path = config::db_path(g.db.as_deref(), &config);
    i18n::set_dry_run(g.dry_run);
    let out = render::Output::from_env(g.format, g.no_color, g.quiet, g.dry_run, g.output.clone());
    let ctx = app::Ctx {
        config,
        config_path,
        clock,
        out,
        db_path,
        dry_run: g.dry_run,
        cal,
        lang_flag: g.lang,
    };
    match cli.command {
        Some(commands::Command::Completions(a)) => ctx.out.emit(render::View::Raw(completions(a.shell))),
        Some(commands::Command::Man(a)) => ctx.out.emit(render::View::Raw(man(&a.command)?)),
        command => commands::run(&ctx, command),
    }
}

/// The script that registers shell completion (the shell then asks `worklog` itself,
/// which completes from the user's data: `complete.rs`).
fn completions(shell: clap_complete::Shell) -> Vec<u8> {
    complete::registration(shell)
}

/// The manual page (roff) of the program or of one command, in the user's language.
fn man(path: &[String]) -> Result<Vec<u8>> {
    cli_i18n::man(path).map_err(|name| {
        Error::input(i18n::M::ClapUnknownCommand, &[&name]).hint(i18n::M::ClapSeeHelp, &[&"worklog"])
    })
}
