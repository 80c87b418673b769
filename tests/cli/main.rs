//! Integration tests: one binary, one file per command, each driving the real `worklog`
//! executable in a hermetic environment (see `common.rs`).

mod common;

mod add;
mod contingency;
mod edit_rm_undo;
mod errors;
mod import;
mod init;
mod log;
mod misc;
mod plan;
mod report_week;
mod show;
mod status;
mod storage;
mod task;
mod unit_field;
