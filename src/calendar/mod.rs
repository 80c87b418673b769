//! The Vietnamese calendar: lunar conversion, public holidays and working days.
//! Pure computation on dates; knows nothing of the database, the command line or output.

mod error;
mod holidays;
mod lunar;

pub use error::CalendarError;
pub use holidays::*;
pub use lunar::*;
