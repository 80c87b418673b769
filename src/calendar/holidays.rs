//! Public holidays and working days (in progress).
