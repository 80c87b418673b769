//! worklog: a daily work book and planner for Vietnamese public servants.
pub mod calendar;
