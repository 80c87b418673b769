//! Plain record types, as listings and `show` print them (SPEC §6: the JSON keys are the
//! field names here). No SQL, no formatting.

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
