//! The binary: parse, run, print the error, exit. The only place that exits.

use clap::{CommandFactory, FromArgMatches};
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    // A shell asking for completions (COMPLETE=bash worklog -- worklog task …): answered
    // before anything else is read or parsed.
    if let Some(done) = worklog::complete::from_env() {
        return match done {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                use worklog::i18n::{M, s};
                eprintln!("{}: {}", s(M::ErrorPrefix), e);
                if let Some(h) = e.hint_text() {
                    eprintln!("{}: {}", s(M::HintPrefix), h);
                }
                ExitCode::from(e.exit_code() as u8)
            }
        };
    }
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let mut command = worklog::cli::Cli::command();
    let parse = |command: &mut clap::Command| {
        command
            .try_get_matches_from_mut(&args)
            .and_then(|mut m| worklog::cli::Cli::from_arg_matches_mut(&mut m))
    };
    // First through a tree holding only the command the line names: clap copies the global
    // options into every command of the tree it parses with, 6 % of a `worklog add` (SPEC
    // §10 P1). Anything but a clean parse (help, a usage error, no command named) is parsed
    // again with the whole tree, so what the user sees never depends on this.
    let parsed = match only_named(&command, &args).map(|mut small| {
        let r = parse(&mut small);
        std::mem::forget(small);
        r
    }) {
        Some(Ok(cli)) => Ok(cli),
        _ => parse(&mut command),
    };
    // The command tree (every option of every command) lives until the process ends:
    // freeing its allocations one by one cost 6 % of a `worklog add` (SPEC §10 P1).
    std::mem::forget(command);
    let cli = match parsed {
        Ok(cli) => cli,
        // --help, --version and usage errors, in the user's language.
        Err(e) => {
            use worklog::cli_i18n::Early;
            use worklog::i18n::{M, s};
            return match worklog::cli_i18n::early(e, &args) {
                Early::Help(mut text) => {
                    if !text.ends_with('\n') {
                        text.push('\n');
                    }
                    let _ = anstream::stdout().write_all(text.as_bytes());
                    ExitCode::SUCCESS
                }
                Early::Error { message, hint } => {
                    eprintln!("{}: {}", s(M::ErrorPrefix), message);
                    eprintln!("{}: {}", s(M::HintPrefix), hint);
                    ExitCode::from(2)
                }
            };
        }
    };
    match worklog::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let code = e.exit_code();
            if code != 0 {
                use worklog::i18n::{M, s};
                // Errors quote values from files and arguments: shown, never sent raw.
                use worklog::render::visible;
                eprintln!("{}: {}", s(M::ErrorPrefix), visible(&e.to_string()));
                if let Some(h) = e.hint_text() {
                    eprintln!("{}: {}", s(M::HintPrefix), visible(h));
                }
            }
            ExitCode::from(code as u8)
        }
    }
}

/// The root with its global options and only the first command the line names, when it
/// names one. A clean parse through it means what it means through the whole tree: the
/// whole tree would take the same word as its command (an earlier word naming another
/// command would be a stray argument here too, an error).
fn only_named(full: &clap::Command, args: &[std::ffi::OsString]) -> Option<clap::Command> {
    use clap::Args;
    let named = args.iter().skip(1).filter_map(|a| a.to_str()).find_map(|word| {
        full.get_subcommands()
            .find(|c| c.get_name() == word || c.get_all_aliases().any(|a| a == word))
    })?;
    let root = worklog::cli::Global::augment_args(clap::Command::new("worklog"));
    Some(root.subcommand(named.clone()))
}
