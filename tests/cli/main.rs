//! Integration tests: one binary, one file per command, each driving the real `worklog`
//! executable in a hermetic environment (see `common.rs`).

mod common;

mod add;
mod cal;
mod edit_rm_undo;
mod errors;
mod import;
mod init;
mod log;
mod misc;
mod reliability;
mod show;
mod storage;
mod unit_field;
