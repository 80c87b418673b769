//! Plans, goals and contingencies as listings, `plan week` and `status` print them
//! (SPEC §2, §6). Plain types: no SQL, no formatting.

use super::RecordKind;
use super::Task;
use chrono::NaiveDate;
use serde::Serialize;

/// A plan row: a week or a month, with its closing review stamp.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PlanRow {
    pub id: i64,
    /// week | month
    pub kind: String,
    pub period: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub closed_on: Option<NaiveDate>,
    pub note: Option<String>,
}

/// A plan as `plan week --format json` prints it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Plan {
    pub id: i64,
    #[serde(rename = "type")]
    pub record: RecordKind,
    pub kind: String,
    pub period: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub closed_on: Option<NaiveDate>,
    pub note: Option<String>,
    pub items: Vec<Task>,
    pub goals: Vec<Goal>,
    pub contingencies: Vec<Contingency>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Goal {
    pub id: i64,
    pub text: String,
    /// Marked achieved with `plan goal done ID`.
    pub achieved: bool,
}

/// A situation that may arise and the prepared response (SPEC §2).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Contingency {
    pub id: i64,
    #[serde(rename = "type")]
    pub record: RecordKind,
    pub situation: String,
    pub response: String,
    /// The label of the plan it belongs to (none when it belongs to a task).
    pub plan: Option<String>,
    pub task: Option<i64>,
    pub status: ContingencyStatus,
    pub triggered_on: Option<NaiveDate>,
    pub outcome: Option<String>,
    pub closed_on: Option<NaiveDate>,
}

keyed_enum! {
    pub enum ContingencyStatus {
        Open = "open",
        Triggered = "triggered",
        Closed = "closed",
    }
}
