//! A document the work rests on (*văn bản*, SPEC §2), and a record citing it.

use super::RecordKind;
use chrono::NaiveDate;
use serde::Serialize;

keyed_enum! {
    /// Who issued a document: central government, the province, or another body.
    pub enum DocLevel {
        Central = "central",
        Province = "province",
        Other = "other",
    }
}

keyed_enum! {
    /// Issued, or required (to be drafted) and not issued yet.
    pub enum DocStatus {
        Issued = "issued",
        Required = "required",
    }
}

/// A policy, regulation or directive the work rests on.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Document {
    pub id: i64,
    #[serde(rename = "type")]
    pub record: RecordKind,
    /// None for a required document not issued yet.
    pub number: Option<String>,
    pub title: String,
    pub issuer: Option<String>,
    pub level: DocLevel,
    pub field: Option<String>,
    pub status: DocStatus,
    pub issued_on: Option<NaiveDate>,
    pub due: Option<NaiveDate>,
    pub drafting_unit: Option<String>,
    /// The live tasks and entries citing it by number (diacritic-insensitive), by id.
    pub cited_by: Vec<i64>,
    pub created_at: String,
    pub updated_at: String,
}

/// A record citing a document, as reports list it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Citation {
    pub id: i64,
    /// task | entry
    #[serde(rename = "type")]
    pub record: RecordKind,
    /// The task's title or the entry's text.
    pub text: String,
}
