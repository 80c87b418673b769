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
    let parsed = command
        .try_get_matches_from_mut(&args)
        .and_then(|mut m| worklog::cli::Cli::from_arg_matches_mut(&mut m));
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
