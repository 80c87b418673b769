//! Plain record types, as listings and `show` print them (SPEC §6: the JSON keys are the
//! field names here). No SQL, no formatting.

pub mod plan;
mod records5;

pub use records5::*;

use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Entry {
    pub id: i64,
    #[serde(rename = "type")]
    pub record: &'static str,
    pub date: NaiveDate,
    pub text: String,
    pub kind: String,
    pub field: Option<String>,
    pub units: Vec<String>,
    pub tags: Vec<String>,
    pub docs: Vec<String>,
    pub minutes: Option<i64>,
    pub task: Option<i64>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Unit {
    pub id: i64,
    #[serde(rename = "type")]
    pub record: &'static str,
    pub alias: String,
    pub name: String,
    pub kind: String,
    pub retired: Option<NaiveDate>,
    pub replaced_by: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Field {
    pub id: i64,
    #[serde(rename = "type")]
    pub record: &'static str,
    pub key: String,
    pub name: String,
    pub created_at: String,
    pub updated_at: String,
}

/// The built-in kinds of work (SPEC §2); config `[kinds]` adds more.
pub const BUILTIN_KINDS: &[&str] = &[
    "advice",
    "draft",
    "meeting",
    "inspection",
    "coordination",
    "report",
    "citizen",
    "other",
];

pub const UNIT_KINDS: &[&str] = &["department", "commune", "province", "other"];

/// A task as listings and `show` print it. `overdue`, `stale` and `done_on_time` are
/// derived from the data when read, never stored.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Task {
    pub id: i64,
    #[serde(rename = "type")]
    pub record: &'static str,
    pub title: String,
    pub status: String,
    pub priority: String,
    pub due: Option<NaiveDate>,
    pub plan: Option<String>,
    pub unit: Option<String>,
    pub unit_name: Option<String>,
    /// The unit responsible now: `unit`'s successor when it was retired into another
    /// (following the chain), else `unit` itself. The task keeps its original unit.
    pub unit_now: Option<String>,
    pub major: bool,
    pub field: Option<String>,
    pub tags: Vec<String>,
    pub docs: Vec<String>,
    pub assigned: NaiveDate,
    pub started_on: Option<NaiveDate>,
    pub closed_on: Option<NaiveDate>,
    pub last_touched: NaiveDate,
    pub overdue: bool,
    pub stale: bool,
    pub carried: i64,
    pub done_on_time: Option<bool>,
    /// Open blockers raised on this task.
    pub blockers: Vec<BlockerBrief>,
    pub created_at: String,
    pub updated_at: String,
}

impl Task {
    pub fn is_open(&self) -> bool {
        self.status == "todo" || self.status == "doing"
    }
}

/// One line of a task's timeline.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TimelineItem {
    /// The record id of the event or entry (none for the creation line).
    pub id: Option<i64>,
    pub date: NaiveDate,
    /// created | start | done | drop | reopen | note | move | entry
    pub event: String,
    pub text: Option<String>,
    pub from_plan: Option<String>,
    pub to_plan: Option<String>,
}

pub const TASK_STATUSES: &[&str] = &["todo", "doing", "done", "dropped"];
pub const PRIORITIES: &[&str] = &["high", "normal", "low"];
