//! Reports are computed here: plain rows in, a `Serialize` struct out. Nothing here knows
//! clap, SQL or printing; `store/` gathers the rows and `commands/` hands the result to
//! the renderers, so every output format shows the same numbers.

pub mod briefing;
pub mod classify;
pub mod facts;
pub mod followups;
pub mod input;
pub mod merge;
pub mod month;
pub mod proposals;
pub mod review;
pub mod submission;
pub mod week;
