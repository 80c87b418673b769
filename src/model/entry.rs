//! An entry (*mục nhật ký*, SPEC §2): something done on a day. The JSON keys are the
//! field names.

use super::RecordKind;
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Entry {
    pub id: i64,
    #[serde(rename = "type")]
    pub record: RecordKind,
    pub date: NaiveDate,
    /// The time of day (`HH:MM`) when the source had one (imports from jrnl); left out
    /// of JSON when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
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
