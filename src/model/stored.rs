//! The kinds of record that have no richer model yet (a task's note, a plan, a goal, a
//! contingency, a submission), column by column as they are stored: `show` prints them
//! so, and their JSON keys are the column names. Dates stay the stored text.

use super::RecordKind;
use serde::Serialize;

/// A task event (`task note`, a status change, a move): the `task_events` row.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct NoteRecord {
    #[serde(rename = "type")]
    pub record: RecordKind,
    pub id: i64,
    pub task_id: i64,
    pub date: String,
    pub kind: String,
    pub text: Option<String>,
    pub from_plan: Option<String>,
    pub to_plan: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

/// A week or a month plan: the `plans` row.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PlanRecord {
    #[serde(rename = "type")]
    pub record: RecordKind,
    pub id: i64,
    pub kind: String,
    pub period: String,
    pub date_from: String,
    pub date_to: String,
    pub closed_on: Option<String>,
    pub close_note: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

/// A goal of a plan: the `goals` row.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct GoalRecord {
    #[serde(rename = "type")]
    pub record: RecordKind,
    pub id: i64,
    pub plan_id: i64,
    pub text: String,
    pub achieved: Option<i64>,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

/// A contingency: the `contingencies` row.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ContingencyRecord {
    #[serde(rename = "type")]
    pub record: RecordKind,
    pub id: i64,
    pub plan_id: Option<i64>,
    pub task_id: Option<i64>,
    pub situation: String,
    pub response: String,
    pub status: String,
    pub triggered_on: Option<String>,
    pub outcome: Option<String>,
    pub closed_on: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

/// A submitted report: the `submissions` row.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SubmissionRecord {
    #[serde(rename = "type")]
    pub record: RecordKind,
    pub id: i64,
    pub report: String,
    pub period: String,
    pub content: String,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}
