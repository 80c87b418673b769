//! Units (*cơ quan, đơn vị*) and fields (*ngành, lĩnh vực*), SPEC §2.

use chrono::NaiveDate;
use serde::Serialize;

pub const UNIT_KINDS: &[&str] = &["department", "commune", "province", "other"];

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
