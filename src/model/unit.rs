//! Units (*cơ quan, đơn vị*) and fields (*ngành, lĩnh vực*), SPEC §2.

use super::RecordKind;
use chrono::NaiveDate;
use serde::Serialize;

keyed_enum! {
    pub enum UnitKind {
        Department = "department",
        Commune = "commune",
        Province = "province",
        Other = "other",
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Unit {
    pub id: i64,
    #[serde(rename = "type")]
    pub record: RecordKind,
    pub alias: String,
    pub name: String,
    pub kind: UnitKind,
    pub retired: Option<NaiveDate>,
    pub replaced_by: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Field {
    pub id: i64,
    #[serde(rename = "type")]
    pub record: RecordKind,
    pub key: String,
    pub name: String,
    pub created_at: String,
    pub updated_at: String,
}
