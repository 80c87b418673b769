//! The binary: parse, run, print the error, exit. The only place that exits.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match worklog::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
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
