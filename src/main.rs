//! The binary: parse, run, print the error, exit. The only place that exits.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match worklog::cli::Cli::try_parse() {
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
                eprintln!("{}: {}", s(M::ErrorPrefix), e);
                if let Some(h) = e.hint_text() {
                    eprintln!("{}: {}", s(M::HintPrefix), h);
                }
            }
            ExitCode::from(code as u8)
        }
    }
}
