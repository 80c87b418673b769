//! Reports: pure functions from rows (read by `store`) to serialisable structs, which
//! `commands/report*.rs` hand to the renderer. Nothing here reads the database, knows
//! clap, or prints.

pub mod followups;
pub mod review;
