//! A task (*nhiệm vụ*) and its timeline (SPEC §2). A task with a unit is a follow-up.

use super::BlockerBrief;
use chrono::NaiveDate;
use serde::Serialize;

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

/// The first rows of a selection and how many rows it has in all.
#[derive(Debug, Clone, Default)]
pub struct Page<T = Task> {
    pub rows: Vec<T>,
    pub total: usize,
}
