//! Integration tests: one binary, one file per command, each driving the real `worklog`
//! executable in a hermetic environment (see `common.rs`).

mod common;

mod add;
mod backup;
mod blocker;
mod cal;
mod check;
mod contingency;
mod doc;
mod edit_rm_undo;
mod errors;
mod export;
mod fact;
mod golden;
mod import;
mod import_index;
mod import_other;
mod init;
mod log;
mod misc;
mod plan;
mod r_suite;
mod reliability;
mod report_doc;
mod report_followups;
mod report_merge;
mod report_month;
mod report_review;
mod report_week;
mod scenario_december;
mod search;
mod show;
mod status;
mod storage;
mod task;
mod undo_exact;
mod unit_field;
mod unit_retire;
