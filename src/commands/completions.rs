//! `worklog completions SHELL` and `worklog man`: their arguments. Both are generated
//! from the whole command line, so `lib.rs` (which owns it) builds them.

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}
