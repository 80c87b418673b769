//! The domain types, one file per concept (SPEC §2), as listings and `show` print them:
//! the JSON keys are the field names. No SQL, no clap, no formatting.

#[macro_use]
mod keyed;

mod blocker;
mod consult;
pub mod docnum;
mod document;
mod entry;
mod fact;
mod kind;
pub mod period;
pub mod plan;
mod proposal;
mod record;
mod search;
mod stored;
mod task;
mod unit;

pub use blocker::*;
pub use consult::*;
pub use document::*;
pub use entry::*;
pub use fact::*;
pub use keyed::UnknownKey;
pub use kind::*;
pub use plan::*;
pub use proposal::*;
pub use record::*;
pub use search::*;
pub use stored::*;
pub use task::*;
pub use unit::*;
