//! What a search finds (SPEC §3 `search`): one hit per record.

use chrono::NaiveDate;
use serde::Serialize;

/// One hit: the record, its date, its ORIGINAL text (not the folded one) and its bm25
/// rank (lower is better).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Hit {
    pub id: i64,
    #[serde(rename = "type")]
    pub record: String,
    pub date: Option<NaiveDate>,
    pub text: String,
    /// For a task note: the task it belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub task: Option<i64>,
    pub rank: f64,
}
