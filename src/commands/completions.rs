//! `worklog completions SHELL` and `worklog man`: generated from the clap definition.

use crate::cli::Cli;
use crate::error::Result;
use crate::render::View;
use clap::CommandFactory;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

pub fn run(a: Args) -> Result<View> {
    let mut buf = Vec::new();
    clap_complete::generate(a.shell, &mut Cli::command(), "worklog", &mut buf);
    Ok(View::Raw(buf))
}

pub fn man() -> Result<View> {
    let mut buf = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut buf)?;
    Ok(View::Raw(buf))
}
