//! The binary: parse, run, print the error, exit. The only place that exits.

use clap::{CommandFactory, FromArgMatches};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut command = worklog::cli::Cli::command();
    let parsed = command
        .try_get_matches_from_mut(std::env::args_os())
        .and_then(|mut m| worklog::cli::Cli::from_arg_matches_mut(&mut m));
    // The command tree (every option of every command) lives until the process ends:
    // freeing its allocations one by one cost 6 % of a `worklog add` (SPEC §10 P1).
    std::mem::forget(command);
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => {
            // --help and --version
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            // Usage errors: two lines, what was wrong and what to type.
            worklog::i18n::set_lang(worklog::i18n::lang_from_env().unwrap_or(worklog::i18n::Lang::En));
            let text = e.render().to_string();
            let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
            let first = lines.next().unwrap_or("error");
            let first = first.strip_prefix("error: ").unwrap_or(first);
            let tip = text
                .lines()
                .map(str::trim)
                .find_map(|l| l.strip_prefix("tip: "))
                .map(str::to_string);
            use worklog::i18n::{M, s};
            eprintln!("{}: {}", s(M::ErrorPrefix), first);
            eprintln!(
                "{}: {}",
                s(M::HintPrefix),
                tip.unwrap_or_else(|| "worklog --help".into())
            );
            return ExitCode::from(2);
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
