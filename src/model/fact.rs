//! A key fact of a sector (*thông tin cơ bản*, SPEC §2); `stale` is derived when read.

use super::RecordKind;
use chrono::NaiveDate;
use serde::Serialize;

/// A key figure or fact of a sector.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Fact {
    pub id: i64,
    #[serde(rename = "type")]
    pub record: RecordKind,
    pub text: String,
    pub value: Option<String>,
    pub source: Option<String>,
    pub as_of: Option<NaiveDate>,
    pub field: String,
    /// as_of (else the day it was written down) is older than `fact_stale_days`.
    pub stale: bool,
    pub created_at: String,
    pub updated_at: String,
}

/// An earlier state of a fact, kept when `edit` changed its value, source or as-of date.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct FactVersion {
    pub value: Option<String>,
    pub source: Option<String>,
    pub as_of: Option<NaiveDate>,
    /// When it was replaced (RFC 3339).
    pub replaced_at: String,
}
