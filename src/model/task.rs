//! A task (*nhiệm vụ*) and its timeline (SPEC §2). A task with a unit is a follow-up.

use super::BlockerBrief;
use super::RecordKind;
use chrono::NaiveDate;
use serde::Serialize;

/// A task as listings and `show` print it. `overdue`, `stale` and `done_on_time` are
/// derived from the data when read, never stored.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Task {
    pub id: i64,
    #[serde(rename = "type")]
    pub record: RecordKind,
    pub title: String,
    pub status: TaskStatus,
    pub priority: Priority,
    pub due: Option<NaiveDate>,
    pub plan: Option<String>,
    pub unit: Option<String>,
    pub unit_name: Option<String>,
    /// The unit responsible now: `unit`'s successor when it was retired into another
    /// (following the chain), else `unit` itself. The task keeps its original unit.
    pub unit_now: Option<String>,
    pub major: bool,
    pub field: Option<String>,
    /// Units the title mentions with `@alias`: searchable, but not an assignment (only
    /// `unit` makes a follow-up).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<String>,
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
        self.status.is_open()
    }
}

/// One line of a task's timeline.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TimelineItem {
    /// The record id of the event or entry (none for the creation line).
    pub id: Option<i64>,
    pub date: NaiveDate,
    pub event: Event,
    pub text: Option<String>,
    pub from_plan: Option<String>,
    pub to_plan: Option<String>,
    /// A rescheduling, reassignment or replanning: the value before and after (an ISO
    /// date, a unit alias, a plan label). Absent from other lines.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
}

keyed_enum! {
    /// Where a task stands (SPEC §2).
    pub enum TaskStatus {
        Todo = "todo",
        Doing = "doing",
        Done = "done",
        Dropped = "dropped",
    }
}

impl TaskStatus {
    /// Todo or doing: the task is still to be finished.
    pub fn is_open(self) -> bool {
        matches!(self, TaskStatus::Todo | TaskStatus::Doing)
    }
}

keyed_enum! {
    /// `Normal` when none is given (the column's default).
    #[derive(Default)]
    pub enum Priority {
        High = "high",
        #[default]
        Normal = "normal",
        Low = "low",
    }
}

keyed_enum! {
    /// What a timeline line records: a `task_events` kind, or `created` and `entry`,
    /// which the timeline adds from the task and its linked entries.
    pub enum Event {
        Created = "created",
        Start = "start",
        Done = "done",
        Drop = "drop",
        Reopen = "reopen",
        Note = "note",
        Move = "move",
        /// Stored by older versions; shown as an entry line.
        Plan = "plan",
        /// Stored by older versions; shown as an entry line.
        CloseReview = "close_review",
        Entry = "entry",
        /// The due date changed (`edit --due`), from task_changes.
        Due = "due",
        /// The responsible unit changed (`edit -u`), from task_changes.
        Unit = "unit",
        /// The plan period changed by a correction (`edit --plan`), from task_changes.
        Replan = "replan",
    }
}

keyed_enum! {
    /// What a correction of a task changed (the `task_changes.what` column).
    pub enum TaskChange {
        Due = "due",
        Unit = "unit",
        Plan = "plan",
    }
}

impl TaskChange {
    /// The timeline line that shows this change.
    pub fn event(self) -> Event {
        match self {
            TaskChange::Due => Event::Due,
            TaskChange::Unit => Event::Unit,
            TaskChange::Plan => Event::Replan,
        }
    }
}

/// The first rows of a selection and how many rows it has in all.
#[derive(Debug, Clone, Default)]
pub struct Page<T = Task> {
    pub rows: Vec<T>,
    pub total: usize,
}
