//! The Vietnamese calendar: lunar conversion, public holidays and working days.
//! Pure computation on dates; knows nothing of the database, the command line or output.
