//! Reports: pure functions from rows to plain `Serialize` structures. Nothing here knows
//! SQL, clap or the terminal; the store fetches the rows and `render/` formats the result.

pub mod month;
